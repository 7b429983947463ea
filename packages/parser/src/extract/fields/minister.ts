/**
 * The minister asked and the ministry that answers: the preamble's "til …ministeren" (or, in a question letter, the
 * minister addressed alone on a line); the ministry from a letterhead line naming it (also where a rendition set
 * the letterhead's column or footer in the text), else the minister's title alone in the letterhead, else the
 * letterhead's web address (`www.jm.dk`) where the registry knows it as one ministry's, else the signature's
 * title, else the minister the question was put to.
 */

import { PAGE_IMAGE } from '../../layout/roles.js'
import {
  ministryByDomain,
  ministryByName,
  ministryByTitle,
  ministryByTitleLine,
  ministryInUse,
  ministryOpening,
} from '../../registry/index.js'
import { parseDateLine } from '../../util/dates.js'
import { joinLines } from '../../util/hyphenation.js'
import { matchesOf } from '../../util/matches.js'
import { CONTACT_LABEL, GREETING, NAME } from '../closing.js'
import type { Findings } from '../findings.js'
import { findAddresseeAtFoot, findMinisterLine } from '../head.js'
import { FIELD_LABEL_OPENS } from '../letterhead.js'
import type { Line } from '../lines.js'
import { summaryOnCasePage } from '../page-summary.js'
import { findHeadRecipient } from '../preamble.js'
import { firstLine } from '../provenance.js'
import { ABSENT, propose, type Resolution, resolve } from '../resolve.js'
import { BROKEN_NAME, brokenNameReadings, isSideColumnLine, ministryNamedAt, opensWithAddress, withOgApart } from '../side-column.js'

/** A chair signs a committee's letter: "formand" is a title, not a minister's. */
const CHAIR = /formand/iu

/** A minister's title in the recipient: two of them name two ministers (`Beskæftigelsesministeren` + `Erhvervs- …`). */
const MINISTER_WORD = /ministeren/gu

export function resolveRecipient(found: Findings): Resolution<string> {
  const { preamble, documentType, head, context, runningTitle, pageSummary } = found
  const addressed = documentType === 'question' ? (findMinisterLine(head) ?? findAddresseeAtFoot(context.lines)) : undefined
  // A title over the questions that names the minister asked ("Spørgsmål nr. 3 … stillet … til Ministeren for …").
  const headRecipient = preamble?.recipient ? undefined : findHeadRecipient(context.lines, found.question?.lines[0]?.index ?? head.length)
  // A question's case page (its facts read by `stamp.ts`) sets ft.dk's summary among its labels.
  const caseSummary = found.stamp.casePage === 'committee' ? summaryOnCasePage(context.lines) : undefined
  const recipient = resolve([
    propose('preamble-recipient', preamble?.recipient, preamble?.lines),
    propose('running-title', runningTitle?.recipient, runningTitle?.line),
    propose('page-summary', pageSummary?.recipient, pageSummary?.lines),
    propose('page-summary', caseSummary?.recipient, caseSummary?.lines),
    propose('minister-addressed', addressed?.value, addressed ? [addressed.line] : undefined),
    propose('head-recipient', headRecipient?.value, headRecipient ? [headRecipient.line] : undefined),
  ])
  // A samråd with two ministers, their titles glued (`BeskæftigelsesministerenErhvervs- og vækstministeren`): the
  // record holds one recipient, and which one is the question's is not said.
  if ((recipient.value?.match(MINISTER_WORD) ?? []).length < 2) return recipient
  context.messages.warn(
    'recipient-multiple',
    `The question is put to more than one minister ("${recipient.value}"); question.recipient is left empty`,
    firstLine(recipient.from?.where),
    'question.recipient',
  )
  return { value: null, from: undefined, provenance: { ...ABSENT }, rivals: [] }
}

/** A web address in the letterhead: `www.justitsministeriet.dk`, `http://www.um.dk`, glued `…København Kwww.km.dkTelefon`. */
const WEB_ADDRESS = /(?:https?:\/\/)?www\.([a-z\d-]{1,40}\.dk)/u

