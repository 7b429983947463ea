/**
 * Totals in a table read from text: a row or column that is the sum of the others tells which way its values run,
 * where the order of the cells alone does not (`I alt` after the years is a column when its values are each row's
 * sum, a row when they are each column's).
 */
import { parseDanishNumber } from '../../util/numbers.js';
/** The label of a totals row or column: `I alt`, `Total`, `Totalt`, `Samlet`, `Alle …`, `Botilbud i alt`. */
export const TOTAL_LABEL = /^(?:i alt|totalt?|samlet|alle)\b|(?<!\w)i alt$/iu;
/** How far a total may be from the sum of its parts, as a share (rounded figures), and at least. */
const TOTAL_SHARE = 0.01;
const TOTAL_MIN = 1;
/** Whether `total` is within rounding of `sum`. */
export function isTotalOf(total, sum) {
    return Math.abs(sum - total) <= Math.max(TOTAL_MIN, Math.abs(total) * TOTAL_SHARE);
}
/**
 * Whether each of `totals` is the sum of the values at its place in `parts` (`parts[i][k]` summed over `i` gives
 * `totals[k]`). False when a total is no number, or where nothing is summed.
 */
export function sumsTo(parts, totals) {
    if (parts.length === 0 || totals.length === 0)
        return false;
    return totals.every((raw, at) => {
        const total = parseDanishNumber(raw);
        if (total === null)
            return false;
        const sum = parts.reduce((acc, values) => acc + (parseDanishNumber(values[at] ?? '') ?? 0), 0);
        return isTotalOf(total, sum);
    });
}
//# sourceMappingURL=totals.js.map