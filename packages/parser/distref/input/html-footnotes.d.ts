/**
 * Footnotes in HTML, taken out of the tree before it becomes mdast: the definitions as Word exports them
 * (`<div style="mso-element:footnote" id="ftn1">`), as Markdown converters write them (`<li id="fn1">` in
 * `<section class="footnotes">`), or as a paragraph that opens with a raised number (`<p><sup>1</sup> Tallene …`);
 * and the markers in the running text that point to them (`<a href="#_ftn1">[1]</a>`, `<sup>1</sup>`), which
 * would otherwise be glued to the word before (`tabel 1.1`). The definitions become the document's footnote
 * lines, as the PDF path finds them by size and place.
 */
import type { Root } from 'hast';
export interface HtmlFootnote {
    identifier: string;
    text: string;
    /** The source line the definition starts on. */
    line?: number;
}
/**
 * Take the footnotes out of `tree` (in place): their definitions, in document order, and the markers that point
 * to them. A raised number that no definition answers (`km<sup>2</sup>`) stays.
 */
export declare function takeFootnotes(tree: Root): HtmlFootnote[];
//# sourceMappingURL=html-footnotes.d.ts.map