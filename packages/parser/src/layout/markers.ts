/**
 * Lines that start a block of their own, whatever the paragraph heuristics say.
 * Each is a named pattern with an example from the corpus.
 */

import { committees } from '../registry/index.js'
import { BILL_CODE, BILL_CODE_PART } from '../util/bill.js'
import { readOnceByText } from '../util/memo.js'
import { NAME_PARTICLES } from '../util/person-name.js'

/**
 * The kinds of answer a heading names, before `svar` (`Endeligt svar`, `Revideret svar`) or `besvarelse` (`Endelig
 * besvarelse`, `Foreløbig besvarelse`), or in brackets after it (`Svar (supplerende)`): the one list every answer
 * heading's pattern is built from.
 */
export const ANSWER_KINDS = 'endeligt?|foreløbigt?|supplerende|fornyet|revideret|korrigeret|rettet|uddybende'

/**
 * Word's message printed where a field could not be computed: `Fejl! Intet bogmærkenavn opgivet.`, `Fejl! Ingen tekst
 * med den anførte typografi i dokumentet.`, `Fejl! Henvisningskilde ikke fundet.` — in a number's place (a table's,
 * a question's: `Spørgsmål Fejl! Intet bogmærkenavn opgivet.70`).
 */
export const WORD_FIELD_ERROR = String.raw`Fejl!\s[^.]{1,80}\.`

/**
 * A dash alone on its line (read trimmed): where a rendition broke a title at it (`§ 20` / `–` / `spørgsmål til …`,
 * `Svar på alm. del` / `–` / `spørgsmål 5:`), or a case-number label's empty value (`J.nr.` / `-`).
 */
export const DASH_ALONE = /^[-–]$/u

/** A line opening in lower case: the word goes on a sentence from the line before (`… dokumentation for sit` / `svar.`). */
const LOWER_CASE_START = /^\s*\p{Ll}/u

/**
 * A heading's pattern, case-insensitive (`SVAR:`, `Endeligt svar:`) but matching no line that opens in lower case — a
 * wrapped sentence's last word (`Ministeren bedes oversende dokumentation for sit` / `svar.`) is no heading. A flag
 * cannot say it (Node 20's RegExp has no `(?-i:…)`), so `exec`, and `test` through it, look at the line first.
 */
class HeadingPattern extends RegExp {
  override exec(text: string): RegExpExecArray | null {
    return LOWER_CASE_START.test(text) ? null : super.exec(text)
  }
}

/** The pattern as a `HeadingPattern` (written as a `new RegExp` so that the regex-safety test reads its source). */
function headingPattern(pattern: RegExp): RegExp {
  return new HeadingPattern(pattern.source, pattern.flags)
}

/**
 * `Svar:`, `Endeligt svar:`, `Svar`, `Besvarelse`, `Supplerende svar:`, `Svar (supplerende):`, `Revideret svar:`,
 * `Svar.`, `Svar –`, `Svar på spørgsmål 245:` (`Svar på spørgsmål nr. 45 (alm. del)`, colon or not; `Svar til
 * spørgsmål nr. 12:`, `Svar på spm. 12:`), `Svar fra ministeren:`, `Svar (beskæftigelsesministeren):`, `Ministerens
 * svar:`, `Ministeriets besvarelse`, `Svaret:` (with its colon); Folketingstidende's dated heading on § 20 pages,
 * `Svar (21/1 04)`, `Supplerende svar (2/4 04)`; an answer numbered as its question, `Svar 1:` (with its colon).
 */