/**
 * The contact line of a letterhead or footer an old rendition set in the text, glued: a postcode and town or a phone
 * label beside the web address (`Frederiksholms Kanal 211220 København Kwww.km.dkTelefon 3392 3390…`), in capitals
 * too (`1060 KØBENHAVN KTELEFON: 33 92 33 20…WEB: www.FMN.DK`). The labels are closing's `CONTACT_LABEL`; the web
 * address the line must hold is no sign by itself.
 */
const CONTACT_LINE = new RegExp(
  // The labels are letters, dots and hyphens only, so their capitals are the source in capitals.
  String.raw`\d{4}\s(?:\p{Lu}\p{Ll}+|KØBENHAVN)|${CONTACT_LABEL}|${CONTACT_LABEL.toUpperCase()}`,
  'u',
)

/**
 * Letterhead lines, in order: the sidebar and page headers and footers, then a line of the text that reads as the
 * letterhead's contact line.
 */
function letterheadLines(lines: readonly Line[]): Line[] {
  // One pass over the document's lines, not two filters and a spread: a line with a role is no line of the text.
  const roled: Line[] = []
  const inText: Line[] = []
  let previous: Line | undefined
  for (const line of lines) {
    if (line.role === 'sidebar' || line.role === 'page-header' || line.role === 'page-footer') roled.push(line)
    else if (!line.role && line.text.includes('www.') && (CONTACT_LINE.test(line.text) || continuesContactLine(previous, line))) {
      inText.push(line)
    }
    previous = line
  }
  for (const line of inText) roled.push(line)
  return roled
}

/** A footer's separator between its fields: `•`, `·`, `|`. */
const FOOTER_SEPARATOR = /[•·|]/u

/**
 * Whether `line`, holding the web address, goes on a contact line its line before began: both parted by a footer's
 * separator, the line before with its postcode or a contact label (`Gammel Mønt 4, 2 · 1117 København K · T +45 33 92 29
 * 00 · E` / `[email protected] · www.mbbl.dk`, a footer a narrow column wrapped).
 */
function continuesContactLine(previous: Line | undefined, line: Line): boolean {
  return (
    previous !== undefined &&
    !previous.role &&
    previous.index === line.index - 1 &&
    FOOTER_SEPARATOR.test(line.text) &&
    FOOTER_SEPARATOR.test(previous.text) &&
    CONTACT_LINE.test(previous.text)
  )
}

/** A journal or case number's label on a line: `N.5, j.nr. 400.E.9/CE/1`, `Sagsnr.: 2005-3061`, `J. NR. 2004-4588`. */
const CASE_LABEL_IN = /(?<!\p{L})(?:[Jj]\.\s?nr\.|J\.\s?NR\.|Sagsnr\.)/u

/** A footer's separator alone on its line: `•`. */
const FOOTER_SEPARATOR_LINE = /^\s{0,3}[•·|¶]\s{0,3}$/u

/**
 * The ministry named on a letterhead line — or on it and the next where the name breaks — or named alone in the text
 * on the document's first line, or at the head of its address (a footer or a side column the rendition set in the
 * text: `Uddannelses- og` / `Forskningsministeriet` / `Børsgade 4`; `Miljøministeriet • Frederiksholms Kanal 26 • 1220
 * København K`; `Udenrigsministeriet` / `Asiatisk Plads 2, 1448 København K Tlf.: …`).
 */
