import { toString as nodeToString } from 'mdast-util-to-string';
import { TEXT_LAYOUT } from '../constants.js';
import { BULLET, CLOSING, FIGURE_LABEL, NOTE, notesCell, SOURCE, TABLE_LABEL, WORD_FIELD_ERROR } from '../markers.js';
import { bareTable, cellMarkedTable, gappedTable, gluedValuesRun, isCellMarked, isLongRowLabel, lostCellsRun, splitGluedLeadIns, withoutCellMark, } from './bare-tables.js';
import { captionEnd } from './caption.js';
import { MAX_CELL_LINES, tableFromCellGroups } from './cell-groups.js';
import { letterheadInTable } from './letterhead-in-table.js';
import { splitColumn } from './split-column.js';
import { CORNER_UNIT, isDataCell, isSubRowLabel, isTableish, lostTable } from './table-lines.js';
import { brackets, readTableRegion } from './table-region.js';
/**
 * `Tabel 2.1 indeholder en oversigt …`, `Tabel 1 viser, at …`: a table named in a sentence, a lower-case word right
 * after its number — no label (a caption starts with a capital: `Tabel 1 Antal …`, `Tabel 1: Partikel …`); so are
 * tables named as a range or a pair (`Tabel 1-4 nedenfor viser …`, `Tabel 2 og 3 viser …`).
 */
const PROSE_REFERENCE = /^Tabel\s+\d+(?:\.\d+)*[a-z]?(?:\s?[-–]\s?\d+(?:\.\d+)*[a-z]?|\s(?:og|til)\s\d+(?:\.\d+)*[a-z]?)?\s+\p{Ll}/u;
/**
 * A table label whose number Word could not compute, its field error printed in its place: `Tabel Fejl! Ingen
 * tekst med den anførte typografi i dokumentet..1 Ledige fordelt på køn` (a chapter number taken from a heading
 * style the document lacks), `Tabel Fejl! Henvisningskilde ikke fundet.` — a label all the same; group 1 is the
 * caption after it, if any.
 */
const FIELD_ERROR_LABEL = new RegExp(String.raw `^Tabel\s+${WORD_FIELD_ERROR}(?:[.\-–]\d{1,3}){0,3}\s*(.*)$`, 'u');
/** A table label: `Tabel 1 …`, not a table named in a sentence; or one whose number is Word's field error. */
function labelCaption(text) {
    const error = FIELD_ERROR_LABEL.exec(text);
    if (error)
        return { caption: Boolean(error[1]) };
    if (!TABLE_LABEL.test(text) || PROSE_REFERENCE.test(text))
        return undefined;
    return { caption: Boolean(TABLE_LABEL.exec(text)?.[2]) };
}
/** A line that ends a table's region: its notes or source, the next table's or figure's label, or the letter's closing. */
function endsRegion(text) {
    return (NOTE.test(text) ||
        SOURCE.test(text) ||
        TABLE_LABEL.test(text) ||
        FIELD_ERROR_LABEL.test(text) ||
        FIGURE_LABEL.test(text) ||
        CLOSING.test(text));
}
/** Most lines a row's label takes before its first value (`Socialpædagogisk støtte i` / `botilbudslignende tilbud`). */
const MAX_ROW_LABEL_LINES = 3;
/**
 * Whether the lines from `at`, after a blank line inside a table, are one more row of cells one a line: a short
 * label of a few lines, then a value (`` / `Kommuner` / `16,3`) — rows set apart by blank lines, not the prose after.
 */
