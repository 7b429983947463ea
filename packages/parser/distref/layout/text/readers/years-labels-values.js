/**
 * Tables listed as blocks: the header row's years, then all the row labels, then all the values — the order a
 * rendition gives when it takes the header row as one line, the label column as one block, and each value column
 * after it (`2015` `2016` `2017` / `Midlertidigt ophold` `Længerevarende ophold` / `7.800` `5.800` `7.900` …).
 * The values come column by column; where a totals row (`I alt`) adds up only when they are read row by row,
 * they are read so. Where the headings' words do not tell the header row from the labels, the one split of the lines
 * in which a totals row or column adds up is read (`splitByTotals`).
 */
import { isDeepStrictEqual } from 'node:util';
import { toString as nodeToString } from 'mdast-util-to-string';
import { joinLines } from '../../../util/hyphenation.js';
import { parseDanishNumber } from '../../../util/numbers.js';
import { HEADING_FOOTNOTE_MARK } from '../../markers.js';
import { columnTable, entries, fitOneColumn, isDataCell, isMeasureHeading, isYearHeading, label, MAX_TEXT_COLUMNS, risesInTime, } from '../table-lines.js';
import { isTotalOf, sumsTo, TOTAL_LABEL } from '../totals.js';
const BY_COLUMNS = 'the values after all the row labels were read column by column, the usual order of such renditions';
const BY_TOTALS_COLUMNS = 'the values after all the row labels were read column by column: the totals row adds up so';
const BY_TOTALS_ROWS = 'the values after all the row labels were read row by row: the totals row adds up only so';
/** The value at a row and column of `height` × `width` values listed in `order`. */
function at(values, order, row, column, height, width) {
    return values[order === 'columns' ? column * height + row : row * width + column] ?? '';
}
/** The `height` × `width` values listed in `order`, as columns. */
function inOrder(values, order, height, width) {
    return Array.from({ length: width }, (_, column) => ({
        values: Array.from({ length: height }, (_, row) => at(values, order, row, column, height, width)),
    }));
}
/** Why values after the labels were read in their order: a totals row decided it, or the usual order did. */
function orderEvidence(decided) {
    return decided === 'rows' ? BY_TOTALS_ROWS : decided === 'columns' ? BY_TOTALS_COLUMNS : BY_COLUMNS;
}
/** A value given as a share (`21,2 %`, `30 pct.`): a column of them is a rate, which a totals row does not sum. */
const SHARE = /(?:%|pct\.?)$/u;
/**
 * Whether the totals row (`total`) is the sum of the other rows in every column, the values read in `order` — every
 * column but one of shares (`21,2 %` … `25,2 %`: a rate), and at least one column summed.
 */
function addsUp(values, order, total, height, width) {
    let summed = 0;
    for (let column = 0; column < width; column++) {
        if (isShareColumn(values, order, column, height, width))
            continue;
        summed++;
        const want = parseDanishNumber(at(values, order, total, column, height, width));
        if (want === null)
            return false;
        let sum = 0;
        for (let row = 0; row < height; row++) {
            if (row === total)
                continue;
            sum += parseDanishNumber(at(values, order, row, column, height, width)) ?? 0;
        }
        if (!isTotalOf(want, sum))
            return false;
    }
    return summed > 0;
}
/** Whether every value of a column, read in `order`, is a share (`SHARE`). */
function isShareColumn(values, order, column, height, width) {
    for (let row = 0; row < height; row++)
        if (!SHARE.test(at(values, order, row, column, height, width).trim()))
            return false;
    return true;
}
/** The order the totals row decides, if any: the one in which it adds up, where the other does not. */
export function orderByTotals(labels, values, height, width) {
    const total = labels.findIndex((text) => TOTAL_LABEL.test(text));
    if (total === -1 || height < 3)
        return undefined;
    const byColumns = addsUp(values, 'columns', total, height, width);
    const byRows = addsUp(values, 'rows', total, height, width);
    if (byColumns === byRows)
        return undefined;
    return byColumns ? 'columns' : 'rows';
}
/** The values as columns in the order a totals row decides (column by column where none does), and what decided it. */
function orderedColumns(labels, values, height, width) {
    const decided = orderByTotals(labels.map((lines) => label(lines)), values, height, width);
    return { columns: inOrder(values, decided ?? 'columns', height, width), decided };
}
/** Why the values after the labels and their word headings were read in the order they were. */
const BY_SHARES = (order) => `the values after the row labels and the headings were read ${order === 'rows' ? 'row by row' : 'column by column'}: the share column adds up to 100 only so`;
/** What a column of shares adds up to, in per cent (within rounding: `isTotalOf`). */
const WHOLE = 100;
/** The order a column of shares (`Andel, pct.`) decides: the one in which it alone adds up to 100, if any. */
function orderByShares(headings, values, height, skip) {
    const column = headings.findIndex((heading) => /pct|procent|andel|%/iu.test(heading));
    if (column === -1 || height < 2)
        return undefined;
    const width = headings.length;
    const sums = ['columns', 'rows'].map((order) => {
        let sum = 0;
        for (let row = 0; row < height; row++) {
            if (row !== skip)
                sum += parseDanishNumber(at(values, order, row, column, height, width)) ?? Number.NaN;
        }
        return isTotalOf(WHOLE, sum);
    });
    if (sums[0] === sums[1])
        return undefined;
    return sums[0] ? 'columns' : 'rows';
}
/**
 * The row labels first, then two or more word headings, then as many values as labels × headings (`Region
 * Hovedstaden` `Region Sjælland` `I alt` `Antal` `Andel, pct.` `1.200` …): the label column listed on its own,
 * its empty heading dropped, then the header row. Which lines are headings: the last ones, each naming a measure
 * or a unit (`Antal`, `Andel, pct.`) where no label does — one split only. Which values are which row's: a totals
 * row (`I alt`) or a column of shares adding up to 100 must decide it; else no table (a guess either way). Flagged.
 */
