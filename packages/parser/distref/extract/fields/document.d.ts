/**
 * The fields one finder decides alone: the kind of document, the case number, the question's text, the answer and
 * the signature.
 */
import type { DocumentType, Signature } from '@ft-answers/schema';
import type { AnswerResult } from '../answer.js';
import type { Findings } from '../findings.js';
import { type Resolution } from '../resolve.js';
/**
 * `number`: the question number as resolved, whose rule tells whether ft.dk's filing named it (a document with no
 * letter of its own is the answer's annex then).
 */
export declare function resolveDocumentType(found: Findings, number?: Resolution<string>): Resolution<DocumentType>;
export declare function resolveCaseNumber(found: Findings): Resolution<string>;
export declare function resolveQuestionText(found: Findings): Resolution<string>;
export declare function resolveAnswer(found: Findings): Resolution<AnswerResult>;
export declare function resolveSignature(found: Findings): Resolution<Signature>;
//# sourceMappingURL=document.d.ts.map