function rowAfterBreak(lines, at) {
    for (let next = at; next < lines.length && next < at + MAX_ROW_LABEL_LINES + 1; next++) {
        const line = lines[next];
        if (line.role)
            continue;
        if (isDataCell(line.text))
            return next > at;
        if (line.text.length >= TEXT_LAYOUT.tableProseLine || endsRegion(line.text) || (next > at && line.breakBefore))
            return false;
    }
    return false;
}
/** A foot line at least this share of the next line's length may have wrapped into it. */
const WRAPPED_SHARE = 0.8;
/** A line that ends open: a comma, a hyphen, or a word a sentence goes on after (`… og`, `… fra`). */
const OPEN_LINE_END = /(?:[,-]|\s(?:og|eller|samt|fra|for|i|af|på|til|med))$/u;
/**
 * A table's source or note line (`Kilde: Danmarks Statistik`) right after the table, or after its other notes, ends
 * its paragraph where the next line opens a sentence (a capital) and the line, much shorter than the next, does not
 * end open: the text after a table's foot is the letter's again (`Som det fremgår af tabellen, …`), not the source's.
 */
function endsTableFoot(items, line, next) {
    if (line.endsParagraph || !next || !(SOURCE.test(line.text) || NOTE.test(line.text)))
        return line;
    if (!/^\p{Lu}/u.test(next.text) || OPEN_LINE_END.test(line.text) || endsRegion(next.text))
        return line;
    // A line as long as the next may have wrapped into it (`Anm.: Tallene omfatter kun` / `Danmarks …`).
    if (line.text.length >= next.text.length * WRAPPED_SHARE)
        return line;
    const before = items.findLast((item) => 'kind' in item || !item.role);
    const afterTable = before !== undefined && ('kind' in before || SOURCE.test(before.text) || NOTE.test(before.text));
    return afterTable ? { ...line, endsParagraph: true } : line;
}
/** The line after `index` that no table took from further on (a value column set after the table's source). */
function nextUntaken(lines, index, taken) {
    let at = index + 1;
    while (at < lines.length && taken.has(lines[at]))
        at++;
    return lines[at];
}
/**
 * Where a table's region ends: at its notes, the next label, a break before a line that is no row, or prose — or
 * where, after a page's furniture (its footer, its page number), a line of the region comes again: the table's
 * heading repeated at the top of the next page, which `continuation` reads as the same table going on (a heading of
 * years looks like a row of values, and would otherwise be read as one).
 */
function regionEnd(lines, start) {
    let end = start;
    let seenTableLine = false;
    /** The region's lines so far, by their words. */
    const seen = new Set();
    let afterFurniture = false;
    /** Whether the line before was a unit in the table's corner. */
    let cornerOnly = false;
    while (end < lines.length) {
        const candidate = lines[end];
        const text = candidate.text;
        if (endsRegion(text))
            break;
        if (candidate.role)
            afterFurniture = end > start;
        else {
            const key = words(text);
            if (afterFurniture && seen.has(key))
                break;
            afterFurniture = false;
            seen.add(key);
            const tableish = isTableish(text);
            // A unit alone in the table's corner (`Mia. kr.`) opens the table: the column headings beside it come next,
            // though a break stands between (cells one per paragraph). Rows set apart by breaks go on with it — the first
            // one too, after headings that are no table line (`Kommune` / `Befolkning` / `` / `Fanø` / `3.426`).
            const corner = !seenTableLine && CORNER_UNIT.test(text.trim());
            const afterCorner = cornerOnly && text.length < TEXT_LAYOUT.tableProseLine;
            const rowGoesOn = rowAfterBreak(lines, end);
            if (end > start && candidate.breakBefore && !tableish && !corner && !afterCorner && !rowGoesOn)
                break;
            cornerOnly = corner;
            // Prose after the table: a full-width line or a bullet once values have been seen — not a sub-row's label set
            // with a dash (`- heraf klinisk kræftforskning`). A long line with a value after it is a row's label
            // (`isLongRowLabel`).
            const prose = text.length >= TEXT_LAYOUT.tableProseLine && !isLongRowLabel(lines, end) && !isRowOfTextCells(text);
            if (seenTableLine && !tableish && (prose || (BULLET.test(text) && !isSubRowLabel(text))))
                break;
            seenTableLine ||= tableish;
        }
        end++;
    }
    return end;
}
/** A gap no sentence leaves between its words: three spaces or a tab, as a row's cells stand apart in kept layout. */
const WIDE_CELL_GAP = /\t+| {3,}/u;
/** The longest cell of a row of text cells (`Bh.kl.-1. kl.`, `Omfattede klassetrin`); a longer run is prose. */
const MAX_TEXT_CELL = 40;
/**
 * Whether a long line is a row of text cells set apart by wide gaps (`Omfattede klassetrin   Bh.kl.   Bh.kl.-1. kl.
 * …` under a row of values): three cells or more, none longer than a heading, so no prose however long the row.
 */
