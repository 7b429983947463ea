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
export declare function matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined>;
//# sourceMappingURL=matches.d.ts.map