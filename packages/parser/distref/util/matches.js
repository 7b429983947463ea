/**
 * A global pattern's matches in a text, in turn: what `text.matchAll(pattern)` gives, without the copy of the pattern
 * `matchAll` builds at each call (a new RegExp from the pattern's source and flags: for a finder's long pattern many
 * times the cost of the search itself, Node 20 — an asker sentence's pattern is tried on every text that may hold one).
 */
/**
 * The matches of `pattern` (global) in `text`, as `text.matchAll(pattern)` yields them: from the pattern's
 * `lastIndex`, an empty match stepping one character on (a code point with the `u` or `v` flag). The pattern's
 * `lastIndex` is put back after each search, so that it is as the caller left it whenever a match is yielded (as
 * `matchAll`'s copy leaves the pattern itself untouched): a loop over the same pattern inside the body reads its own.
 */
export function* matchesOf(pattern, text) {
    if (!pattern.global)
        throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
    const kept = pattern.lastIndex;
    const wholeCodePoints = pattern.unicode || pattern.flags.includes('v');
    let from = kept;
    for (;;) {
        pattern.lastIndex = from;
        const match = pattern.exec(text);
        const end = pattern.lastIndex;
        pattern.lastIndex = kept;
        if (!match)
            return;
        from = match[0] === '' ? stepOn(text, end, wholeCodePoints) : end;
        yield match;
    }
}
/** The index after the character at `index`: two code units for a surrogate pair read as one code point. */
function stepOn(text, index, wholeCodePoints) {
    return wholeCodePoints && index + 1 < text.length && (text.codePointAt(index) ?? 0) > 0xffff ? index + 2 : index + 1;
}
//# sourceMappingURL=matches.js.map