export const ANSWER_HEADING = headingPattern(
  new RegExp(
    [
      String.raw`^(?:(?:${ANSWER_KINDS})\s+)?(?:svar|besvarelse)(?:\s?\((?:${ANSWER_KINDS}|\d{1,2}\/\d{1,2}\s\d{2}(?:\d{2})?|[\p{L}-]{2,40}ministeren)\))?`,
      String.raw`(?:\s+(?:på|til)\s+(?:spørgsmål|spm\.)(?:\s*nr\.?)?(?:\s*[\dA-ZÆØÅ]{1,5})?(?:\s*\([^()]{1,30}\))?(?:\s*:)?|\s+(?:fra|til)\s[\p{L} -]{3,40}:|\s+\d{1,3}\s?:|\s*\.?\s*:|\s*\.|\s+[–-])?\s*$`,
      String.raw`|^(?:ministerens|ministeriets)\s+(?:(?:endelige|foreløbige|supplerende)\s+)?(?:svar|besvarelse)(?:\s*:)?\s*$`,
      String.raw`|^svaret\s*:\s*$`,
    ].join(''),
    'iu',
  ),
)

/**
 * Every code the registry holds (`FOU`, `ULØ`, `§71`), longest first, as a whole word: a code known, not a code's
 * shape (`util/committee-code.ts`).
 */
export const KNOWN_COMMITTEE_CODE = `(?<![\\p{L}\\d])(?:${[...new Set(committees.map((committee) => committee.code))]
  .sort((a, b) => b.length - a.length)
  .join('|')})`

/**
 * The case a question heading may name before the word: `URU alm. del spørgsmål 3:`, `Alm. del – spørgsmål 123`
 * (Uddannelses- og Forskningsministeriet; a stop after `del`: `Alm. del. spørgsmål 113`), `L 195 Spørgsmål 41:` (glued
 * in older renditions: `L 195Spørgsmål 41:`), `Beslutningsforslag B 137 - spørgsmål nr. 2:` (the bill named in words first), `FOU B8 spørgsmål 1:` (or the
 * committee's code first, also before a dash: `FOU – B 122 spørgsmål 12:`, Udenrigsministeriet 2014), `§ 16 Spørgsmål nr. 14:`
 * (Finansudvalget's questions by paragraph of the finance act), `Aktstykke spørgsmål`,
 * `Aktstykke 108 spørgsmål 3:` (Finansudvalget's questions on an aktstykke), a committee's code alone (`FOU spørgsmål
 * 289:`, a code the registry holds, so no other short word), the bill after the heading's own word (`Spørgsmål nr. B33
 * spm. 4:`, Transportministeriet 2013). Bounded spaces, one optional dash.
 */
export const HEADING_CASE_PREFIX = String.raw`(?:(?:\p{Lu}{2,5}\s{1,3})?alm\.\s?del\.?|${KNOWN_COMMITTEE_CODE}(?=\s{1,3}(?:samråds)?(?:spørgsmål|spm\.))|(?:(?:lov|beslutnings)forslag\s{1,3}|${KNOWN_COMMITTEE_CODE}(?:\s{1,3}[-–])?\s{1,3}|spørgsmål\s{0,3}nr\.\s{0,3}(?=${BILL_CODE}\s{1,3}(?:spørgsmål|spm\.)))?${BILL_CODE}|§\s?\d{1,3}|aktstykke(?:\s{1,3}(?:nr\.\s?)?\d{1,3})?)(?:\s{0,3}[-–])?\s{0,3}`

/**
 * A note in brackets after a question heading's number: `(alm. del)`, `(L 22)`, `(TRU alm. del)`, `(Alm. del – TRU)`,
 * `(2. samling)`.
 */
export const HEADING_NOTE = String.raw`\([^()]{1,30}\)`

/**
 * What a question heading may say after its number, up to its colon: `Spørgsmål nr. 671 (Alm. del) fra Folketingets
 * Retsudvalg:` (Justitsministeriet), `Spørgsmål nr. 45 af 3. maj 2012:`, `Spørgsmål 45 vedr. L 12:`, `Spørgsmål nr.
 * 45 stillet af Kim Christiansen (DF):`. The colon is required: without it such a line is a title or a sentence —
 * but after a dash the asker's words make it a heading, as a speech paper heads each samråd question (`Samrådsspørgsmål
 * A – stillet efter ønske fra Aaja Chemnitz (IA)`).
 */