function letterheadMinistry(lines: readonly Line[]): { name: string; line: Line } | undefined {
  // The document's first line of its own (no stamp's, no page image's name): a name alone there heads the letter.
  const first = lines.find((line) => line.role !== 'stamp' && !PAGE_IMAGE.test(line.text))
  for (const line of lines) {
    const named = ministryNamedAt(lines, line)
    if (!named) continue
    const after = lines[named.last.index + 1]
    const inLetterhead = line.role === 'sidebar' || line.role === 'page-footer'
    // A footer's separator on the line or alone on the next (`Miljø- og Ligestillingsministeriet` / `•` / `Frederiksholms …`).
    const separated = /[•·|¶]/u.test(line.text) || FOOTER_SEPARATOR_LINE.test(after?.text ?? '')
    // The sender's unit alone between the name and the address (`Ministeriet for Børn,` / `Undervisning og Ligestilling`
    // / `Ministeren` / `Frederiksholms Kanal 21`, 2016) heads it all the same.
    const address = after && SENDER_UNIT.test(after.text.trim()) ? lines[after.index + 1] : after
    const headsAddress = address === undefined || isSideColumnLine(address, lines) || separated || opensWithAddress(address.text)
    // A name in capitals alone on its line is the letterhead's, wherever the rendition set it (`ØKONOMI-
    // OGERHVERVSMINISTERIET` above the text), or on the two lines it breaks over (`ERHVERVS- OG` / `VÆKSTMINISTERIET`,
    // a logo): running text writes no ministry so.
    const capitals = line.text === line.text.toUpperCase() && named.last.text === named.last.text.toUpperCase()
    // Alone on the document's first line, above its unit or office (`Ministeriet for Fødevarer, Landbrug og Fiskeri` /
    // `Enheden for EU og Internationale forhold/JWP`): the sender's name, as the letterhead sets it.
    const heads = line === first && named.last === line
    // Under a name alone on its line, the input's next line (by line number: a letterhead's field under the name, read
    // as the side column's, may stand apart from the name in the line view).
    const below = namedAlone(line, named) ? inputLineAfter(lines, line) : undefined
    // Alone on its line over a journal number (`Udenrigsministeriet` / `N.5, j.nr. 400.E.9/CE/1`, `Skatteministeriet` /
    // `J.nr. 2018 - 443`): the letterhead of an answer sheet sent on under a covering letter, wherever it stands.
    const overCase = CASE_LABEL_IN.test(below?.text ?? '')
    // Alone on its line over a date alone (`Børne- og Undervisningsministeriet` / `27. september 2024` / `Sagsnr.:
    // 24/28666`): the letterhead's name and the letter's date, wherever the rendition set the block.
    const overDate = below !== undefined && parseDateLine(below.text) !== undefined
    // Alone on its line over a field's label (`Økonomi- og Indenrigsministeriet` / `Enhed: Adm. pol.` / `Sagsbeh.:
    // DEPHVJ`, a draft bill's head): the letterhead's name over its fields.
    const overLabel = FIELD_LABEL_OPENS.test(below?.text ?? '')
    if (inLetterhead || (!line.role && (headsAddress || capitals || heads || overCase || overDate || overLabel))) {
      return { name: named.name, line }
    }
  }
  return undefined
}

/**
 * A ministry's name alone on its line under the signer's name, the closing's greeting over that (`Med venlig hilsen` /
 * `Ellen Marie Friis Johansen` / `Ministeriet for Fødevarer, Landbrug og Fiskeri`): the signer's ministry, as an
 * official signs. Read only where no letterhead or signature's title names the ministry.
 */
function signerMinistry(lines: readonly Line[]): { name: string; line: Line } | undefined {
  for (const line of lines) {
    const [greeting, signer] = [lines[line.index - 2], lines[line.index - 1]]
    if (!greeting || !signer || !GREETING.test(greeting.text.trim()) || !NAME.test(signer.text.trim())) continue
    const named = ministryNamedAt(lines, line)
    if (named && namedAlone(line, named)) return { name: named.name, line }
  }
  return undefined
}

/** Whether `line` holds the ministry's name it names and nothing else (a stop after it at most), on no other line. */
function namedAlone(line: Line, named: { name: string; last: Line }): boolean {
  return named.last === line && line.text.trim().length <= named.name.length + 1
}

