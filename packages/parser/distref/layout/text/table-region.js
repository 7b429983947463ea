import { toString as nodeToString } from 'mdast-util-to-string';
import { isMonthName } from '../../util/dates.js';
import { matchesOf } from '../../util/matches.js';
import { tableRow } from '../../util/mdast-table.js';
import { YEAR_HEADING } from '../markers.js';
import { captionEnd, isUnitLine, unitClosesCaption } from './caption.js';
import { headerStart, layoutTable } from './layout-table.js';
import { CELL_GAP, endsInUnit, gapCells, isDataCell, isLabelValueRun, isPeriodCode, isRowValue, isTableish, label, lostTable, tokens, } from './table-lines.js';
import { longestTable, tableFromText, textColumnFollows } from './table-readers.js';
import { KRONER, MILLIONS, PERCENT } from './units.js';
/** Whether a row below the header has an empty cell. */
function hasEmptyCells(table) {
    return table.children.slice(1).some((cells) => cells.children.some((cell) => cell.children.length === 0));
}
/**
 * Whether a table read by the places of its cells left value columns without a heading while its first heading cell
 * holds several (`2015 2016 2017` over four year columns): tabs or uneven spaces set the header apart from the rows.
 */
function mergedHeadings(table) {
    const header = table.children[0]?.children ?? [];
    const empty = header.slice(1).filter((cell) => cell.children.length === 0).length;
    return empty > 0 && table.children.slice(1).every((row) => row.children.slice(1).every((cell) => cell.children.length > 0));
}
/**
 * A table in layout-keeping text, by the columns its cells stand in (`layoutTable`) — or by the gaps between them
 * where tabs or uneven spaces set the columns by hand: where the gaps alone give every row all its cells and the
 * columns by place leave some empty or merge headings, the gaps win. `lines` are the texts of the `layout` lines.
 */
export function byColumns(lines, layout) {
    const positioned = layoutTable(layout.filter((line) => line.trim() !== ''));
    const byGaps = positioned && (hasEmptyCells(positioned) || mergedHeadings(positioned)) ? tableFromText(lines) : undefined;
    if (byGaps && positioned && byGaps.children.length === filledRows(positioned) && !hasEmptyCells(byGaps))
        return byGaps;
    return positioned;
}
/** How many of a table's rows hold a cell (a header row the places left empty is none). */
function filledRows(table) {
    return table.children.filter((row) => row.children.some((cell) => cell.children.length > 0)).length;
}
/** A line with only a marker (`*`): in layout-kept text, a raised star that pdftotext set a line below its value. */
const MARKER_LINE = /^\s*[*¹²³]+\s*$/u;
/**
 * Markers set on a line of their own (`2024` / `*` below it) go back to the value above them, found by column;
 * the texts and their layout, without those lines.
 */
function withMarkersAttached(lines, layout) {
    const texts = [...lines];
    const places = [...layout];
    for (let at = places.length - 1; at > 0; at--) {
        const line = places[at] ?? '';
        if (!MARKER_LINE.test(line))
            continue;
        const column = line.search(/\S/u);
        const above = places[at - 1] ?? '';
        const token = [...matchesOf(/\S+/gu, above)].find((match) => match.index <= column && column <= match.index + match[0].length);
        if (!token)
            continue;
        const end = token.index + token[0].length;
        const marker = line.trim();
        places[at - 1] = `${above.slice(0, end)}${marker}${above.slice(end)}`;
        // A line's text is its layout, trimmed.
        texts[at - 1] = (places[at - 1] ?? '').trim();
        places.splice(at, 1);
        texts.splice(at, 1);
    }
    return { lines: texts, layout: places };
}
/**
 * The lines after `Tabel N` up to its notes, as text: the caption, then the table body from the first line that
 * reads as part of a table. Undefined when no line does.
 */
