/**
 * Tables in text that keeps the page's layout (`pdftotext -layout`): cells stand at their columns, set apart by
 * runs of spaces, values flush right; a heading or a row label may wrap onto more lines. The value columns are
 * found from the rows of values (their right edges), each heading part is put over the columns it spans
 * (a group heading over two: `Mænd` → `Mænd 2022`, `Mænd 2023`), and lines without values that stand in the
 * label column go on with the label of the row before (`Kvindelige indvandrere fra` / `ikke-` / `vestlige lande`).
 */
import type { Table } from 'mdast';
/** A line of layout-kept text set in from the left margin: a heading over the value columns, not prose. */
export declare const SET_IN: RegExp;
/** Lines a header may wrap onto in narrow columns (`Antal` / `påstigere` / `(tusinder)`). */
export declare const MAX_HEADER_LINES = 12;
/**
 * Where the header starts above `first`, the first line of a table region's layout-kept lines with gaps: the lines
 * right above it set in past the label column's text (the end of the longest first part of a line with gaps below)
 * are its headings wrapped over the value columns (`             Påstigere` / `            (tusinder)` over
 * `Station           2013`), not the caption's — a caption stands at the margin or over the labels.
 */
export declare function headerStart(layout: readonly string[], first: number): number;
export declare function layoutTable(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=layout-table.d.ts.map