function labelsHeadingsValues(texts) {
    let valuesStart = 0;
    while (valuesStart < texts.length && !isDataCell(texts[valuesStart] ?? ''))
        valuesStart++;
    const values = texts.slice(valuesStart);
    if (valuesStart < 3 || values.length < 4 || !values.every(isDataCell))
        return undefined;
    const before = texts.slice(0, valuesStart);
    const splits = [];
    for (let width = 2; width < before.length; width++) {
        const headings = before.slice(-width);
        const labels = entries(before.slice(0, -width));
        if (labels.length * width !== values.length || !headings.every(isMeasureHeading))
            continue;
        if (labels.some((lines) => isMeasureHeading(label(lines))))
            continue;
        splits.push({ headings, labels });
    }
    const [split] = splits;
    if (!split || splits.length > 1 || !fitOneColumn(split.labels))
        return undefined;
    const height = split.labels.length;
    const width = split.headings.length;
    const joined = split.labels.map((lines) => label(lines));
    const total = joined.findIndex((text) => TOTAL_LABEL.test(text));
    const byTotals = orderByTotals(joined, values, height, width);
    const order = byTotals ?? orderByShares(split.headings, values, height, total);
    if (!order)
        return undefined;
    const columns = inOrder(values, order, height, width);
    const table = columnTable(split.headings, split.labels, columns);
    const evidence = byTotals === 'rows' ? BY_TOTALS_ROWS : byTotals === 'columns' ? BY_TOTALS_COLUMNS : BY_SHARES(order);
    return { ...table, data: { ...table.data, orderInferred: evidence } };
}
/**
 * Text lines as the header row first, then the row labels, for `values` values (`Region` `Drift (mio. kr.)` `Anlæg
 * (mio. kr.)` `Hovedstaden` `Sjælland` …): the label column's heading where the first line names no measure, then two
 * or more headings each naming a measure or a unit (`isMeasureHeading`), then labels, none naming one, as many as
 * the values fill: labels × headings. Undefined unless so.
 */
export function headingsFirst(before, values) {
    const stub = isMeasureHeading(before[0] ?? '') ? 0 : 1;
    let end = stub;
    while (end < before.length && isMeasureHeading(before[end] ?? ''))
        end++;
    const width = end - stub;
    const labels = entries(before.slice(end));
    if (width < 2 || labels.length === 0 || labels.length * width !== values)
        return undefined;
    if (labels.some((lines) => isMeasureHeading(label(lines))))
        return undefined;
    return { labelHeading: stub === 1 ? (before[0] ?? '') : '', headings: before.slice(stub, end), labels };
}
/**
 * The header row first, then the row labels, then the values (`headingsFirst`) — as a rendition gives a table when
 * it takes the header row as one block, the label column as one, then each value column: read column by column, the
 * usual order of such renditions, unless a totals row adds up only row by row. Flagged.
 */
