/**
 * Tables from positions. A table region runs from "Tabel N" and its caption to "Anm.:", "Kilde:" or prose.
 * Columns come from drawn rules where the table has them (lattice), else from the whitespace that separates
 * the cells of every data row (stream, the projection that pdfplumber and Tabula use). Rows: each line with
 * values starts a row; a line without values continues the row above (a wrapped label); lines before the
 * first row of values are the header, joined per column ("Faktisk antal be-" + "skæftigede").
 */
import type { Table } from 'mdast';
import type { PdfLine } from './lines.js';
import type { Rules } from './rules.js';
import type { Run } from './runs.js';
export interface Interval {
    x0: number;
    x1: number;
}
/** The line's runs, in a new array (callers sort it). A loop: `flatMap` is several times slower on Node 20. */
export declare function pieces(line: PdfLine): Run[];
/** A line with values: at least one piece after the first is a number or a no-value mark. */
export declare function hasValues(line: PdfLine): boolean;
/**
 * Column intervals from the pieces of the data rows: merge overlapping x-ranges. A no-value mark set flush left in
 * a column of numbers set flush right (Chromium: `4  -  3` under `2019  2020  2021`) stands in the gap before its
 * column: where every such mark is the only piece of its row in the column to its right, the marks do not make a
 * column of their own (they are placed in that column when the cells are read).
 */
export declare function streamColumns(rows: readonly PdfLine[]): Interval[];
/**
 * Column intervals from vertical rules over the region, if the table is ruled. Borders are often drawn cell by
 * cell (one row tall each), so rules are grouped by x and their lengths inside the region added up.
 */
export declare function latticeColumns(rules: Rules | undefined, top: number, bottom: number, left: number, right: number): Interval[] | undefined;
export interface BuiltTable {
    table: Table;
    /** Stream columns were a guess: some data row does not have exactly one piece per column. */
    uncertain: boolean;
    /** The columns the cells were read by, left to right. */
    columns: Interval[];
}
/** Build the table from its lines (header and body) and its columns. */
export declare function buildTable(lines: readonly PdfLine[], rules?: Rules): BuiltTable | undefined;
/**
 * A table of words only under `Tabel N` (`Sanktionssats  Ydelsesinterval` / `200 kr.  Mindre end 5.633 kr. pr.
 * måned.` …), which `buildTable` (rows are lines with values) does not read: the first line is the header, a line
 * with a piece in the first column starts a row, any other line goes on in the row above (a cell's wrapped text);
 * columns from the rows' pieces. Asked only where a label announced a table. Undefined unless the header has a
 * heading over every column and two rows or more have a piece in every column.
 */
export declare function buildWordTable(lines: readonly PdfLine[]): BuiltTable | undefined;
/**
 * Whether a line reads as a line of a header row over `columns`: its pieces each over a column of its own (or in the
 * gap before one: a heading set flush left over numbers set flush right), no two over one — `Kommune` over the labels
 * and `Befolkning` over the values, set so close that the line reads as one segment of text, not a table's line. Two
 * pieces at least; or, where `wrapped` (a heading's lines wrapped in its narrow cell, under a line of the header), one
 * piece over a value column (`landmand (ha)` under `… hos en`).
 */
export declare function headsColumns(line: PdfLine, columns: readonly Interval[], wrapped?: boolean): boolean;
/**
 * A line above a table's rows with its pieces over several columns split into their words' columns as the header
 * row splits them (`withRunsSplit`, a character's width read from `lines`, the table's): the line a header's
 * headings set close make (`Antal Hovedstaden Sjælland …`, one piece), to be asked whether it heads the columns.
 */
export declare function withHeadingsSplit(line: PdfLine, columns: readonly Interval[], lines: readonly PdfLine[]): PdfLine;
/**
 * Whether two lines are a table of one row under a header of years (`2007  2008  2009  2010` over `Hektar
 * brakarealer  170.199  85.047  43.852  38.382`): the first line's words years rising, two at least, the second a
 * label and as many values. Words, not pieces: a producer may give close headings as one item. (The text path's
 * period headings, `2019K1`, are its own: layout/pdf reads no text-table module but through `text-tables.ts`.)
 */
export declare function yearsOverRow(header: PdfLine, row: PdfLine): boolean;
/**
 * Whether two lines are a table of one row under a header that stands over its values one heading each (`R14  R15
 * … BO2025` over `Mio. kr.  32,5  29,3 …`; `Årstal  1998  1999 …` over `Årselever  5.671  5.250 …`; `2018 … 2023*
 * I alt` over `Ansøgninger  2.748 …`): the second line a label and two values or more, the first as many headings
 * (or one more, the label column's own, left of the first value), each heading's middle between the values beside
 * its value — where the text stands says which heading is whose. Headings are words or years, no other values: two
 * rows of values are no header and a row. Cells are runs or segments, whichever reads so: a heading or a label may be
 * words (`I alt`, `Mio. kr.`), given as one text item or one a word; headings that are codes or years may be words of
 * one item (`codeWords`).
 */
export declare function headingsOverRow(header: PdfLine, row: PdfLine): boolean;
/** Whether a line looks like part of a table: several pieces with gaps, or values. */
export declare function isTabular(line: PdfLine): boolean;
//# sourceMappingURL=tables.d.ts.map