/**
 * A speech paper's samråd questions listed under one label, each line its question's letters set apart from its text
 * by a column's gap (a run of spaces or a tab):
 *
 *     Samrådsspørgsmål:                      Samrådsspørgsmål BF: Hvorfor der 3 år efter …
 *     BF            Hvorfor der 3 år …   →   Samrådsspørgsmål BG: Hvorfor visse kommuner …
 *     BG            Hvorfor visse …
 *
 * (Indenrigs- og Sundhedsministeriet's speech papers, 2007). The label stands for each item: written out on each
 * line, every question reads as one headed by its own `Samrådsspørgsmål BF:`, as the finders read a speech paper
 * that heads each question so. The label's line goes. A list of the parts of one question (`A. Vil ministeren …`,
 * `A) …`) has no such gap and no such label over it, and stays as it is.
 */

/** The label over the list, alone on its line: `Samrådsspørgsmål:`, `Samrådsspørgsmålene:`. */
const LIST_LABEL = /^Samrådsspørgsmål(?:ene)?\s?:$/u

/**
 * An item: a samråd question's letters (one or two of the alphabet's capitals: `A`, `BF`, `AØ`), a gap of two spaces
 * or more or a tab, and the question's text from a capital (captures: the letters, the text).
 */
const LETTERED_ITEM = /^([A-ZÆØÅ]{1,2})(?:\s{2,}|\t\s*)(\p{Lu}.*)$/u

/** The fewest items that make a list: one question under the label is read as it stands. */
const MIN_ITEMS = 2

/**
 * The lines with such a list's label written out on each item (`BF            Hvorfor …` → `Samrådsspørgsmål BF:
 * Hvorfor …`) and the label's line dropped; blank lines between the items are kept. An item line keeps its other
 * properties (its line number). Lines without such a list come back as they are (the same array).
 */
export function withLetteredQuestionsLabelled<T extends { text: string }>(lines: readonly T[]): readonly T[] {
  // Cheap literal test before the patterns: most texts hold no such label, and come back as they are.
  if (!lines.some((line) => line.text.includes('Samrådsspørgsmål'))) return lines
  const out: T[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as T
    const items = LIST_LABEL.test(line.text.trim()) ? itemsAfter(lines, index + 1) : undefined
    if (!items) {
      out.push(line)
      continue
    }
    for (let at = index + 1; at <= items.last; at++) {
      const item = lines[at] as T
      const match = LETTERED_ITEM.exec(item.text.trim())
      out.push(match ? { ...item, text: `Samrådsspørgsmål ${match[1]}: ${match[2]}` } : item)
    }
    index = items.last
  }
  return out
}

/**
 * The last line of the items that follow a label from `from` (blank lines between them passed over), where there are
 * `MIN_ITEMS` or more; undefined otherwise.
 */
function itemsAfter(lines: readonly { text: string }[], from: number): { last: number } | undefined {
  let count = 0
  let last = -1
  for (let at = from; at < lines.length; at++) {
    const text = (lines[at] as { text: string }).text.trim()
    if (text === '') continue
    if (!LETTERED_ITEM.test(text)) break
    count++
    last = at
  }
  return count >= MIN_ITEMS ? { last } : undefined
}
