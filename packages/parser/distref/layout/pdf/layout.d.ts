/**
 * Page lines → layout items for the shared block builder: role lines (stamp, sidebar, footnotes, headers,
 * footers) kept for the extractors, body lines with their paragraph breaks, and tables built from positions.
 * The result is the same kind of tree the text path builds, with page and bbox on every line.
 */
import type { LayoutItem } from '../../tree.js';
import type { PdfLine } from './lines.js';
import { type PageBox } from './regions.js';
import type { Rules } from './rules.js';
export interface PdfLayoutInput {
    pages: PdfLine[][];
    boxes: PageBox[];
    rules: Map<number, Rules>;
}
export interface PdfLayout {
    items: LayoutItem[];
    /** Pages with a table whose columns stream mode could only guess: worth reading their drawn rules. */
    uncertainPages: Set<number>;
}
export declare function layoutPdf(input: PdfLayoutInput): PdfLayout;
/**
 * The lines at which an unlabelled table starts with heading lines above its first row of values: lines set in a
 * size other than the body's (a table's 9 pt) or in several pieces, right above the row and close to it — not a
 * heading of the text ("Svar:" is body size), not a paragraph.
 */
export declare function headingStarts(body: readonly PdfLine[], startsTable: (body: readonly PdfLine[], index: number) => boolean, bodySize: number, pitch: number): Set<number>;
/**
 * Whether a line after a table's rows leaves the table: a line without values set in another size than the rows (the
 * greeting "Med venlig hilsen" in 11 pt under a table set in 9 pt), where a row's wrapped label keeps the rows' size.
 */
export declare function leavesTable(table: readonly PdfLine[], candidate: PdfLine): boolean;
/**
 * Whether a line after a table's rows is set in the rows' size where that differs from the running text's (a table in
 * 9 pt among 11 pt prose): a row of the table however wide pdf.js gave its text (`Omfattede klassetrin  Bh.kl.
 * Bh.kl.-1. …` as one item across the columns), not prose — but for a footnote opened by its mark or a sentence.
 */
export declare function inTableSize(table: readonly PdfLine[], candidate: PdfLine, bodySize: number): boolean;
/**
 * How many lines at the top of a page repeat the heading of a table that began on the page before: its lines before
 * the first row of values, or — where the heading row is itself values (years: `Persongruppe 2018 2019 …`) — its
 * first line; or the lines `above` it, where its header still stands there (`Antal  Provenu` / `ejere  Mio. kr.`).
 * Word and LibreOffice repeat a table's heading row on every page it runs over.
 */
export declare function repeatedHeading(table: readonly PdfLine[], following: readonly PdfLine[], above?: readonly PdfLine[]): number;
/**
 * Whether a "Tabel N" line carries the start of its caption and runs on onto the next line: `Tabel 1:
 * Beboersammensætning på Udrejsecenter Kærshovedgård i peri-`, or a line that stops short of the column's edge
 * only because the next line's first word (`perioden 2018-2023 …`) would not have fitted. Not `Tabel 1` alone, nor
 * a label line whose caption ends on it.
 */
export declare function captionWraps(line: Pick<PdfLine, 'text' | 'x1'>, next: Pick<PdfLine, 'text' | 'x0' | 'x1'> | undefined, right: number): boolean;
//# sourceMappingURL=layout.d.ts.map