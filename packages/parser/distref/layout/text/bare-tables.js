import { toString as nodeToString } from 'mdast-util-to-string';
import { TEXT_LAYOUT } from '../constants.js';
import { FIGURE_LABEL, MARKED_NOTE, NOTE, SOURCE, TABLE_LABEL } from '../markers.js';
import { TITLE_LINE } from '../paragraph-ends.js';
import { isTableTitle } from '../table-title.js';
import { MAX_CELL_LINES, tableFromCellGroups } from './cell-groups.js';
import { isCellMarked, withoutCellMark } from './cell-marks.js';
import { MAX_HEADER_LINES, SET_IN } from './layout-table.js';
import { letterheadInTable } from './letterhead-in-table.js';
import { CELL_GAP, CORNER_UNIT, continues, gapCells, isDataCell, isGappedRow, isTableRowLine, isValueLine, isYearHeading, lostTable, risesInTime, runOfLines, } from './table-lines.js';
import { CELL_PER_LINE_READERS, longestTable, TEXT_TABLE_READERS, tableFromText } from './table-readers.js';
import { byColumns } from './table-region.js';
import { TOTAL_LABEL } from './totals.js';
export { isCellMarked, withoutCellMark };
/**
 * A lead-in sentence glued to the first cell of the table after it (old renditions glue lines): `… har udviklet sig
 * som følger:2007`. A letter before the colon, so that a time (`kl. 10:30`) or a reference (`§ 7:2`) stays whole.
 */
const GLUED_LEAD_IN = /^(.*\p{L}:)\s*((?:19|20)\d{2}\*?|\d{1,3}(?:\.\d{3})*(?:,\d{1,3})?)$/u;
/**
 * Whether a line ends as `GLUED_LEAD_IN`'s cell does, in a digit or `*`: tested first, as that pattern reads every
 * line from its start (its `.*` back from the end to the colon).
 */
function endsInCell(text) {
    const last = text.charCodeAt(text.length - 1);
    return (last >= 48 && last <= 57) || last === 42;
}
/**
 * A table's label glued to the sentence before it (old renditions glue lines): `… i 2006 og 2012.Tabel 1: Hurtigste
 * rejsetider …` — a sentence's end, then `Tabel N` with no space between. Where the glued label starts, or -1.
 */
const GLUED_LABEL_START = /[.?!”]Tabel\s/u;
/** `Tabel 1 viser, at …`: a table named in a sentence (a lower-case word after its number), no label. */
const GLUED_REFERENCE = /^Tabel\s+\d+(?:\.\d+)*[a-z]?\s+\p{Ll}/u;
/**
 * A line with a table's label glued to its end cut before the label (both keep the source line), else undefined (no
 * array of the one line: every line of every text document is asked).
 */
function splitGluedLabel(line) {
    const at = line.role || !line.text.includes('Tabel') ? -1 : line.text.search(GLUED_LABEL_START);
    if (at === -1)
        return undefined;
    const label = line.text.slice(at + 1);
    if (!TABLE_LABEL.test(label) || GLUED_REFERENCE.test(label))
        return undefined;
    return [
        { ...line, text: line.text.slice(0, at + 1), endsParagraph: true },
        { ...line, text: label, breakBefore: true },
    ];
}
/**
 * Lines with a lead-in glued to a table's first cell split in two (both keep the source line), when a cell line
 * follows; and lines with a table's label glued to their end (`splitGluedLabel`).
 */
export function splitGluedLeadIns(input) {
    // Loops, not `flatMap`, spreads or `entries()` (each allocates): every line of every text document passes here, and
    // few are split.
    const lines = [];
    for (const line of input) {
        const split = splitGluedLabel(line);
        if (split)
            lines.push(split[0], split[1]);
        else
            lines.push(line);
    }
    const result = [];
    for (let at = 0; at < lines.length; at++) {
        const line = lines[at];
        const glued = line.role || !endsInCell(line.text) ? null : GLUED_LEAD_IN.exec(line.text);
        const next = lines[at + 1];
        if (!glued?.[1] || !glued[2] || !next || next.text.length >= TEXT_LAYOUT.tableProseLine)
            result.push(line);
        else
            result.push({ ...line, text: glued[1], endsParagraph: true }, { ...line, text: glued[2], breakBefore: false });
    }
    return result;
}
/**
 * Values run together where the rendition lost the cells' boundaries: two decimal commas with a grouped number
 * between them (`33.566,416.426,3` — 33.566,4 and 16.426,3, or 33.566,41 and 6.426,3: no reader can know), or three
 * decimal commas with digits alone between them (`27,327,332,7`, `0,392,150,730`: a number has one decimal comma,
 * and prose sets a space after a list's comma).
 */
