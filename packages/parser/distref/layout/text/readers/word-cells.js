import { tableNode } from '../../../util/mdast-table.js';
import { isNumericToken } from '../../../util/numbers.js';
import { isCellMarked, withoutCellMark } from '../cell-marks.js';
import { isDataCell, isYearHeading, risesInTime } from '../table-lines.js';
/** Rows a table needs: a header and at least one row. */
const MIN_ROWS = 2;
/** Columns a table needs: a label and a value. */
const MIN_WIDTH = 2;
/**
 * Whether the body rows' labels read as labels: text, or years as the rows (`2002` … `2007`, then `Stigning
 * 2002-2007`) — rising, and only under a header of words (years head the rows or the columns, not both).
 */
function rowLabelsFit(header, labels) {
    const years = labels.filter((label) => isYearHeading(label));
    if (years.length === 0)
        return labels.every((label) => !isDataCell(label));
    return (labels.every((label) => isYearHeading(label) || !isDataCell(label)) &&
        risesInTime(years) &&
        header.slice(1).every((heading) => !isDataCell(heading)));
}
/** The cells as rows of `width`, or undefined when they do not read as a table that wide. */
function rowsOf(cells, width) {
    if (cells.length % width !== 0 || cells.length / width < MIN_ROWS)
        return undefined;
    const rows = Array.from({ length: cells.length / width }, (_, row) => cells.slice(row * width, (row + 1) * width));
    const [header = [], ...body] = rows;
    if (header.slice(1).some((cell) => cell === ''))
        return undefined;
    const bodyFits = rowLabelsFit(header, body.map(([label = '']) => label)) && body.every(([, ...values]) => values.every((value) => value === '' || isNumericToken(value)));
    const hasValues = body.some((row) => row.slice(1).some((value) => value !== ''));
    return bodyFits && hasValues ? rows : undefined;
}
/**
 * A table from Word's cell lines (every line cell-marked), row width inferred from where labels and values stand.
 * Undefined when a line is no cell line or no width fits.
 */
export function wordCells(lines) {
    if (lines.length < MIN_ROWS * MIN_WIDTH || !lines.every(isCellMarked))
        return undefined;
    const cells = lines.map(withoutCellMark);
    const fits = [];
    for (let width = MIN_WIDTH; width <= cells.length / MIN_ROWS; width++) {
        const rows = rowsOf(cells, width);
        if (rows)
            fits.push({ width, rows });
    }
    const [chosen, ...others] = fits;
    if (!chosen)
        return undefined;
    const table = tableNode(chosen.rows);
    if (others.length === 0)
        return table;
    const widths = others.map((fit) => fit.width).join(', ');
    return { ...table, data: { orderInferred: `read as rows of ${chosen.width} cells; rows of ${widths} cells fit the same lines` } };
}
//# sourceMappingURL=word-cells.js.map