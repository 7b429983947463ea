/**
 * A heading with its text on the same line — `Svar: Det er korrekt, at …`, `Spørgsmål nr. 128: ”Vil ministeren …` —
 * as some letters set them (a bold run-in heading) and some renditions glue them. The line is cut in two, the
 * heading and its text, both keeping the line's place in the source, so that the heading reads as one.
 *
 * Older ft.dk renditions glue whole paragraphs into one line, headings and all: `… som hermed besvares.Spørgsmål
 * 369:`, `… tilDanmark?Svar`, `… 2007?”Svar: FødevareErhverv har …`. Such a line is first cut where a heading
 * begins right after a sentence's end.
 */
import { isLayoutTable, type LayoutItem, type LayoutLine } from '../tree.js'
import { hot } from '../util/hot-patterns.js'
import { GLUED_LINE_LENGTH, repairGluedPieces } from '../util/hyphenation.js'
import { matchesOf } from '../util/matches.js'
import { openQuotes } from '../util/quotes.js'
import { type Cut, cutsAround } from './cuts.js'
import { ANSWER_KINDS, HEADING_CASE_PREFIX, isHeading } from './markers.js'

/**
 * A heading ending in a colon, then text: the colon is required (`Svar på …` opens a sentence); an answer heading may
 * name any of `ANSWER_KINDS` (`Revideret svar: …`). The space after the colon may be lost (`Svar:Det er …`,
 * `Spørgsmål nr. 382:”Vil …`); the case may stand before it (`L 195Spørgsmål 41:Vil …`), and the heading name who asks
 * whom before it (`Spørgsmål 922 fra Retsudvalget til udenrigsministeren:Vil …`, as
 * `HEADING_TAIL` reads). What the colon closes must read as a heading (`isHeading`).
 */
const RUN_IN = new RegExp(
  String.raw`^((?:${HEADING_CASE_PREFIX})?(?:(?:samråds)?spørgsmål|spm\.|(?:(?:${ANSWER_KINDS})\s+)?(?:svar|besvarelse)|minister(?:ens|iets)\s+(?:svar|besvarelse))[^:]{0,80}:)\s*(\S.*)$`,
  'iu',
)

/** `ANSWER_KINDS` as a heading opens with them: `Endeligt`, `Revideret`. */
const CAPITALISED_KINDS = ANSWER_KINDS.split('|')
  .map((kind) => kind.charAt(0).toUpperCase() + kind.slice(1))
  .join('|')

/**
 * Where a heading starts inside a glued line, right after a sentence's end (capitalised, as headings are):
 * - `… besvares.Spørgsmål 369:`, `… følgende spørgsmål:Spørgsmål 205:"Ministeren …` (no space: glued)
 * - `… 2007?”Svar:`, `… ?" Svar: Jeg …`, `… ?"Svar (supplerende):Af mit …`, `… kontanthjælp?”Endeligt svar:` (any of
 *   `ANSWER_KINDS`, the kind's word capitalised, `svar` in lower case after it, as Beskæftigelsesministeriet writes it), and every other answer
 *   heading up to its colon: `…?”Svar på spørgsmål nr. 260:`, `…?”Besvarelse:`, `…?”Endelig besvarelse:`,
 *   `…?”Ministerens svar:` (what stands there must read as a heading: `isHeading`)
 * - `… ad L 38.  Spørgsmål nr.  19: ”…`, `…”  Svar: …` (a rendition that kept justified text's double spaces),
 *   `… den 4. november 2008.    Spørgsmål 15: Er …` (a paragraph's gap kept as spaces, up to eight)
 * - `… saudi-led-coalition-attacksSvar: Hermed …` (`Svar:` glued to a lowercase letter: a question that ends in a web
 *   address, no sentence's end before the heading; no Danish word holds a capital `Svar` and a colon)
 * - `… tilDanmark?Svar`, `… nulvækst fra 2013 fremtil 2020Svar` (a bare `Svar` ending the line), `… efter ønske fra Leif Mikkelsen (LA)Spørgsmål` (a bare
 *   `Spørgsmål` ending the line after a sentence, a party or a date's year: `… (Alm. del) af 26.august 2013Spørgsmål`)
 * A sentence that merely mentions an answer (`… mit svar: …`, `Svarene viser …`) has no capital or no colon. Where an
 * empty match's place is read both behind and ahead, the heading ahead is tested first: its first letter rules out
 * most places at once, the look-behind's alternatives none.
 */