const GLUED_VALUES = /\d,\d{1,3}\.\d{3}(?:\.\d{3})*,\d|\d,\d{2,3},\d{2,3},\d/u;
/** A cell glued to the next where the boundaries were lost: `Hovedstaden1085`, `(2)88.715,5`, `…(1)Regioner`. */
const GLUED_CELLS = /\p{L}\d|\d\p{Lu}|\)[\p{L}\d]/u;
/**
 * A sentence's end glued to (or a space before) the next sentence's capitalised word, after a word in lower case:
 * `… i strategien.Herunder er …`, `… Hjemløsestrategi. Af …`. Two in a line make it running text.
 */
const SENTENCE_JOINT = /\p{Ll}{3}[.!?]\s?\p{Lu}\p{Ll}/gu;
/** How many sentence joints make a line running text (`SENTENCE_JOINT`). */
const PROSE_JOINTS = 2;
/**
 * Whether a line is a paragraph of running text, by its sentences (`SENTENCE_JOINT`), though a table's cells may be
 * glued to its end (`… hvad kommunerne har fået.Udgifter til anlæg …København23,973,9Århus0,02,0 …`): the glued
 * paragraph of an old rendition that runs on into the table, its answer heading first (`Svar:Ved satspuljeaftalen …`).
 */
function isRunningText(text) {
    let joints = 0;
    for (const _ of text.matchAll(SENTENCE_JOINT))
        if (++joints >= PROSE_JOINTS)
            return true;
    return false;
}
/**
 * A run of lines around one whose values are run together (`GLUED_VALUES`): the lines next to it that are glued
 * cells too — not a paragraph of running text that a table's cells were glued to (`isRunningText`), which stays text.
 * Their cells cannot be split with certainty: the caller keeps them as a table whose cells are lost.
 */
export function gluedValuesRun(lines, at) {
    const line = lines[at];
    if (!line || line.role || !GLUED_VALUES.test(line.text))
        return undefined;
    const part = (candidate) => candidate !== undefined &&
        !candidate.role &&
        !isMarker(candidate.text) &&
        (GLUED_VALUES.test(candidate.text) || GLUED_CELLS.test(candidate.text)) &&
        !isRunningText(candidate.text);
    let start = at;
    while (part(lines[start - 1]))
        start--;
    let end = at + 1;
    while (part(lines[end]))
        end++;
    return { start, end };
}
/** Fewest data cells in a row, no table read around them, that are a table whose layout is lost, not a list in text. */
const MIN_LOST_CELLS = 8;
/**
 * A run of data cells one per line (`1.520` / `1.922` / … / `1.048`), role lines (a sidebar, a page's foot) between
 * them passed over, that no reader took: the cells of a table the rendition scrambled (columns apart from their
 * headings, a sidebar in the middle). Years alone (`2015` … `2022`) are a list; a run needs values other than years.
 * The caller keeps it as a table whose cells are lost, so that the record warns instead of printing the numbers as a
 * paragraph of text. Undefined unless the run starts at `at`.
 */
export function lostCellsRun(lines, at) {
    const line = lines[at];
    if (!line || line.role || !isDataCell(line.text))
        return undefined;
    // The run starts here only where the line before it, role lines passed over, is no data cell.
    let before = at - 1;
    while (before >= 0 && lines[before]?.role)
        before--;
    const previous = lines[before];
    if (previous && isDataCell(previous.text))
        return undefined;
    const { run, next } = runOfLines(lines, at, isDataCell);
    if (run.length < MIN_LOST_CELLS || run.every((cell) => isYearHeading(cell.text)))
        return undefined;
    // The run ends on its last cell: role lines after it are not its own.
    let end = next;
    while (end > at && lines[end - 1]?.role)
        end--;
    return { start: at, end, run };
}
/** A line that starts a block of its own and so ends any run of cells. */
function isMarker(text) {
    return NOTE.test(text) || SOURCE.test(text) || TABLE_LABEL.test(text) || FIGURE_LABEL.test(text);
}
/**
 * A line that ends a sentence, which no cell does: a question mark, an exclamation mark or a colon, or a full stop
 * after a word of four or more small letters (`følgende.`; an abbreviation in a cell, `pct.`, `kr.`, is shorter).
 */
