/**
 * The preamble sentence: "Beskæftigelsesudvalget har i brev af 17. november 2016 stillet følgende spørgsmål
 * nr. 128 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL)."
 * and its many variants (see docs/extraction.md). Gives the committee's name, the letter date, the kind and
 * number of the question, the askers and the minister asked.
 */
import type { Asker, QuestionKind } from '@ft-answers/schema'
import { BILL_CODE_PART, normaliseBill } from '../util/bill.js'
import { joinLines } from '../util/hyphenation.js'
import { findDate } from '../util/dates.js'
import { startsOnLine } from '../util/wrapped.js'
import { ANSWER_HEADING, QUESTION_HEADING } from '../layout/markers.js'
import { committeeByName, partyByName } from '../registry/index.js'
import type { Context } from './context.js'
import type { Line } from './lines.js'

/** How many lines a preamble runs at most (the longest seen is 4). */
const MAX_PREAMBLE_LINES = 6

export interface Preamble {
  text: string
  lines: Line[]
  committeeName?: string | undefined
  askedOn?: string | undefined
  kind?: QuestionKind | undefined
  number?: string | undefined
  bill?: string | undefined
  recipient?: string | undefined
}

/** `Beskæftigelsesudvalget har …`, `Folketingets Social- og Indenrigsudvalg har …` */
const SUBJECT_COMMITTEE = /^(?:Folketingets\s+)?(\p{Lu}[^.]*?udvalg(?:et)?)\s+har\b/u

/** `… fra Folketingets Arbejdsmarkedsudvalg (L 22)`, `Svar på Finansudvalgets spørgsmål …` */
const OTHER_COMMITTEE = [/\bfra\s+Folketingets\s+(\p{Lu}[^.()]*?udvalg)\b/u, /\b(\p{Lu}\p{Ll}+udvalg)ets\s+spørgsmål\b/u]

/** Anchors after which the letter date follows. */
const ASKED_ON_ANCHORS = [
  /i\s+brev\s+af\s+(?:den\s+|d\.\s*)?/iu, // i brev af (den) 17. november 2016
  /\bhar\s+(?:den|d\.)\s+/iu, // har den 26. maj 2016 stillet / har d. 6. oktober 2020
  /spørgsmål\s*nr\.?\s*\d+\s*(?:\([^)]*\)\s*)?af\s+(?:den\s+)?/iu, // spørgsmål nr. 31 af 20. april 2005
  /\bden\s+(?=\d{1,2}\.\s*\p{L}+\s+\d{4}\s+stillet)/iu, // … på FFL22 den 1. september 2021 stillet
  /\bstillet\s+af\s+(?:Folketingets\s+)?\p{Lu}[\p{L}-]*udvalg(?:et)?\s+(?:den\s+|d\.\s*)?/u, // stillet af Folketingets Beskæftigelsesudvalg den 18.03.2022
]

const KIND_PATTERNS: ReadonlyArray<{ pattern: RegExp; kind: QuestionKind; bill?: number; number: number }> = [
  // § 20-spørgsmål nr. S 1188
  { pattern: /§\s*20-?\s*spørgsmål\s*(?:nr\.?\s*)?(?:S\s*)?(\d+)/iu, kind: 'section20', number: 1 },
  // samrådsspørgsmål A / Samrådsspørgsmål Ø
  { pattern: /samrådsspørgsmål\s+([A-ZÆØÅ]{1,2})(?![\p{L}\d])/u, kind: 'consultation', number: 1 },
  // spørgsmål nr. 128 (alm. del) / (AMU alm. del) / (Alm. del)
  { pattern: /spørgsmål\s*(?:nr\.?)?\s*(\d+)\s*\(\s*(?:[A-ZÆØÅ]{2,4}\s+)?alm\.?\s*del\s*\)/iu, kind: 'general', number: 1 },
  // spørgsmål nr. 11 (L 85) / (L 135 – bilag 4)
  { pattern: new RegExp(String.raw`spørgsmål\s*(?:nr\.?)?\s*(\d+)\s*\(\s*(${BILL_CODE_PART})\b`, 'u'), kind: 'bill', number: 1, bill: 2 },
  // spørgsmål nr. 1 til L 188 / spørgsmål 46 vedrørende L 126
  {
    pattern: new RegExp(String.raw`spørgsmål\s*(?:nr\.?)?\s*(\d+)\s+(?:til|vedrørende|vedr\.)\s+(${BILL_CODE_PART})\b`, 'u'),
    kind: 'bill',
    number: 1,
    bill: 2,
  },
  // spørgsmål nr. 31 af 20. april 2005 fra Folketingets Arbejdsmarkedsudvalg (L 22)
  {
    pattern: new RegExp(String.raw`spørgsmål\s*(?:nr\.?)?\s*(\d+)\s+af\s+[^()]*\((${BILL_CODE_PART})\)`, 'u'),
    kind: 'bill',
    number: 1,
    bill: 2,
  },
  // spørgsmål nr. 424 (Alm. del) without the closing parenthesis on the same line, or any number
  { pattern: /spørgsmål\s*(?:nr\.?)?\s*(\d+)/iu, kind: 'general', number: 1 },
]

