/**
 * The `heading-apart` text table reader: a header of a series (years, `År 1` … `År 10`) whose first heading the
 * rendition set before the row labels and the others after them, then the values — as a rendition gives a table
 * when it reads the corner's column down first (`2009` / `Udgift pr. elev (kr.,` / `2023-pl)*` / `Timetal pr.
 * klassetrin` / … / `2010` … `2022` / the values). Under a series the rows are measures, so the values are read in
 * the order something in them decides: a totals row that adds up one way only, a line that holds a whole row's
 * values (`83.987 82.776 … 88.996`), each row's cells of one kind where the other order mixes them, or rows that run
 * smoothly where the other order jumps between measures. Nothing where none decides. Always flagged.
 */
import type { Table } from 'mdast';
/**
 * The series' first heading, the row labels, the other headings, then as many cells as labels × headings, nothing
 * else. Undefined unless so, or where nothing in the cells decides their order.
 */
export declare function headingApart(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=heading-apart.d.ts.map