export function readTableRegion(regionLines, options = {}) {
    const { captionOpen, ...rest } = options;
    // The label's caption left a bracket open (`Tabel 1. Forventet … (akkumuleret,` / `2018-2021), ton N`): the lines
    // up to the one that closes it go on with the caption.
    const closes = captionOpen ? regionLines.slice(0, MAX_OPEN_CAPTION_LINES).findIndex(closesBracket) : -1;
    if (closes >= 0) {
        const after = readTableRegion(regionLines.slice(closes + 1), {
            ...rest,
            labelCaption: true,
            ...(rest.layout ? { layout: rest.layout.slice(closes + 1) } : {}),
        });
        if (!after)
            return undefined;
        const shift = closes + 1;
        return { ...after, caption: after.caption + shift, ...(after.length !== undefined ? { length: after.length + shift } : {}) };
    }
    const read = readTableRegionAsSet(regionLines, rest);
    if (options.layout || read?.table.data?.reader !== 'layout-lost')
        return read;
    return withLoneMarksPutBack(regionLines, rest) ?? read;
}
/** Most lines a caption's open bracket is looked for closing in. */
const MAX_OPEN_CAPTION_LINES = 2;
/** Whether a line closes more brackets than it opens: the rest of a bracket a line before it left open. */
function closesBracket(text) {
    return brackets(text, ')') > brackets(text, '(');
}
/** How many times a bracket stands in a text. */
export function brackets(text, bracket) {
    let count = 0;
    for (const character of text)
        if (character === bracket)
            count++;
    return count;
}
/** A cell of words: a letter in it, no value. */
const isTextCell = (text) => /\p{L}/u.test(text) && !isDataCell(text.trim());
/** A footnote's number alone on a line, raised after a cell in the PDF: `1`, `2)`. */
const FOOTNOTE_MARK_LINE = /^[1-9]\)?$/u;
/**
 * A table whose cells read only with the marks set on lines of their own put back on their cells: a footnote's
 * number after a row label, before the row's values (`DR Underholdningsorkestret` / `1` / `76.922` …, its note under
 * the table `Note: 1) I sæson 2012/13 …`), kept on the label (`DR Underholdningsorkestret 1`) as ft.dk's text prints
 * it; and a sub-row's dash between two labels (`Kvælstofudledning fra akvakultur` / `-` / `Heraf forøget tilførsel
 * …`), set before the second (`- Heraf …`) as a sub-row's label is. Asked only where the lines as set read as no
 * table: a dash alone is otherwise an empty cell, a lone number a value.
 */
