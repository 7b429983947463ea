/**
 * The letterhead column in text that keeps the page's layout (`pdftotext -layout`): the ministry's sidebar stands
 * on the same lines as the text, after a wide gap, every line of it starting at the same column —
 * `…stillet følgende                            www.bm.dk`. Those parts are split off as lines of their own
 * and marked as sidebar, so that they neither run into the text nor go unread (case number, date).
 */
/** Spaces between the text and the sidebar beside it. */
const MIN_GAP = 6;
/** Where the sidebar's column is known, a narrower gap sets it apart (a long line of ragged text nearly reaches it). */
const MIN_GAP_AT_COLUMN = 2;
/** The sidebar starts right of this column (the text column is wider than this). */
const MIN_COLUMN = 30;
/** Lines that must start a part at the sidebar's column, some of them beside text, before it counts as one. */
const MIN_LINES = 4;
const MIN_BESIDE_TEXT = 2;
/**
 * What only a letterhead holds: a case number label, CVR, a web or e-mail address, a postcode and town, a date,
 * a ministry. A column of words without any of these (a table's last column of words) is no sidebar.
 */
const LETTERHEAD_HINT = /J\.\s?nr|Sags\s?nr|Sagsnummer|CVR|www\.|@|\b\d{4}\s+\p{Lu}\p{Ll}+|\d{1,2}\.\s*\p{Ll}+\s+\d{4}|ministeriet/u;
/** A part of numbers only (`40`, `7.925`, `3,1 %`): a table's cell. */
const VALUES_ONLY = /^[\d.,\s%*–-]+$/u;
/**
 * A case number's label alone, its value on the line under it (`J nr.` / `2022 - 1624`, Klima-, Energi- og
 * Forsyningsministeriet's labels stacked over their values): the figures after it are the sidebar's, not a table's.
 */
const STACKED_CASE_LABEL = /^(?:J\.?\s?nr\.?|Sags\.?\s?nr\.?|Sagsnr\.?|Journalnr\.?)\s*:?$/iu;
/** The last part of a line after a wide gap (`MIN_GAP` spaces or more). */
const AFTER_GAP = new RegExp(`^(.*\\S) {${MIN_GAP},}(\\S.*)$|^( {${MIN_GAP},})(\\S.*)$`, 'su');
/** The last part of a line after a wide gap, and where it starts. */
function lastPart(line) {
    if (!line.includes('  '))
        return undefined;
    const match = AFTER_GAP.exec(line.trimEnd());
    if (!match)
        return undefined;
    const left = match[1] ?? '';
    const right = match[2] ?? match[4] ?? '';
    return { start: line.trimEnd().length - right.length, left };
}
/** The sidebar's column on the first page, if the text has one. */
export function sideColumn(lines) {
    const pageBreak = lines.findIndex((line) => line.includes('\f'));
    const firstPage = pageBreak === -1 ? lines : lines.slice(0, pageBreak);
    const starts = new Map();
    /** The last part seen at each column, for a value stacked under its label. */
    const previous = new Map();
    for (const line of firstPage) {
        const part = lastPart(line);
        if (!part || part.start < MIN_COLUMN)
            continue;
        const text = line.slice(part.start).trim();
        const under = previous.get(part.start);
        previous.set(part.start, text);
        // A table's last column stands at one place too, but holds values: letterhead lines hold words (and a case
        // number under its label).
        if (VALUES_ONLY.test(text) && !(under !== undefined && STACKED_CASE_LABEL.test(under)))
            continue;
        const count = starts.get(part.start) ?? { all: 0, beside: 0, letterhead: false };
        count.all++;
        if (part.left.trim() !== '' && part.left.length - part.left.trimStart().length < MIN_GAP)
            count.beside++;
        count.letterhead ||= LETTERHEAD_HINT.test(line.slice(part.start));
        starts.set(part.start, count);
    }
    let best;
    let bestCount = 0;
    for (const [start, count] of starts) {
        if (count.all >= MIN_LINES && count.beside >= MIN_BESIDE_TEXT && count.letterhead && count.all > bestCount) {
            best = start;
            bestCount = count.all;
        }
    }
    return best;
}
/**
 * A first-page line cut at the sidebar's column: the text (if any), then the sidebar's part. The sidebar's part
 * starts at the column after a gap; it may hold gaps of its own (a label and its value: `Sagsnr.:     2021/001416`).
 * `sideBefore`, the sidebar's part of an earlier line, lets a case number stacked under its label go.
 */
export function splitAtSideColumn(line, column, sideBefore) {
    const right = line.trimEnd().slice(column);
    const atColumn = right !== '' && right[0] !== ' ' && line.slice(column - MIN_GAP_AT_COLUMN, column).trim() === '';
    // Figures alone are a table's cell — but for a case number under its label (`sideBefore`: the sidebar's last part).
    const stacked = sideBefore !== undefined && STACKED_CASE_LABEL.test(sideBefore.trim());
    if (!atColumn || (VALUES_ONLY.test(right) && !stacked))
        return [{ text: line, side: false }];
    const left = line.slice(0, column).trimEnd();
    return left.trim() === ''
        ? [{ text: right, side: true }]
        : [
            { text: left, side: false },
            { text: right, side: true },
        ];
}
//# sourceMappingURL=columns.js.map