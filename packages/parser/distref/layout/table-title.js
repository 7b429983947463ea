/**
 * A table's title with no label (`Oversigt over adfærdsklagesager`, `Ledighed … fordelt på opholdstid …`): it
 * announces the table under it as `Tabel N` does (`layout/text/bare-tables.ts`), and is that table's caption
 * (`extract/answer.ts`).
 */
import { TEXT_LAYOUT } from './constants.js';
import { TABLE_LABEL } from './markers.js';
/**
 * A table's title on a line of its own, no sentence: `Oversigt over adfærdsklagesager`, `Opgørelse af sager 2015-2020`,
 * `Overblik over bevillinger` — it announces the table under it as `Tabel N` does. Also a statistic's title, what is
 * counted and how it is broken down: `Ledighed blandt 16-64-årige flygtninge fordelt på opholdstid pr. 1. januar
 * 2005`, `Ansøgninger fordelt efter år` (dots of abbreviations and dates inside, no sentence's end at the end).
 */
const TABLE_TITLE = /^(?:Oversigt|Opgørelse|Overblik)\s(?:over|af)\s[^.:!?]{1,80}$/u;
/**
 * A statistic's title (`TABLE_TITLE`): what is counted, `fordelt på` or `efter`, what by — one phrase, no sentence's
 * end inside (`pr. 1. januar` has none: a digit follows the stop).
 */
const BROKEN_DOWN_TITLE = /^(?!.*\.\s\p{Lu})\p{Lu}[\p{L}\d ,.-]{2,80}\sfordelt\s(?:på|efter)\s[\p{L}\d ,.-]{1,80}(?<![.,])$/u;
/** The longest statistic's title (`BROKEN_DOWN_TITLE`, `UNIT_TITLE`) read as one: the two halves of a printed line. */
const MAX_BROKEN_DOWN_TITLE = 2 * TEXT_LAYOUT.tableProseLine;
/**
 * A statistic's title that ends in its unit in brackets: `Gennemsnitlig CO2-emission fra nyregistrerede personbiler
 * (g/km)`, `Provenu (mio. kr.)`, `Udgifter (2024-priser)` — one phrase, no sentence's end before the brackets, and
 * the brackets a unit (a slash, a currency, a share, a count, a price level), not a remark (`(foreløbigt)`).
 */
const UNIT_TITLE = /^\p{Lu}[^.!?:()]{2,100}\s\((?=[^()]{1,24}\))[^()]*(?:\/|kr\.?|pct\.?|procent|%|antal|personer|mio\.|mia\.|tons?\b|årsværk|priser|niveau)[^()]*\)$/u;
/**
 * A statistic's title that ends in its unit after a comma: `Provenueffekten af skattestoppet 2002-2006, mia. kr.`,
 * `Estimerede kommunale meromkostninger, i mia. kr.`, `Ledige fordelt på region, antal` — one phrase, no sentence's
 * end before the comma, the unit one of money, a share or a count.
 */
const COMMA_UNIT_TITLE = /^\p{Lu}[^.!?:()]{2,100},\s(?:i\s)?(?:(?:mio|mia|t)\.\s?kr|1\.000\s(?:kr|personer)|pct|procent|antal)\.?$/u;
/**
 * Whether a line is a table's title (`TABLE_TITLE`, `BROKEN_DOWN_TITLE`, `UNIT_TITLE`, `COMMA_UNIT_TITLE`), short of a
 * line of prose.
 */
export function isTableTitle(text) {
    if (text.length < TEXT_LAYOUT.tableProseLine && TABLE_TITLE.test(text))
        return true;
    if (text.length >= MAX_BROKEN_DOWN_TITLE || TABLE_LABEL.test(text))
        return false;
    // A labelled table's caption (`Tabel 1. Aflyste afgange … fordelt på årsag`) is the label's to read.
    return ((text.includes('fordelt') && BROKEN_DOWN_TITLE.test(text)) ||
        (text.endsWith(')') && UNIT_TITLE.test(text)) ||
        (text.includes(', ') && COMMA_UNIT_TITLE.test(text)));
}
//# sourceMappingURL=table-title.js.map