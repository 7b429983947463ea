/**
 * The `word-cells` text table reader: Word's HTML export as ft.dk's text renditions keep it (2005–08) — every cell
 * on a line of its own ending in ` |`, an empty cell a line holding only `|`, row by row with nothing where a row
 * ends:
 *
 *     |                    ← the empty corner cell
 *     Juli 2005 |
 *     Aug. 2005 |
 *     Antal modtagere |
 *     1759 |
 *     1933 |
 *
 * The row's width is read off the cells: the width at which every row below the header opens with a label (or an
 * empty cell) and holds only values after it, and the header has a heading over every value column. A row's label
 * may be a year (years as the rows, rising, under a header of words). Where more than
 * one width fits, the narrowest is taken and the table says so (`data.orderInferred`).
 */
import type { Table } from 'mdast';
/**
 * A table from Word's cell lines (every line cell-marked), row width inferred from where labels and values stand.
 * Undefined when a line is no cell line or no width fits.
 */
export declare function wordCells(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=word-cells.d.ts.map