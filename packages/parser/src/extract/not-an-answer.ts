/**
 * When a document is refused as no Folketing question or answer (`E_NOT_AN_ANSWER`). Refusing a real answer loses it
 * for a batch user, so a parser that failed to read the letter's case (no committee, number or session, an old
 * rendition with no labels) must not refuse it: the refusal needs evidence that the document is something else —
 * that nothing a ministerial letter or a committee's question holds was read from it at all.
 */
import type { FtRecord } from '@ft-answers/schema'
import { ASKER_SPOKEN_OF } from '../layout/markers.js'
import { HEARING_NOTE_TITLE } from './document-type.js'

/**
 * What a record can hold only where the document is a ministry's letter or a committee's question: the case it is
 * filed under, the question and who asked it, the minister asked, the ministry and its case number, the letter's
 * date, or a table of figures. A shopping list or a page of page numbers holds none of them; a signature
 * alone is no evidence (a private note ends "Hilsen Per"). Each a test, asked in turn until one holds: most records
 * have a type or a committee, and the patterns over the answer's text are then not run.
 */
function letterEvidence(record: FtRecord): Array<() => unknown> {
  const { question, answer } = record
  return [
    () => record.documentType !== 'unknown',
    () => record.committee,
    () => record.session,
    () => question.number,
    () => question.text,
    () => question.askedOn,
    () => question.askers.length > 0,
    () => question.recipient,
    () => answer.answeredOn,
    () => record.caseNumber,
    () => record.ministry,
    // A table, its cells read or not: an annex page of figures filed with an answer (`Oversigt over
    // adfærdsklagesager`, years by five columns), published with no letter around it.
    () => answer.tables.length > 0,
    // The minister speaking of the one who asked: a § 20 answer given in the chamber, as the Folketing's page of the
    // question holds it (`… som spørgeren ved`, `Når spørgeren beder mig …`), with no heading, date or name.
    () => ASKER_SPOKEN_OF.test(answer.text),
    // A hearing note's title, a bill, a motion or a reading named (`namesFolketingBusiness`).
    () => namesFolketingBusiness(answer.text),
    // The member speaking to the minister in the chamber, as the page of a § 20 question holds the asker's follow-up
    // (`Tak for det, udenrigsminister.`, `… et meget konkret og godt svar fra ministeren`): the other side of
    // `ASKER_SPOKEN_OF`.
    () => MINISTER_ANSWER_SPOKEN_OF.test(answer.text),
    // An answer to a numbered question spoken of (`… Lars Barfoeds svar på spørgsmål 3313 omkring …`): a letter on the
    // Folketing's questions, as an outside body's or a citizen's letter filed with a committee writes of them.
    () => NUMBERED_ANSWER.test(answer.text),
    // The Folketing's own rooms named, as a member speaking in the chamber names them (`vi har lige haft en høring i
    // Landstingssalen`).
    () => FOLKETING_ROOM.test(answer.text),
    // The member speaking of the minister present, as a follow-up in question time does (`jeg så ministeren sige`,
    // `så vil jeg spørge ministeren`, `velkommen til ministeren`).
    () => MINISTER_PRESENT.test(answer.text),
    // The Folketing's § 20 questions named (`Besvaret §20-spørgsmål`, `§ 20-spørgsmålet`): a page of a question put to a
    // minister, as another of Folketinget's sites copied it under its own menu (EU-Oplysningen's `Spm nr. US 60`).
    () => SECTION20_NAMED.test(answer.text),
  ]
}

/**
 * Whether a text names the Folketing's business: a ministry's hearing note on a bill by its title opening the text
 * (`Høringsnotat vedrørende forslag til ændring af patentloven …`: the account of a bill's consultation the ministry
 * files with the bill, whatever else is lost), or a bill or a motion by its title, or its reading (`Ændringsforslag
 * til 2. behandling af Forslag til lov om …`, a minister's amendments filed with the bill). Evidence that a document
 * is the Folketing's, so the answer keeps a subject line that says it (`extract/answer.ts`).
 */
export function namesFolketingBusiness(text: string): boolean {
  return HEARING_NOTE_TITLE.test((text.split('\n', 1)[0] ?? '').trim()) || BILL_NAMED.test(text)
}

/**
 * The minister spoken of as present in the chamber: what the minister says or said (`ministeren siger`, `ministeren
 * sagde`, `så ministeren sige`, `som ministeren klart påpeger`, `ministeren anerkender`), asked (`spørge ministeren`),
 * welcomed (`velkommen til ministeren`) or thanked (`Jeg takker også for, at ministeren …`, `takker ministeren`) — a
 * member's words in question time, as `MINISTER_ANSWER_SPOKEN_OF` is. A minister's own letter speaks of the minister
 * in the first person.
 */
const MINISTER_PRESENT =
  /(?<!\p{L})(?:ministeren\s+(?:\p{Ll}{2,8}\s+)?(?:siger|sagde|sige|påpeger|anerkender|erkender|nævner|fremhæver)|spørge\s+ministeren|velkommen\s+til\s+ministeren|takker\s+(?:også\s+)?(?:for,?\s+at\s+)?ministeren)(?!\p{L})/u

/**
 * An answer to a question by its number: `svar på spørgsmål 3313`, `svaret på spørgsmål nr. 12` — the number, not
 * `svar på spørgsmålet` (any reply to any question).
 */
const NUMBERED_ANSWER = /(?<!\p{L})svar(?:et)?\s+på\s+spørgsmål\s+(?:nr\.\s*)?\d/u

/** `§ 20-spørgsmål`, `§20-spørgsmålet`, `§ 20-spørgsmål` with a no-break space: the Folketing's questions to ministers by their rule. */
const SECTION20_NAMED = /§\s?20-spørgsmål/u

/** The Folketing's chambers by name: `Folketingssalen`, `Landstingssalen`. */
const FOLKETING_ROOM = /(?<!\p{L})(?:Folketings|Landstings)salen(?!\p{L})/u

/**
 * A minister thanked or their answer spoken of: `Tak for det, udenrigsminister`, `Tak for svaret, ministeren`, `svar
 * fra ministeren`, `ministerens svar` — a member's words in question time or a samråd, not a private note's (`Tak for
 * det, Per`). The minister's office in at most 30 letters before `minister` (`udenrigs`, `beskæftigelses`): bounded, so
 * that a long run of letters is not tried from each of its places.
 */
const MINISTER_ANSWER_SPOKEN_OF =
  /(?<!\p{L})(?:[Tt]ak\s+for\s+(?:det|svaret),?\s+\p{Ll}{0,30}minister(?:en)?|svar(?:et)?\s+fra\s+\p{Ll}{0,30}ministeren|\p{Ll}{0,30}ministerens\s+svar)(?!\p{L})/u

/**
 * A bill or a motion by the words of its title (`Forslag til lov om`, `Forslag til Lov om` as a hearing note's title
 * writes it, `Forslag til folketingsbeslutning om`), or a
 * reading in the Folketing (`2. behandling af lovforslaget`, `til 3. behandling`): the Folketing's business.
 */
const BILL_NAMED =
  /(?<!\p{L})(?:[Ff]orslag\s+til\s+(?:[Ll]ov|folketingsbeslutning)\s+om|(?:til|ved|efter|før|under)\s+[123]\.\s?behandling)(?!\p{L})/u

/** Whether the document's record is positive evidence that it is no Folketing question or answer: it holds none of the above. */
export function notAFolketingDocument(record: FtRecord): boolean {
  return !letterEvidence(record).some((evidence) => Boolean(evidence()))
}