const GLUED_HEADING = new RegExp(
  [
    String.raw`(?=(?:Samrådss|S)pørgsmål(?:\s?nr\.)?\s{0,3}[\dA-ZÆØÅ]{0,5}\s?(?:\([^()]{1,12}\))?\s?:)(?<=[.?!:”"»“«)]\s{0,8}|\p{Ll})`,
    String.raw`(?<=[.?!”"»“«])\s{0,3}(?=(?:(?:${CAPITALISED_KINDS})\s(?:[Ss]var|[Bb]esvarelse)|Svar|Besvarelse|Minister(?:ens|iets)\s(?:svar|besvarelse))[^:]{0,30}:)`,
    String.raw`(?=Svar\s?$)(?<=[.?!”"»“«\d])`,
    String.raw`(?<=\p{Ll})(?=Svar\s?:)`,
    String.raw`(?=Spørgsmål:?\s?$)(?<=[.?!”"»“«)]|\d{4})`,
  ].join('|'),
  'gu',
)

/**
 * A quoted question glued to the sentence that announces it: `… bedtom min besvarelse af spørgsmål:”Vil ministeren
 * …`, `… følgende spørgsmål: ”Kan …`. The quote starts a paragraph of its own — unless it stands inside a quotation
 * already open, a question quoting one: `”Hvad er regeringens svar til Robert, der stillede følgende spørgsmål:
 * »Hvorfor …?«?”`.
 */
