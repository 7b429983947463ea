import { CLOSING } from '../markers.js';
import { cellPerLine } from './readers/cell-per-line.js';
import { columnMajor } from './readers/column-major.js';
import { columnMajorYears } from './readers/column-major-years.js';
import { headingApart } from './readers/heading-apart.js';
import { labelValue } from './readers/label-value.js';
import { periodBlocks } from './readers/period-blocks.js';
import { rowWise } from './readers/row-wise.js';
import { separated } from './readers/separated.js';
import { typedGrid } from './readers/typed-grid.js';
import { wordCells } from './readers/word-cells.js';
import { yearsLabelsValues } from './readers/years-labels-values.js';
import { CORNER_UNIT, entries, isDataCell, isTextCellLine, isYearHeading, MAX_TEXT_COLUMNS, risesInTime, tokens } from './table-lines.js';
/** Tried in this order: the layouts with the most evidence of columns first, the inferred column-major ones last. */
export const TEXT_TABLE_READERS = [
    { name: 'word-cells', read: wordCells },
    { name: 'separated', read: separated },
    { name: 'period-blocks', read: periodBlocks },
    { name: 'row-wise', read: rowWise },
    { name: 'label-value', read: labelValue },
    { name: 'cell-per-line', read: cellPerLine },
    { name: 'heading-apart', read: headingApart },
    { name: 'column-major', read: columnMajor },
    { name: 'column-major-years', read: columnMajorYears },
    { name: 'years-labels-values', read: yearsLabelsValues },
    { name: 'typed-grid', read: typedGrid },
];
/** The readers of tables set one cell per line, whose columns are read from the order of the cells. */
const ONE_CELL_PER_LINE = new Set([
    'cell-per-line',
    'heading-apart',
    'column-major',
    'column-major-years',
    'years-labels-values',
    'typed-grid',
]);
/** The readers of tables set one cell per line under a header row of years: given the years one a line (`yearsOneALine`). */
const YEARS_HEADER = new Set(['cell-per-line', 'column-major-years', 'years-labels-values']);
/** The readers of tables set one cell per line: the only ones trusted to find a table that no `Tabel N` announces. */
export const CELL_PER_LINE_READERS = TEXT_TABLE_READERS.filter((reader) => ONE_CELL_PER_LINE.has(reader.name));
/** The mark at a page's foot that the letter goes on overleaf (`./.`, `. / .`): no cell of a table it interrupts. */
const PAGE_TURN = /^\s*\.\s?\/\s?\.\s*$/u;
/**
 * The header row's years set on one line (`2014 2015 2016 … 2025`) where the rest of the table is one cell a line, as
 * a rendition gives a table whose header row it kept and whose columns it lost: each year a line of its own, as the
 * one-cell-a-line readers read a header. Only a line of years alone, rising, two or more; other lines as they are.
 */
export function yearsOneALine(lines) {
    let changed = false;
    const result = [];
    for (const line of lines) {
        const parts = tokens(line);
        if (parts.length >= 2 && parts.every(isYearHeading) && risesInTime(parts)) {
            result.push(...parts);
            changed = true;
        }
        else
            result.push(line);
    }
    return changed ? result : lines;
}
/** A table from the lines of its body, named by the reader that read it; undefined when text has lost its structure. */
export function tableFromText(lines, readers = TEXT_TABLE_READERS) {
    const body = lines.filter((line) => line.trim() !== '' && !PAGE_TURN.test(line));
    if (body.length === 0)
        return undefined;
    let split;
    for (const reader of readers) {
        const yearsHeader = YEARS_HEADER.has(reader.name);
        if (yearsHeader)
            split ??= yearsOneALine(body);
        const table = reader.read(yearsHeader ? (split ?? body) : body);
        if (!table)
            continue;
        // Wider than a page: the same lines read the wrong way round (`MAX_TEXT_COLUMNS`); a line that sets out its
        // cells itself (`År 2000 2001 …`) is taken at its word.
        if (ONE_CELL_PER_LINE.has(reader.name) && (table.children[0]?.children.length ?? 0) > MAX_TEXT_COLUMNS)
            continue;
        return { ...table, data: { ...table.data, reader: reader.name } };
    }
    return undefined;
}
/**
 * The table the longest run of lines from the first reads as, and how many lines that is: a table set one cell per
 * line may be followed by lines of the same shape that are not its own (the letterhead's column of short lines,
 * set after the table in the text). The run ends on a data cell, and the line after it, if any, is none: a table
 * is not cut between two of its cells.
 */
export function longestTable(lines, readers = TEXT_TABLE_READERS) {
    for (let length = lines.length; length >= 2; length--) {
        const next = lines[length];
        if (!isDataCell(lines[length - 1] ?? '') || (next !== undefined && isDataCell(next)))
            continue;
        const table = tableFromText(lines.slice(0, length), readers);
        if (table)
            return rowFollows(lines.slice(length)) ? undefined : { table, length };
    }
    return undefined;
}
/** Lines a row's label may take before its values. */
const MAX_LABEL_LINES = 4;
/**
 * Whether the lines after a cut look like one more row, read or not: a label of a few lines, then a data cell
 * (`Andel direkte i fleksjob` / `pct.` / `40` …). A table cut there would lose that row without a word.
 */
function rowFollows(rest) {
    // A unit in a corner (`Forslaget` / `1.000 kr.` / labels …) opens the next table, not a row of this one.
    const start = rest.findIndex((line) => isDataCell(line) && !CORNER_UNIT.test(line.trim()));
    return start !== -1 && start <= MAX_LABEL_LINES;
}
/** Most lines a text cell wraps onto. */
const MAX_TEXT_CELL_LINES = 4;
/**
 * Whether the lines after a table read column by column (`data.columnMajor`) can be one more column of its rows,
 * of text cells (`Færgerute` / `Personfærge om` / `sommeren` / `Stigsnæs-Agersø` / …): at least as many entries as
 * the table has rows and at most `MAX_TEXT_CELL_LINES` lines a row, each a text cell's line (`isTextCellLine`), no
 * digit (the letterhead's column set after a table has its street, postcode and numbers) and no letter's closing.
 * The column's heading then stood among the headings the reading took — a heading read as a row — and a text cell
 * may wrap onto lines that start in capitals, so its cells cannot be told apart either: the table's cells are lost.
 */
export function textColumnFollows(table, rest) {
    const rows = table.children.length - 1;
    const lines = rest.map((line) => line.trim()).filter((line) => line !== '');
    return (table.data?.columnMajor === true &&
        rows >= 2 &&
        entries(lines).length >= rows &&
        lines.length <= rows * MAX_TEXT_CELL_LINES &&
        lines.every((line) => isTextCellLine(line) && !/\d/u.test(line) && !CLOSING.test(line)));
}
//# sourceMappingURL=table-readers.js.map