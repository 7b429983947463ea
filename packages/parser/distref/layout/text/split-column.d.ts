/**
 * A table whose value column the rendition set apart from its labels: a PDF's text taken out column by column puts
 * the label column (`Station` / `Lejre` / … / `Kalundborg`), then what stands beside or under the table (its `Kilde:`
 * line, a paragraph of text), and only then the value column (`Antal påstigere (tusinder)` / `2013` / `106` / …).
 * The table's region then holds labels only; its values are found after the interruption, by count: a heading of a
 * few short lines, then exactly one value per label (a year over them heads the column too), and no further value.
 */
import type { Table } from 'mdast';
import type { LayoutLine } from '../../tree.js';
export interface SplitColumn {
    table: Table;
    /** The lines of the value column (its heading and values), taken out of the text after the table. */
    valueLines: LayoutLine[];
}
/**
 * The table of a region of labels only (`region`: its lines after the caption) and the value column found in the
 * lines from `after` on: after at most `MAX_INTERRUPTION` lines, a heading of short lines and a run of data cells
 * as long as the labels (after the label column's heading, if the region has one more line), ending there.
 */
export declare function splitColumn(region: readonly LayoutLine[], lines: readonly LayoutLine[], after: number): SplitColumn | undefined;
//# sourceMappingURL=split-column.d.ts.map