export const HEADING_TAIL = String.raw`\s(?:fra|af|til|vedr\.?|vedrørende|stillet)\s[^:]{1,80}:|\s[-–]\s(?:stillet\s)?efter\sønske\sfra\s[^:]{1,80}`

/**
 * A question's number as its heading gives it: digits with an optional letter glued on (`128`, `12a`, `117A`), or a
 * samråd question's letters (`A`, `BA`, `Ø`). The heading patterns are case-insensitive, so this part reads any
 * letters; `isQuestionNumber` then holds the letters to capitals.
 */
export const HEADING_NUMBER_PART = String.raw`\d{1,5}\p{L}?|\p{L}{1,3}`

/** A samråd question's letters, which are capitals: `A`, `BA`, `Ø` — not `om`, `ad`, `til`. */
const SAMRÅD_LETTERS = /^\p{Lu}{1,3}$/u

/**
 * Whether what `HEADING_NUMBER_PART` read is a question's number: digits first (`12`, `12a`), or capitals (`E`, `BA`).
 * `Spm. om` is a title's start ("Spm. om …"), not a question numbered "om".
 */
export function isQuestionNumber(raw: string): boolean {
  return /^\d/u.test(raw) || SAMRÅD_LETTERS.test(raw)
}

/**
 * The form of a question heading: `Spørgsmål nr. 128:`, `Spørgsmål 46:`, `Spørgsmål:`, `Spørgsmål E`, `Spørgsmål nr. 1
 * til L 188:`, `Spørgsmål nr. 185 ad L 38:`, `Spørgsmål nr.: L 85`, `Spørgsmål nr. S 1188:`, `Spm. nr. 31:`, `Spørgsmål nr. 245 (alm. del):`,
 * `Spørgsmål nr. 31 (L 22):`, with a tail (`HEADING_TAIL`): `Spørgsmål nr. 671 (Alm. del) fra Folketingets
 * Retsudvalg:`, and with the case before it (`HEADING_CASE_PREFIX`): `URU alm. del spørgsmål 3:`, `L 195 Spørgsmål
 * 41:` — not the word `spørgsmålet` or `spørgsmålene` alone on a line (a wrapped sentence). Its number (group
 * `number`) is checked by `isQuestionNumber`, which the case-insensitive flag cannot do.
 */
const QUESTION_HEADING_FORM = new RegExp(
  String.raw`^\[?(?:${HEADING_CASE_PREFIX})?(?:samråds)?(?:spørgsmål|spm\.|spm(?=\s?\d))(?!(?:et|ene)\s*$)(?:\s*nr\.?|\s+nummer)?(?:\s*:)?(?:\s*(?:S\s*\d+|(?<number>${HEADING_NUMBER_PART})(?:\.(?=\s*\())?(?:\s+(?:til|ad)\s+${BILL_CODE_PART})?|${BILL_CODE_PART}))?(?:\s*${HEADING_NOTE})?(?:\s*:|${HEADING_TAIL})?\s*$`,
  'iu',
)

/** A test of one line's text, as a regular expression's `test` is. */
export interface LineTest {
  test(text: string): boolean
}

/**
 * A question heading on a line of its own (`QUESTION_HEADING_FORM`) whose number, if it gives one, is a question's
 * number: `Spørgsmål nr. 128:`, `Samrådsspørgsmål BA:`, `Spørgsmål E` — not `Spm. om` nor `Spørgsmål ad`.
 */
export const QUESTION_HEADING: LineTest = {
  test: (text: string): boolean => holdsP(text) && questionHeading(text),
}

/**
 * Whether `text` holds a `p` in either case, as every `QUESTION_HEADING_FORM` match does (`spørgsmål`, `spm.`; under
 * `/iu` no other character folds to `p`): a line without one (about half the lines asked) is told no heading by two
 * searches, without the memo's look-up, which hashes each new string it is given.
 */
function holdsP(text: string): boolean {
  return text.includes('p') || text.includes('P')
}