function isRowOfTextCells(text) {
    if (!WIDE_CELL_GAP.test(text))
        return false;
    const cells = text.trim().split(WIDE_CELL_GAP);
    return cells.length >= 3 && cells.every((cell) => cell.trim().length <= MAX_TEXT_CELL);
}
const words = (text) => text.replace(/\s+/gu, ' ').trim();
const rowText = (row) => words(row.children.map((cell) => nodeToString(cell)).join(' '));
/** A text's words in order of their spelling: the same words set in another order (headings over two lines) match. */
const wordBag = (text) => words(text).split(' ').sort().join(' ');
/** Most lines a repeated heading row is looked for over: a heading set in two or three lines of kept layout. */
const MAX_HEADING_LINES = 3;
/**
 * A table that goes on over the page: after a page break (footer lines, a form feed), its heading row again, then
 * more rows. Returns the rows read from there and where they end, if the heading row matches the table's — in one
 * line, or where the rendition kept the page's layout, in the two or three lines its headings were set in
 * (`Nominel vækst pct.   Tillægsbevilling` / `Oprindelige B2006   Mio.kr`: the same words, read line by line).
 */
function continuation(lines, from, table) {
    const header = table.children[0];
    if (!header)
        return undefined;
    let at = from;
    while (at < lines.length && lines[at]?.role)
        at++;
    const heading = wordBag(rowText(header));
    let height = 0;
    for (let count = 1; count <= MAX_HEADING_LINES && height === 0; count++) {
        const repeated = lines.slice(at, at + count);
        if (repeated.length < count || repeated.some((candidate) => candidate.role))
            break;
        if (wordBag(repeated.map((candidate) => candidate.text).join(' ')) === heading)
            height = count;
    }
    if (height === 0)
        return undefined;
    const end = regionEnd(lines, at + height);
    const region = lines.slice(at, end).filter((candidate) => !candidate.role);
    const read = readTableRegion(region.map((candidate) => candidate.text), region.some((candidate) => candidate.layout) ? { layout: region.map((candidate) => candidate.layout ?? candidate.text) } : {});
    const [again, ...rows] = read?.table.children ?? [];
    if (read?.caption !== 0 || !again || wordBag(rowText(again)) !== heading)
        return undefined;
    return { rows, lines: region, end };
}
/**
 * The same table over the next pages, from `end`, its heading row coming again on each (`continuation`): their rows
 * added to `table`; the lines they were read from, and where the last ends (the page's furniture between is the
 * caller's to emit, by its roles).
 */
function goingOn(lines, table, end) {
    const more = [];
    let at = end;
    for (let next = continuation(lines, at, table); next; next = continuation(lines, at, table)) {
        table.children.push(...next.rows);
        more.push(...next.lines);
        at = next.end;
    }
    return { lines: more, end: at };
}
/**
 * The lines after a table label as paragraphs (cells set one per paragraph), up to its notes or prose; the first
 * paragraph may be the caption and run long. Undefined when no paragraph break follows the label's caption.
 */