function withLoneMarksPutBack(lines, options) {
    const merged = [];
    // For each merged line, the index in `lines` after its last line: to give `length` in the region's own lines.
    const ends = [];
    for (let at = 0; at < lines.length; at++) {
        const text = lines[at] ?? '';
        const before = merged.at(-1);
        const next = lines[at + 1]?.trim() ?? '';
        if (before !== undefined && isTextCell(before) && DASH_ALONE.test(text) && isTextCell(next)) {
            merged.push(`- ${next}`);
            ends.push(at + 2);
            at++;
        }
        else if (before !== undefined && isTextCell(before) && FOOTNOTE_MARK_LINE.test(text.trim()) && isDataCell(next)) {
            merged[merged.length - 1] = `${before} ${text.trim()}`;
            ends[ends.length - 1] = at + 1;
        }
        else {
            merged.push(text);
            ends.push(at + 1);
        }
    }
    if (merged.length === lines.length)
        return undefined;
    const read = readTableRegionAsSet(merged, options);
    if (!read || read.table.data?.reader === 'layout-lost')
        return undefined;
    return read.length === undefined ? read : { ...read, length: ends[read.length - 1] ?? lines.length };
}
/** `readTableRegion` of the lines as they are set. */
function readTableRegionAsSet(regionLines, options = {}) {
    const attached = options.layout ? withMarkersAttached(regionLines, options.layout) : undefined;
    const lines = attached?.lines ?? regionLines;
    const layout = attached?.layout;
    let firstTableLine = lines.findIndex(isTableish);
    // A table of two columns (`Mænd 40.100`): the run of label-and-value lines that ends the region.
    if (firstTableLine === -1)
        firstTableLine = lines.findIndex((_, at) => isLabelValueRun(lines.slice(at)));
    if (firstTableLine === -1)
        return undefined;
    let caption = captionEnd(lines.slice(0, firstTableLine));
    const labelCaption = options.labelCaption === true;
    // The caption's period wrapped at its dash (`… juli 2016` / `–` / `juni 2017`): the dash and the period's end are the
    // caption's, not a table's empty cell and a heading.
    if ((caption > 0 || labelCaption) && caption <= firstTableLine && rangeDashInCaption(lines, caption)) {
        caption += 2;
        firstTableLine = Math.max(firstTableLine, caption);
    }
    // A unit in brackets right under the caption (`(mio. kr.)`) is the caption's, not the label column's heading.
    const unitUnderCaption = caption === 0 ? labelCaption && isUnitLine(lines[0]?.trim() ?? '') : unitClosesCaption(lines, caption);
    if (unitUnderCaption) {
        caption++;
        firstTableLine = Math.max(firstTableLine, caption);
    }
    // A caption closed by a unit line (`(mio. kr.)`): the unit was read as the caption's.
    const unitClosed = unitClosesCaption(lines, caption - 1) || (caption === 1 && labelCaption && isUnitLine(lines[0]?.trim() ?? ''));
    const read = regionFrom(lines, layout, caption, firstTableLine, { labelCaption, unitClosed });
    if (!read || !unitClosed || read.caption < caption || read.table.children.length === 0)
        return read;
    return { ...read, table: { ...read.table, data: { ...read.table.data, orderInferred: withReason(read.table, UNIT_IN_CAPTION) } } };
}
/** A dash alone on its line: `–`. */
const DASH_ALONE = /^\s*[-–—]\s*$/u;
/**
 * Whether the line at `at` is the dash of a period the caption names, wrapped onto a line of its own (`… juli 2016` /
 * `–` / `juni 2017`): a dash alone after a line ending in a year, before a line opening with a month's name or a year
 * alone. A dash alone is otherwise a table's empty cell.
 */
