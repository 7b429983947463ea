import { median } from '../../util/median.js';
import { PDF_LAYOUT } from '../constants.js';
import { FIGURE_LABEL, MARKED_NOTE, NOTE, SOURCE, TABLE_LABEL } from '../markers.js';
import { sentenceEnds } from '../paragraph-ends.js';
import { isLetterheadLine } from '../roles.js';
import { flatten } from './flatten.js';
import { assignRegions } from './regions.js';
import { buildTable, buildWordTable, hasValues, headingsOverRow, headsColumns, isTabular, pieces, withHeadingsSplit, yearsOverRow, } from './tables.js';
/** Caption lines after "Tabel N" at most. */
const MAX_CAPTION_LINES = 4;
/** A caption line starts within this many font sizes right of its label's left edge. */
const CAPTION_INDENT = 3;
/** Heading lines above an unlabelled table's first row of values at most ("Realiserede merudgifter" / "i 2020 …"). */
const MAX_HEADING_LINES = 6;
/** A table's lines (its heading lines, its rows) stand at most this many line pitches apart. */
const TABLE_LINE_GAP = 2.2;
/** The widest share of the column a cell's wrapped end may take as a line of its own between rows (`wrappedBeforeRow`). */
const WRAPPED_CELL_WIDTH = 0.4;
/** `Dato: 30. marts 2021`: a letterhead's date with its label, on one line. */
const LABELLED_DATE = /^(?:Dato|Date)(?::\s{0,4}|\s{1,4})\d{1,2}\.\s?\p{L}+\.?\s{1,3}\d{4}$/u;
/**
 * Whether a line of page 1 is the letterhead's, by its text (`1220 København K`, `CVR nr.: 20453044`, `Sags nr.:
 * 21/06771`, `Dato: 30. marts 2021`): such a line starts no unlabelled table, though a letterhead's label column set
 * beside its values, or its words placed one by one, can read as columns with figures in them.
 */
