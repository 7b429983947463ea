/**
 * One extraction pass over the block tree: the finders read the tree (or its line view) once; each field is then
 * resolved from the candidates its rules propose, value and provenance together; the record is assembled from the
 * resolutions, with warnings where sources disagree or a value is inferred.
 */
import type { FtRecord, Source } from '@ft-answers/schema';
import type { Root } from 'mdast';
import { Messages } from '../messages.js';
export interface ExtractOptions {
    /** The input; `document` defaults to the id of its path and hash, `part` and `parts` are set here. */
    source: Omit<Source, 'document' | 'part' | 'parts'> & Partial<Pick<Source, 'document'>>;
}
/** The document's record: the first question's, where it answers several (see `extractRecords`). */
export declare function extractRecord(tree: Root, options: ExtractOptions, messages?: Messages): FtRecord;
/** The document's records: one per question it answers (at least one). */
export declare function extractRecords(tree: Root, options: ExtractOptions, messages?: Messages): FtRecord[];
//# sourceMappingURL=record.d.ts.map