function rangeDashInCaption(lines, at) {
    if (!DASH_ALONE.test(lines[at] ?? ''))
        return false;
    const next = (lines[at + 1] ?? '').trim();
    const first = /^\p{L}+/u.exec(next)?.[0] ?? '';
    // At the region's first line the line before is the label's caption, which the caller has seen end in its place.
    const afterYear = at === 0 || /\d{4}$/u.test((lines[at - 1] ?? '').trim());
    return afterYear && (isMonthName(first) || /^\d{4}$/u.test(next));
}
/** Why a unit line was read as the caption's: Word may also set it in the table's first heading cell. */
const UNIT_IN_CAPTION = "a unit in brackets under the caption was read as the caption's, not as the label column's heading (a table may set it in that cell)";
/** `readTableRegion` from where its caption ends. */
function regionFrom(lines, layout, captionLines, firstTableLine, options) {
    let caption = captionLines;
    const body = lines.slice(caption);
    // Layout-keeping text: cells by the columns they stand in; the caption ends where lines of columns begin.
    if (layout) {
        const gapped = layout.findIndex((line) => /\S {2,}\S/u.test(line));
        // After a bare `Tabel N`, a first line flush left and without gaps before the lines of columns is the caption,
        // even where it ends in a number (`Antal rejser fra stationerne 2013`); a heading over value columns is indented.
        const flushCaption = !options.labelCaption && gapped > 0 && !/^\s/u.test(layout[0] ?? '') ? 1 : 0;
        // Lines set in over the value columns right above are the header's, wrapped (`Påstigere` / `(tusinder)`).
        const header = gapped === -1 ? gapped : headerStart(layout, gapped);
        const layoutCaption = gapped === -1 ? caption : Math.max(Math.min(caption, header), flushCaption);
        const table = byColumns(lines.slice(layoutCaption), layout.slice(layoutCaption));
        if (table)
            return { caption: layoutCaption, table };
    }
    // A caption closed by a unit line (`(mio. kr.)`) is no first row's label nor headings.
    const closed = options.unitClosed;
    const withoutCaption = closed ? undefined : firstLabelNoCaption(lines, caption, firstTableLine, options.labelCaption);
    if (withoutCaption)
        return withoutCaption;
    const headed = closed ? undefined : headingsNoCaption(lines, caption, firstTableLine, options.labelCaption);
    if (headed)
        return headed;
    let table = tableFromText(body);
    let length;
    if (!table && !layout) {
        // The table's lines run on into lines that are not its own (the letterhead's column set after it).
        const longest = longestTable(body);
        // The lines after it a further column of text cells: no reading of its cells can be trusted.
        if (longest && textColumnFollows(longest.table, body.slice(longest.length)))
            return { caption, table: lostTable(body) };
        if (longest) {
            table = longest.table;
            length = caption + longest.length;
        }
    }
    if (!table && firstTableLine === caption + 1) {
        // One line of column headings between caption and a body that reads without it (`Køn Antal` over
        // `Mænd 40.100`): the headings, where the line splits into as many as the body has columns.
        const data = tableFromText(lines.slice(firstTableLine));
        const width = data?.children[0]?.children.length ?? 0;
        const headings = data && !isHeaderRow(lines[firstTableLine] ?? '') ? splitHeadings(lines[caption] ?? '', width) : undefined;
        if (data && headings) {
            data.children.unshift(tableRow(headings));
            return { caption, table: data };
        }
    }
    if (!table || (length === undefined && headerEmpty(table))) {
        const headed = headingsInCaption(lines, caption, options.labelCaption);
        if (headed && !headerEmpty(headed.table))
            return headed;
    }
    if (!table) {
        return { caption, table: lostTable(body) };
    }
    const width = table.children[0]?.children.length ?? 0;
    // A table read column by column has the columns' headings for its header (`Periode` / `Juli 2016` … / `Antal
    // sanktioner` / …): its first line heads a column and starts no row.
    if (firstTableLine === caption && !isHeaderRow(body[0] ?? '') && table.data?.columnMajor !== true) {
        // The body starts with data (`København 98.400 23,9`): its column headings, if any, are the line before,
        // which the caption took when it ends in an abbreviation (`Kommune Antal Andel, pct.`). Never let the first
        // data row stand in as the header.
        const last = lines[caption - 1];
        const headings = last !== undefined && (caption > 1 || options.labelCaption) ? splitHeadings(last, width) : undefined;
        if (headings)
            caption--;
        table.children.unshift(tableRow(headings ?? Array(width).fill('')));
    }
    return { caption, table, ...(length !== undefined ? { length } : {}) };
}
/** Why the lines after a bare `Tabel N` are read as the first row's label: no caption ends there. */
const FIRST_LABEL = "the lines after the table's label, which end no sentence, read as its first row's label, not as a caption";
/**
 * `Tabel 1` alone, then lines ending no sentence, then a run of years and, right after it, as many values (`Antal
 * personer på` / `vedtagne lovforslag` / `2019` / `3.543` / `Antal afslag …` / `2.807`): the lines are the first row's
 * label, set before the headings, and the table has no caption. Flagged: a caption that ends without a stop reads the
 * same way.
 */
