import { joinLines } from '../../util/hyphenation.js';
import { tableNode } from '../../util/mdast-table.js';
import { entries, isDataCell, isTextCellLine, isYearHeading, label, runOfLines } from './table-lines.js';
/** Most lines between the labels and their values: the table's notes and source and a paragraph beside it. */
const MAX_INTERRUPTION = 12;
/** Most lines a value column's heading takes (`Antal påstigere` / `(tusinder)`). */
const MAX_HEADING_LINES = 3;
/** Fewest rows for the reading to be worth its inference: two labels could be any two short lines. */
const MIN_ROWS = 3;
/** Why the table is flagged. */
const SPLIT_COLUMN = "the table's labels and its value column were set apart by the text between them: the values were matched to the labels by count";
/** Whether a line can be a label or heading of such a table (`isTextCellLine`). */
const isShortText = (line) => isTextCellLine(line.text);
/**
 * The table of a region of labels only (`region`: its lines after the caption) and the value column found in the
 * lines from `after` on: after at most `MAX_INTERRUPTION` lines, a heading of short lines and a run of data cells
 * as long as the labels (after the label column's heading, if the region has one more line), ending there.
 */
export function splitColumn(region, lines, after) {
    // The value column's year may head the region, over the labels (`2014` / `Rengøring/vinduespudsning` / …).
    const lead = region.length > MIN_ROWS && isYearHeading(region[0]?.text.trim() ?? '') ? region[0] : undefined;
    const labelLines = lead ? region.slice(1) : region;
    if (labelLines.length < MIN_ROWS || !labelLines.every(isShortText))
        return undefined;
    const labels = entries(labelLines.map((line) => line.text.trim()));
    const limit = Math.min(lines.length, after + MAX_INTERRUPTION + MAX_HEADING_LINES);
    for (let at = after; at < limit; at++) {
        const line = lines[at];
        if (line.role)
            continue;
        if (!isDataCell(line.text))
            continue;
        // The first data cell after the interruption: the value column starts here, or nothing does.
        return columnFrom(labels, lines, at, lead);
    }
    return undefined;
}
/** The short lines right before line `start` (at most `MAX_HEADING_LINES`, role lines passed over): a column's heading. */
function headingBefore(lines, start) {
    const headingLines = [];
    for (let at = start - 1; at >= 0 && headingLines.length < MAX_HEADING_LINES; at--) {
        const line = lines[at];
        if (line.role)
            continue;
        if (!isShortText(line))
            break;
        headingLines.unshift(line);
    }
    return headingLines;
}
/**
 * The table of the labels and the run of data cells from `start`, with the heading lines before it — or, where the
 * region opened with the column's year (`lead`), that year.
 */
function columnFrom(labels, lines, start, lead) {
    const { run, next: at } = runOfLines(lines, start, isDataCell);
    const last = lines.at(-1);
    // The run's last value is the text's last line but one, the last a lone number taken for the page's.
    const endsText = at === lines.length && run.at(-1) === lines.at(-2) && last?.role === 'page-footer' && isDataCell(last.text);
    // The value column's heading: the year that led the region, else the short lines right before the values.
    const headingLines = lead ? [] : headingBefore(lines, start);
    if (!lead && headingLines.length === 0)
        return undefined;
    // A year over the values heads the column with the heading (`Antal påstigere (tusinder)` / `2013`).
    const year = run.length > 1 && isYearHeading(run[0]?.text ?? '') && !isYearHeading(run[1]?.text ?? '') ? run[0] : undefined;
    let values = year ? run.slice(1) : run;
    // One value per label, after the label column's heading or with none.
    const fits = (count) => count === labels.length || count + 1 === labels.length;
    // A number that ends the text right after the column (a rendition cut after the table's last value) was taken
    // for a page number: it is the column's last value where only with it there is one value per label.
    if (last && endsText && !fits(values.length) && fits(values.length + 1)) {
        const { role: _role, ...value } = last;
        values = [...values, value];
        run.push(last);
    }
    // Under a year that heads the region, the labels are rows all: no label column's heading among them.
    const labelHeading = !lead && labels.length === values.length + 1 ? labels[0] : undefined;
    const rowLabels = labelHeading ? labels.slice(1) : labels;
    if (values.length < MIN_ROWS || rowLabels.length !== values.length)
        return undefined;
    const heading = lead
        ? lead.text.trim()
        : [joinLines(headingLines.map((line) => line.text.trim())), year?.text.trim()].filter(Boolean).join(' ');
    const table = tableNode([
        [labelHeading ? label(labelHeading) : '', heading],
        ...rowLabels.map((lines, row) => [label(lines), values[row]?.text.trim() ?? '']),
    ]);
    return {
        table: { ...table, data: { columnMajor: true, orderInferred: SPLIT_COLUMN, reader: 'split-column' } },
        valueLines: [...headingLines, ...run],
    };
}
//# sourceMappingURL=split-column.js.map