/** `til social- og indenrigsministeren`, `til ud-lændinge-, integrations- og boligministeren` */
const RECIPIENT = /\btil\s+((?:\p{Ll}[\p{L}-]*,?\s+(?:og\s+)?)*\p{Ll}*ministeren)\b/u

/**
 * The first line of a preamble: "… har i brev af …", "stillet følgende spørgsmål", "Besvarelse af
 * samrådsspørgsmål …", "Svar på …", "Hermed sendes …", "Udvalget udbeder sig …", "Folketingsmedlem … har".
 * (Unlike BODY_START, not a heading, "TALE" or a speech's opening "Tak for …".)
 */
const PREAMBLE_START =
  /(?:\bhar\s+(?:i\s+brev\s+af|den|d\.|ifm\.|\d)|stillet\s+(?:mig\s+)?følgende|besvarelse\s+af\s+(?:§\s*20-)?(?:samråds)?spørgsmål|^Svar\s+på(?=\s)|^Udvalget\s+udbeder|^I\s+et\s+kommende\s+samråd|^Hermed\s+sendes|^Folketingsmedlem\s)/iu

export function findPreamble(context: Context): Preamble | undefined {
  const body = context.lines.filter((line) => !line.role)
  const start = body.findIndex(
    (line, at) => !QUESTION_HEADING.test(line.text) && startsOnLine(PREAMBLE_START, line.text, body[at + 1]?.text),
  )
  if (start === -1) return undefined
  const lines: Line[] = []
  for (const line of body.slice(start, start + MAX_PREAMBLE_LINES)) {
    if (lines.length > 0 && (QUESTION_HEADING.test(line.text) || ANSWER_HEADING.test(line.text) || /^[”"»]/u.test(line.text))) break
    lines.push(line)
    if (lines.length > 1 && /besvares\.?\s*(?:endeligt\.?)?$|besvare\.$/u.test(line.text) && !/efter\s+øn/u.test(line.text)) {
      // The sentence about the asker may follow on the next line.
      const next = body[start + lines.length]
      if (!next || !/^Spørgsmålet\s+er\s+stillet/u.test(next.text)) break
    }
  }
  const text = joinLines(lines.map((line) => line.text))
  const preamble: Preamble = { text, lines }
  const subject = SUBJECT_COMMITTEE.exec(text) ?? OTHER_COMMITTEE.map((pattern) => pattern.exec(text)).find(Boolean)
  if (subject?.[1]) preamble.committeeName = subject[1]
  for (const anchor of ASKED_ON_ANCHORS) {
    const match = anchor.exec(text)
    if (!match) continue
    const date = findDate(text.slice(match.index + match[0].length, match.index + match[0].length + 25))
    if (date && date.index === 0) {
      preamble.askedOn = date.iso
      break
    }
  }
  for (const { pattern, kind, bill, number } of KIND_PATTERNS) {
    const match = pattern.exec(text)
    if (!match) continue
    preamble.kind = kind
    preamble.number = match[number]
    if (bill !== undefined && match[bill]) preamble.bill = normaliseBill(match[bill])
    break
  }
  const recipient = RECIPIENT.exec(text)
  if (recipient?.[1]) preamble.recipient = recipient[1]
  return preamble
}

/**
 * `efter ønske fra Finn Sørensen (EL)`, `efter ønske fra ikkemedlem af udvalget (MFU) Karina … (SF)`,
 * `stillet af ikke-medlem Ole Birk Olesen (LA)`, `Folketingsmedlem Jan Petersen (S) har … stillet` (§ 20).
 */
const ASKED_BY =
  /(?:efter\s+ønske\s+fra|stillet\s+af|^Folketingsmedlem)\s*(?=\p{Lu}|ikke|medlem\s+af\s+Folketinget|folketingsmedlem)(.+?)(?=\s+til\s+\p{Ll}[^.]*?ministeren|\.(?=\s|$|\p{Lu})|,\s+som\s|\s+Svar\b|\s+Spørgsmål\b|(?<=\))\s+har\s|\s+(?:den|d\.)\s+\d|\s+efter\s+ønske\s+fra\s|$)/gu

/** `efter ønske fra medlem af Folketinget Finn Sørensen (EL)`, `… fra folketingsmedlem Finn Sørensen (EL)` */
const MEMBER_TITLE = /^(?:medlem\s+af\s+Folketinget|folketingsmedlem(?:met)?)\s+/iu

/** One asker: optional non-member marker, a name, an optional party in parentheses. */
const ASKER = /^(?:(ikke-?\s?medlem(?:\s+af\s+udvalget)?\s*(?:\(MFU\))?)\s*)?(.*?)\s*(?:\(([\p{L}-]{1,5}|\p{Lu}[\p{L} -]{5,40})\))?$/u

/** A name: two to six words, each capitalised (particles such as "von", "de" allowed). */
const PERSON_NAME = /^(?:\p{Lu}[\p{L}'’.-]*|von|van|de|la|af)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|la|af)){1,5}$/u

export interface AskersResult {
  askers: Asker[]
  byCommittee: boolean
  line?: Line
  /** The lines the sentence was read from. */
  lines: Line[]
}

function splitAskers(list: string): string[] {
  // "A (EL) og B (SF)", "A (EL), B (SF) og C (S)"
  return list.split(/\s*(?:,|\s+og)\s+(?=\p{Lu}|ikke)/u).filter(Boolean)
}

/** Askers from the preamble, else from anywhere in the body (question letters put it last). */
export function findAskers(context: Context, preamble: Preamble | undefined): AskersResult {
  const result: AskersResult = { askers: [], byCommittee: false, lines: [] }
  const texts: { text: string; line: Line | undefined; lines: Line[] }[] = []
  if (preamble) texts.push({ text: preamble.text, line: preamble.lines[0], lines: preamble.lines })
  const body = context.lines.filter((line) => !line.role)
  body.forEach((line, at) => {
    if (/efter\s*øn|stillet\s+af|^Folketingsmedlem\s/u.test(line.text) || /efter\s*$/u.test(line.text)) {
      const span = body.slice(at, at + 3)
      texts.push({ text: joinLines(span.map((next) => next.text)), line, lines: span })
    }
  })
  let pendingNonMember = false
  for (const { text, line, lines } of texts) {
    for (const match of text.replace(/fra(?=\p{Lu})/gu, 'fra ').matchAll(ASKED_BY)) {
      const list = (match[1] ?? '').trim()
      const committee = committeeByName(list.replace(/\.$/u, ''))
      if (committee || /udvalg(?:et)?$/u.test(list)) {
        // "stillet af Folketingets Beskæftigelsesudvalg … efter ønske fra Hans Andersen (V)": the committee puts
        // every question; the members it asked for come after it.
        if (
          /^\s*(?:(?:den|d\.)\s+.{1,30}?\s+)?efter\s+ønske\s+fra\s+(?!Folketingets|\p{Lu}\p{L}*udvalg)/u.test(
            text.slice((match.index ?? 0) + match[0].length),
          )
        )
          continue
        result.byCommittee = true
        if (line) result.line = line
        result.lines = lines
        return result
      }
      for (const part of splitAskers(list)) {
        const asker = ASKER.exec(part.trim().replace(MEMBER_TITLE, ''))
        if (!asker) continue
        const name = (asker[2] ?? '').replace(/\s+/gu, ' ').trim()
        if (asker[1] && (name === '' || /^\(?MFU\)?$/u.test(name))) {
          // "stillet af ikkemedlem af udvalget (MFU)" with the name in a later sentence.
          pendingNonMember = true
          continue
        }
        if (!PERSON_NAME.test(name)) {
          context.messages.warn('asker-unclear', `"${name}" does not read as a person's name`, line, 'question.askers')
          continue
        }
        // A party in full (`(Enhedslisten)`) is recorded by its code, as committee letters write it.
        const party = asker[3] && asker[3].length > 5 ? (partyByName(asker[3])?.code ?? asker[3]) : (asker[3] ?? null)
        result.askers.push({ name, party, nonMember: Boolean(asker[1]) || pendingNonMember })
      }
      if (result.askers.length > 0) {
        if (line) result.line = line
        result.lines = lines
        return result
      }
    }
  }
  return result
}