const SENTENCE_END = /(?:[?!:]|\p{Ll}{4}\.)$/u;
/**
 * A long line inside a table set one cell per line that is a row's label, not prose after the table: it ends no
 * sentence and the next line is one value (`4. 2 ‰-nedslag for alle ejerboliger anskaffet 1.
 * juli 1998 eller tidligere` / `1.120`) — not a row of values, as under a heading row set out in columns.
 */
export function isLongRowLabel(lines, at) {
    const line = lines[at];
    if (!line || SENTENCE_END.test(line.text))
        return false;
    let next = at + 1;
    while (lines[next]?.role)
        next++;
    const following = lines[next]?.text ?? '';
    return isValueLine(following) && !isTableRowLine(following);
}
/** Most lines a table set one cell per line is looked for in. */
const MAX_RUN = 400;
/** Values a table needs after a lead-in ending in a colon (`… som følger:`): a table of one row and two columns. */
const MIN_VALUES_AFTER_COLON = 2;
/** Values a table needs after any other line: more evidence where nothing announced a table. */
const MIN_VALUES_UNANNOUNCED = 8;
/**
 * A sentence that announces a table right below it: `Nedenstående tabel viser …`, `I nedenstående tabel er vist …`,
 * `… fremgår af følgende oversigt`, `Tabellen nedenfor viser …` (not `tabel 1`, which may stand anywhere).
 */
const TABLE_ANNOUNCED = /(?<!\w)(?:nedenstående|følgende|efterfølgende)\s+(?:tabel|oversigt|skema|opgørelse)|(?<!\w)tabellen\s+(?:nedenfor|herunder)\b/iu;
/** Most lines of a lead-in paragraph looked back over for a table's announcement. */
const MAX_LEAD_IN_LINES = 12;
/**
 * Whether the paragraph that ends at `leadIn` (a line index) announces a table (`TABLE_ANNOUNCED`), the table
 * starting a paragraph of its own right after it.
 */
function announcesTable(lines, leadIn, start) {
    const first = lines[start];
    if (!first?.breakBefore && !lines[leadIn]?.endsParagraph)
        return false;
    let text = '';
    for (let at = leadIn; at >= 0 && at > leadIn - MAX_LEAD_IN_LINES; at--) {
        const line = lines[at];
        if (line.role)
            continue;
        if (at < leadIn && line.endsParagraph)
            break;
        text = `${line.text} ${text}`;
        if (line.breakBefore)
            break;
    }
    return TABLE_ANNOUNCED.test(text);
}
/** The cells below a table's header that hold data. */
function dataCells(table) {
    return table.children.slice(1).reduce((sum, row) => sum + row.children.slice(1).length, 0);
}
/**
 * Whether a table's header row is years or periods rising (`2005` … `2016`, `Juli 2005` … `Juni 2006`), its corner
 * cell apart: a table of one row under it (`Antal modtagere` and a value a month) is one, announced or not.
 */
function headedByYears(table) {
    const headings = (table.children[0]?.children.slice(1) ?? []).map((cell) => nodeToString(cell));
    return headings.length >= 2 && headings.every(isYearHeading) && risesInTime(headings);
}
/**
 * A table set one cell per line after a lead-in, with no `Tabel N` before it (`… har oplyst følgende:` / `2018` /
 * `Ansøgninger` / `2.748` / `2019` / …): the longest run of short lines from `start` that a one-cell-per-line reader
 * reads. After a colon, or a paragraph that announces a table (`Nedenstående tabel viser …`), a table of two values
 * is enough; after any other sentence it needs more (eight values, two rows), since nothing announced it.
 */
