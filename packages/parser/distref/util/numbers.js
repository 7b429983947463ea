/**
 * Numbers in Danish notation, as printed in ministry tables.
 *
 * `35.564` and `35 564` → 35564 (a dot or a space groups thousands), `9,8` → 9.8 (comma is the decimal mark),
 * `-1,5`, `−1,5` and `÷1,5` → -1.5 (÷ is the Danish minus in tables), `+3,2` → 3.2, `25,1*` and `25,1 *` → 25.1 (a
 * trailing `*` marks a partial year; a leading one, `*4,3`, a note's figure), a unit before or after is dropped (`kr. 1.234`, `2,5 mio. kr.`, `1,0 pct.-point`),
 * `-`, `–`, `−`, `÷`, `..`, `…`, `n.a.`, `i.o.` alone → null (no value). `1.10` is not a valid grouping and gives null;
 * `124. 800` (a space after the group's point) is 124800.
 * A count or share in brackets after the value is a note (`632 (111)`, `22 (6,1 %)` → 632, 22). `0.09` → 0.09: a point
 * after a lone zero is a decimal point (no thousands group starts with 0), as a table copied from an English source
 * (OECD's) writes it. An amount in whole kroner written with a dash for its øre (`86.000,-`, `kr. 1.500,–`) is the
 * whole number.
 */
/** A decimal point after a lone zero: `0.09`, `-0.5`. */
const POINT_DECIMAL = /^[-−–+]?0\.\d+$/u;
/** A minus, one space, then the figure: `- 204.150`. */
const SIGN_APART = /^[-−–][ \u00A0\u2009\u202F]\d/u;
/** A dash for the øre after a whole amount's comma: `86.000,-`, `1.500,–`. */
const WHOLE_AMOUNT = /,[-–]$/u;
/**
 * Digits with optional thousands groups and decimals: `35.564`, `35 564`, `9,8`, `1.234,5`; a group's point may have a
 * space after it (`124. 800`, a typist's slip inside one cell: a table's cells are read apart before this is asked).
 */
const DANISH_NUMBER = /^[-−–+]?(?:\d{1,3}(?:\. ?\d{3})+|\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+|\d+)(?:,\d+)?$/u;
/**
 * The units a number may have after it, as pattern sources: `pct.-point`, `%-point`, `procentpoint`, `procent`,
 * `pct.`, `%`, `‰`, `kr.`, `mio. kr.`, `t.kr.`, `mio.`, `mia.`.
 */
const UNITS_AFTER = [
    String.raw `(?:pct\.?|%)-?\s?point`,
    'procentpoint',
    'procent',
    String.raw `pct\.?`,
    '%',
    '‰',
    String.raw `(?:(?:mio|mia|t)\.?\s*)?kr\.?`,
    String.raw `mio\.?`,
    String.raw `mia\.?`,
];
/** A unit after the number (`UNITS_AFTER`), and the space before it. */
const UNIT_AFTER = new RegExp(String.raw `(?<!\s)\s*(?:${UNITS_AFTER.join('|')})$`, 'iu');
/** An optional stop at the end of a unit's pattern: `pct\.?`. */
const OPTIONAL_STOP = String.raw `\.?`;
/** The characters a unit's pattern (each a word or a character before an optional stop) can end on, in either case. */
function lastCharacters(source) {
    const stop = source.endsWith(OPTIONAL_STOP);
    const last = (stop ? source.slice(0, -OPTIONAL_STOP.length) : source).slice(-1);
    return [...(stop ? ['.'] : []), last.toLowerCase(), last.toUpperCase()];
}
/** The last characters of `UNIT_AFTER`'s units (`pct.`, `point`, `%`, `‰`, `kr`, `mio`, `mia`), in either case. */
const UNIT_ENDS = [...new Set(UNITS_AFTER.flatMap(lastCharacters))].join('');
/** A unit before the number: `kr. 1.234`. */
const UNIT_BEFORE = /^kr\.?\s*/iu;
/**
 * Marks that stand for "no value": dashes, dots (a point alone: Danmarks Statistik's "not available"), `x` (withheld),
 * `*`, and the abbreviations tables print in an empty cell — `n.a.`, `n/a` (not available), `i.a.` (ikke aktuelt),
 * `i.o.` (ikke oplyst).
 */
const EMPTY_MARKS = new Set(['-', '.', '–', '—', '−', '÷', '..', '...', '…', 'x', '*', 'n.a.', 'N.A.', 'n/a', 'i.a.', 'i.o.']);
/** The longest of `EMPTY_MARKS`, in UTF-16 code units. */
const EMPTY_MARK_LENGTH = Math.max(...[...EMPTY_MARKS].map((mark) => mark.length));
/**
 * Whether `text` is one of `EMPTY_MARKS`: a text longer than any is none, told without the set's look-up, which
 * hashes each new string (every token of a table's lines is asked).
 */