function isLetterhead(line) {
    return line.page === 1 && (isLetterheadLine(line.text) || LABELLED_DATE.test(line.text));
}
/** Two font sizes differ when they are further apart than this share of the smaller (a table's 9 pt beside 11 pt text). */
const SIZE_CHANGE = 0.08;
export function layoutPdf(input) {
    const uncertainPages = new Set();
    const { boxes, rules } = input;
    const { pages, column, roles } = assignRegions(input.pages, boxes);
    let ordinal = 0;
    const source = (line, role) => {
        ordinal++;
        const result = {
            text: line.text,
            line: ordinal,
            page: line.page,
            bbox: [round(line.x0), round(line.y), round(line.x1), round(line.y + line.size)],
            size: round(line.size),
        };
        if (role)
            result.role = role;
        return result;
    };
    /** The line with its breaks, its fields in the order `{ ...source(line, role), breakBefore, endsParagraph }` gives (no copy). */
    const layoutLine = (line, breakBefore, endsParagraph, role) => {
        const result = source(line, role);
        result.breakBefore = breakBefore;
        result.endsParagraph = endsParagraph;
        return result;
    };
    const bodyLines = pages.map((lines) => lines.filter((line) => !roles.has(line)));
    // Line pitch inside paragraphs: the most common baseline step between body-size lines.
    const steps = [];
    for (const lines of bodyLines) {
        lines.forEach((line, index) => {
            const next = lines[index + 1];
            if (next && Math.abs(line.size - column.bodySize) < 0.5 && Math.abs(next.size - column.bodySize) < 0.5) {
                const step = line.y - next.y;
                if (step > 0 && step < line.size * 2.5)
                    steps.push(step);
            }
        });
    }
    const pitch = median(steps) || column.bodySize * 1.2;
    // Justified text: most body-size lines end flush with the column's right edge, so only a paragraph's last line
    // stops short, and a sentence end a little short of the edge already ends the paragraph.
    const bodySized = flatten(bodyLines).filter((line) => Math.abs(line.size - column.bodySize) < 0.5 && line.segments.length === 1);
    const flush = bodySized.filter((line) => Math.abs(column.right - line.x1) <= PDF_LAYOUT.flushTolerance).length;
    const shortLine = flush >= bodySized.length * PDF_LAYOUT.justifiedShare ? PDF_LAYOUT.shortLineJustified : PDF_LAYOUT.shortLine;
    const items = [];
    /** Lines of a page already taken by a table that began on the page before. */
    const consumed = new Set();
    /** The body lines set as text, in order, while each is the last item (emptied when anything else is set). */
    const pushed = [];
    let previous;
    /**
     * Whether an unlabelled table starts at a line: a tabular line with values, and a tabular line after it; or a line
     * whose headings stand over the values of the line after it (`headingsOverRow`).
     */
    const startsTable = (body, index) => {
        const line = body[index];
        const next = body[index + 1];
        if (next === undefined || isLetterhead(line))
            return false;
        if (isTabular(line) && hasValues(line) && (isTabular(next) || wrappedBeforeRow(body, index)))
            return true;
        return isTabular(next) && headingsOverRow(line, next);
    };
    /**
     * Whether the line after a row of values is the end of a cell wrapped in it (`25 (9,8` / `%) (9)`), a short line
     * of one piece, with another row of values right after it: a table whose rows each wrap, so that no two tabular
     * lines follow each other.
     */
    const wrappedBeforeRow = (body, index) => {
        const next = body[index + 1];
        const after = body[index + 2];
        const short = next.x1 - next.x0 < (column.right - column.left) * WRAPPED_CELL_WIDTH;
        return short && after !== undefined && isTabular(after) && hasValues(after);
    };
    pages.forEach((lines, pageIndex) => {
        const page = lines.filter((line) => roles.has(line));
        // ft.dk's stamp first, then the letterhead's lines: the stamp is printed over the page at the top right, and lines
        // of a logo's lettering at the top left (`Indenrigs- og` / `Sundhedsministeriet`) would otherwise stand apart, a
        // stamp line between them, where the page's lines are taken top to bottom.
        const top = page.filter((line) => roles.get(line) === 'stamp');
        for (const line of page)
            if (roles.get(line) === 'sidebar' || roles.get(line) === 'page-header')
                top.push(line);
        for (const line of top)
            items.push(layoutLine(line, false, false, roles.get(line)));
        pushed.length = 0;
        const body = bodyLines[pageIndex] ?? [];
        // Whether a table starts at each line, read once: the heading search and the loop below both ask.
        const tableStarts = body.map((_, index) => startsTable(body, index));
        const startsAt = (_, index) => tableStarts[index] === true;
        const headed = headingStarts(body, startsAt, column.bodySize, pitch);
        for (let index = 0; index < body.length; index++) {
            const line = body[index];
            if (consumed.has(line))
                continue;
            // A table: "Tabel N", caption, then tabular lines (possibly continued on the next page); an unlabelled table
            // from its heading lines.
            if (TABLE_LABEL.test(line.text) || headed.has(index) || startsAt(body, index)) {
                const labelled = TABLE_LABEL.test(line.text);
                let cursor = labelled ? index + 1 : index;
                const caption = [];
                while (labelled &&
                    cursor < body.length &&
                    caption.length < MAX_CAPTION_LINES &&
                    !isTabular(body[cursor]) &&
                    !cellsSetClose(body[cursor], line.size)) {
                    const candidate = body[cursor];
                    if (NOTE.test(candidate.text) || SOURCE.test(candidate.text) || FIGURE_LABEL.test(candidate.text))
                        break;
                    // A caption runs on from the label's left edge; a line set well right of it heads a value column.
                    if (candidate.x0 - line.x0 > CAPTION_INDENT * column.bodySize)
                        break;
                    caption.push(candidate);
                    cursor++;
                }
                const tableLines = [];
                const continues = (candidate, afterPageBreak) => {
                    const text = candidate.text;
                    if (NOTE.test(text) || SOURCE.test(text) || TABLE_LABEL.test(text) || FIGURE_LABEL.test(text))
                        return false;
                    // A footnote to the cells opened by its mark (`¹) angivet i 1.000 helårspersoner`) ends the rows, figures or not.
                    if (tableLines.some(hasValues) && MARKED_NOTE.test(text))
                        return false;
                    // The line an unlabelled table starts at is its own, tabular or not (headings as one piece: `headingsOverRow`).
                    const start = !labelled && candidate === line;
                    const wide = !start && !isTabular(candidate) && candidate.x1 - candidate.x0 > (column.right - column.left) * 0.85;
                    // Under a label, before any row: a header line that pdf.js gave as one text item across the columns reads as
                    // wide as prose; it is the header's where a row of values follows close below.
                    const prose = wide &&
                        !(labelled && !tableLines.some(hasValues) && rowFollows(body, body.indexOf(candidate), pitch)) &&
                        !inTableSize(tableLines, candidate, column.bodySize);
                    const far = !afterPageBreak && tableLines.length > 0 && (tableLines.at(-1)?.y ?? 0) - candidate.y > pitch * TABLE_LINE_GAP;
                    return !prose && !far && !leavesTable(tableLines, candidate);
                };
                while (cursor < body.length && continues(body[cursor], false))
                    tableLines.push(body[cursor++]);
                // A table that runs to the foot of the page may go on at the top of the next, its heading repeated.
                for (let next = pageIndex + 1; cursor === body.length && tableLines.some(hasValues) && next < bodyLines.length; next++) {
                    const following = (bodyLines[next] ?? []).filter((candidate) => !consumed.has(candidate));
                    // The header may still stand above the table's lines (its caption's last lines, or the text's last lines
                    // before an unlabelled table, taken as its header below): its lines repeated head the next page too.
                    const above = labelled ? caption : body.slice(Math.max(0, index - MAX_HEADER_LINES_ABOVE), index);
                    const at = repeatedHeading(tableLines, following, above);
                    const first = following[at];
                    if (!first || !hasValues(first))
                        break;
                    for (const repeated of following.slice(0, at))
                        consumed.add(repeated);
                    let taken = at;
                    while (taken < following.length && continues(following[taken], taken === at)) {
                        const candidate = following[taken];
                        tableLines.push(candidate);
                        consumed.add(candidate);
                        taken++;
                    }
                    if (taken < following.length)
                        break;
                }
                // A table of words only is read where a label announced a table (`buildWordTable`).
                const build = () => tableLines.some(hasValues) ? buildTable(tableLines, rules.get(line.page)) : labelled ? buildWordTable(tableLines) : undefined;
                let built = build();
                // The caption's last lines may be the table's header, its cells set too close to read as a table's line
                // (`Kommune Befolkning` over `Fanø  3.426`): they go to the table where they head its columns. So may the
                // text's last lines right before an unlabelled table (`Styrkemål 2011   Styrke 2008` over `Nordjylland   667
                // 654`), already set as a paragraph's lines: taken back — only where the table is set whatever it takes (three
                // lines at least), and the last of them as the text's lines were pushed.
                const above = labelled ? [...caption].reverse() : tableLines.length >= 3 ? textAbove(pushed, body, index) : [];
                const header = built ? headerAbove(above, tableLines, built.columns, pitch, labelled ? column.bodySize : undefined) : 0;
                if (header > 0) {
                    tableLines.unshift(...above.slice(0, header).reverse());
                    if (labelled)
                        caption.length -= header;
                    else {
                        pushed.length -= header;
                        items.length -= header;
                    }
                    built = build() ?? built;
                }
                if (built?.uncertain)
                    uncertainPages.add(line.page);
                const table = built?.table;
                const [first, second] = tableLines;
                const oneRow = tableLines.length === 2 &&
                    first !== undefined &&
                    second !== undefined &&
                    (yearsOverRow(first, second) || headingsOverRow(first, second));
                if (table && (labelled || tableLines.length >= 3 || oneRow)) {
                    if (labelled) {
                        // "Tabel 1: Beboersammensætning … i peri-" / "oden 2018-2023 …": a caption that starts on the label's
                        // line and wraps goes on in the label's paragraph; "Tabel 1" alone is a paragraph of its own.
                        const wraps = captionWraps(line, caption[0], column.right);
                        items.push(layoutLine(line, true, caption.length === 0));
                        caption.forEach((candidate, at) => {
                            items.push(layoutLine(candidate, at === 0 && !wraps, at === caption.length - 1));
                        });
                    }
                    items.push({ kind: 'table', table, lines: tableLines.map((candidate) => source(candidate)) });
                    pushed.length = 0;
                    previous = tableLines.at(-1);
                    index = cursor - 1;
                    continue;
                }
            }
            const gap = previous && previous.page === line.page ? previous.y - line.y : 0;
            const sizeChange = previous !== undefined && Math.abs(previous.size - line.size) > line.size * 0.08;
            const breakBefore = previous === undefined || gap > pitch * PDF_LAYOUT.paragraphGap || sizeChange;
            const next = body[index + 1];
            // A short line that ends a sentence ends its paragraph, unless the next line goes on with it (`… den 26.` /
            // `oktober 2014?`, `… anbefalinger”` / `fra Dansk Akvakultur …`) or it is a quoted headline's lead, as in text.
            const endsParagraph = (column.right - line.x1 > shortLine * line.size && sentenceEnds(line.text, next?.text)) ||
                (next !== undefined && next.y < line.y && line.y - next.y > pitch * PDF_LAYOUT.paragraphGap);
            items.push(layoutLine(line, breakBefore, endsParagraph));
            pushed.push(line);
            previous = line;
        }
        for (const line of page) {
            const role = roles.get(line);
            if (role === 'footnote' || role === 'page-footer')
                items.push(layoutLine(line, false, false, role));
        }
        pushed.length = 0;
    });
    return { items, uncertainPages };
}
/** A header line stands at most this many line pitches above the line under it. */
const HEADER_GAP = 1.8;
/**
 * How many of the lines `above` a table (nearest first) are its header (`headsColumns`): each close above the line
 * under it, on its page, its pieces over the table's columns one each — a line of one piece over a value column too
 * (a heading wrapped in its cell), so long as some line of them has two pieces or more, or the table opens with a
 * header line already. 0 where none is. Under a table's label (`bodySize` given), a caption line set in the table's
 * size, where that is not the text's, is asked with its pieces split over the columns as the header row splits them
 * (`withHeadingsSplit`): headings set so close in small print that they came out as one piece (`Antal Hovedstaden
 * Sjælland …` in 8 pt under an 11 pt caption). Not above an unlabelled table: there the lines above are the text's
 * (a letterhead's address in the small print of its label column).
 */
