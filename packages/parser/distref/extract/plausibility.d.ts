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
import { type Asker, type Committee, type DocumentType, type Signature } from '@ft-answers/schema';
import type { Findings } from './findings.js';
import type { Line } from './lines.js';
import type { Resolution } from './resolve.js';
/** Why `text` does not look like a question, or undefined when it does. */
export declare function questionTextDoubt(text: string): string | undefined;
/** Why `text` does not look like an answer's text, or undefined when it does. */
export declare function answerTextDoubt(text: string): string | undefined;
/**
 * A line-end hyphen that the text dropped where the compound keeps it: the lines end `EU-Mercosur-` and go on
 * `aftalen`, and the text reads `EU-Mercosuraftalen`. Returns the word as joined, or undefined. The lines are the
 * text's own (the question's, the answer's); only lines that end with a hyphen are looked at.
 */
export declare function droppedHyphen(lines: readonly Line[], text: string): string | undefined;
/** The dates and session as resolved. */
export interface DatedValues {
    askedOn: string | null;
    answeredOn: string | null;
    session: string | null;
}
/**
 * Why the dates do not fit each other or the session, or undefined when they do: an answer the same day as the
 * question (the letter's date taken for the question's, or the other way), an answer long after the question (a year
 * misread), a question asked in another session than the record's (a year misread, or a session taken from
 * a cited date). `date-order` already warns of an answer before its question.
 */
export declare function datesDoubt(values: DatedValues): {
    field: string;
    reason: string;
} | undefined;
/**
 * Why a question's kind may be wrong, or undefined: read as one of the committee's general (alm. del) questions while
 * a line of the head (the lines above the question: stamp, title, preamble, question heading) names a case; or read
 * as a bill's while no line of the head names that bill (the question's text only cites it), or while the letter calls
 * it an alm. del question (`spørgsmål nr. 59 (Alm. del)`, filed by ft.dk under a bill). The question's
 * rules read the kind from those lines, so a general kind beside such a line says one was misread; where the head
 * only cites a case without saying the question is on it, the rules leave the kind empty with
 * `question-kind-unknown` instead.
 */
export declare function kindDoubt(kind: string | null, head: readonly Line[], bill?: string | null): {
    reason: string;
    line?: Line;
} | undefined;
/**
 * Why a question's kind and number do not go together, or undefined: a samråd question numbered in digits (`155`, the
 * number of the ordinary question its speech was filed under), or an alm. del, bill or § 20 question lettered like a
 * samråd question (`B`). The two were read from different places (a cover's opening and the enclosure's heading), and
 * one of them is not the record's question's.
 */
export declare function kindNumberDoubt(kind: string | null, number: string | null): string | undefined;
/**
 * A committee another stated place contradicts: the stamp files the letter under one committee while its address
 * or title names another (`Miljøudvalget` / `MIU Alm.del` above a letter to `Udvalget for Fødevarer, Landbrug og
 * Fiskeri` on `spørgsmål nr. 356 (FLF alm. del)`). Not where the stamp files the letter as another case's annex,
 * which says it belongs elsewhere.
 */
export declare function committeeRival(committee: Resolution<Committee>, session: string | null, annex: boolean, inText?: (line: Line) => boolean): {
    rival: Committee;
    rule: string;
} | undefined;
/**
 * A ministry's name on a line of its own in the letter (its letterhead or footer), other than the ministry resolved:
 * one the registry knows and was in use in `year`, or one shaped as a ministry's name that the registry does not know
 * (`Miljø- og Ligestillingsministeriet` of 2024, a name newer than the registry). The first such line only.
 */
export declare function ministryLineRival(lines: readonly Line[], ministry: string, year: number | undefined, inQuestion?: (line: Line) => boolean): {
    name: string;
    line: Line;
} | undefined;
/**
 * A ministry another place that states who writes contradicts: the letterhead's name against the signature's title
 * or the opening's "…ministerens besvarelse" (`Miljøministeriet` above `Miljø- og fødevareminister` under the
 * signature).
 */
export declare function ministryRival(ministry: Resolution<string>): {
    rival: string;
    rule: string;
} | undefined;
/**
 * Why the askers or the signature do not read as people, or undefined when they do: a name that is no person's name
 * (a phrase, a title, words glued), or an answer signed by the member who asked (the asker's line read as the
 * signature, or the signature as an asker).
 */
export declare function peopleDoubt(askers: readonly Asker[], signature: Signature | null, documentType: DocumentType): {
    field: string;
    reason: string;
} | undefined;
/** Values the record checks read. */
export interface CheckedValues extends DatedValues {
    questionText: string | null;
    /** The question's kind (`general` for alm. del), its number (`12`, `AB`) and the bill it is on (`L 37`). */
    kind: string | null;
    number: string | null;
    bill: string | null;
    committee: Resolution<Committee>;
    ministry: Resolution<string>;
    askers: readonly Asker[];
    signature: Signature | null;
    documentType: DocumentType;
}
/**
 * An answer's heading (`Svar:`, `Endeligt svar`, `Besvarelse`) on a line of its own in a document read as a question
 * letter: a ministry's answer that quotes the committee's question form (`Udvalget udbeder sig ministerens besvarelse
 * af følgende spørgsmål:`) read as the form itself. The first such line outside page furniture, or undefined.
 */
export declare function answerHeadingInQuestionLetter(lines: readonly Line[], documentType: DocumentType): Line | undefined;
/** Warns where a resolved value looks implausible (see the module's comment). */
export declare function checkPlausibility(found: Findings, values: CheckedValues): void;
//# sourceMappingURL=plausibility.d.ts.map