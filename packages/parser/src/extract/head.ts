/**
 * What stands alone on a line at the head of a letter (its lines up to the question's end): a committee's case code,
 * a bill, the committee addressed or sending, the minister asked.
 */
import { ANSWER_HEADING } from '../layout/markers.js'
import { committeeByCode, committeeByName } from '../registry/index.js'
import { BILL_CODE_PART } from '../util/bill.js'
import { CASE_DOCUMENT_CODE, readCase } from '../util/case-document.js'
import { hot } from '../util/hot-patterns.js'
import { joinLines } from '../util/hyphenation.js'
import { readOnce } from '../util/memo.js'
import type { Found } from './letterhead.js'
import type { Line } from './lines.js'

/**
 * `BEU alm. del`, `(AMU alm. del)`, `KUU alm. del - …` in the first lines of a letter. Not after a word character
 * (`(?<!\w)`, which unlike `\b` also lets a code open with Æ, Ø or Å).
 */
const COMMITTEE_CODE = /(?<!\w)([A-ZÆØÅ]{3})\s+alm\.?\s*del\b/iu

/** The word `COMMITTEE_CODE` needs: a line without it is not tried at every letter. */
const COMMITTEE_CODE_WORD = /alm/iu

/**
 * A bill alone on a line of a question letter, `L 89`, or the aktstykke or Commission document a question is on,
 * `Aktstk. 17` (Finansudvalget's question letters), `KOM (2012) 0011`.
 */
const BILL_LINE = new RegExp(`^(?:${BILL_CODE_PART}|${CASE_DOCUMENT_CODE})$`, 'u')

/**
 * The addressee line or a committee named alone: `Folketingets Beskæftigelsesudvalg`, `Beskæftigelsesudvalget`, `Til
 * Folketingets Retsudvalg`, `Folketinget Kommunaludvalget` (a committee's secretariat heading its own note), `Folketinget,
 * Retsudvalget`, Skatteministeriet's `Til Folketinget – Finansudvalget` (a dash between), a speech paper's `Samråd i Børne- og Undervisningsudvalget`: capitalised words, "og"
 * and commas (`Social-, Indenrigs- og Børneudvalget`), not a sentence that ends with a committee. Also the committee's
 * members addressed (Udenrigsministeriet's EU letters and others): `Medlemmerne af Folketingets Europaudvalg`, `Til
 * medlemmerne af Folketingets Miljøudvalg`, with `og deres stedfortrædere` after it (glued: `Europaudvalgog deres …`).
 */
const COMMITTEE_LINE =
  /^(?:Til:?\s|Samråd\si\s)?(?:[Mm]edlemmerne\saf\s)?(?:Folketingets\s+|Folketinget(?:,|\s?[–-])?\s+)?(\p{Lu}[\p{L}-]*(?:,?\s(?:og\s)?\p{Lu}[\p{L}-]*)*udvalg(?:et)?)(?:\s?og\sderes\sstedfortrædere)?$/u

/**
 * Whether a line is the addressee a letter sends to: a committee's line (`COMMITTEE_LINE`) or `Folketinget` alone. Read
 * too under a signature, where a letter sets its head's labels and addressee (`signature.ts`): whom the letter goes
 * to, no signer's title (`Formand for Folketingets Sundhedsudvalg` opens with its own word, and is one).
 */
export function isAddresseeLine(text: string): boolean {
  return text === 'Folketinget' || COMMITTEE_LINE.test(text)
}

/** A minister addressed in a question letter: `Beskæftigelsesministeren`, `Til: Transportministeren`. */
const MINISTER_LINE = /^(?:Til:\s*)?(\p{Lu}[\p{L}\- ,]*ministeren)$/u

/** A minister addressed by the "for …" title: `Ministeren for børn, undervisning og ligestilling`. */
const MINISTER_FOR_LINE = /^(?:Til:\s*)?(Ministeren\s+for\s+\p{Ll}[\p{L}\- ,]{2,100})$/u

/** The first line in `lines` whose text `pattern` captures, with the capture. */
function firstMatch(lines: readonly Line[], pattern: RegExp): Found<string> | undefined {
  for (const line of lines) {
    const value = pattern.exec(line.text)?.[1]
    if (value) return { value, line }
  }
  return undefined
}