/** `QUESTION_HEADING`'s reading of a line, anew. */
function readQuestionHeading(text: string): boolean {
  const match = QUESTION_HEADING_FORM.exec(text)
  const number = match?.groups?.number
  return match !== null && (number === undefined || isQuestionNumber(number))
}

/** How many lines' question-heading answers are kept before the memo starts over: more than a document's lines. */
const QUESTION_HEADINGS_KEPT = 2048

/**
 * `readQuestionHeading` kept by the line's text: the layout and a dozen finders ask it of the same lines (about seven
 * times a line), and the match it reads allocates its groups each time.
 */
const questionHeading = readOnceByText(readQuestionHeading, QUESTION_HEADINGS_KEPT)

/**
 * A letter's salutation on a line of its own, which opens its text: `Kære Hans Christian Schmidt`, `Kære
 * beskæftigelsesudvalg`, `Kære formand,`, a title and a name (`Kære formand for Uddannelses- og forskningsudvalget
 * Katrine Robsøe`). Not a sentence that opens so (`Kære udvalg, jeg …` runs on).
 */
export const SALUTATION = /^Kære\s\p{L}[\p{L}.-]{0,30}(?:\s[\p{L}.-]{1,30}){0,7}\s?[,!]?$/u

/**
 * The greeting's words — `Med venlig hilsen`, `Venlig hilsen`, `Med venlige hilsner`, or an English letter's
 * (`ENGLISH_CLOSING`) — with `space` between them
 * (`\s+`; `\s?` where an old rendition ran them together, `Medvenlighilsen`): the one spelling every closing pattern
 * is built from. Its capitals are spelt out (`[Mm]ed`), so that a case-sensitive pattern may use it too.
 */
export function greetingWords(space: string): string {
  return `(?:(?:[Mm]ed${space})?[Vv]enlig(?:e)?${space}hils(?:en|ner)|${ENGLISH_CLOSING(space)})`
}

/**
 * The closings of letters in English on a committee's case (the Europe committee's to other parliaments, a
 * delegation's): `Yours sincerely`, `Yours faithfully`, `Kind regards`, `Best regards`, `Sincerely`.
 */
const ENGLISH_CLOSING = (space: string) => `[Yy]ours${space}(?:sincerely|faithfully)|(?:[Kk]ind|[Bb]est)${space}regards|[Ss]incerely`

/**
 * A greeting cut off in its last word, as a rendition stored up to a number of characters ends (`Med venlig hil`,
 * `Med venlig h`, `Med venl`): at least `Med venl`, at most one letter short of `Med venlig hilsen`.
 */
export const CUT_GREETING_WORDS = String.raw`Med\s+venl(?:i(?:g(?:e)?(?:\s+h(?:i(?:l(?:s(?:e)?)?)?)?)?)?)?`

/** `Venlig hilsen`, `Med venlig hilsen`, `Med venlige hilsner` at a line's start, also run together (`Medvenlighilsen`). */
export const CLOSING = new RegExp(String.raw`^${greetingWords(String.raw`\s*`)}\b`, 'iu')

/** A table's number: `1`, `2a`, `2.1`. */
const TABLE_NUMBER = String.raw`\d+(?:\.\d+)?[a-z]?`

/**
 * `Tabel 1`, `Tabel 2a`, `Tabel 2.1`, `Tabel 1. Bruttotilgang …`, `Tabel 1: …`, `Tabel 1 – …` (the dash not the
 * caption's); and a label without a number, as Word sets a caption whose numbering is off: `Tabel` alone on its line,
 * `Tabel: Forventet fald …` (group 1, the number, then absent).
 */
export const TABLE_LABEL = new RegExp(String.raw`^Tabel(?:\s+(${TABLE_NUMBER})\b\.?:?|\s*:|(?=\s*$))\s*(?:[-–—]\s+)?(\S.*|)$`, 'u')

/** A table label's opening, its number if any, and its end: the answer's tests of a label's block (`extract/answer.ts`). */
export const TABLE_LABEL_START = String.raw`^Tabel(?:\s+${TABLE_NUMBER})?`

