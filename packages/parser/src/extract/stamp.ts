/**
 * The ft.dk stamp ("Beskæftigelsesudvalget 2016-17 / BEU Alm.del / Offentligt"), ft.dk's page footer
 * ("L 85 - 2019-20 - Endeligt svar på spørgsmål 11: …") and ft.dk addresses in the text
 * ("https://ft.dk/samling/20161/almdel/beu/spm/422/index.htm"). Each tells committee, session and case.
 */
import type { QuestionKind } from '@ft-answers/schema'
import { FTDK_FOOTER, PAGE_IMAGE, STAMP_COMMITTEE, STAMP_PUBLIC } from '../layout/roles.js'
import { BILL_CODE_PART, normaliseBill } from '../util/bill.js'
import { CASE_DOCUMENT_CODE, caseDocumentFromFolder, readCaseDocument } from '../util/case-document.js'
import { COMMITTEE_CODE_PART, normaliseCommitteeCode } from '../util/committee-code.js'
import { joinPair } from '../util/hyphenation.js'
import type { Context } from './context.js'
import type { Line } from './lines.js'

export interface CaseFacts {
  committeeName?: string | undefined
  committeeCode?: string | undefined
  session?: string | undefined
  bill?: string | undefined
  kind?: QuestionKind | undefined
  number?: string | undefined
  line?: Line | undefined
  /**
   * The stamp files the document as an annex of a case (`L 109 Bilag 5`, `BEU Alm.del Bilag 446`) or under a case that
   * is not a question (`KOM (2010) 0367`): ft.dk's filing, not what the letter answers. The letter's own words about
   * its committee and question come first then.
   */
  annex?: boolean | undefined
  /**
   * The stamp's case is a Commission document (`KOM (2013) 0173`): ft.dk files it with the committee of its subject
   * (`Retsudvalget 2013-14`) while the Europe committee asks about it, so the stamp's committee is ft.dk's filing and
   * the letter's own words about its committee come first (as for an annex).
   */
  sharedCase?: boolean | undefined
  /** Where the facts came from when not from the stamp, a footer or an address in the text: `source-path`. */
  rule?: 'source-path' | undefined
  /**
   * The facts are ft.dk's case page's (`casePageFacts`): a committee's question or bill (`Samling: 2013-14` under its
   * title) or a § 20 question (`§ 20-spørgsmål S 1650 Om …`). Such a page sets more under its title: the summary line,
   * the asker's label.
   */
  casePage?: 'committee' | 'section20' | undefined
}

/**
 * `BEU Alm.del`, `BEU Alm.del Bilag 446`, `BEU Alm.del Samrådsspørgsmål Ø`, `BUU Alm.del Spørgsmål 4`, `§71 Alm.del`,
 * `SOU Alm.del - endeligt svar på spørgsmål 39`, `IFU Alm.del - Bilag 25`; a note filed in a series of its own is a
 * case's paper as much as a `Bilag` is (`EUU Alm.del INFO-note I 89`: the European Convention secretariat's notes;
 * `EUU Alm.del EU-note E 12`: the EU Consultant's notes)
 */
const CASE_GENERAL = new RegExp(
  String.raw`^(${COMMITTEE_CODE_PART})\s+Alm\.?\s*del(?:\s+-)?(?:\s+(?:(Samrådsspørgsmål)\s+([A-ZÆØÅ]{1,2})|(?:(?:[Ee]ndeligt|[Ff]oreløbigt)\s+svar\s+på\s+)?[Ss]pørgsmål\s+(\d+)|(Bilag|(?:INFO|EU)-note\s+[A-ZÆØÅ])\s+\d+))?`,
  'u',
)

/** `L 53`, `L 135 , L 135 A , …`, `L 89 Spørgsmål 7`, `L 65 - Spørgsmål 1`, `L 191 - endeligt svar på spørgsmål 11`, `L 109 Bilag 5` */
const CASE_BILL = new RegExp(String.raw`^(${BILL_CODE_PART})\b(?:.{0,80}?(?:[Ss]pørgsmål\s+(\d+)|(Bilag)\s+\d+))?`, 'u')