export function bareTable(lines, start) {
    const leadInAt = leadInIndex(lines, start);
    const leadIn = lines[leadInAt];
    const first = lines[start];
    if (!leadIn || !first || first.role || first.text.length >= TEXT_LAYOUT.tableProseLine)
        return undefined;
    // A table's title first (`Oversigt over adfærdsklagesager` after the sentence that announces the table) is the
    // lead-in of the table after it, not its first cell: the table is read from the next line.
    if (isTableTitle(first.text.trim()))
        return undefined;
    const title = isTableTitle(leadIn.text) || titleOverCorner(lines, leadInAt, first) || announcedCaption(lines, leadInAt);
    if (!title && !/[.:]$/u.test(leadIn.text))
        return undefined;
    const afterColon = title || leadIn.text.endsWith(':') || announcesTable(lines, leadInAt, start);
    const byParagraphs = paragraphTable(lines, start, afterColon);
    if (byParagraphs)
        return byParagraphs;
    const { run, end } = cellRun(lines, start);
    const read = readRun(lines, run, afterColon);
    if (end === start)
        return read;
    // The letterhead printed inside the table (`letterhead-in-table.ts`): the table read without its lines, where it
    // does not read with them, or its reading stops before them (the cells after the letterhead go on with it).
    if (read && !stopsBefore(read, lines, start, end))
        return read;
    const letterhead = letterheadInTable(lines, start, end);
    if (letterhead.size === 0)
        return read;
    const without = readRun(lines, cellRun(lines, start, letterhead).run, afterColon);
    if (!without || (read && without.end <= read.end))
        return read;
    return { ...without, furniture: [...letterhead] };
}
/**
 * Whether a table's reading ends before a line of the letterhead's known by its form (`sidebar`) in the run's lines
 * after it: what follows the letterhead may be more of the table's cells.
 */
function stopsBefore(read, lines, start, end) {
    if (read.end >= end)
        return false;
    for (let at = Math.max(start, read.end); at < end; at++)
        if (lines[at]?.role === 'sidebar')
            return true;
    return false;
}
/**
 * A short title after a sentence or a table, over a unit in the corner of the table under it (`… følgende eksempel.`
 * / `Gældende regler` / `1.000 kr.` / the labels …): the table's title, which announces it as a colon would.
 */
function titleOverCorner(lines, leadInAt, first) {
    const leadIn = lines[leadInAt];
    // A short title (`Gældende regler`, `Forslaget`), as a section's is.
    if (!leadIn || !TITLE_LINE.test(leadIn.text.trim()) || !CORNER_UNIT.test(first.text.trim()))
        return false;
    // After a sentence, or after the last value of a table before it (a second table under its own title).
    const before = lines[leadInAt - 1];
    return before === undefined || /[.:]$/u.test(before.text.trim()) || isValueLine(before.text);
}
/**
 * Whether the line at `at` is a table's caption on a line of its own (`captionAfterSentence`) under a sentence that
 * announces the table (`… fremgår af tabellen nedenfor.` / `Dimensionerede, opslåede og besatte
 * hoveduddannelsesstillinger i almen medicin 2011-2018 (hele landet)` / `År` / `2011` …): a lead-in as a title is.
 */
function announcedCaption(lines, at) {
    if (!captionAfterSentence(lines, at))
        return false;
    const sentence = leadInIndex(lines, at);
    return sentence >= 0 && announcesTable(lines, sentence, at);
}
/**
 * The index of the last line before `start` that has no role (the lead-in a table is looked for after), or -1. Read
 * back from `start`, not from a copy of the lines before it: asked at every line of every text document.
 */
function leadInIndex(lines, start) {
    let at = start - 1;
    while (at >= 0 && lines[at]?.role)
        at--;
    return at;
}
/** Fewest values a table needs after its lead-in: after a colon or an announcement, or after any other sentence. */
const minValues = (afterColon) => (afterColon ? MIN_VALUES_AFTER_COLON : MIN_VALUES_UNANNOUNCED);
/**
 * A table set one cell per paragraph, a blank line after every cell (in double-spaced text too: `spacedBefore`), some cell wrapped onto a second line (`Nominel
 * vækst pct.` / `Oprindelige B2006`, `Tillægsbevilling` / `Mio.kr`): its paragraphs are its cells, row by row
 * (`tableFromCellGroups`, no caption: nothing announced one). Asked only where some cell wraps — where every cell is
 * one line, the cell-per-line readers read the same lines in more shapes. Undefined where a paragraph runs longer
 * than a cell wraps, or the paragraphs do not read as rows.
 */