/**
 * A committee's code before "alm. del": `BEU`. Not in ft.dk's stamp, which the stamp reader reads (an annex's stamp,
 * "BEU Alm.del Bilag 394", files a letter that may answer no question).
 */
export const findCaseCode = readOnce(function findCaseCode(head: readonly Line[]): Found<string> | undefined {
  const lines = head.filter((line) => line.role !== 'stamp')
  const withWord = lines.filter((line) => COMMITTEE_CODE_WORD.test(line.text))
  return firstMatch(withWord, COMMITTEE_CODE) ?? wrappedCaseCode(lines) ?? senderCode(lines)
})

/** How much of a line's end and its next line's start a committee's code and "alm. del" wrapped between them span. */
const WRAP_SPAN = 12

/**
 * A committee's code and its "alm. del" wrapped over two lines: `Fødevareministerens besvarelse af spørgsmål nr. 356
 * (FLF` / `alm. del) stillet den …`, `… følgende spørgsmål:PØU alm.` / `del – spørgsmålet stillet af …`. Only where the
 * next line opens with "alm" or "del"; the code, in capitals, must stand on the first line and the match run on into
 * the next.
 */
function wrappedCaseCode(lines: readonly Line[]): Found<string> | undefined {
  for (let at = 0; at + 1 < lines.length; at++) {
    const next = (lines[at + 1] as Line).text.trimStart()
    const opening = next.slice(0, 3).toLowerCase()
    if (opening !== 'alm' && opening !== 'del') continue
    const line = lines[at] as Line
    const tail = line.text.trimEnd().slice(-WRAP_SPAN)
    const match = COMMITTEE_CODE.exec(`${tail} ${next.slice(0, WRAP_SPAN)}`)
    const code = match?.[1]
    // In capitals (the pattern is case-insensitive: `i den` / `alm. del af sagen` is no code).
    if (!match || !code || code !== code.toUpperCase()) continue
    if (match.index + code.length <= tail.length && match.index + match[0].length > tail.length) {
      return { value: code, line }
    }
  }
  return undefined
}

/**
 * Whether the case code found (`findCaseCode`) cites an annex of the case rather than the case: `(KOU alm. del -
 * bilag 67)` names where a paper was filed, not a question.
 */
export function codeCitesAnnex(found: Found<string>): boolean {
  const match = COMMITTEE_CODE.exec(found.line.text)
  if (!match) return false
  const end = match.index + match[0].length
  return ANNEX_AFTER.test(found.line.text.slice(end, end + ANNEX_CHARS))
}

/**
 * A committee named by its code alone as the question's sender: `Besvarelse af spørgsmål 32 alm. del stillet af PØU
 * den 27. oktober 2008`, `svar på spørgsmål nr. 12 fra ERU`. Upper case only, not in brackets (a party: `fra Lone
 * Møller (ALT)`), and only a code the registry knows.
 */
const SENDER_CODE = /\b(?:stillet\s+af|fra)\s+(\p{Lu}{2,4})(?![\p{L}\d)])/u

function senderCode(lines: readonly Line[]): Found<string> | undefined {
  for (const line of lines) {
    // Cheap literal test before the pattern.
    if (!line.text.includes(' af ') && !line.text.includes('fra ')) continue
    const value = SENDER_CODE.exec(line.text)?.[1]
    if (value && committeeByCode(value)) return { value, line }
  }
  return undefined
}

/** A bill alone on a line of running text: `L 89`, `Aktstk. 17` (as written; read it with `readCase`). */
export function findBillLine(head: readonly Line[]): Line | undefined {
  return head.find((line) => !line.role && BILL_LINE.test(line.text))
}

/**
 * The addressee line of a committee whose name does not end in `udvalg`: `Udvalget for …`, `Udvalget vedrørende …`,
 * `Udvalget til …` (`Udvalget for Digitalisering og It`, `Folketingets Udvalg for Landdistrikter og Øer`, `Til Udvalget
 * for Forretningsorden`, `Udvalget til Prøvelse af Valgene`), or a name ending in a capitalised `Udvalg`
 * (`Folketingets Politisk-Økonomiske Udvalg`, `Det Energipolitiske Udvalg`): only a name the registry knows, the
 * whole line.
 */
const UDVALG_FOR_LINE =
  /^(?:Til:?\s)?(?:Folketingets\s+|Folketinget,?\s+)?(Udvalg(?:et)?\s(?:for|vedrørende|til)\s\p{Lu}[\p{L}\s,-]{2,60}|(?:Det\s)?\p{Lu}[\p{L}-]{2,40}\sUdvalg)$/u

