/**
 * Per-document readings asked for by several modules, read once: `readOnce(read)` is `read` that keeps its answer for
 * each key object (a document's lines, its head) while the key lives. Only for readings that depend on the key alone,
 * over arrays no one changes after the first reading.
 */
export function readOnce<K extends object, V>(read: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>()
  return (key) => {
    // One look-up where the answer is kept and not undefined (most), a second only to tell a kept undefined apart.
    const answer = known.get(key)
    if (answer !== undefined || known.has(key)) return answer as V
    const value = read(key)
    known.set(key, value)
    return value
  }
}

/**
 * `read` that keeps its answers by the text asked, `kept` at most before it starts over (more than any one document
 * asks): for readings of a line's text alone that several modules ask of the same lines.
 */
export function readOnceByText<V>(read: (text: string) => V, kept: number): (text: string) => V {
  const known = new Map<string, V>()
  return (text) => {
    const answer = known.get(text)
    if (answer !== undefined || known.has(text)) return answer as V
    const value = read(text)
    if (known.size >= kept) known.clear()
    known.set(text, value)
    return value
  }
}