function paragraphTable(lines, start, afterColon) {
    const parts = (line) => line.breakBefore || line.spacedBefore === true;
    if (!parts(lines[start]))
        return undefined;
    const groups = [];
    for (let at = start; at < lines.length && at - start < MAX_RUN; at++) {
        const line = lines[at];
        if (line.role)
            continue;
        if (isMarker(line.text) || line.text.length >= TEXT_LAYOUT.tableProseLine)
            break;
        const last = groups.at(-1);
        if (!last || parts(line))
            groups.push([line]);
        else if (last.length >= MAX_CELL_LINES)
            return undefined;
        else
            last.push(line);
    }
    if (!groups.some((group) => group.length > 1))
        return undefined;
    const read = tableFromCellGroups(groups.map((group) => group.map((line) => line.text)), { caption: false });
    if (!read || dataCells(read.table) < minValues(afterColon))
        return undefined;
    const used = groups.flat();
    return { table: read.table, lines: used, end: lines.indexOf(used.at(-1)) + 1 };
}
/**
 * The run of short lines from `start` a table set one cell per line may take (role lines and `skip` left out), up to
 * a marker or prose; `end` is the index after its last line looked at.
 */
function cellRun(lines, start, skip) {
    const run = [];
    let at = start;
    for (; at < lines.length && run.length < MAX_RUN; at++) {
        const line = lines[at];
        if (line.role || skip?.has(line))
            continue;
        if (isMarker(line.text))
            break;
        if (line.text.length >= TEXT_LAYOUT.tableProseLine && !(run.some((cell) => isValueLine(cell.text)) && isLongRowLabel(lines, at)))
            break;
        run.push(line);
    }
    return { run, end: at };
}
/** The table a run of cell lines reads as after its lead-in, if it has the values a table needs there. */
function readRun(lines, run, afterColon) {
    if (run.filter((line) => isValueLine(line.text)).length < MIN_VALUES_AFTER_COLON)
        return undefined;
    // Prose before the first cell (`Svar:`, `Jeg kan oplyse følgende.`): the table starts later, after its lead-in.
    const firstValue = run.findIndex((line) => isValueLine(line.text));
    if (run.slice(0, firstValue).some((line) => SENTENCE_END.test(line.text)))
        return undefined;
    const read = longestTable(run.map((line) => line.text), CELL_PER_LINE_READERS);
    if (!read)
        return undefined;
    const values = dataCells(read.table);
    const rows = read.table.children.length - 1;
    if (values < minValues(afterColon) || (!afterColon && rows < 2 && !headedByYears(read.table)))
        return undefined;
    const used = run.slice(0, read.length);
    const last = used.at(-1);
    return { table: read.table, lines: used, end: lines.indexOf(last) + 1 };
}
/**
 * The run of Word HTML cell lines from `start` (`Transportform |`, `2001 |`, `|`, …) and the table its cells make.
 * HTML lists a table's cells row by row, so the order is known: the `word-cells` reader (empty cells kept, the row
 * width inferred) is asked first, then the row-by-row reader on the non-empty cells, whose table is not flagged as
 * inferred. Undefined when `start` is no such line; a table without cells when the reader
 * cannot read them.
 */
export function cellMarkedTable(lines, start) {
    const { run } = runOfLines(lines, start, isCellMarked);
    const cells = run.map((line) => withoutCellMark(line.text)).filter((text) => text !== '');
    if (cells.length === 0)
        return undefined;
    const end = lines.indexOf(run.at(-1)) + 1;
    const words = tableFromText(run.map((line) => line.text), TEXT_TABLE_READERS.filter((reader) => reader.name === 'word-cells'));
    if (words)
        return { table: words, lines: run, end };
    const read = tableFromText(cells, CELL_PER_LINE_READERS.filter((reader) => reader.name === 'cell-per-line'));
    const table = read ? { ...read, data: { reader: 'cell-per-line' } } : lostTable(cells);
    return { table, lines: run, end };
}
/**
 * A header of rising years (two at least; a totals heading, `I alt`, may end it) over one row with a value under each
 * (`            2014     2015     2016` / `Antal indkvarterede   10.764   17.145   9.365`): a table of one row, its
 * header the evidence that a row of gapped values is one. The header may open with the label column's own heading,
 * one more heading than values (`Årstal   1998   1999` / `Årselever   5.671   5.250`, `1.000 personer   2003 …`).
 */