/** A committee named alone on a line: `Beskæftigelsesudvalget`, `Udvalget for Digitalisering og It`. */
export function findCommitteeLine(head: readonly Line[]): Found<string> | undefined {
  for (const line of head) {
    const value = COMMITTEE_LINE.exec(line.text)?.[1] ?? knownUdvalgFor(line.text)
    if (value) return { value, line }
  }
  return undefined
}

/** The committee's name on an `Udvalget for …` addressee line (`UDVALG_FOR_LINE`) where the registry knows it. */
function knownUdvalgFor(text: string): string | undefined {
  if (!text.includes('dvalg')) return undefined
  const name = UDVALG_FOR_LINE.exec(text.trim())?.[1]?.trim()
  return name && committeeByName(name) ? name : undefined
}

/** A minister named alone on a line: `Beskæftigelsesministeren`. */
export function findMinisterLine(head: readonly Line[]): Found<string> | undefined {
  return firstMatch(head, MINISTER_LINE) ?? firstMatch(head, MINISTER_FOR_LINE)
}

/**
 * The minister addressed under `Til` at a committee letter's foot, as its letters of 2004 set it (`Til` /
 * `fødevareministeren (Løbenr. 23002)`, the letter's serial number after the title; also by the "for …" title,
 * `ministeren for flygtninge, indvandrere og integration`), in the letter's last lines.
 */
const FOOT_ADDRESSEE =
  /^(\p{L}[\p{L}\- ,]*ministeren|[Mm]inisteren\sfor\s\p{Ll}+(?:,?\s(?:og\s)?\p{Ll}+){0,5})(?:\s*\(Løbenr\.\s*\d{1,6}\))?$/u

/** How many of the letter's last lines hold the addressee at its foot. */
const FOOT_LINES = 6

/** A minister addressed under `Til` at the letter's foot (`FOOT_ADDRESSEE`). */
export function findAddresseeAtFoot(lines: readonly Line[]): Found<string> | undefined {
  const foot = lines.slice(-FOOT_LINES)
  for (const [at, line] of foot.entries()) {
    if (line.text.trim() !== 'Til') continue
    const next = foot[at + 1]
    const value = next ? FOOT_ADDRESSEE.exec(next.text.trim())?.[1] : undefined
    if (next && value) return { value, line: next }
  }
  return undefined
}

/** The most lines read as the letter's opening where no answer heading ends it sooner. */
const OPENING_LINES = 40

/**
 * The letter's opening: its lines before the answer's heading (at most `OPENING_LINES`), without ft.dk's stamp and
 * running lines (read as the stamp's facts). Wider than the head where no preamble or question was found.
 */
export const openingLines = readOnce(function openingLines(lines: readonly Line[]): readonly Line[] {
  const top = lines.slice(0, OPENING_LINES)
  const end = top.findIndex((line) => ANSWER_HEADING.test(line.text))
  return (end === -1 ? top : top.slice(0, end)).filter((line) => line.role !== 'stamp' && line.role !== 'page-footer')
})

/**
 * A committee's reference to its case, wherever it stands in the letter's head (a heading, a file name in the
 * letterhead, a speech paper's title): `KOU alm. del - Spørgsmål 154`, `URU alm. del – spørgsmål 3` (an en dash),
 * ft.dk's old title of an answer's page `MPU alm. del - svar på spm. 261, fra miljøministeren` (the number ends the line
 * or a comma follows it: `… svar på spørgsmål 331 blev sendt` is a sentence about another letter),
 * `Fil-navn: TRU spm. 325`, `FOU Samråd A: …`, `(SOU Alm. del)`, a speech paper's occasion `FIU alm. del
 * samrådsspørgsmål V`, `BUU alm. del - samrådsspm. H`; a bill's or a proposal's question the same way, the bill's
 * number written with or without a space (`KOU ad B50 - Spørgsmål 6`, `SUU L 12 – spm. nr. 3`, `FIU vedr. L 5 -
 * spørgsmål 2`). The code must be one the registry knows (`til spm. 3` names no committee). Groups: 1 the code; 2 an
 * alm. del question's number, 3 its samråd letter; 4 a `spm.` number; 5 a samråd letter; 6 a bill's question's number.
 */
