/**
 * The head of a § 20 question as Folketingstidende prints it (the webarkiv.ft.dk pages of 1997–2007), not a letter:
 *
 *     Spm. nr. S 1609
 *     Til statsministeren (14/1 04) af:
 *     Søren Søndergaard (EL):
 *     »Kan statsministeren …?«
 *     Svar (21/1 04)
 *
 * The title gives the number, the address line the minister asked and the day the question was put (day/month and a
 * two-digit year), the next line the asker. Read as the letter's preamble, since it states the same facts.
 *
 * A question put in question time (spørgetimen) has a page of another form, its answer spoken in the chamber:
 *
 *     Spm. nr. S 2918 - besvaret 24/03-2004
 *     8) Til statsministeren af:
 *     Holger K. Nielsen (SF):
 *     »Vil regeringen oplyse, …?«
 *     Holger K. Nielsen (SF):
 *     Det ligger i forlængelse af …
 *     Statsministeren (Anders Fogh Rasmussen):
 *     Som jeg har oplyst …
 *
 * The title dates the answer; the address line carries the question's place on the day's list, not its date; the
 * member speaks first, then the minister, under Folketingstidende's speaker line.
 *
 * An urgent question put in question time (`US`, the webarkiv's pages of 1998–2003 and EU-Oplysningen's copies) has
 * no address line and no quote: the member's words are the question, the minister's after the speaker line the answer,
 * up to the member speaking again.
 *
 *     Spm nr. US 60
 *     Holger K. Nielsen (SF):
 *     I går afleverede FN's våbeninspektører … Derfor synes jeg, det er vigtigt at få afklaret, om …
 *     Statsministeren (Anders Fogh Rasmussen):
 *     Regeringens linje er meget klar, …
 *     Holger K. Nielsen (SF):
 *     Statsministeren svarer ikke på mit spørgsmål. …
 */
import { ANSWER_HEADING } from '../layout/markers.js'
import type { Context } from './context.js'
import { TIDENDE_SPEAKER } from './folketingstidende.js'
import type { Line } from './lines.js'
import type { AskersResult, Preamble } from './preamble.js'
import { type QuestionResult, questionParagraphs } from './question.js'

/**
 * The page's title: `Spm. nr. S 1609`, `Spørgsmål nr. S 1609`; in question time's form with the day it was answered,
 * `Spm. nr. S 2918 - besvaret 24/03-2004`. Captures: the number, and the answer's day, month and year.
 */
const TITLE = /^(?:Spm\.|Spørgsmål)\s*nr\.?\s*S\s*(\d{1,5})(?:\s[-–]\sbesvaret\s(\d{1,2})\/(\d{1,2})-(\d{4}))?$/u

/**
 * An urgent question's title in question time: `Spm nr. US 60`, `Spm. nr. US 3`. Its number is no § 20 question's (`S 3`
 * is another question), and the record has no kind for it: the title is read for the page's form only.
 */
const URGENT_TITLE = /^(?:Spm\.?|Spørgsmål)\s*nr\.?\s*US\s*\d{1,4}$/u

/**
 * `Til statsministeren (14/1 04) af:`, `Til ministeren for fødevarer, landbrug og fiskeri (3/12 03) af:` — the
 * addressee (a full stop after it in the page's overview form: `Til skatteministeren. (28/2 02) af:`), then the day,
 * month and year in parentheses, its two digits or four (`Til økonomiministeren (12/10 2000) af:`, eu.dk's copy). The addressee must be a minister's title
 * (`MINISTER_TITLE`).
 */
const ADDRESS = /^Til\s([^()]{1,140}?)\.?\s?\((\d{1,2})\/(\d{1,2})\s?(\d{2}|\d{4})\)\s?af:?$/u

/**
 * Question time's address line: the question's place on the day's list, the minister, no date — `8) Til
 * statsministeren af:`, `7) Til fødevareministeren af:`. Read only under a title that dates the answer.
 */
const LISTED_ADDRESS = /^\d{1,2}\)\s?Til\s([^()]{1,140}?)\s?af:$/u

/**
 * Where a minister's title ends, in lower case as the page writes it: `statsministeren`, `social- og
 * indenrigsministeren`, `ministeren for fødevarer, …` (not `udvalget`).
 */
const MINISTER_TITLE = /ministeren(?:\s+for\s|$)/u

/**
 * The asker alone on the next line: `Søren Søndergaard (EL):`, `Pia Christmas-Møller (KF):`, and with a full stop in
 * the page's overview form (`Frode Sørensen (S).`, under `Til skatteministeren. (28/2 02) af:`).
 */