function headingsLabelsValues(texts) {
    let valuesStart = 0;
    while (valuesStart < texts.length && !isDataCell(texts[valuesStart] ?? ''))
        valuesStart++;
    const values = texts.slice(valuesStart);
    const read = headingsFirst(texts.slice(0, valuesStart), values.length);
    if (!read || !values.every(isDataCell) || !fitOneColumn(read.labels))
        return undefined;
    const height = read.labels.length;
    const width = read.headings.length;
    const { columns, decided } = orderedColumns(read.labels, values, height, width);
    const table = columnTable(read.headings, read.labels, columns, read.labelHeading);
    const evidence = orderEvidence(decided);
    return { ...table, data: { ...table.data, orderInferred: evidence } };
}
/**
 * Years rising (two or more), then the row labels, then as many values as rows × years, nothing after. Flagged:
 * which values are which row's is read from their order (column by column, unless a totals row says otherwise).
 * Or the labels first, then word headings (`labelsHeadingsValues`); or word headings first, then the labels
 * (`headingsLabelsValues`).
 */
export function yearsLabelsValues(lines) {
    const texts = lines.map((line) => line.trim());
    return (yearsFirst(texts) ??
        labelsHeadingsValues(texts) ??
        headingsLabelsValues(texts) ??
        headingsYearsValues(texts) ??
        groupedHeadingsLabelsValues(texts) ??
        splitByTotals(texts));
}
/** Why a split was read where only a totals row or column said which lines are headings. */
const BY_TOTALS_SPLIT = (order, column) => `which lines are the headings and which the row labels, and the order of the values after them (${order === 'rows' ? 'row by row' : 'column by column'}), were read from the one split in which the totals ${column ? 'column' : 'row'} adds up`;
/**
 * The split's order of the values, where its totals row (a label, `I alt`, `Total`) or its totals column (the last
 * heading) adds up in one order only, and which of the two did; undefined where neither does.
 */
function totalsOrder(headings, labels, values) {
    const height = labels.length;
    const width = headings.length;
    const byRow = orderByTotals(labels, values, height, width);
    if (byRow)
        return { order: byRow, column: false };
    const byColumn = TOTAL_LABEL.test(headings.at(-1) ?? '') ? orderByTotalsColumn(values, height, width) : undefined;
    return byColumn ? { order: byColumn, column: true } : undefined;
}
/**
 * Text lines, then the values, where nothing in the texts' words tells the header row from the row labels
 * (`Fordeling på løn/drift Løn` `Fordeling på løn/drift Drift` `Forsvarskommandoen` … `Total`, then the values;
 * `Arbejdsløse` `Beskæftigede` after the labels): every split the counts allow is tried — the label column's heading
 * first or none, the headings before the labels or after them, one line a heading, as many labels × headings as
 * values — and read where in exactly one split a totals row or column adds up, in one order of the values only.
 * Flagged; no table where no split or several add up.
 */
