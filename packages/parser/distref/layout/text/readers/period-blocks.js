import { joinLines } from '../../../util/hyphenation.js';
import { tableNode } from '../../../util/mdast-table.js';
import { entries, isRowValue, isTableRowLine, isYearHeading, risesInTime, tokens } from '../table-lines.js';
/** A line as a label's words and the cells after them, where it is a row of values or headings. */
function rowLine(line) {
    if (!isTableRowLine(line))
        return undefined;
    const parts = tokens(line);
    const first = parts.findIndex(isRowValue);
    const cells = parts.slice(first);
    // Words among the cells: no row of this layout.
    if (!cells.every(isRowValue))
        return undefined;
    return { label: parts.slice(0, first).join(' '), cells };
}
/** A line of headings: years or period codes only, after a word or two at most (`Kvartal 2022K1 2022K2`). */
const isHeadings = (row) => row.cells.length >= 2 && row.cells.every((cell) => isYearHeading(cell));
/** Why a reading is flagged: labels on lines of their own were given the rows of values in order. */
const BY_ORDER = "the row labels stand on lines of their own, apart from the values: each label was given a block's rows in order";
/** A letter: a line without one (`2013-2024*`, the caption's period) heads no label column. */
const LETTER = /\p{L}/u;
/** The lines as the text before the first block, the blocks, and the text lines among them (in order). */
function blocksOf(lines) {
    const before = [];
    const blocks = [];
    const texts = [];
    for (const line of lines) {
        const row = rowLine(line);
        const block = blocks.at(-1);
        if (row && isHeadings(row))
            blocks.push({ headings: row, rows: [] });
        else if (row) {
            if (!block || row.cells.length !== block.headings.cells.length)
                return undefined;
            block.rows.push(row);
        }
        else if (block)
            texts.push(line.trim());
        else
            before.push(line.trim());
    }
    return { before, blocks, texts };
}
/** The row labels in order: each row's own, or the text lines' entries, the same in every block. */
function rowLabels(blocks, texts) {
    const height = blocks[0]?.rows.length ?? 0;
    const inline = blocks.every((block) => block.rows.every((row) => row.label !== ''));
    if (inline && texts.length === 0) {
        const labels = blocks[0]?.rows.map((row) => row.label) ?? [];
        return blocks.every((block) => block.rows.every((row, at) => row.label === labels[at])) ? labels : undefined;
    }
    if (!blocks.every((block) => block.rows.every((row) => row.label === '')) || texts.length !== height * blocks.length)
        return undefined;
    const labels = texts.slice(0, height).map(joinLines);
    return texts.every((lines, at) => joinLines(lines) === labels[at % height]) ? labels : undefined;
}
/**
 * A table when the lines are blocks of a line of headings (years or period codes, rising through all the blocks)
 * and as many rows of values each, the row labels the same in every block.
 */
export function periodBlocks(lines) {
    const read = blocksOf(lines);
    if (!read || read.blocks.length === 0)
        return undefined;
    const { blocks } = read;
    const height = blocks[0]?.rows.length ?? 0;
    if (height === 0 || !blocks.every((block) => block.rows.length === height))
        return undefined;
    const headings = blocks.flatMap((block) => block.headings.cells);
    if (!risesInTime(headings))
        return undefined;
    // The text before the first block: the label column's heading (one entry, or none), then the first block's
    // labels where the rendition set them before its headings. Counts decide which: the labels must fill every block.
    const before = entries(read.before);
    const after = entries(read.texts);
    // A stub of words only where the headings line has no heading of its own over the labels (`År 2013 2014 …`).
    const stubFits = blocks[0]?.headings.label === '' && LETTER.test(joinLines(before[0] ?? []));
    for (const stubCount of stubFits ? [0, 1] : [0]) {
        const labelTexts = [...before.slice(stubCount), ...after];
        const labels = rowLabels(blocks, labelTexts);
        // One block whose labels lead its rows is `row-wise`'s; this reader adds nothing there.
        if (!labels || (blocks.length === 1 && labelTexts.length === 0 && before.length === 0))
            continue;
        const stub = joinLines(before[0] && stubCount === 1 ? before[0] : []) || (blocks[0]?.headings.label ?? '');
        const rows = labels.map((label, row) => [label, ...blocks.flatMap((block) => block.rows[row]?.cells ?? [])]);
        const table = tableNode([[stub, ...headings], ...rows]);
        return labelTexts.length > 0 ? { ...table, data: { orderInferred: BY_ORDER } } : table;
    }
    return undefined;
}
//# sourceMappingURL=period-blocks.js.map