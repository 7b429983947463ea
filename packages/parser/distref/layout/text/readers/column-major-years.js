import { joinLines } from '../../../util/hyphenation.js';
import { CORNER_UNIT, columnTable, entries, fitOneColumn, isValueLine, isYearHeading, risesInTime, textBlocks, } from '../table-lines.js';
import { sumsTo } from '../totals.js';
/** A column heading after the years that is words, not a year: `I alt`, `Gns.`, `Total` (short, one line). */
const MAX_TEXT_HEADING = 30;
/**
 * Column by column under years: `2010`, the row labels, the 2010 values, then `2011` and its values, and so on;
 * after the years, columns headed by words (`I alt` and its values). The number of rows is the number of labels,
 * every column a heading followed by that many values, the years rising.
 */
export function columnMajorYears(lines) {
    return yearsFirst(lines) ?? labelsFirst(lines);
}
/** Why rows set after the year columns are read as rows: they hold one value per year, not one per row. */
const BY_APPENDED_ROWS = 'read column by column, and the lines after the year columns as rows: each holds one value per year, not one per row';
/** A line that starts with a capital (`Rwanda`): after an open end, a new label as much as a line that goes on. */
const CAPITAL_START = /^\p{Lu}/u;
/**
 * The label column: the text before the first year as one label per row, after the label column's heading, if any.
 * A first line the second goes on from only by ending open (`Indrejst fra` / `Rwanda`, a capital after it) is
 * the column's heading where a heading and one label a line make up the rows exactly.
 */
function labelColumn(texts, height) {
    const parts = entries(texts);
    const openHeading = parts.length === height && texts.length === height + 1 && (parts[0]?.length ?? 0) === 2 && CAPITAL_START.test(texts[1] ?? '');
    if (openHeading)
        return { heading: texts[0] ?? '', labels: texts.slice(1).map((line) => [line]) };
    if (parts.length !== height && parts.length !== height + 1)
        return undefined;
    return { heading: parts.length > height ? joinLines(parts[0] ?? []) : '', labels: parts.length > height ? parts.slice(1) : parts };
}
/**
 * What the lines after the year columns are: further columns (`I alt`, `maj-2021`: a short heading and a value per
 * row), or further rows (`80 år og derover`: a label and a value per year — a row the rendition set after the
 * columns). Where both fit (as many rows as years), a totals column or row decides, or nothing is read.
 */
function trailing(blocks, years, height) {
    if (blocks.length === 0)
        return { columns: [], rows: [] };
    const asColumns = blocks.every((block) => block.texts.length === 1 && (block.texts[0]?.length ?? 0) <= MAX_TEXT_HEADING && block.values.length === height);
    const asRows = blocks.every((block) => block.values.length === years.length && entries(block.texts).length === 1);
    if (asColumns && asRows) {
        const rowValues = Array.from({ length: height }, (_, row) => years.map((column) => column.values[row] ?? ''));
        const totalsColumn = blocks.some((block) => sumsTo(years.map((column) => column.values), block.values));
        const totalsRow = blocks.some((block) => sumsTo(rowValues, block.values));
        if (totalsColumn === totalsRow)
            return undefined;
        return totalsColumn ? { columns: [...blocks], rows: [] } : { columns: [], rows: [...blocks] };
    }
    if (asColumns)
        return { columns: [...blocks], rows: [] };
    return asRows ? { columns: [], rows: [...blocks] } : undefined;
}
/**
 * The labels first, then each year and its values: `Mia. kr., 2017-pl` `Kommuner` `Regioner` `2017` `16,3` `7,2`
 * (`2018` …) — the label column's heading, if any, and its labels, then the value columns, each a year and as many
 * values as there are labels; after the years, columns headed by words or a part of a year (`I alt`, `maj-2021`), or
 * rows set after the columns (`trailing`). One column is enough when it has two rows.
 */
