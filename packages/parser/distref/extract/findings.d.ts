/**
 * What the finders read off a document, each once: the stamp, the preamble, the question and answer, the askers,
 * the signature and the letterhead. Field modules (`fields/`) turn these into candidates for the record's fields.
 */
import type { DocumentType } from '@ft-answers/schema';
import { type AnswerResult } from './answer.js';
import type { Context } from './context.js';
import { type DocumentTypeResult } from './document-type.js';
import { type Found, type FoundCaseNumber } from './letterhead.js';
import type { Line } from './lines.js';
import { type PageSummary } from './page-summary.js';
import { type AskersResult, type Preamble } from './preamble.js';
import { type QuestionResult } from './question.js';
import { type ReportHead } from './report-date.js';
import { type Candidate } from './resolve.js';
import { type RunningTitle } from './running-title.js';
import { type SignatureResult } from './signature.js';
import { type CaseFacts } from './stamp.js';
export interface Findings {
    context: Context;
    stamp: CaseFacts;
    preamble: Preamble | undefined;
    question: QuestionResult | undefined;
    type: DocumentTypeResult;
    documentType: DocumentType;
    answer: AnswerResult;
    askers: AskersResult;
    signature: SignatureResult | undefined;
    caseNumber: FoundCaseNumber | undefined;
    letterDate: Found<string> | undefined;
    /** The letter's head: its lines up to the end of the question (or just past the preamble). */
    head: Line[];
    /** The question's title in ft.dk's running line. */
    runningTitle: RunningTitle | undefined;
    /** ft.dk's summary of a question, where it is all the document holds. */
    pageSummary: PageSummary | undefined;
    /** A report's head (`Betænkning afgivet af … den …`), where the document is a report: it answers no question. */
    report: ReportHead | undefined;
    /** Question time's page (`Spm. nr. S 2918 - besvaret 24/03-2004`): the day its title says the question was answered. */
    spokenAnsweredOn: {
        value: string;
        line: Line;
    } | undefined;
}
/** Run the finders in the order they depend on each other: the question after the preamble, the answer after it. */
export declare function find(context: Context, path: string | undefined): Findings;
/** A candidate from the stamp's facts: cited as the stamp, or as the file's ft.dk path (a weaker witness). */
export declare function fromStamp<T>(stamp: CaseFacts, value: T | null | undefined): Candidate<T>;
//# sourceMappingURL=findings.d.ts.map