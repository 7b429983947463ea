/**
 * The `typed-grid` text table reader: one cell per line, row by row, every cell one line — read by counting, where
 * the columns' kinds leave one way to count. The last resort of the one-cell-a-line readers: it reads what their
 * shapes miss (row labels that are numbers, `1` `2` `3` `Totalt`; a text column among the values, `2015->2016`; a
 * header and a single row), and nothing where a cell may have wrapped onto a second line.
 */
import type { Table } from 'mdast';
/**
 * One cell per line, counted out: row by row (the header's lines, then rows as wide) or, where no row-by-row count
 * fits, column by column (each column's heading and as many cells), each column of one kind. A text line that goes on
 * from the one before is joined to it first (a wrapped cell would shift every cell after it); read only where exactly
 * one count fits in the order taken, and always flagged.
 */
export declare function typedGrid(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=typed-grid.d.ts.map