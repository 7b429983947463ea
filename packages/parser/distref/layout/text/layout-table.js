import { isMonthAbbreviation, isMonthName } from '../../util/dates.js';
import { joinLines } from '../../util/hyphenation.js';
import { matchesOf } from '../../util/matches.js';
import { tableNode } from '../../util/mdast-table.js';
import { isNumericToken, parseDanishNumber } from '../../util/numbers.js';
import { continues, isYearHeading } from './table-lines.js';
import { TOTAL_LABEL } from './totals.js';
/** A line of layout-kept text set in from the left margin: a heading over the value columns, not prose. */
export const SET_IN = /^\s{2,}\S/u;
/** Lines a header may wrap onto in narrow columns (`Antal` / `påstigere` / `(tusinder)`). */
export const MAX_HEADER_LINES = 12;
/**
 * Where the header starts above `first`, the first line of a table region's layout-kept lines with gaps: the lines
 * right above it set in past the label column's text (the end of the longest first part of a line with gaps below)
 * are its headings wrapped over the value columns (`             Påstigere` / `            (tusinder)` over
 * `Station           2013`), not the caption's — a caption stands at the margin or over the labels.
 */
export function headerStart(layout, first) {
    const labelEnd = Math.max(0, ...layout.slice(first).map((line) => line.trimEnd().search(/\S {2,}\S/u) + 1));
    let start = first;
    while (start > 0 && first - start < MAX_HEADER_LINES) {
        const line = layout[start - 1] ?? '';
        if (!SET_IN.test(line) || line.search(/\S/u) <= labelEnd)
            break;
        start--;
    }
    return start;
}
/** Right edges closer than this (characters) are one column. */
const EDGE_TOLERANCE = 3;
/** A heading part stands over every column whose cell holds at least this share of it (a group heading). */
const GROUP_SHARE = 0.3;
/**
 * Tokens with a note in brackets after a value joined to it (`632 (111)`, `25 (9,8 %) (9)`: a count or share in
 * brackets after a value is its note, not a value of its own), the bracket's words kept together.
 */
function withNotes(tokens) {
    const joined = [];
    let open = false;
    for (const token of tokens) {
        const last = joined.at(-1);
        if (last && (open || (token.text.startsWith('(') && isNumericToken(last.text)))) {
            joined[joined.length - 1] = { text: `${last.text} ${token.text}`, start: last.start };
        }
        else
            joined.push({ ...token });
        if (token.text.includes('('))
            open = true;
        if (token.text.includes(')'))
            open = false;
    }
    return joined;
}
/** A year (`2016`) after a month's name, written out or short (`Juli`, `jan.`): a period that labels a row. */
function isMonthYear(month, year) {
    return YEAR.test(year) && (isMonthName(month) || (month.endsWith('.') && isMonthAbbreviation(month.slice(0, -1))));
}
/** A year of four digits. */
const YEAR = /^(?:19|20)\d{2}$/u;
/**
 * Parts of a line: runs of text with single spaces inside, two or more spaces between — and a run that ends in
 * values only one space apart (`Statsborgerskab 130.882 127.646`, where pdftotext set the columns close) split into
 * its label and each value.
 */
