/**
 * Where each line sits on the page: the body column, the ministry's sidebar to its right, the ft.dk stamp
 * above it, page headers and footers (by position and by repetition across pages), and footnotes (small
 * print between the last body line and the footer, starting with their number).
 */
import type { LineRole } from '../../tree.js';
import { type PdfLine } from './lines.js';
export interface Column {
    left: number;
    right: number;
    /** Font size of running text. */
    bodySize: number;
}
export interface PageBox {
    page: number;
    width: number;
    height: number;
}
/**
 * The column of running text: the most common font size (by characters of lines in one piece: running text, not a
 * table's rows, whose cells stand apart — a long table in small print may hold more characters than the letter's
 * text), its left edge and its right edge.
 */
export declare function findColumn(lines: readonly PdfLine[]): Column;
/**
 * Split lines that run from the column into the margin beside it (body text and sidebar on one baseline) — but
 * not a table wider than the column (on a page without a sidebar, tables may use the margin): where at least two
 * lines are table rows inside the column (two or more cells) that go on with values only beyond it.
 */
export declare function splitAtColumn(pages: PdfLine[][], column: Column): PdfLine[][];
export interface Regions {
    pages: PdfLine[][];
    column: Column;
    roles: Map<PdfLine, LineRole>;
}
export declare function assignRegions(input: readonly PdfLine[][], boxes: readonly PageBox[]): Regions;
//# sourceMappingURL=regions.d.ts.map