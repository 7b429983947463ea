/**
 * HTML data tables → one header row, before hast-util-to-mdast flattens them. Word and the ministries' HTML set
 * tables in `<td>`s only, headings in bold, and group headings over several columns (`colspan`) or rows
 * (`rowspan`); hast-util-to-mdast gives such a table an empty header and keeps its heading rows as data, the
 * group heading in the first of its columns only. Here the heading rows are found (a `<thead>`, leading rows of
 * `<th>`, else leading rows without values other than years, before a row with values), spans are spread over the
 * cells they cover, and each column's headings are joined top down (`Udgifter` over `2021` → `Udgifter 2021`), as
 * the PDF path joins group headings. Tables with no more than one filled cell per row (layout) are left alone.
 */
import type { Element, Root } from 'hast';
/** Rewrite every data table of the document in place (nested tables are left to hast-util-to-mdast). */
export declare function normaliseTables(node: Root | Element): void;
//# sourceMappingURL=html-tables.d.ts.map