/**
 * mdast table nodes from cell texts: one builder for every table reader (PDF positions, text, layout-kept text)
 * and for the Markdown rendering of a record, so that an empty cell, a row and a table's `align` are made one way.
 */
import type { AlignType, Table, TableCell, TableRow } from 'mdast';
/** A cell holding `value` as text; the empty string makes an empty cell (no text node). */
export declare function tableCell(value: string): TableCell;
/** A row of cells, one per value. */
export declare function tableRow(values: readonly string[]): TableRow;
/**
 * A table of rows of cell texts, the first row its header. Rows shorter than the widest are padded with empty
 * cells; `align` gives each column's alignment (none by default).
 */
export declare function tableNode(rows: ReadonlyArray<readonly string[]>, align?: (column: number) => AlignType): Table;
//# sourceMappingURL=mdast-table.d.ts.map