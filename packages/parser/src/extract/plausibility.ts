/**
 * Plausibility checks on the resolved record: a value that came out of the rules but does not look like what it
 * should be — a question that holds the answer's heading or opens mid-sentence, a date outside its session, a
 * committee or ministry another place in the letter contradicts. Each check reads values already resolved (no pass
 * over the document per candidate) and only warns: a warning in the review set, since the value may be wrong, and
 * a wrong value with no warning is the worst outcome. None changes a value.
 *
 * Each signal was measured on the training documents for false alarms (a warning on a record whose fields are all
 * right); signals that fired on right values there were left out or narrowed (see docs/warnings.md).
 */
import { type Asker, type Committee, type DocumentType, reviewWarningCodes, type Signature } from '@ft-answers/schema'
import { ANSWER_HEADING } from '../layout/markers.js'
import { committeeByCode, committeeByName, formerCode, ministryByName, ministryInUse } from '../registry/index.js'
import { DAY_MS, daysBetween } from '../util/dates.js'
import { hot } from '../util/hot-patterns.js'
import { matchesOf } from '../util/matches.js'
import type { Findings } from './findings.js'
import type { Line } from './lines.js'
import { MINISTRY_LINE } from './missing.js'
import { firstLine } from './provenance.js'
import type { QuestionResult } from './question.js'
import type { Candidate, Resolution } from './resolve.js'
import { sessionFromDate } from './session.js'

/**
 * Fewer characters than a question or request runs to (`Vil ministeren oplyse antallet?` has 31), unless it ends with
 * a question mark (`Hvor mange?`): shorter text is a heading or a fragment (`Spørgsmål 12`, `(alm. del)`).
 */
const QUESTION_MIN_LENGTH = 20

/** More characters than a question with its background runs to (the training corpus's longest has about 1,300). */
const QUESTION_MAX_LENGTH = 2500

/**
 * An answer's or a letter's part inside the question: an answer heading glued or on its own paragraph (`Endeligt
 * svar:`, `Foreløbigt svar`, `Svar:` opening a paragraph), a closing (`Med venlig hilsen`, `Venlig hilsen`). Not
 * `svar` inside a sentence (`… i svar på spørgsmål 12`), which has no colon after it and does not open a paragraph.
 */