/** Input lines that may stand between a line and the next it goes with: a double-spaced rendition's blank one. */
const LINE_GAP = 2

/**
 * The input's next line of text after `line`, by its line number, not its place in the view: the line right after it
 * or, where that is blank (no line of the view has its number), the one after that.
 */
function inputLineAfter(lines: readonly Line[], line: Line): Line | undefined {
  let next: Line | undefined
  for (const other of lines) {
    if (other.line > line.line && other.line <= line.line + LINE_GAP && (!next || other.line < next.line)) next = other
  }
  return next
}

/** The sender's unit alone on the line under the ministry's name: `Ministeren`, `Departementet`. */
const SENDER_UNIT = /^(?:Ministeren|Departementet)$/u

/** Lines at the letter's top searched for a letterhead that opens with the ministry's name. */
const TOP_LINES = 8

/**
 * A letterhead line that opens with the ministry's name and goes on with a letterhead field's label, as a rendition
 * that sets a page (or the letterhead's table) on one line has it: `Skatteministeriet J.nr. 2004-318 - 0303 Den …`,
 * `Justitsministeriet   Sagsnr. 2010-0041`, `Kirkeministeriet Telefon 3392 3390 Dokument nr. 319753 Dato: 30. marts
 * 2007`, `Finansministeriet Tlf. 3392 3333` — or with a wide gap (three spaces or more, no-break spaces too) before
 * the letterhead's next column: `UDENRIGSMINISTERIET      EUP j.nr. 400.A.2-10-2007`. The name must be the
 * registry's whole name, so a line of text with a gap (`Til Folketingets Europaudvalg      Den 3. maj`) is none.
 */
const NAME_BEFORE_LABEL =
  /^(\p{Lu}[\p{L}\-,]*(?:\s[\p{L}\-,]+){0,6})(?:\s+(?:J\.\s?nr\.|Sagsnr\.|Journalnr\.|Sags\s?nr\.|Dok(?:ument|\.)\s?nr\.|Telefon\s|Tlf\.|Dato:)|\s{3}\s*\S)/u

/** The labels `NAME_BEFORE_LABEL` knows, or a wide gap, as a cheap test before it. */
const LABEL_LITERAL = /nr\.|Telefon|Tlf\.|Dato:|\S\s{3}/u

/**
 * A ministry's name in capitals that opens a line at the letter's top, more of the letterhead after it on the line
 * (an office's letters, a label, the date), where a rendition ran a PDF's page onto one line — after the page's
 * number, too: `2 UDENRIGSMINISTERIET EUP j.nr. 400.A.2-10-1 Nordgruppen Den 17. maj 2005`, `JUSTITSMINISTERIET
 * Lovafdelingen`, `FINANSMINISTERIET Christiansborg Slotsplads 1`. Running text writes no ministry in capitals, and a
 * heading that does (`UDENRIGSMINISTERIETS BESVARELSE`) has the genitive's S glued on, no space. Group: the capitals
 * up to the word that ends in `MINISTERIET` (`ØKONOMI- OG ERHVERVSMINISTERIET`).
 */
const CAPITAL_NAME_OPENS = /^(?:\d{1,2}\s{1,3})?((?:[\p{Lu}-]{1,30},?\s{1,3}){0,4}[\p{Lu}-]{0,30}MINISTERIET)\s{1,3}\S/u

/**
 * The lines at the top of each page: the letter's first `TOP_LINES` (the stamp's left out), and as many after each
 * later page's image name (`1460832_0002.png`), where a cover letter's second page opens the answer's own letterhead.
 */
function pageTops(lines: readonly Line[]): Line[] {
  const tops: Line[] = []
  let left = TOP_LINES
  for (const line of lines) {
    if (PAGE_IMAGE.test(line.text)) left = TOP_LINES
    else if (line.role !== 'stamp' && left > 0) {
      tops.push(line)
      left--
    }
  }
  return tops
}

