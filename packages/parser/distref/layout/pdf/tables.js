import { joinLines } from '../../util/hyphenation.js';
import { matchesOf } from '../../util/matches.js';
import { tableNode } from '../../util/mdast-table.js';
import { median } from '../../util/median.js';
import { isNumericToken } from '../../util/numbers.js';
import { HEADING_FOOTNOTE_MARK, YEAR_HEADING } from '../markers.js';
import { flatMapped } from './flatten.js';
import { LOWERCASE_HEADING, tableDoubt } from './table-doubts.js';
/** Two column edges closer than this (points) are one. */
const EDGE_TOLERANCE = 2;
/** Rules must reach this far past the region's text to frame it (points). */
const RULE_REACH = 4;
/** A digit, which every number has. */
const DIGIT = /\d/u;
/** The line's runs, in a new array (callers sort it). A loop: `flatMap` is several times slower on Node 20. */
export function pieces(line) {
    const runs = [];
    for (const segment of line.segments)
        for (const run of segment.runs)
            runs.push(run);
    return runs;
}
/** A line with values: at least one piece after the first is a number or a no-value mark. */
export function hasValues(line) {
    let first = true;
    for (const segment of line.segments) {
        for (const run of segment.runs) {
            if (!first && isNumericToken(run.text))
                return true;
            first = false;
        }
    }
    return false;
}
/**
 * How many of a line's values are years, its first `skip` pieces passed over (a label), or -1 where a value is no
 * year. One pass that stops at the first value that is no year (the first value of most data rows).
 */
function yearValues(line, skip) {
    let years = 0;
    let at = 0;
    for (const segment of line.segments) {
        for (const run of segment.runs) {
            if (at++ < skip || !isNumericToken(run.text))
                continue;
            if (!YEAR_HEADING.test(run.text.trim()))
                return -1;
            years++;
        }
    }
    return years;
}
/** A header of years: `År 2013 2014 …` or `2010 2011 …`, two years at least. */
const isYearHeader = (line) => yearValues(line, 0) >= 2;
/** Whether every value of a line after its first piece is a year (`Mia. kr., 2017-pl   2017`), one at least. */
const yearsOnly = (line) => yearValues(line, 1) >= 1;
/** Merge overlapping x-ranges into column intervals. */
function mergeRanges(runs) {
    const ranges = runs.map((run) => ({ x0: run.x0, x1: run.x1 }));
    ranges.sort((a, b) => a.x0 - b.x0);
    const merged = [];
    for (const range of ranges) {
        const last = merged.at(-1);
        if (last && range.x0 <= last.x1 + EDGE_TOLERANCE * 0.5)
            last.x1 = Math.max(last.x1, range.x1);
        else
            merged.push({ ...range });
    }
    return merged;
}
/**
 * A no-value mark (`-`, `–`, `..`): a table value that is not a number. No mark has a digit and every number has
 * one, so a text with a digit is no mark, and for one without `isNumericToken` reads only the marks.
 */
function isMark(text) {
    return !DIGIT.test(text) && isNumericToken(text);
}
/**
 * Column intervals from the pieces of the data rows: merge overlapping x-ranges. A no-value mark set flush left in
 * a column of numbers set flush right (Chromium: `4  -  3` under `2019  2020  2021`) stands in the gap before its
 * column: where every such mark is the only piece of its row in the column to its right, the marks do not make a
 * column of their own (they are placed in that column when the cells are read).
 */
export function streamColumns(rows) {
    const all = flatMapped(rows, pieces);
    const columns = mergeRanges(all.filter((run) => !isMark(run.text)));
    if (columns.length < 2)
        return mergeRanges(all);
    const fillsGap = (row, mark) => {
        if (overlaps(mark, columns))
            return true;
        const right = columns.find((column) => column.x0 >= mark.x1);
        return right !== undefined && !pieces(row).some((run) => run !== mark && overlaps(run, [right]));
    };
    const placed = rows.every((row) => pieces(row).every((run) => !isMark(run.text) || fillsGap(row, run)));
    return withLabelColumnJoined(rows, placed ? columns : mergeRanges(all));
}
/**
 * The columns with the first two made one where they are the label column in two halves: each row has its label in
 * one of them, never in both, some labels words at the left and some numbers at the right (`Alle år` flush left,
 * `1998` … flush right as numbers are set, under `Tilsagnsår`; `1` … `4` and `Totalt` under `Kvartal`). Two value columns that share no row stay apart: only
 * the first holds words.
 */
function withLabelColumnJoined(rows, columns) {
    const [first, second] = columns;
    if (!first || !second || columns.length < 3)
        return columns;
    let words = 0;
    const numbers = [];
    for (const row of rows) {
        const runs = pieces(row);
        const inFirst = runs.filter((run) => overlaps(run, [first]));
        const inSecond = runs.filter((run) => overlaps(run, [second]));
        if (inFirst.length > 0 === inSecond.length > 0)
            return columns;
        if (inFirst.some((run) => !isNumericToken(run.text)))
            words++;
        if (inSecond.length === 1)
            numbers.push(inSecond[0].text.trim());
        else if (inSecond.length > 0)
            return columns;
    }
    const labels = numbers.every((text) => YEAR_HEADING.test(text)) || countsUp(numbers);
    return words > 0 && numbers.length > 0 && labels ? [{ x0: first.x0, x1: second.x1 }, ...columns.slice(2)] : columns;
}
/** Row numbers counting up one by one from 1 (`1` `2` `3` `4`, quarters or items), two or more: labels, not values. */
function countsUp(texts) {
    return texts.length >= 2 && texts.every((text, at) => text === String(at + 1));
}
/** A column edge must be ruled along at least this share of the table's height. */
const MIN_RULE_COVERAGE = 0.6;
/**
 * Column intervals from vertical rules over the region, if the table is ruled. Borders are often drawn cell by
 * cell (one row tall each), so rules are grouped by x and their lengths inside the region added up.
 */