function headerAbove(above, tableLines, columns, pitch, bodySize) {
    let below = tableLines[0];
    let count = 0;
    // A table that already opens with a line of its header (no values) takes a heading wrapped above it as well.
    let twoPieces = below !== undefined && !hasValues(below);
    for (const candidate of above) {
        if (!below || below.page !== candidate.page || candidate.y - below.y > pitch * HEADER_GAP)
            break;
        let line = candidate;
        if (!headsColumns(line, columns, true)) {
            if (bodySize === undefined || !inTableSize(tableLines, candidate, bodySize))
                break;
            line = withHeadingsSplit(candidate, columns, tableLines);
            if (!headsColumns(line, columns, true))
                break;
        }
        count++;
        twoPieces ||= headsColumns(line, columns);
        below = candidate;
    }
    return twoPieces ? count : 0;
}
/**
 * The body lines right before `index` that were set as text and are still the last items (`pushed`), nearest first:
 * lines a table starting at `index` may take back as its header.
 */
function textAbove(pushed, body, index) {
    const lines = [];
    for (let at = index - 1, last = pushed.length - 1; at >= 0 && last >= 0 && pushed[last] === body[at]; at--, last--) {
        lines.push(body[at]);
    }
    return lines;
}
/**
 * The lines at which an unlabelled table starts with heading lines above its first row of values: lines set in a
 * size other than the body's (a table's 9 pt) or in several pieces, right above the row and close to it — not a
 * heading of the text ("Svar:" is body size), not a paragraph.
 */