function parts(line) {
    const found = [];
    for (const match of matchesOf(/\S+(?: \S+)*/gu, line)) {
        const start = match.index;
        const tokens = withNotes([...matchesOf(/\S+/gu, match[0])].map((token) => ({ text: token[0], start: start + token.index })));
        // The first token from which every token is a value, where more than one value follows it or a label precedes;
        // a year after a month's name is the label's (`Juli 2016`, `jan. 2020`: a period, not a value).
        let from = tokens.findIndex((_, at) => tokens.slice(at).every((token) => isNumericToken(token.text)));
        if (from > 0 && isMonthYear(tokens[from - 1]?.text ?? '', tokens[from]?.text ?? ''))
            from = from + 1 < tokens.length ? from + 1 : -1;
        if (from === -1 || tokens.length - from < (from === 0 ? 2 : 1)) {
            found.push({ text: match[0], start, end: start + match[0].length });
            continue;
        }
        if (from > 0) {
            const last = tokens[from - 1];
            found.push({
                text: tokens
                    .slice(0, from)
                    .map((token) => token.text)
                    .join(' '),
                start,
                end: last.start + last.text.length,
            });
        }
        for (const token of tokens.slice(from))
            found.push({ text: token.text, start: token.start, end: token.start + token.text.length });
    }
    return found;
}
/** One value (`7.925`, `2,5 mio. kr.`), not several run together where the columns stood too close (`130.882 127.646`). */
function isValue(text) {
    return (isNumericToken(text) ||
        (text.includes(' ') && parseDanishNumber(text) !== null && text.split(/\s+/u).filter(isNumericToken).length === 1));
}
/**
 * A row of headings that reads as values: years or periods only (`Alder   2022   2023   2022   2023`, `1.000
 * fuldtidsbeskæftigede   11K2   11K3`), or one year alone over a value column (`            2019`).
 */
function isYearRow(line) {
    const read = valueParts(line);
    if (read === undefined || !read.values.every((part) => isYearHeading(part.text)))
        return false;
    return read.values.length >= 2 || read.label === undefined;
}
/**
 * A heading line's parts: runs of text two or more spaces apart, a year one space after words kept with them
 * (`Antal påstigere (tusinder) 2013` is one heading, not a label and a value).
 */
function headingParts(line) {
    const merged = [];
    for (const part of parts(line)) {
        const last = merged.at(-1);
        if (last && part.start - last.end === 1)
            merged[merged.length - 1] = { text: `${last.text} ${part.text}`, start: last.start, end: part.end };
        else
            merged.push(part);
    }
    return merged;
}
/** A row of values: a label (or none), then values only. */
function valueParts(line) {
    const all = parts(line);
    const first = all[0];
    if (!first)
        return undefined;
    const label = isValue(first.text) ? undefined : first;
    const values = label ? all.slice(1) : all;
    if (values.length === 0 || !values.every((part) => isValue(part.text)))
        return undefined;
    return { label, values };
}
/** Value columns from the right edges of the rows' values. */
function columnsOf(rows) {
    const columns = [];
    for (const part of rows.flat().sort((a, b) => a.end - b.end)) {
        const last = columns.at(-1);
        if (last && part.end - last.end <= EDGE_TOLERANCE) {
            last.start = Math.min(last.start, part.start);
            last.end = Math.max(last.end, part.end);
        }
        else
            columns.push({ start: part.start, end: part.end });
    }
    return columns;
}
/** The column a value stands in: the one whose right edge is nearest. */
function columnOf(part, columns) {
    let best = 0;
    columns.forEach((column, index) => {
        if (Math.abs(column.end - part.end) < Math.abs(columns[best].end - part.end))
            best = index;
    });
    return best;
}
/** Why a year under the headings was read as theirs: a row of a label and a value in the years' range reads the same. */
const YEAR_UNDER_HEADINGS = "a label and a year alone under the heading lines, over values that are no years, were read as the header's last line, not as a row";
/**
 * Whether the line at `at` — a label and one year (`Station            2013`) — is the header's last line: heading
 * lines stand above it over the value column and none over the labels (`Antal` / `påstigere` / `(tusinder)`), and the
 * line below is a row whose value there is no year. A wrapped heading over one value column puts its year on the row of the label column's
 * heading. Flagged: a first row whose value happens to be a year's number reads the same.
 */