export function latticeColumns(rules, top, bottom, left, right) {
    if (!rules)
        return undefined;
    const height = top - bottom;
    if (height <= 0)
        return undefined;
    const covered = new Map();
    const candidates = rules.vertical
        .filter((rule) => rule.at >= left - RULE_REACH * 3 && rule.at <= right + RULE_REACH * 3)
        .sort((a, b) => a.at - b.at);
    let edge = Number.NEGATIVE_INFINITY;
    for (const rule of candidates) {
        const overlap = Math.min(rule.to, top) - Math.max(rule.from, bottom);
        if (overlap <= 0)
            continue;
        if (rule.at - edge > EDGE_TOLERANCE)
            edge = rule.at;
        covered.set(edge, (covered.get(edge) ?? 0) + overlap);
    }
    const edges = [...covered].filter(([, length]) => length >= height * MIN_RULE_COVERAGE).map(([x]) => x);
    if (edges.length < 3)
        return undefined;
    return edges.slice(1).map((x1, index) => ({ x0: edges[index] ?? 0, x1 }));
}
function columnOf(run, columns) {
    const center = (run.x0 + run.x1) / 2;
    let best = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    columns.forEach((column, index) => {
        const overlap = Math.min(run.x1, column.x1) - Math.max(run.x0, column.x0);
        const distance = overlap > 0 ? -overlap : Math.min(Math.abs(center - column.x0), Math.abs(center - column.x1));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = index;
        }
    });
    return best;
}
/** Whether a piece, a segment or any extent overlaps one of `columns`. */
function overlaps(part, columns) {
    return columns.some((column) => Math.min(part.x1, column.x1) > Math.max(part.x0, column.x0));
}
/**
 * Each piece's column. A piece in the gap between two columns — a heading set flush left in its cell over
 * numbers set flush right ("Faktisk antal" / "be-" / "skæftigede") — takes the column of a piece on another line
 * that starts or ends where it does and reaches into a column; failing that, the column to its right, as the
 * cell it starts in ends there.
 */
function assignColumns(lines, columns) {
    const runs = flatMapped(lines, pieces);
    const assigned = new Map();
    for (const run of runs)
        assigned.set(run, columnOf(run, columns));
    for (const run of runs) {
        if (overlaps(run, columns))
            continue;
        const anchor = runs.find((other) => other !== run &&
            overlaps(other, columns) &&
            (Math.abs(other.x0 - run.x0) <= EDGE_TOLERANCE || Math.abs(other.x1 - run.x1) <= EDGE_TOLERANCE));
        const right = columns.findIndex((column) => column.x0 >= run.x1);
        if (anchor)
            assigned.set(run, assigned.get(anchor) ?? 0);
        else if (right !== -1)
            assigned.set(run, right);
    }
    return assigned;
}
function cellsOf(lines, columns) {
    // One list of line texts per column, in reading order.
    const parts = columns.map(() => []);
    const assigned = assignColumns(lines, columns);
    for (const line of lines) {
        const byColumn = new Map();
        for (const run of pieces(line).sort((a, b) => a.x0 - b.x0)) {
            const index = assigned.get(run) ?? columnOf(run, columns);
            const texts = byColumn.get(index);
            if (texts)
                texts.push(run.text.trim());
            else
                byColumn.set(index, [run.text.trim()]);
        }
        for (const [index, texts] of byColumn)
            parts[index]?.push(texts.join(' '));
    }
    return parts.map((texts) => [texts.join('\n')]);
}
/**
 * The columns with a column added for each heading that stands in the gap before a column headed on its own line by
 * another heading, a segment apart (`2022` between the labels and `2023` over `108`): a column whose body cells are
 * all empty, which the data rows' pieces do not show. A heading in the gap before a column with no other heading on
 * its line is that column's (flush left over numbers set flush right, `assignColumns`).
 */