/** The label a `TABLE_LABEL` match gives the table: `Tabel 1`, or `Tabel` where it has no number. */
export const tableLabelText = (match: RegExpExecArray): string => (match[1] === undefined ? 'Tabel' : `Tabel ${match[1]}`)

/** `Figur 1. Andel personer …` */
export const FIGURE_LABEL = /^Figur\s+(\d+[a-z]?)\b\.?:?\s*(\S.*|)$/u

/** `Anm.: Det er kun …`, `Anm: …`, `Note: …` */
export const NOTE = /^(?:Anm(?:ærkning)?\.?|Note)\s*:\s*/u

/** `Kilde: Jobindsats.dk.`, `Kilder: …` */
export const SOURCE = /^Kilder?\s*:\s*/u

/**
 * A footnote to a table's cells, set under it without `Anm.:` and opened by the mark it explains: `* Foreløbige tal.`,
 * `¹ Opgjort efter ny metode.`, `** Skøn`. A capital letter follows (a sentence, not a sum `* 2`) — or, after a bracket
 * closing the mark, any letter: `¹) angivet i 1.000 helårspersoner`, `*) Skøn`.
 */
export const MARKED_NOTE = /^(?:\*{1,4}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?:\s?\p{Lu}|\)\s?\p{L})/u

/**
 * The banner a trial PDF converter set at each page's end in ft.dk's renditions of 2007–09 — the page's furniture,
 * alone on its line (`layout/roles.ts`) or run into a paragraph where a page broke it (`extract/furniture.ts`).
 */
export const CONVERTER_BANNER_TEXT = 'PDF to HTML - Convert PDF files to HTML files'

/** A note's opening mark and the letter after it, in any case: `*til og med 8. september 2019`, `¹ opgjort …`. */
const NOTE_MARK = /^(\*{1,4}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\)?\s?\p{L}/u

/**
 * Whether a line is a note to one of `cells` (a heading `2019*`, a value `1.234¹`): it opens with the mark that cell
 * ends in (not a longer run of it: `**` is not `*`'s), then a letter in any case (`*til og med 8. september 2019`),
 * where `MARKED_NOTE`, which knows no cell, needs a capital.
 */
export function notesCell(text: string, cells: readonly string[]): boolean {
  const mark = NOTE_MARK.exec(text.trim())?.[1]
  if (!mark) return false
  const first = mark.charAt(0)
  return cells.some((cell) => {
    const trimmed = cell.trimEnd()
    return trimmed.length > mark.length && trimmed.endsWith(mark) && trimmed.at(-mark.length - 1) !== first
  })
}

/**
 * List bullets: `–`, `-`, `•`, `▪`, LibreOffice's private-use U+F095/U+F0B7, `1)`, `a)`, `A)`, `1.`.
 * A bullet must be followed by a space; `1.` only before a capital, so that `1. januar 2020` is not an item.
 */
export const BULLET = /^(?:[–•▪●◦\-\u{F095}\u{F0B7}\u{F0A7}]\s+|\d{1,2}\)\s+|\d{1,2}\.\s+(?=\p{Lu})|[a-zA-Z]\)\s+)/u

/** An ordered bullet: `1)`, `2.`, `a)`. */
export const ORDERED_BULLET = /^(?:\d{1,2}\)\s+|\d{1,2}\.\s+(?=\p{Lu})|[a-zA-Z]\)\s+)/u

/**
 * Whether `text` opens an item of a list or of the notes (`2. Justitsministerens besvarelse af …`, `b) …`): it opens
 * with an ordered bullet where a sentence may start — the line before, if any, ends one. A line the wrapping began with
 * a number that closes a bracket (`… (EUU alm. del – spørgsmål` / `10) vedlægges …`) goes on with its sentence.
 */
export function opensListItem(text: string, previous: string | undefined): boolean {
  return ORDERED_BULLET.test(text) && (previous === undefined || ENDS_SENTENCE.test(previous))
}