function isYearUnderHeadings(lines, at) {
    const read = valueParts(lines[at] ?? '');
    const next = valueParts(lines[at + 1] ?? '');
    const [year] = read?.values ?? [];
    const label = read?.label;
    if (!label || read.values.length !== 1 || !year || !isYearHeading(year.text) || !next)
        return false;
    const below = next.values.find((part) => Math.abs(part.end - year.end) <= EDGE_TOLERANCE);
    if (!below || isYearHeading(below.text))
        return false;
    // The lines above stand over the value column only: the label column's heading is the year's line's (a heading
    // over the labels above, `Kommune   Indbyggere`, makes the line a row).
    const above = lines.slice(0, at).map(parts);
    return (above.every((line) => line.every((part) => part.start > label.end)) && above.some((line) => line.some((part) => part.end >= year.start)));
}
/** Rows a first column of years or row numbers must number before it is read as the labels. */
const MIN_NUMBERED_ROWS = 2;
/**
 * Whether the first value column is the label column: its cells years (`1998` … `2007`) or row numbers rising from 1
 * (`1` … `4`), every other row labelled in words with no value there — a totals row (`Alle år`, `Totalt`), which for
 * row numbers must be one. Values stand flush right; years and numbers standing as labels stand flush left, where
 * the totals row's label starts.
 */
function labelsInFirstColumn(rowLines, columns) {
    const [first] = columns;
    if (!first || columns.length < 2)
        return false;
    const numbers = [];
    for (const line of rowLines) {
        const read = valueParts(line);
        const cell = read?.values.find((part) => columnOf(part, columns) === 0);
        if (read?.label) {
            if (cell)
                return false;
            continue;
        }
        if (!cell || read?.values[0] !== cell)
            return false;
        numbers.push(cell.text);
    }
    if (numbers.length < MIN_NUMBERED_ROWS || numbers.length === rowLines.length)
        return false;
    if (numbers.every(isYearHeading))
        return true;
    const labelled = rowLines.map((line) => valueParts(line)?.label?.text).filter((text) => text !== undefined);
    return numbers.every((number, at) => number === String(at + 1)) && labelled.every((text) => TOTAL_LABEL.test(text));
}
/** Why heading lines were read as group headings: text keeps no trace of their span. */
const GROUPS_EVENLY = 'heading lines with fewer parts than columns were read as group headings, each over an equal share of the columns';
/**
 * The headings over each column (the label column first) from the heading lines, and why, where the assignment is a
 * guess. Each line's parts are put over the columns whose cells they cover. A line with fewer parts than columns
 * over the value columns is either headings wrapped in their narrow columns (`Offentlig` over `service`, each part
 * over one column) or group headings over several (`Mænd   Kvinder` over `2022 2023 2022 2023`): group headings where
 * the headings under them repeat with the group's width (`Time 7  Time 16  Time 7  Time 16`) — text keeps no trace of
 * a group heading's span, so each stands over its share, in order — else by place. Undefined where a part stands over
 * no column and right of the labels.
 */