/** The ministry a line at a page's top names before a letterhead label on it, or in capitals at its start. */
function ministryBeforeLabel(lines: readonly Line[]): { name: string; line: Line } | undefined {
  for (const line of pageTops(lines)) {
    // Cheap literal tests before the patterns.
    const labelled = LABEL_LITERAL.test(line.text) ? NAME_BEFORE_LABEL.exec(line.text)?.[1] : undefined
    const capitals = line.text.includes('MINISTERIET') ? CAPITAL_NAME_OPENS.exec(line.text)?.[1] : undefined
    const ministry = [labelled, capitals].reduce<ReturnType<typeof ministryByName>>(
      (known, named) => known ?? (named ? ministryByName(withOgApart(named)) : undefined),
      undefined,
    )
    if (ministry) return { name: ministry.name, line }
  }
  return undefined
}

/**
 * The minister's title alone on a letterhead line (`Finansministeren`, `ØKONOMI- OG ERHVERVSMINISTEREN`, or
 * `ERHVERVS- OG` / `VÆKSTMINISTEREN`): the ministry whose minister writes.
 */
function letterheadTitle(lines: readonly Line[], year: number | undefined): { name: string; line: Line } | undefined {
  for (const line of lines) {
    if (line.role !== 'sidebar') continue
    const next = lines[line.index + 1]
    const alone = ministryByTitleLine(withOgApart(line.text), year)
    const broken =
      !alone && next?.role === 'sidebar' && BROKEN_NAME.test(line.text.trim())
        ? brokenNameReadings(line.text, next.text)
            .map((two) => ministryByTitleLine(two, year))
            .find((found) => found !== undefined)
        : undefined
    const found = alone ?? broken
    if (found) return { name: found.name, line }
  }
  return undefined
}

/** The ministry whose web address the letterhead prints, where the registry knows the address as one ministry's. */
function letterheadDomain(lines: readonly Line[], year: number | undefined): { name: string; line: Line } | undefined {
  for (const line of letterheadLines(lines)) {
    const domain = WEB_ADDRESS.exec(line.text.toLowerCase())?.[1]
    const found = domain ? ministryByDomain(domain, year) : undefined
    if (found) return { name: found.name, line }
  }
  return undefined
}

/**
 * A letterhead's request to quote its number, naming the ministry: `Dette dokumentnr. bedes oplyst ved henvendelse
 * til Kirkeministeriet`, `Journalnummer bedes anført ved henvendelse til Skatteministeriet`, glued `…oplyst
 * vedhenvendelse til Ministeriet for Ligestil-` / `ling og Kirke`. The name runs to the line's end or onto the next.
 */
const QUOTE_NUMBER_TO = /bedes\s+(?:oplyst|anført|angivet|nævnt)\s+ved\s*henvendelse\s+til\s+/iu

/** The ministry a letterhead asks its number be quoted to (`… bedes oplyst ved henvendelse til Kirkeministeriet`). */
function referenceMinistry(lines: readonly Line[]): { name: string; line: Line } | undefined {
  for (const line of lines) {
    // Cheap literal test before the pattern.
    if (!line.text.includes('henvendelse')) continue
    const match = QUOTE_NUMBER_TO.exec(line.text)
    const start = match ? match.index + match[0].length : -1
    // The phrase broken before "henvendelse": `Dette dokumentnr. bedes oplyst ved` / `henvendelse til Kirkeministeriet`.
    const broken = match ? undefined : /^henvendelse\s+til\s+/u.exec(line.text)
    if (broken && !/bedes\s+\p{L}+\s+ved\s*$/u.test(lines[line.index - 1]?.text ?? '')) continue
    const rest = match ? line.text.slice(start) : broken ? line.text.slice(broken[0].length) : undefined
    if (rest === undefined) continue
    const name = rest.trim().replace(/[.,]$/u, '')
    const next = lines[line.index + 1]?.text.trim() ?? ''
    const found = ministryByName(name) ?? (next ? ministryByName(joinLines([name, next]).replace(/[.,]$/u, '')) : undefined)
    if (found) return { name: found.name, line }
  }
  return undefined
}

