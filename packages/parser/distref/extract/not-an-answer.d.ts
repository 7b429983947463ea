/**
 * When a document is refused as no Folketing question or answer (`E_NOT_AN_ANSWER`). Refusing a real answer loses it
 * for a batch user, so a parser that failed to read the letter's case (no committee, number or session, an old
 * rendition with no labels) must not refuse it: the refusal needs evidence that the document is something else —
 * that nothing a ministerial letter or a committee's question holds was read from it at all.
 */
import type { FtRecord } from '@ft-answers/schema';
/** Whether the document's record is positive evidence that it is no Folketing question or answer: it holds none of the above. */
export declare function notAFolketingDocument(record: FtRecord): boolean;
//# sourceMappingURL=not-an-answer.d.ts.map