/** A line that ends its sentence or announcement (`.`, `!`, `?`, `:`), trailing spaces allowed. */
export const ENDS_SENTENCE = /[.!?:]\s*$/u

/**
 * A speech paper's head on a line of its own: `Talepapir (det talte ord gælder)`, `TALEPAPIR – DET TALTE ORD GÆLDER`,
 * `TALE`, `Talepunkter`, `Taleseddel`, `Samrådstale`, also as a label (`Tale:`).
 */
export const SPEECH_TITLE =
  /^(?:(?:samråds)?tale(?:papir|punkt(?:er)?|manuskript|seddel)?)(?:\s{0,3}[(–-]\s{0,3}det\s+talte\s+ord\s+gælder\)?)?:?\s*$/iu

/**
 * The first words of a speech at a consultation: `Tak for ordet`, `Tak for invitationen`, `Mange tak for ordet` — a
 * speech paper that has no head saying so (`TALE`) opens with them.
 */
export const SPEECH_OPENING = /^(?:Mange\s+)?[Tt]ak\s+for\s+(?:ordet|invitationen)\b/u

/**
 * `spørgeren` (the one who asked, in the definite form) or `spørgsmålsstilleren`, as a minister answering in the
 * chamber or in a samråd speaks of the member: a word of the Folketing's questions and answers, not of a private
 * letter or a list.
 */
export const ASKER_SPOKEN_OF = /(?<!\p{L})(?:[Ss]pørgeren|[Ss]pørgsmålsstilleren)s?(?!\p{L})/u

/** A speech paper's banner alone on its line: `Det talte ord gælder`, `(DET TALTE ORD GÆLDER)`. */
export const SPEECH_BANNER = /^\(?det\s+talte\s+ord\s+gælder\)?[.!]?$/iu

/** Words of a line of running text; a letterhead's lines (`Dato: 14. marts 2008`, `Fil-navn: …`) have fewer. */
export const RUNNING_LINE_WORDS = 6

/**
 * Whether a line reads as running text: six words or more, most of them in lower case — or a speech's first words,
 * however short their line (`Tak for ordet.`).
 */
export function readsAsRunningText(text: string): boolean {
  if (SPEECH_OPENING.test(text)) return true
  const words = text.split(/\s+/u)
  return words.length >= RUNNING_LINE_WORDS && words.filter((word) => /^\p{Ll}/u.test(word)).length * 2 > words.length
}

/**
 * `TALE` alone on a line, or the label `Tale:` (`TALE:`): the head of a consultation speech paper, the speech under it
 * (`… Sags nr. / Akt-id / 2024 - 4336 / Tale: / Tak for spørgsmålet.`). Not `Tale` in running text, with no colon.
 */
export const SPEECH_HEAD = /^(?:TALE:?|Tale:)\s*$/u

/** A year as a table's column heading: `2013`, `2024*` (a star for provisional figures). */
export const YEAR_HEADING = /^(?:19|20)\d{2}\*?$/u

/** `Bilag 1`, `Bilag A:`, `Bilag`, `Appendiks 2.` alone on a line: an annex begins. */
export const ANNEX_HEADING = /^(?:Bilag|Appendiks)(?:\s+(?:\d{1,2}|[A-ZÆØÅ]))?\s*[.:]?$/u

export function isBlockStart(text: string): boolean {
  return (
    ANNEX_HEADING.test(text) ||
    ANSWER_HEADING.test(text) ||
    QUESTION_HEADING.test(text) ||
    CLOSING.test(text) ||
    SALUTATION.test(text) ||
    TABLE_LABEL.test(text) ||
    FIGURE_LABEL.test(text) ||
    NOTE.test(text) ||
    SOURCE.test(text) ||
    MARKED_NOTE.test(text) ||
    BULLET.test(text)
  )
}

/** `Ad 1)`, `Ad a.`, `Ad spørgsmål 2:` alone on a line: the head of one part of an answer to a question in parts. */
export const PART_HEADING = /^Ad\s+(?:spørgsmål\s+)?(?:\d{1,3}|[a-zæøå])(?:\s*\))?\s*[.:]?$/iu

