/**
 * Whether `raw` holds several values run together: three or more words, each a number, not one number in groups — or
 * two numbers with decimals (`-0,5 2,5 %`, the unit after the last set apart too), which no stray space makes of one.
 */
export declare function holdsValuesRunTogether(raw: string): boolean;
/** The first cell after a row's label that holds values run together (`holdsValuesRunTogether`), as printed. */
export declare function cellOfValuesRunTogether(rows: ReadonlyArray<ReadonlyArray<{
    raw: string;
}>>): string | undefined;
//# sourceMappingURL=run-together-cells.d.ts.map