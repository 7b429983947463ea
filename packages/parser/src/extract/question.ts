/**
 * The question: under "Spørgsmål nr. 128:" (or "Spørgsmål:", "Spørgsmål E", "Spørgsmål 213"), up to the
 * answer heading, or — where there is no heading — the quoted paragraph after the preamble.
 */

import { ANSWER_LABEL } from '../layout/margin-labels.js'
import {
  ANSWER_HEADING,
  CLOSING,
  DASH_ALONE,
  HEADING_NOTE,
  HEADING_NUMBER_PART,
  HEADING_TAIL,
  isQuestionNumber,
  KNOWN_COMMITTEE_CODE,
  QUESTION_HEADING,
  SPEECH_BANNER,
  SPEECH_HEAD,
  SPEECH_OPENING,
} from '../layout/markers.js'
import { finishesOpenSentence, sentenceBeforeDash } from '../layout/roles.js'
import { BILL_CODE, BILL_CODE_PART } from '../util/bill.js'
import { CASE_DOCUMENT_CODE } from '../util/case-document.js'
import { parseDateLine } from '../util/dates.js'
import { hot } from '../util/hot-patterns.js'
import { joinLines, joinWholeLines } from '../util/hyphenation.js'
import { firstQuotationEnd, isMixedClose, isWhollyQuoted, openQuotes } from '../util/quotes.js'
import { ASKED_FOR, ASKER_SENTENCE, ASKER_SENTENCE_SOURCE, PARTY_ALONE } from './asker-sentence.js'
import { COMMITTEE_BEHALF_ABBREVIATION } from './closing.js'
import type { Context } from './context.js'
import { isTidendeHead, NAME_AND_PARTY } from './folketingstidende.js'
import { isPageText, type Line } from './lines.js'
import { isNumberedQuestion, NUMBERED_QUESTION } from './numbered-questions.js'
import { speechHeadQuestion } from './samraad-named.js'

/** The word that makes a request about the answer a deadline: `… besvaret senest …`, `… oversendt inden …`. */
const DEADLINE = '(?:senest|inden|før|forud|snarest|hurtigst)'

/** Lines that end a question in a question letter. */
const QUESTION_END = [
  ANSWER_HEADING,
  CLOSING,
  // `Spørgsmålet er stillet efter ønske fra …`, `Spørgsmålene …`, `Samrådet …`, also in brackets.
  ASKER_SENTENCE,
  // `Stillet efter ønske fra …`, `Efter ønske fra …`, `Stillet på foranledning af … (SF)`
  new RegExp(String.raw`^(?:stillet\s+)?${ASKED_FOR}\s`, 'iu'),
  // The asker labelled: `Spørger: Kim Christiansen (DF)`, `Stillet af: …`, `Spørgsmålsstiller: …`
  /^(?:Spørger(?:en)?|Stillet\s+af|Spørgsmålsstiller)\s*:/u,
  new RegExp(String.raw`^(?:På\s+udvalgets\s+vegne|${COMMITTEE_BEHALF_ABBREVIATION})`, 'u'),
  /^Svar\s+bedes\s+sendt/u,
  // The deadline asked for, in other words: `Spørgsmålet bedes besvaret senest 2 dage inden …`, `Svaret bedes oversendt
  // senest to dage før besvarelsen af samrådsspørgsmål N.`, `Besvarelsen bedes sendt til udvalget senest …`.
  // Not how it is to be answered, which is the question's own (`Spørgsmålet bedes besvaret opdelt på regioner.`).
  new RegExp(
    String.raw`^(?:Spørgsmål(?:et|ene)|Svar(?:et|ene)?|Besvarelse(?:n|rne))\s+(?:bedes|ønskes)\s+(?:besvaret|(?:over|frem)?sendt)(?:\s+til\s+\p{L}+)?\s+${DEADLINE}\b`,
    'u',
  ),
  // A § 20 question letter's: the number note after the question, the asker's reasons under their heading, the
  // Lovsekretariat's signature (`(Spm. nr. S 57).` / `Begrundelse` / `På Folketingets formands vegne`).
  /^\(Spm\.\s?nr\.\s?S\s?\d{1,5}\)\.?$/u,
  /^Begrundelse:?$/u,
  /^På\s+Folketingets\s+formands\s+vegne/u,
  // A speech paper's label over the speech (`Tale:`, `TALE`), as an answer's heading is over the answer.
  SPEECH_HEAD,
]

/** The words of the § 20 question letter's title after its sign: `spørgsmål til skriftlig besvarelse`. */
const SECTION20_TITLE_WORDS = String.raw`spørgsmål\s?til\s?(?:skriftlig|mundtlig)\s?besvarelse\b`

/**
 * The title of the Folketing's § 20 question letter: `§ 20-spørgsmål til skriftlig besvarelse`, `§ 20-SPØRGSMÅL TIL
 * SKRIFTLIG BESVARELSE`, a question for oral answer's `§ 20-SPØRGSMÅL TIL MUNDTLIG BESVARELSE` (with the day of the
 * answer after it, `DEN 18. JANUAR 2017`), also with its word gaps lost where a letter-spaced line was collapsed
 * (`§20-SPØRGSMÅLTILSKRIFTLIGBESVARELSE`).
 */
export const SECTION20_LETTER_TITLE = new RegExp(String.raw`^§\s?20\s?-\s?${SECTION20_TITLE_WORDS}`, 'iu')

/** `§ 20` alone on its line: the title's first part where the layout broke it after the paragraph's sign. */
const SECTION20_ALONE = /^§\s?20$/u

/** The title's rest on the line after `§ 20`: `spørgsmål til mundtlig besvarelse den 6. november 2024`. */
const SECTION20_TITLE_REST = new RegExp(`^${SECTION20_TITLE_WORDS}`, 'iu')

/**
 * Whether a line is the § 20 question letter's title (`SECTION20_LETTER_TITLE`) or one of its two parts where the
 * layout broke it after the sign (`§ 20` / `spørgsmål til mundtlig besvarelse den 6. november 2024`).
 */
export function isSection20Title(line: Line, lines: readonly Line[]): boolean {
  if (SECTION20_LETTER_TITLE.test(line.text)) return true
  const text = line.text.trim()
  if (SECTION20_ALONE.test(text)) return SECTION20_TITLE_REST.test(titlePart(lines, line.index, 1))
  if (DASH_ALONE.test(text))
    return (
      SECTION20_ALONE.test(lines[line.index - 1]?.text.trim() ?? '') && SECTION20_TITLE_REST.test(lines[line.index + 1]?.text.trim() ?? '')
    )
  return SECTION20_TITLE_REST.test(text) && SECTION20_ALONE.test(titlePart(lines, line.index, -1))
}

/** The text of the title's next (`step` 1) or previous (-1) part from line `index`, past a dash alone between. */
function titlePart(lines: readonly Line[], index: number, step: 1 | -1): string {
  const near = lines[index + step]?.text.trim() ?? ''
  return DASH_ALONE.test(near) ? (lines[index + 2 * step]?.text.trim() ?? '') : near
}

/**
 * The day of the oral answer under a § 20 letter's title, in capitals and letter-spaced as PDF-to-text gives it
 * (`DE N 3 . M AJ 2 01 7`), tested with its spaces taken out: the title's, not the question's.
 */
const TITLE_DATE_SPACED = /^DEN\d{1,2}\.\p{Lu}{3,9}\d{4}$/u

/**
 * A question letter's labelled field above the question: `Til: Ældreministeren`, `Dato: 16. oktober 2017`, `Stillet
 * af: Kirsten Normann Andersen (SF)`, `Spørger: …`, `Medspørger: …`. Passed over before the question's first line; after it, an asker
 * labelled ends the question (`QUESTION_END`).
 */
const LABELLED_HEAD_FIELD = /^(?:Til|Dato|Stillet\saf|Spørgere?|Medspørgere?|Fra):\s?\S/u

/** A question letter's field naming the minister asked or the asker: `Til: …`, `Stillet af: …`, `Spørger: …`. */
const QUESTION_HEAD_FIELD = /^(?:Til|Stillet\saf|Spørgere?):\s?\S/u

/**
 * Whether a line stands next to a question letter's own labelled field (`QUESTION_HEAD_FIELD`): a date alone there is
 * the question's, its label dropped where the labels were stacked (`layout/text/stacked-labels.ts`: `Til:
 * Ældreministeren` / `16. oktober 2017` / `Stillet af: …`).
 */
export function besideQuestionField(line: Line, lines: readonly Line[]): boolean {
  const near = [lines[line.index - 1]?.text, lines[line.index + 1]?.text]
  return near.some((text) => text !== undefined && QUESTION_HEAD_FIELD.test(text))
}

/** The asker alone on a line after the question: `Kim Christiansen (DF)`, `Anne-Marie Meldgaard (S).` */
const ASKER_LINE = new RegExp(`^${NAME_AND_PARTY}\\.?$`, 'u')

