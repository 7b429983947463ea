/**
 * What a table's header row says of how it was read, asked of the header's texts (the label column's heading first):
 * both shapes below are ones no table any fixture expects has, so a reader that gives one has most likely misplaced
 * the header's lines.
 */
/** Whether a value column (after the label column) has no heading where another value column has one. */
export function hasUnheadedValueColumn(header) {
    const values = header?.slice(1) ?? [];
    return values.some((text) => text.trim() === '') && values.some((text) => text.trim() !== '');
}
/** Value columns a table needs for headings missing over all of them to count: a list of labels and values may have none. */
const MIN_UNHEADED = 2;
/** Whether none of two value columns or more has a heading (a list of labels and one value each may have none). */
export function hasNoHeadings(header) {
    const values = header?.slice(1) ?? [];
    return values.length >= MIN_UNHEADED && values.every((text) => text.trim() === '');
}
//# sourceMappingURL=table-headings.js.map