/**
 * The letterhead column in text that keeps the page's layout (`pdftotext -layout`): the ministry's sidebar stands
 * on the same lines as the text, after a wide gap, every line of it starting at the same column —
 * `…stillet følgende                            www.bm.dk`. Those parts are split off as lines of their own
 * and marked as sidebar, so that they neither run into the text nor go unread (case number, date).
 */
export interface ColumnPart {
    text: string;
    /** Split off from the letterhead column beside the text. */
    side: boolean;
}
/** The sidebar's column on the first page, if the text has one. */
export declare function sideColumn(lines: readonly string[]): number | undefined;
/**
 * A first-page line cut at the sidebar's column: the text (if any), then the sidebar's part. The sidebar's part
 * starts at the column after a gap; it may hold gaps of its own (a label and its value: `Sagsnr.:     2021/001416`).
 * `sideBefore`, the sidebar's part of an earlier line, lets a case number stacked under its label go.
 */
export declare function splitAtSideColumn(line: string, column: number, sideBefore?: string): ColumnPart[];
//# sourceMappingURL=columns.d.ts.map