const CASE_REFERENCE =
  /(?<![\p{L}])(\p{Lu}{3})\s+(?:alm\.?\s*del\b(?:\s*(?:[-–]\s*)?(?:(?:(?:(?:endeligt|foreløbigt)\s+)?svar\s+på\s+(?=(?:spørgsmål|spm\.)\s*(?:nr\.?\s*)?\d+\s*(?:,|$)))?(?:spørgsmål\s+|spm\.\s*)(?:nr\.?\s*)?(\d+)|samråds(?:spørgsmål|spm\.?)\s+(\p{Lu}{1,2})(?![\p{L}])))?|spm\.?\s*(?:nr\.?\s*)?(\d+)|samråd(?:sspørgsmål|sspm\.?)?\s+(\p{Lu}{1,2})(?![\p{L}])|(?:(?:ad|vedr\.|til)\s)?[LB]\s?\d{1,3}\s?[-–]\s?(?:spørgsmål|spm\.)\s{0,3}(?:nr\.?\s?)?(\d{1,4})(?!\d))/iu

/**
 * A speech paper's head naming the samråd's committee by its code between the word and the letter: `Samrådsspørgsmål
 * (EUU) A, B, C …`. Capitals only. Groups: 1 the code, 2 the first question's letter.
 */
const CODE_AFTER_CONSULTATION = /^Samrådsspørgsmål\s+\((\p{Lu}{3})\)\s+(\p{Lu}{1,2})(?![\p{L}])/u

/** A samråd question's letter as written: capitals (the pattern is case-insensitive, so `samråd om` would match). */
const CONSULTATION_LETTER = /^\p{Lu}{1,2}$/u

/**
 * Words just before a reference that make it another question's (`jf. BUU alm. del - samrådsspm. H`, `se også …`,
 * `tidligere …`, `også …`, `opfølgning på samråd B`, `i forlængelse af …`): the one list the head's case reference and a
 * speech paper's samråd question read.
 */
export const REFERRING_WORDS = String.raw`(?:(?<!\w)jf\.?|(?<!\w)se|(?<!\w)tidligere)(?:\s{1,3}også)?|(?<!\w)også|(?<!\w)opfølgning\s{1,3}på|(?<!\w)forlængelse\s{1,3}af`

/** `REFERRING_WORDS` right before a case reference: its committee is read, not its number. */
const REFERRING_BEFORE = new RegExp(String.raw`(?:${REFERRING_WORDS})\s{0,3}$`, 'iu')

/** Characters before a reference read for `REFERRING_WORDS`. */
export const REFERRING_CHARS = 16

/**
 * A follow-up on an earlier answer right before a case reference (`Vedr. opfølgning på besvarelse af ULØ samrådsspm.
 * M-O`, `opfølgning på min besvarelse af …`): the reference is to the question answered before, not the letter's own.
 */
const FOLLOW_UP_BEFORE = /(?<!\p{L})opfølgning\s+på\s+(?:\p{L}+\s+){0,2}besvarelse(?:n|rne)?\s+af\s{0,3}$/iu

/** Characters before a reference read for `FOLLOW_UP_BEFORE`. */
const FOLLOW_UP_CHARS = 60

/** Whether the text before a reference on its line, the line before joined on (it may wrap there), ends in a follow-up. */
function followsUp(previous: Line | undefined, before: string): boolean {
  const text = previous ? joinLines([previous.text, before]) : before
  return text.includes('pfølgning') && FOLLOW_UP_BEFORE.test(text.slice(-FOLLOW_UP_CHARS))
}

/**
 * A word every `CASE_REFERENCE` has (in its flags, so that it matches wherever that does): a line without one is
 * not searched for the code before it, which is tried at every letter.
 */
const CASE_REFERENCE_WORD = /alm|spm|samråd|spørgsmål/iu

/** An annex named right after a case reference: ` - bilag 67`, ` – Bilag 3`. */
const ANNEX_AFTER = /^\s{0,3}[-–]?\s{0,3}bilag\s{0,3}\d/iu

/** Characters after a reference read for `ANNEX_AFTER`. */
const ANNEX_CHARS = 16

export interface CaseReference {
  /** The reference names an annex of the case (`KOU alm. del - bilag 67`), which says nothing of a question's kind. */
  annex?: boolean
  code: string
  /** `bill` where the reference names a bill's question (`KOU ad B50 - Spørgsmål 6`); the bill is read elsewhere. */
  kind: 'general' | 'consultation' | 'bill'
  /** The question's number or letter, where the reference gives it. */
  number?: string | undefined
  line: Line
}

