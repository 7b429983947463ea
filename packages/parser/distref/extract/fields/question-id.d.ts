/**
 * Which question a document answers: its kind (ordinary, bill, § 20, consultation, on an aktstykke or a Commission
 * document), number and bill (the case document), from the preamble, the question's heading, the stamp and the
 * letter's head.
 */
import type { QuestionKind } from '@ft-answers/schema';
import { type Findings } from '../findings.js';
import { type Resolution } from '../resolve.js';
export interface QuestionId {
    kind: Resolution<QuestionKind>;
    number: Resolution<string>;
    bill: Resolution<string>;
}
export declare function resolveQuestionId(found: Findings): QuestionId;
//# sourceMappingURL=question-id.d.ts.map