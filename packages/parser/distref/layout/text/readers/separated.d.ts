/** The `separated` text table reader: cells set apart by tabs or runs of spaces on every line. */
import type { Table } from 'mdast';
/**
 * Cells set apart by tabs or runs of spaces on every line (the header may be one year over one value column):
 * the first line is the header unless it holds values;
 * a header one cell short, of words or years, has no heading over the label column. Undefined unless every line splits, into the
 * same number of cells (at least two), and the body holds values.
 */
export declare function separated(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=separated.d.ts.map