function yearsOverRow(header, row) {
    const [, ...values] = gapCells(row.layout ?? row.text);
    const all = gapCells((header.layout ?? header.text).trim());
    const headings = all.length === values.length + 1 && !isYearHeading(all[0] ?? '') ? all.slice(1) : all;
    const years = TOTAL_LABEL.test(headings.at(-1) ?? '') ? headings.slice(0, -1) : headings;
    return years.length >= 2 && years.every((year) => isYearHeading(year)) && risesInTime(years) && values.length === headings.length;
}
/** The reader of cells set apart by tabs or runs of spaces on every line. */
const BY_GAPS = TEXT_TABLE_READERS.filter((reader) => reader.name === 'separated');
/** Longest line a row label wrapped onto a line of its own may be. */
const MAX_LABEL_LINE = 60;
/** A unit's shortening alone, its period no sentence's end: `pct.`, `kr.`, `mio. kr.` (a label's wrapped last word). */
const UNIT_ALONE = /^\p{Ll}{1,5}\.(?: \p{Ll}{1,5}\.)?$/u;
/**
 * Whether the line at `at` is a row label wrapped onto a line of its own, without values (`Dyr, Fødevarer og Foder`
 * under `Den Stående Komité for Planter,   303   263`): a short line at the margin, no gaps, no sentence end (a unit's
 * shortening is none: `pct.` under `Andel indbetalere ift. bestand i   15   19`), no note or source, inside the run
 * before a row — or after a row, going on from it (`alt (3÷4)`) or followed by the table's source or note (`¹) angivet
 * i …` too). Which row it belongs to is `layoutTable`'s to tell.
 */
function wrappedLabel(lines, at, run) {
    const line = lines[at];
    const text = line.text.trim();
    const isRow = (candidate) => candidate !== undefined && !candidate.role && isGappedRow(candidate.layout ?? candidate.text);
    const sentenceEnd = /\.$/u.test(text) && !UNIT_ALONE.test(text);
    if (run.length === 0 || line.role || text === '' || text.length > MAX_LABEL_LINE || sentenceEnd)
        return false;
    if (/^\s/u.test(line.layout ?? '') || CELL_GAP.test(text) || SOURCE.test(text) || NOTE.test(text) || MARKED_NOTE.test(text))
        return false;
    if (TABLE_LABEL.test(text))
        return false;
    const next = lines[at + 1];
    if (isRow(next))
        return true;
    const previous = run.at(-1);
    const footText = next?.text.trim() ?? '';
    const foot = next !== undefined && (SOURCE.test(footText) || NOTE.test(footText) || MARKED_NOTE.test(footText));
    return isRow(previous) && (foot || continues(previous?.text ?? '', text));
}
/**
 * Rows of values a table after a caption alone needs (`captionAfterSentence`), unless a header of years heads them: a
 * line of prose that lost its colon (`Sagerne fordeler sig sådan`) may stand over two rows of a list of figures.
 */
const MIN_CAPTIONED_ROWS = 3;
/** The longest caption a table set a row a line may have on the line above it, without `Tabel N` (two printed lines). */
const MAX_CAPTION_LINE = 2 * TEXT_LAYOUT.tableProseLine;
/**
 * Whether the line at `at` is a caption on a line of its own after a sentence: capitalised, no sentence's end, comma
 * or colon at its end, the line before it ending a sentence (`… fremgår af tabellen nedenfor.` / `Dimensionerede,
 * opslåede og besatte hoveduddannelsesstillinger i almen medicin 2011-2018 (hele landet)` / the rows) — a wrapped
 * sentence's line ends inside it. Asked before rows that keep their gaps (`gappedTable`), and before cells one a line
 * where the sentence above announces a table (`announcedCaption`).
 */
function captionAfterSentence(lines, at) {
    const text = lines[at].text.trim();
    if (text.length > MAX_CAPTION_LINE || !/^\p{Lu}/u.test(text) || /[.,;:!?]$/u.test(text))
        return false;
    const before = lines[leadInIndex(lines, at)];
    return before !== undefined && /[.:]$/u.test(before.text.trim());
}
/** The fewest cells a row of words needs to be taken as a row like the row of values above it (`sameCells`). */
const MIN_WORD_ROW_CELLS = 3;
/**
 * Whether a line holds as many cells apart by gaps as the row of values above it, three at least: a row whose cells
 * are words (`Omfattede klassetrin   Bh.kl.   Bh.kl.-1. kl.   …` under `Estimeret omkostning   0,1   0,3   …`), the
 * table's too — left out, the table would lose it with no word.
 */
