/**
 * Per-document readings asked for by several modules, read once: `readOnce(read)` is `read` that keeps its answers
 * for the last two key objects asked (a document's lines, its head). A document asks of one key or two, all its askers
 * in turn, before the next document's are asked; an older key is read anew if asked again. Kept by the keys
 * themselves, not in a WeakMap, whose every new key costs a hash and a slot that only the collector frees. Only for
 * readings that depend on the key alone, over arrays no one changes after the first reading.
 */
export function readOnce(read) {
    let lastKey;
    let lastValue;
    let olderKey;
    let olderValue;
    return (key) => {
        if (key === lastKey)
            return lastValue;
        if (key === olderKey)
            return olderValue;
        const value = read(key);
        olderKey = lastKey;
        olderValue = lastValue;
        lastKey = key;
        lastValue = value;
        return value;
    };
}
/**
 * What `readOnceByText` keeps for an answer that is `undefined` (most lines are no date): a kept answer is then told
 * from a missing one by the one look-up, with no second (`has`) to ask which it was.
 */
const NONE = Symbol('none');
/**
 * `read` that keeps its answers by the text asked, `kept` at most before it starts over (more than any one document
 * asks): for readings of a line's text alone that several modules ask of the same lines.
 */
export function readOnceByText(read, kept) {
    const known = new Map();
    return (text) => {
        const answer = known.get(text);
        if (answer !== undefined)
            return answer === NONE ? undefined : answer;
        const value = read(text);
        if (known.size >= kept)
            known.clear();
        known.set(text, value === undefined ? NONE : value);
        return value;
    };
}
//# sourceMappingURL=memo.js.map