/**
 * ft.dk's newer title of an answer's page, as the text's first line, ft.dk's summary of the question after the number:
 * `MIU alm. del - svar på spm. 418 om hvordan ministeren vurderer, …`, `SOU alm. del - svar på MFU spm. 162 om …` (a
 * question of a member outside the committee), also with a comma after `om` as ft.dk writes it before a clause (`… spm. 37
 * om, at i en kronik …`). Groups: 1 the code, 2 the number.
 */
const PAGE_TITLE_ABOUT = /^(\p{Lu}{3})\s+alm\.?\s*del\s*[-–]\s*svar\s+på\s+(?:MFU\s+)?spm\.\s*(\d+)\s+om,?\s/u

/**
 * The letter's own title naming its question by the committee's code before the word: `Miljøministerens svar på EPU
 * spørgsmål nr. 133`, `Bilag til svar på TRU spørgsmål nr. 346`. The code in capitals (a word before `spørgsmål` is
 * none) and one the registry knows, after `svar på` or `besvarelse af` that open the line or follow a minister's
 * genitive or `til` (`… i mit svar på SUU spørgsmål 12` cites another letter's). Groups: 1 the code, 2 the number.
 */
const CODED_QUESTION =
  /(?:^|(?<=\p{Ll}s\s|\btil\s))(?:[Ss]var|[Bb]esvarelse)\s+(?:på|af)\s+(\p{Lu}{3})\s+spørgsmål\s+(?:nr\.?\s*)?(\d{1,4})(?![\d.,])/u

/** The code and number of a title that names its question by the committee's code (`CODED_QUESTION`). */
function codedQuestion(text: string): { code: string; number: string } | undefined {
  const match = CODED_QUESTION.exec(text)
  if (!match?.[1] || !match[2] || !committeeByCode(match[1])) return undefined
  return { code: match[1], number: match[2] }
}

/** The first case reference of a known committee in `lines`. */
export const findCaseReference = readOnce(function findCaseReference(lines: readonly Line[]): CaseReference | undefined {
  for (const [at, line] of lines.entries()) {
    if (!CASE_REFERENCE_WORD.test(line.text)) continue
    const title = line.index === 0 ? PAGE_TITLE_ABOUT.exec(line.text) : null
    if (title?.[1] && committeeByCode(title[1])) return { code: title[1], kind: 'general', number: title[2], line }
    const after = CODE_AFTER_CONSULTATION.exec(line.text)
    if (after?.[1] && after[2] && committeeByCode(after[1])) return { code: after[1], kind: 'consultation', number: after[2], line }
    const match = CASE_REFERENCE.exec(line.text)
    const code = match?.[1]?.toUpperCase()
    if (!match || !code || !committeeByCode(code)) {
      const coded = codedQuestion(line.text)
      if (coded) return { code: coded.code, kind: 'general', number: coded.number, line }
      continue
    }
    if (
      REFERRING_BEFORE.test(line.text.slice(Math.max(0, match.index - REFERRING_CHARS), match.index)) ||
      followsUp(lines[at - 1], line.text.slice(0, match.index))
    ) {
      return { code, kind: 'general', line }
    }
    const letter = match[3] ?? match[5]
    if (letter && CONSULTATION_LETTER.test(letter)) return { code, kind: 'consultation', number: letter, line }
    if (match[6]) return { code, kind: 'bill', number: match[6], line }
    const number = match[2] ?? match[4]
    // `(KOU alm. del - bilag 67)`: an annex of the case, cited, not a question.
    const annex = !number && ANNEX_AFTER.test(line.text.slice(match.index + match[0].length, match.index + match[0].length + ANNEX_CHARS))
    return { code, kind: 'general', number, line, ...(annex ? { annex } : {}) }
  }
  return undefined
})

/**
 * A line that opens with the question's number: `Spørgsmål nr. 382:”Vil …` (glued), `Alm. del spørgsmål 142` (also
 * `Alm. del. spørgsmål 113`),
 * `spørgsmål 367:` (under `Alm. del`), `Spm. nr. 31:`. Not `Spørgsmålet er stillet …` (no number).
 */