function splitByTotals(texts) {
    let valuesStart = 0;
    while (valuesStart < texts.length && !isDataCell(texts[valuesStart] ?? ''))
        valuesStart++;
    const values = texts.slice(valuesStart);
    const before = texts.slice(0, valuesStart);
    // A split adds up only with a totals label among the texts: most tables the reader is asked about have none.
    if (values.length < 4 || !before.some((text) => TOTAL_LABEL.test(text)) || !values.every(isDataCell))
        return undefined;
    const found = [];
    for (const stub of [0, 1]) {
        const rest = before.slice(stub);
        for (const headingsFirst of [true, false]) {
            for (let width = 2; width <= MAX_TEXT_COLUMNS && width < rest.length; width++) {
                const headings = headingsFirst ? rest.slice(0, width) : rest.slice(-width);
                const labels = entries(headingsFirst ? rest.slice(width) : rest.slice(0, -width));
                if (labels.length < 2 || labels.length * width !== values.length)
                    continue;
                // A total heads the last column or row, or the first: never one between others (`… sep.` `I alt` `Fasttrack`).
                const joined = labels.map((lines) => label(lines));
                if (!totalsAtEnds(headings) || !totalsAtEnds(joined))
                    continue;
                const totals = totalsOrder(headings, joined, values);
                if (!totals)
                    continue;
                const labelHeading = stub === 1 ? (before[0] ?? '') : '';
                const evidence = BY_TOTALS_SPLIT(totals.order, totals.column);
                found.push({ headingsFirst, labelHeading, headings, labels, order: totals.order, evidence });
            }
        }
    }
    const tables = found.map((split) => {
        const columns = inOrder(values, split.order, split.labels.length, split.headings.length);
        return columnTable(split.headings, split.labels, columns, split.labelHeading);
    });
    const at = found.length === 1 ? 0 : usualOfTransposes(found, tables);
    const split = at === undefined ? undefined : found[at];
    const table = at === undefined ? undefined : tables[at];
    if (!split || !table || !fitOneColumn(split.labels))
        return undefined;
    const evidence = found.length > 1 ? `${split.evidence}; ${TURNED}` : split.evidence;
    return { ...table, data: { ...table.data, orderInferred: evidence } };
}
/** Why of two turned readings the one with the header row first was taken. */
const TURNED = 'the same cells turned (the row labels taken for the headings, the values read the other way) add up too: the header row listed first, the usual order, was taken';
/** Whether every totals label (`I alt`, `Total`) of a row of headings or a column of labels stands first or last. */
function totalsAtEnds(texts) {
    return texts.every((text, at) => at === 0 || at === texts.length - 1 || !TOTAL_LABEL.test(text));
}
/** A table's cells as a grid of texts, the header row first. */
const cellTexts = (table) => table.children.map((row) => row.children.map((cell) => nodeToString(cell)));
/**
 * Of two splits that read the same cells, one the other's transpose (a totals row headed first and read column by
 * column is a totals column when the labels are taken for headings and the values read row by row), the one in the
 * usual order of such renditions — the header row first, the values column by column; undefined otherwise.
 */
function usualOfTransposes(found, tables) {
    const [first, second] = tables;
    if (found.length !== 2 || !first || !second)
        return undefined;
    const grid = cellTexts(first);
    const other = cellTexts(second);
    const transposed = (grid[0] ?? []).map((_, column) => grid.map((row) => row[column] ?? ''));
    if (!isDeepStrictEqual(other, transposed))
        return undefined;
    const usual = found.flatMap((split, index) => (split.headingsFirst && split.order === 'columns' ? [index] : []));
    return usual.length === 1 ? usual[0] : undefined;
}
/** A heading over a column of years: it names the time (`År`, `Tilsagnsår`, `Periode`, `Måned`, `Kvartal`). */
const TIME_HEADING = /(?:år|periode|måned|kvartal|tidspunkt)$|^(?:år|periode|måned|kvartal)\b/iu;
/** Row labels of words that may follow the years in their column: a totals row (`Alle år`), a change (`Stigning 2002-2007`). */
const MAX_TRAILING_LABELS = 2;
/**
 * The header row first, then the row labels where they are years, then the values: `Tilsagnsår` / `Antal
 * individuelle` / `Antal kollektive` / `1998` … `2007` / `Alle år` / `104` `342` … — the rendition took the header
 * row as one block, the label column as one (rising years, then at most two rows labelled in words), then each
 * value column. The headings are the lines before the first year, one a value column (or one more: the label
 * column's heading first), as many as the values fill with the labels. Read column by column, unless a totals row
 * adds up only row by row. Flagged. (Read row by row, the years would stand between the values of their rows.)
 */
function headingsYearsValues(texts) {
    const firstYear = texts.findIndex((text) => isYearHeading(text));
    if (firstYear < 1 || texts.slice(0, firstYear).some(isDataCell))
        return undefined;
    let end = firstYear;
    while (end < texts.length && isYearHeading(texts[end] ?? ''))
        end++;
    const years = texts.slice(firstYear, end);
    if (years.length < 2 || !risesInTime(years))
        return undefined;
    let valuesStart = end;
    while (valuesStart < texts.length && valuesStart - end < MAX_TRAILING_LABELS && !isDataCell(texts[valuesStart] ?? ''))
        valuesStart++;
    const values = texts.slice(valuesStart);
    const labels = [...years.map((year) => [year]), ...texts.slice(end, valuesStart).map((text) => [text])];
    const height = labels.length;
    if (values.length === 0 || values.length % height !== 0 || !values.every(isDataCell))
        return undefined;
    const width = values.length / height;
    const headings = entries(texts.slice(0, firstYear)).map((lines) => joinLines(lines));
    if (width < 1 || (headings.length !== width && headings.length !== width + 1))
        return undefined;
    const labelHeading = headings.length > width ? (headings[0] ?? '') : '';
    // The label column's heading names the time or a unit (`Tilsagnsår`, `Mia. kr.`); a line that names neither may as
    // well be the table's title, set over it: which it is, the lines do not say.
    if (labelHeading !== '' && !TIME_HEADING.test(labelHeading) && !isMeasureHeading(labelHeading))
        return undefined;
    const { columns, decided } = orderedColumns(labels, values, height, width);
    const table = columnTable(headings.slice(headings.length - width), labels, columns, labelHeading);
    return { ...table, data: { ...table.data, orderInferred: orderEvidence(decided) } };
}
/**
 * A group heading over some of the columns, set between rules of dashes as a text rendition prints a heading that
 * spans columns: `--------- Antal ---------`, `--- Pct. ---`, `——— Kvinder ———`. Group 1 is its name.
 */