const ANSWER_MARKER = hot(
  /(?:Endeligt|Foreløbigt|Supplerende)\s{1,3}svar\b|(?:^|\n)[ \t]{0,3}Svar(?:[ \t]{0,3}[:(]|[ \t]{0,3}(?:\n|$))|(?:^|\n|[.?!”"][ \t\n]{0,3})(?:Med[ \t]{1,3})?[Vv]enlig[ \t\n]{1,3}hilsen\b/u,
)

/**
 * The letter's parts around the question, read into it: a numbered question heading opening a paragraph
 * (`Spørgsmål nr. 12:`), the preamble's set phrases (`som hermed besvares`, `efter ønske fra`), ft.dk's own lines
 * (the running line `BEU, Alm.del - 2016-17 - Endeligt svar på spørgsmål 12`, a page image `1707858_0001.png`, the
 * stamp's `Offentligt`), the committee's question form around it (`Udvalget udbeder sig ministerens besvarelse af
 * følgende spørgsmål:`, `Spørgsmålet er stillet af …`, `På udvalgets vegne`).
 */
const LETTER_PART = hot(
  /(?:^|\n)[ \t]{0,3}(?:Spørgsmål|Spm\.)[ \t]{0,3}(?:nr\.[ \t]{0,3})?\d|som hermed besvares|efter ønske fra|Spørgsmålet er stillet af|udbeder sig (?:ministerens|ministeriets)|stillet følgende spørgsmål|På udvalgets vegne|Alm\.del - \d{4}|_\d{4}\.png|(?:^|\n)Offentligt(?:\n|$)/u,
)

/** Labels of a letterhead or footer, which no question holds: `CVR-nr.`, `Sagsnr.`, `Dok nr.`, `Telefax`, `E-post`. */
const LETTERHEAD_LABEL = /(?:CVR-?nr|Sagsnr\.|Dok\.?\s?nr\.|Telefax|E-post(?=\p{Lu}|\s*$))/mu

/**
 * A sentence's end glued to the next sentence's capitalised word, as a line join of an old rendition leaves it:
 * `kontanthjælp?”Endeligt`, `alm. del).Spørgsmålet`. Not an abbreviation inside a name (`F.L. Smidth`: one capital),
 * nor a quotation that opens after a space (`artiklen ”Drastisk`).
 */
const SENTENCE_GLUED = hot(/\p{Ll}[?!.)]["”]?\p{Lu}\p{Ll}{2}/u)

/** How a question may open: a capital, a digit, a quotation mark, a bracket, a paragraph sign. */
const QUESTION_OPENS = /^[\p{Lu}\d"”“„«'’(§[]/u

/**
 * The last word of a sentence cut short: a comma, colon, semicolon or dash, or a word that cannot end a Danish
 * sentence (a conjunction, preposition or article): `… om ministeren vil`, `… for at sikre, at`. Not a noun, a
 * number or a web address, with which an old question without its full stop ends.
 */
const CUT_END = /(?:[,:;–-]|\s(?:og|eller|at|af|i|for|til|om|der|som|med|på|en|et|den|det|de|ved|fra|under|over|samt|men|hvor|hvis|når))$/u

/**
 * A question form's label (`Til:`, `Fra:`, `Dato:`, `Emne:`), which a question letter sets in its head and no question
 * holds: `§20-SPØRGSMÅL … Til: Transport-, bygnings- og boligministeren 13. januar 2017` is the head read as the
 * question.
 */
const FORM_LABEL = hot(/(?:^|\s)(?:Til|Fra|Dato|Emne):[ \t]/u)

/**
 * A run of capitals longer than any word a question writes in capitals (`FOLKETINGSTIDENDE` has 17): a heading in
 * capitals whose spaces a rendition lost (`§20-SPØRGSMÅLTILMUNDTLIGBESVARELSE`), read into the question.
 */
const CAPITALS_RUN = hot(/\p{Lu}{20}/u)

/**
 * A word broken at a line end and joined with its hyphen and a space — a lone letter before the hyphen
 * (`Danmarks Fisk e- riforening`, `fugl e- influenza`) — or an abbreviation parted from its compound
 * (`EU -Kommissionens`). Not a suspended compound (`a- og b-skatter`, `land- og skovbrug`), whose hyphen a
 * conjunction follows.
 */
const BROKEN_WORD = hot(/(?:^|[\s(])\p{Ll}- (?!(?:og|eller|samt|som|til)\s)\p{Ll}|\p{Lu}{2} -\p{Lu}\p{Ll}/u)

/**
 * A paragraph break inside the question's sentence: after a word, number or comma, before a dash or a small letter
 * (`… opført i perioden 2010` / `– 2020?`), or before a dash item after a colon (`… hvilket ville betyde:` / `– Gratis
 * overfart …`). A line that opens with a dash was read as a list item where the sentence runs on.
 */
const BREAK_IN_SENTENCE = hot(/[\p{L}\d,;]\n\n(?:[–-] |\p{Ll})|:\n\n[–-] /u)

/** Quotation marks that open a quoted question (`”…”`, `„…“`, `»…«`, `"…"`, `’…’`). */
const OPENING_QUOTES = '”“„"\'’‘»«'

/** Quotation marks that close one. */
const CLOSING_QUOTES = '”“"\'’»«'

/**
 * Whether the question stands in the quotation marks the letter quotes it in (`”Vil ministeren …?”`): the question's
 * rules take those off, so marks left at both ends say its edges were not found where they should be.
 */
function wrappedInQuotes(text: string): boolean {
  return OPENING_QUOTES.includes(text[0] ?? '') && CLOSING_QUOTES.includes(text.at(-1) ?? '') && /[?.!]/u.test(text.at(-2) ?? '')
}

/** Why `text` does not look like a question, or undefined when it does. */
export function questionTextDoubt(text: string): string | undefined {
  const trimmed = text.trim()
  if (trimmed.length < QUESTION_MIN_LENGTH && !/\?[”"]?$/u.test(trimmed)) return `it is only ${trimmed.length} characters long`
  if (trimmed.length > QUESTION_MAX_LENGTH) return `it is ${trimmed.length} characters long: it may run on into the answer`
  const marker = ANSWER_MARKER.exec(trimmed)
  if (marker) return `it holds an answer's heading or a closing ("${marker[0].trim()}")`
  const label = LETTERHEAD_LABEL.exec(trimmed) ?? FORM_LABEL.exec(trimmed)
  if (label) return `it holds a letterhead's or a question form's label ("${label[0].trim()}")`
  const part = LETTER_PART.exec(trimmed)
  if (part) return `it holds a part of the letter around it ("${part[0].trim()}")`
  const capitals = CAPITALS_RUN.exec(trimmed)
  if (capitals) return `it holds a heading in capitals run together ("${capitals[0]}")`
  const broken = BROKEN_WORD.exec(trimmed)
  if (broken) return `a word is broken around a hyphen ("${broken[0].trim()}"): a line join went wrong`
  if (BREAK_IN_SENTENCE.test(trimmed)) return 'a paragraph breaks inside its sentence (a line opening with a dash read as a list item)'
  if (wrappedInQuotes(trimmed)) return 'it stands in the quotation marks the letter quotes it in: its edges were not found'
  if (!QUESTION_OPENS.test(trimmed)) return `it opens mid-sentence ("${trimmed.slice(0, 20)}")`
  const end = CUT_END.exec(trimmed)
  if (end) return `it ends mid-sentence ("${trimmed.slice(-20)}")`
  const glued = SENTENCE_GLUED.exec(trimmed)
  if (glued) return `a sentence's end is glued to the next word ("${glued[0]}"): a line join may have gone wrong`
  return undefined
}

/**
 * A converter's or viewer's line left in a rendition (`PDF to HTML - Convert PDF files to HTML files`), or ft.dk's
 * own (the running line `… Alm.del - 2016-17 - …`, a page image `1707858_0002.png`).
 */
const CONVERTER_LINE = /PDF to HTML|Convert PDF files|Alm\.del - \d{4}|_\d{4}\.png/u

/** How an answer may open: a capital, a digit, a quotation mark, a bracket, a bullet, a paragraph sign. */
const ANSWER_OPENS = /^[\p{Lu}\d"”“„«'’(§[•*–-]/u

/**
 * A cover letter's subject line read into its text: a first paragraph that ends no sentence (a title, up to a line and
 * a half), then the sentence that sends the letter's matter (`Status på strækningen … 2007` / `Til Trafikudvalgets
 * orientering oversendes hermed …`; `Fremsættelse af forslag til lov om epidemier m.v. (epidemiloven)` / `Til
 * udvalgets orientering sendes hermed …`; `Hermed sendes …`, `Vedlagt fremsendes …`, `Under henvisning til …`).
 */
const SUBJECT_BEFORE_COVER =
  /^[^\n]{10,160}[\p{L}\d)]\n\n(?:Til\s[^\n]{0,40}orientering|Hermed\s|Vedlagt\s|(?:Jeg|Ministeriet)\s(?:fremsender|sender|oversender)\s|Under\shenvisning\s)/u

/** The letter's closing opening a paragraph (`Med venlig hilsen`, `Venlig hilsen`): the answer ends above it. */
const ANSWER_CLOSING = /(?:^|\n)[ \t]{0,3}(?:Med[ \t]{1,3})?[Vv]enlig[ \t]{1,3}hilsen\b/u

/** Why `text` does not look like an answer's text, or undefined when it does. */
export function answerTextDoubt(text: string): string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  if (!ANSWER_OPENS.test(trimmed)) return `it opens mid-sentence ("${trimmed.slice(0, 20)}")`
  const label = LETTERHEAD_LABEL.exec(trimmed) ?? CONVERTER_LINE.exec(trimmed)
  if (label) return `it holds a letterhead's label or a converter's line ("${label[0]}")`
  const closing = ANSWER_CLOSING.exec(trimmed)
  if (closing) return `it holds the letter's closing ("${closing[0].trim()}"): its end was misplaced`
  if (SUBJECT_BEFORE_COVER.test(trimmed)) {
    return `it opens with the letter's subject line ("${trimmed.slice(0, trimmed.indexOf('\n')).slice(0, 40)}") before the sentence that sends it`
  }
  return undefined
}

/** A line's first word in lower case: the rest of a word broken on the line before (`aftalen`). */
const LINE_START_WORD = /^\p{Ll}[\p{L}\d]*/u

/**
 * The first half of a compound that keeps its hyphen before the second: one whose last part is a name
 * (`EU-Mercosur-` / `aftalen`: `EU-Mercosur-aftalen`) or an abbreviation in capitals (`EU-` / `landene`). Danish
 * writes such compounds with the hyphen, so a line end's hyphen after them is the compound's own.
 */
const KEEPS_HYPHEN = /[-/]\p{Lu}\p{L}*$|^\p{Lu}{2,}$/u

/**
 * A line-end hyphen that the text dropped where the compound keeps it: the lines end `EU-Mercosur-` and go on
 * `aftalen`, and the text reads `EU-Mercosuraftalen`. Returns the word as joined, or undefined. The lines are the
 * text's own (the question's, the answer's); only lines that end with a hyphen are looked at.
 */
export function droppedHyphen(lines: readonly Line[], text: string): string | undefined {
  for (let at = 0; at + 1 < lines.length; at++) {
    const line = lines[at]?.text ?? ''
    if (!line.endsWith('-')) continue
    // The line's last word before its hyphen (`… om EU-Mercosur-` → `EU-Mercosur`), without a bracket or quote before it.
    const first = line.slice(line.lastIndexOf(' ') + 1, -1).replace(/^[^\p{L}\d]+/u, '')
    const second = LINE_START_WORD.exec(lines[at + 1]?.text ?? '')?.[0]
    if (!first || !second || !KEEPS_HYPHEN.test(first) || second === 'og' || second === 'eller') continue
    if (text.includes(first + second) && !text.includes(`${first}-${second}`)) return first + second
  }
  return undefined
}

/** How many days after the question an answer may plausibly come (the slowest answers take months, not years). */
const ANSWER_MAX_DAYS = 400

/**
 * Days a date may lie outside its session's years and still count as in it: a question put on the eve of the
 * opening, a stamp that files a letter of the weeks after an election under the session before it.
 */
const SESSION_MARGIN_DAYS = 30

/**
 * The ISO date `days` after `iso` (before, where negative). A year of four digits is written from the date's parts,
 * as `toISOString` writes it (`2016-11-17`) at a fraction of its cost; any other year (or no date) is left to it.
 */
function shifted(iso: string, days: number): string {
  const date = new Date(Date.parse(iso) + days * DAY_MS)
  const year = date.getUTCFullYear()
  if (!(year >= 1000 && year <= 9999)) return date.toISOString().slice(0, 10)
  const month = date.getUTCMonth() + 1
  const day = date.getUTCDate()
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

/** The first calendar year of the session a date lies in: `2016-11-17` → `2016`. */
function sessionYear(iso: string): string {
  return sessionFromDate(iso).slice(0, 4)
}

/**
 * Whether a date lies in the session's years, give or take `SESSION_MARGIN_DAYS`. The years only: which of an
 * election year's two sessions a stamp names (`2022-23` for `2022-23 (2. samling)`) is no sign of a misread date.
 */
function nearSession(iso: string, session: string): boolean {
  const year = session.slice(0, 4)
  return [0, -SESSION_MARGIN_DAYS, SESSION_MARGIN_DAYS].some((days) => sessionYear(shifted(iso, days)) === year)
}

/** The dates and session as resolved. */
export interface DatedValues {
  askedOn: string | null
  answeredOn: string | null
  session: string | null
}

/**
 * Why the dates do not fit each other or the session, or undefined when they do: an answer the same day as the
 * question (the letter's date taken for the question's, or the other way), an answer long after the question (a year
 * misread), a question asked in another session than the record's (a year misread, or a session taken from
 * a cited date). `date-order` already warns of an answer before its question.
 */
export function datesDoubt(values: DatedValues): { field: string; reason: string } | undefined {
  const { askedOn, answeredOn, session } = values
  if (askedOn && answeredOn && askedOn === answeredOn) {
    return {
      field: 'question.askedOn',
      reason: `the question and the answer are dated the same day (${askedOn}): one date may be the other's`,
    }
  }
  if (askedOn && answeredOn && daysBetween(askedOn, answeredOn) > ANSWER_MAX_DAYS) {
    return { field: 'answer.answeredOn', reason: `the answer (${answeredOn}) is dated more than a year after the question (${askedOn})` }
  }
  if (askedOn && session && !nearSession(askedOn, session)) {
    return { field: 'question.askedOn', reason: `the question's date ${askedOn} lies outside the session ${session}` }
  }
  if (!askedOn && answeredOn && session && sessionYear(shifted(answeredOn, SESSION_MARGIN_DAYS)) < session.slice(0, 4)) {
    return { field: 'answer.answeredOn', reason: `the answer's date ${answeredOn} lies before the session ${session} began` }
  }
  return undefined
}

/**
 * A case other than the committee's general one, named where the letter states its question: an aktstykke
 * (`Aktstk. 17`, `Spørgsmål nr. 1 til aktstykke 79`), a Commission document (`KOM (2012) 0011`), a bill in the
 * statement's brackets (`spørgsmål nr. 4 (KOU L 172)`, `(L 22)`) or ft.dk's running line of a bill's question
 * (`L 95 - 2016-17 - Endeligt svar …`).
 */
const CASE_NAMED =
  /\bAktstk\.\s?\d{1,4}|\baktstykke\s(?:nr\.\s)?\d{1,4}|\bKOM\s?\(\d{4}\)\s?\d{1,4}|\((?:\p{Lu}{2,4}\s)?[LB]\s?\d{1,3}\)|^[LB]\s\d{1,3}\s-\s\d{4}-\d{2}\s-\s/u

/** A question named as an alm. del question by its number: `spørgsmål nr. 59 (Alm. del)`, `spm. 12 (FIU alm. del)`. */
const GENERAL_NAMED = /(?:spørgsmål|spm\.)\s*(?:nr\.?\s*)?\d{1,4}\s*\((?:\p{Lu}{2,4}\s)?alm\.\s?del\)/iu

/**
 * Why a question's kind may be wrong, or undefined: read as one of the committee's general (alm. del) questions while
 * a line of the head (the lines above the question: stamp, title, preamble, question heading) names a case; or read
 * as a bill's while no line of the head names that bill (the question's text only cites it), or while the letter calls
 * it an alm. del question (`spørgsmål nr. 59 (Alm. del)`, filed by ft.dk under a bill). The question's
 * rules read the kind from those lines, so a general kind beside such a line says one was misread; where the head
 * only cites a case without saying the question is on it, the rules leave the kind empty with
 * `question-kind-unknown` instead.
 */
export function kindDoubt(
  kind: string | null,
  head: readonly Line[],
  bill: string | null = null,
): { reason: string; line?: Line } | undefined {
  if (kind === 'bill' && bill) {
    // The letter calls its question an alm. del question (`spørgsmål nr. 59 (Alm. del)`) while ft.dk filed it under a
    // bill: one of the two is wrong.
    const general = head.find((line) => GENERAL_NAMED.test(line.text))
    if (general) return { reason: `the question is read as ${bill}'s, but the letter's head calls it an alm. del question`, line: general }
    return billNamed(bill, head) ? undefined : { reason: `no line above the question names ${bill}: it may only be cited` }
  }
  if (kind !== 'general') return undefined
  for (const line of head) {
    const named = CASE_NAMED.exec(line.text.trim())
    if (named) return { reason: `the question is read as an alm. del question, but the letter's head names "${named[0]}"`, line }
  }
  return undefined
}

/** A samråd question's letters (`A`, `AB`, `AÆ`): samråd questions are lettered, the others numbered. */
const SAMRAAD_LETTERS = /^\p{Lu}{1,3}$/u

/** How a message names a question's kind. */
const KIND_NAMES: Readonly<Record<string, string>> = { general: 'an alm. del', bill: "a bill's", section20: 'a § 20' }

/** A question's number in digits (`155`, `1023`). */
const DIGITS_ONLY = /^\d{1,5}$/u

/**
 * Why a question's kind and number do not go together, or undefined: a samråd question numbered in digits (`155`, the
 * number of the ordinary question its speech was filed under), or an alm. del, bill or § 20 question lettered like a
 * samråd question (`B`). The two were read from different places (a cover's opening and the enclosure's heading), and
 * one of them is not the record's question's.
 */
export function kindNumberDoubt(kind: string | null, number: string | null): string | undefined {
  if (kind === null || number === null) return undefined
  if (kind === 'consultation' && DIGITS_ONLY.test(number)) return `a samråd question is lettered, but its number was read as "${number}"`
  if (kind !== 'consultation' && SAMRAAD_LETTERS.test(number)) {
    return `only samråd questions are lettered, but the question is read as ${KIND_NAMES[kind] ?? `a ${kind}`} question "${number}"`
  }
  return undefined
}

/**
 * The head of the letter above its question: the lines before the question's first, and that line's words before
 * the question where it starts mid-line (a preamble run into it: `… (L 74), som … den 18. april 2005 Spørgsmål 99: "…`).
 */
function headOf(question: QuestionResult, lines: readonly Line[]): Line[] | undefined {
  const first = question.lines[0]
  if (!first) return undefined
  const above = lines.slice(0, first.index)
  return question.startsAt ? [...above, { ...first, text: first.text.slice(0, question.startsAt) }] : above
}

/** A bill named by its letter and number: `L 37`, `L37`, `L nr. 37`, `B 118`, justified `(L  74)`. */
const BILL_MENTION = /\b([LB])\s{0,3}(?:nr\.\s{0,3})?(\d{1,3})(?!\d)/gu

/**
 * Whether a line of the head names the bill a question was read as being on (`L 37` in the stamp, the title, the
 * preamble's `(UUI L 37)`): a bill's question is filed and introduced under it. A bill named only in the question's
 * text (`jf. L 37 – svar på spørgsmål 13`) is one the question cites.
 */
function billNamed(bill: string, head: readonly Line[]): boolean {
  const letter = bill.charAt(0)
  const number = /\d{1,3}/u.exec(bill)?.[0]
  if (!number) return true
  return head.some(
    (line) => line.text.includes(number) && [...matchesOf(BILL_MENTION, line.text)].some((m) => m[1] === letter && m[2] === number),
  )
}

/** The rules that state the committee in the letter or its filing (not a committee only named in the text). */
const STATED_COMMITTEE = new Set(['stamp', 'source-path', 'preamble', 'address', 'case-code'])

/** Whether a rule reads where ft.dk filed the letter (its stamp, its address) rather than the letter itself. */
function isFiling(rule: string | undefined): boolean {
  return rule === 'stamp' || rule === 'source-path'
}

/** The committee a candidate of the committee's resolution stands for. */
function committeeOf(candidate: Candidate<unknown>, session: string | null): Committee | undefined {
  const value = candidate.value
  if (typeof value !== 'object' || value === null) return undefined
  if ('code' in value && typeof value.code === 'string') return committeeByCode(value.code, session)
  if ('name' in value && typeof value.name === 'string') return committeeByName(value.name)
  return undefined
}

/**
 * A committee another stated place contradicts: the stamp files the letter under one committee while its address
 * or title names another (`Miljøudvalget` / `MIU Alm.del` above a letter to `Udvalget for Fødevarer, Landbrug og
 * Fiskeri` on `spørgsmål nr. 356 (FLF alm. del)`). Not where the stamp files the letter as another case's annex,
 * which says it belongs elsewhere.
 */
export function committeeRival(
  committee: Resolution<Committee>,
  session: string | null,
  annex: boolean,
  inText: (line: Line) => boolean = () => false,
): { rival: Committee; rule: string } | undefined {
  const chosen = committee.value?.code
  // A filing as another case's annex says the letter belongs elsewhere: no contradiction from or to the filing.
  if (!chosen || (annex && isFiling(committee.from?.rule))) return undefined
  for (const candidate of committee.rivals) {
    if (!STATED_COMMITTEE.has(candidate.rule)) continue
    // A case code the question or answer cites (`… svaret på SAU alm. del spørgsmål 12`) is another case's.
    const where = firstLine(candidate.where)
    if (where && inText(where)) continue
    if (annex && isFiling(candidate.rule)) continue
    const rival = committeeOf(candidate, session)
    // The committee's name before a renaming gave it a new code (`Arbejdsmarkedsudvalget` under a stamp of BEU) is no rival.
    if (rival && rival.code !== chosen && !formerCode(rival.code, chosen)) return { rival, rule: candidate.rule }
  }
  return undefined
}

/**
 * A ministry's name on a line of its own in the letter (its letterhead or footer), other than the ministry resolved:
 * one the registry knows and was in use in `year`, or one shaped as a ministry's name that the registry does not know
 * (`Miljø- og Ligestillingsministeriet` of 2024, a name newer than the registry). The first such line only.
 */
export function ministryLineRival(
  lines: readonly Line[],
  ministry: string,
  year: number | undefined,
  inQuestion: (line: Line) => boolean = () => false,
): { name: string; line: Line } | undefined {
  for (const line of lines) {
    const text = nameOnLine(lines, line)
    if (text === undefined || inQuestion(line) || listed(lines, line)) continue
    const named = ministryByName(text)
    if (named) {
      if (named.name !== ministry && ministryInUse(named, year)) return { name: named.name, line }
    } else if (MINISTRY_LINE.some((pattern) => pattern.test(text)) && !ministry.toLowerCase().endsWith(text.toLowerCase())) {
      // Not the end of the ministry's own name, which a letterhead sets on a line of its own (`VÆKSTMINISTERIET`).
      return { name: `${text} (not in the registry)`, line }
    }
  }
  return undefined
}

/** The end of a line that breaks a ministry's name: `Klima-, Energi- og` / `Forsyningsministeriet`. */
const NAME_BROKEN = /(?:\s(?:og|for)|[-,])$/iu

/**
 * The ministry's name a line ends, joined to the line before where that breaks the name (`Klima-, Energi- og` /
 * `Forsyningsministeriet`), or undefined when the line is no ministry's name alone.
 */
function nameOnLine(lines: readonly Line[], line: Line): string | undefined {
  const text = line.text.trim()
  // A ministry's name ends in "ministeriet" (any case); the cheap test first.
  if (text.length > MINISTRY_LINE_MAX || !/ministeriet$/iu.test(text)) return undefined
  const before = lines[line.index - 1]?.text.trim() ?? ''
  return NAME_BROKEN.test(before) ? `${before} ${text}` : text
}

/** Whether a ministry's line stands in a list of them (a table's labels, the ministries an answer names). */
function listed(lines: readonly Line[], line: Line): boolean {
  return [lines[line.index - 1], lines[line.index + 1]].some((next) => next !== undefined && /ministeriet$/iu.test(next.text.trim()))
}

/** The longest line read as a ministry's name alone (`Ministeriet for Børn, Ligestilling, Integration og Sociale Forhold`). */
const MINISTRY_LINE_MAX = 70

/**
 * The rules that state the ministry that writes (not the minister asked, nor a ministry the answer names). Not the
 * letterhead's web address either: a ministry keeps its address through renames (`mim.dk` of Miljøministeriet and of
 * Miljø- og Fødevareministeriet), so that it stands for another of the ministry's names is no contradiction.
 */
const STATED_MINISTRY = new Set(['letterhead', 'letterhead-title', 'letterhead-reference', 'signature-title', 'answering-minister'])

/**
 * A ministry another place that states who writes contradicts: the letterhead's name against the signature's title
 * or the opening's "…ministerens besvarelse" (`Miljøministeriet` above `Miljø- og fødevareminister` under the
 * signature).
 */
export function ministryRival(ministry: Resolution<string>): { rival: string; rule: string } | undefined {
  if (!ministry.value || !ministry.from || !STATED_MINISTRY.has(ministry.from.rule)) return undefined
  for (const candidate of ministry.rivals) {
    if (STATED_MINISTRY.has(candidate.rule) && typeof candidate.value === 'string') return { rival: candidate.value, rule: candidate.rule }
  }
  return undefined
}

/** Whether a line lies within one of the runs of lines given (the question's, the answer's), by line index. */
function within(...runs: (readonly Line[] | undefined)[]): (line: Line) => boolean {
  // A loop, not `flatMap` over an array per run (several times slower on Node 20).
  const spans: (readonly [number, number])[] = []
  for (const lines of runs) {
    const first = lines?.[0]
    const last = lines?.at(-1)
    if (first && last) spans.push([first.index, last.index])
  }
  return (line) => spans.some(([first, last]) => line.index >= first && line.index <= last)
}

/**
 * A person's name as the Folketing's letters write it: two to five capitalised words, hyphenated or with a particle
 * (`Pia Christmas-Møller`, `Kirsten Normann Andersen`, `Lars Løkke Rasmussen`, `Naser Khader`, `Charlotte de Vries`).
 * Not a phrase (`Spørgsmålet er stillet af`), a title (`Beskæftigelsesministeren`) nor a name with its title glued.
 */
const PERSON_NAME = hot(/^\p{Lu}[\p{L}'’.-]{0,30}(?:\s(?:(?:de|van|von|af|la|le|du|der)\s)?\p{Lu}[\p{L}'’.-]{0,30}){1,4}$/u)

/**
 * A title glued to the end of a name, as a rendition that lost the line end between them leaves it
 * (`Lars-Emil Johansenformand`, `Karen Hækkerupminister`). No Danish surname ends in a lower-case title.
 */
const TITLE_GLUED = /\p{Ll}(?:formand|minister|ministeren|direktør|chef|sekretær|fuldmægtig)(?=\s|$)/u

/**
 * A signature's title that is a word of the letter's furniture, not an office: an annex's or a page's label read
 * under the name (`Kaare Dybvad Bek` / `Bilag 1`, `Side 2`, `Kopi til …`).
 */
const NOT_A_TITLE = /^(?:Bilag|Side|Kopi|Vedlæg|Vedlagt|Svar|Spørgsmål)\b/u

/** The kinds of letter the ministry writes, which its minister signs (a question letter is signed by its asker). */
const ANSWERING: ReadonlySet<DocumentType> = new Set(['answer', 'cover-letter'])

/**
 * Why the askers or the signature do not read as people, or undefined when they do: a name that is no person's name
 * (a phrase, a title, words glued), or an answer signed by the member who asked (the asker's line read as the
 * signature, or the signature as an asker).
 */
export function peopleDoubt(
  askers: readonly Asker[],
  signature: Signature | null,
  documentType: DocumentType,
): { field: string; reason: string } | undefined {
  const asker = askers.find((each) => !PERSON_NAME.test(each.name) || TITLE_GLUED.test(each.name))
  if (asker) return { field: 'question.askers', reason: `the asker "${asker.name}" does not read as a person's name` }
  if (signature && (!PERSON_NAME.test(signature.name) || TITLE_GLUED.test(signature.name))) {
    return { field: 'signature', reason: `the signature "${signature.name}" does not read as a person's name` }
  }
  if (signature?.title && NOT_A_TITLE.test(signature.title)) {
    return { field: 'signature', reason: `the signature's title "${signature.title}" is a label of the letter, not an office` }
  }
  if (signature && ANSWERING.has(documentType) && askers.some((each) => each.name === signature.name)) {
    return { field: 'signature', reason: `the answer is signed by ${signature.name}, who asked the question` }
  }
  return undefined
}

/** Values the record checks read. */
export interface CheckedValues extends DatedValues {
  questionText: string | null
  /** The question's kind (`general` for alm. del), its number (`12`, `AB`) and the bill it is on (`L 37`). */
  kind: string | null
  number: string | null
  bill: string | null
  committee: Resolution<Committee>
  ministry: Resolution<string>
  askers: readonly Asker[]
  signature: Signature | null
  documentType: DocumentType
}

/** Why a text's line joins look wrong (see `droppedHyphen`), or undefined. */
function hyphenDoubt(lines: readonly Line[] | undefined, text: string): string | undefined {
  const joined = lines && text !== '' ? droppedHyphen(lines, text) : undefined
  return joined ? `a line end's hyphen was dropped inside a compound that keeps it ("${joined}")` : undefined
}

/**
 * An answer's heading (`Svar:`, `Endeligt svar`, `Besvarelse`) on a line of its own in a document read as a question
 * letter: a ministry's answer that quotes the committee's question form (`Udvalget udbeder sig ministerens besvarelse
 * af følgende spørgsmål:`) read as the form itself. The first such line outside page furniture, or undefined.
 */
export function answerHeadingInQuestionLetter(lines: readonly Line[], documentType: DocumentType): Line | undefined {
  if (documentType !== 'question') return undefined
  return lines.find((line) => !line.role && ANSWER_HEADING.test(line.text))
}

/** Warns where a resolved value looks implausible (see the module's comment). */
export function checkPlausibility(found: Findings, values: CheckedValues): void {
  const { messages, lines } = found.context
  const inText = within(found.question?.lines, found.answer.lines)
  // Only a warning that already sends the record to review explains a doubt away: a note that does not (a year
  // inferred, a text repaired) leaves the record `ok`, and the doubt would go unsaid.
  const warned = (field: string) => messages.list.some((warning) => warning.field === field && reviewWarningCodes.has(warning.code))
  const questionDoubt = values.questionText
    ? (questionTextDoubt(values.questionText) ?? hyphenDoubt(found.question?.lines, values.questionText))
    : undefined
  if (questionDoubt && !warned('question.text')) {
    messages.warn(
      'question-text-implausible',
      `The question's text may be wrong: ${questionDoubt}`,
      found.question?.lines[0],
      'question.text',
    )
  }
  const answerDoubt = answerTextDoubt(found.answer.text) ?? hyphenDoubt(found.answer.lines, found.answer.text)
  if (answerDoubt && !warned('answer.text')) {
    messages.warn('answer-text-implausible', `The answer's text may be wrong: ${answerDoubt}`, found.answer.lines[0], 'answer.text')
  }
  const heading = answerHeadingInQuestionLetter(lines, values.documentType)
  if (heading && !warned('documentType')) {
    messages.warn(
      'document-type-implausible',
      `The document is read as a question letter, but it has an answer's heading ("${heading.text}"): it may be an answer`,
      heading,
      'documentType',
    )
  }
  const people = peopleDoubt(values.askers, values.signature, values.documentType)
  if (people && !warned(people.field)) {
    messages.warn('person-implausible', `A name may be misread: ${people.reason}`, undefined, people.field)
  }
  const head = found.question && headOf(found.question, lines)
  const shape = kindNumberDoubt(values.kind, values.number)
  const kind = (head ? kindDoubt(values.kind, head, values.bill) : undefined) ?? (shape ? { reason: shape } : undefined)
  if (kind && !warned('question.kind')) {
    messages.warn(
      'question-kind-implausible',
      `The question's kind may be wrong: ${kind.reason}`,
      kind.line ?? found.question?.lines[0],
      'question.kind',
    )
  }
  const dates = datesDoubt(values)
  if (dates && !warned(dates.field) && !warned('session')) {
    messages.warn('date-implausible', `A date may be misread: ${dates.reason}`, found.letterDate?.line, dates.field)
  }
  const committee = committeeRival(values.committee, values.session, found.stamp.annex === true || found.stamp.sharedCase === true, inText)
  if (committee && !warned('committee')) {
    messages.warn(
      'committee-disagrees',
      `The committee is ${values.committee.value?.name} (${values.committee.from?.rule}), but the ${committee.rule} names ${committee.rival.name}`,
      undefined,
      'committee',
    )
  }
  const stated = ministryRival(values.ministry)
  if (stated && !warned('ministry')) {
    messages.warn(
      'ministry-disagrees',
      `The ministry is ${values.ministry.value} (${values.ministry.from?.rule}), but the ${stated.rule} names ${stated.rival}`,
      undefined,
      'ministry',
    )
  }
  // The letter's lines are read only where no warning on the ministry stands yet.
  if (!values.ministry.value || warned('ministry')) return
  const year = Number((values.answeredOn ?? values.askedOn ?? '').slice(0, 4)) || undefined
  const ministry = ministryLineRival(lines, values.ministry.value, year, within(found.question?.lines))
  if (ministry) {
    messages.warn(
      'ministry-disagrees',
      `The ministry is ${values.ministry.value}, but a line of the letter names ${ministry.name}`,
      ministry.line,
      'ministry',
    )
  }
}