function withEmptyColumns(header, columns) {
    let added;
    for (const line of header) {
        // Segments, not runs: the words of one heading set a word per item (`Faktisk` `antal`) are one segment. A year
        // is a heading of its own in any case: beside another year, set close (`2022 2023`), its run is.
        const years = pieces(line).filter((run) => YEAR_HEADING.test(run.text.trim()));
        // Each kind of heading beside its own kind: a segment beside the line's other segments, a year beside its years.
        for (const parts of years.length >= 2 ? [line.segments, years] : [line.segments]) {
            for (const part of parts) {
                if (overlaps(part, columns) || added?.some((column) => column.x0 === part.x0))
                    continue;
                const right = columns.findIndex((column) => column.x0 >= part.x1);
                const column = columns[right];
                if (right < 1 || !column || !parts.some((other) => other !== part && overlaps(other, [column])))
                    continue;
                added ??= [...columns];
                added.push({ x0: part.x0, x1: part.x1 });
            }
        }
    }
    return added ? added.sort((a, b) => a.x0 - b.x0) : columns;
}
/** A mark that wrapped onto its own line in a narrow cell belongs to the text before it: `2024` + `*`. */
const TRAILING_MARK = /^[*†)\]¹²³⁴⁵⁶⁷⁸⁹]+$/u;
function cellText(lines) {
    const parts = [];
    for (const line of lines) {
        const last = parts.length - 1;
        if (last >= 0 && TRAILING_MARK.test(line))
            parts[last] += line;
        else
            parts.push(line);
    }
    return joinLines(parts);
}
/** Build the table from its lines (header and body) and its columns. */
export function buildTable(lines, rules) {
    // Each line asked once: both tests read every piece of the line as a number.
    const isData = lines.map((line) => hasValues(line) && !isYearHeader(line));
    // The table's first line heads it where its values are years and the next line's are not (`Mia. kr., 2017-pl
    // 2017` over `Kommuner   16,3`): a header of one year, which `isYearHeader` (two years) leaves a row.
    if (isData[0] && isData[1] && yearsOnly(lines[0]) && !yearsOnly(lines[1]))
        isData[0] = false;
    headFigureLines(lines, isData);
    const firstData = isData.indexOf(true);
    if (firstData === -1)
        return undefined;
    const data = lines.filter((_, index) => isData[index]);
    const top = Math.max(...lines.map((line) => line.y + line.size));
    const bottom = Math.min(...lines.map((line) => line.y));
    const left = Math.min(...lines.map((line) => line.x0));
    const right = Math.max(...lines.map((line) => line.x1));
    const lattice = latticeColumns(rules, top, bottom, left, right);
    const columns = lattice ?? withEmptyColumns(lines.slice(0, firstData), streamColumns(data));
    if (columns.length < 2)
        return undefined;
    const uncertain = !lattice && data.some((line) => pieces(line).length !== columns.length);
    const rows = [];
    const headerEnd = firstData - groupRowsUnderHeader(lines.slice(0, firstData), columns);
    const header = lines.slice(0, headerEnd);
    const body = lines.slice(headerEnd);
    const labelRight = labelColumnReach(body, columns);
    const pitches = rowPitches(body, isData.slice(headerEnd));
    // Whether the row being built has a line with values: only a line with values starts such a row.
    let valued = false;
    for (const line of body) {
        const above = rows.at(-1)?.at(-1);
        const values = hasValues(line);
        if (values || !above || startsGroupRow(above, line, columns, labelRight, pitches, valued)) {
            rows.push([line]);
            valued = values;
        }
        else
            rows.at(-1)?.push(line);
    }
    // A piece pdf.js gave as one item over several value columns is cut into them where it reads so (`splitAtGaps`).
    const width = characterWidth(body, columns);
    const split = rows.map((group) => (width === undefined ? group : group.map((line) => withRunsSplit(line, columns, width, false))));
    const cells = [
        header.length > 0 ? headerRow(header, columns, body) : columns.map(() => ''),
        ...split.map((group) => rowCells(group, columns)),
    ];
    const spanning = split.some((group) => group.some((line) => holdsSpanningCells(line, columns)) || labelSpansCells(group, columns))
        ? SPANNING_CELLS
        : undefined;
    return builtTable(withHeadingLinesJoined(cells), lattice ? 'pdf-lattice' : 'pdf-stream', uncertain, columns, spanning);
}
/**
 * How many of the header's last lines are a group's heading row (`Inseminationer` over `Fald i antal inseminationer
 * 769 966`), not the label column's heading: lines holding a label alone, under header lines that hold headings over
 * the value columns and nothing over the label column. A label column's heading set on the header's last line stands
 * beside value headings there (`Region  beskæftigede  pct.`).
 */
function groupRowsUnderHeader(header, columns) {
    const labelOnly = (line) => pieces(line).every((run) => columnOf(run, columns) === 0);
    let count = 0;
    while (count < header.length - 1 && labelOnly(header[header.length - 1 - count]))
        count++;
    if (count === 0)
        return 0;
    const above = header.slice(0, header.length - count);
    return above.every((line) => pieces(line).every((run) => columnOf(run, columns) > 0)) ? count : 0;
}
/** How many lines before a row whose values are all numbers may be the header's lines holding figures. */
const MAX_FIGURE_HEADER_LINES = 3;
/** Whether the pieces after a line's first hold figures that are no values (`1 kr. – 1.000`, `1.001 kr. –`), two and half at least. */
function holdsFigureHeadings(line) {
    const values = pieces(line).slice(1);
    const figures = values.filter((run) => DIGIT.test(run.text) && !isNumericToken(run.text)).length;
    return figures >= 2 && figures * 2 >= values.length;
}
/** Whether every piece after a line's first is a number or a no-value mark, two at least. */
function holdsValuesOnly(line) {
    const values = pieces(line).slice(1);
    return values.length >= 2 && values.every((run) => isNumericToken(run.text));
}
/**
 * The header's lines that hold figures — intervals as headings (`Årligt køb i  1 kr. – 1.000  1.001 kr. –  …  10.001
 * kr.` / `intervallet  kr.  2.500 kr.  …`) — marked as no rows: the table's first line with values holds figures that
 * are no values, two and half of its pieces at least, and a line close below holds values only (`Antal personer
 * 1.621.381 …`). Rows after it may hold such figures (`Merudgift (kr.)  0 - 178  …`): they stay rows.
 */
function headFigureLines(lines, isData) {
    const first = isData.indexOf(true);
    if (first === -1 || !holdsFigureHeadings(lines[first]))
        return;
    const end = Math.min(lines.length, first + MAX_FIGURE_HEADER_LINES + 1);
    for (let at = first + 1; at < end; at++) {
        if (!holdsValuesOnly(lines[at]))
            continue;
        isData.fill(false, first, at);
        return;
    }
}
/**
 * Whether a row is more of the header's lines read as a row: no label, and each cell words without a digit
 * (`Samtykke`) or a footnote's number alone (`3`) — a heading wrapped under the header line, with its mark, which
 * reads as a line with values.
 */
