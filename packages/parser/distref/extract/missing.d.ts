/**
 * Fields a letter always has, left empty although the letter shows signs of them, and a question or answer whose
 * edge was plainly misplaced. A wrong empty value that nothing warns of is as bad as a wrong value; each check fires
 * only where the document shows the field was there to read (a date line, a J.nr. label, a ministry's name, a
 * signature's form), so that a letter that truly lacks it (a rendition cut before its letterhead or signature)
 * stays `ok`.
 */
import type { DocumentType, QuestionKind } from '@ft-answers/schema';
import type { Findings } from './findings.js';
import type { Line } from './lines.js';
/** The values the checks look at, as resolved. */
export interface ResolvedValues {
    documentType: DocumentType;
    session: string | null;
    committee: string | null;
    kind: QuestionKind | null;
    caseNumber: string | null;
    answeredOn: string | null;
    questionNumber: string | null;
    questionText: string | null;
    answerText: string;
    signature: unknown;
    ministry: string | null;
}
/**
 * A ministry's name on a line of its own, as a letterhead sets it: `Miljøministeriet`, `Erhvervs- og
 * Vækstministeriet`, `ØKONOMI- OG ERHVERVSMINISTERIET`, `VÆKSTMINISTERIET` (the name broken over two lines),
 * `Ministeriet for Ligestilling og Kirke`. Not a sentence that names one (`Miljøministeriet har oplyst, …`).
 */
export declare const MINISTRY_LINE: RegExp[];
/**
 * Whether the case number read from `line` stops where the line goes on with a joiner and more of it: `004` read
 * from `J. nr. 004 - u18 - 000049`. Compared without spaces, as the number is normalised.
 */
export declare function caseNumberCut(value: string, line: Line): boolean;
/** Warnings for fields left empty where the document shows they were there. */
export declare function checkMissing(found: Findings, values: ResolvedValues): void;
/**
 * A question or answer whose edge was misplaced: the answer opens with the question's heading ("Spørgsmål nr. 382:"),
 * the question runs on past an answer heading ("…?”Svar:") or into ft.dk's page fields ("Dokumentdato: …"), or it
 * opens with its heading's broken-off tail ("(alm. del)").
 */
export declare function checkTextEdges(found: Findings, questionText: string | null, answerText: string): void;
//# sourceMappingURL=missing.d.ts.map