/** The `label-value` text table reader: two columns, a label of words and one value on every line. */
import type { Table } from 'mdast';
/** A table when every line is a label and one value. */
export declare function labelValue(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=label-value.d.ts.map