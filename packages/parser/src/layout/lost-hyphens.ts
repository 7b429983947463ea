/**
 * Words split at a line end whose hyphen was lost. pdf.js drops a soft hyphen (U+00AD) from the text it extracts,
 * so a PDF that hyphenates with soft hyphens gives "Op" / "gørelsen"; some text renditions lost the hyphen the same
 * way ("eksem" / "pelvis"). Nothing in the text tells such a split from two words, except the document itself:
 * where it uses the whole word elsewhere ("opgørelsen") and never the two words side by side ("op gørelsen"), the
 * line end gets back a soft hyphen, which joining lines then removes (`util/hyphenation.ts`).
 */
import { isLayoutTable, type LayoutItem } from '../tree.js'

const SOFT_HYPHEN = '\u00AD'

/** The last word of a line that ends in a lowercase letter: `Op` in `… viser Op`. */
const LAST_WORD = /(?:^|[^\p{L}])(\p{L}*\p{Ll})$/u

/** The first word of a line that starts with a lowercase letter: `gørelsen` in `gørelsen af …`. */
const FIRST_WORD = /^(\p{Ll}\p{L}*)/u

/** Both halves at least this long: `i` / `alt` are words, not a split. */
const MIN_PART = 2

/** Words, lowercased, and pairs of words side by side on a line. */
function vocabulary(items: readonly LayoutItem[]): { words: Set<string>; pairs: Set<string> } {
  const words = new Set<string>()
  const pairs = new Set<string>()
  for (const item of items) {
    const lines = isLayoutTable(item) ? item.lines : [item]
    for (const line of lines) {
      const found = line.text.toLowerCase().match(/\p{L}+/gu) ?? []
      found.forEach((word, index) => {
        words.add(word)
        if (index > 0) pairs.add(`${found[index - 1]} ${word}`)
      })
    }
  }
  return { words, pairs }
}

/** The items with a soft hyphen put back at each line end that splits a word the document uses whole. */
export function markLostHyphens(items: readonly LayoutItem[]): LayoutItem[] {
  const { words, pairs } = vocabulary(items)
  // For each item, the paragraph's next line: the next item that is not a page footer or header between pages.
  const following: (LayoutItem | undefined)[] = []
  let next: LayoutItem | undefined
  for (let index = items.length - 1; index >= 0; index--) {
    following[index] = next
    const item = items[index] as LayoutItem
    if (isLayoutTable(item) || !item.role) next = item
  }
  return items.map((item, index) => {
    if (isLayoutTable(item) || item.role || item.endsParagraph) return item
    const next = following[index]
    if (!next || isLayoutTable(next) || next.breakBefore) return item
    const left = LAST_WORD.exec(item.text)?.[1]
    const right = FIRST_WORD.exec(next.text.trimStart())?.[1]
    if (!left || !right || left.length < MIN_PART || right.length < MIN_PART) return item
    const whole = `${left}${right}`.toLowerCase()
    if (!words.has(whole) || pairs.has(`${left.toLowerCase()} ${right.toLowerCase()}`)) return item
    return { ...item, text: `${item.text.trimEnd()}${SOFT_HYPHEN}` }
  })
}