export function headingStarts(body, startsTable, bodySize, pitch) {
    const starts = new Set();
    for (let index = 1; index < body.length; index++) {
        if (!startsTable(body, index) || hasValues(body[index - 1]))
            continue;
        let start = index;
        while (start > 0 && index - start < MAX_HEADING_LINES) {
            const candidate = body[start - 1];
            const below = body[start];
            const cellSized = differs(candidate.size, bodySize);
            if (!(cellSized || candidate.segments.length >= 2) || candidate.page !== below.page || candidate.y - below.y > pitch * TABLE_LINE_GAP)
                break;
            if (TABLE_LABEL.test(candidate.text) || NOTE.test(candidate.text) || SOURCE.test(candidate.text))
                break;
            start--;
        }
        if (start < index)
            starts.add(start);
    }
    return starts;
}
/**
 * Whether a line after a table's rows leaves the table: a line without values set in another size than the rows (the
 * greeting "Med venlig hilsen" in 11 pt under a table set in 9 pt), where a row's wrapped label keeps the rows' size.
 */
export function leavesTable(table, candidate) {
    const row = table.findLast(hasValues);
    return row !== undefined && !hasValues(candidate) && differs(candidate.size, row.size);
}
/**
 * Whether a line after a table's rows is set in the rows' size where that differs from the running text's (a table in
 * 9 pt among 11 pt prose): a row of the table however wide pdf.js gave its text (`Omfattede klassetrin  Bh.kl.
 * Bh.kl.-1. …` as one item across the columns), not prose — but for a footnote opened by its mark or a sentence.
 */
