/** Where a table's caption ends and its headings or body begin, in text. */
import { COUNTED, DURATIONS, KRONER, PERCENT_WORDS } from './units.js';
/**
 * A caption's last line ends a sentence or names the period: `… oprindelse.`, `2013-2024*`, `2020.`, or a period in
 * Statistikbanken's code (`2011K2-2015K3`, `2020M03`) — the period perhaps followed by its unit in brackets
 * (`…, 2022 (årsværk)`, `2019-2023 (mio. kr.)`).
 */
const CAPTION_END = /(?:\.|(?:19|20)\d{2}(?:[KQHM]\d{1,2})?\*?\.?(?:\s\([^()]{1,30}\))?)\s*$/u;
/** A line naming only the period, which still belongs to the caption: `2020.`, `2010-2020` */
const PERIOD_LINE = /^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\*?\.?$/u;
/**
 * A heading cell of abbreviations, whose period ends no sentence: `jan.`, `pct.`, `Nr.`, `kr.`, a unit of two or
 * three (`Mio. kr.`, `Mia. kr.`, `t. kr.`).
 */
const ABBREVIATION_LINE = /^(?:\p{L}{1,4}\.\s?){1,3}$/u;
/**
 * A column heading naming a month or quarter of a year: `jan. 2023`, `Februar 2023`, `1. kvt. 2022`, `2. halvår
 * 2021` — a heading when another such line follows, though it ends in a year as a caption may.
 */
const PERIOD_HEADING = /^(?:[1-4]\.\s?(?:kvt\.?|kvartal|halvår)|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[\p{L}.]{0,8}\s(?:19|20)\d{2}\*?$/iu;
/** Whether the line at `at` is one of a run of month or quarter headings (`PERIOD_HEADING`). */
function inPeriodHeadings(lines, at) {
    const heading = (index) => PERIOD_HEADING.test(lines[index]?.trim() ?? '');
    return heading(at) && (heading(at + 1) || heading(at - 1));
}
/**
 * A line of a unit in brackets alone, set under a caption: `(mio. kr.)`, `(1.000 personer)`, `(pct.)`, `(antal)`,
 * `(mia. kr., 2023-priser)`. The brackets hold at most 40 characters and name a unit or a count.
 */
const UNIT_LINE = new RegExp(String.raw `^\((?=[^()]{1,40}\)$)[^()]*(?:${KRONER}|${PERCENT_WORDS}|${COUNTED}|tons?|${DURATIONS}|1\.000)[^()]*\)$`, 'iu');
/**
 * Fewest words a caption line has before a unit line that closes it (`Udgifter til tolkning` / `(mio. kr.)`); a
 * heading wrapped over short lines (`Gennemsnitlig` / `sagsbehandlingstid` / `(dage)`) keeps its unit.
 */
const MIN_CAPTION_WORDS = 3;
/** Whether a line is a unit in brackets alone (`UNIT_LINE`): under a caption it is the caption's, not a heading. */
export function isUnitLine(text) {
    return text.startsWith('(') && UNIT_LINE.test(text.trim());
}
/**
 * Whether the line at `at` is a unit in brackets that closes the caption above it: right after a line that ends the
 * caption (`… 2020-2022` / `(mio. kr.)`), or after a caption's first line of `MIN_CAPTION_WORDS` or more that ends
 * no sentence. (`at` 0 after a label that carries the caption is the caller's to judge.)
 */
export function unitClosesCaption(lines, at) {
    if (at < 1 || !isUnitLine(lines[at]?.trim() ?? ''))
        return false;
    const before = lines[at - 1]?.trim() ?? '';
    if (CAPTION_END.test(before) && !ABBREVIATION_LINE.test(before))
        return true;
    return at === 1 && before.split(/\s+/u).length >= MIN_CAPTION_WORDS;
}
/**
 * How many of the lines before a table body are its caption: up to the first line that ends the caption,
 * plus period lines and a unit in brackets right after it (`(mio. kr.)`, which Word sets under the caption, not in
 * the label column's heading); the rest are column or row headings. A unit line also ends a caption of one line
 * that ends no sentence (`MIN_CAPTION_WORDS`).
 */
export function captionEnd(lines) {
    const end = lines.findIndex((text, at) => (CAPTION_END.test(text) && !ABBREVIATION_LINE.test(text.trim()) && !inPeriodHeadings(lines, at)) ||
        (at === 1 && unitClosesCaption(lines, at)));
    if (end === -1)
        return lines.length;
    let length = end + 1;
    while (length < lines.length && PERIOD_LINE.test(lines[length] ?? ''))
        length++;
    if (length < lines.length && isUnitLine((lines[length] ?? '').trim()))
        length++;
    return length;
}
//# sourceMappingURL=caption.js.map