const QUESTION_LINE = /^(?:alm\.?\s*del\s*(?:[-.]\s*)?)?(?:spørgsmål|spm\.)\s*(?:nr\.?\s*)?(\d+)(?![\d.,])/iu

/**
 * The opening sentence naming the question answered, at the start of a line or after "hermed":
 * `Miljøministerens foreløbige svar på spørgsmål nr. 346`, `Besvarelse af spørgsmål nr. 74 ad L 93`,
 * `Svar på Europaudvalgets spørgsmål nr. 5`, `… følger hermed socialministerens endelige svar på spørgsmål nr. 382`,
 * an aktstykke's question under the finance act's section: `Besvarelse af Finansudvalget § 7 spørgsmål 25 - aktstykke nr. 189`.
 * Not `Jeg henviser til min besvarelse af spm. 65` (another answer, referred to).
 */
const ANSWER_OF =
  /(?:^|(?<!\w)hermed\s+)(?:[\p{L}-]+s\s+)?(?:(?:endelige|foreløbige|supplerende)\s+)?(?:svar|besvarelse)\s+(?:på|af)\s+(?:[\p{L}-]+\s+)?(?:§\s?\d{1,2}\s+)?(?:spørgsmål|spm\.)\s*(?:nr\.?\s*)?(\d+)(?![\d.,])/iu

/**
 * A consultation question's letter alone on a line: `Samrådsspørgsmål X`, `Vedr. samrådsspørgsmål X` (a samråd's
 * transcript). Not a line of running text that opens with the word (`samrådsspørgsmål A-C.”`, a question citing
 * another), nor `samrådsspørgsmål om …`.
 */
const CONSULTATION_LINE = /^(?:Vedr\.?:?\s[Ss]|S)amrådsspørgsmål\s(\p{Lu}{1,2}):?$/u

/** The letter of the consultation question a line of the opening names. */
export const findConsultationLine = readOnce(function findConsultationLine(opening: readonly Line[]): Found<string> | undefined {
  return firstMatch(
    opening.filter((line) => line.role !== 'stamp'),
    CONSULTATION_LINE,
  )
})

/** The number of the question the opening lines name, from a line that opens with it or the sentence that answers it. */
export const findQuestionLine = readOnce(function findQuestionLine(opening: readonly Line[]): Found<string> | undefined {
  for (const line of opening) {
    const value = QUESTION_LINE.exec(line.text)?.[1] ?? ANSWER_OF.exec(line.text)?.[1]
    if (value) return { value, line }
  }
  return undefined
})

/**
 * A bill named in the opening sentence: `spørgsmål nr. 14 ad L 175 og L 176`, `spørgsmål nr. 1 til L 188`,
 * `I forbindelse med behandlingen af (L 106) Forslag til lov …`, `spørgsmål nr. 31 (L 22)`, the bill's word
 * capitalised inside the brackets (`spørgsmål nr. 19 (Ad L 15)`, `(Vedr. L 40)`), a committee's code before it there
 * (`spørgsmål nr. 4 (KOU L 172)`) or the bill's kind (`(lovforslag L 45)`, `(Lovforslag nr. L 45)`, `(beslutningsforslag
 * B 12)`), and the bill named bare after its
 * reading (`I forbindelse med behandlingen af L 199 forslag til lov …`, `Under udvalgets behandling af lovforslag nr.
 * L 12`). The same for an aktstykke or a Commission document (`spørgsmål nr. 10 vedrørende KOM (2012) 0788`, `(Aktstykke
 * nr. 249)`), which may also follow the number directly (`Spørgsmål nr. 2 KOM (2012) 0011 fra Folketingets
 * Europaudvalg:`, Justitsministeriet) or after a dash (`§ 7 spørgsmål 25 - aktstykke nr. 189`). A question heading
 * that opens with its case names it too: `Aktstykke 108
 * spørgsmål 3:`, `KOM (2013) 0173 - spørgsmål 4:`, `L 195 Spørgsmål 41:`, and a title that opens with it, the committee's
 * code before it (`FOU B 104 – endeligt svar på spørgsmål 19 fra …`, Udenrigsministeriet). Only on a line that speaks of a question or
 * of the bill's reading, so that a bill the answer mentions is not taken. A space may open the brackets (`FFL 2006 ( L2 -
 * §28 spørgsmål 5 6)`, Transport- og Energiministeriet 2005), a stop follow `ad` (`spørgsmål 4 ad. B72`, 2007), and the
 * bill stand between two question words (`Besvarelse af spørgsmål nr. L 140 – Spørgsmål 96`, `Spørgsmål L 140 -
 * Spørgsmål 96:`, Indenrigs- og Sundhedsministeriet 2006).
 */