/** A sentence's first letter in the answer's text: the text's first, or a capital after a full stop or a line break. */
const SENTENCE_START = /(?<=^|[.!?\n]\s{0,3})\p{Lu}/gu

/** A sentence that reports another body's words or contribution (`Justitsministeriet har oplyst følgende`). */
const REPORTED = /oplys|bidrag|udtal|anført|meddel/iu

/**
 * The ministry the answer itself names as the subject of its sentences (`Skatteministeriet beklager denne fejl`,
 * `Børne- og Undervisningsministeriet har foretaget en søgning`), where it is the only one so named and in use in
 * the letter's year; a sentence that reports another ministry's words (`Justitsministeriet har oplyst, at …`) does
 * not count. Only where nothing else names the ministry, and flagged.
 */
function ministryInAnswer(text: string, year: number | undefined): string | undefined {
  const named = new Set<string>()
  for (const start of matchesOf(SENTENCE_START, text)) {
    const at = start.index
    // Cheap literal test before the registry's scan.
    const head = text.slice(at, at + 120)
    if (!/ministeriet\s/iu.test(head)) continue
    const ministry = ministryOpening(head)
    if (!ministry || !ministryInUse(ministry, year)) continue
    const end = text.indexOf('.', at)
    if (REPORTED.test(text.slice(at, end === -1 ? undefined : end))) continue
    named.add(ministry.name)
  }
  const [only] = named
  return named.size === 1 ? only : undefined
}

/**
 * The year the letter was written, for a title several names of a ministry shared (`Transportminister`): the letter's
 * date, else the first year of its session (`20181` → 2018).
 */
function letterYear(found: Findings): number | undefined {
  const year = Number((found.letterDate?.value ?? found.stamp.session ?? '').slice(0, 4))
  return year > 0 ? year : undefined
}

/**
 * The minister who answers, named in the genitive before the answer in the opening sentence: `følger hermed
 * velfærdsministerens endelige svar på spørgsmål nr. 2`, `Miljøministerens foreløbige svar …`,
 * `Beskæftigelses- og ligestillingsministerens besvarelse af spørgsmål nr. 91`. The title is read back from
 * `ministerens` word by word (its first parts end in a hyphen, joined by "og").
 */
const ANSWERING_MINISTER = /ministerens\s(?:(?:endelige|foreløbige|supplerende)\s)?(?:svar|besvarelse)\b/iu

/** The most words a title runs to before its last: `udlændinge-, integrations- og bolig…`. */
const TITLE_WORDS = 4

/** The title whose genitive ends at `end` in `text`: `… hermed velfærdsministerens` → `velfærdsminister`. */
function titleBefore(text: string, end: number): string {
  const words = text.slice(0, end).split(' ')
  const title = [words.pop() ?? '']
  while (title.length < TITLE_WORDS) {
    const previous = words.at(-1)
    if (!previous || !(previous === 'og' || /-,?$/u.test(previous))) break
    title.unshift(words.pop() ?? '')
  }
  return `${title.join(' ')}minister`
}

/**
 * The ministry a cover's opening sentence sends the answer of, in the genitive after the verb that sends it:
 * `… vedlægges Justitsministeriets besvarelse af det deri stillede spørgsmål nr. 103`, `Hermed fremsendes Social- og
 * Indenrigsministeriets svar på …`. Only after the sending verb: `I forlængelse af Justitsministeriets besvarelse af
 * spørgsmål 5 …` names another answer, not this one's sender. Capture: the ministry's name.
 */
const SENT_MINISTRY_ANSWER =
  /\b(?:vedlægges|fremsendes|oversendes|sendes|følger)\s(?:hermed\s)?((?:\p{Lu}[\p{L}]*-,?\s(?:og\s)?)*\p{Lu}[\p{L}-]*ministeriet)s\s(?:(?:endelige|foreløbige|supplerende)\s)?(?:svar|besvarelse)\b/u