/**
 * A case document other than a bill, with a question or an annex after it: `Aktstk. 21`, `Aktstk. 159 § 20 Spørgsmål
 * 42` (the `§ 20` is the finance act's section the aktstykke is under, not a § 20 question), `KOM (2013) 0173`,
 * `KOM (2012) 0788 Spørgsmål 10`, `KOM (2010) 0367 Bilag 2`. Groups: the document, a question's number, `Bilag`.
 */
const CASE_DOCUMENT = new RegExp(String.raw`^(${CASE_DOCUMENT_CODE})(?:.{0,80}?(?:Spørgsmål\s+(\d+)|(Bilag)\s+\d+))?`, 'u')

/** A case that is not a question: a Commission staff document, a Council meeting, a report. */
const CASE_OTHER = /^(?:SEK|Rådsmøde|EU-note|Beretning|Redegørelse)\b/u

/**
 * An ft.dk address from `samling` on, its parts separated by `separator`: session, case kind, folder, number. The
 * folder is a committee (`beu`), a bill (`l85`), an aktstykke (`aktstk.172`, `Aktstk.108`) or a Commission document
 * (`kom(2013)0173`).
 */
const address = (separator: string) =>
  String.raw`samling${separator}(\d{5})${separator}(almdel|lovforslag|beslutningsforslag|aktstykke|kommissionsforslag)${separator}([a-zæøå]+\.?\d*|kom\(\d{4}\)\d{1,4})${separator}(?:spm|samspm)${separator}([\dA-ZÆØÅa-zæøå]+)`

/**
 * The same address as the folders of a mirror (`wget -m`, or the files saved by ft.dk's address):
 * `www.ft.dk/samling/20201/almdel/beu/spm/612/svar/1806767/2442061.pdf`, `archive\samling\20191\lovforslag\l85\spm\11\…`,
 * also inside a zip archive (`arkiv.zip!samling/20201/…`).
 */
const FTDK_PATH = new RegExp(String.raw`(?:^|[/\\!])${address(String.raw`[/\\]`)}(?:[/\\]|$)`, 'iu')

/** `https://www.ft.dk/samling/20201/lovforslag/l168/spm/1/2356551.pdf`, `…/almdel/beu/spm/422/index.htm` */
const FTDK_URL = new RegExp(String.raw`ft\.dk/${address('/')}/`, 'iu')

/** The document's own address is given near its top; addresses further down are references. */
const URL_SEARCH_LINES = 12

function sessionCode(startYear: string, samling: string | undefined): string {
  return `${startYear}${samling ?? '1'}`
}

/** `S 1188`: a § 20 question. */
const CASE_SECTION20 = /^S\s*(\d+)$/u

function caseLine(text: string, facts: CaseFacts): void {
  const section20 = CASE_SECTION20.exec(text)
  if (section20) {
    facts.kind = 'section20'
    facts.number = section20[1]
    return
  }
  const general = CASE_GENERAL.exec(text)
  if (general) {
    facts.committeeCode = normaliseCommitteeCode(general[1] ?? '').toUpperCase()
    if (general[5]) facts.annex = true
    if (general[2]) {
      facts.kind = 'consultation'
      facts.number = general[3]
    } else {
      facts.kind = 'general'
      if (general[4]) facts.number = general[4]
    }
    return
  }
  if (caseDocumentLine(text, facts)) return
  const bill = CASE_BILL.exec(text)
  if (bill) {
    facts.bill = normaliseBill(bill[1] ?? '')
    facts.kind = 'bill'
    if (bill[2]) facts.number = bill[2]
    if (bill[3]) facts.annex = true
    return
  }
  if (CASE_OTHER.test(text)) facts.annex = true
}