function assignHeadings(headingLines, columns, cells, labelEnd, hasLabels) {
    const headings = [[], ...columns.map(() => [])];
    let inferred;
    const placed = headingLines.map((line) => byPlace(headingParts(line), cells, labelEnd));
    // The texts each value column's heading holds from the last heading line (the row over the values).
    const lowest = placed.at(-1);
    for (const [at, line] of headingLines.entries()) {
        const lineParts = headingParts(line);
        // As many parts as columns, the label column's heading first: each over its column, in order, however far a
        // long heading reaches over the next column's cells (`Mia. kr. (faste 2016-priser)   Husholdninger   …`).
        if (lineParts.length === columns.length + 1 && lineParts[0]?.start === 0) {
            for (const [index, part] of lineParts.entries())
                headings[index]?.push(part.text);
            continue;
        }
        // The same where the first column holds years or numbers, no label column (`Mia. kr.   Husholdninger   …` over
        // `2011   1,1   …`): one part per column.
        if (lineParts.length === columns.length && lineParts[0]?.start === 0 && !hasLabels) {
            for (const [index, part] of lineParts.entries())
                headings[index + 1]?.push(part.text);
            continue;
        }
        const over = lineParts.filter((part) => part.end > labelEnd + EDGE_TOLERANCE);
        const group = columns.length / over.length;
        if (at < headingLines.length - 1 && over.length >= 2 && over.length < columns.length && Number.isInteger(group)) {
            const repeats = lowest !== undefined && repeatsEvery(lowest, columns.length, group);
            if (repeats || !placed[at]) {
                for (const part of lineParts) {
                    const index = over.indexOf(part);
                    if (index === -1)
                        headings[0]?.push(part.text);
                    else
                        for (let column = index * group; column < (index + 1) * group; column++)
                            headings[column + 1]?.push(part.text);
                }
                if (!repeats)
                    inferred = GROUPS_EVENLY;
                continue;
            }
        }
        const byColumn = placed[at];
        if (!byColumn)
            return undefined;
        for (const [index, texts] of byColumn.entries())
            headings[index]?.push(...texts);
    }
    return { headings, ...(inferred ? { inferred } : {}) };
}
/**
 * A heading line's parts over the columns whose cells they cover (a value's cell reaches left to the column before:
 * values stand flush right), else over the labels: the texts per column, the label column first. A group heading over
 * two or more columns covers a good share of each. Undefined where a part stands over no cell and right of the labels.
 */
function byPlace(lineParts, cells, labelEnd) {
    const texts = [[], ...cells.map(() => [])];
    for (const part of lineParts.flatMap((part) => apartAtCells(part, cells))) {
        const width = part.end - part.start;
        const overlaps = cells.map((extent) => Math.max(0, Math.min(part.end, extent.end + 1) - Math.max(part.start, extent.start)));
        const most = Math.max(...overlaps);
        if (most === 0) {
            if (part.end > labelEnd + EDGE_TOLERANCE)
                return undefined;
            texts[0]?.push(part.text);
            continue;
        }
        overlaps.forEach((overlap, index) => {
            if (overlap === most || overlap >= width * GROUP_SHARE)
                texts[index + 1]?.push(part.text);
        });
    }
    return texts;
}
/** The cell that holds all of `from`–`to` (a heading's piece), by index, or -1. */
const cellHolding = (cells, from, to) => cells.findIndex((cell) => from >= cell.start && to <= cell.end + 1);
/**
 * Two headings the rendition set one space apart (`Heraf udtalt Heraf fundet beklageligt` over two columns): a part
 * over two cells or more is cut at a space before a capital where the piece before it lies within one cell and the
 * piece after starts in the next (or on the first cell's last place) — each heading over its own column. A group
 * heading's words go on in lower case (`Nominel vækst pct.`), and a heading in one piece is left whole.
 */
function apartAtCells(part, cells) {
    for (const match of part.text.matchAll(/ (?=\p{Lu})/gu)) {
        const at = part.start + match.index;
        const left = cellHolding(cells, part.start, at);
        // The piece after may share the cell's last place: values stand flush right, a heading centred over them.
        if (left === -1 || left === cells.length - 1 || at + 1 < cells[left].end)
            continue;
        const rest = { text: part.text.slice(match.index + 1), start: at + 1, end: part.end };
        return [{ text: part.text.slice(0, match.index), start: part.start, end: at }, ...apartAtCells(rest, cells)];
    }
    return [part];
}
/** Whether the value columns' headings (`texts`, the label column first) repeat every `group` columns, none empty. */
function repeatsEvery(texts, columns, group) {
    const heading = (column) => (texts[column + 1] ?? []).join(' ');
    for (let column = 0; column < columns; column++) {
        if (heading(column) === '')
            return false;
        if (column + group < columns && heading(column) !== heading(column + group))
            return false;
    }
    return true;
}
/** Why label lines were joined to the row above: nothing in the table told which row they belong to. */
const LABEL_LINES_ABOVE = 'row labels wrapped onto lines without values were joined to the row above (values at the top of their row); nothing in the table told which row they belong to';
/**
 * Which row a row label's lines without values belong to: the row above (Word sets a row's values at its top, the
 * label wrapping below them: `Den Stående Komité for Planter,   303` / `Dyr, Fødevarer og Foder`) or the row below
 * (values at the row's foot: `Mellem Karlskrona-Hässleholm` / `og Københavns Lufthavn   215.000`). Told by the lines
 * that go on from the line before (`continues`: a lower-case start, an open end) and by label lines after the last
 * row (they have no row below). Where nothing tells, the row above, guessed.
 */