const GROUP_RULE = /^[-–—]{3,80}\s*([^\s\-–—][^\-–—]{0,40}?)\s*[-–—]{3,80}$/u;
/** Whether a line is a group heading between rules (`GROUP_RULE`), its first character tested first. */
function groupName(text) {
    return '-–—'.includes(text.charAt(0)) ? GROUP_RULE.exec(text)?.[1] : undefined;
}
/**
 * Heading lines as headings: a footnote's number ends the heading it marks (`Med` / `Samtykke` / `1` → `Med
 * Samtykke 1`); elsewhere a line going on in lower case joins the one before (`Uden` / `samtykke`).
 */
function markedHeadings(lines) {
    const headings = [];
    let open = [];
    for (const line of lines) {
        if (HEADING_FOOTNOTE_MARK.test(line) && open.length > 0) {
            headings.push([...open, line].join(' '));
            open = [];
        }
        else
            open.push(line);
    }
    // Lines after the last mark: headings of their own, wrapped lines joined (`entries`).
    headings.push(...entries(open).map((parts) => parts.join(' ')));
    return headings;
}
/** Why the grouped table was read as it was. */
const BY_GROUPS = "read as headings, group headings between rules of dashes, row labels, then each group's values column by column; the group headings were put before their columns' headings";
/**
 * The header row first, group headings between rules of dashes (`--- Antal ---`, `--- Pct. ---`) after it, the row
 * labels after the first group heading, then the values column by column, each further group heading before its
 * group's values: `Med` / `samtykke` / `1` / … / `I alt` / `--- Antal ---` / `Grønlandske børn` / `og unge` / … /
 * `I alt` / `312` / `7.939` / `8.251` / … / `--- Pct. ---` / `76` / …. The values divide into as many equal runs as
 * there are groups, each group heading at its run's start; the headings (`markedHeadings`) into as many as the
 * columns; each column's heading is prefixed with its group's. Read column by column unless a totals row adds up
 * only row by row. Flagged: which lines are headings and which labels is read from the group headings' places.
 */
function groupedHeadingsLabelsValues(texts) {
    const first = texts.findIndex((text) => groupName(text) !== undefined);
    if (first < 1)
        return undefined;
    let valuesStart = first + 1;
    while (valuesStart < texts.length && !isDataCell(texts[valuesStart] ?? ''))
        valuesStart++;
    const labels = entries(texts.slice(first + 1, valuesStart));
    const groups = [groupName(texts[first] ?? '') ?? ''];
    const values = [];
    const groupStarts = [0];
    for (const text of texts.slice(valuesStart)) {
        const group = groupName(text);
        if (group !== undefined) {
            groups.push(group);
            groupStarts.push(values.length);
        }
        else if (isDataCell(text))
            values.push(text);
        else
            return undefined;
    }
    const height = labels.length;
    const headings = markedHeadings(texts.slice(0, first));
    const width = headings.length;
    const perGroup = width / groups.length;
    if (height < 2 || !Number.isInteger(perGroup) || values.length !== height * width || !fitOneColumn(labels))
        return undefined;
    if (!groupStarts.every((start, group) => start === group * perGroup * height))
        return undefined;
    const { columns, decided } = orderedColumns(labels, values, height, width);
    const named = headings.map((heading, column) => `${groups[Math.floor(column / perGroup)]} ${heading}`);
    const table = columnTable(named, labels, columns);
    const evidence = orderEvidence(decided);
    return { ...table, data: { ...table.data, orderInferred: `${BY_GROUPS}; ${evidence}` } };
}
/** Lines the label column's heading may take before the years (`Mia. kr., 2015-pl og` / `2015-opgaveniveau`). */
const MAX_STUB_LINES = 3;
/**
 * The years, the labels, then the values (`yearsLabelsValues`); the label column's heading may come first, as the
 * header row's first cell (`Region` / `2021` / `2022` / `Nord` / `Syd` / `I alt` / values): text lines before the
 * years that make one heading (`entries`), none a value.
 */
