import { joinLines } from '../../../util/hyphenation.js';
import { tableNode } from '../../../util/mdast-table.js';
import { isNumericToken, parseDanishNumber } from '../../../util/numbers.js';
import { continues, isDataCell, isYearHeading, MAX_TEXT_COLUMNS, tokens } from '../table-lines.js';
function kindOf(cell) {
    if (isNumericToken(cell) && parseDanishNumber(cell) === null)
        return 'none';
    if (isYearHeading(cell))
        return 'period';
    return isDataCell(cell) ? 'value' : 'text';
}
/** Longest text cell of a value column (`2015->2016`, `Cykelfærge`): a longer line is prose, not a cell. */
const MAX_TEXT_CELL = 60;
/** A plain year (`1976`): a heading or label as a year, but in a column of values a count like the others (`Alle år` `1976`). */
const PLAIN_YEAR = /^(?:19|20)\d{2}$/u;
/** A cell's kind in a column of values: a plain year is a value there. */
const valueKind = (cell) => (PLAIN_YEAR.test(cell) ? 'value' : kindOf(cell));
/** A row's number as its label: `1`, `12`, `3.` (no measured value: `12.345`, `49,6`). */
const ROW_NUMBER = /^\d{1,3}\.?$/u;
/**
 * A period's label led by its year, the part of the year after it (`1997 2. halvår`, `2024 1. kvt.`, `2023
 * (foreløbig)`): dated as a year is, in a column of years.
 */
const YEAR_LED = /^(?:19|20)\d{2}\s\(?(?:\d\.\s?)?\p{L}[\p{L}.]{1,12}\)?$/u;
/** Rows numbered or dated before a totals row at least this many: `1` `2` `Totalt`. */
const MIN_NUMBERED_ROWS = 2;
/**
 * Whether cells make a label column: all words, or all rows' numbers or years or periods (`1` `2` `3`, `2019`,
 * `11K2`, `1997 2. halvår`), then, after two at least, a row of words (`Totalt`, `Stigning 2002-2007`). A column of measured values
 * (`12.345` `49,6`) labels no rows.
 */
function labelColumn(labels) {
    const numbered = (label) => ROW_NUMBER.test(label) || kindOf(label) === 'period' || YEAR_LED.test(label);
    if (labels.every((label) => kindOf(label) === 'text'))
        return true;
    const body = numbered(labels.at(-1) ?? '') ? labels : labels.slice(0, -1);
    return body.length >= MIN_NUMBERED_ROWS && body.every(numbered);
}
/**
 * Whether rows' columns each hold one kind: a label column (`labelColumn`), then each further column's cells
 * all values or all short text (marks for none go with either), and at least one column of values.
 */
function consistent(rows, width) {
    if (!labelColumn(rows.map((row) => row[0] ?? '')))
        return false;
    let values = 0;
    for (let column = 1; column < width; column++) {
        const kinds = new Set(rows.map((row) => valueKind(row[column] ?? '')).filter((kind) => kind !== 'none'));
        if (kinds.size > 1)
            return false;
        if (kinds.has('value'))
            values++;
        // One row says nothing of a column's kind: its cells must all be values.
        if (kinds.has('text') && (rows.length < 2 || rows.some((row) => (row[column] ?? '').length > MAX_TEXT_CELL)))
            return false;
    }
    return values > 0;
}
/** `cells` in rows of `width`. */
function rowsOf(cells, width) {
    return Array.from({ length: cells.length / width }, (_, row) => cells.slice(row * width, row * width + width));
}
/** A cell a header may hold: text, or a year or period over a column (`2019`, `2020/21`, `2021K3`). */
const isHeadingCell = (cell) => kindOf(cell) === 'text' || kindOf(cell) === 'period';
/**
 * The grids the cells fit row by row: a header of the leading text, year or period lines (all of them, or all but the last, which is
 * then the first row's label), one heading a column or none over the label column, the rest rows as wide.
 */
function rowMajorReadings(cells) {
    const lead = cells.findIndex((cell) => !isHeadingCell(cell));
    if (lead < 1)
        return [];
    const readings = [];
    for (const headings of [lead, lead - 1]) {
        for (const width of [headings, headings + 1]) {
            const body = cells.slice(headings);
            if (headings < 1 || width < 2 || width > MAX_TEXT_COLUMNS || body.length === 0 || body.length % width !== 0)
                continue;
            const rows = rowsOf(body, width);
            // A single row labelled by a number is values whose place the lines do not tell (labels, headings, values).
            if (rows.length === 1 && kindOf(rows[0]?.[0] ?? '') !== 'text')
                continue;
            const header = cells.slice(0, headings);
            // A heading wrapped onto a line of its own (`Gennemsnitlig` / `sagsbehandlingstid`) would be counted as two.
            if (!consistent(rows, width))
                continue;
            readings.push([width > headings ? ['', ...header] : header, ...rows]);
        }
        // Each heading a word over its year, set on two lines (`Styrkemål` / `2011` / `Styrke` / `2008`), none over the
        // label column: the pairs are the headings.
        const paired = pairedHeadings(cells.slice(0, headings));
        if (!paired)
            continue;
        const width = paired.length + 1;
        const body = cells.slice(headings);
        if (width > MAX_TEXT_COLUMNS || body.length === 0 || body.length % width !== 0)
            continue;
        const rows = rowsOf(body, width);
        if (rows.length > 1 && consistent(rows, width))
            readings.push([['', ...paired], ...rows]);
    }
    return readings;
}
/** Headings of a word and a year each, two lines a heading (`Styrkemål` `2011` → `Styrkemål 2011`), or undefined. */
function pairedHeadings(header) {
    if (header.length < 4 || header.length % 2 !== 0)
        return undefined;
    const paired = [];
    for (let at = 0; at < header.length; at += 2) {
        const word = header[at] ?? '';
        const year = header[at + 1] ?? '';
        if (kindOf(word) !== 'text' || kindOf(year) !== 'period')
            return undefined;
        paired.push(`${word} ${year}`);
    }
    return paired;
}
/**
 * The grids the cells fit column by column: each column its heading (the label column's may be missing) and as many
 * cells; every heading a text, year or period and none wrapped, the columns of one kind each (`consistent`).
 */
