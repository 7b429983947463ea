/**
 * A table region of text: the lines after `Tabel N` up to its notes, read as a caption and a table body. Layout-kept
 * text is read by the columns its cells stand in (`layout-table.ts`), other text by the text table readers
 * (`table-readers.ts`); column headings the caption took are given back to the table.
 */
import type { Table } from 'mdast';
/**
 * A table in layout-keeping text, by the columns its cells stand in (`layoutTable`) — or by the gaps between them
 * where tabs or uneven spaces set the columns by hand: where the gaps alone give every row all its cells and the
 * columns by place leave some empty or merge headings, the gaps win. `lines` are the texts of the `layout` lines.
 */
export declare function byColumns(lines: readonly string[], layout: readonly string[]): Table | undefined;
export interface TableRegion {
    /** How many of the region's lines are the caption (after the `Tabel N` line). */
    caption: number;
    /** The table of the lines after the caption; without cells, and the lines kept as `data.uncertain`, when text has lost its columns. */
    table: Table;
    /** How many of the region's lines the caption and table take, where fewer than all (the rest are no table's). */
    length?: number;
}
/**
 * The lines after `Tabel N` up to its notes, as text: the caption, then the table body from the first line that
 * reads as part of a table. Undefined when no line does.
 */
export declare function readTableRegion(regionLines: readonly string[], options?: {
    labelCaption?: boolean;
    captionOpen?: boolean;
    layout?: readonly string[];
}): TableRegion | undefined;
/** How many times a bracket stands in a text. */
export declare function brackets(text: string, bracket: '(' | ')'): number;
//# sourceMappingURL=table-region.d.ts.map