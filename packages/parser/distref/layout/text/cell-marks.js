/**
 * The cell marks of Word's HTML export as ft.dk's text renditions keep it (2005–08): each cell on a line of its own
 * ending in ` |`, an empty cell (or a row's end) a line of marks only. Read by the table finder (`bare-tables.ts`) and
 * the `word-cells` reader alike.
 */
/** A cell of Word's HTML rendition (2006–08): the cell's text, then ` |` — `Transportform |`, `3.599 |`. */
const CELL_MARK = /\s\|+$/u;
/** A line of cell marks only, an empty cell or a row's end in Word's HTML rendition: `|`, `||||`. */
const MARKS_ONLY = /^\|+$/u;
/** Whether a line is a cell of Word's HTML rendition (or only its marks). */
export function isCellMarked(text) {
    // Both patterns end in a mark at the text's end (its trailing spaces aside: `$` is the end, the marks-only line is
    // trimmed): a line whose last character but spaces is no `|` is told none before they are tried at every place.
    return text.trimEnd().endsWith('|') && (CELL_MARK.test(text) || MARKS_ONLY.test(text.trim()));
}
/** A line's text without its cell mark (`3.599 |` → `3.599`); empty for a line of marks only. */
export function withoutCellMark(text) {
    return MARKS_ONLY.test(text.trim()) ? '' : text.replace(CELL_MARK, '').trim();
}
//# sourceMappingURL=cell-marks.js.map