function columnMajorReadings(cells) {
    const readings = [];
    for (let columns = 2; columns <= MAX_TEXT_COLUMNS; columns++) {
        for (const missing of [0, 1]) {
            const rows = (cells.length + missing) / columns - 1;
            if (!Number.isInteger(rows) || rows < 1)
                continue;
            const byColumn = rowsOf([...Array(missing).fill(''), ...cells], rows + 1);
            const header = byColumn.map((column) => column[0] ?? '');
            if (header.slice(missing).some((heading) => !isHeadingCell(heading)))
                continue;
            const body = Array.from({ length: rows }, (_, row) => byColumn.map((column) => column[row + 1] ?? ''));
            if (rows === 1 && kindOf(body[0]?.[0] ?? '') !== 'text')
                continue;
            if (consistent(body, columns) || labelsLater(body, columns, missing))
                readings.push([header, ...body]);
        }
    }
    return readings;
}
/**
 * Whether a column-by-column grid whose first column holds values has its labels in a later column of words
 * (`Sanktionssats` / `200 kr.` … then `Ydelsesinterval` / `Mindre end 5.633 kr. pr. måned.` …): every column
 * headed (none missing), two rows at least, and the grid consistent with that column read first. The columns keep
 * the order they were printed in.
 */
function labelsLater(body, columns, missing) {
    if (missing > 0 || body.length < 2)
        return false;
    for (let column = 1; column < columns; column++) {
        if (!body.every((row) => kindOf(row[column] ?? '') === 'text'))
            continue;
        const reordered = body.map((row) => [row[column] ?? '', ...row.filter((_, at) => at !== column)]);
        return consistent(reordered, columns);
    }
    return false;
}
/** A line of several values, half its tokens or more: a row set on one line (`2019 1.234 1.100`, `I alt 1.234 5.678`). */
function isRowOfValues(line) {
    const all = tokens(line);
    const values = all.filter(isNumericToken).length;
    return values > 1 && values * 2 >= all.length;
}
/** Why a grid read by counting is flagged: no shape of a known layout, only the count and the kinds of the cells. */
const BY_COUNT = 'read by counting the cells, each column of one kind: no cell may have wrapped onto a second line';
/** Why the row-by-row reading was taken where the same lines fit column by column too. */
const ALSO_COLUMNS = 'read row by row, the usual order; the same lines fit a column-by-column reading too';
/**
 * One cell per line, counted out: row by row (the header's lines, then rows as wide) or, where no row-by-row count
 * fits, column by column (each column's heading and as many cells), each column of one kind. A text line that goes on
 * from the one before is joined to it first (a wrapped cell would shift every cell after it); read only where exactly
 * one count fits in the order taken, and always flagged.
 */
export function typedGrid(lines) {
    const trimmed = lines.map((line) => line.trim());
    // A line of several values is a row set on one line (`2019 1.234 1.100`): the readers of rows read it. A cell of
    // words with numbers among them (`Mindst 5.633 kr. og højst 9.935 kr. pr. måned.`) is text.
    if (trimmed.some(isRowOfValues))
        return undefined;
    const cells = joinWrapped(trimmed);
    // Fewer cells than lines: some text cell was wrapped onto the next line and joined.
    const wraps = cells.length < trimmed.length;
    const reasons = [BY_COUNT, ...(wraps ? [JOINED] : [])];
    const byRow = rowMajorReadings(cells);
    const byColumn = columnMajorReadings(cells);
    if (byRow.length === 1) {
        const table = tableNode(byRow[0] ?? []);
        return { ...table, data: { orderInferred: [...reasons, ...(byColumn.length > 0 ? [ALSO_COLUMNS] : [])].join('; ') } };
    }
    if (byRow.length > 0 || byColumn.length !== 1)
        return undefined;
    const table = tableNode(byColumn[0] ?? []);
    return { ...table, data: { columnMajor: true, orderInferred: [...reasons, 'column by column'].join('; ') } };
}
/** Why cells were joined before counting. */
const JOINED = 'text lines that go on from the one before (a lower-case start, a line-end hyphen, an open end) joined into one cell';
/**
 * The cells with each text line that goes on from the text line before it joined to it (`Heraf uledsagede` / `under
 * 18 år`, `Ansatte, års-` / `værk`, `Antal` / `(1.000)`): a cell wrapped onto two lines, which counting would take for
 * two. A year or value does not wrap (`2020` / `maj-2021` are two cells).
 */
function joinWrapped(cells) {
    const joined = [];
    for (const cell of cells) {
        const previous = joined.at(-1);
        if (previous !== undefined && kindOf(previous) === 'text' && kindOf(cell) === 'text' && continues(previous, cell))
            joined[joined.length - 1] = joinLines([previous, cell]);
        else
            joined.push(cell);
    }
    return joined;
}
//# sourceMappingURL=typed-grid.js.map