/**
 * The ministry of the minister the opening sentence says answers (`velfærdsministerens endelige svar`), or the
 * ministry whose answer it sends (`SENT_MINISTRY_ANSWER`).
 */
function answeringMinistry(found: Findings, year: number | undefined): { name: string; lines: Line[] } | undefined {
  const { preamble } = found
  if (!preamble) return undefined
  const text = preamble.text.replace(/\s+/gu, ' ')
  const match = ANSWERING_MINISTER.exec(text)
  const sent = match ? undefined : SENT_MINISTRY_ANSWER.exec(text)?.[1]
  const ministry = match ? ministryByTitle(titleBefore(text, match.index), year) : sent ? ministryByName(sent) : undefined
  return ministry ? { name: ministry.name, lines: preamble.lines } : undefined
}

/** Lines searched for an annex's head: a cover letter's, then the annex's. */
const ANNEX_HEAD_LINES = 40

/**
 * An annex's head naming whose letter it is sent with: `Bilag til forsvarsministerens` (over `skrivelse af 31. maj
 * 2001`), `Bilag 2 til social- og indenrigsministerens brev af …`, `Bilag til Skatteministeriets brev af …`, also at
 * the start of a page a rendition set on one line, after the page's number (`Side 1/1 Bilag til forsvarsministerens
 * skrivelse af 2. marts 2006 (FOU alm. del …) Spørgsmål nr. 15: …`). Capture: up to 80 characters after `til`.
 */
const ANNEX_OF_LETTER = /^(?:Side \d{1,3}\/\d{1,3} )?Bilag(?: \d{1,2})? til (\S.{2,79})/u

/** The genitive that ends the sender's name in an annex's head: `…ministerens`, `…ministeriets`. */
const SENDER_GENITIVE = /(minister)ens(?=\s|$)|(ministeriet)s(?=\s|$)/u

/** A note's title alone on its line, over the name of the ministry whose note it is (`NOTAT` / `Udenrigsministeriet`). */
const NOTE_TITLE = /^(?:NOTAT|Notat)$/u

/**
 * The ministry whose letter an annex is sent with, by its head (`ANNEX_OF_LETTER`) before the first question; or the
 * ministry of a note sent under another's cover sheet, named alone under the note's title (`NOTAT` / `Udenrigsministeriet`
 * / `Nordgruppen`, the Europe committee's secretariat sending the ministry's answer on).
 */
function annexMinistry(lines: readonly Line[], year: number | undefined): { name: string; line: Line } | undefined {
  for (const [at, line] of lines.slice(0, ANNEX_HEAD_LINES).entries()) {
    const text = line.text.trim()
    if (/^(?:Spørgsmål|Svar)\b/u.test(text)) return undefined
    const below = NOTE_TITLE.test(text) ? lines[at + 1] : undefined
    const noteMinistry = below ? ministryByName(below.text.trim()) : undefined
    if (below && noteMinistry) return { name: noteMinistry.name, line: below }
    // Cheap literal test before the pattern.
    if (!text.includes('Bilag')) continue
    const sender = ANNEX_OF_LETTER.exec(text.replace(/\s+/gu, ' '))?.[1]
    const genitive = sender ? SENDER_GENITIVE.exec(sender) : null
    if (!sender || !genitive) continue
    const end = genitive.index + (genitive[1] ?? genitive[2] ?? '').length
    const ministry = genitive[1] ? ministryByTitle(titleBefore(sender, genitive.index), year) : ministryByName(sender.slice(0, end))
    if (ministry) return { name: ministry.name, line }
  }
  return undefined
}

/** Lines searched for a speech paper's title (under `Det talte ord gælder`, a stamp). */
const SPEECH_TITLE_LINES = 8