/** A case document's line (`CASE_DOCUMENT`) read into `facts`; whether the line was one. */
function caseDocumentLine(text: string, facts: CaseFacts): boolean {
  const match = CASE_DOCUMENT.exec(text)
  const document = match?.[1] ? readCaseDocument(match[1]) : undefined
  if (!match || !document) return false
  const [, , number, annex] = match
  facts.kind = document.kind
  facts.bill = document.code
  if (number) facts.number = number
  if (annex) facts.annex = true
  if (document.kind === 'eu-proposal') facts.sharedCase = true
  return true
}

/** How far down the top of a document a second stamp is looked for (after the first, an `UNCLASSIFIED`, a page image). */
const INNER_STAMP_LINES = 16

/** The facts of a stamp whose committee-and-session line is `lines[at]`, its case line being the next of `lines`. */
function stampAt(lines: readonly Line[], at: number): CaseFacts | undefined {
  const line = lines[at]
  const committee = line ? STAMP_COMMITTEE.exec(line.text) : null
  if (!line || !committee) return undefined
  const facts: CaseFacts = {}
  if (committee[1] !== 'Folketinget') facts.committeeName = committee[1]
  // A long committee name pushes `(2. samling)`, or part of it, to the stamp's next line (`(2. sam-` / `ling)`).
  const following = lines[at + 1]?.text
  const wrapped = committee[4] || !following ? undefined : STAMP_COMMITTEE.exec(joinPair(line.text, following))?.[4]
  facts.session = sessionCode(committee[2] ?? '', committee[4] ?? wrapped)
  facts.line = line
  const next = lines[at + (wrapped ? 2 : 1)]
  if (next) caseLine(next.text, facts)
  return facts
}

/**
 * Each stamp's facts, in order: the stamp the layout marked, then any further stamp near the top — three lines,
 * committee and session, case, `Offentligt`, which the layout leaves unmarked after the first.
 */
function eachStamp(context: Context): CaseFacts[] {
  const stampLines = context.lines.filter((line) => line.role === 'stamp')
  const stamps: CaseFacts[] = []
  stampLines.forEach((_, at) => {
    const facts = stampAt(stampLines, at)
    if (facts) stamps.push(facts)
  })
  const top = context.lines.slice(0, INNER_STAMP_LINES)
  top.forEach((line, at) => {
    if (line.role === 'stamp') return
    const facts = STAMP_PUBLIC.test(top[at + 2]?.text ?? '') ? stampAt(top, at) : gluedStamp(line)
    if (facts) stamps.push(facts)
  })
  return stamps
}

/**
 * A second stamp whose three lines a rendition ran into one, the answer's own filing copied onto an annex filed with
 * another committee: `Udvalget for Fødevarer, Landbrug og Fiskeri 2012-13FLF Alm.del endeligt svar på spørgsmål
 * 275Offentligt`, `Retsudvalget 2011-12REU alm. del , endeligt svar på spørgsmål 315Offentligt` — the committee and
 * session, the case glued on after the session, `Offentligt` glued on at the end.
 */
const GLUED_STAMP = /^(.{4,120}?\s\d{4}-\d{2}(?:\s?\(\d\.\s?samling\))?)(\p{Lu}{2,5}\s?[Aa]lm\.?\s?del\b.{0,80}?)Offentligt$/u

/** The facts of a stamp glued into one line (`GLUED_STAMP`), read as its three lines would be. */
function gluedStamp(line: Line): CaseFacts | undefined {
  if (!line.text.endsWith('Offentligt')) return undefined
  const glued = GLUED_STAMP.exec(line.text.trim())
  if (!glued?.[1] || !glued[2]) return undefined
  const parts = [glued[1], glued[2].replace(/\s,\s/u, ' - ').trim(), 'Offentligt'].map((text) => ({ ...line, text }))
  return stampAt(parts, 0)
}

