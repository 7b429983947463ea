/**
 * A table cell that holds several values run together (`11,0 30,0 37,5 33,5`): the columns of a row a rendition set
 * on one line, read as one cell because the reader took the line for a single value. No table a fixture expects has
 * such a cell, so a table that holds one was read with columns lost.
 */
import { parseDanishNumber } from './numbers.js';
/** Values a cell must hold to be several run together: two may be one value with a stray space (`124. 800`). */
const MIN_RUN_TOGETHER = 3;
/** A group of three digits: what follows the first group of a number written with spaces (`1 234 567`). */
const THOUSANDS_GROUP = /^\d{3}$/u;
/** A number with decimals (`-0,5`, `2,5`): two such in a cell are two values, no stray space inside one. */
const DECIMAL = /^[-+÷]?\d[\d.]*,\d+$/u;
/**
 * Whether `raw` holds several values run together: three or more words, each a number, not one number in groups — or
 * two numbers with decimals (`-0,5 2,5 %`, the unit after the last set apart too), which no stray space makes of one.
 */
export function holdsValuesRunTogether(raw) {
    // Most cells hold one word: nothing to split.
    if (!raw.includes(' '))
        return false;
    const words = raw.trim().split(/\s+/u);
    if (words.length === 2 || (words.length === 3 && words[2] === '%'))
        return DECIMAL.test(words[0] ?? '') && DECIMAL.test(words[1] ?? '');
    if (words.length < MIN_RUN_TOGETHER || words.slice(1).every((word) => THOUSANDS_GROUP.test(word)))
        return false;
    return words.every((word) => parseDanishNumber(word) !== null);
}
/** The first cell after a row's label that holds values run together (`holdsValuesRunTogether`), as printed. */
export function cellOfValuesRunTogether(rows) {
    for (const row of rows) {
        for (let at = 1; at < row.length; at++) {
            const raw = row[at]?.raw ?? '';
            if (holdsValuesRunTogether(raw))
                return raw;
        }
    }
    return undefined;
}
//# sourceMappingURL=run-together-cells.js.map