function labelsFirst(lines) {
    const texts = lines.map((line) => line.trim());
    // A unit in the corner over the labels (`1.000 kr.`) reads as a value; it is the label column's heading.
    const corner = CORNER_UNIT.test(texts[0] ?? '') ? 1 : 0;
    const firstData = texts.findIndex((line, at) => at >= corner && (isValueLine(line) || isYearHeading(line)));
    if (firstData < 1 || !isYearHeading(texts[firstData] ?? ''))
        return undefined;
    const data = texts.slice(firstData);
    const second = data.findIndex((cell, at) => at > 0 && isYearHeading(cell));
    const height = (second === -1 ? data.length : second) - 1;
    if (height < 1)
        return undefined;
    const columns = [];
    let at = 0;
    while (at < data.length && isYearHeading(data[at] ?? '')) {
        const values = data.slice(at + 1, at + 1 + height);
        if (values.length !== height || !values.every(isValueLine))
            return undefined;
        columns.push({ texts: [data[at] ?? ''], values });
        at += height + 1;
    }
    if ((columns.length < 2 && height < 2) || !risesInTime(columns.map((column) => column.texts[0] ?? '')))
        return undefined;
    const blocks = textBlocks(data.slice(at), isValueLine);
    const after = blocks && trailing(blocks, columns, height);
    const labelled = labelColumn(texts.slice(0, firstData), height);
    if (!after || !labelled || !fitOneColumn(labelled.labels))
        return undefined;
    const all = [...columns, ...after.columns];
    const labels = [...labelled.labels, ...after.rows.map((row) => row.texts)];
    const values = all.map((column, index) => ({ values: [...column.values, ...after.rows.map((row) => row.values[index] ?? '')] }));
    const table = columnTable(all.map((column) => column.texts[0] ?? ''), labels, values, labelled.heading);
    return after.rows.length > 0 ? { ...table, data: { ...table.data, orderInferred: BY_APPENDED_ROWS } } : table;
}
/** Most lines a group heading over years may take (`Offentlig saldo`, `Offentlig ØMU-gæld` wrapped). */
const MAX_GROUP_LINES = 2;
/**
 * `2010`, the labels, the 2010 values, then each further year (or word heading) and its values; or the same under
 * group headings, each set before its years (`Offentlig saldo` `2009` labels values `2010` values `Offentlig gæld`
 * `2009` values …): the columns headed `Offentlig saldo 2009` and so on, the years rising within each group.
 */
function yearsFirst(lines) {
    const texts = lines.map((line) => line.trim());
    const firstYear = texts.findIndex(isYearHeading);
    if (firstYear < 0 || firstYear > MAX_GROUP_LINES || texts.slice(0, firstYear).some(isValueLine))
        return undefined;
    let group = joinLines(texts.slice(0, firstYear));
    let at = firstYear + 1;
    const labelLines = [];
    while (at < texts.length && !isValueLine(texts[at] ?? ''))
        labelLines.push(texts[at++] ?? '');
    const labels = entries(labelLines);
    const height = labels.length;
    if (height < 1 || !fitOneColumn(labels))
        return undefined;
    const headed = (heading) => (group === '' ? heading : `${group} ${heading}`);
    const columns = [{ heading: headed(texts[firstYear] ?? ''), values: texts.slice(at, at + height) }];
    let years = [texts[firstYear] ?? ''];
    let yearColumns = 1;
    let words = false;
    for (at += height; at < texts.length; at += height + 1) {
        const heading = texts[at] ?? '';
        if (isYearHeading(heading)) {
            if (words || !risesInTime([...years.slice(-1), heading]))
                return undefined;
            years.push(heading);
            yearColumns++;
        }
        else if (isYearHeading(texts[at + 1] ?? '') && group !== '' && heading.length <= MAX_TEXT_HEADING) {
            // The next group's heading, then its first year.
            group = heading;
            words = false;
            years = [];
            at -= height; // the loop's step then lands on the group's first year
            continue;
        }
        else if (isValueLine(heading) || heading.length > MAX_TEXT_HEADING) {
            return undefined;
        }
        else
            words = true;
        columns.push({ heading: headed(heading), values: texts.slice(at + 1, at + 1 + height) });
    }
    if (yearColumns < 2 || !columns.every((column) => column.values.length === height && column.values.every(isValueLine)))
        return undefined;
    return columnTable(columns.map((column) => column.heading), labels, columns);
}
//# sourceMappingURL=column-major-years.js.map