function labelLinesGo(body) {
    // A label line ending in a comma goes on too (`Den Stående Komité for Planter,`).
    const goesOn = (previous, line) => continues(previous, line) || /\p{Ll},$/u.test(previous.trim());
    let above = 0;
    let below = 0;
    let texts = 0;
    for (const [at, line] of body.entries()) {
        if (!('text' in line))
            continue;
        texts++;
        const previous = body[at - 1];
        const next = body[at + 1];
        if (previous && goesOn('text' in previous ? previous.text : previous.label, line.text))
            above++;
        if (!next)
            above++;
        else if (goesOn(line.text, 'text' in next ? next.text : next.label))
            below++;
    }
    return { below: below > above, guessed: texts > 0 && above === below };
}
/**
 * How many of the heading lines' last lines are label lines at the margin (no part over the value columns) after a
 * heading line over the value columns: a first row's label set above its values at the row's foot.
 */
function leadingLabelLines(headingLines, labelEnd) {
    let count = 0;
    for (let at = headingLines.length - 1; at > 0; at--) {
        const lineParts = parts(headingLines[at] ?? '');
        if (lineParts.length === 0 || lineParts[0]?.start !== 0 || lineParts.some((part) => part.end > labelEnd + EDGE_TOLERANCE))
            break;
        count++;
    }
    return count < headingLines.length ? count : 0;
}
/** The rows, each label line without values joined to the row above it or (`below`) the row below; `lead` opens the first. */
function rowsOf(body, below, lead) {
    const rows = [];
    let pending = [...lead];
    let labels = [];
    for (const line of body) {
        if ('text' in line) {
            if (below)
                pending.push(line.text);
            else {
                const last = rows.at(-1);
                if (!last)
                    return undefined;
                labels.push(line.text);
                last[0] = joinLines(labels);
            }
            continue;
        }
        labels = [...pending, ...(line.label !== '' ? [line.label] : [])];
        pending = [];
        rows.push([joinLines(labels), ...line.values]);
    }
    // Label lines after the last row at its foot have no row below: they go on with the last.
    const last = rows.at(-1);
    if (pending.length > 0 && last)
        last[0] = joinLines([...labels, ...pending]);
    return rows;
}
/**
 * A table from the body lines of a table region in layout-keeping text (heading lines, then rows), or undefined
 * when the lines do not read as one: at least two rows of values, every value in one of the columns, and no line
 * with values beside words in the value columns.
 */
/**
 * Rows whose one value each stands in a column of its own, as a staircase: a label and one value per row, the gap
 * between them two spaces wide whatever the label's length (a tab-separated table with the tabs made spaces), so
 * each value's right edge falls where its label ends. No columns of places: each row's value belongs in one column.
 */
