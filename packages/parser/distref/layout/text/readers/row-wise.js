import { tableNode } from '../../../util/mdast-table.js';
import { isRowValue, isTableRowLine, isYearHeading, risesInTime, rowTokens } from '../table-lines.js';
/** How many of a line's last tokens are values (or period codes): its cells after the label. */
function trailingValues(parts) {
    let count = 0;
    while (count < parts.length && isRowValue(parts[parts.length - 1 - count] ?? ''))
        count++;
    return count;
}
/** Whether a line's values are all years or period codes (`År 2013 2014 …`, `2019K1 2019K2`): the header. */
function isHeader(parts, values) {
    return values > 0 && parts.slice(parts.length - values).every((part) => isYearHeading(part));
}
/** Whether every row is values only, `width` of them, the first a year, the years rising: a column of years. */
function yearLed(rows, width) {
    const years = rows.map((parts) => parts[0] ?? '');
    return width >= 2 && rows.every((parts) => parts.length === width) && years.every((year) => isYearHeading(year)) && risesInTime(years);
}
/** The most common of some counts (the first of equals). */
function mostCommon(counts) {
    const tally = new Map();
    for (const count of counts)
        tally.set(count, (tally.get(count) ?? 0) + 1);
    return [...tally.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0])[0];
}
/**
 * A table when every line is a row of values (the first may be the header: `År 2013 2014 …`). A row's values are
 * its last tokens (a unit joined to its value: `12,5 pct.`), as many as the header has years — the words and
 * numbers before them are its label (`Under 25 år`, `40 år og derover`). Without a header every row must end in
 * as many values; rows of values only, each led by a rising year (`2019 1.234`), have the years for labels. A row with fewer (an empty cell dropped, a word among the values) makes no table: its cells
 * would be put under the wrong headings.
 */
export function rowWise(lines) {
    if (!lines.every((line) => isTableRowLine(line)))
        return undefined;
    const rows = lines.map(rowTokens);
    const counts = rows.map(trailingValues);
    const [first = [], ...rest] = rows;
    const header = isHeader(first, counts[0] ?? 0);
    const width = header ? (counts[0] ?? 0) : mostCommon(counts);
    // Without a header, a row ending in more values than the others has no place for them either.
    if (width === 0 || counts.some((count) => count < width || (!header && count !== width)))
        return undefined;
    // Rows of values only, each led by a year, rising (`2019 1.234`): the years are the rows' labels.
    const byYears = !header && yearLed(rows, width);
    const valueCount = byYears ? width - 1 : width;
    const cells = (parts) => [
        parts.slice(0, parts.length - valueCount).join(' '),
        ...parts.slice(parts.length - valueCount),
    ];
    return tableNode([cells(first), ...rest.map(cells)]);
}
//# sourceMappingURL=row-wise.js.map