/** The `column-major-years` text table reader: the cells listed column by column under rising years. */
import type { Table } from 'mdast';
/**
 * Column by column under years: `2010`, the row labels, the 2010 values, then `2011` and its values, and so on;
 * after the years, columns headed by words (`I alt` and its values). The number of rows is the number of labels,
 * every column a heading followed by that many values, the years rising.
 */
export declare function columnMajorYears(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=column-major-years.d.ts.map