/**
 * The stamp that tells the letter's own case. The first, as a rule: a second stamp glued on below it is most often an
 * older annex filed with the letter (`IFU Alm.del - Bilag 25`). But where ft.dk re-filed an answer with a later case,
 * the outer stamp names only the later session's `SAU Alm.del` and the inner one the answer's own filing (`Skatteudvalget
 * 2015-16` / `SAU Alm.del endeligt svar på spørgsmål 552`): a stamp of an earlier session naming a question, under an
 * outer one naming none, is the letter's own. Flagged, the filing being ft.dk's and not the letter's word.
 */
function stampFacts(context: Context, facts: CaseFacts): void {
  const [outer, ...inner] = eachStamp(context)
  if (!outer) return
  // An inner stamp decides only under an outer one that files the document under no question (nor as an annex).
  const namesNone = !outer.number && !outer.annex && outer.kind !== 'section20'
  const own = namesNone ? inner.find((stamp) => stamp.number && stamp.session && outer.session && stamp.session < outer.session) : undefined
  // The same session, another committee: ft.dk filed the answer to one committee's question with another's case
  // too (`Miljø- og Fødevareudvalget 2023-24` / `MOF Alm.del` over `Finansudvalget 2023-24` / `L 191 - endeligt svar
  // på spørgsmål 11`), or as another committee's case's annex (`Europaudvalget 2018-19` / `KOM (2018) 0677 Bilag 1`
  // over `Udenrigsudvalget 2018-19` / `URU Alm.del - endeligt svar på spørgsmål 73`). The inner stamp, naming the
  // question answered, is the letter's own.
  const filedAsAnnex = Boolean(outer.annex) && !outer.number
  const answered =
    own || !(namesNone || filedAsAnnex) || !outer.committeeName
      ? undefined
      : inner.find(
          (stamp) =>
            stamp.number &&
            !stamp.annex &&
            stamp.session === outer.session &&
            stamp.committeeName &&
            stamp.committeeName !== outer.committeeName,
        )
  // Under an annex's stamp the letter's own case is the record's as a rule (docs/record.md), as where the letter names
  // it itself: taken without a warning. Under a stamp naming no question, the inner one overrides ft.dk's filing: warned.
  if (answered && filedAsAnnex) {
    Object.assign(facts, answered)
    return
  }
  if (answered) {
    context.messages.warn(
      'committee-filed-elsewhere',
      `Two ft.dk stamps: the outer files the document with ${outer.committeeName} under no question, the inner with ${answered.committeeName} as the answer to question ${answered.number}; took the inner, the letter's own`,
      answered.line,
      'committee',
    )
    Object.assign(facts, answered)
    return
  }
  if (own) {
    context.messages.warn(
      'session-filed-later',
      `Two ft.dk stamps: the outer files the document in session ${outer.session} with no question, the inner under question ${own.number} of session ${own.session}; took the inner, the letter's own`,
      own.line,
      'session',
    )
  }
  Object.assign(facts, own ?? outer)
}

