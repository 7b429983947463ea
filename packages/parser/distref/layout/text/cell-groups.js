import { joinLines } from '../../util/hyphenation.js';
import { tableNode } from '../../util/mdast-table.js';
import { YEAR_HEADING } from '../markers.js';
import { captionEnd } from './caption.js';
import { isValueLine } from './table-lines.js';
/** Most lines a cell may wrap onto when cells are set one per paragraph. */
export const MAX_CELL_LINES = 3;
/** A heading cell's length at most, where a caption runs on into it. */
const SHORT_CELL = 30;
/** A group of cell lines that holds a value (`7.925`, `-`, `..`), not words. */
function isValueGroup(lines) {
    return lines.length === 1 && (isValueLine(lines[0] ?? '') || /^(?:-|–|\.\.|\.)$/u.test((lines[0] ?? '').trim()));
}
/**
 * A table set one cell per paragraph, row by row (`pdftotext` without `-layout`: a blank line after every cell; a
 * cell may wrap onto two or three lines). The first group may begin with the caption. Two shapes are read: rows led
 * by a year (`2010`, then the values; the headings are the groups before the first row), and rows led by a label
 * (`Kvindelige indvandrere fra ikke-vestlige lande`, then the values; the headings the groups before the first
 * label, one fewer than the columns when the label column has no heading). Anything else is left alone.
 * `caption: false` where no label announced the table (its first group is a heading cell, never a caption).
 * A cell's text is its lines joined, runs of spaces made one (`Nominel vækst  pct.`).
 */
export function tableFromCellGroups(groups, options = {}) {
    const [first, ...rest] = groups;
    if (!first || rest.length < 4)
        return undefined;
    let caption = options.caption === false ? 0 : captionEnd(first);
    // A caption that ends without a stop runs on into the first heading cell (`… årsgennemsnit` / `År`).
    if (caption === first.length && first.length > 1 && (first.at(-1) ?? '').trim().length <= SHORT_CELL)
        caption--;
    const cells = [...(caption < first.length ? [first.slice(caption)] : []), ...rest];
    const isYear = (group) => group !== undefined && YEAR_HEADING.test((group[0] ?? '').trim());
    // Heading cells of years (`2018 … 2023*` over the values) are no rows: rows start after the run of years.
    let firstValue = cells.findIndex(isValueGroup);
    if (firstValue < 1)
        return undefined;
    let yearHeadings = firstValue;
    while (isYear(cells[yearHeadings]))
        yearHeadings++;
    if (yearHeadings - firstValue >= 2 && cells[yearHeadings] && !isValueGroup(cells[yearHeadings])) {
        firstValue = cells.findIndex((group, at) => at > yearHeadings && isValueGroup(group));
        if (firstValue === -1)
            return undefined;
    }
    const text = (lines) => joinLines(lines.map((line) => line.trim().replace(/\s{2,}/gu, ' ')));
    const yearLed = isYear(cells[firstValue]);
    // Rows led by a year: the year is a value; led by a label: the group before the first value.
    const rowStart = yearLed ? firstValue : firstValue - 1;
    const headings = cells.slice(0, rowStart);
    // The heading cells again after a page break (a repeated heading row) are no rows.
    const key = (groups) => groups.map((lines) => text(lines)).join('\u0000');
    const body = [];
    const rest2 = cells.slice(rowStart);
    for (let at = 0; at < rest2.length; at++) {
        if (headings.length > 0 && key(rest2.slice(at, at + headings.length)) === key(headings)) {
            at += headings.length - 1;
            continue;
        }
        body.push(rest2[at]);
    }
    const nextLabel = yearLed
        ? body.findIndex((group, at) => at > 0 && YEAR_HEADING.test((group[0] ?? '').trim()))
        : body.findIndex((group, at) => at > 0 && !isValueGroup(group));
    const width = nextLabel === -1 ? body.length : nextLabel;
    if (width < 2 || body.length % width !== 0 || headings.length < width - 1)
        return undefined;
    let header = headings.map(text);
    if (header.length > width) {
        // Group headings first (`Mænd`, `Kvinder`), then the label column's heading (`Alder`) and the columns'
        // (`2022`, `2023`, `2022`, `2023`): each group over an equal share of the columns, in order.
        const columnHeadings = header.slice(-(width - 1));
        const labelHeading = header.at(-width) ?? '';
        const groups = header.slice(0, -width);
        const share = (width - 1) / groups.length;
        if (groups.length === 0 || !Number.isInteger(share))
            return undefined;
        header = [labelHeading, ...columnHeadings.map((heading, at) => `${groups[Math.floor(at / share)]} ${heading}`)];
    }
    const rows = [];
    for (let at = 0; at < body.length; at += width) {
        const row = body.slice(at, at + width);
        const [lead, ...values] = row;
        if (!lead || !values.every(isValueGroup) || (yearLed ? !YEAR_HEADING.test((lead[0] ?? '').trim()) : isValueGroup(lead)))
            return undefined;
        rows.push(row.map(text));
    }
    return { caption, table: { ...tableNode([header.length < width ? ['', ...header] : header, ...rows]), data: { reader: 'cell-groups' } } };
}
//# sourceMappingURL=cell-groups.js.map