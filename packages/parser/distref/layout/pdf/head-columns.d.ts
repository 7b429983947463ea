/**
 * The letterhead's two columns on one baseline. Letters without a sidebar (Justitsministeriet's, the Transport-
 * ministry's, Sundhedsministeriet's) set the addressee at the column's left and the ministry's name, address and
 * label column (`Dato:` / `Kontor:` / `Sagsnr.:` beside their values) in a column of their own further right,
 * inside the text's width. Where an addressee line and a letterhead line share a baseline they come out as one
 * line — `MINISTEREN  Transport-, Bygnings- og Boligministeriet`, `Folketinget  Dato:  1. april 2025` — which no
 * letterhead reader recognises. Above the letter's first full line of text on its first page, such a line is cut
 * in two where the right column begins.
 */
import type { PdfLine } from './lines.js';
/** The body column as `regions.ts` finds it (its left and right edges, the running text's font size). */
export interface Column {
    left: number;
    right: number;
    bodySize: number;
}
/**
 * Where the head's right column begins: the leftmost edge right of the column's middle at which at least three lines
 * of the head start a segment (`Dato:`, `Kontor:`, `Sagsnr.:` at 368.5 pt).
 */
export declare function rightColumnEdge(head: readonly PdfLine[], column: Column): number | undefined;
/**
 * The first page's head lines that join the addressee column and the letterhead's right column, cut in two; and
 * head lines that set a part flush right beside a part at the left.
 */
export declare function splitHeadColumns(pages: PdfLine[][], column: Column): PdfLine[][];
//# sourceMappingURL=head-columns.d.ts.map