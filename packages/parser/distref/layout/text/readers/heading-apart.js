import { joinLines } from '../../../util/hyphenation.js';
import { isNumericToken, parseDanishNumber } from '../../../util/numbers.js';
import { columnTable, continues, entries, fitOneColumn, isDataCell, isValueLine, isYearHeading, label, risesInTime, tokens, } from '../table-lines.js';
import { orderByTotals } from './years-labels-values.js';
/** A heading numbered in a series: `År 1`, `Uge 12`, `Kvartal 3` — a word, then its number. */
const NUMBERED = /^(\p{Lu}\p{Ll}{1,12})\s(\d{1,2})$/u;
/** Fewest headings a series needs: the one apart and two after the labels. */
const MIN_HEADINGS = 3;
/** Whether a line is a heading of a series: a year or period, or a numbered heading (`NUMBERED`). */
const isSeriesHeading = (text) => isYearHeading(text) || NUMBERED.test(text);
/** Whether headings make one series: rising in time, or the same word numbered 1, 2, 3, … in turn. */
function isSeries(headings) {
    if (headings.every((heading) => isYearHeading(heading)))
        return risesInTime(headings);
    const numbered = headings.map((heading) => NUMBERED.exec(heading));
    const word = numbered[0]?.[1];
    return numbered.every((match, at) => match !== null && match[1] === word && Number(match[2]) === at + 1);
}
/**
 * The value lines as cells: a line of several values (`83.987 82.776 …`) one cell each; text lines joined where a
 * line goes on from the one before (`continues`) or ends in a hyphen (`Bh.kl.-` / `1. kl.`).
 */
function cellsOf(lines) {
    const cells = [];
    let open = [];
    const close = () => {
        if (open.length > 0)
            cells.push({ text: joinLines(open), line: 1 });
        open = [];
    };
    for (const line of lines) {
        if (isDataCell(line)) {
            close();
            const parts = isValueLine(line) ? tokens(line) : [line];
            if (parts.length > 1 && !parts.every(isNumericToken))
                return undefined;
            for (const part of parts)
                cells.push({ text: part, line: parts.length });
            continue;
        }
        const previous = open.at(-1);
        if (previous !== undefined && (continues(previous, line) || previous.endsWith('-')))
            open.push(line);
        else {
            close();
            open.push(line);
        }
    }
    close();
    return cells;
}
/** The cell at a row and column of `height` × `width` cells listed in `order`. */
function at(cells, order, row, column, height, width) {
    return cells[order === 'columns' ? column * height + row : row * width + column];
}
/** The rows of `height` × `width` cells listed in `order`. */
function rowsOf(cells, order, height, width) {
    return Array.from({ length: height }, (_, row) => Array.from({ length: width }, (_, column) => at(cells, order, row, column, height, width)));
}
/** Whether a cell holds a value (a number or a mark for none) rather than text. */
const isValueCell = (cell) => isNumericToken(cell.text);
/** Whether every row of cells read in `order` holds one kind: all values or all text. */
function rowsOfOneKind(cells, order, height, width) {
    return rowsOf(cells, order, height, width).every((row) => row.every(isValueCell) || !row.some(isValueCell));
}
/** The mean jump between neighbouring values of a row, as the logarithm of their ratio; NaN where none compare. */
function jumpiness(cells, order, height, width) {
    let sum = 0;
    let count = 0;
    for (const row of rowsOf(cells, order, height, width)) {
        for (let column = 1; column < width; column++) {
            const a = parseDanishNumber(row[column - 1]?.text ?? '');
            const b = parseDanishNumber(row[column]?.text ?? '');
            if (a === null || b === null || a <= 0 || b <= 0)
                continue;
            sum += Math.abs(Math.log(b / a));
            count++;
        }
    }
    return count === 0 ? Number.NaN : sum / count;
}
/** How much smoother one order's rows must run than the other's to decide: a measure's series against jumps between measures. */
const SMOOTHER = 4;
/** The order the cells decide, and why; undefined where nothing does. */
function decideOrder(cells, labels, height, width) {
    const byTotals = orderByTotals(labels, cells.map((cell) => cell.text), height, width);
    if (byTotals)
        return { order: byTotals, why: 'the totals row adds up only so' };
    const lines = new Set(cells.filter((cell) => cell.line > 1).map((cell) => cell.line));
    if (lines.size === 1 && lines.has(width) && height !== width)
        return { order: 'rows', why: "a line holds a whole row's values" };
    if (lines.size === 1 && lines.has(height) && height !== width)
        return { order: 'columns', why: "a line holds a whole column's values" };
    if (lines.size > 0)
        return undefined;
    const rowsOneKind = rowsOfOneKind(cells, 'rows', height, width);
    if (rowsOneKind !== rowsOfOneKind(cells, 'columns', height, width)) {
        return { order: rowsOneKind ? 'rows' : 'columns', why: "each row's cells are of one kind only so" };
    }
    const byRows = jumpiness(cells, 'rows', height, width);
    const byColumns = jumpiness(cells, 'columns', height, width);
    if (byRows * SMOOTHER < byColumns)
        return { order: 'rows', why: 'the rows run smoothly only so' };
    if (byColumns * SMOOTHER < byRows)
        return { order: 'columns', why: 'the rows run smoothly only so' };
    return undefined;
}
/**
 * The series' first heading, the row labels, the other headings, then as many cells as labels × headings, nothing
 * else. Undefined unless so, or where nothing in the cells decides their order.
 */
export function headingApart(lines) {
    const texts = lines.map((line) => line.trim());
    const first = texts[0] ?? '';
    if (!isSeriesHeading(first))
        return undefined;
    let next = 1;
    while (next < texts.length && !isSeriesHeading(texts[next] ?? '') && !isDataCell(texts[next] ?? ''))
        next++;
    const labels = entries(texts.slice(1, next));
    const headings = [first];
    while (next < texts.length && isSeriesHeading(texts[next] ?? ''))
        headings.push(texts[next++] ?? '');
    const width = headings.length;
    const height = labels.length;
    if (height < 2 || width < MIN_HEADINGS || !isSeries(headings) || !fitOneColumn(labels))
        return undefined;
    const cells = cellsOf(texts.slice(next));
    if (!cells || cells.length !== width * height)
        return undefined;
    const joined = labels.map((lines) => label(lines));
    const decided = decideOrder(cells, joined, height, width);
    if (!decided)
        return undefined;
    const rows = rowsOf(cells, decided.order, height, width);
    const columns = headings.map((_, column) => ({ values: rows.map((row) => row[column]?.text ?? '') }));
    const table = columnTable(headings, labels, columns);
    const evidence = `the series' first heading stood before the row labels, the others after them; the cells were read ${decided.order === 'rows' ? 'row by row' : 'column by column'}: ${decided.why}`;
    return { ...table, data: { ...table.data, orderInferred: evidence } };
}
//# sourceMappingURL=heading-apart.js.map