/** A sentence's end, where the asker's line may follow the question: `?`, `.`, a closing quote. */
const QUESTION_SENTENCE_END = /[?.!”"»“«]$/u

/** A page's number alone on a line between a question's lines: `2/3`, `Side 2 af 3`. */
const PAGE_MARK = /^(?:Side\s)?\d{1,3}\s?(?:\/|af)\s?\d{1,3}$/u

/**
 * `Spørgsmål nr. 128:`, `Spørgsmål 46:`, `Spørgsmål E`, `Samrådsspørgsmål Ø`, `Spm. nr. 31:` → `128`, `46`, `E`, `Ø`,
 * `31`; the bill after `til`. A case in parentheses after the number (`(alm. del)`, `(L 22)`) is passed over, and a full
 * stop before it (`Spørgsmål nr. 57. (alm. del)`; a full stop alone ends a sentence: `… jf. spm. 325.`).
 */
const HEADING_NUMBER = new RegExp(
  String.raw`(?:spørgsmål|spm\.|spm(?=\s?\d))(?:\s*nr\.?|\s+nummer)?\s*(?::\s*)?(?:S\s*(?=\d))?(${HEADING_NUMBER_PART})(?:\.(?=\s*\())?(?:\s+til\s+(${BILL_CODE}))?(?:\s*${HEADING_NOTE})?(?:\s*:|${HEADING_TAIL})?\s*$`,
  'iu',
)

/**
 * A question heading's number and bill (`HEADING_NUMBER`), if its number is a question's (`isQuestionNumber`): `Spm.
 * om` gives none.
 */
function headingMatch(text: string): RegExpExecArray | undefined {
  const match = HEADING_NUMBER.exec(text)
  return match?.[1] !== undefined && isQuestionNumber(match[1]) ? match : undefined
}

/** The number or letter a question heading gives (`Spørgsmål nr. 92:` → `92`), or undefined. */
export function headingNumber(text: string): string | undefined {
  return headingMatch(text)?.[1]
}

/**
 * A bill named before a question heading's word: `Beslutningsforslag B 137 - spørgsmål nr. 2:`, `L 195 Spørgsmål 41:`,
 * `Spørgsmål nr. B33 spm. 4:`, after the committee's code (`FOU B 26 – spørgsmål 3:`, `FOU – B 122 spørgsmål 12:`).
 */
const BILL_BEFORE_HEADING = new RegExp(
  String.raw`^(?:(?:lov|beslutnings)forslag\s{1,3}|spørgsmål\s{0,3}nr\.\s{0,3}|${KNOWN_COMMITTEE_CODE}(?:\s{1,3}[-–])?\s{1,3})?(${BILL_CODE_PART})(?:\s{0,3}[-–])?\s{0,3}(?:spørgsmål|spm\.)`,
  'iu',
)

/** The bill in `Spørgsmål nr.: L 85` (the number follows on the next line: `spørgsmål 11`). */
const HEADING_BILL = new RegExp(String.raw`spørgsmål\s*nr\.?\s*(?::\s*)?(${BILL_CODE_PART})\s*$`, 'iu')

export interface QuestionResult {
  /** How the question was found. */
  rule:
    | 'question-heading'
    | 'quoted-paragraph'
    | 'announced-paragraph'
    | 'question-page'
    | 'before-answer-label'
    | 'spoken-question'
    | 'speech-form'
  /**
   * No answer heading followed an unquoted question under its heading: `cut` when the question was ended at a
   * question mark that ends a paragraph, `open` when nothing ended it (it may run on into the answer).
   */
  unheaded?: 'cut' | 'open'
  text: string
  numbers: string[]
  bill?: string
  lines: Line[]
  /**
   * Where the question starts in its first line, when the line holds the head's words before it (a preamble and
   * the question run into one line: `… den 12. maj 2005 Spørgsmål 55: ”…`); undefined where the question opens it.
   */
  startsAt?: number
  /** Index in the line view where the question ends (exclusive). */
  end: number
  /** Each heading's own question, in order (more than one where the document asks several questions). */
  headings?: HeadingQuestion[]
  /** Several questions each followed by its own answer heading (Q1, Svar, Q2, Svar), rather than all before one. */
  interleaved?: boolean
  /** A page of the question's words alone (`bareQuestionPage`): nothing on it says what kind of question it is. */
  kindUnsaid?: boolean
}

/** One question heading and the question under it. */
export interface HeadingQuestion {
  /** The number or letter the heading gives (`128`, `E`), where it gives one. */
  number: string | undefined
  heading: Line
  /** The question's own lines (empty where the heading has none). */
  lines: Line[]
  /** The question without its quotes, paragraphs separated by a blank line. */
  text: string
}

/**
 * The head of a ministry's answer to a § 20 question, between `Spørgsmål nr. S 800` and `Spørgsmål:` (or the question
 * itself): `Stillet den 14. januar 2010`, `Stillet af Mogens Jensen (S) den 14. januar 2010`, `Stillet til
 * kulturministeren`, `Svar til folketingsmedlem Mogens Jensen (S) fra kulturministeren.`, `Til folketingsmedlem …`.
 * Capitalised: the sentence `Spørgsmålet er stillet …` and a wrapped `stillet den …` are not heads.
 */
const S_ANSWER_HEAD = /^(?:Stillet\s(?:den|d\.|af|til)\s|(?:Svar\s)?[Tt]il\sfolketingsmedlem\s)/u

/**
 * ft.dk's page fields under a question on its page: `Dato: 16-11-2004`, `Status: Endeligt besvaret`; and a letter's
 * label column set after the question, each label alone on its line, its values after (`Dato:` / `Enhed:` /
 * `Sagsnr.:` / `Dok.nr.:`; Forsvarsministeriet, 2021).
 */
const PAGE_FIELD =
  /^(?:(?:Dato|Status|Dokumentdato|Modtaget|Omdelt):\s|(?:Dato|Enhed|Kontor|Sagsbeh|Sags\s?nr|Dok\.?\s?nr|J\.\s?nr|Akt-?id)\.?:$)/u

/**
 * Sentences that follow the question in a question letter, glued to it in older renditions — the deadline asked for
 * (`Svaret bedes oversendt …`, `Spørgsmålet bedes besvaret senest …`) in the group `deadline`; also the asker's
 * sentence's first words glued to the question's last, the rest on the next line (`… 28. marts 2003.Spørgsmålet er` /
 * `stillet efter ønske fra …`), which ended the question; and the asker's label after the question's last sentence on
 * its line (`… afsat et mindre beløb? Spørger: Christine Antorini (S)`, a case page set on one line).
 */
const AFTER_QUESTION = new RegExp(
  String.raw`(?<!\s)\s*(?:${ASKER_SENTENCE_SOURCE}|(?<deadline>Svaret?\s+bedes\s+(?:over|frem)?sendt\b|Spørgsmålet\s+bedes\s+besvaret\s+${DEADLINE}\b)|På\s+udvalgets\s+vegne\b).*$|(?<=[.?!”"])\s*(?:Samrådss|S)pørgsmål(?:et|ene)(?:\s+er)?\s*$|(?<=[.?!”"])\s*(?:Med)?[Ss]pørgere?:\s*\p{Lu}.*$`,
  'su',
)

/**
 * Cheap literal test before `AFTER_QUESTION`: a word each of its sentences holds — the question (`Spørgsmålet`,
 * `Samrådsspørgsmålet`), the samråd (`Samrådet er stillet`), the shortened question (`Spm. stillet`), the answer
 * (`Svaret bedes sendt`), the committee's closing (`På udvalgets vegne`), the asker's label (`Spørger:`).
 */
const AFTER_QUESTION_WORDS = /pørgsmål|Samråd|Spm\.|Svar|vegne|pørger/u

/**
 * `text` without the sentences after the question (`AFTER_QUESTION`) — but a deadline inside the question's own
 * quotes, before its closing quote, is the committee's words in the question and stays (`”… foretog undersøgelsen af
 * Fiskeristyrelsen? Svaret bedes oversendt forud for besvarelsen af samrådsspørgsmål AD.”`, MOF 2024); outside them
 * (`…i området?` / `Svaret bedes oversendt senest to dage før …`) it goes.
 */
function withoutSentencesAfter(text: string): string {
  if (!AFTER_QUESTION_WORDS.test(text)) return text
  const match = AFTER_QUESTION.exec(text)
  if (!match) return text
  const cut = text.slice(0, match.index)
  if (match.groups?.deadline && isWhollyQuoted(text.trim()) && !isWhollyQuoted(cut.trim())) return text
  return cut
}

/** The case named before the question on its line: `Alm. del – ”Vil …`, `BEU alm. del - Vil …`, `L 22 – ”Vil …`. */
const CASE_PREFIX = /^(?:(?:\p{Lu}{2,5}\s+)?[Aa]lm\.\s*del|L\s?\d{1,3})\s*[–-]\s+(?=[”“"»„]?\p{Lu})/u

/** A quote opening a question: ”, “, ", », „, or two single quotes set for a double one (`’’Hvor stort …?”`). */
const OPEN_QUOTE = /^(?:[”“"»„]|[’‘']{2})\s*/u

/** A quote closing a question, with the full stop some letters set after it: `…?”`, `…?”.`, `…«`. */
const CLOSE_QUOTE = hot(/(?<!\s)\s*[”“"«]\.?$/u)

/**
 * Single quotes around the whole question, as some letters set them: `’Vil ministeren …?’`, or two of them for a
 * double one (`’’Vil udenrigsministeren redegøre …?’’`, as `OPEN_QUOTE` reads one opening).
 */
const SINGLE_QUOTED = /^[’‘]{1,2}([^’‘].*[^’‘])[’‘]{1,2}\.?$/su

/** A quotation mark between two letters (`et”skal”`): a glued rendition lost the space before an opening mark. */
const MARK_BETWEEN_LETTERS = hot(/(?<=\p{L})[”"](?=\p{L})/gu)

/**
 * Strip the quotes around a question: ”…”, "…", »…«, „…“, ’…’ (single quotes only when at both ends), and a full
 * stop after the closing quote (`…DG9333A?”.`). Quotes inside the question stay, a quotation it quotes too:
 * `”Hvad er regeringens svar til Robert, der spurgte: »Hvorfor …?«?”` keeps `»Hvorfor …?«?`. Paragraphs each in
 * quotes of their own (`”Vil … A?”` / `”Vil … B?”`) lose each their own; one quotation that closes before the text
 * ends (`”Vil … A?” og ”Vil … B?”`) is no quote around the whole and stays as it is. Square brackets around the
 * whole (a speech paper's template: `[Vil ministeren …?]`, or its closing one alone) go too.
 */
export function unquote(text: string): string {
  const trimmed = withoutDoubledClose(
    daggerAsQuote(withoutNumberNote(unbracketed(withoutSentencesAfter(text).trim())).replace(CASE_PREFIX, '')),
  )
  const single = SINGLE_QUOTED.exec(trimmed)?.[1]?.trim()
  if (single) return single
  if (isWhollyQuoted(trimmed)) return stripQuotes(trimmed)
  // An inner quotation's opening mark glued to the word before it (`… et ”bør” og ikke et”skal”, at …`, an old
  // rendition's lost space) reads as closing the outer one: read again with the space back.
  const spaced = trimmed.replace(MARK_BETWEEN_LETTERS, ' $&')
  if (spaced !== trimmed && isWhollyQuoted(spaced)) return stripQuotes(trimmed)
  const parts = trimmed.split(PARAGRAPH_BREAK)
  if (parts.length > 1 && parts.every(isWhollyQuoted)) return parts.map(stripQuotes).join('\n\n')
  // The quotation, then the committee's reference outside it: `”Vil …?”` / `Der henvises til …`, or `”Vil …?” Der
  // henvises til …` in one paragraph.
  const [first = '', ...rest] = parts
  if (rest.length > 0 && isWhollyQuoted(first) && rest.every((part) => QUESTION_REFERENCE.test(part))) {
    return [stripQuotes(first), ...rest].join('\n\n')
  }
  const closed = firstQuotationEnd(trimmed)
  const after = closed === undefined ? '' : trimmed.slice(closed + 1).trim()
  if (closed !== undefined && QUESTION_REFERENCE.test(after)) return `${stripQuotes(trimmed.slice(0, closed + 1))} ${after}`
  // Quoted, but the quotation closes before the end and another stands after it: the quotes are the text's own.
  if (closed !== undefined && CLOSE_QUOTE.test(trimmed)) return trimmed
  const opened = trimmed.replace(OPEN_QUOTE, '')
  // A closing quote goes with an opening one, or stands alone (its opening lost): where the text holds no other mark,
  // or every quotation it opens closes before it (`… en »ekstra« … afskaffelse?”`); not `… om at, ”der er …”.`
  const body = trimmed.replace(CLOSE_QUOTE, '')
  const closes = opened !== trimmed || !/[”“"«»„]/u.test(body) || (body !== trimmed && openQuotes(body).length === 0)
  const stripped = closes ? opened.replace(CLOSE_QUOTE, '') : opened
  return stripped === trimmed ? trimmed : stripped.trim()
}

/**
 * A question in square brackets, as a speech paper's template sets its parts (`[Vil ministeren …?]`, `[Indledning]`),
 * the opening one perhaps before the heading (`[Spørgsmål AE:` / `Vil ministeren …?]`): no other bracket inside.
 */
const BRACKETED = /^\[?([^[\]]+)\]$|^\[([^[\]]+)\]?$/su

/** The text without square brackets around the whole of it (`BRACKETED`), else as it is. */
function unbracketed(text: string): string {
  if (!text.startsWith('[') && !text.endsWith(']')) return text
  const match = BRACKETED.exec(text)
  return (match?.[1] ?? match?.[2])?.trim() ?? text
}

/** Every quotation mark a question may hold. */
export const QUOTE_MARKS = /[”“"«»„]/gu

/** Two closing marks at a quoted question's end. */
const DOUBLED_CLOSE = /[”“"«]{2}\.?$/u

/**
 * A quoted question whose closing mark is doubled and that holds no other mark (`"… bilag 60”"`, `”… bilag 60”"`,
 * `’’… bilag 60”"`): the last mark dropped, so that the quotation reads as one whatever its marks.
 */
function withoutDoubledClose(text: string): string {
  const opened = text.replace(OPEN_QUOTE, '')
  if (opened === text || !DOUBLED_CLOSE.test(opened) || (opened.match(QUOTE_MARKS)?.length ?? 0) !== 2) return text
  return text.replace(/[”“"«](\.?)$/u, '$1')
}

/**
 * A dagger at a question's start or end: a quote of a text decoded twice, whose quote's last byte was lost and the
 * no-break space after it taken in its place (`â€` + NBSP read back as `†`: `†Ministeren bedes oplyse …†`). No
 * question opens or ends with a dagger; read as the quote it was. (A dagger inside the text is left as it is.)
 */
const DAGGER_AT_START = /^†\s?/u
const DAGGER_AT_END = /(?<=\S)†(\.?)$/u

/** The text with a dagger at its start or end read as a quote (`DAGGER_AT_START`). */
function daggerAsQuote(text: string): string {
  if (!text.includes('†')) return text
  return text.replace(DAGGER_AT_START, '”').replace(DAGGER_AT_END, '”$1')
}

/** A blank line between paragraphs, as `paragraphs` joins them. */
const PARAGRAPH_BREAK = /\n\n/u

/** The text of a quotation without its opening and closing quote (and a full stop after it). */
function stripQuotes(quoted: string): string {
  return quoted.replace(OPEN_QUOTE, '').replace(CLOSE_QUOTE, '').trim()
}

/**
 * Whether the quotation the lines open is still open after them: the question quotes someone and the line that
 * ends with a closing mark closed only the inner quotation (`… udtalte: »Det gør vi ikke«` / `, og vil ministeren
 * …?”`). Where the mark ending the lines is the one the open quotation waits for (`”… modtager ”hjælp†…”`, an
 * inner quote's closing lost), the quotation is taken to close there, as a quote of that style would.
 */
function stillQuoting(lines: readonly Line[]): boolean {
  const { text, last, inner } = lastMark(lines)
  // The last mark closes an inner quotation opened with the other of `"` and `”`, and the outer stays open (`"… ”inner
  // … ."`: mixed marks, `openQuotes`): still quoting. Where it is the inner one's own mark, it may as well close both.
  if (inner.length > 1 && isMixedClose(inner.at(-1), last)) return true
  const open = openQuotes(text)
  return open.length > 0 && !open.includes(last)
}

/**
 * The lines' text (joined by spaces), the quote mark that ends it (`LAST_MARK`; '' for none), and the quotations open
 * just before that mark (`openQuotes`; none where no mark ends the text).
 */
function lastMark(lines: readonly Line[]): { text: string; last: string; inner: string[] } {
  const text = lines.map((line) => line.text).join(' ')
  const last = LAST_MARK.exec(text)?.[1] ?? ''
  return { text, last, inner: last ? openQuotes(text.slice(0, text.lastIndexOf(last))) : [] }
}

/** A sentence's end before the quote mark that ends a text: `…?”`, `… 2020.”`, `…!«`. */
const SENTENCE_BEFORE_MARK = /[?.!…]\s*[”“"«]\s*$/u

/** A bracket opening with a capital: a quoted title's source (`(Arbejderbevægelsens Erhvervsråd, 8. august 2016)`). */
const BRACKET_CAPITAL = /^\(\p{Lu}/u

/**
 * Whether `next` goes on with the sentence after the closing quote that ends `lines`: in lower case, or a bracket
 * (`GOES_ON_AFTER_QUOTE`); or, where that quote closed a title quoted inside the question with no sentence ended
 * before it (`… analysen ”Næsten hver 3. akademikerbarn går i privatskole”`), a bracket opening with a capital that
 * names the title's source (`(Arbejderbevægelsens Erhvervsråd, 8. august 2016), som viser …`) — not the asker's
 * sentence in brackets (`(Spørgsmålet er stillet …)`), which ends the question — or a dash that goes on with the
 * sentence (`DASH_GOES_ON`).
 */
function goesOnAfterQuote(next: string, lines: readonly Line[]): boolean {
  if (GOES_ON_AFTER_QUOTE.test(next)) return true
  const dash = DASH_GOES_ON.test(next)
  if (!dash && (!BRACKET_CAPITAL.test(next) || ASKER_SENTENCE.test(next))) return false
  const { text, inner } = lastMark(lines)
  return inner.length > 1 && !SENTENCE_BEFORE_MARK.test(text)
}

/**
 * A dash that goes on with the sentence, alone on its line or before words in lower case (`… som ”ghetto”` / `–` /
 * `og kan ministeren …`, `– og kan …`): after a title quoted inside the question with no sentence ended before its
 * close (`goesOnAfterQuote`), not a list's first item after a quotation that closed the question.
 */
const DASH_GOES_ON = /^[–—-](?:\s*$|\s+\p{Ll})/u

/** The quote mark that ends a text: `…?«?”` → `”`. */
const LAST_MARK = /([”“"«])\s*$/u

/**
 * A line that goes on with the sentence after a closing quote at the end of the line before: in lower case, or with
 * a bracket around a year, words in lower case or the quoted title of the quotation's source (`(2015), hvor-`,
 * `(“Being in the EU …”, The Telegraph, den 26. februar 2016)?`) — not a bracketed sentence (`(Spørgsmålet er
 * stillet …)`), which ends the question.
 */
const GOES_ON_AFTER_QUOTE = /^(?:\p{Ll}|\((?:\d|\p{Ll}|[“”"»„]))/u

/** A quote mark alone on a line: the question's opening quote, set apart from its first word (`”` / `Vil …`). */
const LONE_QUOTE = /^[”“"»„]$/u

/** A question's lines as its paragraphs' texts; `whole` where each line is a paragraph as its source set it. */
export function questionParagraphs(lines: readonly Line[], whole = false): string {
  const groups: Line[][] = []
  for (const line of lines) {
    const last = groups.at(-1)
    // A lone opening quote opens the paragraph after it, whatever block the layout gave it.
    if (last && (last.at(-1)?.block === line.block || (last.length === 1 && LONE_QUOTE.test(last[0]?.text ?? '')))) last.push(line)
    else groups.push([line])
  }
  const join = whole ? joinWholeLines : joinLines
  const texts: string[] = []
  let previous: Line[] | undefined
  // The mark of the list item last joined into the paragraph before: the next item of its kind joins it too.
  let joinedMark: ListMark | undefined
  for (const group of groups) {
    const text = join(group.map((line) => line.text)).replace(LONE_QUOTE_START, '$1')
    const before = texts.length - 1
    const mark = listMark(text)
    // A list a sentence announces with a colon or a comma (`Vil ministeren oplyse hhv.,` / `1) …`) goes on with that
    // sentence's paragraph; so does one whose first item the layout left in the paragraph before (`… kan ministeren
    // oplyse` / `– hvornår …?` / `– hvad …?`), and each item after one so joined that opens with the same kind of
    // mark (`… i Danmark:` / `– Hvor mange …?` / `– Hvilken kapacitet …?`).
    const listGoesOn =
      before >= 0 && mark !== undefined && (LIST_LEAD_END.test(texts[before] ?? '') || holdsListItem(previous) || mark === joinedMark)
    if (listGoesOn) texts[before] = `${texts[before]} ${text}`
    else texts.push(text)
    joinedMark = listGoesOn ? mark : undefined
    previous = group
  }
  return texts.join('\n\n')
}

/** The end of a sentence that a list goes on: a colon, or a comma (`Vil ministeren oplyse hhv.,` / `1) …`). */
const LIST_LEAD_END = /[:,]$/u

/** The kind of a list item's mark: a dash or bullet, a number, a letter. */
type ListMark = 'dash' | 'number' | 'letter'

/** The kind of mark a paragraph opens with as a list item (`LIST_ITEM_START`), or undefined. */
function listMark(text: string): ListMark | undefined {
  const mark = LIST_ITEM_START.exec(text)?.[1]
  if (mark === undefined) return undefined
  return /^\d/u.test(mark) ? 'number' : /^[a-z]/u.test(mark) ? 'letter' : 'dash'
}

/** Whether a paragraph's lines, after its first, hold a dash or bullet item's start (a list begun inside it). */
function holdsListItem(lines: readonly Line[] | undefined): boolean {
  return lines?.slice(1).some((line) => LIST_DASH_START.test(line.text)) ?? false
}

/** A dash or bullet item's mark at a line's start (`– hvornår …`). */
const LIST_DASH_START = /^[–—•]\s/u

/**
 * A list item's mark at a paragraph's start: a dash or a bullet (`– Gratis overfart …`, `- Det konkrete …`, `• …`) or a
 * number or letter with `.` or `)` (`1. Hvor mange …`, `a) …`). After a sentence that ends in a colon (`… hvilket ville
 * betyde:`) the list is that sentence's end and is joined into its paragraph: a question is read as running text, and
 * its last item closes the sentence (`– Betaling pr. bil …?`).
 */
const LIST_ITEM_START = /^([–—•\-*]|\d{1,2}[.)]|[a-z][.)])\s/u

/** A lone opening quote joined to its paragraph's first word with a space: `” Vil …` → `”Vil …`. */
const LONE_QUOTE_START = /^([”“"»„])\s/u

/**
 * A heading line that is the tail of the sentence before it, wrapped: `… besvarelse af følgende` / `spørgsmål:`.
 * Headings start with a capital; a lowercase `spørgsmål` after a line that does not end a sentence goes on with it,
 * and so does any heading's form after a word no sentence ends on (`ENDS_ON_OPEN_WORD`).
 */
function continuesSentence(line: Line, lines: readonly Line[]): boolean {
  const previous = lines[line.index - 1]
  if (previous === undefined || previous.role || CASE_LINE.test(previous.text)) return false
  // Past a dash alone on its line, the running text before it (`… svar på BUU alm. del` / `–` / `spørgsmål`).
  const beforeDash = lines[line.index - 2]
  const before = sentenceBeforeDash(previous.text, beforeDash?.role ? undefined : beforeDash?.text)
  // After a word no sentence ends on (`… sin besvarelse af` / `MOF alm. del -spørgsmål 312 af …:`), whatever the case.
  return finishesOpenSentence(before, line.text)
}

/** A title's next line naming who asked: `stillet efter ønske fra …`, `fra Eva Kjer Hansen (V)`. */
const ASKED_GOES_ON = /^(?:stillet|fra)\s/u

/**
 * A heading's form that titles the letter, its sentence going on in the line after it: `EUU alm. del –
 * spørgsmål 20` / `stillet efter ønske fra Eva Kjer Hansen (V)` (Udenrigsministeriet's head): no heading over a
 * question, which starts with a capital.
 */
function titleGoesOn(line: Line, lines: readonly Line[]): boolean {
  const next = lines[line.index + 1]
  return next !== undefined && !next.role && ASKED_GOES_ON.test(next.text)
}

/** The end of a preamble's sentence wrapped onto a line of its own: `spørgsmål:` (after `… stillet mig følgende`). */
const PREAMBLE_END = /^spørgsmål\s*:$/u

/** A case named alone on its line: `ULØ alm. del`, `Alm. del`, `L 140`, `B 49`. */
const CASE_ALONE = /^(?:(?:\p{Lu}{2,5}\s+)?[Aa]lm\.\s*del\.?|[LB]\s?\d{1,3}(?:\s?[A-C])?)$/u

/**
 * The case named alone over the next question's heading, as a committee's letter of several questions repeats it
 * (`REU alm. del` / `Samrådsspørgsmål B`): it ends the question before it.
 */
function caseOverHeading(line: Line, lines: readonly Line[]): boolean {
  if (!CASE_ALONE.test(line.text.trim())) return false
  let at = line.index + 1
  while (lines[at]?.role) at++
  const next = lines[at]
  return next !== undefined && QUESTION_HEADING.test(next.text)
}

/**
 * A paragraph's end that names the question after the case, with nothing after it: `… (L29), spørgsmål nr. 34` —
 * after a comma or the case's bracket, not a question's own reference (`… jf. L 147 - svar på spm. 11.`).
 */
const NAMED_QUESTION_END = /[,)]\s*(?:spørgsmål|spm\.)\s*(?:nr\.\s*)?\d{1,4}\s*[.:]?$/iu

/**
 * Whether `line` is in a paragraph of its own that ends by naming the question after its case (`NAMED_QUESTION_END`)
 * and asks nothing: a title above the question (`Vedr. forslag til lov om omdannelse af retsforbeholdet til en
 * tilvalgsordning (L29), spørgsmål nr. 34`).
 */
function namesQuestionAbove(line: Line, lines: readonly Line[]): boolean {
  let start = line.index
  while (lines[start - 1]?.block === line.block) start--
  const block: string[] = []
  for (let at = start; lines[at]?.block === line.block; at++) block.push((lines[at] as Line).text)
  const text = block.join(' ')
  return NAMED_QUESTION_END.test(text) && !text.includes('?')
}

/**
 * The case named above an unheaded question: `Alm. del spørgsmål 142`, `BUU alm. del spørgsmål nr. 7`, `EUU alm.
 * del, spørgsmål nr. 20.` (Udenrigsministeriet's, under the committee's request); a bill or a case document the same way
 * (`L 45, spørgsmål 3`, `KOM (2018) 0367, spørgsmål 2`, `Aktstk. 12 – spørgsmål 4`).
 */
const CASE_TITLE = new RegExp(
  String.raw`^(?:\p{Lu}{2,5}\s+)?(?:alm\.\s*del|${BILL_CODE}|${CASE_DOCUMENT_CODE})\s*(?:[-–,]\s*)?spørgsmål\s*(?:nr\.\s*)?\d{1,4}(?:\s*[:.])?$`,
  'iu',
)

/**
 * Headings without the ones that only title the letter: a cover page's `Spørgsmål nr. 57` (with `(alm. del)`, the
 * date of the letter and a line saying whose answer it is), then `Spørgsmål nr. 57:` over the question itself. A
 * heading of the same number again, before any answer heading, makes the first a title; so does a bare label
 * (`Spørgsmål:`) after a title that asks nothing (`Spørgsmål nr. 114` / `(alm. del), egnsteater` / `Skrivelse af 19.
 * juni 2007` / `Spørgsmål:`).
 */
function withoutTitles(headings: readonly Line[], body: readonly Line[]): Line[] {
  const number = (line: Line) => headingNumber(line.text)
  return headings.filter((heading, at) => {
    const next = headings[at + 1]
    const own = number(heading)
    if (!next || own === undefined) return true
    const between = body.filter((line) => line.index > heading.index && line.index < next.index)
    const bare = number(next) === undefined && BARE_LABEL.test(next.text) && !between.some((line) => line.text.includes('?'))
    if (own !== number(next) && !bare) return true
    // The question again after an answer (a further answer repeating it) is not a title.
    return between.some((line) => ANSWER_HEADING.test(line.text))
  })
}

/** The numbers of the titles `withoutTitles` dropped for a bare label that follows them. */
function titleNumbers(all: readonly Line[], kept: readonly Line[]): string[] {
  const numbers: string[] = []
  for (const [at, heading] of all.entries()) {
    const next = all[at + 1]
    const number = headingNumber(heading.text)
    if (number && next && !kept.includes(heading) && headingNumber(next.text) === undefined) numbers.push(number)
  }
  return numbers
}

/** A question's label without a number: `Spørgsmål:`, `Spørgsmålet:`. */
const BARE_LABEL = /^spørgsmål(?:et)?\s*:?$/iu

/** The case above a heading, which it names: `Alm. del` / `spørgsmål 367:`, `BUU alm. del` (uvm.dk). */
const CASE_LINE = /^(?:\p{Lu}{2,5}\s+)?alm\.\s*del$/iu

/** A question heading that opens with its word, not with the case before it (`URU alm. del spørgsmål 3:`). */
const PLAIN_HEADING = /^(?:samråds)?(?:spørgsmål|spm\.)/iu

/**
 * Whether a heading is a question's: a plain one always; one that names the case first (`KOU alm. del - Spørgsmål
 * 154`) only where an answer heading or a question letter's end line follows it — such a line alone also titles an
 * answer (a table under its case's name) that quotes no question.
 */
function isQuestionHeading(line: Line, lastEnd: () => number): boolean {
  return PLAIN_HEADING.test(line.text) || lastEnd() > line.index
}

/**
 * The index of the body's last answer heading or question letter's end line (`Svar:`, `Spørgsmålet er stillet …`,
 * not the closing), -1 where there is none: a heading before it is followed by one.
 */
function lastEndLine(body: readonly Line[]): number {
  for (let at = body.length - 1; at >= 0; at--) {
    const line = body[at] as Line
    if (!CLOSING.test(line.text) && QUESTION_END.some((pattern) => pattern.test(line.text))) return line.index
  }
  return -1
}

/**
 * A bill's amending clause (`I værnepligtsloven, … foretages følgende ændringer:`, its word broken at a line's end
 * as `æn-` / `dringer:`): the quoted paragraphs after it are the law's new wording, not a question — a draft bill or
 * a bill's text filed on a case.
 */
const AMENDING_CLAUSE = /foretages\s+(?:herved\s+)?følgende\s+(?:ændring|æn-?$)/u

/** A line that ends with a closing quote: `…?”`, `…?«`. */
const CLOSED = /[”“"«]\s*$/u

/**
 * A line that ends on a quotation's close, a full stop after it or not (`… implementering af strategien”.`): where a
 * question in quotes ends, a speech following with no heading.
 */
const QUOTE_CLOSES_LINE = /[”“"«]\.?\s*$/u

/**
 * The question's number restated after its closing quote, as Folketingstidende prints a question: `»Vil …?« (Spm.
 * nr. S 2307).`, also `…?” (Spørgsmål nr. 12)`, or after its question mark where it is not quoted (`… uddannede? (Spm.
 * nr. S 206).`, the § 20 letter's form run onto the question's line). The quote or the mark is captured: the note
 * goes, they stay.
 */
const NUMBER_NOTE = /([”“"«?])\s?\((?:Spm\.|Spørgsmål)\s?nr\.\s?(?:S\s?)?\d{1,5}\)\.?$/u

/** A line without the number note after its closing quote. */
function withoutNumberNote(text: string): string {
  return text.includes('(') ? text.replace(NUMBER_NOTE, '$1') : text
}

/**
 * Whether questions read under their headings (not interleaved) are each answered before the next heading: between
 * a question's own last line and the next heading stands a line that is no part of a question — not the asker's
 * sentence nor another end line, a page mark or a page's field. (A letter that quotes its questions and then
 * answers them together has nothing there.)
 */
function answeredBetween(read: QuestionResult, body: readonly Line[]): boolean {
  const questions = read.headings ?? []
  return questions.slice(0, -1).some((question, at) => {
    const next = questions[at + 1]
    const last = question.lines.at(-1)
    if (!next || !last) return false
    return body.some(
      (line) =>
        line.index > last.index &&
        line.index < next.heading.index &&
        !QUESTION_END.some((pattern) => pattern.test(line.text)) &&
        !PAGE_MARK.test(line.text) &&
        !PAGE_FIELD.test(line.text) &&
        !ASKER_LINE.test(line.text),
    )
  })
}

/**
 * A postcode and town alone on a line: `1260 København K`, `DK-1216 København K`, `8000 Aarhus C` — the letterhead's
 * address, which a rendition may set between a question and its answer (the page's side column read after the
 * question).
 */
const TOWN_LINE = /^(?:DK-)?\d{4}\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?(?:\s[KVCØSNM])?$/u

/**
 * Whether the letterhead's address stands between a question that ended its sentence and `line`: the side column's
 * postcode and town (`1260 København K`, the contact labels after it read as text). Not the side column's other
 * lines (`CVR 10172748`), which a page sets beside a question's paragraphs.
 */
function letterheadAfter(line: Line, own: readonly Line[], lines: readonly Line[]): boolean {
  const last = own.at(-1)
  if (last === undefined || line.block === last.block || !QUESTION_SENTENCE_END.test(last.text)) return false
  for (let at = last.index + 1; at < line.index; at++) {
    const between = lines[at]
    if (between?.role === 'sidebar' && TOWN_LINE.test(between.text.trim())) return true
  }
  return false
}

/** The letterhead's sender alone on a line: `Ministeren`, `Skatteministeren`, `Klima-, Energi- og Forsyningsministeren`. */
const SENDER_LINE = hot(/^(?:\p{Lu}[\p{L}-]{0,30},?\s(?:og\s)?){0,4}\p{L}{0,30}[Mm]inisteren$/u)

/**
 * Whether `line`, first under a question's heading, is the letterhead's sender set there by a rendition (`Spørgsmål
 * 234:Ministeren` / `Vil ministeren oplyse …?`): the sender alone, and the question opening a sentence on the next line.
 * Not a question's first word wrapped (`Ministeren` / `bedes oplyse …`).
 */
function senderOverQuestion(line: Line, lines: readonly Line[]): boolean {
  return SENDER_LINE.test(line.text.trim()) && /^[”“"»„]?\p{Lu}/u.test(lines[line.index + 1]?.text ?? '')
}

/** A heading that ends with the asker's name and no party: `… – stillet efter ønske fra Aki-Matilda Høegh-Dam`. */
const ASKER_AT_END = /\befter\s+ønske\s+fra\s+\p{Lu}[^()]{1,60}$/u

/** The questions under their headings (`findQuestion`); `interleaved`: each is answered before the next heading. */
function readHeadings(
  context: Context,
  body: readonly Line[],
  afterIndex: number,
  titled: readonly Line[],
  headings: readonly Line[],
  interleaved: boolean,
  lastEnd: () => number,
): QuestionResult {
  // A title's number stands for the bare label under it.
  const numbers: string[] = titleNumbers(titled, headings)
  const lines: Line[] = []
  /** Each question's own text, unquoted (as its heading's). */
  const parts: string[] = []
  let bill: string | undefined
  let end = afterIndex
  let unheadedEnd: 'cut' | 'open' | undefined
  const headingQuestions: HeadingQuestion[] = []
  for (const [at, heading] of headings.entries()) {
    const billMatch = HEADING_BILL.exec(heading.text)
    const numberMatch = billMatch ? undefined : headingMatch(heading.text)
    if (billMatch?.[1]) bill = billMatch[1]
    if (numberMatch?.[1]) numbers.push(numberMatch[1])
    if (numberMatch?.[2]) bill = numberMatch[2]
    /** A later question of a letter that answers each in turn: read for its own record, not as this one's. */
    const later = interleaved && at > 0
    // The bill named before the heading's word (`Beslutningsforslag B 137 - spørgsmål nr. 2:`, `L 195 Spørgsmål 41:`).
    if (numberMatch && !numberMatch[2] && !later) bill ??= BILL_BEFORE_HEADING.exec(heading.text)?.[1]
    let headingNumber = numberMatch?.[1]
    const following = body.filter((line) => line.index > heading.index)
    // An answer without "Svar:" (and not a question letter, which ends the question with "Spørgsmålet er stillet
    // …" or "På udvalgets vegne"): nothing ends the question but its own question mark at a paragraph's end.
    const unheaded = lastEnd() <= heading.index
    let quoted = false
    /** This heading's question lines. */
    const own: Line[] = []
    /**
     * Whether something ended the question before the letter's closing: a heading, an end line, its closing quote
     * or its question mark.
     */
    let ended = false
    const askerAtEnd = ASKER_AT_END.test(heading.text)
    for (const line of following) {
      // A § 20 question letter's head between its number and the question: its title and labelled fields.
      if (own.length === 0 && (isSection20Title(line, context.lines) || LABELLED_HEAD_FIELD.test(line.text))) continue
      if (own.length === 0 && TITLE_DATE_SPACED.test(line.text.replace(/\s+/gu, ''))) continue
      if (own.length === 0 && senderOverQuestion(line, context.lines)) continue
      // The asker's party wrapped onto a line of its own (`Samrådsspørgsmål B – stillet efter ønske fra Aki-Matilda
      // Høegh-Dam` / `(SIU)`): the heading's, not the question's.
      if (own.length === 0 && PARTY_ALONE.test(line.text) && askerAtEnd) continue
      if (own.length === 0 && parseDateLine(line.text) !== undefined && besideQuestionField(line, context.lines)) continue
      // Not a heading's words that finish the question's own sentence (`… besvare følgende` / `spørgsmål:`).
      const heading = QUESTION_HEADING.test(line.text) && !continuesSentence(line, context.lines)
      if (heading || QUESTION_END.some((pattern) => pattern.test(line.text))) {
        ended = !CLOSING.test(line.text)
        break
      }
      // A speech's first words (`Tak for ordet.`) are no question's: a heading with no text over them names its
      // samråd question only (`Samrådsspørgsmål C` / `Tak for ordet.`). Nor is the banner over them (`Det talte ord
      // gælder`).
      if (SPEECH_OPENING.test(line.text) || SPEECH_BANNER.test(line.text)) {
        ended = own.length > 0
        break
      }
      if (
        own.length > 0 &&
        (PAGE_FIELD.test(line.text) ||
          (ASKER_LINE.test(line.text) && QUESTION_SENTENCE_END.test(own.at(-1)?.text ?? '')) ||
          caseOverHeading(line, context.lines) ||
          letterheadAfter(line, own, context.lines))
      ) {
        ended = true
        break
      }
      if (PAGE_MARK.test(line.text)) continue
      // The case named again above the question: `Alm. del spørgsmål 142`; Folketingstidende's address and asker;
      // a § 20 answer's head (`Stillet den …`, `Svar til folketingsmedlem …`).
      if (own.length === 0 && (CASE_TITLE.test(line.text) || isTidendeHead(line.text) || S_ANSWER_HEAD.test(line.text))) continue
      // A paragraph that names the case and the question in words above it (`Vedr. forslag til lov om … (L29),
      // spørgsmål nr. 34`): the question's title.
      if (own.length === 0 && namesQuestionAbove(line, context.lines)) continue
      // A question in quotes ends at its closing quote (a speech may follow without a heading) — not where the
      // next line goes on with the sentence (`GOES_ON_AFTER_QUOTE`): the line ended on an inner quotation's close
      // (`… for ”kommercielt”` / `fjerkræ. Hvis …`, `… ”Ligebehandling af grønlændere i Danmark”` / `(2015), hvor-`).
      if (
        quoted &&
        /^[”“"»„]/u.test(line.text) === false &&
        own.length > 0 &&
        !goesOnAfterQuote(line.text, own) &&
        QUOTE_CLOSES_LINE.test(own.at(-1)?.text ?? '') &&
        !(own.length === 1 && LONE_QUOTE.test(own[0]?.text ?? '')) &&
        !stillQuoting(own)
      ) {
        ended = true
        // The committee's reference after the quotation is the question's too: `”…?”` / `Der henvises til …`.
        if (QUESTION_REFERENCE.test(line.text)) own.push(...referencesAfter(context.lines, own.at(-1) as Line))
        break
      }
      if (own.length === 0 && billMatch && /^spørgsmål\s+(\d+)$/iu.test(line.text)) {
        headingNumber = /(?<!\d)(\d+)$/u.exec(line.text)?.[1]
        if (!later) numbers.push(headingNumber ?? '')
        continue
      }
      if (own.length === 0 && /^[”“"»„]/u.test(line.text)) quoted = true
      own.push(line)
      // The number note after the question's end on its line (`… uddannede? (Spm. nr. S 206).`): what follows is the
      // asker's reasons (`Der henvises til artiklen …`), as under the note on a line of its own.
      // The note may be broken over the line end (`… uddannede? (Spm.` / `nr. S 206).`).
      const tail = own.length > 1 ? `${own.at(-2)?.text.trim()} ${line.text.trim()}` : line.text.trim()
      if (tail.includes('(') && NUMBER_NOTE.test(tail)) {
        ended = true
        break
      }
      const next = context.lines[line.index + 1]
      const asked = /\?[”“"»«)]?$/u.test(line.text) && (next?.block !== line.block || MINISTER_VOICE.test(next.text))
      // A request ends with a full stop (`Ministeren bedes redegøre for …`): the minister speaking ends it.
      const requested = /[.)]$/u.test(line.text) && next !== undefined && MINISTER_FIRST_PERSON.test(next.text)
      if (unheaded && !quoted && (asked || requested)) {
        if (!later) unheadedEnd = 'cut'
        ended = true
        // The minister's voice in the same paragraph: the answer begins there, with no reference between.
        if (next?.block !== line.block) own.push(...referencesAfter(context.lines, line))
        break
      }
    }
    const ownText = own.length > 0 ? unquote(questionParagraphs(own)) : ''
    headingQuestions.push({ number: headingNumber, heading, lines: own, text: ownText })
    if (later) continue
    if (unheaded && !ended && own.length > 0) unheadedEnd ??= 'open'
    end = Math.max(end, (own.at(-1)?.index ?? heading.index) + 1)
    lines.push(...own)
    if (own.length > 0) parts.push(ownText)
  }
  // Each question unquoted on its own: `”Vil … A?”` and `”Vil … B?”`, not one quote around both.
  const text = parts.join('\n\n')
  const result: QuestionResult = { rule: 'question-heading', text, numbers, lines, end, headings: headingQuestions, interleaved }
  if (bill) result.bill = bill
  if (unheadedEnd) result.unheaded = unheadedEnd
  return result
}

/**
 * Where the question starts under Folketingstidende's head (`Til statsministeren (20/2 04) af:` / `Søren Søndergaard
 * (EL):`), which the body opens with: the first line after it, with or without its opening quote (`Vil
 * statsministeren oversende …?«` lost its »). Undefined where the body does not open with the head, or nothing
 * but an answer heading follows it.
 */
function afterTidendeHead(body: readonly Line[]): number | undefined {
  let at = 0
  while (at < body.length && isTidendeHead((body[at] as Line).text)) at++
  const first = body[at]
  return at > 0 && first !== undefined && !ANSWER_HEADING.test(first.text) ? at : undefined
}

export function findQuestion(context: Context, afterIndex: number): QuestionResult | undefined {
  const body = context.lines.filter((line) => !line.role && line.index >= afterIndex)
  // Read once, and only where a heading asks for it.
  let lastEndAt: number | undefined
  const lastEnd = () => {
    lastEndAt ??= lastEndLine(body)
    return lastEndAt
  }
  const headingLike = body.filter((line) => QUESTION_HEADING.test(line.text) && isQuestionHeading(line, lastEnd))
  const proper = headingLike.filter((line) => !continuesSentence(line, context.lines) && !titleGoesOn(line, context.lines))
  // Where the only "heading" ends the preamble's sentence (`… stillet mig følgende` / `spørgsmål:`), the question
  // follows it all the same.
  const titled = proper.length > 0 ? proper : headingLike.filter((line) => PREAMBLE_END.test(line.text))
  const headings = withoutTitles(titled, body)
  if (headings.length > 0 && !quotedBeforeAnswer(body, headings[0] as Line)) {
    // Several questions each with its answer (Q1, Svar, Q2, Svar): the question is the first; the later ones stay
    // in the answer, where they stand. (Questions all before one answer are read together.)
    const headed = headings.slice(1).some((next, at) => {
      const previous = headings[at] as Line
      return body.some((line) => line.index > previous.index && line.index < next.index && ANSWER_HEADING.test(line.text))
    })
    const read = readHeadings(context, body, afterIndex, titled, headings, headed, lastEnd)
    // Each question answered in turn with no answer heading (`Spørgsmål nr. 12:` / its question / the answer /
    // `Spørgsmål nr. 13:` …): text that is no part of a question stands between one question and the next heading.
    return !headed && answeredBetween(read, body) ? readHeadings(context, body, afterIndex, titled, headings, true, lastEnd) : read
  }
  const numbered = numberedQuestions(context, body)
  if (numbered) return numbered
  // No heading: a paragraph that opens with a quote, up to the closing quote; or, under Folketingstidende's head,
  // the paragraph after it, quoted or not.
  const tidende = afterTidendeHead(body)
  const open = tidende ?? body.findIndex((line) => /^[”“"»„]/u.test(line.text) && !quotedTitle(context.lines, line))
  // What asks before the answer's label is the question, announced or not (`… bedes ministeren besvare følgende
  // spørgsmål:` / `Hvilke regler …?` / `Hvad …?` / `Svar`); a quote only after the label is the answer's.
  const labelled = tidende === undefined ? beforeAnswerLabel(body, afterIndex) : undefined
  if (labelled && (open === -1 || (body[open] as Line).index >= labelled.end)) return labelled
  if (open === -1)
    return announcedInline(context, afterIndex) ?? announcedParagraph(context, body, afterIndex) ?? questionPage(body, context.lines)
  if (tidende === undefined && runningTextBefore(body.slice(0, open))) return undefined
  // A bill's text quotes the law's new wording after its amending clause (anywhere above, the preamble's lines too): no
  // question.
  const openAt = body[open]?.index ?? 0
  if (tidende === undefined && context.lines.slice(0, openAt).some((line) => AMENDING_CLAUSE.test(line.text))) return undefined
  const lines: Line[] = []
  /** How many lines reach the first line that ends with a closing quote. */
  let closing: number | undefined
  const quoted = body.slice(open)
  for (const [at, line] of quoted.entries()) {
    // A quotation never runs past the answer's heading (`Svar:`, `Svar (3/3 04)`), closed or not.
    if (lines.length > 0 && ANSWER_HEADING.test(line.text)) break
    lines.push(line)
    if (CLOSED.test(withoutNumberNote(line.text)) && (lines.length > 1 || line.text.length > 1)) {
      closing ??= lines.length
      // Not where the next line of the paragraph goes on in lower case: an inner quotation closed at the line's end.
      const next = quoted[at + 1]
      const goesOn = next !== undefined && next.block === line.block && goesOnAfterQuote(next.text, lines)
      if (!goesOn && !stillQuoting(lines)) break
    }
  }
  // The quotation never closed by its pairs (a mark misread or lost): it ends at the first closing quote after all.
  if (closing !== undefined && stillQuoting(lines)) lines.length = closing
  return { rule: 'quoted-paragraph', text: unquote(questionParagraphs(lines)), numbers: [], lines, end: (lines.at(-1)?.index ?? 0) + 1 }
}

/**
 * Whether the letter quotes its question and answers it (`”Ministeren bedes oversende sit talepapir …”` / `Svar:`)
 * before the first question heading: the heading then belongs to what the answer encloses (the speech paper's
 * `Spørgsmål A:`), not to the letter's own question. A quoted paragraph opens the body, right after the preamble, and
 * the first answer heading stands after it and before the question heading.
 */
function quotedBeforeAnswer(body: readonly Line[], heading: Line): boolean {
  const answer = body.find((line) => line.index < heading.index && ANSWER_HEADING.test(line.text))
  const first = body.find((line) => line.text.trim() !== '')
  return answer !== undefined && first !== undefined && first.index < answer.index && OPEN_QUOTE.test(first.text)
}

/**
 * The questions a letter lists numbered right under the sentence that announces them (`isNumberedQuestion`), each
 * with the lines of its paragraph: read as headed questions, the number its heading's. Undefined where the body's
 * first line is no such question or nothing announces it.
 */
function numberedQuestions(context: Context, body: readonly Line[]): QuestionResult | undefined {
  const first = body[0]
  if (!first || !isNumberedQuestion(first, context.lines)) return undefined
  const headings: HeadingQuestion[] = []
  for (const [at, line] of body.entries()) {
    const match = NUMBERED_QUESTION.exec(line.text)
    if (match) {
      const own = { ...line, text: match[2] ?? '' }
      headings.push({ number: match[1], heading: line, lines: [own], text: '' })
      continue
    }
    const last = headings.at(-1)
    // The question's paragraph goes on; the next paragraph that is no numbered question ends the list, as does the
    // committee's signing (`P.u.v.`).
    if (!last || body[at - 1]?.block !== line.block || QUESTION_END.some((pattern) => pattern.test(line.text))) break
    last.lines.push(line)
  }
  for (const heading of headings) heading.text = unquote(questionParagraphs(heading.lines))
  const lines = headings.flatMap((heading) => heading.lines)
  return {
    rule: 'question-heading',
    text: headings.map((heading) => heading.text).join('\n\n'),
    numbers: headings.flatMap((heading) => (heading.number ? [heading.number] : [])),
    lines,
    end: (lines.at(-1)?.index ?? first.index) + 1,
    headings,
  }
}

/** The minister's first person after its object: `Det er jeg ikke bekendt med.`, `Det er jeg enig i.` */
const FIRST_PERSON_AFTER_OBJECT = String.raw`Det\ser\sjeg\s(?:ikke\s)?(?:enig|bekendt|opmærksom)\b`

/**
 * The minister's (or the ministry's) voice opening the answer where no heading says "Svar": `Jeg kan oplyse …`,
 * `Jeg henviser til …`, `Transportministeriet har oplyst …`, `Ministeriet kan …`, `Vejdirektoratet har oplyst …`,
 * `Til brug for besvarelsen har …`, `Det kan oplyses …`, the first person after the object (`Det er jeg ikke bekendt
 * med.`). After a line that ends with the question's question mark it
 * ends the question, though the rendition ran the two into one paragraph. A question speaks of the minister in the
 * third person (`Vil ministeren …`, `Kan ministeriet bekræfte …`), so none of these opens one of its sentences.
 */
const MINISTER_VOICE = new RegExp(
  String.raw`^(?:Jeg\s(?:kan|har|vil|skal|henviser|må|finder|bemærker|noterer|er\s(?:enig|ikke|bekendt|opmærksom))\b|${FIRST_PERSON_AFTER_OBJECT}|(?:\p{Lu}[\p{Ll}-]*(?:ministeriet|styrelsen|direktoratet)|Ministeriet|Departementet)\s(?:har|kan|oplyser|vil|er\sikke|henviser)\b|Til\sbrug\sfor\s(?:min\s)?besvarelse|Det\skan\s(?:oplyses|bekræftes|ikke\sbekræftes)\b)`,
  'u',
)

/**
 * The minister speaking in the first person: `Jeg kan oplyse …`, `Jeg har forelagt …`, `Jeg henviser til …`, also after
 * the object (`Det er jeg ikke bekendt med.`, as `MINISTER_VOICE` reads it).
 */
const MINISTER_FIRST_PERSON = new RegExp(String.raw`^(?:Jeg\s(?:kan|har|skal|henviser|må)\b|${FIRST_PERSON_AFTER_OBJECT})`, 'u')

/**
 * A paragraph the committee adds to its question, after the question mark: `Der henvises til artiklen …`, `Jf.
 * …`, `Spørgsmålet har tidligere været stillet …`, `Samrådsspørgsmålet er en uddybning af …`.
 */
const QUESTION_REFERENCE =
  /^(?:Der\s+(?:henvises|vises)\s+til\b|Jf\.\s|(?:Samråds)?[Ss]pørgsmålet\s+(?:har\s+tidligere\s+været\s+stillet|er\s+en\s+(?:opfølgning|uddybning))\b)/u

/**
 * A further question in a paragraph of its own, addressed to the minister as the first is: `Vil ministeren endvidere
 * oplyse …?`, `Kan ministeren …?`, `Ministeren bedes …?`, `Hvor mange …?`. Its paragraph ends with a question mark.
 */
const FOLLOW_UP_QUESTION =
  /^(?:(?:Og|Samt)\s)?(?:Vil|Kan|Mener|Finder|Agter|Er|Hvad|Hvor(?:dan|når|for|ledes|vidt)?|Hvilke[nt]?)\s(?:\p{Ll}+\s){0,3}ministeren\b|^Ministeren\sbedes\b/u

/** Whether the paragraph (block) that `line` opens ends with a question mark. */
function blockAsks(lines: readonly Line[], line: Line): boolean {
  let last = line
  for (const next of lines.slice(line.index + 1)) {
    if (next.role) continue
    if (next.block !== line.block) break
    last = next
  }
  return /\?[”“"»)]?$/u.test(last.text)
}

/**
 * The paragraphs that follow a question's last line and are still the question's: references, each opening as
 * `QUESTION_REFERENCE`, and further questions to the minister (`FOLLOW_UP_QUESTION`).
 */
function referencesAfter(lines: readonly Line[], last: Line): Line[] {
  const taken: Line[] = []
  let block = last.block
  for (const line of lines.slice(last.index + 1)) {
    if (line.role) continue
    if (line.block !== block) {
      if (!QUESTION_REFERENCE.test(line.text) && !(FOLLOW_UP_QUESTION.test(line.text) && blockAsks(lines, line))) break
      block = line.block
    }
    taken.push(line)
  }
  return taken
}

/** Words that make a paragraph running text: more than a title, a signature or an address. */
const RUNNING_TEXT_WORDS = 12

/** The share of lowercase words that makes a paragraph sentences rather than names and numbers. */
const SENTENCE_LOWERCASE = 2 / 3

/** A paragraph that names the question it heads: `Spørgsmål nr. 241 (Alm. del) fra Folketingets …`. */
const NAMES_QUESTION = /spørgsmål(?:\s*nr\.)?\s*\d/iu

/** A closing quote and the sentence going on after it in lower case: `… 2019”, som medsendes`. */
const CLOSE_THEN_LOWERCASE = /^[”“"«],?\s+\p{Ll}/u

/** How many lines a title quoted inside a sentence runs over. */
const QUOTED_TITLE_LINES = 3

/** Most words a title quoted inside a sentence has. */
const QUOTED_TITLE_WORDS = 25

/**
 * Whether the quote that opens `line` is a title a sentence names (`… har færdiggjort` / `”Sikkerhedsrapport` /
 * `for jernbanen 2019”, som medsendes til jeres orientering.`), no question: the line before it, in its paragraph,
 * ends in the middle of the sentence, and within a few words the quote closes — its first quotation mark after the
 * opening one, nothing asked before it — and the sentence goes on in lower case; or the sentence opens with the title
 * (`openingTitle`).
 */
function quotedTitle(lines: readonly Line[], line: Line): boolean {
  const at = lines.indexOf(line)
  return midSentenceTitle(lines, line, at) || openingTitle(lines, at)
}

/** `quotedTitle`'s first reading: the line before, in the quote's paragraph, ends mid-sentence. */
function midSentenceTitle(lines: readonly Line[], line: Line, at: number): boolean {
  const previous = lines[at - 1]
  if (previous?.block !== line.block || previous.role || !/\p{Ll}$/u.test(previous.text.trim())) return false
  const text = lines
    .slice(at, at + QUOTED_TITLE_LINES)
    .filter((next) => next.block === line.block)
    .map((next) => next.text)
    .join(' ')
    .slice(1)
  return closesAsTitle(text, (title) => !title.includes('?'))
}

/**
 * Whether `text`, the words after a quotation's opening mark, closes the quotation within a title's words and goes on
 * after it in lower case, the words inside passing `isTitle`.
 */
function closesAsTitle(text: string, isTitle: (title: string) => boolean): boolean {
  const close = text.search(QUOTE_MARKS)
  if (close === -1) return false
  const title = text.slice(0, close)
  return isTitle(title) && title.split(/\s+/u).length <= QUOTED_TITLE_WORDS && CLOSE_THEN_LOWERCASE.test(text.slice(close))
}

/** How many lines a title quoted as a sentence's subject runs over, across the blocks a layout split it into. */
const OPENING_TITLE_LINES = 4

/**
 * A quotation's words that ask or request: a question mark, a request (`bedes`, `ønskes`, `anmoder`, `udbedes`) or a
 * question's first word (`Vil`, `Kan`, `Hvad`, `Hvordan`, `Hvor…`, `Hvilke`, `Mener`, `Agter`).
 */
const ASKS_OR_REQUESTS =
  /\?|(?<!\p{L})(?:bedes|ønskes|udbedes|anmod\p{L}*|Vil|Kan|Hvad|Hvordan|Hvor\p{L}*|Hvilke[nt]?|Mener|Agter)(?!\p{L})/u

/**
 * Whether the quote that opens the line at `at` is a title a sentence opens with, as its subject (a hearing note's
 * `”Landsplanredegørelse 2019.` / `Vækst og udvikling gennem fysisk plan-` / `lægning - … i hele` / `landet” redegør` /
 * `for de nye rammer …`): read over a few lines without a role, whatever blocks the layout cut them into, the quote
 * closes within a title's words, not on a stop, the sentence goes on after it in lower case, and nothing inside it asks
 * or requests. Not `”Ministeren bedes oplyse …”, jf. …` (a request), nor a quoted sentence (`»Enhver … indfødsret.«
 * til: …`, a bill's new wording), nor a quotation that closes at its line's end.
 */
function openingTitle(lines: readonly Line[], at: number): boolean {
  const following = lines.slice(at, at + OPENING_TITLE_LINES)
  const roled = following.findIndex((next) => next.role)
  const text = (roled === -1 ? following : following.slice(0, roled))
    .map((next) => next.text.trim())
    .join(' ')
    .slice(1)
  return closesAsTitle(text, (title) => !ASKS_OR_REQUESTS.test(title) && !SENTENCE_CLOSED.test(title))
}

/** A quotation that ends on its sentence's stop: a sentence quoted (`»Enhver … indfødsret.« til: …`), no title. */
const SENTENCE_CLOSED = /[.!?]\s*$/u

/** A line that ends a sentence, a heading or a quotation: `.`, `:`, `?`, `!`, a closing quote or bracket. */
const SENTENCE_END = /[.:?!”"»«)]$/u

/**
 * Whether running text stands between the preamble and a quoted paragraph: then the quote is one the answer cites
 * (`Rigspolitiet har oplyst følgende:` / `”Politiet …”`, a speech's quote), not the question. A cover page's
 * signature, address and title (`Spørgsmål nr. 22 fra Folketingets Retsudvalg …:`) may stand there.
 */
function runningTextBefore(lines: readonly Line[]): boolean {
  // Paragraphs: a block that ends mid-sentence goes on in the next (`… om ændring af færdselslo-` / `ven (…`, a title
  // a rendition set a line a block), so that a title is read whole for the question it names.
  const paragraphs: string[][] = []
  let previous: Line | undefined
  for (const line of lines) {
    const goesOn = previous !== undefined && (previous.block === line.block || !SENTENCE_END.test(previous.text.trim()))
    const last = paragraphs.at(-1)
    if (goesOn && last) last.push(line.text)
    else paragraphs.push([line.text])
    previous = line
  }
  return paragraphs.some((texts) => {
    const text = texts.join(' ')
    const words = text.split(/\s+/u)
    // Sentences are mostly lowercase words; a letterhead, signature or address mostly names and numbers.
    const lowercase = words.filter((word) => /^\p{Ll}/u.test(word)).length
    return words.length >= RUNNING_TEXT_WORDS && lowercase >= words.length * SENTENCE_LOWERCASE && !NAMES_QUESTION.test(text)
  })
}

/**
 * A preamble that ends by announcing the question with a colon: `… stillet mig følgende spørgsmål nr. 95 (alm. del):`,
 * `… bedt mig svare på følgende:`, `… følgende spørgsmål, som hermed besvares:`.
 */
const ANNOUNCES_QUESTION = /\bfølgende\b[^:]{0,80}:$/u

/** A paragraph that asks: a question mark in it, or a request to the minister (`Ministeren bedes …`). */
const ASKS = /\?|\bbedes\b/u

/** How many blocks after the preamble the announcement of the question may stand (`announcement`). */
const ANNOUNCEMENT_BLOCKS = 3

/**
 * The line announcing the question and the lines after it: the preamble's last line, or where that announces nothing,
 * a line within `ANNOUNCEMENT_BLOCKS` blocks after it that does (an answer that quotes the committee's
 * letter under its own head: `Spørgsmål fra Europaudvalget til Udenrigsministeren af 19. oktober 2015.` / `Spørgsmål
 * 34 stillet efter ønske fra …` / `Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:`).
 */
function announcement(
  context: Context,
  body: readonly Line[],
  afterIndex: number,
): { announcing: Line | undefined; body: readonly Line[] } {
  const preambleEnd = context.lines[afterIndex - 1]
  if (!preambleEnd || ANNOUNCES_QUESTION.test(preambleEnd.text)) return { announcing: preambleEnd, body }
  const blocks = new Set<number>()
  for (const [at, line] of body.entries()) {
    blocks.add(line.block)
    if (blocks.size > ANNOUNCEMENT_BLOCKS || ANSWER_HEADING.test(line.text)) break
    if (ANNOUNCES_QUESTION.test(line.text)) return { announcing: line, body: body.slice(at + 1) }
  }
  return { announcing: preambleEnd, body }
}

/** A title's end naming a question's number: `… (L29), spørgsmål nr. 34`, `EUU alm. del, spørgsmål nr. 20.` */
const QUESTION_NUMBER_END = /(?<![\p{L}\d])spørgsmål\s{0,2}(?:nr\.\s{0,2})?\d{1,4}\s?[.:]?$/iu

/** The lines of the first block of `body` where it is a title naming a question's number at its end and asking nothing. */
function titleLines(body: readonly Line[]): Line[] {
  const block = body.filter((line) => line.block === body[0]?.block)
  const text = block.map((line) => line.text).join(' ')
  return QUESTION_NUMBER_END.test(text) && !text.includes('?') ? block : []
}

/**
 * The paragraph right after a preamble that announces the question (`ANNOUNCES_QUESTION`), where no heading marks it
 * and no quote opens it: `… stillet mig følgende spørgsmål nr. 95 (alm. del):` / `Vil ministeren redegøre for …?` /
 * the answer. It is the question where it asks (`ASKS`), ends a sentence and is not the minister's voice; the
 * committee's references after it are the question's too.
 */
function announcedParagraph(context: Context, allBody: readonly Line[], afterIndex: number): QuestionResult | undefined {
  const { announcing, body } = announcement(context, allBody, afterIndex)
  // The case named alone on the line over the question (`ULØ alm. del`, as a samråd letter sets it), or a title
  // naming the question's case and number (`Vedr. forslag til lov om … (L29), spørgsmål nr. 34`), is no part of it.
  const caseLines = body[0] && CASE_ALONE.test(body[0].text.trim()) ? [body[0]] : titleLines(body)
  const first = body[caseLines.length]
  if (!announcing || announcing.role || !first || !ANNOUNCES_QUESTION.test(announcing.text)) return undefined
  if (QUESTION_HEADING.test(first.text) || ANSWER_HEADING.test(first.text) || MINISTER_VOICE.test(first.text)) return undefined
  const block = body.filter((line) => line.block === first.block && !caseLines.includes(line))
  // The question ends at its last question mark in the paragraph where a sentence that asks nothing follows (a
  // rendition that ran the answer into its paragraph).
  const asked = block.findLastIndex((line) => /\?[”“"»«)]?$/u.test(line.text))
  const lines = asked !== -1 && /^\p{Lu}/u.test(block[asked + 1]?.text ?? '') ? block.slice(0, asked + 1) : block
  const text = questionParagraphs(lines)
  if (!ASKS.test(text) || !QUESTION_SENTENCE_END.test(lines.at(-1)?.text ?? '')) return undefined
  // The committee's references after a whole paragraph (after one cut short, the rest of its paragraph is the answer's).
  if (lines === block) lines.push(...referencesAfter(context.lines, lines.at(-1) as Line))
  // A title run into the question's paragraph (its line end lost or moved): `EUU alm. del, spørgsmål nr. 20. Regeringen
  // bedes oplyse …`.
  // The asker's sentence run into its last line (`… i 2008? Spørgsmålet er stillet efter ønske fra …`) is no part of it.
  const read = questionParagraphs(lines).replace(AFTER_QUESTION, '')
  return { rule: 'announced-paragraph', text: read.replace(TITLE_RUN_IN, ''), numbers: [], lines, end: (lines.at(-1)?.index ?? 0) + 1 }
}

/**
 * A title naming the question's case and number opening the question's paragraph, before a capital: `EUU alm. del,
 * spørgsmål nr. 20. `, `Vedr. forslag til lov om … (L29), spørgsmål nr. 34 ` (`titleLines` where it has a line of
 * its own).
 */
const TITLE_RUN_IN =
  /^(?:Vedr\.\s[^.?!]{1,200}?,?\s|(?:\p{Lu}{2,5}\s)?[Aa]lm\.\s?del,?\s?(?:[-–]\s)?)spørgsmål\s{0,2}(?:nr\.\s{0,2})?\d{1,4}[.:]?\s+(?=\p{Lu})/u

/**
 * The announcement with the question's quote after it on its line, read from `følgende` (`announcementAt`): `…
 * følgende spørgsmål nr. 95 (alm. del): ”Vil …`, `… følgende spørgsmål nr. 161 (Alm. del) til ministeren for sundhed
 * og forebyggelse, som hermed besvares: ”Vil …`.
 */
const ANNOUNCED_QUOTE = /^følgende\b[^:]{0,160}:\s*(?=[”“"»„])/u

/**
 * The announcement with the question after it unquoted, a capital opening it (`… til ministeren: Vil ministeren …?
 * Spørgsmålet er stillet efter ønske fra …`): read only on the preamble's last line, where the sentences after a
 * question follow it on the line, and where it asks (`announcedInline`).
 */
const ANNOUNCED_UNQUOTED = /^følgende\b[^:]{0,160}:\s*(?=\p{Lu})/u

/** How many characters from `følgende` an announcement is read in: its colon comes within 160. */
const ANNOUNCEMENT_SPAN = 200

/**
 * The question's heading run into the preamble before its quote, by a rendition that glued the letter into one line
 * (`… stillet fra Christian Juhl (EL)§20-spørgsmål nr. S 837:”Vil …`), also as the heading of its own it was
 * (`… som hermed besvares.Spørgsmål S 698:”Mener …`) and justified (`… den 12. maj 2005 Spørgsmål    55: "Der …`).
 * Its number is captured: the question's own. Not the end of another word (`Underspørgsmål 3:`).
 */
const HEADING_BEFORE_QUOTE = /(?<!\p{L})[Ss]pørgsmål\s{0,4}(?:nr\.\s{0,4})?(?:S\s?)?(\d{1,5}):\s*(?=[”“"»„])/u

/**
 * Where `pattern` (anchored at `følgende`) reads an announcement in `text`: tried at each `følgende` that starts a word,
 * on the characters an announcement may take (a pattern that searched the line for it would try each `følgende` over
 * the whole rest of a long glued line).
 */
function announcementAt(text: string, pattern: RegExp): { index: number; 0: string } | undefined {
  for (let at = text.indexOf('følgende'); at !== -1; at = text.indexOf('følgende', at + 1)) {
    if (at > 0 && /\p{L}/u.test(text.charAt(at - 1))) continue
    const match = pattern.exec(text.slice(at, at + ANNOUNCEMENT_SPAN))
    if (match) return { index: at, 0: match[0] }
  }
  return undefined
}

/** How many lines of the preamble's paragraph a quote after its announcement may run over. */
const INLINE_QUOTE_LINES = 6

/**
 * A question quoted right after the preamble's announcement, in its sentence (`… stillet mig følgende spørgsmål nr. 95
 * (alm. del): ”Vil ministeren …?”`, in letters and in renditions that glue lines or set a paragraph on a line): the
 * quote from its opening mark to the preamble's end (`afterIndex`), where that closes it — or where the sentences that
 * follow a question (`AFTER_QUESTION`: `”Ministeren bedes …” Spørgsmålet er stillet efter ønske fra …`) run on after
 * its close to the preamble's end —, within the preamble's last few lines.
 */
function announcedInline(context: Context, afterIndex: number): QuestionResult | undefined {
  const last = context.lines[afterIndex - 1]
  if (!last || last.role) return undefined
  const closes = CLOSED.test(last.text)
  if (!closes && !AFTER_QUESTION_WORDS.test(last.text)) return undefined
  for (let at = afterIndex - 1; at >= Math.max(0, afterIndex - INLINE_QUOTE_LINES); at--) {
    const line = context.lines[at] as Line
    if (line.role) return undefined
    const byAnnouncement = announcementAt(line.text, ANNOUNCED_QUOTE)
    const heading = byAnnouncement ? undefined : (HEADING_BEFORE_QUOTE.exec(line.text) ?? undefined)
    const announced = byAnnouncement ?? heading
    // Unquoted only on the preamble's last line: over several lines, a title may stand between the two (`… følgende
    // spørgsmål:Aktstk. 82` / `Orienterende aktstykke om …` / the question).
    const unquoted = announced || closes || at !== afterIndex - 1 ? undefined : announcementAt(line.text, ANNOUNCED_UNQUOTED)
    const found = announced ?? unquoted
    if (!found) continue
    const lines = context.lines.slice(at, afterIndex)
    const startsAt = found.index + found[0].length
    const texts = [line.text.slice(startsAt), ...lines.slice(1).map((next) => next.text)]
    const joined = joinLines(texts)
    const quoted = closes ? joined : joined.replace(AFTER_QUESTION, '')
    if (unquoted) {
      // Unquoted, the question is what the sentences after it leave, where it asks and is not the minister's voice.
      const asked = quoted !== joined && ASKS.test(quoted) && QUESTION_SENTENCE_END.test(quoted) && !MINISTER_VOICE.test(quoted)
      return asked ? { rule: 'announced-paragraph', text: quoted, numbers: [], lines, startsAt, end: afterIndex } : undefined
    }
    if (!CLOSED.test(quoted)) return undefined
    // The heading's number is the quoted question's own (`Spørgsmål 1: ”…”` of a letter answering 1–4).
    const numbers = heading?.[1] ? [heading[1]] : []
    return { rule: 'announced-paragraph', text: unquote(quoted), numbers, lines, startsAt, end: afterIndex }
  }
  return undefined
}

/** Most lines an unheaded question between the preamble and the answer's label runs over. */
const BEFORE_LABEL_LINES = 25

/**
 * The question set with no heading of its own between the preamble and the answer's label (`… stillet efter ønske
 * fra Karsten Hønge (SF).` / `Hvilke regler foreligger …?` / `Svar`), as a layout whose margin held the labels renders
 * it: the lines up to the label after the preamble (and after a signature's names over them), where they ask
 * (`ASKS`), end a sentence, and the first opens one and is not the minister's voice.
 */
function beforeAnswerLabel(body: readonly Line[], afterIndex: number): QuestionResult | undefined {
  if (afterIndex === 0) return undefined
  const label = body.findIndex((line) => ANSWER_LABEL.test(line.text.trim()))
  if (label <= 0 || label > BEFORE_LABEL_LINES) return undefined
  const lines = body.slice(0, label).filter((line) => line.text.trim() !== '')
  // Back from the label to where the text began: a cover page's signature over it (`Karsten Lauritzen` / `/ Claus F.
  // Houmann` / `Ministeren bedes …`) is no part of it.
  const from = lines.findLastIndex((line, at) => at > 0 && namesAbove(lines[at - 1] as Line, line))
  if (from > 0) lines.splice(0, from)
  // A title naming the question alone on its line over it (`Spørgsmål nr. 81.`), its case before it or not
  // (`KOM (2018) 0367, spørgsmål 2`).
  const title = lines[0]?.text.trim() ?? ''
  if (lines.length > 1 && (QUESTION_TITLE_ALONE.test(title) || CASE_TITLE.test(title))) lines.shift()
  const first = lines[0]
  if (
    !first ||
    !/^[\p{Lu}”“"»„]/u.test(first.text) ||
    MINISTER_VOICE.test(first.text) ||
    !QUESTION_SENTENCE_END.test(lines.at(-1)?.text.trim() ?? '')
  )
    return undefined
  // Each paragraph asks: running text before the label that tells (`Første afsnit.`) or only announces (`Udvalget
  // udbeder sig ministerens besvarelse af følgende spørgsmål:`) is no question read this way.
  const blocks = new Map<number, string[]>()
  for (const line of lines) blocks.set(line.block, [...(blocks.get(line.block) ?? []), line.text])
  if (![...blocks.values()].every((texts) => ASKS.test(texts.join(' ')))) return undefined
  const text = questionParagraphs(lines)
  return { rule: 'before-answer-label', text, numbers: [], lines, end: (lines.at(-1)?.index ?? 0) + 1 }
}

/**
 * Whether `above` is a line of names or a title (at most `NAME_LINE_WORDS` words, each capitalised, no sentence ended)
 * over a line that opens with a capital: where the question's text begins under a signature.
 */
function namesAbove(above: Line, line: Line): boolean {
  const text = above.text.trim()
  if (/[.:?!,;-]$/u.test(text) || !/^\p{Lu}/u.test(line.text.trim())) return false
  const words = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word))
  return words.length > 0 && words.length <= NAME_LINE_WORDS && words.every((word) => /^[^\p{L}]*\p{Lu}/u.test(word))
}

/** A question's title alone on its line: `Spørgsmål nr. 81.`, `Spm. 12:`. */
const QUESTION_TITLE_ALONE = /^(?:spørgsmål|spm\.)\s*(?:nr\.\s*)?\d{1,4}\s*[.:]?$/iu

/** Most words of a line of names or a title over a question (`namesAbove`). */
const NAME_LINE_WORDS = 5

/** ft.dk's question page's fields under the question: its date as the page writes it, then its status. */
const PAGE_DATE = /^Dato:\s*\d{1,2}-\d{1,2}-\d{4}\s*$/u
const PAGE_STATUS = /^Status:\s/u

/**
 * Where the question starts on ft.dk's question page: after the address (`URL: …`), or — a page stored without it —
 * at the text's first line, where the page's fields follow the question (`Dato: 28-05-2010` / `Status: Besvaret`).
 */
function questionPageStart(body: readonly Line[], all: readonly Line[]): number | undefined {
  const url = body.findIndex((line) => /^URL:/u.test(line.text))
  if (url !== -1) return url + 1
  const status = body.find((line) => PAGE_STATUS.test(line.text))
  const dated = status !== undefined && PAGE_DATE.test(all[status.index - 1]?.text ?? '')
  return dated ? 0 : undefined
}

/**
 * A question read from one of ft.dk's pages (rule `question-page`): its lines, its text as they set it (each line a
 * paragraph, where `text` is not given), the numbers the page states.
 */
function pageQuestion(lines: Line[], text = questionParagraphs(lines, true), numbers: string[] = []): QuestionResult {
  return { rule: 'question-page', text: unquote(text), numbers, lines, end: (lines.at(-1)?.index ?? 0) + 1 }
}

/** ft.dk's old case page of a question labels its words: `Spørgsmålets ordlyd:`. */
const WORDING_LABEL = /^Spørgsmålets\s+ordlyd\s*:?$/u

/** The page's next label (`Skriftlig begrundelse:`) or one of its dated fields (`Dokumentdato: 18-01-2005`). */
const PAGE_LABEL = /^\p{Lu}[\p{Ll} ]{2,40}:$|^(?:Dato|Status|Dokumentdato|Modtaget|Omdelt):/u

/**
 * The question under ft.dk's label `Spørgsmålets ordlyd:` on its old case page of a question, up to the page's next
 * label (`Skriftlig begrundelse:`), wherever the page sets it (the page's fields above it read as a letterhead).
 */
export function labelledWording(all: readonly Line[]): QuestionResult | undefined {
  // Asked of every document whose question was not found: the literal first, the pattern on the few lines holding it.
  const label = all.findIndex((line) => line.text.includes('ordlyd') && WORDING_LABEL.test(line.text.trim()))
  if (label === -1) return undefined
  const lines: Line[] = []
  for (const line of all.slice(label + 1)) {
    if (PAGE_LABEL.test(line.text.trim())) break
    lines.push(line)
  }
  if (lines.length === 0) return undefined
  return pageQuestion(lines)
}

/** A speech paper form's label alone on its line (Udlændinge- og Integrationsministeriet, 2025): `Arrangement:`, `Tekst:`. */
const OCCASION_LABEL = /^Arrangement:$/u
const TEXT_LABEL = /^Tekst:$/u

/** The form's next field's label: a short line that opens with a capital and asks nothing (`Sags nr.`, `Akt-id`, `Tale:`). */
const NEXT_FORM_LABEL = /^\p{Lu}[\p{L} .-]{1,12}:?$/u

/** Lines from the top within which the form's occasion stands. */
const FORM_HEAD_LINES = 12

/** A question's last line: a question mark, perhaps in quotes. */
const ASKS_AT_END = /\?[”"»]?$/u

/**
 * The samråd question a speech paper's form states under `Tekst:` where its occasion (`Arrangement:`) names the samråd
 * question it answers (`Besvarelse af samrådsspm. G`): up to the form's next label (`Sags nr.`, `Tale:`), where it ends
 * in a question mark. An occasion that names none as its own (`Teknisk gennemgang af … (opfølgning på samråd B)`)
 * leaves `Tekst:` a description, no question.
 */
export function speechFormQuestion(all: readonly Line[]): QuestionResult | undefined {
  const occasion = all.findIndex((line, at) => at < FORM_HEAD_LINES && OCCASION_LABEL.test(line.text.trim()))
  if (occasion === -1) return undefined
  const label = all.findIndex((line, at) => at > occasion && TEXT_LABEL.test(line.text.trim()))
  if (label === -1 || !speechHeadQuestion(all.slice(occasion + 1, label))) return undefined
  const lines: Line[] = []
  for (const line of all.slice(label + 1)) {
    if (NEXT_FORM_LABEL.test(line.text.trim())) break
    lines.push(line)
  }
  if (lines.length === 0 || !ASKS_AT_END.test(lines.at(-1)?.text.trim() ?? '')) return undefined
  return { rule: 'speech-form', text: unquote(questionParagraphs(lines)), numbers: [], lines, end: (lines.at(-1)?.index ?? 0) + 1 }
}

/**
 * ft.dk's page of a § 20 question's answer stored with nothing but its title and the question: `Svar på spm. nr. S 716`
 * over the question, or `Svar på spm. S 222: <the question>` with the question again under it — or alone.
 */
const SECTION20_ANSWER_TITLE = /^Svar\s+på\s+spm\.\s*(?:nr\.\s*)?S\s*(\d{1,5})(?::\s*(\S.*))?$/u

/**
 * The question of ft.dk's § 20 answer page that holds only its title and the question's one paragraph, ending in its
 * question mark (`SECTION20_ANSWER_TITLE`), or only the title that holds the question: a page of the question, its
 * answer a document of its own. Undefined where the page holds anything more (an answer's text, the case page's fields).
 */
export function section20PageQuestion(all: readonly Line[]): QuestionResult | undefined {
  // Asked of every document: the page's first line of text must open the title before the others are gathered.
  const title = all.find(isPageText)
  const match = title?.text.startsWith('Svar') ? SECTION20_ANSWER_TITLE.exec(title.text.trim()) : null
  if (!match || !title) return undefined
  const rest = all.filter((line) => line.index > title.index && isPageText(line))
  // The title alone, the question after its colon (`Svar på spm. nr. S 1960: I forbindelse med …?`).
  const inTitle = match[2]?.trim()
  if (rest.length === 0 && inTitle?.endsWith('?')) return pageQuestion([title], inTitle, [match[1] ?? ''])
  if (rest.length === 0 || new Set(rest.map((line) => line.block)).size > 1) return undefined
  const text = questionParagraphs(rest, true)
  if (!text.endsWith('?') || (match[2] !== undefined && match[2].trim() !== text)) return undefined
  return pageQuestion(rest, text, [match[1] ?? ''])
}

/** The longest question a page of its words alone holds, with room (a question quoting a passage runs long). */
const BARE_QUESTION_CHARS = 1200

/** A question put to a minister: it names the minister (`ministeren`, `statsministeren`, `ministerens`). */
const ASKS_MINISTER = /minister(?:en|ens)(?!\p{L})/u

/**
 * ft.dk's page of a question stored with nothing but the question's words and the frame of the table they stood in
 * (`Hvordan ser ministeren på …?` / `|`): one paragraph that asks the minister and ends in its question mark, and a
 * line that is the frame's remnant alone (`isPageText`) — a letter keeps no such line. A question's page, its answer a
 * document of its own; no number (the page's address alone gives it).
 */
export function bareQuestionPage(all: readonly Line[]): QuestionResult | undefined {
  // Asked of every document: the frame's line first, which few texts hold.
  if (!all.some((line) => line.text.trim() === '|') || all.some((line) => line.role)) return undefined
  const text = all.filter(isPageText)
  if (text.length === 0 || new Set(text.map((line) => line.block)).size > 1) return undefined
  const question = questionParagraphs(text, true)
  if (question.length > BARE_QUESTION_CHARS || !question.endsWith('?') || !ASKS_MINISTER.test(question)) return undefined
  return { ...pageQuestion(text, question), kindUnsaid: true }
}

/** ft.dk's question page: the question is the text between the address (or the page's top) and "Dato:"/"Status:". */
function questionPage(body: readonly Line[], all: readonly Line[]): QuestionResult | undefined {
  const start = questionPageStart(body, all)
  if (start === undefined) return undefined
  const lines: Line[] = []
  for (const line of body.slice(start)) {
    if (/^(?:Dato|Status|Emne):/u.test(line.text)) break
    // `URL:` with its address wrapped to the next line.
    if (lines.length === 0 && /^https?:\/\/\S+$/u.test(line.text)) continue
    lines.push(line)
  }
  if (lines.length === 0) return undefined
  // The page's paragraphs stand a line each, however long: none is a glued one (`public service-medier` keeps its hyphen).
  return pageQuestion(lines)
}
