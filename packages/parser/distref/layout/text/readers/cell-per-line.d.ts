/**
 * The `cell-per-line` text table reader: one cell per line, row by row — a header row, then each row's label
 * and its values.
 */
import type { Table } from 'mdast';
/**
 * One cell per line, row by row: a header row (years, or words), then per row its label and a run of values as
 * long. A row label may wrap onto more lines. Where the same lines also read column by column, the table says so
 * (`data.orderInferred`).
 */
export declare function cellPerLine(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=cell-per-line.d.ts.map