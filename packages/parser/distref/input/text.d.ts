/**
 * Plain text → mdast. Text renditions of ft.dk documents come in three shapes:
 * - one line per PDF line, no blank lines (most HTML renditions);
 * - "double-spaced": a blank line after every line, a whitespace-only line between paragraphs (pdftotext-like);
 * - one line per paragraph, blank lines between (older renditions).
 * Paragraph ends are recovered from blank lines, trailing double spaces, and short lines that end a sentence.
 */
import type { Root } from 'mdast';
import type { Messages } from '../messages.js';
/**
 * Normalise line ends, no-break spaces, tabs, the byte order mark, stored renditions' document markers, templates'
 * merge fields and Word's text-box labels. A tab between words becomes two spaces, which keeps table cells apart
 * (`År⇥Fleksjob`) as `pdftotext -layout` keeps them; running text collapses them later.
 */
export declare function normaliseText(text: string): string;
/**
 * The text's own left margin in layout-kept text: the indent at which most lines of running text start (a long line
 * with no gap inside), where it is not 0 — `pdftotext -layout` sets a letter whose sidebar stands above the text, left
 * of it, with every line of the text indented by the sidebar's width. Undefined where the text starts at the edge.
 */
export declare function textMargin(lines: readonly string[]): number | undefined;
/** Plain text → mdast block tree with line provenance; `messages` hears of glued letter lines that were cut. */
export declare function textToTree(text: string, messages?: Messages): Root;
//# sourceMappingURL=text.d.ts.map