/**
 * A foreign mdast tree (from Markdown or HTML) → the block tree the extractors read: the same lines, roles
 * and blocks as the text path. Tables are kept as they are. When the source put every line of the PDF in a
 * block of its own (ft.dk's HTML renditions do), paragraphs are rebuilt from the lines as in the text path.
 */
import type { Root } from 'mdast';
/** A footnote's definition: its number and text. */
export interface Footnote {
    identifier: string;
    text: string;
    line?: number;
}
/**
 * `footnotes`: definitions the input stage took out before (HTML); Markdown's own (`[^1]: …`) are taken here.
 * Either way they become the document's footnote lines, after its other lines.
 */
export declare function fromMdast(tree: Root, footnotes?: readonly Footnote[]): Root;
//# sourceMappingURL=from-mdast.d.ts.map