const GLUED_QUOTE = /(?<=\bspørgsmål(?:\s?nr\.\s?\d{1,4})?:)\s?(?=[”“"»„]\p{Lu})/gu

/**
 * A heading with no colon, glued on both sides in renditions that dropped every line break inside a paragraph: it
 * stands at the line's start or after a sentence's end, and its text follows with no space — the quoted question
 * after the question heading, a capitalised word after `Svar`:
 * - `Spørgsmål nr. 41”Mener ministeren …?”SvarDer er i ligestillingsloven …` (Ligestillingsministeriet, 2010)
 * - `URU alm. del spørgsmål 44”Vil ministeren …?”` opening the line: the case before the heading's word in lower case,
 *   the quoted question glued to the number (Udenrigsministeriet, 2013)
 * - `… behandling.Spørgsmål 12”Vil ministeren …”`, `… ?”Endeligt svarJeg kan oplyse …` (any of `ANSWER_KINDS`: `Revideret
 *   svarJeg …`), `… institutioner?SvarI henhold til …` (the word `I`)
 * - `… ( L 114 ). Spørgsmål 13 Hvordan forestiller ministeren sig …?` (a space, then a question's first word:
 *   `Vil`, `Kan`, `Hvordan`, `Ministeren` …; not `Spørgsmål 13 handler om …`), `… besvare.Spørgsmål nr. 3Vil
 *   ministeren …` (a capitalised word glued to the number), `… spørgsmål:Spørgsmål nr. 12 (L.nr.63)Vil …` (a note in
 *   brackets after the number, the heading glued after the announcing colon), `… spørgsmål:Spørgsmål nr. 17 (Aktstk.
 *   nr.82)I forlængelse af …` (the word `I`)
 * - `…)Spørgsmål AJ”Hvilke initiativer …?”`: a samråd's question numbered by capitals, only before the quote it opens
 * - `… (EL).Spørgsmål nr. 416 (alm. del)`, `… (Margrethe Vestager)Spørgsmål 5` ending the line: the question stands on
 *   the next line (after a sentence's end, or a bracket with no space: glued); also after the case it is on, glued to
 *   it (`… følgende spørgsmål:TRU alm. delSpørgsmål 1364`, a committee's letter)
 * Not `Svaret`, `Svarene` (the capital must follow the word at once) nor `spørgsmål nr. 41 ”…` inside a sentence
 * (lower case, and a space before the quote).
 */
const BARE_GLUED_HEADING = hot(
  new RegExp(
    [
      String.raw`(?<=^|[.?!:”"»“«]\s?)(?:Samrådss|S)pørgsmål(?:\s?nr\.)?\s?(?:\d{1,4}|[A-ZÆØÅ]{1,2}(?=[”“"»„]))(?:\s?\([^()]{1,20}\))?(?=[”“"»„]\p{Lu}|\p{Lu}\p{Ll}|I\s\p{Ll}|\s(?:Vil|Kan|Mener|Hvad|Hvordan|Hvor(?:for|når|ledes|vidt)?|Hvilke[nt]?|Ministeren|Er|Agter|Finder)\s)`,
      String.raw`^(?:${HEADING_CASE_PREFIX})spørgsmål(?:\s?nr\.)?\s?\d{1,4}(?=[”“"»„]\p{Lu})`,
      String.raw`(?<=[.?!”"»“«]\s?|\)|[Aa]lm\.\s?del)(?:Samrådss|S)pørgsmål(?:\s?nr\.)?\s?\d{1,4}(?:\s?\([^()]{1,20}\))?(?=\s*$)`,
      String.raw`(?<=^|[.?!”"»“«]\s?)(?:(?:${CAPITALISED_KINDS})\ssvar|Svar)(?=\p{Lu}\p{Ll}|I\s\p{Ll})`,
    ].join('|'),
    'gu',
  ),
)

/**
 * A bare `Svar` heading after the question's last sentence, a space on either side, the answer's first word
 * capitalised after it: `… den konkrete rydning. Svar Skov- og Naturstyrelsen har oplyst …` (a PDF page flattened
 * onto one line, Miljøministeriet 2006). Read only in a line far longer than a paragraph's line
 * (`GLUED_LINE_LENGTH`), where a whole letter is glued: a sentence in running text seldom opens `Svar` and a capital
 * word, but a paragraph's line is not cut on it. Not `Svaret`, `Svarene`, nor `svar` in lower case.
 */
const SPACED_ANSWER_HEADING = /(?<=[.?!”"»«“] )Svar(?= \p{Lu}[\p{Ll}-])/gu

/**
 * A bare question heading at a line's start or after a sentence's end or a closing bracket (the case it is on: `…
 * (Alm. del) Spørgsmål 31 Ministeren bedes …`), a space on either side, the question's first
 * word capitalised after it, whatever that word is: `… Planlægningsudvalg. Spørgsmål 136 Det er helt centralt, at …`,
 * `Spørgsmål 24 Der har i forskellige medier …` opening a glued line (a PDF page flattened
 * onto one line, Miljøministeriet 2006; `BARE_GLUED_HEADING` cuts before a question's usual first words only). Read
 * only in a line that glues a whole letter, as `SPACED_ANSWER_HEADING` is. Not `spørgsmål 136` in lower case, nor
 * `Spørgsmål 136 handler om …`.
 */
const SPACED_QUESTION_HEADING = /(?<=^|[.?!”"»«“:)] )(?:Samrådss|S)pørgsmål(?:\s?nr\.)?\s?\d{1,4}(?= \p{Lu}\p{Ll})/gu

/**
 * A word each of the glued-heading patterns' matches needs: no line without one of them is cut. A kind's `svar` is
 * found by the kind's last letters (`gt svar`, `et svar`), each kind of `ANSWER_KINDS` with and without its optional
 * letter.
 */
const HEADING_WORDS = [
  ...new Set([
    'Spørgsmål',
    'Svar',
    'spørgsmål',
    'Besvarelse',
    ' besvarelse',
    'ens svar',
    'iets svar',
    ...ANSWER_KINDS.split('|')
      .flatMap((kind) => (kind.endsWith('?') ? [kind.slice(0, -2), kind.replace('?', '')] : [kind]))
      .map((kind) => `${kind.slice(-2)} svar`),
  ]),
]

/**
 * Pieces every word of `HEADING_WORDS` holds (`Svar`, `svar`, `besvarelse` hold `var`): a line with neither holds no
 * heading word, found with two searches instead of one per word. Where a word without them is ever added, the
 * test is off.
 */
const HEADING_STEMS = ['var', 'pørgsmål']
const STEMS_COVER = HEADING_WORDS.every((word) => HEADING_STEMS.some((stem) => word.includes(stem)))

/**
 * An answer's word after a kind's capitalised word (`Endeligt svar`, `Revideret besvarelse`): what a glued heading of
 * a kind needs where it holds neither `Svar` nor `Spørgsmål` (`headingCuts`).
 */
const CAPITALISED_KIND_ANSWER = new RegExp(String.raw`(?:${CAPITALISED_KINDS})\s(?:svar|besvarelse)`, 'u')

/**
 * Which of the glued-heading patterns may match in `text`, by the words their matches need: `Spørgsmål` or `Svar`
 * (each of `BARE_GLUED_HEADING`'s alternatives and most of `GLUED_HEADING`'s) lets both; without them, `GLUED_HEADING`
 * needs a colon and `Samrådsspørgsmål`, `Besvarelse`, `Minister…` or a kind's answer, `BARE_GLUED_HEADING`
 * `Samrådsspørgsmål`, a kind's `svar`, or `spørgsmål` and a quoted question's opening mark; a quoted question (`GLUED_QUOTE`) needs `spørgsmål` and a colon. A line with
 * `svar` in a sentence (`… som svar på …`) is searched by none of them: their lookbehinds are tried at every place.
 */
function headingCuts(text: string): { glued: boolean; bare: boolean; quote: boolean } {
  const colon = text.includes(':')
  const quote = colon && text.includes('spørgsmål')
  if (text.includes('Svar') || text.includes('Spørgsmål')) return { glued: true, bare: true, quote }
  const council = text.includes('Samrådsspørgsmål')
  const kind = text.includes('svar') && CAPITALISED_KIND_ANSWER.test(text)
  // A case's heading in lower case, its quoted question glued to it (`URU alm. del spørgsmål 44”Vil …`).
  const cased = text.includes('spørgsmål') && OPENING_QUOTE.test(text)
  return {
    glued: colon && (council || kind || text.includes('Besvarelse') || text.includes('Minister')),
    bare: council || kind || cased,
    quote,
  }
}

/** An opening quotation mark before a capital: a quoted question's start. */
const OPENING_QUOTE = /[”“"»„]\p{Lu}/u

/** Whether `text` holds one of `HEADING_WORDS`. */
function holdsHeadingWord(text: string): boolean {
  if (STEMS_COVER && !HEADING_STEMS.some((stem) => text.includes(stem))) return false
  return HEADING_WORDS.some((word) => text.includes(word))
}

/**
 * The line's text cut where glued headings (or a quoted question) begin; one piece when there is none. `open` are
 * the quotations the paragraph's earlier lines left open (closing marks, as `openQuotes` gives them).
 */
export function cutGluedHeadings(text: string, open: readonly string[] = []): string[] {
  const cuts: Cut[] = []
  // Most lines name no heading: one literal search each spares them the two patterns' lookbehinds at every place.
  if (!holdsHeadingWord(text)) return text.trim() === '' ? [] : [text.trim()]
  const may = headingCuts(text)
  if (may.glued) {
    for (const match of matchesOf(GLUED_HEADING, text)) {
      const at = match.index + match[0].length
      const head = RUN_IN.exec(text.slice(at))?.[1] ?? text.slice(at).trim()
      // Only where what begins there reads as a heading.
      if (isHeading(head.trim())) cuts.push({ index: match.index, at })
    }
  }
  if (may.bare) cuts.push(...cutsAround(text, BARE_GLUED_HEADING))
  // A bare `Svar` or question heading and a space inside a line that glues a whole letter: read only there
  // (`SPACED_ANSWER_HEADING`, `SPACED_QUESTION_HEADING`).
  if (text.length > GLUED_LINE_LENGTH) {
    if (text.includes(' Svar ')) cuts.push(...cutsAround(text, SPACED_ANSWER_HEADING))
    if (text.includes('pørgsmål ')) cuts.push(...cutsAround(text, SPACED_QUESTION_HEADING))
  }
  if (may.quote) {
    for (const match of matchesOf(GLUED_QUOTE, text)) {
      if (openQuotes(text.slice(0, match.index), open).length > 0) continue
      cuts.push({ index: match.index, at: match.index + match[0].length })
    }
  }
  const pieces: string[] = []
  let from = 0
  for (const { index, at } of cuts.sort((a, b) => a.index - b.index)) {
    if (at <= from) continue
    pieces.push(text.slice(from, index))
    from = at
  }
  pieces.push(text.slice(from))
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '')
}

/**
 * A run-in heading and its text, or undefined when the line does not open with one. `notHeading`: the caller knows
 * `text` is no heading as a whole (it asked `isHeading` of the same text).
 */
function runIn(text: string, notHeading = false): [string, string] | undefined {
  // The heading ends in a colon (`RUN_IN`): a line without one opens with none, told before the heading tests.
  if (!text.includes(':') || (!notHeading && isHeading(text))) return undefined
  const match = RUN_IN.exec(text)
  const heading = match?.[1]
  const rest = match?.[2]
  return heading && rest && isHeading(heading) ? [heading, rest] : undefined
}

export function splitRunInHeadings(items: readonly LayoutItem[]): LayoutItem[] {
  /** The quotations the paragraph's lines so far left open: a quoted question's lines, while it goes on. */
  let open: string[] = []
  // Loops, not `flatMap` (several times slower on Node 20; this reads every line of every document).
  const result: LayoutItem[] = []
  for (const item of items) {
    // A whole line that is a heading stays whole: `Spørgsmål nr.: L 85` names the bill after its colon.
    if (isLayoutTable(item) || item.role || isHeading(item.text)) {
      open = []
      result.push(item)
      continue
    }
    if (item.breakBefore) open = []
    const cut: string[] = []
    const glued = cutGluedHeadings(item.text, open)
    for (const piece of glued) {
      // The line as a whole was asked `isHeading` above: a piece that is the whole line is not asked again.
      const split = runIn(piece, piece === item.text)
      if (split) cut.push(split[0], split[1])
      else cut.push(piece)
    }
    open = item.endsParagraph || cut.length > 1 ? [] : openQuotes(item.text, open)
    if (cut.length < 2) {
      result.push(item)
      continue
    }
    // Pieces of a glued paragraph keep its repairs (`besparel-ser` was a line end), though each is short — and where
    // the line kept its line ends as spaces, those are joined in every piece and its hyphens without a space kept.
    // A line cut only after a run-in heading at its start (`Spørgsmål: ”Hvilken effekt …`) is no glued paragraph by
    // the heading's length: its text is left to be read as the line would be without the heading (glued if it is long
    // by itself, its hyphens settled by the document's spelling: `layout/lost-hyphens.ts`).
    const pieces = glued.length > 1 && item.text.length > GLUED_LINE_LENGTH ? repairGluedPieces(item.text, cut) : cut
    // Each piece a paragraph (or heading) of its own; the first and last keep the line's own breaks.
    for (let at = 0; at < pieces.length; at++) {
      const text = pieces[at] as string
      const line: LayoutLine = { ...item, text }
      if (at > 0) line.breakBefore = true
      if (at < pieces.length - 1 || isHeading(text)) line.endsParagraph = true
      result.push(line)
    }
  }
  return result
}