function isStaircase(body, columns) {
    if (columns < 2)
        return false;
    const used = new Set();
    for (const line of body) {
        if (!('values' in line))
            continue;
        const filled = line.values.flatMap((value, index) => (value === '' ? [] : [index]));
        if (filled.length !== 1)
            return false;
        used.add(filled[0]);
    }
    return used.size > 1;
}
export function layoutTable(lines) {
    if (!lines.some((line) => /\S {2,}\S/u.test(line)))
        return undefined;
    // Rows of years at the top are headings (`År 2013 2014 …`, or under a group heading); rows start below them.
    let firstRow = lines.findIndex((line) => valueParts(line) !== undefined && !isYearRow(line));
    // The header's last line, a heading over the labels and a year under the value column's wrapped heading.
    const yearHeading = firstRow > 0 && isYearUnderHeadings(lines, firstRow);
    if (yearHeading)
        firstRow++;
    const rowLines = lines.slice(Math.max(firstRow, 0)).filter((line) => valueParts(line) !== undefined);
    if (firstRow === -1 || rowLines.length < 2)
        return undefined;
    const allColumns = columnsOf(rowLines.map((line) => valueParts(line)?.values ?? []));
    // A first column of years or row numbers with a totals row labelled in words: the label column.
    const numberedRows = labelsInFirstColumn(rowLines, allColumns);
    const columns = numberedRows ? allColumns.slice(1) : allColumns;
    const rowParts = (line) => {
        const read = valueParts(line);
        const [first, ...rest] = read?.values ?? [];
        if (!numberedRows || !read || read.label || !first || columnOf(first, allColumns) !== 0)
            return read;
        return { label: first, values: rest };
    };
    const labelEnd = Math.min(...columns.map((column) => column.start));
    // Headings: every line before the first row; each part over the columns whose cells it covers (a value's cell
    // reaches left to the column before: values stand flush right), else over the labels.
    const cells = columns.map((column, index) => ({
        start: index === 0 ? labelEnd : columns[index - 1].end + 1,
        end: column.end,
    }));
    const headingLines = lines.slice(0, firstRow);
    const hasLabels = rowLines.some((line) => rowParts(line)?.label !== undefined);
    const assigned = assignHeadings(headingLines, columns, cells, labelEnd, hasLabels);
    if (!assigned)
        return undefined;
    const headings = [...assigned.headings];
    // Lines of the body: rows (a label and values) and label lines without values.
    const body = [];
    for (const line of lines.slice(firstRow)) {
        const read = rowParts(line);
        if (read) {
            const values = columns.map(() => '');
            for (const part of read.values) {
                const index = columnOf(part, columns);
                if (values[index] !== '')
                    return undefined;
                values[index] = part.text;
            }
            body.push({ label: read.label?.text ?? '', values });
            continue;
        }
        // A line without values goes on with a row's label, if it stands in the label column.
        // (It may reach past where the first column's longest value starts: values stand flush right.)
        const continuation = parts(line);
        if (continuation.length === 0 || continuation.some((part) => part.start >= labelEnd))
            return undefined;
        body.push({ text: continuation.map((part) => part.text).join(' ') });
    }
    if (isStaircase(body, columns.length))
        return undefined;
    const way = labelLinesGo(body);
    // Set at the row's foot: label lines at the margin right above the first row are its label's first lines.
    const lead = way.below ? leadingLabelLines(headingLines, labelEnd) : 0;
    const rows = rowsOf(body, way.below, lead > 0 ? headingLines.slice(-lead).map((line) => line.trim()) : []);
    if (!rows)
        return undefined;
    if (lead > 0) {
        headings.splice(0, headings.length, ...(assignHeadings(headingLines.slice(0, -lead), columns, cells, labelEnd, hasLabels)?.headings ?? []));
    }
    const header = headings.map((texts) => joinLines(texts));
    // No labels at all (the first column holds years, a value column): no label column either.
    const labelled = header[0] !== '' || rows.some((cells) => cells[0] !== '');
    const keep = (cells) => (labelled ? cells : cells.slice(1));
    const inferred = [yearHeading ? YEAR_UNDER_HEADINGS : undefined, assigned.inferred].filter((reason) => reason !== undefined);
    return {
        ...tableNode([keep(header), ...rows.map(keep)]),
        data: {
            reader: 'layout-columns',
            ...(inferred.length > 0 ? { headerInferred: inferred.join('; ') } : {}),
            ...(way.guessed ? { orderInferred: LABEL_LINES_ABOVE } : {}),
        },
    };
}
//# sourceMappingURL=layout-table.js.map