import { tableNode } from '../../../util/mdast-table.js';
import { isNumericToken } from '../../../util/numbers.js';
import { CELL_GAP, gapCells, isYearHeading } from '../table-lines.js';
/**
 * Cells set apart by tabs or runs of spaces on every line (the header may be one year over one value column):
 * the first line is the header unless it holds values;
 * a header one cell short, of words or years, has no heading over the label column. Undefined unless every line splits, into the
 * same number of cells (at least two), and the body holds values.
 */
export function separated(lines) {
    // The header may be one year over the one value column (`2019` over `Antal afslag  2.807`): no gap in it.
    const [head = ''] = lines;
    if (lines.length < 2 || !lines.slice(1).every((line) => CELL_GAP.test(line.trim())))
        return undefined;
    if (!CELL_GAP.test(head.trim()) && !isYearHeading(head.trim()))
        return undefined;
    const rows = lines.map(gapCells);
    const width = rows[1]?.length ?? 0;
    if (width < 2 || !rows.slice(1).every((cells) => cells.length === width))
        return undefined;
    if (!rows.slice(1).some((cells) => cells.some(isNumericToken)))
        return undefined;
    const first = rows[0] ?? [];
    // A heading is words or a year (`2015  2016  2017` over the value columns); a value makes the line a row.
    if (first.length === width - 1 && first.every((cell) => !isNumericToken(cell) || isYearHeading(cell)))
        rows[0] = ['', ...first];
    else if (first.length !== width)
        return undefined;
    return tableNode(rows);
}
//# sourceMappingURL=separated.js.map