function cellGroups(lines, start) {
    const groups = [];
    let at = start;
    for (; at < lines.length; at++) {
        const line = lines[at];
        if (line.role)
            continue;
        if (endsRegion(line.text))
            break;
        const last = groups.at(-1);
        if (!last || line.breakBefore) {
            if (groups.length > 0 && line.text.length >= TEXT_LAYOUT.tableProseLine && !isLongRowLabel(lines, at))
                break;
            groups.push([line]);
        }
        else {
            if (groups.length > 1 && (last.length >= MAX_CELL_LINES || line.text.length >= TEXT_LAYOUT.tableProseLine))
                return undefined;
            last.push(line);
        }
    }
    return groups.length > 4 ? { groups, end: at } : undefined;
}
/** A page number alone on its line: `1`, `12`. */
const PAGE_NUMBER_LINE = /^\d{1,3}$/u;
/**
 * A page number set right before the page's footer (`1` / `SUU, Alm.del - 2019-20 - Endeligt svar på …`): the
 * page's foot, no cell of a table it interrupts (a column one value too long reads as another table).
 */
function withPageNumbers(lines) {
    // A footer of words: a page number marked as the last line's footer makes no number before it one.
    const isFooter = (next) => next?.role === 'page-footer' && !PAGE_NUMBER_LINE.test(next.text.trim());
    return lines.map((line, at) => !line.role && isFooter(lines[at + 1]) && PAGE_NUMBER_LINE.test(line.text.trim()) && !numbersItsPage(lines, at + 1)
        ? { ...line, role: 'page-footer' }
        : line);
}
/** A footer's own page number: `Side`, `1/3`, `Side 2 af 4`. */
const FOOTER_PAGE = /^(?:Side(?:\s+\d{1,3}(?:\s*(?:\/|af)\s*\d{1,3})?)?|\d{1,3}\s*\/\s*\d{1,3})$/iu;
/** Most lines of a page's footer looked through for its own page number. */
const MAX_FOOTER_LINES = 4;
/**
 * Whether the footer from `at` numbers its page itself (`Side` / `1/3`): then a number alone before it is no page
 * number but the last cell of a table the page break interrupts (`… 30` / `49` / `Side` / `1/3`).
 */
function numbersItsPage(lines, at) {
    for (let next = at; next < at + MAX_FOOTER_LINES && lines[next]?.role === 'page-footer'; next++) {
        if (FOOTER_PAGE.test(lines[next].text.trim()))
            return true;
    }
    return false;
}
/**
 * Whether the items so far end in a table whose cells are lost and short lines after it: the rest of that table's
 * cells (a scrambled table goes on past its region), already warned — no second table is made of them.
 */
function afterLostTable(items) {
    for (let at = items.length - 1; at >= 0; at--) {
        const item = items[at];
        if ('kind' in item)
            return item.table.data?.reader === 'layout-lost';
        if (!item.role && item.text.length >= TEXT_LAYOUT.tableProseLine)
            return false;
    }
    return false;
}
/**
 * Find table bodies: after `Tabel N` and its caption, up to `Anm.:`, `Kilde:` or prose (cells one per paragraph
 * first, then lines of a table). Returns the items with each recognised table body replaced by a table item.
 */
