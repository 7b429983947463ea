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

/** The askers' label: `Stillet af:`, `Spørger:`, and a co-asker's on a § 20 question for oral answer, `Medspørger:`. */
const ASKERS_LABEL = /^(?:Stillet af|Spørger|Spørgere|Spørgsmålsstiller|Medspørgere?):$/u

/** A question's own label, one of which a column must hold: the minister asked (`Til:`), the askers (`ASKERS_LABEL`). */
const isQuestionLabel = (label: string): boolean => label === 'Til:' || ASKERS_LABEL.test(label)

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
    if (count < 2) {
      out.push(lines[index] as T)
      index++
      continue
    }
    const labels = lines.slice(index, index + count)
    // The lines after the labels, a value a narrow column wrapped onto two lines read as one (`wrappedValues`).
    const after = wrappedValues(lines, index + count, count)
    const all = stackedValues(after.lines, 0, count) ? after.lines.slice(0, count) : undefined
    // A label left without a value (`Til:` / `Dato:` / `Stillet af:` over `6. marts 2019` / `Mette Gjerskov (S)`):
    // the values kept to the labels their kinds fit, where only one label can be the empty one.
    const missing = all && fits(labels, all) ? undefined : emptyLabel(labels, after.lines, 0)
    const values = missing === undefined ? all : after.lines.slice(0, count - 1)
    if (values) {
      const paired = missing === undefined ? labels : labels.filter((_, at) => at !== missing)
      paired.forEach((label, at) => {
        const value = values[at] as T
        // Another label's value stands alone, as it did: a `Dato:` there is the question's date, which a letter that
        // quotes the question's head (a § 20 answer) must not take for its own labelled date.
        out.push(isQuestionLabel(label.text.trim()) ? { ...label, text: `${label.text.trim()} ${value.text.trim()}` } : value)
      })
      index += count + after.used.slice(0, values.length).reduce((sum, used) => sum + used, 0)
      continue
    }
    out.push(lines[index] as T)
    index++
  }
  return out
}

/**
 * A value's line that a narrow column broke before the value's end: it ends on a word in lower case, a comma or a
 * hyphen (`Ministeren for børn, ligestilling, integration og` / `sociale forhold`, `… integration og sociale` /
 * `forhold`, `Transport-,` / `bygnings- og boligministeren`) — and the next opens in lower case (`LOWER_START`): no
 * label's own value does (a date, a name, a minister's title).
 */
const VALUE_GOES_ON = /(?:\s\p{Ll}+|[,-])$/u

/** A line that opens in lower case: the rest of a value broken over it. */
const LOWER_START = /^\p{Ll}/u

/**
 * The first `count` values from line `from`, each with how many lines it took: one line, or two where the first goes
 * on (`VALUE_GOES_ON`) into one that opens in lower case, joined with a space. A value of two lines stays within
 * `MAX_LABEL_VALUE` as one of one line does.
 */
function wrappedValues<T extends { text: string }>(lines: readonly T[], from: number, count: number): { lines: T[]; used: number[] } {
  const values: T[] = []
  const used: number[] = []
  let at = from
  while (values.length < count && at < lines.length) {
    const line = lines[at] as T
    const next = lines[at + 1]
    const text = line.text.trim()
    const joined = next && VALUE_GOES_ON.test(text) && LOWER_START.test(next.text.trim()) ? `${text} ${next.text.trim()}` : undefined
    const two = joined !== undefined && joined.length <= MAX_LABEL_VALUE
    values.push(two ? { ...line, text: joined } : line)
    used.push(two ? 2 : 1)
    at += two ? 2 : 1
  }
  return { lines: values, used }
}

/** What a field holds: a date (`Dato:`), the askers (`Stillet af:`, a name and a party), anything else (`Til:`). */
type FieldKind = 'date' | 'askers' | 'other'

/** A date alone: `6. marts 2019`. */
const DATE_VALUE = /^\d{1,2}\.\s?\p{Ll}{3,9}\.?\s\d{4}$/u

/** A name and a party in brackets at the end: `Mette Gjerskov (S)`. */
const ASKERS_VALUE = /\([\p{L}-]{1,5}\)\.?$/u

/** The kind of value a label holds. */
const labelKind = (label: string): FieldKind => (label === 'Dato:' ? 'date' : ASKERS_LABEL.test(label) ? 'askers' : 'other')

/** The kind of a value line: a date, a name with a party, anything else. */
const valueKind = (value: string): FieldKind => (DATE_VALUE.test(value) ? 'date' : ASKERS_VALUE.test(value) ? 'askers' : 'other')

/** Whether each value is of the kind its label holds, in order. */
function fits(labels: readonly { text: string }[], values: readonly { text: string }[]): boolean {
  return labels.every((label, at) => labelKind(label.text.trim()) === valueKind(values[at]?.text.trim() ?? ''))
}

/**
 * Which one of a column's labels has no value, where the lines from `from` (after the labels), one fewer than the
 * labels, are values that fit the other labels' kinds in order with exactly one label passed over; undefined otherwise.
 */
function emptyLabel(labels: readonly { text: string }[], lines: readonly { text: string }[], from: number): number | undefined {
  const count = labels.length
  if (count < 3 || !stackedValues(lines, from, count - 1)) return undefined
  const values = lines.slice(from, from + count - 1)
  const empty = labels.flatMap((_, at) =>
    fits(
      labels.filter((__, other) => other !== at),
      values,
    )
      ? [at]
      : [],
  )
  return empty.length === 1 ? empty[0] : undefined
}

/** How many labels alone stand in a row from `from` (at most `MAX_STACKED_LABELS`), where one is a question's own. */
function labelRun(lines: readonly { text: string }[], from: number): number {
  let count = 0
  let own = false
  while (count < MAX_STACKED_LABELS) {
    const text = lines[from + count]?.text.trim()
    // Every line is asked: a label ends in its colon (`LABEL_ALONE`), which most lines do not, told without the pattern.
    if (text === undefined || !text.endsWith(':') || !LABEL_ALONE.test(text)) break
    own ||= isQuestionLabel(text)
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
