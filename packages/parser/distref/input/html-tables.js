import { isElement } from 'hast-util-is-element';
import { toText } from 'hast-util-to-text';
import { YEAR_HEADING } from '../layout/markers.js';
import { parseDanishNumber } from '../util/numbers.js';
/** Heading rows above this many are data. */
const MAX_HEADER_ROWS = 3;
/** Spans beyond this are treated as this (a malformed `colspan="1000"` must not build a huge grid). */
const MAX_SPAN = 50;
const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
const CELLS = new Set(['td', 'th']);
/** The table's rows in order (`thead`, `tbody`, `tfoot` or bare), not those of nested tables. */
function rowsOf(table) {
    const rows = [];
    for (const child of table.children) {
        if (!isElement(child))
            continue;
        if (child.tagName === 'tr')
            rows.push({ row: child, head: false });
        else if (SECTIONS.has(child.tagName)) {
            for (const row of child.children)
                if (isElement(row) && row.tagName === 'tr')
                    rows.push({ row, head: child.tagName === 'thead' });
        }
    }
    return rows;
}
function span(value, limit) {
    const number = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
    return Number.isFinite(number) && number > 1 ? Math.min(number, limit, MAX_SPAN) : 1;
}
/** The cells by row and column, a spanning cell in every place it covers (the same object). */
function toGrid(rows) {
    const grid = rows.map(() => []);
    rows.forEach(({ row }, r) => {
        const line = grid[r];
        let column = 0;
        for (const cell of row.children) {
            if (!isElement(cell) || !CELLS.has(cell.tagName))
                continue;
            while (line[column])
                column++;
            const value = { text: toText(cell).replace(/\s+/gu, ' ').trim(), th: cell.tagName === 'th' };
            const across = span(cell.properties.colSpan, MAX_SPAN);
            const down = span(cell.properties.rowSpan, rows.length - r);
            for (let dr = 0; dr < down; dr++) {
                for (let dc = 0; dc < across; dc++)
                    grid[r + dr][column + dc] = value;
            }
            column += across;
        }
    });
    return grid;
}
function isValue(text) {
    return text !== '' && !YEAR_HEADING.test(text) && parseDanishNumber(text) !== null;
}
/** How many leading rows are headings. */
function headingRows(rows, grid) {
    const inHead = rows.findIndex((row) => !row.head);
    if (inHead > 0)
        return inHead;
    const hasTh = grid.some((line) => line.some((cell) => cell?.th));
    let count = 0;
    while (count < Math.min(MAX_HEADER_ROWS, grid.length - 1)) {
        const cells = (grid[count] ?? []).filter((cell) => cell !== undefined && cell.text !== '');
        const heading = hasTh ? cells.length > 0 && cells.every((cell) => cell.th) : !cells.some((cell) => isValue(cell.text));
        if (!heading)
            break;
        count++;
    }
    // Headings stand over values: without a row of values after them they were data (a table of words).
    return grid.slice(count).some((line) => line.some((cell) => cell && isValue(cell.text))) ? count : 0;
}
/** Each column's headings joined top down, a spanning heading once. */
function joinedHeadings(grid, count, width) {
    return Array.from({ length: width }, (_, column) => {
        const texts = [];
        let previous;
        for (let r = 0; r < count; r++) {
            const cell = grid[r]?.[column];
            if (cell && cell !== previous && cell.text !== '')
                texts.push(cell.text);
            previous = cell;
        }
        return texts.join(' ');
    });
}
function element(tagName, children) {
    return { type: 'element', tagName, properties: {}, children };
}
function normaliseTable(table) {
    const rows = rowsOf(table);
    const grid = toGrid(rows);
    const width = Math.max(0, ...grid.map((line) => line.length));
    const filled = (line) => line.filter((cell) => cell && cell.text !== '').length;
    if (width < 2 || !grid.some((line) => filled(line) >= 2))
        return;
    const count = headingRows(rows, grid);
    if (count === 0)
        return;
    const headings = joinedHeadings(grid, count, width);
    const head = element('thead', [
        element('tr', headings.map((text) => element('th', text ? [{ type: 'text', value: text }] : []))),
    ]);
    table.children = [
        head,
        element('tbody', rows.slice(count).map(({ row }) => row)),
    ];
}
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * Paragraphs in a cell (`<td><p>1060 København K</p><p>J.nr. 2022-2961</p></td>`) as lines: a cell holds only
 * phrasing in mdast, and hast-util-to-mdast would run them together (`1060 København KJ.nr. 2022-2961`).
 */
function breakCellBlocks(table) {
    for (const { row } of rowsOf(table)) {
        for (const cell of row.children) {
            if (!isElement(cell) || !CELLS.has(cell.tagName))
                continue;
            const blocks = cell.children.filter((child) => isElement(child) && BLOCKS.has(child.tagName));
            if (blocks.length < 2)
                continue;
            const children = [];
            for (const child of cell.children) {
                if (isElement(child) && BLOCKS.has(child.tagName)) {
                    if (children.length > 0)
                        children.push(element('br', []));
                    children.push(...child.children);
                }
                else
                    children.push(child);
            }
            cell.children = children;
        }
    }
}
/** Rewrite every data table of the document in place (nested tables are left to hast-util-to-mdast). */
export function normaliseTables(node) {
    for (const child of node.children) {
        if (!isElement(child))
            continue;
        if (child.tagName === 'table') {
            breakCellBlocks(child);
            normaliseTable(child);
        }
        else
            normaliseTables(child);
    }
}
//# sourceMappingURL=html-tables.js.map