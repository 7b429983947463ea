/**
 * The line view of a block tree: every source line in reading order, with the block it belongs to.
 * Metadata extractors read lines; the answer extractor reads blocks.
 */
import type { Root, RootContent, TableCell } from 'mdast';
import type { SourceLine } from '../tree.js';
export interface Line extends SourceLine {
    /** Index in the line view. */
    index: number;
    /** Index of the top-level block in `tree.children`. */
    block: number;
}
/**
 * Whether a line is the text of a saved page itself: no role (stamp, letterhead, page furniture) and no remnant of a
 * table's frame (`|`). What ft.dk's pages that hold only a title and a question are read from.
 */
export declare function isPageText(line: Line): boolean;
/**
 * Whether no line after `line` holds text: `line` ends the text, where a rendition stored up to a number of characters
 * may have been cut off (a greeting or a name broken off there).
 */
export declare function endsText(lines: readonly Line[], line: Line): boolean;
/** A cell's text, a line break in it (`<br>`, paragraphs in an HTML cell) as a space. */
export declare function cellText(cell: TableCell): string;
/** Lines of a node: from provenance when the input stage kept it, else from the node's text and position. */
export declare function nodeLines(node: RootContent): SourceLine[];
export declare function lineView(tree: Root): Line[];
//# sourceMappingURL=lines.d.ts.map