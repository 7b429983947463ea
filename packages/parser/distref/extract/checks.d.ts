/**
 * Warnings about the document as a whole, not about one field's value: several questions, an answer without its
 * heading, a damaged text layer, an unknown kind of document, several answers, and values only a weak rule found.
 */
import type { FtRecord } from '@ft-answers/schema';
import type { Findings } from './findings.js';
/** Several numbered questions; an answer whose "Svar:" heading is missing. */
export declare function checkQuestions(found: Findings): void;
/** A text layer that lost glyphs; a document of no kind recognised. */
export declare function checkText(found: Findings): void;
/** More than one answer in one document: several "Svar:" headings after several numbered questions. */
export declare function checkAnswers(found: Findings): void;
/**
 * A value found by a weak rule, that no more specific warning already explains. (Not a review code, so quality
 * stands; the warning lands in record.warnings, which is the message list.)
 */
export declare function checkConfidence(found: Findings, record: FtRecord): void;
//# sourceMappingURL=checks.d.ts.map