function firstLabelNoCaption(lines, caption, firstTableLine, labelCaption) {
    if (labelCaption || caption === 0 || caption !== firstTableLine)
        return undefined;
    const read = tableFrom(lines, 0);
    if (read?.table.data?.reader !== 'cell-per-line')
        return undefined;
    const [header, first] = read.table.children;
    const heading = header?.children[0];
    if (!first || !heading || heading.children.length > 0 || nodeToString(first.children[0] ?? heading) !== label(lines.slice(0, caption))) {
        return undefined;
    }
    return {
        caption: 0,
        table: { ...read.table, data: { ...read.table.data, orderInferred: FIRST_LABEL } },
        ...(read.length !== undefined ? { length: read.length } : {}),
    };
}
/** A column heading of a word or two, no caption: `Nationalitet`, `Region`, `Måned`, `Type af sag`. */
const HEADING_WORDS = /^\p{Lu}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}$/u;
/** The table that the lines from `from` on read as (or their longest run from there), as a region with that caption. */
function tableFrom(lines, from) {
    const body = lines.slice(from);
    const whole = tableFromText(body);
    if (whole)
        return { caption: from, table: whole };
    const longest = longestTable(body);
    if (longest && textColumnFollows(longest.table, body.slice(longest.length)))
        return undefined;
    return longest ? { caption: from, table: longest.table, length: from + longest.length } : undefined;
}
/**
 * The lines after `Tabel N` where none ends a sentence: where the caption ends is read from where a table begins.
 * - When the label line carries the caption (`Tabel 1 Ledige fordelt på region` / `Region` / `Hovedstaden` / … /
 *   `Antal` / `12.345` …), or the first line is a heading of a word or two (`Tabel 5` / `Nationalitet` /
 *   `Gennemsnitlig` / …), the table starts at the first line — but for words over a unit of money after a bare label
 *   (`Økonomiske konsekvenser` / `Mio. kr.`), which are the caption.
 * - After a bare label, a caption of one line ends where the lines after it read as a table (`Befolkning i
 *   ø-kommuner med tilskud …` / `Kommune` / `Fanø` / … / `Befolkning` / `3.426` …).
 * A line in lower case goes on with the caption before it (`Tabel 1 Ledige fordelt på region` / `og køn`).
 */
function headingsNoCaption(lines, caption, firstTableLine, labelCaption) {
    if (caption === 0 || caption !== firstTableLine)
        return undefined;
    // A unit in brackets (`(mio. kr.)`) under the caption is the caption's, not a heading that starts the table; a line
    // in lower case that opens with a unit (`mia. kr. årets priser`) is the label column's heading, as `Mia. kr., 2017-pl`.
    const startsTable = (at) => {
        const text = lines[at]?.trim() ?? '';
        return (!/^\p{Ll}/u.test(text) || UNIT_HEADING.test(text)) && !isUnitLine(text);
    };
    const first = lines[0]?.trim() ?? '';
    // After a bare label, words over a line that opens with a unit of money (`Økonomiske konsekvenser` / `Mio. kr.`) are
    // the caption: the unit heads the label column or the values, as in the ministries' tables, and no heading of words
    // stands above it.
    const overUnit = !labelCaption && UNIT_HEADING.test((lines[1] ?? '').trim().toLowerCase());
    if (startsTable(0) && (labelCaption || (HEADING_WORDS.test(first) && !overUnit)))
        return tableFrom(lines, 0);
    if (!labelCaption && caption > 1 && startsTable(1))
        return tableFrom(lines, 1);
    return undefined;
}
/** A heading that opens with a unit of money: `mia. kr. årets priser`, `mio. kr., 2024-pl`. */
const UNIT_HEADING = /^(?:mio|mia)\.\s?kr\.?(?:[\s,]|$)/u;
/** Longest line a column heading taken back from the caption may be (`Andel, pct.`, `Beløb i mio. kr.`). */
const MAX_HEADING_LINE = 40;
/** Whether a table's header row is empty: the reader found the rows but no headings over them. */
function headerEmpty(table) {
    return (table.children[0]?.children ?? []).every((cell) => nodeToString(cell).trim() === '');
}
/** Why the caption was cut short: the lines it took read as the table's headings. */
const HEADINGS_FROM_CAPTION = "the caption's last lines end in an abbreviation (`Andel, pct.`) and were read as the table's column headings";
/**
 * A caption that took the column headings: a heading ending in a unit's abbreviation (`Region` / `Antal` / `Andel,
 * pct.`) ends a line as a sentence does, so the caption ran on to it and what was left read as no table, or as one
 * without headings. The caption
 * is cut back over short lines (`MAX_HEADING_LINE`) — to nothing after a label that carries the caption (`Tabel 1
 * Ledige fordelt på region`), to one line after a bare label — and the longest rest that reads as a table is the
 * table. Flagged: which short lines are the caption's is inferred.
 */
