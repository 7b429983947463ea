/** The `row-wise` text table reader: a label, then values set apart by spaces, on every line. */
import type { Table } from 'mdast';
/**
 * A table when every line is a row of values (the first may be the header: `År 2013 2014 …`). A row's values are
 * its last tokens (a unit joined to its value: `12,5 pct.`), as many as the header has years — the words and
 * numbers before them are its label (`Under 25 år`, `40 år og derover`). Without a header every row must end in
 * as many values; rows of values only, each led by a rising year (`2019 1.234`), have the years for labels. A row with fewer (an empty cell dropped, a word among the values) makes no table: its cells
 * would be put under the wrong headings.
 */
export declare function rowWise(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=row-wise.d.ts.map