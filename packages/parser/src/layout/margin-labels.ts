/**
 * A letter's margin labels read out of order: a layout that sets `Spørgsmål` and `Svar` in a column beside the text
 * can come out of a rendition with both labels together where the answer begins (`… uden for hverdagene?` / `Svar`
 * / `Spørgsmål` / `”Lov om Digital Post …`). The answer's label stands where the answer begins; the question's label,
 * after it, heads nothing: the text under it is the answer's.
 */
import type { SourceLine } from '../tree.js'

/** The answer's label alone on its line, no number: `Svar`, `Svar:`, `SVAR`, `Svar :`. */
export const ANSWER_LABEL = /^svar\s?:?$/iu

/** The question's label alone on its line, no number: `Spørgsmål`, `Spørgsmål:`. */
const QUESTION_LABEL = /^spørgsmål\s?:?$/iu

/**
 * Marks as `sidebar` a bare question label right after a bare answer label, where running text (no label of either
 * kind) follows it and question text stands before the answer's. Mutates `lines`.
 */
export function markLabelsOutOfOrder(lines: SourceLine[]): void {
  lines.forEach((line, at) => {
    const label = lines[at + 1]
    const next = lines[at + 2]
    const before = lines[at - 1]
    if (line.role || !label || label.role || !next || !before) return
    if (!ANSWER_LABEL.test(line.text.trim()) || !QUESTION_LABEL.test(label.text.trim())) return
    // Text on both sides: not a label column of its own (`Spørgsmål` / `Svar` / `Spørgsmål` / `Svar` …).
    if (isLabel(next.text) || isLabel(before.text)) return
    label.role = 'sidebar'
  })
}

function isLabel(text: string): boolean {
  const trimmed = text.trim()
  return ANSWER_LABEL.test(trimmed) || QUESTION_LABEL.test(trimmed)
}