export function withTables(input) {
    const lines = withPageNumbers(splitGluedLeadIns(input));
    const items = [];
    /**
     * The lines of `[from, end)` that are no table's: role lines untouched, in order, and the letterhead's lines a table
     * was read without (`letterhead-in-table.ts`) as the sidebar they are.
     */
    const emitFurniture = (from, end, letterhead) => {
        for (const candidate of lines.slice(from, end)) {
            if (candidate.role)
                items.push(candidate);
            else if (letterhead?.has(candidate))
                items.push({ ...candidate, role: 'sidebar' });
        }
    };
    /** A table read from `found.lines`: the lines that are no table's first, then the table. */
    const emit = (from, found) => {
        emitFurniture(from, found.end, found.furniture && new Set(found.furniture));
        const sourceLines = found.lines.map(({ breakBefore: _b, endsParagraph: _e, ...rest }) => rest);
        items.push({ kind: 'table', table: found.table, lines: sourceLines });
    };
    // Runs of lines whose values are run together, by their first line.
    const gluedRuns = new Map();
    for (let at = 0; at < lines.length; at++) {
        const run = gluedValuesRun(lines, at);
        if (run) {
            gluedRuns.set(run.start, run);
            at = run.end - 1;
        }
    }
    // Lines a table took from further on (a value column set after the text that interrupts it): not emitted again.
    const taken = new Set();
    let index = 0;
    while (index < lines.length) {
        if (taken.has(lines[index])) {
            index++;
            continue;
        }
        const glued = gluedRuns.get(index);
        if (glued) {
            // Values run together: the lines are kept as a table whose cells are lost, not split by guess.
            const run = lines.slice(glued.start, glued.end);
            emit(glued.start, {
                table: lostTable(run.map((line) => line.text)),
                lines: run,
                end: glued.end,
            });
            index = glued.end;
            continue;
        }
        // The run first: most lines start none, and `afterLostTable` walks back over the items.
        const lost = lostCellsRun(lines, index);
        if (lost && !afterLostTable(items)) {
            // Data cells no reader took: a scrambled table, kept with its cells lost rather than as a paragraph of numbers.
            const { run } = lost;
            emit(lost.start, {
                table: lostTable(run.map((candidate) => candidate.text)),
                lines: run,
                end: lost.end,
            });
            index = lost.end;
            continue;
        }
        const line = lines[index];
        const labelled = line.role ? undefined : labelCaption(line.text);
        const label = labelled !== undefined;
        items.push(label && isCellMarked(line.text)
            ? { ...line, text: withoutCellMark(line.text) }
            : endsTableFoot(items, line, nextUntaken(lines, index, taken)));
        const labelAt = items.length - 1;
        index++;
        if (!label) {
            // A table no label announces, after its lead-in (`… som følger:`). After a role line (the sidebar's last line,
            // set beside the paragraph before the table) only a table whose columns the layout keeps: cells one a line
            // there are too often the letterhead's own lines.
            const bare = line.role
                ? gappedTable(lines, index)
                : (cellMarkedTable(lines, index) ?? gappedTable(lines, index) ?? bareTable(lines, index));
            if (bare?.table.data?.reader === 'layout-lost')
                continue;
            if (bare) {
                // The same table over the next pages: its furniture between is emitted with the table's (`emit`).
                const more = goingOn(lines, bare.table, bare.end);
                emit(index, { ...bare, lines: [...bare.lines, ...more.lines], end: more.end });
                index = more.end;
            }
            continue;
        }
        const marked = cellMarkedTable(lines, index);
        if (marked) {
            emit(index, marked);
            index = marked.end;
            continue;
        }
        // Caption: text lines up to the first table line; cut after the last sentence end.
        const start = index;
        const grouped = cellGroups(lines, start);
        const byGroups = grouped && tableFromCellGroups(grouped.groups.map((group) => group.map((candidate) => candidate.text)));
        if (grouped && byGroups) {
            const flat = grouped.groups.flat();
            const caption = flat.slice(0, byGroups.caption);
            emitFurniture(start, grouped.end);
            for (const [at, candidate] of caption.entries()) {
                items.push({ ...candidate, breakBefore: at === 0, endsParagraph: at === caption.length - 1 });
            }
            const cellLines = flat.slice(byGroups.caption).map(({ breakBefore: _b, endsParagraph: _e, ...rest }) => rest);
            items.push({ kind: 'table', table: byGroups.table, lines: cellLines });
            index = grouped.end;
            continue;
        }
        let end = regionEnd(lines, start);
        const readRegion = (skip) => {
            const kept = lines.slice(start, end).filter((candidate) => !candidate.role && !skip?.has(candidate));
            const options = {
                labelCaption: labelled?.caption === true,
                captionOpen: labelled?.caption === true && brackets(line.text, '(') > brackets(line.text, ')'),
                ...(kept.some((candidate) => candidate.layout) ? { layout: kept.map((candidate) => candidate.layout ?? candidate.text) } : {}),
            };
            return {
                region: kept,
                read: readTableRegion(kept.map((candidate) => candidate.text), options),
            };
        };
        // A note set among the table's lines, under the heading it marks (`2019*` / `*til og med 8. september 2019` /
        // `Antal dage til søs` / `330` …): the table is read without it, and it follows the table as its note.
        const inner = innerNotes(lines.slice(start, end));
        let { region, read } = readRegion(inner);
        if (inner.size > 0 && (!read || read.table.data?.reader === 'layout-lost')) {
            inner.clear();
            ({ region, read } = readRegion());
        }
        // The letterhead printed inside the table (`letterhead-in-table.ts`): a table that does not read with its lines,
        // or reads only as one whose cells are lost, is read without them (a lost table's caption then does not take
        // the letterhead's street and `Postboks` lines either).
        const readLost = read?.table.data?.reader === 'layout-lost';
        const letterhead = read && !readLost ? new Set() : letterheadInTable(lines, start, end);
        if (letterhead.size > 0) {
            const without = readRegion(new Set([...letterhead, ...inner]));
            if (without.read || !readLost)
                ({ region, read } = without);
        }
        if (!read || read.table.data?.reader === 'layout-lost') {
            // Labels only (or cells no reader could lay out): the value column may have been set after the text that
            // follows the table.
            const captionLines = labelled?.caption ? 0 : Math.min(captionEnd(region.map((candidate) => candidate.text)), 1);
            const split = splitColumn(region.slice(captionLines), lines, end);
            if (split) {
                emitFurniture(start, end, letterhead);
                region.slice(0, captionLines).forEach((candidate, at) => {
                    items.push({ ...candidate, breakBefore: at === 0, endsParagraph: at === captionLines - 1 });
                });
                const sourceLines = [...region.slice(captionLines), ...split.valueLines].map(({ breakBefore: _b, endsParagraph: _e, ...rest }) => rest);
                items.push({ kind: 'table', table: split.table, lines: sourceLines });
                for (const candidate of split.valueLines)
                    taken.add(candidate);
                index = end;
                continue;
            }
            if (!read)
                continue;
        }
        if (read.length !== undefined && read.length < region.length) {
            // The table ends before the region does: the lines after it are no table's.
            region = region.slice(0, read.length);
            end = lines.indexOf(region.at(-1)) + 1;
        }
        const caption = region.slice(0, read.caption);
        const body = region.slice(read.caption);
        // The region's role lines and the letterhead interleaved in the table, untouched, in order.
        emitFurniture(start, end, letterhead);
        // After a label that carries the caption, the caption's further lines (a unit in brackets: `(mio. kr.)`) go on
        // in the label's paragraph, so that the caption is read whole and the label stays its table's.
        const joinLabel = labelled?.caption === true && caption.length > 0 && items[labelAt] !== undefined;
        if (joinLabel)
            items[labelAt] = { ...items[labelAt], endsParagraph: false };
        caption.forEach((candidate, at) => {
            items.push({ ...candidate, breakBefore: at === 0 && !joinLabel, endsParagraph: at === caption.length - 1 });
        });
        // The same table over the next pages, its heading row repeated: one table.
        const more = goingOn(lines, read.table, end);
        for (const candidate of lines.slice(end, more.end))
            if (candidate.role)
                items.push(candidate);
        body.push(...more.lines);
        end = more.end;
        const sourceLines = body.map(({ breakBefore: _b, endsParagraph: _e, ...rest }) => rest);
        if (body.length > 0)
            items.push({ kind: 'table', table: read.table, lines: sourceLines });
        for (const note of inner)
            if (lines.indexOf(note) < end)
                items.push({ ...note, breakBefore: true, endsParagraph: true });
        index = end;
    }
    return items;
}
/**
 * The lines of a table's region that are notes to a line before them (`notesCell`): a heading or value marked `*` or
 * `¹`, its note set among the rows.
 */
function innerNotes(region) {
    const notes = new Set();
    const texts = [];
    for (const line of region) {
        if (line.role)
            continue;
        if (texts.length > 0 && notesCell(line.text, texts))
            notes.add(line);
        else
            texts.push(line.text);
    }
    return notes;
}
//# sourceMappingURL=tables.js.map