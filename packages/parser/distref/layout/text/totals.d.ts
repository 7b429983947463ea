/** The label of a totals row or column: `I alt`, `Total`, `Totalt`, `Samlet`, `Alle …`, `Botilbud i alt`. */
export declare const TOTAL_LABEL: RegExp;
/** Whether `total` is within rounding of `sum`. */
export declare function isTotalOf(total: number, sum: number): boolean;
/**
 * Whether each of `totals` is the sum of the values at its place in `parts` (`parts[i][k]` summed over `i` gives
 * `totals[k]`). False when a total is no number, or where nothing is summed.
 */
export declare function sumsTo(parts: ReadonlyArray<readonly string[]>, totals: readonly string[]): boolean;
//# sourceMappingURL=totals.d.ts.map