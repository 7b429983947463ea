/**
 * The units a table prints by its headings, labels and values, as pattern sources (alternatives, to be set in a
 * group): the table patterns that name units build on these, so that they know the same units. Each pattern adds
 * what only its place has (a unit in brackets, `fuldtidspersoner` under a label, `i alt` after a heading).
 */
/** Per cent in words: `pct.`, `pct`, `procent`. */
export const PERCENT_WORDS = String.raw `pct\.?|procent`;
/** Per cent: in words (`PERCENT_WORDS`) or the sign, `%`. */
export const PERCENT = `${PERCENT_WORDS}|%`;
/** Kroner: `kr.`, `kr`. */
export const KRONER = String.raw `kr\.?`;
/** Millions and billions, without their stop (which a pattern sets as it needs): `mio`, `mia`. */
export const MILLIONS = 'mio|mia';
/** What a table counts: `antal`, `personer`. */
export const COUNTED = 'antal|personer';
/** Durations a column counts in: `dage`, `timer`. */
export const DURATIONS = 'dage|timer';
//# sourceMappingURL=units.js.map