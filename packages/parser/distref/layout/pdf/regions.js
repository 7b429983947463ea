import { isNumericToken } from '../../util/numbers.js';
import { PDF_LAYOUT } from '../constants.js';
import { FTDK_FOOTER, PAGE_NUMBER, STAMP_COMMITTEE, STAMP_PUBLIC } from '../roles.js';
import { flatMapped, flatten } from './flatten.js';
import { splitHeadColumns } from './head-columns.js';
import { splitLine } from './lines.js';
import { hasValues } from './tables.js';
/** A footnote's first line: its number, then text (`1Opgørelsen …`, `2 Kilde: …`). */
const FOOTNOTE_START = /^(\d{1,2})\s?(?=\S)/u;
/** Lines in one piece in the text's size enough to read the column's left edge from them alone. */
const MIN_SINGLE_LINES = 3;
/** Round to a grid to find the most common edge. */
const EDGE_GRID = 2;
function mode(values) {
    const counts = new Map();
    for (const value of values) {
        const key = Math.round(value / EDGE_GRID) * EDGE_GRID;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let best = 0;
    let bestCount = -1;
    for (const [key, count] of counts) {
        if (count > bestCount) {
            best = key;
            bestCount = count;
        }
    }
    return best;
}
/**
 * The column of running text: the most common font size (by characters of lines in one piece: running text, not a
 * table's rows, whose cells stand apart — a long table in small print may hold more characters than the letter's
 * text), its left edge and its right edge.
 */
export function findColumn(lines) {
    const sizes = new Map();
    const count = (line) => {
        const key = Math.round(line.size * 2) / 2;
        sizes.set(key, (sizes.get(key) ?? 0) + line.text.length);
    };
    for (const line of lines)
        if (line.segments.length === 1)
            count(line);
    // A page of nothing but lines in pieces: all of them.
    if (sizes.size === 0)
        for (const line of lines)
            count(line);
    const bodySize = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 11;
    const body = lines.filter((line) => Math.abs(line.size - bodySize) <= bodySize * 0.1);
    // The left edge from lines in one piece too, where there are a few: a table's rows in nearly the text's size (9 pt
    // under 8.5 pt notes) start at its label column, and more of them than of the text would make that the column's edge.
    const single = body.filter((line) => line.segments.length === 1);
    const left = mode((single.length >= MIN_SINGLE_LINES ? single : body).map((line) => line.x0));
    // The longest run of text from the left edge is the column's width. Only a line's first segment counts: a sidebar
    // on the same baseline is a later segment, and a table row's first segment is its (short) label. (A percentile
    // would underestimate the edge in a short letter of short lines.)
    const fromLeft = body.filter((line) => Math.abs(line.x0 - left) <= bodySize);
    const right = Math.max(...fromLeft.map((line) => line.segments[0]?.x1 ?? line.x0), left + bodySize);
    return { left, right, bodySize };
}
/** Table rows that run on past the column into the margin, at least this many on a page, are not split. */
const MIN_OVERFLOWING_ROWS = 2;
/** How many lines above a table's row a header line may stand (a heading wrapped over three lines, and one more). */
const HEADER_LINES_ABOVE_ROW = 4;
/** Points a header's part may end past the rows under it (a heading's star, a rounding). */
const EDGE_SLACK = 2;
/**
 * Whether a line's part beyond the column is the table's below it: a row of values within a few lines under it runs on
 * past the column's edge as far as the part does (a heading wrapped in the table's last column, `eller` under
 * `Heraf fundet beklageligt`, right-aligned in a table set wider than the text). A sidebar cannot stand there: the
 * table's rows take its place.
 */
function headsWideRows(lines, at, outside, limit) {
    const end = Math.max(...outside.map((segment) => segment.x1));
    for (const row of lines.slice(at + 1, at + 1 + HEADER_LINES_ABOVE_ROW)) {
        if (isRow(row) && row.x1 > limit && row.x1 >= end - EDGE_SLACK)
            return true;
    }
    return false;
}
/**
 * Small print — a sidebar left of the column, a footer's lines, a logo's lettering — is set smaller than the text:
 * below this share of the body's size (8.5 pt beside 11 pt).
 */
const SMALL_PRINT = 0.92;
/** Whether a size is small print beside the column's text (`SMALL_PRINT`). */
function isSmallPrint(size, column) {
    return size < column.bodySize * SMALL_PRINT;
}
/**
 * Whether a segment stands in a sidebar LEFT of the column (Uddannelses- og Forskningsministeriet's date and address
 * block): it ends clear of the column's left edge and is set smaller than the text.
 */
function leftOfColumn(part, column) {
    return part.x1 < column.left - column.bodySize * 0.5 && isSmallPrint(part.size, column);
}
/**
 * Split lines that run from the column into the margin beside it (body text and sidebar on one baseline) — but
 * not a table wider than the column (on a page without a sidebar, tables may use the margin): where at least two
 * lines are table rows inside the column (two or more cells) that go on with values only beyond it.
 */
export function splitAtColumn(pages, column) {
    const limit = column.right + column.bodySize * 0.5;
    return pages.map((lines) => {
        // The lines with segments on both sides of the limit, each cut once (a line of one segment is on one side).
        const parts = new Map();
        for (const line of lines) {
            if (line.segments.length < 2)
                continue;
            const inside = [];
            const outside = [];
            for (const segment of line.segments)
                (segment.x0 < limit && !leftOfColumn(segment, column) ? inside : outside).push(segment);
            if (inside.length > 0 && outside.length > 0)
                parts.set(line, { inside, outside });
        }
        const overflowing = [...parts].filter(([, { inside, outside }]) => inside.length >= 2 && outside.every((segment) => isNumericToken(segment.text.trim())));
        const whole = new Set(overflowing.length >= MIN_OVERFLOWING_ROWS ? overflowing.map(([row]) => row) : []);
        // A table row whose last value alone passes the limit, under values of the same column that start inside it
        // (`.` set flush right under `36`): the row is whole. Looked for only where an overflowing row is not yet whole.
        if (whole.size < overflowing.length) {
            const reach = tableReach(lines, limit);
            for (const [row, { outside }] of overflowing)
                if (outside.every((segment) => segment.x0 < reach))
                    whole.add(row);
        }
        const split = [];
        for (const [at, line] of lines.entries()) {
            const cut = whole.has(line) ? undefined : parts.get(line);
            if (cut && !headsWideRows(lines, at, cut.outside, limit))
                split.push(...splitLine(line, cut.inside, cut.outside));
            else
                split.push(line);
        }
        return split.sort((a, b) => b.y - a.y || a.x0 - b.x0);
    });
}
/**
 * How far right the table rows inside the column reach: the right end of their segments that start inside `limit`,
 * over the lines of two or more segments whose later segments are values.
 */
function tableReach(lines, limit) {
    let reach = Number.NEGATIVE_INFINITY;
    for (const line of lines) {
        if (line.segments.length < 2 || !line.segments.slice(1).every((segment) => isNumericToken(segment.text.trim())))
            continue;
        for (const segment of line.segments)
            if (segment.x0 < limit)
                reach = Math.max(reach, segment.x1);
    }
    return reach;
}
/** A bare number only numbers a page the document has: `3`, `- 3 -`; a table's last value `978` at the foot of a page does not. */
const BARE_NUMBER = /^-?\s*(\d{1,3})\s*-?$/u;
function isPageNumber(text, pageCount) {
    if (!PAGE_NUMBER.test(text))
        return false;
    const bare = BARE_NUMBER.exec(text.trim());
    return !bare || (Number(bare[1]) >= 1 && Number(bare[1]) <= pageCount);
}
/**
 * A footer line that ends in its page number: the ministry's line and "Side 1/1" on one baseline (Chromium's footer
 * boxes side by side), in print smaller than the text.
 */
function endsInPageNumber(line, pageCount, column) {
    const last = line.segments.at(-1);
    // A worded page number ("Side 1/1", "1/2"), not a table row's last value ("2 -").
    const worded = last !== undefined && /[^\d\s-]/u.test(last.text) && isPageNumber(last.text, pageCount);
    return line.segments.length >= 2 && worded && !hasValues(line) && isSmallPrint(line.size, column);
}
/** A table row: cells apart, values among them (a footer's phone numbers stand in one segment). */
function isRow(line) {
    return line.segments.length >= 2 && hasValues(line);
}
/**
 * Small print centred on the page (or on the text's column) in its bottom band: a footer's line (the ministry's address, `Dok. nr. …`) by the
 * letter's typography — a footnote starts at the column's left with its number.
 */
function centredSmallPrint(line, box, column) {
    const middle = (line.x0 + line.x1) / 2;
    const centred = Math.abs(middle - box.width / 2) <= column.bodySize || Math.abs(middle - (column.left + column.right) / 2) <= column.bodySize;
    const small = isSmallPrint(line.size, column);
    return centred && small && line.segments.length === 1 && !FOOTNOTE_START.test(line.text) && line.x0 > column.left + column.bodySize;
}
/** A footer's lines chained to one in the bottom band may stand up to this many bands from the page's foot. */
const FOOTER_REACH = 2;
/**
 * Whether a line in the bottom band continues a footer line: right below it in the same small print (a footer that
 * wraps), or right over or under it in print smaller than the text (the footer's lines around its page number).
 */
function footerNeighbour(footer, line, column) {
    const distance = Math.abs(footer.y - line.y);
    if (distance > Math.max(footer.size, line.size) * 1.6 || isRow(line))
        return false;
    if (footer.y > line.y && Math.abs(footer.size - line.size) < 0.5)
        return true;
    return Math.abs(footer.size - line.size) <= 1 && isSmallPrint(line.size, column) && isSmallPrint(footer.size, column);
}
/** Digits replaced, so that "Side 1/3" and "Side 2/3" compare equal. */
function shape(text) {
    return text.replace(/\d+/gu, '#').trim();
}
/** The page a line is laid out on where its box is missing (A4). */
const DEFAULT_BOX = { width: 595, height: 842 };
/** Running headers and footers repeat at the same height; rounding makes small drifts equal. */
const REPEAT_POSITION_GRID = 4;
/** The key under which a line may repeat from page to page: its shape and its height on the page. */
function repeatKey(line) {
    return `${Math.round(line.y / REPEAT_POSITION_GRID)}|${shape(line.text)}`;
}
export function assignRegions(input, boxes) {
    const column = findColumn(flatten(input));
    const pages = splitHeadColumns(splitAtColumn([...input], column), column);
    const all = flatten(pages);
    const roles = new Map();
    const pageCount = pages.length;
    const heightOf = (index) => boxes[index]?.height ?? DEFAULT_BOX.height;
    const bandOf = (index) => heightOf(index) * PDF_LAYOUT.marginBand;
    // Whether a line repeats is asked in the head and foot bands only (below), and the lines of one key stand less than
    // a grid step apart: only lines within two steps of a band (of any page) need a key.
    let footReach = Number.NEGATIVE_INFINITY;
    let headReach = Number.POSITIVE_INFINITY;
    for (let index = 0; index < pageCount; index++) {
        footReach = Math.max(footReach, bandOf(index) + 2 * REPEAT_POSITION_GRID);
        headReach = Math.min(headReach, heightOf(index) - bandOf(index) - 2 * REPEAT_POSITION_GRID);
    }
    // Only a document of several pages has lines that repeat; each line's key is made once.
    const keys = new Map();
    const repeated = new Map();
    for (const line of pageCount > 1 ? all : []) {
        // Table rows repeat their shape ("#### ###.###") from page to page, but not their place; nor are they one piece.
        if (line.segments.length > 1 || (line.y >= footReach && line.y <= headReach))
            continue;
        const key = repeatKey(line);
        keys.set(line, key);
        repeated.set(key, (repeated.get(key) ?? new Set()).add(line.page));
    }
    const repeats = (line) => (repeated.get(keys.get(line) ?? '')?.size ?? 0) >= Math.min(pageCount, 2);
    /** A page's footer line by its text, or because it repeats. */
    const isFooter = (line) => isPageNumber(line.text, pageCount) || FTDK_FOOTER.test(line.text) || repeats(line) || endsInPageNumber(line, pageCount, column);
    const markers = new Set(flatMapped(all, (line) => line.markers));
    pages.forEach((lines, index) => {
        const box = boxes[index] ?? { page: index + 1, ...DEFAULT_BOX };
        const band = bandOf(index);
        const inColumn = lines.filter((line) => line.x0 < column.right - column.bodySize);
        const columnTop = Math.max(...inColumn.map((line) => line.y), 0);
        // "Offentligt" ends the ft.dk stamp: what stands below it in the margin is the letterhead.
        const stampEnd = lines.find((line) => STAMP_PUBLIC.test(line.text) && line.x0 > column.right)?.y;
        for (const line of lines) {
            // Whether the line repeats, or numbers the page, matters only in the bands at the page's foot and head: asked
            // only there.
            const foot = line.y < band;
            if (foot && (isFooter(line) || centredSmallPrint(line, box, column))) {
                roles.set(line, 'page-footer');
            }
            else if (line.y > box.height - band && index > 0 && (repeats(line) || isPageNumber(line.text, pageCount))) {
                roles.set(line, 'page-header');
            }
            else if (FTDK_FOOTER.test(line.text)) {
                roles.set(line, 'page-footer');
            }
            else if (leftOfColumn(line, column)) {
                roles.set(line, 'sidebar');
            }
            else if (line.x0 > column.right + column.bodySize * 0.5) {
                const belowStamp = stampEnd !== undefined && line.y < stampEnd - line.size * 0.5;
                const stampLike = !belowStamp && (STAMP_COMMITTEE.test(line.text) || STAMP_PUBLIC.test(line.text) || line.y > columnTop);
                roles.set(line, stampLike && index === 0 && line.y > box.height - 2 * band ? 'stamp' : 'sidebar');
            }
        }
        // The stamp is set flush right: the lines right above its "Offentligt", ending at the same edge, belong to it
        // even where they reach into the column (a letter whose text runs the page's full width).
        const publicLine = lines.find((line) => roles.get(line) === 'stamp' && STAMP_PUBLIC.test(line.text));
        if (publicLine && index === 0) {
            let below = publicLine;
            for (const line of lines.filter((other) => other.y > publicLine.y).sort((a, b) => a.y - b.y)) {
                if (line.y - below.y > line.size * 2.5 || Math.abs(line.x1 - publicLine.x1) > line.size)
                    break;
                roles.set(line, 'stamp');
                below = line;
            }
        }
        // The stamp is a block: a case line between committee line and "Offentligt" belongs to it.
        const stamp = lines.filter((line) => roles.get(line) === 'stamp');
        if (stamp.length > 0) {
            const top = Math.max(...stamp.map((line) => line.y));
            const bottom = Math.min(...stamp.map((line) => line.y));
            for (const line of lines)
                if (line.y <= top && line.y >= bottom && line.x0 > box.width / 2)
                    roles.set(line, 'stamp');
        }
        // A logo's lettering: small print at the top left of page 1, above the first line in the text's size (the
        // ministry's name beside its logo, `Miljø- og` / `Fødevareministeriet`), is the letterhead's.
        if (index === 0) {
            const firstText = lines.find((line) => !roles.has(line) && Math.abs(line.size - column.bodySize) <= column.bodySize * 0.1);
            for (const line of lines) {
                if (!firstText || line.y <= firstText.y || roles.has(line) || line.x1 >= box.width / 2)
                    continue;
                if (isSmallPrint(line.size, column) && line.segments.length === 1)
                    roles.set(line, 'sidebar');
            }
        }
        // Footnotes: small print below the last line of body-size text, above the footer, numbered by a marker
        // that stands in the text (table rows in small print below the text start with numbers too).
        const bodyLines = lines.filter((line) => !roles.has(line) && line.size >= column.bodySize * PDF_LAYOUT.smallText);
        const lastBody = Math.min(...bodyLines.map((line) => line.y), box.height);
        let current;
        let noteLeft = 0;
        for (const line of lines) {
            if (roles.has(line) || line.y >= lastBody || line.size >= column.bodySize * PDF_LAYOUT.smallText || line.segments.length > 1)
                continue;
            const start = FOOTNOTE_START.exec(line.text);
            if (start?.[1]) {
                current = markers.has(start[1]) ? start[1] : undefined;
                noteLeft = line.x0;
            }
            else if (line.x0 - noteLeft > column.bodySize) {
                // A footnote's lines run on from its left edge; small print set further in (a footer line) ends it.
                current = undefined;
            }
            if (current === undefined)
                continue;
            roles.set(line, 'footnote');
        }
        // After the footnotes (small print too, numbered from the text): a footer that wraps, a line in the bottom band
        // right below a footer line in the same small print; and the footer's own lines set over or under its page number ("Side 1/1" / "Dok. nr. 19/00528-2", the ministry's
        // address), in print smaller than the text, line by line from the footer outward.
        for (let added = true; added;) {
            added = false;
            for (const line of lines) {
                // A footer block may reach above the band where the letter's bottom margin is deep (the band is a share of
                // the page); a numbered line there is a footnote's.
                if (roles.has(line) || line.y >= band * FOOTER_REACH || (line.y >= band && FOOTNOTE_START.test(line.text)))
                    continue;
                const next = lines.find((other) => roles.get(other) === 'page-footer' && footerNeighbour(other, line, column));
                if (next) {
                    roles.set(line, 'page-footer');
                    added = true;
                }
            }
        }
        // The letterhead's address block at the foot of the first page (Justitsministeriet's `Slotsholmsgade 10` /
        // `1216 København K.` / `T +45 …`, right of the text's middle): small print in one piece, set right of the column's
        // middle, below the page's last line in the text's size. A footnote starts at the column's left; a table's row
        // has its cells apart; the footer's lines (ft.dk's running line wrapped, `der modtager dagpenge`) have their role.
        if (index === 0) {
            const middle = (column.left + column.right) / 2;
            const textSized = lines.filter((line) => !roles.has(line) && !isSmallPrint(line.size, column) && line.x0 < middle);
            const lastText = Math.min(...textSized.map((line) => line.y), box.height);
            for (const line of lines) {
                if (roles.has(line) || line.y >= lastText || line.x0 <= middle || line.segments.length !== 1)
                    continue;
                if (isSmallPrint(line.size, column))
                    roles.set(line, 'sidebar');
            }
        }
    });
    return { pages, column, roles };
}
//# sourceMappingURL=regions.js.map