export function inTableSize(table, candidate, bodySize) {
    const row = table.findLast(hasValues);
    if (row === undefined || !differs(row.size, bodySize) || differs(candidate.size, row.size))
        return false;
    // A footnote under the table opened by its mark (`*Der er her medtaget …`), or a note's sentence, is set in the
    // table's size too.
    const text = candidate.text.trim();
    return !MARKED_NOTE.test(text) && !SENTENCE_END.test(text);
}
/** A sentence's end: a word of three letters or more and its stop (not an abbreviation's, `kl.`). */
const SENTENCE_END = /(?<=\p{Ll}{3})[.!?]$/u;
/**
 * Whether a line under a table's label is a table's line whose cells stand closer than a cell gap (one segment) but
 * further apart than a word space (two pieces or more), in print smaller than the label's: a table set tight in small
 * print (`Sanktionssats  Ydelsesinterval`, `200 kr.  Mindre end 5.633 kr. pr. måned.` in 8 pt, 6 pt apart, under an
 * 11 pt label), not its caption, which is set as the label is (a producer that gives each word an item of its own may
 * leave a caption's words more than a space apart).
 */
function cellsSetClose(line, labelSize) {
    return line.size < labelSize && differs(line.size, labelSize) && pieces(line).length >= 2;
}
/** Two font sizes differ: further apart than `SIZE_CHANGE` of the smaller. */
function differs(a, b) {
    return Math.abs(a - b) > Math.min(a, b) * SIZE_CHANGE;
}
/** How many lines after a wide line under a table's label a row of values may stand for the line to be the header's. */
const MAX_HEADER_LINES_BELOW = 6;
/**
 * Whether a row of values (a tabular line with values) follows the line at `index` within `MAX_HEADER_LINES_BELOW`
 * lines, each close below the one before, no note, source or label between.
 */
function rowFollows(body, index, pitch) {
    for (let at = index + 1; at < body.length && at <= index + MAX_HEADER_LINES_BELOW; at++) {
        const line = body[at];
        const above = body[at - 1];
        if (line.page !== above.page || above.y - line.y > pitch * TABLE_LINE_GAP)
            return false;
        if (NOTE.test(line.text) || SOURCE.test(line.text) || TABLE_LABEL.test(line.text) || FIGURE_LABEL.test(line.text))
            return false;
        if (isTabular(line) && hasValues(line))
            return true;
    }
    return false;
}
/** Lines above an unlabelled table that may be its header, repeated at the top of the next page. */
const MAX_HEADER_LINES_ABOVE = 4;
/**
 * How many lines at the top of a page repeat the heading of a table that began on the page before: its lines before
 * the first row of values, or — where the heading row is itself values (years: `Persongruppe 2018 2019 …`) — its
 * first line; or the lines `above` it, where its header still stands there (`Antal  Provenu` / `ejere  Mio. kr.`).
 * Word and LibreOffice repeat a table's heading row on every page it runs over.
 */
export function repeatedHeading(table, following, above = []) {
    const firstValues = table.findIndex(hasValues);
    const heading = [...(firstValues > 0 ? table.slice(0, firstValues) : table.slice(0, 1)), ...above].map((line) => line.text);
    let at = 0;
    while (at < following.length && heading.includes(following[at]?.text ?? ''))
        at++;
    return at;
}
/**
 * Whether a "Tabel N" line carries the start of its caption and runs on onto the next line: `Tabel 1:
 * Beboersammensætning på Udrejsecenter Kærshovedgård i peri-`, or a line that stops short of the column's edge
 * only because the next line's first word (`perioden 2018-2023 …`) would not have fitted. Not `Tabel 1` alone, nor
 * a label line whose caption ends on it.
 */
export function captionWraps(line, next, right) {
    const caption = TABLE_LABEL.exec(line.text)?.[2];
    if (!caption || !next)
        return false;
    if (/[-\u00AD]$/u.test(caption))
        return true;
    const text = next.text.trim();
    const word = /^\S+/u.exec(text)?.[0] ?? '';
    // The first word's width, and a space before it, by its share of the next line's characters.
    const needed = ((word.length + 1) * (next.x1 - next.x0)) / Math.max(text.length, 1);
    return right - line.x1 < needed;
}
function round(value) {
    return Math.round(value * 10) / 10;
}
//# sourceMappingURL=layout.js.map