/**
 * A speech paper's title naming whose speech it is in the genitive: `Velfærdsministeriets tale ved afholdelse af
 * samråd …`, `Kulturministerens talepapir …`. Groups: the minister's title, or the ministry's name.
 */
const SPEECH_OF = /^(?:(\p{Lu}[\p{L}-]*minister)ens|(\p{Lu}[\p{L}-]*ministeriet)s)\s+(?:tale|talepapir|indlæg)\b/u

/** The ministry a speech paper's title names as the speaker's (`SPEECH_OF`). */
function speechTitleMinistry(lines: readonly Line[], year: number | undefined): { name: string; line: Line } | undefined {
  for (const line of lines.slice(0, SPEECH_TITLE_LINES)) {
    const match = SPEECH_OF.exec(line.text.trim())
    if (!match) continue
    const ministry = match[1] ? ministryByTitle(match[1], year) : ministryByName(match[2] ?? '')
    return ministry ? { name: ministry.name, line } : undefined
  }
  return undefined
}

export function resolveMinistry(found: Findings, recipient: Resolution<string>): Resolution<string> {
  const { context, documentType, signature } = found
  const { lines } = context
  const year = letterYear(found)
  const answering = documentType !== 'question'
  const letterhead = answering ? (letterheadMinistry(lines) ?? ministryBeforeLabel(lines)) : undefined
  const headTitle = answering ? letterheadTitle(lines, year) : undefined
  const reference = answering ? referenceMinistry(lines) : undefined
  // The web address is no stated place (`STATED_MINISTRY`: a ministry keeps its address through renames), so no check
  // reads it as a rival: it counts only where it is taken, after the letterhead's name, title and reference.
  const domain = answering && !letterhead && !headTitle && !reference ? letterheadDomain(lines, year) : undefined
  const title = signature?.signature.title
  const titleMinistry = title ? ministryByTitle(title, year) : undefined
  const signer = answering && !letterhead && !headTitle && !reference && !titleMinistry ? signerMinistry(lines) : undefined
  if (title && !titleMinistry && documentType !== 'question' && !CHAIR.test(title)) {
    context.messages.warn(
      'title-unknown',
      `The signature's title "${title}" is not a minister's title in the registry`,
      signature?.lines[1],
      'signature',
    )
  }
  const asked = documentType === 'answer' && recipient.value ? ministryByTitle(recipient.value, year) : undefined
  const opening = answering ? answeringMinistry(found, year) : undefined
  const annex = answering && !opening ? annexMinistry(lines, year) : undefined
  const spoken = documentType === 'consultation-speech' && !opening && !annex ? speechTitleMinistry(lines, year) : undefined
  // The last resort, read only where nothing before it names the ministry (a rival from it is read by no check).
  const named = letterhead ?? headTitle ?? reference ?? domain ?? titleMinistry ?? signer ?? opening ?? annex ?? spoken ?? asked
  const inAnswer = answering && !named ? ministryInAnswer(found.answer.text, year) : undefined
  const ministry = resolve([
    propose('letterhead', letterhead?.name, letterhead?.line),
    propose('letterhead-title', headTitle?.name, headTitle?.line),
    propose('letterhead-reference', reference?.name, reference?.line),
    propose('letterhead-web', domain?.name, domain?.line),
    propose('signature-title', titleMinistry?.name, signature?.lines[1]),
    propose('signer-ministry', signer?.name, signer?.line),
    propose('answering-minister', opening?.name, opening?.lines),
    propose('annex-head', annex?.name, annex?.line),
    propose('speech-title', spoken?.name, spoken?.line),
    propose('question-recipient', asked?.name, firstLine(recipient.from?.where)),
    propose('answer-text', inAnswer, found.answer.lines),
  ])
  if (ministry.from?.rule === 'answer-text') {
    context.messages.warn(
      'ministry-from-text',
      `No letterhead, title or recipient names the ministry; took ${ministry.value}, which the answer names as acting`,
      found.answer.lines[0],
      'ministry',
    )
  }
  return ministry
}
