/**
 * HTML → block tree, or → lines for the text reader. A page without tables or footnote markup (ft.dk's rendition of a
 * PDF, a line of the PDF a block) is given as its lines (`html-lines.ts`): the caller has the text reader read them,
 * which knows such lines best — the same reading as the rendition's text gives — and places the tree at the HTML's
 * source lines (`placeAtSourceLines`). A page with tables or footnotes (a word processor's export) goes through the
 * markup: rehype-parse → data tables given one header row, footnotes taken out → mdast with hast-util-to-mdast → block
 * tree.
 */
import { toMdast } from 'hast-util-to-mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { fromMdast } from './from-mdast.js';
import { takeFootnotes } from './html-footnotes.js';
import { holdsTable, htmlLines } from './html-lines.js';
import { normaliseTables } from './html-tables.js';
export { placeAtSourceLines } from './html-lines.js';
const processor = unified().use(rehypeParse);
export function readHtml(html) {
    const hast = processor.parse(html);
    const tables = holdsTable(hast);
    if (tables)
        normaliseTables(hast);
    const footnotes = takeFootnotes(hast);
    if (!tables && footnotes.length === 0)
        return { lines: htmlLines(hast) };
    return { tree: fromMdast(toMdast(hast), footnotes) };
}
//# sourceMappingURL=html.js.map