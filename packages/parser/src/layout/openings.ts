import { hot } from '../util/hot-patterns.js'
import { anyOf, startsOnLine } from '../util/wrapped.js'
import { ANSWER_KINDS } from './markers.js'

/**
 * Openings of a letter's first sentence that other ministries use beside the committee-letter preamble
 * ("Beskæftigelsesudvalget har i brev af …"). The letterhead ends where one of them begins (`roles.ts`), and the
 * preamble starts there (`extract/preamble.ts`).
 */

/**
 * - `Under henvisning til Folketingets Socialudvalgs brev af 7. april 2010 følger hermed …` (Socialministeriet)
 * - `I brev af 11. februar 2016 har udvalget …`, `Ved skrivelse af 9. november 2010 har … anmodet om …`, `Med brev af 22.
 *   september 2005 (Alm. del - spørgsmål 8) har udvalget bedt om …`, also after the addressee on one line
 *   (`Folketingets Kirkeudvalg Med brev af …`, a rendition that set the letter's head on one line)
 * - `Kirkeudvalget har ved brev af 6. december 2013 …`, `… har ved breve af 27. april 2005 udbedt sig …` (letters)
 * - `Hermed fremsendes …`, `Hermed oversendes …`, `Hermed følger …` (as `Hermed sendes …`)
 * - `Udlændinge- og Integrationsudvalget stillede den 10. oktober 2019 spørgsmål nr. 7 …`
 * - `Berigtigelse af svar på spørgsmål nr. 7 …`: a correction of an earlier answer
 * - `Endeligt svar på Finansudvalgets spørgsmål nr. 69 af 23. juni 2008 (Aktstykke 190, § 7).`: a title naming the
 *   answer's kind (any of `ANSWER_KINDS`) before `svar på`, as `Svar på …` opens a letter
 */
const OPENING_PHRASES =
  /(?:^Under\s+henvisning\s+til\s|(?:^|(?<=^Folketingets\s+[\p{L}-]{0,40}udvalg\s{1,4}))(?:I|Ved|Med)\s+(?:brev|skrivelse|e-?mail)\s+af\s|(?<!\w)har\s+ved\s+(?:breve?|skrivelse)\s+af\s|^Hermed\s+(?:fremsendes|oversendes|følger)\s|(?<!\w)stillede\s+(?:den|d\.)\s|^Berigtigelse\s+af\s+(?:besvarelse|svar)\s)/iu

/** A title naming the answer's kind: `Endeligt svar på …`, `Foreløbigt svar på …`, `Supplerende svar på …`. */
const KIND_ANSWER_TITLE = new RegExp(String.raw`^(?:${ANSWER_KINDS})\s+svar\s+på\s`, 'iu')

/** Any of the openings above. */
export const LETTER_OPENING = anyOf(OPENING_PHRASES, KIND_ANSWER_TITLE)

/**
 * An answer titled by whose it is (one to five capitalised words, the last in the genitive), its kind after "svar"
 * or in parentheses: `Statsminister Anders Fogh Rasmussens svar (endeligt) på spørgsmål nr. S 2748 stillet af …`,
 * `Miljøministerens foreløbige svar på spørgsmål nr. 346`, `Fogh Rasmussens svar på udvalgsspørgsmål 10 stillet af
 * Folketingets Europaudvalg` (Statsministeriet 2008: the committee's question so named), `Statsminister Lars Løkke
 * Rasmussens svar på § 5 spørgsmål nr. 335 (MPU § alm. del)` (a question to the prime minister under a paragraph),
 * `Miljøministerens svar på EPU spørgsmål nr. 133` (the committee's code before it, 2008). Case-sensitive, so that a sentence in the answer
 * (`Jeg henviser til ministerens svar på spørgsmål 5`) does not match.
 */
export const ANSWER_TITLE = hot(
  /^(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*s\s+(?:(?:endelige|foreløbige|supplerende)\s+)?svar\s+(?:\((?:endeligt|foreløbigt|supplerende)\)\s+)?på\s+(?:§\s*\d{1,2}(?:-|\s)\s*|udvalgs|[A-ZÆØ]{2,4}\s+)?spørgsmål/u,
)

/**
 * Whether an answer's title (`ANSWER_TITLE`) starts on `line`, perhaps wrapped before its "spørgsmål" (`… svar
 * (endeligt) på` / `spørgsmål nr. S 2748 stillet af …`). Only a line holding "svar" is tried.
 */
export function opensAnswerTitle(line: string, next: string | undefined): boolean {
  return line.includes('svar') && startsOnLine(ANSWER_TITLE, line, next)
}

/**
 * A cover or orientation letter's first sentence, which is its text (not a preamble to an answer): `Vedlagt fremsendes
 * til Retsudvalgets orientering …`, `Vedlagt oversendes …`, `Vedlagt sendes i 5 eksemplarer …`, `Til Trafikudvalgets
 * orientering oversendes hermed …`, `Til udvalgets orientering sendes hermed …`, `Til orientering vedlægges …`, in the
 * first person `Vedlagt fremsender jeg …`, `Hermed fremsender jeg …` and `Jeg sender hermed …`, and the Europe
 * committee's annexes (Udenrigsministeriet and others, 2000s–2010s): `Til orientering for Folketingets Europaudvalg
 * kan det oplyses, at …`, `Til underretning for Folketingets Europaudvalg vedlægges …` (also as OCR read it:
 * `Fo&etingets Europaudvaig`), and `Med henblik på mødet i Folketingets Europaudvalg den 23. januar 2003 – dagsordenspunkt
 * … – vedlægges …` (the EU secretariat's cover sheet, 2000s: the verb may stand lines later, after the meeting's agenda).
 * "kan det oplyses" only with the committee named: a bare `Til orientering kan jeg oplyse, at …` may stand anywhere.
 * The letter's subject line (`Status på strækningen …`, `Fremsættelse af forslag til lov om …`) stands before it, in
 * the letterhead (`roles.ts`).
 */
export const COVER_OPENING =
  /^(?:Vedlagt\s+(?:(?:frem|over)?sendes|følger|(?:frem|over)?sender\s+jeg)\s|Hermed\s+(?:fremsender|oversender|sender)\s+jeg\s|Jeg\s+(?:fremsender|oversender|sender)\s+hermed\s|Til\s+(?:[\p{L}-]{2,40}\s+){0,2}(?:orientering|underretning)\s+(?:(?:over|frem)?sendes|vedlægges|for\s+(?:[^\s.,]{2,40}\s+){1,4}(?:(?:over|frem)?sendes|vedlægges|kan\s+det\s+oplyses))(?!\p{L})|Med\s+henblik\s+på\s+mødet\s+i\s+Folketingets\s+[\p{L}-]{0,40}udvalg(?!\p{L}))/iu
