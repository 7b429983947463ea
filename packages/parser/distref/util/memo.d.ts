/**
 * Per-document readings asked for by several modules, read once: `readOnce(read)` is `read` that keeps its answers
 * for the last two key objects asked (a document's lines, its head). A document asks of one key or two, all its askers
 * in turn, before the next document's are asked; an older key is read anew if asked again. Kept by the keys
 * themselves, not in a WeakMap, whose every new key costs a hash and a slot that only the collector frees. Only for
 * readings that depend on the key alone, over arrays no one changes after the first reading.
 */
export declare function readOnce<K extends object, V>(read: (key: K) => V): (key: K) => V;
/**
 * `read` that keeps its answers by the text asked, `kept` at most before it starts over (more than any one document
 * asks): for readings of a line's text alone that several modules ask of the same lines.
 */
export declare function readOnceByText<V>(read: (text: string) => V, kept: number): (text: string) => V;
//# sourceMappingURL=memo.d.ts.map