function isEmptyMark(text) {
    return text.length <= EMPTY_MARK_LENGTH && EMPTY_MARKS.has(text);
}
/** Marks after a number that annotate it without changing it: a star (a partial year), a footnote's, a bracket's end. */
const TRAILING_ENDS = '*¹²³⁴⁵⁶⁷⁸⁹⁰)';
/** A note's star before a value, and a space after it: `*4,3`, `* 12`. */
const LEADING_STAR = /^\*{1,3}\s?(?=[-−–+\d])/u;
/** Trailing marks (`TRAILING_ENDS`: `2024*`, `12,5¹`), also set apart by a space (`25,1 *`, `1.234 ¹`). */
const TRAILING_MARKS = new RegExp(String.raw `(?<![${TRAILING_ENDS}\s])\s?[${TRAILING_ENDS}]+$`, 'u');
/**
 * What a text that reads as a number can start with (once trimmed): the number's sign or first digit, or what the
 * steps below strip before it — `(`, `÷`, a unit `kr.` (`K` also as the Kelvin sign, which `/iu` folds to `k`).
 */
const NUMBER_START = /^[-−–+\d(÷kK\u212A]/u;
/** A number has a digit; most texts a table reader asks about (a sentence, a label) fail this or `NUMBER_START`. */
const DIGIT = /\d/u;
/** A note in brackets after a value: a count or a share (`(111)`, `(9,8 %)`, `(6,3%)`). */
const BRACKET_NOTE = /^[-−–+]?\d[\d.,]{0,12}\s?(?:%|pct\.?)?$/u;
/** Most notes in brackets after one value (`25 (9,8 %) (9)`). */
const MAX_BRACKET_NOTES = 3;
/**
 * A value with notes in brackets after it, its count or share under another heading: `632 (111)`, `22 (6,1 %)`,
 * `25 (9,8 %) (9)` — the value is the leading number; the text without the notes. A bracket that opens the text
 * (`(2)`) is no note.
 */
function withoutBracketNotes(text) {
    let rest = text;
    for (let notes = 0; notes < MAX_BRACKET_NOTES && rest.endsWith(')'); notes++) {
        const open = rest.lastIndexOf('(');
        if (open < 1 || !BRACKET_NOTE.test(rest.slice(open + 1, -1).trim()))
            break;
        rest = rest.slice(0, open).trimEnd();
    }
    return rest;
}
export function parseDanishNumber(raw) {
    if (!DIGIT.test(raw))
        return null;
    let text = raw.trim();
    // A note's star set before the value (`*4,3`: the figure the note under the table qualifies) annotates it too.
    if (text.startsWith('*'))
        text = text.replace(LEADING_STAR, '');
    if (!NUMBER_START.test(text))
        return null;
    // Most values are digits alone (`2019`, `125`): nothing to take off or normalise, the steps below would leave them.
    if (DIGITS_ALONE.test(text))
        return finiteOrNull(Number(text));
    if (text.endsWith(')'))
        text = withoutBracketNotes(text);
    // Each pattern only where the character it needs is there: `UNIT_AFTER` and `TRAILING_MARKS` are tried at every place.
    if (UNIT_ENDS.includes(text.slice(-1)))
        text = text.replace(UNIT_AFTER, '');
    if (UNIT_BEFORE_FIRST.includes(text.charAt(0)))
        text = text.replace(UNIT_BEFORE, '');
    if (isEmptyMark(text))
        return null;
    if (text.endsWith('-') || text.endsWith('–'))
        text = text.replace(WHOLE_AMOUNT, '');
    if (TRAILING_ENDS.includes(text.slice(-1)))
        text = text.replace(TRAILING_MARKS, '').trimEnd();
    if (text.startsWith('('))
        text = text.slice(1);
    if (text.startsWith('÷'))
        text = text.replace(/^÷\s*/u, '-');
    // A minus set apart from its figure by one space (`- 204.150`, `– 3,5`: a sign typed before the figure, a table's
    // alignment), as `÷ 1.200` is.
    else if (SIGN_APART.test(text))
        text = `-${text.slice(2)}`;
    if (POINT_DECIMAL.test(text))
        return finiteOrNull(Number(text.replace(/^[−–]/u, '-')));
    if (!DANISH_NUMBER.test(text))
        return null;
    const normalised = text
        .replace(/^[−–]/u, '-')
        .replace(/[.\s\u00A0\u2009\u202F]/gu, '')
        .replace(',', '.');
    return finiteOrNull(Number(normalised));
}
/** Digits alone: a number `Number` reads as it stands. */
const DIGITS_ALONE = /^\d+$/u;
/** What `UNIT_BEFORE` can start with: `k` in either case, and the Kelvin sign, which `/iu` folds to `k`. */
const UNIT_BEFORE_FIRST = 'kK\u212A';
/** A number read, or null where it is none (too many digits for a finite number, `NaN`). */
function finiteOrNull(value) {
    return Number.isFinite(value) ? value : null;
}
/** Whether a token reads as a table value (a number or a no-value mark). */
export function isNumericToken(raw) {
    const text = raw.trim();
    return isEmptyMark(text) || parseDanishNumber(text) !== null;
}
//# sourceMappingURL=numbers.js.map