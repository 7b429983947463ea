/**
 * The ft.dk stamp ("Beskæftigelsesudvalget 2016-17 / BEU Alm.del / Offentligt"), ft.dk's page footer
 * ("L 85 - 2019-20 - Endeligt svar på spørgsmål 11: …") and ft.dk addresses in the text
 * ("https://ft.dk/samling/20161/almdel/beu/spm/422/index.htm"). Each tells committee, session and case.
 */
import { FTDK_FOOTER, STAMP_COMMITTEE } from '../layout/roles.js'
import { BILL_CODE_PART, normaliseBill } from '../util/bill.js'
import type { Context } from './context.js'
import type { Line } from './lines.js'

export interface CaseFacts {
  committeeName?: string | undefined
  committeeCode?: string | undefined
  session?: string | undefined
  bill?: string | undefined
  kind?: 'general' | 'bill' | 'consultation' | 'section20' | undefined
  number?: string | undefined
  line?: Line | undefined
  /** Where the facts came from when not from the stamp, a footer or an address in the text: `source-path`. */
  rule?: 'source-path' | undefined
}

/** `BEU Alm.del`, `BEU Alm.del Bilag 446`, `BEU Alm.del Samrådsspørgsmål Ø`, `BUU Alm.del Spørgsmål 4` */
const CASE_GENERAL = /^([A-ZÆØÅ]{2,4})\s+Alm\.?\s*del(?:\s+(?:(Samrådsspørgsmål)\s+([A-ZÆØÅ]{1,2})|Spørgsmål\s+(\d+)|Bilag\s+\d+))?/u

/** `L 53`, `L 135 , L 135 A , …`, `L 89 Spørgsmål 7`, `L 65 - Spørgsmål 1` */
const CASE_BILL = new RegExp(String.raw`^(${BILL_CODE_PART})\b(?:.*?Spørgsmål\s+(\d+))?`, 'u')

/** An ft.dk address from `samling` on, its parts separated by `separator`: session, case kind, folder, number. */
const address = (separator: string) =>
  String.raw`samling${separator}(\d{5})${separator}(almdel|lovforslag|beslutningsforslag)${separator}([a-zæøå]+\d*)${separator}(?:spm|samspm)${separator}([\dA-ZÆØÅa-zæøå]+)`

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
    facts.committeeCode = general[1]
    if (general[2]) {
      facts.kind = 'consultation'
      facts.number = general[3]
    } else {
      facts.kind = 'general'
      if (general[4]) facts.number = general[4]
    }
    return
  }
  const bill = CASE_BILL.exec(text)
  if (bill) {
    facts.bill = normaliseBill(bill[1] ?? '')
    facts.kind = 'bill'
    if (bill[2]) facts.number = bill[2]
  }
}

export function readStamp(context: Context, path?: string): CaseFacts {
  const facts: CaseFacts = {}
  const stampLines = context.lines.filter((line) => line.role === 'stamp')
  stampLines.forEach((line, at) => {
    const committee = STAMP_COMMITTEE.exec(line.text)
    if (committee) {
      if (committee[1] !== 'Folketinget') facts.committeeName = committee[1]
      // A long committee name pushes `(2. samling)`, or part of it, to the stamp's next line.
      const following = stampLines[at + 1]?.text
      const wrapped = committee[4] || !following ? undefined : STAMP_COMMITTEE.exec(`${line.text} ${following}`)?.[4]
      facts.session = sessionCode(committee[2] ?? '', committee[4] ?? wrapped)
      facts.line = line
      const next = stampLines[at + (wrapped ? 2 : 1)]
      if (next) caseLine(next.text, facts)
    }
  })
  if (facts.session) return facts
  // ft.dk footer on a page: "L 85 - 2019-20 - Endeligt svar på spørgsmål 11: …"
  for (const line of context.lines) {
    const footer = FTDK_FOOTER.exec(line.text)
    if (!footer) continue
    facts.session = sessionCode(footer[1] ?? '', /\(2\.\s*samling\)/u.test(line.text) ? '2' : undefined)
    caseLine(line.text.replace(/,/u, ''), facts)
    const number = /spørgsmål\s+(\d+)/iu.exec(line.text)
    if (number && !facts.number) facts.number = number[1]
    facts.line = line
    return facts
  }
  // An ft.dk address of the document itself, in the first lines (ft.dk's question pages, saved pages).
  for (const line of context.lines.slice(0, URL_SEARCH_LINES)) {
    const url = FTDK_URL.exec(line.text)
    if (!url) continue
    addressFacts(url, facts)
    facts.line = line
    return facts
  }
  // Last, where the file lies: a mirror of ft.dk keeps its addresses as folders.
  const mirrored = path ? FTDK_PATH.exec(path) : null
  if (mirrored) {
    addressFacts(mirrored, facts)
    facts.rule = 'source-path'
  }
  return facts
}

/** Session, case and number from an ft.dk address (groups: session, case folder kind, folder, number). */
function addressFacts(address: RegExpExecArray, facts: CaseFacts): void {
  facts.session = address[1]
  const folder = address[3] ?? ''
  if (address[2]?.toLowerCase() === 'lovforslag' || address[2]?.toLowerCase() === 'beslutningsforslag') {
    facts.kind = 'bill'
    facts.bill = normaliseBill(folder.toUpperCase())
  } else {
    facts.kind = 'general'
    facts.committeeCode = folder.toUpperCase()
  }
  facts.number = address[4]
}
