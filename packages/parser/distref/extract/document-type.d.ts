/**
 * What kind of document this is: an answer, a committee's question letter, a consultation speech paper, a
 * cover letter, or unknown.
 */
import type { DocumentType } from '@ft-answers/schema';
import type { Context } from './context.js';
import type { Line } from './lines.js';
/**
 * A hearing note's title at the top of the document (`Høringsnotat`, `HØRINGSNOTAT`, `Høringsnotat om …`, `Høringsnotat
 * til L 28 …`, `Kommenteret høringsnotat om …`), by other words too (`Notat om de indkomne høringssvar vedrørende …`,
 * `Kommenteret høringsoversigt`): the ministry's account of a bill's consultation, a note — not a letter, though it
 * names its annexes (`En oversigt … er vedlagt`, `jf. vedlagte høringsliste`).
 */
export declare const HEARING_NOTE_TITLE: RegExp;
export interface DocumentTypeResult {
    type: DocumentType;
    /** The line that decided it. */
    line?: Line;
}
/**
 * `questionEnd`: where the question found ends (exclusive line index), so that an answer without a heading can be
 * told by its first paragraph.
 */
export declare function findDocumentType(context: Context, hasQuestion: boolean, questionEnd?: number, quotedAlone?: boolean): DocumentTypeResult;
//# sourceMappingURL=document-type.d.ts.map