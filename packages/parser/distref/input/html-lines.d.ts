/**
 * An HTML page's lines, as a reader sees them: each block element (`<p>`, `<div>`, a heading, a list item) a line of
 * its own, `<br>` a line end, the markup's own line ends a space, `<pre>` as it stands. ft.dk's HTML rendition of an
 * answer's PDF sets each line of the PDF in a block of its own (a `<p>`, or an absolutely placed `<div>` of spans); its
 * lines are then the text rendition's lines, and the text reader reads them with everything it knows of such lines
 * (`html.ts`). Each line keeps the source line it starts on.
 */
import type { Warning } from '@ft-answers/schema';
import type { Element, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
/** The page's lines and, for each, the HTML source line it starts on. */
export interface HtmlLines {
    lines: string[];
    sourceLines: number[];
}
/** The lines of a parsed HTML page (`hast`). */
export declare function htmlLines(tree: Root): HtmlLines;
/** Whether a page holds a table: its cells are read from the markup (`html-tables.ts`), not as lines. */
export declare function holdsTable(node: Root | Element): boolean;
/**
 * A tree the text reader made of a page's lines, and the warnings it gave, placed at the HTML's source lines: each
 * position, provenance line and warning line `n` becomes `sourceLines[n - 1]`, each once (a line object may be shared).
 */
export declare function placeAtSourceLines(tree: MdastRoot, sourceLines: readonly number[], warnings: readonly Warning[]): void;
//# sourceMappingURL=html-lines.d.ts.map