function headingsInCaption(lines, caption, labelCaption) {
    // The headings are short lines, none going on from the one before in lower case (`og køn`: the caption's), none
    // ending a sentence (`Fordelt på kommune, 2023.`) — a full stop only after a unit's abbreviation.
    const isHeading = (line = '') => {
        const text = line.trim();
        return text.length <= MAX_HEADING_LINE && !/^\p{Ll}/u.test(text) && (!text.endsWith('.') || endsInUnit(text));
    };
    let first = caption;
    while (first > (labelCaption ? 0 : 1) && isHeading(lines[first - 1]))
        first--;
    // Most headings first: `Region` / `Antal` / `Andel, pct.` before `Antal` / `Andel, pct.`.
    for (let start = first; start < caption; start++) {
        const table = tableFromText(lines.slice(start));
        if (table)
            return { caption: start, table: { ...table, data: { ...table.data, orderInferred: withReason(table, HEADINGS_FROM_CAPTION) } } };
    }
    return undefined;
}
/** A table's reason its reading was inferred, with one more. */
function withReason(table, reason) {
    const before = table.data?.orderInferred;
    return typeof before === 'string' && before !== '' ? `${before}; ${reason}` : reason;
}
/**
 * A row-wise body's first line that is a header: its values are years (`År 2013 2014 … 2024*`) or period codes
 * (`2019K1`); or, its cells set apart by gaps, no cell after the first a value but a year or period (`1.000
 * fuldtidsbeskæftigede   11K2   11K3`, `Station   Antal påstigere (tusinder) 2013`).
 */
function isHeaderRow(line) {
    const heading = (value) => YEAR_HEADING.test(value) || isPeriodCode(value);
    if (CELL_GAP.test(line.trim())) {
        const [, ...cells] = gapCells(line);
        return cells.length > 0 && cells.every((cell) => !isRowValue(cell) || heading(cell));
    }
    const values = tokens(line).filter(isRowValue);
    return values.length > 0 && values.every(heading);
}
/** A unit or qualifier that belongs to the heading before it: `Andel, pct.`, `Beløb mio. kr.` */
const HEADING_TAIL = new RegExp(String.raw `^(?:${PERCENT}|${KRONER}|(?:${MILLIONS})\.|i alt)$`, 'iu');
/** `mio.` or `mia.` alone, in small letters: the next word is its unit (`mio. kr.`). */
const MILLIONS_STOP = new RegExp(String.raw `^(?:${MILLIONS})\.$`, 'u');
/**
 * Column headings in a line where spaces are all that separates them: one word per heading, a word ending in a
 * comma or followed by a unit joined with the next (`Kommune Antal Andel, pct.` → 3). Undefined unless that
 * gives the table's width, or one less (no heading over the label column).
 */
function splitHeadings(line, width) {
    if (/\d/u.test(line))
        return undefined;
    if (CELL_GAP.test(line.trim()))
        return fitHeadings(gapCells(line), width);
    const headings = [];
    for (const word of tokens(line)) {
        const last = headings.at(-1);
        if (last !== undefined && (/,$/u.test(last) || HEADING_TAIL.test(word) || MILLIONS_STOP.test(last))) {
            headings[headings.length - 1] = `${last} ${word}`;
        }
        else
            headings.push(word);
    }
    return fitHeadings(headings, width);
}
/** Headings for a table `width` cells wide: as many, or one less with an empty heading over the label column. */
function fitHeadings(headings, width) {
    if (headings.length === width)
        return headings;
    if (headings.length === width - 1)
        return ['', ...headings];
    return undefined;
}
//# sourceMappingURL=table-region.js.map