function yearsFirst(texts) {
    const stub = texts.findIndex((text) => isYearHeading(text) || isDataCell(text));
    if (stub < 0 || stub > MAX_STUB_LINES || (stub > 0 && entries(texts.slice(0, stub)).length !== 1))
        return undefined;
    let end = stub;
    while (end < texts.length && isYearHeading(texts[end] ?? ''))
        end++;
    const width = end - stub;
    if (width < 2 || !risesInTime(texts.slice(stub, end)))
        return undefined;
    let valuesStart = end;
    while (valuesStart < texts.length && !isDataCell(texts[valuesStart] ?? ''))
        valuesStart++;
    const values = texts.slice(valuesStart);
    const read = totalsColumn(texts.slice(stub, end), entries(texts.slice(end, valuesStart)), values);
    const { headings, labels } = read;
    const height = labels.length;
    const columnCount = headings.length;
    if (height < 1 || values.length !== height * columnCount || !values.every(isDataCell) || !fitOneColumn(labels))
        return undefined;
    const joined = labels.map((lines) => label(lines));
    const decided = read.totals ? orderByTotalsColumn(values, height, columnCount) : orderByTotals(joined, values, height, columnCount);
    const order = decided ?? 'columns';
    const columns = inOrder(values, order, height, columnCount);
    const table = columnTable(headings, labels, columns, label(texts.slice(0, stub)));
    const evidence = read.totals ? totalsColumnEvidence(decided) : orderEvidence(decided);
    return { ...table, data: { ...table.data, orderInferred: evidence } };
}
/** Why values under a totals column were read in their order: the column decided it, or the usual order did. */
function totalsColumnEvidence(decided) {
    if (decided === undefined)
        return BY_COLUMNS;
    return decided === 'rows'
        ? 'the values after all the row labels were read row by row: the totals column (`I alt` after the years) adds up only so'
        : 'the values after all the row labels were read column by column: the totals column (`I alt` after the years) adds up so';
}
/**
 * The headings and row labels of years listed first, then the labels: the years, and the first label where it is a
 * totals label (`I alt`) that heads a column rather than a row — where only so the values fill the rows (`2020`
 * `2021` `2022` `I alt` `Rwanda` `Tyrkiet` and eight values: four columns of two rows, not three of three), or where
 * both fill them and only the totals column's sums add up.
 */
function totalsColumn(years, labels, values) {
    const [first, ...rest] = labels;
    const count = values.length;
    const asRow = labels.length * years.length === count;
    const asColumn = first?.length === 1 && TOTAL_LABEL.test(first[0] ?? '') && rest.length * (years.length + 1) === count;
    // Both fill the rows (`2020` `2021` `2022` `I alt` `Rwanda` `Tyrkiet` `I alt` and twelve values): the totals
    // column where its sums add up and the rows' totals do not.
    const columnAddsUp = () => orderByTotalsColumn(values, rest.length, years.length + 1) !== undefined &&
        orderByTotals(labels.map((lines) => label(lines)), values, labels.length, years.length) === undefined;
    if (asColumn && (!asRow || columnAddsUp())) {
        return { headings: [...years, first?.[0] ?? ''], labels: rest, totals: true };
    }
    return { headings: [...years], labels: [...labels], totals: false };
}
/**
 * The order a totals column (the last) decides: the one in which each row's last value is the sum of its others,
 * where the other order does not give that.
 */
function orderByTotalsColumn(values, height, width) {
    const adds = (order) => {
        const columns = inOrder(values, order, height, width).map((column) => column.values);
        // A row of shares (`21,2 %` … `25,2 %`: a rate) is not summed, as in `addsUp`.
        const summed = (column) => column.filter((_, row) => !columns.every((cells) => SHARE.test(cells[row]?.trim() ?? '')));
        return sumsTo(columns.slice(0, -1).map(summed), summed(columns.at(-1) ?? []));
    };
    const byColumns = adds('columns');
    const byRows = adds('rows');
    if (byColumns === byRows)
        return undefined;
    return byColumns ? 'columns' : 'rows';
}
//# sourceMappingURL=years-labels-values.js.map