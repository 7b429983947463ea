/**
 * Lines → mdast blocks. A small state machine: each line either continues the open block or starts a new
 * one. What starts a block: a break the input stage saw (blank line, vertical gap), a line that ended the
 * previous paragraph (short last line), a marker line (heading, bullet, "Tabel 1", "Anm.:"), or a change of
 * role (letterhead lines never mix with running text).
 */
import type { Root } from 'mdast';
import { type LayoutItem } from '../tree.js';
/** How the input set its text, where the input stage knows it. */
export interface BuildOptions {
    /** Each paragraph on a line of its own, none glued (a Word document's HTML rendition): long lines' hyphens are the writer's. */
    paragraphLines?: boolean;
}
/** Build the block tree from lines (and tables the input stage already made). */
export declare function buildTree(items: readonly LayoutItem[], options?: BuildOptions): Root;
//# sourceMappingURL=blocks.d.ts.map