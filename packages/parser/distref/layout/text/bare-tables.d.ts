/**
 * Tables in text that no `Tabel N` announces, and the line forms around them: a lead-in sentence (`… som følger:`),
 * then the cells one per line; Word's HTML renditions, which end every cell line in ` |`; a lead-in glued to the
 * first cell (`… som følger:2007`); values run together where the rendition lost the cells' boundaries.
 */
import type { Table } from 'mdast';
import type { LayoutLine } from '../../tree.js';
import { isCellMarked, withoutCellMark } from './cell-marks.js';
export { isCellMarked, withoutCellMark };
/**
 * Lines with a lead-in glued to a table's first cell split in two (both keep the source line), when a cell line
 * follows; and lines with a table's label glued to their end (`splitGluedLabel`).
 */
export declare function splitGluedLeadIns(input: readonly LayoutLine[]): LayoutLine[];
/**
 * A run of lines around one whose values are run together (`GLUED_VALUES`): the lines next to it that are glued
 * cells too — not a paragraph of running text that a table's cells were glued to (`isRunningText`), which stays text.
 * Their cells cannot be split with certainty: the caller keeps them as a table whose cells are lost.
 */
export declare function gluedValuesRun(lines: readonly LayoutLine[], at: number): {
    start: number;
    end: number;
} | undefined;
/**
 * A run of data cells one per line (`1.520` / `1.922` / … / `1.048`), role lines (a sidebar, a page's foot) between
 * them passed over, that no reader took: the cells of a table the rendition scrambled (columns apart from their
 * headings, a sidebar in the middle). Years alone (`2015` … `2022`) are a list; a run needs values other than years.
 * The caller keeps it as a table whose cells are lost, so that the record warns instead of printing the numbers as a
 * paragraph of text. Undefined unless the run starts at `at`.
 */
export declare function lostCellsRun(lines: readonly LayoutLine[], at: number): {
    start: number;
    end: number;
    run: LayoutLine[];
} | undefined;
/**
 * A long line inside a table set one cell per line that is a row's label, not prose after the table: it ends no
 * sentence and the next line is one value (`4. 2 ‰-nedslag for alle ejerboliger anskaffet 1.
 * juli 1998 eller tidligere` / `1.120`) — not a row of values, as under a heading row set out in columns.
 */
export declare function isLongRowLabel(lines: readonly LayoutLine[], at: number): boolean;
export interface BareTable {
    table: Table;
    /** The lines the table was read from (role lines between them are not). */
    lines: LayoutLine[];
    /** Index after the table's last line. */
    end: number;
    /** Lines among the table's that are the page's letterhead, no cells (`letterhead-in-table.ts`): emitted as `sidebar`. */
    furniture?: LayoutLine[];
}
/**
 * A table set one cell per line after a lead-in, with no `Tabel N` before it (`… har oplyst følgende:` / `2018` /
 * `Ansøgninger` / `2.748` / `2019` / …): the longest run of short lines from `start` that a one-cell-per-line reader
 * reads. After a colon, or a paragraph that announces a table (`Nedenstående tabel viser …`), a table of two values
 * is enough; after any other sentence it needs more (eight values, two rows), since nothing announced it.
 */
export declare function bareTable(lines: readonly LayoutLine[], start: number): BareTable | undefined;
/**
 * The run of Word HTML cell lines from `start` (`Transportform |`, `2001 |`, `|`, …) and the table its cells make.
 * HTML lists a table's cells row by row, so the order is known: the `word-cells` reader (empty cells kept, the row
 * width inferred) is asked first, then the row-by-row reader on the non-empty cells, whose table is not flagged as
 * inferred. Undefined when `start` is no such line; a table without cells when the reader
 * cannot read them.
 */
export declare function cellMarkedTable(lines: readonly LayoutLine[], start: number): BareTable | undefined;
/**
 * A table set a row a line, its cells apart by tabs or runs of spaces (a copy from a word processor, `pdftotext
 * -layout`), with no `Tabel N` before it, after a lead-in that ends a sentence or a colon, or a table's title
 * (`Oversigt over …`): a header line with gaps,
 * if any, then rows of a label and values apart by gaps (`isGappedRow`), two at least — read by the columns the cells
 * stand in, or by the gaps (`byColumns`). In layout-kept text the header may wrap over up to `MAX_HEADER_LINES`
 * lines, each but the last set in over the value columns (`                 Antal ejere   Provenu Mio.` /
 * `                     (1.000)            kr.`): prose starts at the margin. Undefined where the lines are not so,
 * or do not read.
 */
export declare function gappedTable(lines: readonly LayoutLine[], start: number): BareTable | undefined;
//# sourceMappingURL=bare-tables.d.ts.map