const ASKER_LINE = /^((?:\p{Lu}[\p{L}'’.-]*|von|van|de|af)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|af)){1,5})\s*\(([\p{L}-]{1,5})\)[:.]?$/u

/**
 * How far down the page's title may stand: first on ft.dk's pages, under a site's menu and breadcrumb where another
 * site of Folketinget's copied the page (EU-Oplysningen's § 20 answers, 15 lines of menu). The address line right
 * under it is what makes it the head, so the title is looked for further down than a letter's first lines.
 */
const TITLE_WITHIN = 40

/** How far below the title the address line may stand (a blank line or a page name between). */
const ADDRESS_WITHIN = 3

/** Folketingstidende's two-digit years: the pages run from the 1990s to 2007, so `04` is 2004 and `98` is 1998. */
const CENTURY_PIVOT = 50

/** `14`, `1`, `04` → `2004-01-14` (a four-digit year as it stands), where it is a day of the calendar. */
export function tidendeDate(day: string, month: string, year: string): string | undefined {
  const full = year.length === 4 ? Number(year) : Number(year) + (Number(year) < CENTURY_PIVOT ? 2000 : 1900)
  const date = new Date(Date.UTC(full, Number(month) - 1, Number(day)))
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined
  return date.toISOString().slice(0, 10)
}

export interface TidendeHead {
  preamble: Preamble
  /** The asker named on the line after the address, where one is. */
  askers: AskersResult | undefined
  /** Question time's page: the day its title says the question was answered (`- besvaret 24/03-2004`). */
  answered?: { value: string; line: Line }
  /** Question time's urgent question (`URGENT_TITLE`): the member's words under the asker line are the question. */
  urgent?: { asker: Line }
}

/** The head of a Folketingstidende § 20 page, where the document opens with one. */
export function findTidendeHead(context: Context): TidendeHead | undefined {
  const { lines } = context
  const titleAt = lines.slice(0, TITLE_WITHIN).findIndex((line) => TITLE.test(line.text))
  if (titleAt === -1) return urgentHead(lines)
  const title = lines[titleAt] as Line
  const titled = TITLE.exec(title.text)
  const answeredOn = titled?.[2] ? tidendeDate(titled[2], titled[3] ?? '', titled[4] ?? '') : undefined
  // Question time's page, dated in its title, has its own address line (`LISTED_ADDRESS`).
  const form = answeredOn ? LISTED_ADDRESS : ADDRESS
  const addressAt = lines.findIndex((line, at) => at > titleAt && at <= titleAt + ADDRESS_WITHIN && form.test(line.text))
  const address = lines[addressAt]
  // A title without the address line under it is a letter's heading (`Spørgsmål nr. S 960`, its colon left out):
  // the page is known by the two together.
  if (!address) return undefined
  const parts = form.exec(address.text)
  const recipient = parts?.[1]?.trim().replace(/\s+/gu, ' ')
  const number = titled?.[1]
  const preamble: Preamble = {
    text: `${title.text} ${address.text}`,
    lines: [title, address],
    kind: 'section20',
    number,
  }
  if (recipient && /^\p{Ll}/u.test(recipient) && MINISTER_TITLE.test(recipient)) preamble.recipient = recipient
  const askedOn = parts?.[2] ? tidendeDate(parts[2], parts[3] ?? '', parts[4] ?? '') : undefined
  if (askedOn) preamble.askedOn = askedOn
  const answered = answeredOn ? { answered: { value: answeredOn, line: title } } : {}
  const next = lines[addressAt + 1]
  const asker = next ? ASKER_LINE.exec(next.text) : null
  if (!asker?.[1] || !next) return { preamble, askers: undefined, ...answered }
  const askers = [{ name: asker[1].replace(/\s+/gu, ' '), party: asker[2] ?? null, nonMember: false }]
  return { preamble, askers: { askers, byCommittee: false, line: next, lines: [next] }, ...answered }
}

/**
 * The head of question time's urgent question: its title (`URGENT_TITLE`) and the member's line right under it
 * (`Holger K. Nielsen (SF):`). No kind, number or date: the page states none a record has a field for.
 */
function urgentHead(lines: readonly Line[]): TidendeHead | undefined {
  const titleAt = lines.slice(0, TITLE_WITHIN).findIndex((line) => !line.role && URGENT_TITLE.test(line.text.trim()))
  const title = lines[titleAt]
  const next = lines[titleAt + 1]
  const asker = next ? ASKER_LINE.exec(next.text.trim()) : null
  if (!title || !next || !asker?.[1] || next.text.trim().endsWith('.')) return undefined
  const askers = [{ name: asker[1].replace(/\s+/gu, ' '), party: asker[2] ?? null, nonMember: false }]
  return {
    preamble: { text: title.text.trim(), lines: [title] },
    askers: { askers, byCommittee: false, line: next, lines: [next] },
    urgent: { asker: next },
  }
}

/**
 * The member's words under an urgent question's asker line, up to the minister's speaker line: the question (rule
 * `spoken-question`). Undefined where the page is cut before the minister speaks, or the member says nothing.
 */
export function urgentQuestion(lines: readonly Line[], head: TidendeHead): QuestionResult | undefined {
  const asker = head.urgent?.asker
  const answerAt = asker ? spokenAnswerStart(lines, asker.index + 1) : undefined
  if (!asker || answerAt === undefined) return undefined
  const words = lines.slice(asker.index + 1, answerAt - 1).filter((line) => !line.role)
  if (words.length === 0) return undefined
  return { rule: 'spoken-question', text: questionParagraphs(words), numbers: [], lines: words, end: answerAt - 1, kindUnsaid: true }
}

/**
 * Where the minister's spoken answer starts on question time's page: after Folketingstidende's line naming the
 * minister who speaks (`Statsministeren (Anders Fogh Rasmussen):`), the first after `from` (the question's end); the
 * member's words before it are not the answer. Undefined where the page shows no minister speaking (cut before).
 */
export function spokenAnswerStart(lines: readonly Line[], from: number): number | undefined {
  const speaker = lines.find((line) => line.index >= from && !line.role && TIDENDE_SPEAKER.test(line.text.trim()))
  return speaker ? speaker.index + 1 : undefined
}

/**
 * An answer's heading with its date, as Folketingstidende prints it under the question: `Svar (3/3 04)`, a later one
 * `Supplerende svar (2/4 04)` (a holding answer first, the answer itself weeks later), `Endeligt svar (5/5 2004)`.
 * Captures: the kind of answer, day, month, year.
 */
const DATED_ANSWER = /^(?:(Supplerende|Endeligt|Foreløbigt|Yderligere)\s+svar|Svar)\s?\((\d{1,2})\/(\d{1,2})\s?(\d{2}|\d{4})\)\s?:?$/u

/** An answer's date from its Folketingstidende heading. */
export interface DatedAnswer {
  value: string
  line: Line
  /** `Supplerende svar`: an answer after the first. */
  later: boolean
}

/** The dated answer headings of a Folketingstidende page after line index `from`, in order. */
export function tidendeAnswerDates(lines: readonly Line[], from: number): DatedAnswer[] {
  const dated: DatedAnswer[] = []
  for (const line of lines.slice(from)) {
    // Cheap literal test before the pattern.
    if (!line.text.includes('var (') && !line.text.includes('var(')) continue
    const parts = DATED_ANSWER.exec(line.text.trim())
    const value = parts ? tidendeDate(parts[2] ?? '', parts[3] ?? '', parts[4] ?? '') : undefined
    if (parts && value) dated.push({ value, line, later: parts[1] !== undefined && parts[1] !== 'Endeligt' })
  }
  return dated
}

/** The overview form's labels: `Spm i fuld tekst:` over the question, `Besv 13/3 02` dating the answer it does not print. */
const OVERVIEW_LABEL = /^(?:Spm\.?\s+i\s+fuld\s+tekst:|Besv\.?\s+\d{1,2}\/\d{1,2}\s+\d{2})$/u

/**
 * Whether a Folketingstidende page holds its question only: the page's overview form (`Spm i fuld tekst:` / `Skr
 * begrundelse:` / `Besv 13/3 02`), which dates the answer but prints it elsewhere, with no answer's section (`Svar
 * (21/1 04)`) after the head. The page is the question's. A page of the other form whose stored text ends before its
 * `Svar` is not known to be the question's: its answer may have been cut off.
 */
export function questionOnly(context: Context, head: TidendeHead): boolean {
  const end = head.preamble.lines.at(-1)?.index ?? 0
  const after = context.lines.filter((line) => line.index > end)
  return after.some((line) => OVERVIEW_LABEL.test(line.text.trim())) && !after.some((line) => ANSWER_HEADING.test(line.text.trim()))
}
