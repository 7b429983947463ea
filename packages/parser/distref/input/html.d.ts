import type { Root } from 'mdast';
import { type HtmlLines } from './html-lines.js';
export { placeAtSourceLines } from './html-lines.js';
/** What an HTML page reads as: a block tree (through the markup), or lines for the text reader. */
export type HtmlReading = {
    tree: Root;
} | {
    lines: HtmlLines;
};
export declare function readHtml(html: string): HtmlReading;
//# sourceMappingURL=html.d.ts.map