/** The committee before a case document in ft.dk's running line: `FIU, ` in `FIU, Aktstk. 172 - 2024-25 - …`. */
const FOOTER_DOCUMENT_COMMITTEE = /^([A-ZÆØÅ]{2,4}),?\s+(?=Aktstk\.|KOM\s?\()/u

/** `spørgsmål 413` in ft.dk's running line. */
const FOOTER_NUMBER = /spørgsmål\s+(\d+)/iu

/**
 * ft.dk's running line on a page, "SAU, Alm.del - 2019-20 - Endeligt svar på spørgsmål 413: …": committee code,
 * session and question. It fills in what the stamp left open (a stamp names no number on an answer).
 */
function footerFacts(context: Context, facts: CaseFacts): void {
  for (const line of context.lines) {
    const footer = FTDK_FOOTER.exec(line.text)
    if (!footer) continue
    const own: CaseFacts = {}
    own.session = sessionCode(footer[1] ?? '', /\(2\.\s*samling\)/u.test(line.text) ? '2' : undefined)
    // A case document's committee stands before it (`FIU, Aktstk. 172 - …`): read apart, the document opens the case.
    const committee = FOOTER_DOCUMENT_COMMITTEE.exec(line.text)
    if (committee) own.committeeCode = committee[1]
    caseLine(committee ? line.text.slice(committee[0].length) : line.text.replace(/,/u, ''), own)
    const number = FOOTER_NUMBER.exec(line.text)
    if (number && !own.number) own.number = number[1]
    if (!facts.session) {
      Object.assign(facts, own, { line })
      return
    }
    // Only a footer of the stamp's own case adds to it.
    if (own.session !== facts.session || (facts.committeeCode && own.committeeCode && own.committeeCode !== facts.committeeCode)) return
    if ((facts.bill ?? null) !== (own.bill ?? null)) return
    facts.committeeCode ??= own.committeeCode
    if (!facts.number && own.number && !facts.annex) {
      facts.number = own.number
      facts.kind ??= own.kind
    }
    return
  }
}

/**
 * ft.dk's case page (a bill's or a question's page saved as text): `Udvalg: Udvalget for Videnskab og Teknologi`,
 * `Samling: 2004-05 (1. samling)`, under a title `L 2 Forslag til lov om Højteknologifonden.`
 */
const PAGE_COMMITTEE = /^Udvalg:\s*(\p{Lu}[\p{L}\-, ]{2,80})$/u
const PAGE_SESSION = /^Samling:\s*(\d{4})-\d{2}(?:\s*\((\d)\.\s*samling\))?/u
const PAGE_TITLE = new RegExp(String.raw`^(${BILL_CODE_PART})\s+Forslag\s+til\s+(?:lov|folketingsbeslutning)\b`, 'u')

/**
 * A question's case page, by its title: the committee's name, its code in brackets and the case (`Transport-,
 * Bygnings- og Boligudvalget (TRU) Alm. del`, `Trafikudvalget (TRU) Alm. del`). Groups: the name, the code.
 */
const PAGE_QUESTION_TITLE = /^(\p{Lu}[\p{L}\-, ]{2,80}?)\s\((\p{Lu}{2,4}|§\s?71)\)\s+Alm\.\s?del$/u

/** A § 20 question's case page, by its title: `§ 20-spørgsmål S 1471 Om Vejdirektoratets forslag …`. */
const PAGE_SECTION20_TITLE = /^§\s*20-spørgsmål\s+S\s*(\d{1,5})\s+Om\s/u

/** The lines at the top of a case page where its labels stand. */
const PAGE_LABEL_LINES = 12

function casePageFacts(context: Context, facts: CaseFacts): void {
  const top = context.lines.slice(0, PAGE_LABEL_LINES)
  const session = top.map((line) => ({ line, match: PAGE_SESSION.exec(line.text) })).find((found) => found.match)
  const first = context.lines[0]
  const section20 = PAGE_SECTION20_TITLE.exec(first?.text ?? '')
  // A § 20 question is no committee's: its page states the session and, by its title, the question — answered or
  // not yet (a page with no answer has nothing else that numbers it).
  if (section20 && session?.match) {
    facts.session = sessionCode(session.match[1] ?? '', session.match[2])
    facts.kind = 'section20'
    facts.number = section20[1]
    facts.line = first
    facts.casePage = 'section20'
    return
  }
  // A question's page titles itself by its committee and case (`Trafikudvalget (TRU) Alm. del`) on its first line of
  // text (a page image's name set above it, `1489400_0001.png`, passed over), where a bill's page has an `Udvalg:` label.
  const titleLine = top.find((line) => !PAGE_IMAGE.test(line.text.trim()))
  const titled = PAGE_QUESTION_TITLE.exec(titleLine?.text.trim() ?? '')
  const committee = top.map((line) => PAGE_COMMITTEE.exec(line.text)?.[1]).find(Boolean) ?? titled?.[1]
  // Only a page that states both is taken for a case page.
  if (!session?.match || !committee) return
  facts.session = sessionCode(session.match[1] ?? '', session.match[2])
  facts.committeeName = committee
  if (titled?.[2]) facts.committeeCode = titled[2]
  facts.line = session.line
  facts.casePage = 'committee'
  const title = PAGE_TITLE.exec(context.lines[0]?.text ?? '')
  if (title) {
    facts.bill = normaliseBill(title[1] ?? '')
    facts.kind = 'bill'
  }
}

export function readStamp(context: Context, path?: string): CaseFacts {
  const facts: CaseFacts = {}
  stampFacts(context, facts)
  footerFacts(context, facts)
  if (facts.session) return facts
  casePageFacts(context, facts)
  if (facts.session) return facts
  // An ft.dk address of the document itself, in the first lines (ft.dk's question pages, saved pages) — not one of a
  // list of links to several cases (`Samrådsspørgsmål AJ kan læses her.` / `http://www.ft.dk/…/samspm/AJ/index.htm`,
  // `… AK …`): a document has one address.
  for (const line of context.lines.slice(0, URL_SEARCH_LINES)) {
    const url = FTDK_URL.exec(line.text)
    if (!url) continue
    if (casesLinked(context.lines) > 1) break
    addressFacts(url, facts)
    facts.line = line
    return facts
  }
  // Last, where the file lies: a mirror of ft.dk keeps its addresses as folders.
  const mirrored = path ? FTDK_PATH.exec(path) : null
  if (mirrored) {
    addressFacts(mirrored, facts)
    facts.rule = 'source-path'
    return facts
  }
  billPageTitleFacts(context, facts)
  return facts
}

/**
 * ft.dk's title of a bill question's answer page, as the text's first line: `L 35 - svar på spm. 76 om ministeren kan
 * bekræfte, …, fra ministeren for sundhed og forebyggelse` (as `REU alm. del - svar på spm. 391 …` titles an alm. del
 * question's page). Groups: the bill, the number.
 */
const BILL_PAGE_TITLE = new RegExp(
  String.raw`^(${BILL_CODE_PART})\s{0,3}[-–]\s{0,3}svar\s+på\s+(?:MFU\s+)?spm\.\s{0,3}(\d{1,4})\s+om\s`,
  'u',
)

/**
 * The bill and the question's number from a bill question's page title (`BILL_PAGE_TITLE`) on the text's first line
 * (past ft.dk's page image), where nothing else named the case.
 */
function billPageTitleFacts(context: Context, facts: CaseFacts): void {
  const first = context.lines.find((line) => line.role !== 'stamp')
  const title = first ? BILL_PAGE_TITLE.exec(first.text) : null
  if (!first || !title || facts.kind) return
  facts.kind = 'bill'
  facts.bill = normaliseBill(title[1] ?? '')
  facts.number = title[2]
  facts.line = first
}

/** How many different cases the document's ft.dk addresses name (`…/almdel/uvt/samspm/aj/`, `…/samspm/ak/`). */
function casesLinked(lines: readonly Line[]): number {
  const cases = new Set<string>()
  for (const line of lines) {
    if (!line.text.includes('ft.dk')) continue
    const url = FTDK_URL.exec(line.text)
    if (url) cases.add(url.slice(1).join('/').toLowerCase())
  }
  return cases.size
}

/** Session, case and number from an ft.dk address (groups: session, case folder kind, folder, number). */
function addressFacts(address: RegExpExecArray, facts: CaseFacts): void {
  facts.session = address[1]
  const folder = address[3] ?? ''
  const caseKind = address[2]?.toLowerCase()
  const document = caseDocumentFromFolder(folder)
  if (caseKind === 'lovforslag' || caseKind === 'beslutningsforslag') {
    facts.kind = 'bill'
    facts.bill = normaliseBill(folder.toUpperCase())
  } else if (caseKind === 'aktstykke' || caseKind === 'kommissionsforslag') {
    // A folder that is not the document's form leaves the kind open rather than calling the question an alm. del one.
    facts.kind = document?.kind
    facts.bill = document?.code
  } else {
    facts.kind = 'general'
    facts.committeeCode = folder.toUpperCase()
  }
  facts.number = address[4]
}
