import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ParseError } from '../errors.js';
import { matchesOf } from '../util/matches.js';
import { fromMdast } from './from-mdast.js';
/** Most container markers (`>`, list bullets) one Markdown line may open; real letters use two or three. */
export const MAX_MARKDOWN_NESTING = 64;
/** Block quote and list markers at the start of a line. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))+/gmu;
const processor = unified().use(remarkParse).use(remarkGfm);
/** Refuse Markdown nested so deeply that parsing it would take minutes (micromark is superlinear there). */
function checkMarkdownNesting(text) {
    for (const match of matchesOf(CONTAINER_PREFIX, text)) {
        const depth = (match[0].match(/>|[-*+][ \t]|\d[.)]/gu) ?? []).length;
        if (depth > MAX_MARKDOWN_NESTING) {
            throw new ParseError('E_TOO_LARGE', `Markdown nested ${depth} levels deep; the limit is ${MAX_MARKDOWN_NESTING}`);
        }
    }
}
/** Markdown → block tree; `E_TOO_LARGE` for Markdown nested too deeply to parse in reasonable time. */
export function markdownToTree(markdown) {
    checkMarkdownNesting(markdown);
    return fromMdast(processor.parse(markdown));
}
//# sourceMappingURL=markdown.js.map