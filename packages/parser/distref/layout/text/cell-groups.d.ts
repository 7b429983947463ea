/**
 * Tables set one cell per paragraph (`pdftotext` without `-layout`): the groups of lines between paragraph breaks
 * read as the cells of a table, row by row.
 */
import type { Table } from 'mdast';
/** Most lines a cell may wrap onto when cells are set one per paragraph. */
export declare const MAX_CELL_LINES = 3;
/**
 * A table set one cell per paragraph, row by row (`pdftotext` without `-layout`: a blank line after every cell; a
 * cell may wrap onto two or three lines). The first group may begin with the caption. Two shapes are read: rows led
 * by a year (`2010`, then the values; the headings are the groups before the first row), and rows led by a label
 * (`Kvindelige indvandrere fra ikke-vestlige lande`, then the values; the headings the groups before the first
 * label, one fewer than the columns when the label column has no heading). Anything else is left alone.
 * `caption: false` where no label announced the table (its first group is a heading cell, never a caption).
 * A cell's text is its lines joined, runs of spaces made one (`Nominel vækst  pct.`).
 */
export declare function tableFromCellGroups(groups: ReadonlyArray<readonly string[]>, options?: {
    caption?: boolean;
}): {
    caption: number;
    table: Table;
} | undefined;
//# sourceMappingURL=cell-groups.d.ts.map