function isHeadingLine(row) {
    const [label, ...rest] = row;
    return (label === '' &&
        rest.some((cell) => cell !== '') &&
        rest.every((cell) => cell === '' || HEADING_FOOTNOTE_MARK.test(cell) || !DIGIT.test(cell)));
}
/**
 * The cells with the header's wrapped lines joined to it: the rows under the header that are its lines
 * (`isHeadingLine`: `Antal Med` over `Samtykke` over `1`), before a row with a label — each cell's text put after the
 * heading's above it.
 */
function withHeadingLinesJoined(cells) {
    let count = 0;
    while (count + 2 < cells.length && isHeadingLine(cells[count + 1] ?? []))
        count++;
    const next = cells[count + 1];
    if (count === 0 || !next || next[0] === '')
        return cells;
    const header = (cells[0] ?? []).map((heading, column) => [heading, ...cells.slice(1, count + 1).map((row) => row[column] ?? '')].filter((text) => text !== '').join(' '));
    return [header, ...cells.slice(count + 1)];
}
/** How far right the label column's text reaches in any row: the least width its cells have. */
function labelColumnReach(lines, columns) {
    let reach = Number.NEGATIVE_INFINITY;
    for (const line of lines)
        for (const run of pieces(line))
            if (columnOf(run, columns) === 0)
                reach = Math.max(reach, run.x1);
    return reach;
}
/** The words a row label's line ends on where its next line goes on with it: `Budgettal fra` / `FL`, `A og` / `B`. */
const OPEN_LABEL_END = /(?:\s(?:af|for|fra|i|med|og|på|samt|til|uden|eller|ved|om)|[-–+&,(/])$/u;
/**
 * Whether a line without values under a row is a row of its own — a group's heading over the rows after it
 * (`Stemmer afgivet på afstemningsstedet på valgdagen`, no values) — rather than the row's label wrapped: it starts
 * with a capital, the label line above ends on no open word, and — where the table's rows stand further apart than
 * a cell's wrapped lines (`rowPitches`) — it stands more than a wrapped line's step below the line above; elsewhere,
 * the line's first word would have fitted after that label within the width other labels of the column reach, so
 * the label did not wrap there. (The widths underrate a cell: its longest label wrapped before its edge.)
 */
function startsGroupRow(above, line, columns, labelRight, pitches, valued) {
    const text = line.text.trim();
    const first = pieces(line)[0];
    if (!first || !/^\p{Lu}/u.test(text))
        return false;
    const label = pieces(above).filter((run) => columnOf(run, columns) === 0);
    const last = label.at(-1);
    if (!last || OPEN_LABEL_END.test(label.map((run) => run.text.trim()).join(' ')))
        return false;
    // Where the table's rows stand further apart than a cell's wrapped lines, the step to the line says which it is.
    if (pitches && above.page === line.page)
        return above.y - line.y > pitches.wrapped + (pitches.row - pitches.wrapped) * ROW_STEP_SHARE;
    if (valued && wordsUnderValues(line, columns))
        return true;
    const charWidth = (first.x1 - first.x0) / Math.max(1, first.text.length);
    const word = (/^\S+/u.exec(text)?.[0] ?? '').length * charWidth;
    return last.x1 + charWidth + word <= labelRight;
}
/**
 * Whether a line without values holds words under two value columns or more (`Omfattede  Bh.kl.  Bh.kl.-1.  …`):
 * under a row of values, a row of text cells, not its label wrapped.
 */
function wordsUnderValues(line, columns) {
    const under = new Set();
    for (const run of pieces(line))
        for (const column of coveredColumns(run, columns))
            under.add(column);
    return under.size >= 2;
}
/**
 * How much more than a wrapped line's step, as a share of the difference to a row's, a line stands below the one
 * above to start a row of its own (the difference is a cell's padding: Chromium's 14.3 pt against 16.5 pt at 11 pt).
 */
const ROW_STEP_SHARE = 0.25;
/** Rows must stand this share of the font size further apart than wrapped lines for the steps to tell them apart. */
const MIN_PADDING = 0.1;
/** A wrapped line's start: a word in lower case, or a bracket (`Forventet fødsler pr. behandling` / `(pct.)*`). */
const WRAPPED_START = /^[\p{Ll}(]/u;
/**
 * The least baseline step between a line and the wrapped line under it (no values, `WRAPPED_START`: `Brevstemmer, der
 * ikke kom i` / `betragtning 1 …`) and between two rows of values, on one page; undefined unless both are seen and rows
 * stand further apart (`MIN_PADDING`): a table whose cells have no padding is read by `startsGroupRow`'s widths alone.
 */
function rowPitches(body, isData) {
    let wrapped = Number.POSITIVE_INFINITY;
    let row = Number.POSITIVE_INFINITY;
    for (let at = 1; at < body.length; at++) {
        const above = body[at - 1];
        const line = body[at];
        if (above.page !== line.page)
            continue;
        const step = above.y - line.y;
        if (step <= 0)
            continue;
        if (isData[at - 1] && isData[at])
            row = Math.min(row, step);
        else if (!isData[at] && !hasValues(line) && WRAPPED_START.test(line.text.trim()))
            wrapped = Math.min(wrapped, step);
    }
    const size = body[0]?.size ?? 0;
    return Number.isFinite(wrapped) && Number.isFinite(row) && row - wrapped >= size * MIN_PADDING ? { wrapped, row } : undefined;
}
/** A row's cells: the texts of its lines in each column, a cell's lines joined. */
function rowCells(group, columns) {
    return cellsOf(group, columns).map(([text = '']) => cellText(text.split('\n')));
}
/** Why a table is doubted where a row's piece after its label still stands over several value columns. */
const SPANNING_CELLS = "a row's text after its label stands over several value columns as one piece: its cells may have run together";
/**
 * Whether a line's piece after its first stands over two value columns or more (`Omfattede  Bh.kl. Bh.kl.-1. …` that
 * `splitAtGaps` could not cut): the cells of a row given as one text item. A line's first piece may span the columns
 * (a group's heading row).
 */
function holdsSpanningCells(line, columns) {
    return pieces(line)
        .slice(1)
        .some((run) => coveredColumns(run, columns).length >= 2);
}
/**
 * Whether a row's label piece stands over two value columns or more while the row has cells of its own under them
 * (`Omfattede klassetrin Bh.kl. Bh.kl.-1. …` as one item, `kl.` `kl.` … under it): the row's cells ran into its label.
 * A group's heading row spans the columns alone.
 */
function labelSpansCells(group, columns) {
    const labels = group.map((line) => pieces(line)[0]).filter((run) => run !== undefined && coveredColumns(run, columns).length >= 2);
    if (labels.length === 0)
        return false;
    return group.some((line) => pieces(line).some((run) => !labels.includes(run) && columnOf(run, columns) > 0));
}
/**
 * The table node of `cells` (header first), marked with its reader and, where its cells look misread (or `seen`, a
 * doubt its pieces showed), why.
 */
function builtTable(cells, reader, uncertain, columns, seen) {
    const doubt = tableDoubt(cells) ?? seen;
    return { table: { ...tableNode(cells), data: { reader, ...(doubt ? { positionsDoubted: doubt } : {}) } }, uncertain, columns };
}
/** Fewest rows a table of words needs under its header (`buildWordTable`). */
const MIN_WORD_ROWS = 2;
/**
 * A table of words only under `Tabel N` (`Sanktionssats  Ydelsesinterval` / `200 kr.  Mindre end 5.633 kr. pr.
 * måned.` …), which `buildTable` (rows are lines with values) does not read: the first line is the header, a line
 * with a piece in the first column starts a row, any other line goes on in the row above (a cell's wrapped text);
 * columns from the rows' pieces. Asked only where a label announced a table. Undefined unless the header has a
 * heading over every column and two rows or more have a piece in every column.
 */
export function buildWordTable(lines) {
    const [header, ...body] = lines;
    if (!header || body.length < MIN_WORD_ROWS)
        return undefined;
    const columns = mergeRanges(flatMapped(body, pieces));
    if (columns.length < 2 || !headsColumns(header, columns))
        return undefined;
    const [first] = columns;
    const rows = [];
    for (const line of body) {
        if (pieces(line).some((run) => first && overlaps(run, [first])) || rows.length === 0)
            rows.push([line]);
        else
            rows.at(-1)?.push(line);
    }
    const full = rows.filter((group) => columns.every((column) => group.some((line) => pieces(line).some((run) => overlaps(run, [column])))));
    if (full.length < MIN_WORD_ROWS)
        return undefined;
    return builtTable([headerRow([header], columns), ...rows.map((group) => rowCells(group, columns))], 'pdf-stream', false, columns);
}
/**
 * Whether a line reads as a line of a header row over `columns`: its pieces each over a column of its own (or in the
 * gap before one: a heading set flush left over numbers set flush right), no two over one — `Kommune` over the labels
 * and `Befolkning` over the values, set so close that the line reads as one segment of text, not a table's line. Two
 * pieces at least; or, where `wrapped` (a heading's lines wrapped in its narrow cell, under a line of the header), one
 * piece over a value column (`landmand (ha)` under `… hos en`).
 */
export function headsColumns(line, columns, wrapped = false) {
    const runs = pieces(line);
    if (runs.length > columns.length || runs.length === 0)
        return false;
    const [only] = runs;
    const [labels] = columns;
    // A piece alone stands over the value columns only: a caption's line starts over the labels.
    if (runs.length === 1 && !(wrapped && only && labels && overlaps(only, columns) && !overlaps(only, [labels])))
        return false;
    const taken = new Set();
    for (const run of runs) {
        // In the gap: the column to its right, as the cell it starts in ends there (as `assignColumns` places it).
        const index = overlaps(run, columns)
            ? columnOf(run, columns)
            : columns.findIndex((column) => column.x0 >= run.x1 && column.x0 - run.x1 <= HEADING_REACH);
        if (index === -1 || taken.has(index))
            return false;
        taken.add(index);
    }
    return true;
}
/** A heading set flush left in its cell may end this far (points) before its column of numbers set flush right starts. */
const HEADING_REACH = 40;
/**
 * The header row. A heading line with fewer labels than value columns, above the line that heads every column, is a
 * group heading ("Mænd", "Kvinder" over "2022 2023 2022 2023"): when the value columns divide evenly into its
 * groups, each label heads its group, and a column's heading becomes "Mænd 2022".
 */
function headerRow(header, columns, body = []) {
    const valueColumns = columns.length - 1;
    const lines = [...header];
    const groups = Array(columns.length).fill('');
    // A heading line whose every piece stands over two or more columns (a cell spanning them: "Fordeling på løn/drift"
    // over "Løn" and "Drift") heads each column it covers.
    // Its segments, not its runs: a producer may set the heading's words apart.
    while (lines.length > 1) {
        const segments = lines[0].segments;
        const spans = segments.map((segment) => coveredColumns(segment, columns));
        if (spans.some((covered) => covered.length < 2))
            break;
        // Headings given as one text item whose words fall one column each, a word each (`Juli Aug. Sept. …` over the
        // months' columns), are each column's own, not one heading over them all (`withRunsSplit`); a heading of several
        // words over its columns stays one (`Fordeling på løn/drift` over `Løn` and `Drift`).
        if (segments.some((segment) => segment.runs.some((run) => wordPerColumn(run, columns)) || headingsSetClose(segment, columns)))
            break;
        segments.forEach((segment, at) => {
            for (const column of spans[at] ?? [])
                groups[column] = joinLines([groups[column] ?? '', segment.text.trim()]);
        });
        lines.shift();
    }
    while (lines.length > 1) {
        const labels = pieces(lines[0]);
        const count = labels.length;
        if (count < 2 || count >= valueColumns || valueColumns % count !== 0 || labels.some((run) => isNumericToken(run.text)))
            break;
        // Headings set so close that they came out as one piece, a word over each column (`Antal Hovedstaden Sjælland …`
        // beside `Hele`): each column's own, not groups.
        if (labels.some((run) => wordPerColumn(run, columns)))
            break;
        const width = valueColumns / count;
        labels
            .sort((a, b) => a.x0 - b.x0)
            .forEach((run, group) => {
            for (let column = 1 + group * width; column <= (group + 1) * width; column++)
                groups[column] = joinLines([groups[column] ?? '', run.text.trim()]);
        });
        lines.shift();
    }
    const width = characterWidth([...header, ...body], columns);
    const cells = cellsOf(lines.map((line) => withRunsSplit(line, columns, width)), columns).map(([text = '']) => cellText(text.split('\n')));
    return withWrappedStartsMoved(cells).map((text, column) => joinLines([groups[column] ?? '', text]));
}
/**
 * A line above a table's rows with its pieces over several columns split into their words' columns as the header
 * row splits them (`withRunsSplit`, a character's width read from `lines`, the table's): the line a header's
 * headings set close make (`Antal Hovedstaden Sjælland …`, one piece), to be asked whether it heads the columns.
 */
export function withHeadingsSplit(line, columns, lines) {
    return withRunsSplit(line, columns, characterWidth(lines, columns));
}
/**
 * A heading's last word that starts with a capital, after another word, and the words in lower case after it: `Hele`
 * in `Nordjylland Hele`, `Pr. måned,` in `Dec. Pr. måned,` (over `april-dec.`).
 */
const CAPITAL_LAST_WORD = /\s(\p{Lu}[\p{L}.,]*(?:\s\p{Ll}[\p{L}.,]*)*)$/u;
/**
 * Headings whose wrapped second line stands in the next column: `Nordjylland Hele` / `landet` where the columns read
 * `Nordjylland` / `Hele landet` (a heading's first line set so close to the one before that their words were shared
 * out by their share of the line, `splitRun`). A heading opens with a capital; one that opens in lower case takes the
 * capitalised last word of its left neighbour's heading and the words in lower case after it (`Dec. Pr. måned,` /
 * `april-dec.`: `Dec.` / `Pr. måned, april-dec.`), where that heading keeps a word of its own.
 */
function withWrappedStartsMoved(headings) {
    const moved = [...headings];
    for (let column = 2; column < moved.length; column++) {
        const text = moved[column] ?? '';
        const left = moved[column - 1] ?? '';
        const last = CAPITAL_LAST_WORD.exec(left);
        if (!LOWERCASE_HEADING.test(text) || !last?.[1])
            continue;
        moved[column - 1] = left.slice(0, last.index);
        moved[column] = `${last[1]} ${text}`;
    }
    return moved;
}
/**
 * A heading line with each piece that stands over several columns split into its words' columns, where the words
 * fall so: headings set so close that the producer gave them as one text item (`Hovedstaden Sjælland Syddanmark …`
 * over six value columns, `jan. feb.` over two). A word's place is read from its characters' share of the piece's
 * width (no item gives its glyphs' places); each column the piece covers must get a word at least, else the piece
 * stays whole (a heading that spans its columns: those stand on the lines above, `headerRow`'s groups). Where
 * `width` (a character's) is known, a piece wider than its characters is first cut where its groups meet the columns'
 * edges (`splitAtGaps`); `shared: false` (a row's pieces) cuts only so, never by the characters' share.
 */
function withRunsSplit(line, columns, width, shared = true) {
    let split = false;
    const spacing = shared ? WIDE_SPACING : CELLS_SPACING;
    const segments = line.segments.map((segment) => {
        const runs = segment.runs.flatMap((run) => {
            const parts = (width !== undefined ? splitAtGaps(run, columns, width, spacing) : undefined) ?? (shared ? splitRun(run, columns) : [run]);
            if (parts.length > 1)
                split = true;
            return parts;
        });
        return { ...segment, runs };
    });
    return split ? { ...line, segments } : line;
}
/**
 * Whether a heading line's segment is headings set close, each phrase over a value column of its own
 * (`Folketingsvalget i` over each of three columns, its headings set flush right, 12 pt apart: closer than a cell gap,
 * wider than a word space), not one heading spanning the columns it covers.
 */
function headingsSetClose(segment, columns) {
    if (segment.runs.length < 2)
        return false;
    const taken = new Set();
    for (const run of segment.runs) {
        const covered = coveredColumns(run, columns, 0);
        const [column] = covered;
        if (covered.length !== 1 || column === undefined || taken.has(column))
            return false;
        taken.add(column);
    }
    return true;
}
/** Fewest pieces over one column each that a character's width is read from, and the fewest characters of each. */
const MIN_MEASURED_PIECES = 2;
const MIN_MEASURED_LENGTH = 3;
/**
 * The width of a character in a table's text (`lines`: its header and body, or its body): the median of the pieces
 * that stand over one column at most, their width by their characters (each piece's own text, no gap inside).
 * Undefined where fewer than two such pieces are.
 */
function characterWidth(lines, columns) {
    const widths = [];
    for (const line of lines) {
        for (const run of pieces(line)) {
            const length = run.text.trim().length;
            if (length >= MIN_MEASURED_LENGTH && coveredColumns(run, columns, 0).length <= 1)
                widths.push((run.x1 - run.x0) / run.text.length);
        }
    }
    return widths.length >= MIN_MEASURED_PIECES ? median(widths) : undefined;
}
/**
 * A header's piece no narrower than its characters (at the table's width of a character) is cut where its groups meet
 * the columns' edges (`splitAtGaps`) before its characters' share is tried: right-aligned headings given as one item
 * (`2006 Time 7 2006 Time 16 …`, 6% wider than its characters) are misplaced by the share near every gap.
 */
const WIDE_SPACING = 1.0;
/**
 * The same for a row's piece over several value columns, which nothing else splits (`rowCells`): its cells' gaps may be
 * narrow (`Bh.kl.-1.  Bh.kl.-2.` in columns 41 pt apart); the groups' fit to the columns' edges is the evidence.
 */
const CELLS_SPACING = 1.05;
/** How far (in characters) a group of words placed by `splitAtGaps` may end or start from its column's edge. */
const GAP_SPLIT_TOLERANCE = 3;
/**
 * A piece that pdf.js gave as one text item over several columns, its headings apart by gaps wider than a space
 * (`blok- ved udeladt ved udeladt …` over six columns, set flush right): split into one group of words per column it
 * covers, the boundaries where each group, its words placed at `width` a character and the gaps taking what is left,
 * ends nearest its column's right edge or starts nearest its left. Undefined where the piece is narrower by its
 * characters than `spacing` times `width` (`splitRun` shares it out by their share), or where a group stands more than
 * `GAP_SPLIT_TOLERANCE` characters from both edges of its column.
 */
function splitAtGaps(run, columns, width, spacing = WIDE_SPACING) {
    const covered = coveredColumns(run, columns, 0);
    const count = covered.length;
    // The cheap tests first: most pieces stand over one column.
    if (count < 2 || (run.x1 - run.x0) / run.text.length < width * spacing)
        return undefined;
    const words = [...matchesOf(/\S+/gu, run.text)];
    if (words.length < count)
        return undefined;
    // What the gaps between the columns take beyond a space's character, each.
    const gap = (run.x1 - run.x0 - width * run.text.length) / (count - 1);
    const start = (word, boundaries) => run.x0 + width * (words[word]?.index ?? 0) + gap * boundaries;
    const end = (word, boundaries) => start(word, boundaries) + width * (words[word]?.[0].length ?? 0);
    // cost[j][i]: the least sum of distances with the first i words in the first j groups; from[j][i]: where group j starts.
    const cost = Array.from({ length: count + 1 }, () => Array(words.length + 1).fill(Number.POSITIVE_INFINITY));
    const from = Array.from({ length: count + 1 }, () => Array(words.length + 1).fill(0));
    cost[0][0] = 0;
    for (let group = 1; group <= count; group++) {
        const column = columns[covered[group - 1]];
        for (let last = group; last <= words.length - (count - group); last++) {
            for (let first = group - 1; first < last; first++) {
                const before = cost[group - 1]?.[first] ?? Number.POSITIVE_INFINITY;
                if (!Number.isFinite(before))
                    continue;
                const distance = Math.min(Math.abs(end(last - 1, group - 1) - column.x1), Math.abs(start(first, group - 1) - column.x0));
                if (distance > GAP_SPLIT_TOLERANCE * width)
                    continue;
                if (before + distance < (cost[group]?.[last] ?? Number.POSITIVE_INFINITY)) {
                    ;
                    cost[group][last] = before + distance;
                    from[group][last] = first;
                }
            }
        }
    }
    if (!Number.isFinite(cost[count]?.[words.length] ?? Number.POSITIVE_INFINITY))
        return undefined;
    const parts = [];
    for (let group = count, last = words.length; group > 0; group--) {
        const first = from[group]?.[last] ?? 0;
        const text = words
            .slice(first, last)
            .map((word) => word[0])
            .join(' ');
        parts.unshift({ ...run, text, x0: start(first, group - 1), x1: end(last - 1, group - 1) });
        last = first;
    }
    return parts;
}
/** Whether a piece splits into its columns a word each (`splitRun`): headings, not one heading spanning them. */
function wordPerColumn(run, columns) {
    const parts = splitRun(run, columns);
    return parts.length > 1 && parts.every((part) => !part.text.includes(' '));
}
/** A piece over two columns or more as one piece per column its words fall in (`withRunsSplit`), or itself. */
function splitRun(run, columns) {
    const covered = coveredColumns(run, columns, 0);
    if (covered.length < 2 || !run.text.includes(' '))
        return [run];
    const perCharacter = (run.x1 - run.x0) / run.text.length;
    const parts = [];
    for (const word of matchesOf(/\S+/gu, run.text)) {
        const x0 = run.x0 + word.index * perCharacter;
        const piece = { ...run, text: word[0], x0, x1: x0 + word[0].length * perCharacter };
        const column = columnOf(piece, columns);
        const last = parts.at(-1);
        if (last && last.column === column)
            last.run = { ...last.run, text: `${last.run.text} ${piece.text}`, x1: piece.x1 };
        else
            parts.push({ column, run: piece });
    }
    const columnsOfParts = new Set(parts.map((part) => part.column));
    return columnsOfParts.size === covered.length && columnsOfParts.size === parts.length ? parts.map((part) => part.run) : [run];
}
/** The columns from `from` on (by default the value columns, not the label column) a heading segment stands over. */
function coveredColumns(part, columns, from = 1) {
    const covered = [];
    columns.forEach((column, index) => {
        if (index >= from && part.x0 < column.x1 - EDGE_TOLERANCE && part.x1 > column.x0 + EDGE_TOLERANCE)
            covered.push(index);
    });
    return covered;
}
/**
 * Whether two lines are a table of one row under a header of years (`2007  2008  2009  2010` over `Hektar
 * brakarealer  170.199  85.047  43.852  38.382`): the first line's words years rising, two at least, the second a
 * label and as many values. Words, not pieces: a producer may give close headings as one item. (The text path's
 * period headings, `2019K1`, are its own: layout/pdf reads no text-table module but through `text-tables.ts`.)
 */
export function yearsOverRow(header, row) {
    const years = header.text.trim().split(/\s+/u);
    if (years.length < 2 || !years.every((year) => YEAR_HEADING.test(year)))
        return false;
    if (!years.every((year, at) => at === 0 || Number.parseInt(year, 10) > Number.parseInt(years[at - 1] ?? '', 10)))
        return false;
    const words = row.text.trim().split(/\s+/u);
    const values = words.slice(-years.length);
    return words.length > years.length && values.every(isNumericToken) && !isNumericToken(words[words.length - years.length - 1] ?? '');
}
/** A heading set over a value may be a year with a mark (`2023*`): still no value of a row. */
const YEAR_MARKED = /^(?:19|20)\d{2}\*{0,3}$/u;
/** A line's cells read two ways, left to right: its runs, and its segments (`Mio.` `kr.` as one label). */
function cellReadings(line) {
    const runs = pieces(line).sort((a, b) => a.x0 - b.x0);
    return line.segments.length === runs.length ? [runs] : [runs, [...line.segments].sort((a, b) => a.x0 - b.x0)];
}
/** A period's code or a year, with a digit in every one (`R14`, `BO2025`, `2019K1`, `2023*`): a heading, not prose. */
const CODE_WORD = /^\p{L}{0,3}\d{2,4}(?:\p{L}\d{1,2})?\*{0,3}$/u;
/**
 * A header's cells read as its words, where every word is a period's code or a year (`CODE_WORD`): headings set so
 * close that they came out as one piece (`R14 R15 … BO2025`). Each word is placed by its characters' share of the
 * piece's width, as `splitRun` places them — roughly: the gaps between the headings were not even, so their places
 * are not tested, only that there are as many as values (the codes are the evidence).
 */
function codeWords(line) {
    const words = [];
    for (const run of pieces(line).sort((a, b) => a.x0 - b.x0)) {
        const perCharacter = (run.x1 - run.x0) / run.text.length;
        for (const word of matchesOf(/\S+/gu, run.text)) {
            if (!CODE_WORD.test(word[0]))
                return undefined;
            const x0 = run.x0 + word.index * perCharacter;
            words.push({ text: word[0], x0, x1: x0 + word[0].length * perCharacter });
        }
    }
    return words;
}
/**
 * Whether two lines are a table of one row under a header that stands over its values one heading each (`R14  R15
 * … BO2025` over `Mio. kr.  32,5  29,3 …`; `Årstal  1998  1999 …` over `Årselever  5.671  5.250 …`; `2018 … 2023*
 * I alt` over `Ansøgninger  2.748 …`): the second line a label and two values or more, the first as many headings
 * (or one more, the label column's own, left of the first value), each heading's middle between the values beside
 * its value — where the text stands says which heading is whose. Headings are words or years, no other values: two
 * rows of values are no header and a row. Cells are runs or segments, whichever reads so: a heading or a label may be
 * words (`I alt`, `Mio. kr.`), given as one text item or one a word; headings that are codes or years may be words of
 * one item (`codeWords`).
 */
export function headingsOverRow(header, row) {
    const rows = cellReadings(row);
    if (cellReadings(header).some((headings) => rows.some((cells) => headsRow(headings, cells))))
        return true;
    const words = codeWords(header);
    return words !== undefined && rows.some((cells) => headsRow(words, cells, false));
}
/** `headingsOverRow` for one reading of each line; `placed`: the headings' places are known, and must fit. */
function headsRow(allHeadings, cells, placed = true) {
    const [label, ...values] = cells;
    if (!label || values.length < 2 || isNumericToken(label.text) || !values.every((value) => isNumericToken(value.text)))
        return false;
    if (allHeadings.some((heading) => isNumericToken(heading.text) && !YEAR_MARKED.test(heading.text.trim())))
        return false;
    const corner = allHeadings.length === values.length + 1 ? allHeadings[0] : undefined;
    const headings = corner ? allHeadings.slice(1) : allHeadings;
    if (headings.length !== values.length)
        return false;
    if (corner && (corner.x0 + corner.x1) / 2 >= values[0].x0)
        return false;
    if (!placed)
        return true;
    return headings.every((heading, at) => {
        const middle = (heading.x0 + heading.x1) / 2;
        const from = at === 0 ? label.x1 : values[at - 1].x1;
        const to = values[at + 1]?.x0 ?? Number.POSITIVE_INFINITY;
        return middle > from && middle < to;
    });
}
/** Whether a line looks like part of a table: several pieces with gaps, or values. */
export function isTabular(line) {
    return line.segments.length >= 2 || hasValues(line);
}
//# sourceMappingURL=tables.js.map