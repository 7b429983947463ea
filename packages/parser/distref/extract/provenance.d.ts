/**
 * Provenance: for every field of the record, the rule that produced it, how sure it is, and the source lines
 * (line range, page, bbox, text) it was read from.
 */
import type { FtRecord, Provenance } from '@ft-answers/schema';
import type { Line } from './lines.js';
/** The fields every record has provenance for. */
export declare const PROVENANCE_FIELDS: readonly ["source", "documentType", "committee", "session", "caseNumber", "questionKey", "url", "question.kind", "question.number", "question.bill", "question.askedOn", "question.askers", "question.askedByCommittee", "question.recipient", "question.text", "answer.answeredOn", "answer.text", "answer.blocks", "answer.tables", "signature", "ministry", "references", "quality", "qualityReasons", "warnings"];
/** A field of the record with provenance: one of PROVENANCE_FIELDS, or one table of the answer (`answer.tables.0`). */
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number] | `answer.tables.${number}`;
/** The value of a record field by its path: `fieldValue(record, 'question.number')`. */
export declare function fieldValue(record: FtRecord, field: string): unknown;
/** Where a value was read: source lines (holes allowed), nothing (it was derived), or the caller's input. */
export type Where = Line | readonly (Line | undefined)[] | 'input' | undefined;
/**
 * The provenance of a value found by `rule` with `confidence` at `where`: the lines' range, page, box and text when
 * it was read off the document, else `derived` (or `input`, for what the caller gave).
 */
export declare function provenanceAt(where: Where, rule: string, confidence: number): Provenance;
/** The first line of `where`, if it names lines. */
export declare function firstLine(where: Where): Line | undefined;
//# sourceMappingURL=provenance.d.ts.map