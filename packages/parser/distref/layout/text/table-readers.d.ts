/**
 * The text table readers, in the order they are tried: each reads the body lines of a table region one way and
 * gives a table, or nothing when the lines are not laid out its way. The first to read the lines wins, and its
 * name goes on the table (`data.reader`), so that the record's provenance can name it (`table:column-major`).
 *
 * Where positions are lost, these layouts survive in text renditions:
 * - `word-cells`: Word's HTML export, each cell a line ending in ` |`, the row width inferred;
 * - `separated`: cells set apart by tabs or runs of spaces (a copy from a word processor, `pdftotext -layout`);
 * - `period-blocks`: a table too wide for the page set in blocks, each a line of years or period codes (`11K2 11K3 …`)
 *   and a line of values per row, the row labels repeated in every block (on lines of their own or before the values);
 * - `row-wise`: `År 2013 2014 … 2024*` / `Andel 9,8 11,4 …` — a label, then values separated by spaces;
 * - `label-value`: `Mænd 40.100` — two columns, a label of words and one value;
 * - `cell-per-line`: a header run of years, then for each row its label and a run of values (or, row by row, its
 *   text cells and its values: `readers/text-columns.ts`);
 * - `heading-apart`: a header of a series (years, `År 1` …) whose first heading stands before the row labels and the
 *   others after them, then the values, in the order a totals row, a line holding a whole row, the cells' kinds or
 *   the rows' smoothness decides;
 * - `column-major`: the first column's heading, the row labels and the first column's values, then each further
 *   column's heading and values;
 * - `column-major-years`: the same under rising years (`2010`, labels, values, `2011`, values, …, or the labels
 *   first), then columns headed by words (`I alt`) or rows the rendition set after the columns;
 * - `years-labels-values`: the header's years, then all the row labels, then all the values, column by column (or
 *   row by row where a totals row adds up only so); or the row labels first, then headings naming measures
 *   (`Antal` `Andel, pct.`), then the values in the order a totals row or a share column adding up to 100 decides;
 *   or the header row of words first, then years as the row labels, then the values column by column;
 *   or, where nothing in the words tells the header row from the labels, the one split of the lines in which a totals
 *   row or column adds up (rows of shares left out of the sums);
 * - `typed-grid`: one cell a line, row by row, counted out where the columns' kinds (values or text) leave one count —
 *   row labels that are numbers (`1` … `Totalt`), a text column among the values, a header and a single row.
 *
 * Anything else is reported as not recoverable from text (the PDF path reads it from positions).
 */
import type { Table } from 'mdast';
import type { TableReader } from '../../tree.js';
export interface TextTableReader {
    /** The reader's name, as the table's `data.reader` and the provenance rule `table:<name>`. */
    name: TableReader;
    /** The table the non-empty body lines make read this reader's way, or undefined. */
    read: (lines: readonly string[]) => Table | undefined;
}
/** Tried in this order: the layouts with the most evidence of columns first, the inferred column-major ones last. */
export declare const TEXT_TABLE_READERS: readonly TextTableReader[];
/** The readers of tables set one cell per line: the only ones trusted to find a table that no `Tabel N` announces. */
export declare const CELL_PER_LINE_READERS: readonly TextTableReader[];
/**
 * The header row's years set on one line (`2014 2015 2016 … 2025`) where the rest of the table is one cell a line, as
 * a rendition gives a table whose header row it kept and whose columns it lost: each year a line of its own, as the
 * one-cell-a-line readers read a header. Only a line of years alone, rising, two or more; other lines as they are.
 */
export declare function yearsOneALine(lines: readonly string[]): readonly string[];
/** A table from the lines of its body, named by the reader that read it; undefined when text has lost its structure. */
export declare function tableFromText(lines: readonly string[], readers?: readonly TextTableReader[]): Table | undefined;
/**
 * The table the longest run of lines from the first reads as, and how many lines that is: a table set one cell per
 * line may be followed by lines of the same shape that are not its own (the letterhead's column of short lines,
 * set after the table in the text). The run ends on a data cell, and the line after it, if any, is none: a table
 * is not cut between two of its cells.
 */
export declare function longestTable(lines: readonly string[], readers?: readonly TextTableReader[]): {
    table: Table;
    length: number;
} | undefined;
/**
 * Whether the lines after a table read column by column (`data.columnMajor`) can be one more column of its rows,
 * of text cells (`Færgerute` / `Personfærge om` / `sommeren` / `Stigsnæs-Agersø` / …): at least as many entries as
 * the table has rows and at most `MAX_TEXT_CELL_LINES` lines a row, each a text cell's line (`isTextCellLine`), no
 * digit (the letterhead's column set after a table has its street, postcode and numbers) and no letter's closing.
 * The column's heading then stood among the headings the reading took — a heading read as a row — and a text cell
 * may wrap onto lines that start in capitals, so its cells cannot be told apart either: the table's cells are lost.
 */
export declare function textColumnFollows(table: Table, rest: readonly string[]): boolean;
//# sourceMappingURL=table-readers.d.ts.map