/** Whether a line is a heading by its words (an answer's, a question's, a speech's or a part's), anew. */
function readHeading(text: string): boolean {
  return ANSWER_HEADING.test(text) || QUESTION_HEADING.test(text) || SPEECH_HEAD.test(text) || PART_HEADING.test(text)
}

/** How many lines' heading answers are kept before the memo starts over: more than a document's lines. */
const HEADINGS_KEPT = 2048

/**
 * `readHeading` kept by the line's text: the run-in headings, the lost hyphens and the block builder ask it of every
 * line in turn (three times a line; four patterns each time). The patterns keep no state (none is global).
 */
const heading = readOnceByText(readHeading, HEADINGS_KEPT)

export function isHeading(text: string): boolean {
  return heading(text)
}

/**
 * Folketingstidende's address line under a § 20 question's number (webarkiv.ft.dk's pages of 1997–2007): `Til
 * statsministeren (14/1 04) af:`, `Til ministeren for flygtninge, indvandrere og integration (3/5 05) af:`.
 */
export const TIDENDE_ADDRESS = /^Til\s[\p{L},\s-]{3,90}\(\d{1,2}\/\d{1,2}\s\d{2}(?:\d{2})?\)\s*af:$/u

/**
 * A member and party: a name of two to five capitalised words (a particle allowed before one: `Lise von Seelen`) and
 * the party's letters in brackets.
 */
export const NAME_AND_PARTY = String.raw`\p{Lu}[\p{L}'-]+(?:\s(?:${NAME_PARTICLES}\s)?\p{Lu}[\p{L}'.-]*){1,4}\s\(\p{Lu}{1,3}\)`

/** `Søren Søndergaard (EL):`, `Anne-Marie Meldgaard (S):` — the asker's line of Folketingstidende's head. */
export const TIDENDE_ASKER = new RegExp(`^${NAME_AND_PARTY}:$`, 'u')

/**
 * `Statsministeren (Anders Fogh Rasmussen):`, `Ministeren for fødevarer, landbrug og fiskeri (Hans Chr. Schmidt):`, a
 * title of joined offices (`Indenrigs- og sundhedsministeren (Lars Løkke Rasmussen):`, up to three words before the
 * last) — the minister's title and, in parentheses, the minister's name.
 */
export const TIDENDE_SPEAKER =
  /^(?:\p{Lu}[\p{Ll}-]*(?:,?\s(?:og\s)?\p{Ll}[\p{Ll}-]*){0,3}m|M)inister(?:en)?(?:\sfor\s[\p{L},\s-]{3,80})?\s\(\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){1,4}\):$/u

/**
 * The enclosure mark set in the margin beside the sentence that names an enclosure: `./.`, `. / .` (a pipe after it
 * where the rendition drew a table's cell: `. / . |`). Not the letter's words: a paragraph drops it from its start,
 * and a line is read for its words without it (`. / .               Jeg kan som svar på …`).
 */
export const ENCLOSURE_MARK = /^\.\s?\/\s?\.(?:\s*\|)?(?:\s+|$)/u

/**
 * The enclosure mark after a sentence, where the rendition ran its line on after the sentence it stood beside
 * (`… drøftelse af regionernes redegørelser. ./.`, `… som oplyser følgende: ./.`), or ran the next sentence on after
 * it (`… følgende: ./. ”Sundhedsstyrelsen kan …`): not the letter's words either.
 */
export const ENCLOSURE_MARK_END = /(?<=[.!?:”"»)])\s+\.\s?\/\s?\.(?=\s*$|\s+[”“"»„\p{Lu}])/gu

/**
 * A footnote's number set alone under the table heading it marks: `1` … `9` (text renditions set it on a line of its
 * own, PDFs on a line of the header's own under the heading).
 */
export const HEADING_FOOTNOTE_MARK = /^[1-9]$/u
