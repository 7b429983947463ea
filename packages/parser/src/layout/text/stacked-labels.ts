/**
 * A question letter's field labels set as a column of their own, flattened by PDF-to-text into the labels one under
 * the other and their values after them in the same order:
 *
 *     Til:                          Til: Ældreministeren
 *     Dato:                         Dato: 16. oktober 2017
 *     Stillet af:            →      Stillet af: Kirsten Normann Andersen (SF)
 *     Ældreministeren
 *     16. oktober 2017
 *     Kirsten Normann Andersen (SF)
 *
 * (the Folketing's § 20 question letters, 2010s). A question's own label (the minister asked, the asker) is joined
 * with its value, so that the finders read the fields as a letter that sets them side by side (`Til:
 * Transportministeren`, `Stillet af: …`); another label's value stays alone on its line, as it stood (`16. oktober
 * 2017`: the question's date, which a § 20 answer quoting the question's head must not read as its own `Dato:`), and
 * the label is dropped. A column with no question label (a letterhead's `Dato:` / `Enhed:` / `Sagsnr.:`) is read
 * where it stands.
 */

/** A label alone on its line: one or two words and a colon (`Til:`, `Stillet af:`, `Dato:`). */
const LABEL_ALONE = /^\p{Lu}[\p{L}.]{0,15}(?: [\p{L}.]{1,15})?:$/u

/** A question's own label, one of which a column must hold: the minister asked, the asker. */
const QUESTION_LABEL = /^(?:Til|Stillet af|Spørger|Spørgere|Spørgsmålsstiller):$/u

/** The most labels a column holds. */
export const MAX_STACKED_LABELS = 6

/** The longest value a label takes: a name with a party, a minister's title, a date. */
export const MAX_LABEL_VALUE = 80

/**
 * The lines with a stacked label column's labels joined to their values (`Til:` … `Ældreministeren` → `Til:
 * Ældreministeren`), the value lines dropped. A label line keeps its other properties (its line number). Lines
 * without such a column come back as they are.
 */
export function joinStackedLabels<T extends { text: string }>(lines: readonly T[]): T[] {
  const out: T[] = []
  let index = 0
  while (index < lines.length) {
    const count = labelRun(lines, index)
    if (count >= 2 && stackedValues(lines, index + count, count)) {
      for (let at = 0; at < count; at++) {
        const label = lines[index + at] as T
        const value = lines[index + count + at] as T
        // Another label's value stands alone, as it did: a `Dato:` there is the question's date, which a letter that
        // quotes the question's head (a § 20 answer) must not take for its own labelled date.
        out.push(QUESTION_LABEL.test(label.text.trim()) ? { ...label, text: `${label.text.trim()} ${value.text.trim()}` } : value)
      }
      index += 2 * count
      continue
    }
    out.push(lines[index] as T)
    index++
  }
  return out
}

/** How many labels alone stand in a row from `from` (at most `MAX_STACKED_LABELS`), where one is a question's own. */
function labelRun(lines: readonly { text: string }[], from: number): number {
  let count = 0
  let own = false
  while (count < MAX_STACKED_LABELS) {
    const text = lines[from + count]?.text.trim()
    if (text === undefined || !LABEL_ALONE.test(text)) break
    own ||= QUESTION_LABEL.test(text)
    count++
  }
  return own ? count : 0
}

/** Whether `count` lines from `from` are values: short, none a label, none empty. */
function stackedValues(lines: readonly { text: string }[], from: number, count: number): boolean {
  for (let at = from; at < from + count; at++) {
    const text = lines[at]?.text.trim()
    if (!text || text.length > MAX_LABEL_VALUE || text.endsWith(':')) return false
  }
  return true
}
