import type { FtRecord } from '@ft-answers/schema';
import { type KeyParts } from './fields/key.js';
import { type ReferenceContext } from './references.js';
import type { QuestionSplit } from './split.js';
/**
 * The document's id: the same for every record of one input, different for the same bytes under another path (two
 * copies of a letter are two documents) — 16 hex digits of SHA-256 over the path and the content's hash.
 */
export declare function documentId(path: string, sha256: string): string;
/** What every part's key and references are built from, besides its number. */
export interface PartContext {
    keys: Omit<KeyParts, 'number'>;
    references: Omit<ReferenceContext, 'number'>;
    session: string | null;
}
/** The records of a document that answers several questions, one per question, in the order the document names them. */
export declare function partRecords(base: FtRecord, split: QuestionSplit, context: PartContext): FtRecord[];
/**
 * The first of a document's records, for the callers that take one (`parse`): where there are more, it says so
 * (`question-multiple`) and names the others.
 */
export declare function firstRecord(records: readonly FtRecord[]): FtRecord;
//# sourceMappingURL=parts.d.ts.map