import type { Run } from './runs.js';
export interface Segment {
    text: string;
    x0: number;
    x1: number;
    size: number;
    runs: Run[];
}
export interface PdfLine {
    page: number;
    /** Baseline. */
    y: number;
    /** Largest font size on the line. */
    size: number;
    x0: number;
    x1: number;
    segments: Segment[];
    /** Footnote markers raised after the text: `1`, `2`. */
    markers: string[];
    text: string;
}
export declare function makeLine(page: number, runs: Run[], markers?: string[]): PdfLine;
/**
 * A line cut in two between its segments: the first part keeps the line's markers (a list bullet stands before it),
 * the second starts afresh. Used where one baseline holds two columns' text (the sidebar's, the letterhead's).
 */
export declare function splitLine(line: PdfLine, first: readonly Segment[], second: readonly Segment[]): [PdfLine, PdfLine];
/** Group a page's runs into lines, top to bottom. */
export declare function toLines(page: number, runs: readonly Run[]): PdfLine[];
//# sourceMappingURL=lines.d.ts.map