import type { Table } from 'mdast';
/** The order cells listed one a line come in: column by column, or row by row. */
export type Order = 'columns' | 'rows';
/** The order the totals row decides, if any: the one in which it adds up, where the other does not. */
export declare function orderByTotals(labels: readonly string[], values: readonly string[], height: number, width: number): Order | undefined;
/** The header row set first: the label column's heading (or none), the value columns' headings, then the row labels. */
export interface HeadingsFirst {
    labelHeading: string;
    headings: string[];
    labels: string[][];
}
/**
 * Text lines as the header row first, then the row labels, for `values` values (`Region` `Drift (mio. kr.)` `Anlæg
 * (mio. kr.)` `Hovedstaden` `Sjælland` …): the label column's heading where the first line names no measure, then two
 * or more headings each naming a measure or a unit (`isMeasureHeading`), then labels, none naming one, as many as
 * the values fill: labels × headings. Undefined unless so.
 */
export declare function headingsFirst(before: readonly string[], values: number): HeadingsFirst | undefined;
/**
 * Years rising (two or more), then the row labels, then as many values as rows × years, nothing after. Flagged:
 * which values are which row's is read from their order (column by column, unless a totals row says otherwise).
 * Or the labels first, then word headings (`labelsHeadingsValues`); or word headings first, then the labels
 * (`headingsLabelsValues`).
 */
export declare function yearsLabelsValues(lines: readonly string[]): Table | undefined;
//# sourceMappingURL=years-labels-values.d.ts.map