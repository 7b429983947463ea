/**
 * The cell marks of Word's HTML export as ft.dk's text renditions keep it (2005–08): each cell on a line of its own
 * ending in ` |`, an empty cell (or a row's end) a line of marks only. Read by the table finder (`bare-tables.ts`) and
 * the `word-cells` reader alike.
 */
/** Whether a line is a cell of Word's HTML rendition (or only its marks). */
export declare function isCellMarked(text: string): boolean;
/** A line's text without its cell mark (`3.599 |` → `3.599`); empty for a line of marks only. */
export declare function withoutCellMark(text: string): string;
//# sourceMappingURL=cell-marks.d.ts.map