function sameCells(text, row) {
    if (!CELL_GAP.test(text.trim()))
        return false;
    const count = gapCells(text).length;
    return count >= MIN_WORD_ROW_CELLS && count === gapCells(row).length;
}
/** Rows of values a table set a row a line needs, without `Tabel N`, to be read as one. */
const MIN_GAPPED_ROWS = 2;
/**
 * A table set a row a line, its cells apart by tabs or runs of spaces (a copy from a word processor, `pdftotext
 * -layout`), with no `Tabel N` before it, after a lead-in that ends a sentence or a colon, or a table's title
 * (`Oversigt over …`): a header line with gaps,
 * if any, then rows of a label and values apart by gaps (`isGappedRow`), two at least — read by the columns the cells
 * stand in, or by the gaps (`byColumns`). In layout-kept text the header may wrap over up to `MAX_HEADER_LINES`
 * lines, each but the last set in over the value columns (`                 Antal ejere   Provenu Mio.` /
 * `                     (1.000)            kr.`): prose starts at the margin. Undefined where the lines are not so,
 * or do not read.
 */
export function gappedTable(lines, start) {
    const leadInAt = leadInIndex(lines, start);
    const leadIn = lines[leadInAt];
    if (!leadIn)
        return undefined;
    // After a sentence or a colon, or a title on a line of its own (`Oversigt over adfærdsklagesager`) — or a caption
    // after a sentence (`captionAfterSentence`), where the rows say more plainly that they are a table's.
    const announced = /[.:]$/u.test(leadIn.text) || isTableTitle(leadIn.text.trim());
    if (!announced && !captionAfterSentence(lines, leadInAt))
        return undefined;
    const run = [];
    /** The last row of values so far, the rows of values, and the rows of words in as many cells after one. */
    let lastRow;
    let valueRows = 0;
    let wordRows = 0;
    for (let at = start; at < lines.length && run.length < MAX_RUN; at++) {
        const line = lines[at];
        if (line.role)
            break;
        // The header may be one heading set in over the value column (`            2019`: layout kept, no gap).
        const text = line.layout ?? line.text;
        // Before the first row, more header lines, while those before are set in over the value columns.
        const header = run.length < MAX_HEADER_LINES && run.every((before) => SET_IN.test(before.layout ?? '') && !isGappedRow(before.layout ?? ''));
        const gapped = CELL_GAP.test(text.trim()) || (line.layout !== undefined && (run.length === 0 || header));
        const valueRow = isGappedRow(text);
        const wordRow = !valueRow && lastRow !== undefined && sameCells(text, lastRow);
        if (!gapped || (run.length > 0 && !valueRow && !header && !wordRow)) {
            if (!wrappedLabel(lines, at, run))
                break;
        }
        if (valueRow) {
            lastRow = text;
            valueRows++;
        }
        if (wordRow)
            wordRows++;
        run.push(line);
    }
    const rows = valueRows + wordRows;
    const [first, second] = run;
    const yearsHeaded = first !== undefined && second !== undefined && yearsOverRow(first, second);
    const oneRow = run.length === 2 + wordRows && yearsHeaded;
    if (rows < MIN_GAPPED_ROWS && !oneRow)
        return undefined;
    if (!announced && rows < MIN_CAPTIONED_ROWS && !yearsHeaded)
        return undefined;
    const texts = run.map((line) => line.text);
    // Cells apart by tabs keep no places (a copy from a word processor): read by the gaps alone.
    const table = byColumns(texts, run.map((line) => line.layout ?? line.text)) ?? tableFromText(texts, BY_GAPS);
    if (!table || table.children.length < (oneRow ? 2 : MIN_GAPPED_ROWS + 1))
        return undefined;
    // The run is every line from `start` on, none skipped: it ends `run.length` lines later.
    return { table, lines: run, end: start + run.length };
}
//# sourceMappingURL=bare-tables.js.map