const OPENING_BILL = hot(
  new RegExp(
    String.raw`(?:\((?:\s?[A-ZÆØÅ]{2,4}\s)?(?:\s?(?:[Aa]d|[Vv]edr\.|[Tt]il)\s)?(?:[Ll]ov|[Bb]eslutnings)?(?:forslag(?:et)?\s+(?:nr\.\s*)?)?|\(\s|\b(?:ad\.?|til|vedr\.|vedrørende)\s+|\bbehandling(?:en)?\s+af\s+(?:lovforslag(?:et)?\s+)?(?:nr\.\s*)?)(${BILL_CODE_PART}|${CASE_DOCUMENT_CODE})(?![\p{L}\d])|(?:[Ss]pørgsmål|[Ss]pm\.)\s*(?:nr\.?\s*)?\d+\s+(?:[-–]\s+)?(${CASE_DOCUMENT_CODE})|(?:^|[Ss]pørgsmål\s+(?:nr\.\s*)?)(?:\p{Lu}{2,4}\s)?(${BILL_CODE_PART}|${CASE_DOCUMENT_CODE})\s{0,3}(?:[-–]\s{0,3})?(?:(?:(?:[Ee]ndeligt|[Ff]oreløbigt)\s+)?svar\s+på\s+)?(?:[Ss]pørgsmål|[Ss]pm\.)\s*(?:nr\.?\s*)?\d`,
    'u',
  ),
)
/**
 * What a line of the opening must speak of for a bill on it to be the question's: a question, the bill's reading, or
 * the answer sent (`ad L 39 følger hermed … ministerens svar på` / `spørgsmål nr. 7.`, the question word wrapped to the
 * next line).
 */
const OPENING_SUBJECT = /spørgsmål|behandling(?:en)?\s+af|(?<!\p{L})svar\s+på(?!\p{L})/iu

/**
 * A line of the letter's head that opens with the bill and its title, the subject of a letter answering the bill's
 * questions (Skatteministeriet 2007: `L 217 -  Forslag til Lov om ændring af registreringsafgiftsloven …`, also
 * `Vedr.: B 12 – Forslag til folketingsbeslutning om …`, `Vedrørende L 224 - Forslag til finanslov for finansåret
 * 2026.`). Also after the addressee on a cover page a rendition set on one line (`… Dato: Til Folketingets Skatteudvalg
 * L 78 - Forslag til Lov om … Hermed sendes …`, Skatteministeriet 2005). Group 1: the bill.
 */
const BILL_TITLE_LINE = new RegExp(
  String.raw`(?:^(?:Vedr(?:\.|ørende)?:?\s*)?|(?<=\bFolketing(?:ets\s+[\p{L}-]{0,40}udvalg|et\s{1,3}[-–]\s{1,3}[\p{L}-]{0,40}udvalget)\s{1,8}))(${BILL_CODE_PART})\s*[-–]\s+[Ff]orslag\s+til\s+(?:[Ll]ov|[Ff]olketingsbeslutning|finanslov|tillægsbevillingslov)(?!\p{L})`,
  'u',
)

/**
 * A question's line that opens a bill's title: `… vedrørende forslag til lov`, `… ad lovforslag om …`, `… vedrørende
 * forslag til fi-` / `nanslov for finansåret 2020 (L1):` (any kind of bill, its word broken at the line end).
 */
const TITLE_OPENS = /(?:vedr\.|vedrørende|ad)\s+(?:forslag\s+til|lovforslag)(?!\p{L})/iu

/** A bill's title closed by its number in brackets where the title ends: `… m.v.) (L 93)`. Group 1: the bill. */
const TITLE_BILL_END = new RegExp(String.raw`\((${BILL_CODE_PART})\)\.?$`, 'u')

/**
 * Where a bill's title running on from a question's line ends: the question's opening quote, a question mark or a
 * colon (not a full stop: `nr.`, `m.v.` stand inside the title).
 */
