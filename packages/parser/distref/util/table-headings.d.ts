/**
 * What a table's header row says of how it was read, asked of the header's texts (the label column's heading first):
 * both shapes below are ones no table any fixture expects has, so a reader that gives one has most likely misplaced
 * the header's lines.
 */
/** Whether a value column (after the label column) has no heading where another value column has one. */
export declare function hasUnheadedValueColumn(header: readonly string[] | null): boolean;
/** Whether none of two value columns or more has a heading (a list of labels and one value each may have none). */
export declare function hasNoHeadings(header: readonly string[] | null): boolean;
//# sourceMappingURL=table-headings.d.ts.map