import { toString as nodeToString } from 'mdast-util-to-string';
/** A line a saved page keeps of a table's frame: `|`, or nothing. */
const FRAME_REMNANT = /^\|?$/u;
/**
 * Whether a line is the text of a saved page itself: no role (stamp, letterhead, page furniture) and no remnant of a
 * table's frame (`|`). What ft.dk's pages that hold only a title and a question are read from.
 */
export function isPageText(line) {
    return !line.role && !FRAME_REMNANT.test(line.text.trim());
}
/**
 * Whether no line after `line` holds text: `line` ends the text, where a rendition stored up to a number of characters
 * may have been cut off (a greeting or a name broken off there).
 */
export function endsText(lines, line) {
    for (let at = lines.length - 1; at > line.index; at--)
        if (lines[at]?.text.trim())
            return false;
    return true;
}
/** A cell's text, a line break in it (`<br>`, paragraphs in an HTML cell) as a space. */
export function cellText(cell) {
    const walk = (nodes) => nodes
        .map((node) => (node.type === 'break' ? ' ' : 'children' in node ? walk(node.children) : nodeToString(node)))
        .join('');
    return walk(cell.children).replace(/\s+/gu, ' ').trim();
}
/** Lines of a node: from provenance when the input stage kept it, else from the node's text and position. */
export function nodeLines(node) {
    if (node.data?.lines)
        return node.data.lines;
    const start = node.position?.start.line ?? 1;
    if (node.type === 'table') {
        return node.children.map((row, offset) => ({
            text: row.children.map(cellText).join(' '),
            line: row.position?.start.line ?? start + offset,
        }));
    }
    if (node.type === 'list')
        return node.children.flatMap((item) => item.children.flatMap((child) => nodeLines(child)));
    return nodeToString(node)
        .split('\n')
        .map((text, offset) => ({ text, line: start + offset }));
}
/**
 * A source line in the view: its own fields, its text trimmed (`text`). Built field by field, not spread: the lines come in
 * many shapes (PDF, text, the layout's extras), which makes a spread of each slow, and every line is copied.
 */
function viewLine(source, text, index, block) {
    const line = { text, line: source.line, index, block };
    if (source.page !== undefined)
        line.page = source.page;
    if (source.bbox !== undefined)
        line.bbox = source.bbox;
    if (source.size !== undefined)
        line.size = source.size;
    if (source.bold !== undefined)
        line.bold = source.bold;
    if (source.role !== undefined)
        line.role = source.role;
    return line;
}
export function lineView(tree) {
    const lines = [];
    tree.children.forEach((node, block) => {
        for (const line of nodeLines(node)) {
            const text = line.text.trim();
            if (text === '')
                continue;
            lines.push(viewLine(line, text, lines.length, block));
        }
    });
    return lines;
}
//# sourceMappingURL=lines.js.map