const TITLE_END = /[”"»«„“’?:]/u

/** Most lines a bill's title runs to after the line that opens it. */
const MAX_TITLE_LINES = 6

/**
 * The bill whose title a question's line opens and which closes with its number (`Spørgsmål nr. 87 fra Folketingets
 * Retsudvalg vedrørende forslag til lov` / `om ændring af retsplejeloven …` / `… (logning) m.v.) (L 93)`,
 * Justitsministeriet 2022): the title's lines joined, up to the question's opening quote or a sentence's end, however
 * a column wrapped them.
 */
function billAfterTitle(opening: readonly Line[], at: number): Found<string> | undefined {
  const lines = opening.slice(at, at + 1 + MAX_TITLE_LINES)
  const joined = lines.map((line) => line.text.trim()).join(' ')
  const end = TITLE_END.exec(joined)
  const bill = TITLE_BILL_END.exec(joined.slice(0, end?.index ?? joined.length).trimEnd())?.[1]
  const line = opening[at]
  return bill && line ? { value: readCase(bill).code, line } : undefined
}

/** How many lines after a bill's code its title's first words may stand on (`… L 98 -` / `Forslag til` / `Lov om …`). */
const TITLE_WRAP_LINES = 2

/**
 * A bill's title that a rendition broke after the bill's code (`… Til Folketingets Skatteudvalg L     98 -` /
 * `Forslag     til` / `Lov     om     ændring …`, a one-line cover split at its runs of spaces): `BILL_TITLE_LINE`
 * read across the line ends, from a match that starts on this line. Group 1 of the match: the bill.
 */
function titleAcrossLines(opening: readonly Line[], at: number): string | undefined {
  const line = opening[at]
  // Cheap test first: the code's letter on the line, the title's word not (else the line alone would have read it).
  if (!line || !/[LB]\s*\d/u.test(line.text) || /[Ff]orslag/u.test(line.text)) return undefined
  const joined = opening
    .slice(at, at + 1 + TITLE_WRAP_LINES)
    .map((next) => next.text)
    .join(' ')
  const match = BILL_TITLE_LINE.exec(joined)
  return match && match.index < line.text.length ? match[1] : undefined
}

/**
 * Whether the subject's word (`OPENING_SUBJECT`) was broken at the end of the line before by a hyphen, printed or
 * soft, and finishes on `line` (`… stillet mig følgende spørgs-` / `mål, nr. 1 ad L 205, som …`, a narrow column):
 * the broken word, not one before it on that line.
 */
function subjectBrokenBefore(previous: Line | undefined, line: Line): boolean {
  const text = previous?.text.trimEnd() ?? ''
  if (!text.endsWith('-') && !text.endsWith('\u00ad')) return false
  // The broken word's head and its hyphen: the line's last word.
  const head = text.slice(text.lastIndexOf(' ') + 1)
  return OPENING_SUBJECT.test(joinLines([head, line.text]))
}

/** The bill the opening lines name (normalised: `L 175`). */
export function findOpeningBill(opening: readonly Line[]): Found<string> | undefined {
  for (const [at, line] of opening.entries()) {
    const titled = BILL_TITLE_LINE.exec(line.text)?.[1] ?? titleAcrossLines(opening, at)
    if (titled) return { value: readCase(titled).code, line }
    const afterTitle = OPENING_SUBJECT.test(line.text) && TITLE_OPENS.test(line.text.trim()) ? billAfterTitle(opening, at) : undefined
    if (afterTitle) return afterTitle
    // The subject on the line, or on the next where the sentence wraps (`… breve af 14. april 2005 ad L 39 følger her
    // med i 5` / `eksemplarer socialministerens svar på spørgsmål nr. 7.`).
    const next = opening[at + 1]
    if (
      !OPENING_SUBJECT.test(line.text) &&
      !(next && /[\p{L}\d,]$/u.test(line.text) && OPENING_SUBJECT.test(next.text)) &&
      !subjectBrokenBefore(opening[at - 1], line)
    )
      continue
    // The bill's word at the line's end and the bill opening the next (`… breve af 14. april 2005 ad` / `L 39 følger …`):
    // read across the line end, from a match that starts on this line.
    let match = OPENING_BILL.exec(line.text)
    if (!match && next) {
      const across = OPENING_BILL.exec(`${line.text} ${next.text}`)
      if (across && across.index < line.text.length) match = across
    }
    const bill = match?.[1] ?? match?.[2] ?? match?.[3]
    if (bill) return { value: readCase(bill).code, line }
  }
  return undefined
}
