/**
 * Quotation marks paired the way Danish letters set them, so that a question in quotes that itself quotes someone
 * (`”Hvad er regeringens svar til Robert, der spurgte: »Hvorfor …?«?”`) is read as one quotation with another inside
 * it, not as two. Styles: ”…”, "…" (the same mark opens and closes), »…«, „…“ and “…”.
 *
 * A mark that both opens and closes (”, ") is read by where it stands: after a space or the start (or a bracket,
 * dash, colon or another opening quote) and before a letter it opens; after text it closes the quotation it
 * matches. The scan is one pass over the text, linear in its length.
 */

/** Each opening mark and the mark that closes it. `“` opens English “…” and closes German „…“. */
const CLOSER: Readonly<Record<string, string>> = { '”': '”', '"': '"', '»': '«', '„': '“', '“': '”' }

/** The marks that open and close alike, which letters mix: `”` and `"`. */
const EITHER_WAY: ReadonlySet<string> = new Set(['”', '"'])

/**
 * Whether `mark`, closing where `innermost` is the quotation left open, is the other of `"` and `”`: the writer closed
 * that quotation with the wrong mark (Danish letters mix the two), so it closes alone and the one outside stays open.
 */
export function isMixedClose(innermost: string | undefined, mark: string): boolean {
  return innermost !== undefined && innermost !== mark && EITHER_WAY.has(innermost) && EITHER_WAY.has(mark)
}

/** The marks that only close: `«`. (`”`, `"` and `“` close too, where they stand after text.) */
const CLOSING_ONLY = '«'

/** Whether a UTF-16 code is one of the marks above (`CLOSER`'s keys or `CLOSING_ONLY`): the scan skips all others. */
function isQuoteCode(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0xbb || code === 0x201c || code === 0x201d || code === 0x201e
}

/** Any of the marks `isQuoteCode` reads. */
const ANY_MARK = /["\u00AB\u00BB\u201C\u201D\u201E]/u

/** What may stand before an opening mark: the start, a space, a bracket, a dash, a colon, a slash or another quote. */
const BEFORE_OPENING = /^[\s([{–—\-:/”"»„“]?$/u

/** What may follow an opening mark: a word, a number or another quote; not a space or a sentence's punctuation. */
const AFTER_OPENING = /^[^\s.,;:!?)\]]$/u

/** What may follow a closing mark that ends a text: a full stop, spaces. */
const TEXT_END = /^\.?\s*$/u

/**
 * A capitalised word one space after a mark: `… i BT ” USA: Hjælpen er for dårlig” og …`, `artiklen ” Pressen …”`. Some
 * renditions set a space on both sides of an opening mark; a closing one, which a space may stand before too
 * (`… dårlig ” og`), is followed by the sentence's next word in lower case or by its punctuation.
 */
const SPACE_THEN_CAPITAL = /^ \p{Lu}/u

/**
 * Whether `mark` at `at` in `text`, a space before it (or the start), opens a quotation one space before its first word,
 * which is capitalised (`SPACE_THEN_CAPITAL`): a mark that opens and closes alike (`”`, `"`), read so even inside a
 * quotation of its own kind — a question in ”…” quoting a headline set so (`”… artikel … i BT ” USA: …” og …”`).
 */
function opensSpaced(mark: string, before: string, text: string, at: number): boolean {
  return EITHER_WAY.has(mark) && before !== '' && /\s/u.test(before) && SPACE_THEN_CAPITAL.test(text.slice(at + 1, at + 3))
}

/** An ellipsis and a word after an opening mark: a quotation that starts inside a sentence (`"...dette valg …"`). */
const ELLIPSIS_THEN_WORD = /^(?:\.{3}|…)\s?[\p{L}\d]/u

/**
 * The closing marks of the quotations still open after `text`, innermost last; `open` are those open before it
 * (carried over from earlier lines). An empty result: every quotation the text opened, it closed. `visit` is told
 * each mark's place and how many quotations are open after it.
 */
export function openQuotes(text: string, open: readonly string[] = [], visit?: (at: number, depth: number) => void): string[] {
  const stack = [...open]
  // The scan starts at the first mark, found natively: most lines hold none (asked of every line of a document).
  const first = text.search(ANY_MARK)
  if (first === -1) return stack
  for (let at = first; at < text.length; at++) {
    if (!isQuoteCode(text.charCodeAt(at))) continue
    const mark = text[at] as string
    const closer = CLOSER[mark]
    if (closer === undefined && mark !== CLOSING_ONLY) continue
    const before = at === 0 ? '' : (text[at - 1] as string)
    const after = text[at + 1] ?? ''
    const opens =
      closer !== undefined &&
      BEFORE_OPENING.test(before) &&
      (AFTER_OPENING.test(after) || ELLIPSIS_THEN_WORD.test(text.slice(at + 1, at + 6)) || opensSpaced(mark, before, text, at))
    // After text, not after what may stand before an opening mark: `(”Ænder …”` opens inside a quotation in ”…”.
    const afterText = before !== '' && !BEFORE_OPENING.test(before)
    if (stack.includes(mark) && (afterText || !opens)) {
      // Closes the innermost quotation it matches (and any left open inside it) — but where the innermost is the other
      // of the two straight-and-curved marks (`"… ”inner … ."` / `… "`), the writer closed that one with the wrong mark:
      // Danish letters mix " and ”, and the outer quotation closes later.
      if (isMixedClose(stack.at(-1), mark)) stack.pop()
      else stack.length = stack.lastIndexOf(mark)
    } else if (opens) {
      stack.push(closer)
    } else if (afterText && isMixedClose(stack.at(-1), mark) && TEXT_END.test(text.slice(at + 1))) {
      // Ending the text after text, the other of `"` and `”` than the one the innermost quotation waits for, and no
      // quotation of its own open: the writer closed that quotation with it (`"Er ministeren … enig …?”`). Not inside
      // the text, where a rendition may have glued an opening mark to the word before (`Trafikstyrelsens"Stations…`).
      stack.pop()
    }
    visit?.(at, stack.length)
  }
  return stack
}

/**
 * Where the quotation that opens `text` closes: the index of its closing mark; undefined when the text does not open
 * with a quote, or the quotation stays open to its end (its closing mark lost).
 */
export function firstQuotationEnd(text: string): number | undefined {
  // A text that does not open with a mark opens no quotation: not scanned.
  if (!isQuoteCode(text.charCodeAt(0))) return undefined
  let end: number | undefined
  let opened = false
  openQuotes(text, [], (at, depth) => {
    if (at === 0) opened = depth === 1
    else if (opened && depth === 0) end ??= at
  })
  return opened ? end : undefined
}

/**
 * Whether `text` is one quotation from its first character to its last (a full stop after the closing mark
 * allowed): `”Vil ministeren …?”`, `”… spørgsmål: »Hvorfor …?«?”`. Not `”Vil … A?” og ”Vil … B?”`, where the first
 * quotation closes before the end.
 */
export function isWhollyQuoted(text: string): boolean {
  const trimmed = text.trim().replace(/\.$/u, '')
  return trimmed.length > 1 && firstQuotationEnd(trimmed) === trimmed.length - 1
}
