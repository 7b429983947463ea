/**
 * The patterns that cost the most when V8 compiles them without its optimisations, compiled first.
 *
 * V8 compiles a regular expression to machine code on its second use (or its first on a subject of 1,000 characters
 * or more), once per string width (one byte a character, or two), and it optimises that code (the Boyer–Moore skip
 * ahead, the quick checks) only while the process has less than 16 MB of executable memory or has generated less
 * than 1 MB of regular-expression code in all (V8's `TooMuchRegExpCode`; seen on Node 20 and on Node 24). The parser
 * holds some 1,200 patterns, whose optimised code for both widths takes more than that; the first documents of a run
 * compile whichever they meet first, and a pattern first met later gets unoptimised code for good: up to ten times
 * slower on the same text (a question text's paragraph-break check, `extract/plausibility.ts`: 3 µs against 30–40 µs).
 *
 * A pattern marked `hot` is compiled, in both widths, before the first document is read (`warmHotPatterns`, called
 * by `parse`), while the process's executable memory is still small. The list is the patterns that gain most from
 * it on the real fixtures' texts (docs/batch.md, "Patterns compiled first"); it does not change what any pattern
 * matches. In a process that has already compiled 16 MB of code before its first `parse`, the warm-up changes
 * nothing.
 */

/** Patterns marked and not yet compiled, in the order marked. */
const waiting: RegExp[] = []

/**
 * Marks `pattern` to be compiled before the first document is read; returns it. For module-level patterns only
 * (a pattern built per call would be marked per call).
 */
export function hot<T extends RegExp>(pattern: T): T {
  waiting.push(pattern)
  return pattern
}

/** Danish prose long enough that V8 compiles a pattern to machine code at once: one byte a character… */
const NARROW_SAMPLE = 'Ministeren bedes oplyse, hvor mange der i 2024 har fået svar på spørgsmålet. '.repeat(16)

/** …and two (a typographic quotation mark and a dash). */
const WIDE_SAMPLE = 'Ministeren bedes “oplyse”, hvor mange der – i 2024 – har fået svar på spørgsmålet. '.repeat(16)

/**
 * Compiles every pattern marked since the last call, for both string widths, and leaves each as it was (`lastIndex`).
 * Cheap when nothing waits: `parse` calls it for every document, before it reads one, so that a module loaded on
 * demand (the PDF reader, the HTML reader) would have its patterns compiled before the document after its first.
 */
export function warmHotPatterns(): void {
  if (waiting.length === 0) return
  for (const pattern of waiting.splice(0)) {
    const kept = pattern.lastIndex
    pattern.lastIndex = 0
    pattern.exec(NARROW_SAMPLE)
    pattern.lastIndex = 0
    pattern.exec(WIDE_SAMPLE)
    pattern.lastIndex = kept
  }
}
