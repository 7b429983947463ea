import { buildTree } from '../layout/blocks.js';
import { endsByWidth, typicalWidth } from '../layout/paragraph-ends.js';
import { assignRoles, BODY_START } from '../layout/roles.js';
import { withPlainSpaces } from '../util/spaces.js';
/** Share of one-line paragraphs above which paragraphs are PDF lines, not paragraphs… */
const LINE_PER_BLOCK_SHARE = 0.8;
/** …when at least this share of the long ones (≥ `LONG_BLOCK` characters) break off mid-sentence. */
const MID_SENTENCE_SHARE = 0.3;
const LONG_BLOCK = 50;
const SENTENCE_END = /[.?!:;”"»“«)]$/u;
function phrasingText(nodes) {
    return nodes
        .map((node) => {
        if (node.type === 'break')
            return '\n';
        if (node.type === 'text' || node.type === 'inlineCode')
            return node.value;
        if ('children' in node)
            return phrasingText(node.children);
        return '';
    })
        .join('');
}
function blockText(node) {
    if (node.type === 'paragraph' || node.type === 'heading')
        return phrasingText(node.children);
    if (node.type === 'list') {
        // An ordered item keeps its number: `14. marts 2006` in Markdown is an item numbered 14, and a date.
        const start = node.start ?? 1;
        return node.children.map((item, index) => `${node.ordered ? `${start + index}.` : '–'} ${blockText(item)}`).join('\n');
    }
    if (node.type === 'listItem' || node.type === 'blockquote')
        return node.children.map((child) => blockText(child)).join('\n');
    if (node.type === 'code' || node.type === 'html')
        return node.value;
    if (node.type === 'thematicBreak')
        return '';
    if ('children' in node)
        return node.children.map((child) => blockText(child)).join('\n');
    return 'value' in node ? String(node.value) : '';
}
/** A table used for layout, not data: no row has more than one cell with text (old HTML set letters in tables). */
function isTableForLayout(table) {
    return table.children.every((row) => row.children.filter((cell) => phrasingText(cell.children).trim() !== '').length <= 1);
}
/**
 * A table set before the letter's text begins (a word processor's letterhead: the addressee in one cell, the
 * ministry, case number and date in the next): each cell is a block of lines, column by column.
 */
function cellsAsParagraphs(table) {
    const width = Math.max(0, ...table.children.map((row) => row.children.length));
    const paragraphs = [];
    for (let column = 0; column < width; column++) {
        for (const row of table.children) {
            const cell = row.children[column];
            const value = cell ? phrasingText(cell.children).trim() : '';
            if (value === '')
                continue;
            const paragraph = { type: 'paragraph', children: [{ type: 'text', value }] };
            if (cell?.position)
                paragraph.position = cell.position;
            paragraphs.push(paragraph);
        }
    }
    return paragraphs;
}
/** A layout table's rows as the paragraphs they stand for. */
function rowsAsParagraphs(table) {
    return table.children.map((row) => {
        const paragraph = {
            type: 'paragraph',
            children: [
                {
                    type: 'text',
                    value: row.children
                        .map((cell) => phrasingText(cell.children))
                        .join('')
                        .trim(),
                },
            ],
        };
        if (row.position)
            paragraph.position = row.position;
        return paragraph;
    });
}
/** A table the markup set as one, named so (`data.reader`). */
function asMarkup(table) {
    return { ...table, data: { ...table.data, reader: 'markup' } };
}
/** Footnote numbers the answer reads (`[^1]`); a definition named otherwise (`[^note]`) stays a paragraph. */
const FOOTNOTE_NUMBER = /^\d{1,3}$/u;
/**
 * `footnotes`: definitions the input stage took out before (HTML); Markdown's own (`[^1]: …`) are taken here.
 * Either way they become the document's footnote lines, after its other lines.
 */
export function fromMdast(tree, footnotes = []) {
    const definitions = [...footnotes];
    // Tables before the first block of the letter's text are its letterhead.
    const bodyStart = tree.children.findIndex((node) => node.type !== 'table' && BODY_START.test(blockText(node).trim()));
    const blocks = tree.children
        .flatMap((node, at) => {
        if (node.type !== 'table')
            return [node];
        if (isTableForLayout(node))
            return rowsAsParagraphs(node);
        return bodyStart !== -1 && at < bodyStart ? cellsAsParagraphs(node) : [node];
    })
        .filter((node) => {
        if (node.type === 'footnoteDefinition' && FOOTNOTE_NUMBER.test(node.identifier)) {
            const line = node.position?.start.line;
            const text = blockText(node).replace(/\s+/gu, ' ').trim();
            definitions.push(line === undefined ? { identifier: node.identifier, text } : { identifier: node.identifier, text, line });
            return false;
        }
        return node.type !== 'definition' && node.type !== 'yaml';
    });
    const texts = blocks.map((node) => (node.type === 'table' ? '' : blockText(node)));
    const oneLine = texts.filter((text) => text !== '' && !text.includes('\n')).length;
    // Lines of a page break off mid-sentence; paragraphs, each a block, end their sentence.
    const long = texts.filter((text) => text.length >= LONG_BLOCK && !text.includes('\n'));
    const midSentence = long.filter((text) => !SENTENCE_END.test(text.trim())).length;
    const lineMode = blocks.length >= 8 &&
        oneLine / Math.max(1, texts.filter((text) => text !== '').length) >= LINE_PER_BLOCK_SHARE &&
        midSentence >= long.length * MID_SENTENCE_SHARE;
    const lines = [];
    const tables = new Map();
    blocks.forEach((node, at) => {
        if (node.type === 'table') {
            tables.set(lines.length, node);
            return;
        }
        const start = node.position?.start.line ?? lines.length + 1;
        const parts = (texts[at] ?? '')
            .split('\n')
            .map((part) => withPlainSpaces(part).trim())
            .filter((part) => part !== '');
        parts.forEach((text, offset) => {
            lines.push({
                text,
                line: start + offset,
                breakBefore: !lineMode && offset === 0,
                endsParagraph: !lineMode && offset === parts.length - 1,
            });
        });
    });
    if (lineMode) {
        const width = typicalWidth(lines.map((line) => line.text));
        lines.forEach((line, index) => {
            line.endsParagraph = endsByWidth(line.text, lines[index + 1]?.text, width);
        });
    }
    assignRoles(lines);
    const items = [];
    lines.forEach((line, at) => {
        const table = tables.get(at);
        if (table?.type === 'table')
            items.push({ kind: 'table', table: asMarkup(table), lines: [] });
        items.push(line);
    });
    const trailing = tables.get(lines.length);
    if (trailing?.type === 'table')
        items.push({ kind: 'table', table: asMarkup(trailing), lines: [] });
    const last = lines.at(-1)?.line ?? 0;
    definitions.forEach((footnote, at) => {
        items.push({
            text: `${footnote.identifier} ${footnote.text}`,
            line: footnote.line ?? last + 1 + at,
            role: 'footnote',
            breakBefore: true,
            endsParagraph: true,
        });
    });
    return buildTree(items);
}
//# sourceMappingURL=from-mdast.js.map