/**
 * Whether a table read from a PDF's positions reads as a table does, or shows the marks of a misreading: the
 * PDF path's own check, since its columns and header come from where the text stands and nothing in the text
 * says when they were placed wrong. Each test names a shape that a right reading does not give:
 *
 * - a heading that holds two years or more (`2022 2023`): two columns' headings read as one, a column lost;
 * - the same heading over two neighbouring columns (`Folketingsvalget i …` three times), or the whole of a heading
 *   of several words again at the start of the next: the lines of headings wrapped in narrow cells shared out over
 *   the wrong columns; or a heading that ends in a figure beside one that opens in lower case (`… 1.001` / `kr. –
 *   2.500 …`): a figure parted from its unit, the words of headings set close shared out over the wrong columns;
 * - a value cell that starts with a number and goes on with words (`0,1 Bh.kl.`): the cells of two rows run
 *   together;
 * - a first row whose value cells hold text with figures, none of them a value (`1 kr. – 1.000` / `1.001 kr. –`)
 *   over rows of values, or words under the headings with no row label (`` / `Samtykke` / `samtykke`): the
 *   header's lines read as rows;
 * - a heading that says the same words twice running (`Folketingsvalget i Folketingsvalget i …`), or a word cut at
 *   a hyphen and then another word (`blok- ved tilskud`, not `blok- og tilskudsakt`): the lines of several
 *   headings joined into one;
 * - a later row with no label and only words under the headings (`` / `Politikredsene`) among rows of values: a
 *   heading set inside the table, over the columns after a change of them, read as a row;
 * - a column with no cell in any row: a heading or label set apart from its cells, or a column lost beside it;
 * - no heading over any of two value columns or more: the header taken for the caption or the text above it.
 *
 * The answer is the reason, worded for the `table-layout-inferred` warning, or undefined.
 */
import { isNumericToken } from '../../util/numbers.js';
import { hasNoHeadings } from '../../util/table-headings.js';
import { YEAR_HEADING } from '../markers.js';
/** A digit, which every figure has. */
const DIGIT = /\d/u;
/** A number at a cell's start, followed by a word: `0,1 Bh.kl.`, `3.984 Rigspolitiet`. */
const NUMBER_THEN_WORDS = /^[-−–]?\d[\d.,]*\s+\p{L}{2,}/u;
/** Whether a heading holds two years or more, apart (`2022 2023`; not a span, `2022-2023`). */
function holdsYears(heading) {
    const words = heading.trim().split(/\s+/u);
    return words.length >= 2 && words.filter((word) => YEAR_HEADING.test(word)).length >= 2;
}
/**
 * A word cut at a hyphen, then another word (`blok- ved`): in a heading, the lines of two headings interleaved. Not a
 * word that joins the cut word to a later one (`Syd- og Sønderjylland`, `løn- eller`, `Drifts- samt`).
 */
const CUT_THEN_WORD = /\p{L}-\s+(?!og\b|eller\b|samt\b|til\b|&)\p{L}/u;
/** A heading's last word a figure (`1.001`, `2.500`). */
const FIGURE_END = /(?:^|\s)\d[\d.,]*$/u;
/**
 * A heading's first word in lower case: no heading's own start — the rest of a heading wrapped (`landet` of `Hele
 * landet`, `tables.ts`), or a figure's unit (`kr.`, `mio.`) shared out from the heading before.
 */
export const LOWERCASE_HEADING = /^\p{Ll}/u;
/** Whether a heading says the same words twice running (`Folketingsvalget i Folketingsvalget i`). */
function repeatsWords(heading) {
    const words = heading.trim().split(/\s+/u);
    for (let length = 1; length * 2 <= words.length; length++) {
        for (let at = 0; at + 2 * length <= words.length; at++) {
            const first = words.slice(at, at + length);
            // Words of some length: `i i` and `- -` are no heading's words said twice.
            if (!first.some((word) => word.length >= 4))
                continue;
            if (first.every((word, index) => word === words[at + length + index]))
                return true;
        }
    }
    return false;
}
/** Fewest words of a heading that, whole at the start of the next heading, marks the two as one heading's lines. */
const MIN_REPEATED_WORDS = 3;
/** The reason a table read from positions looks misread, or undefined. */
export function tableDoubt(cells) {
    const [header = [], ...rows] = cells;
    const headings = header.slice(1);
    if (hasNoHeadings(header)) {
        return "no value column has a heading: the header's lines may have been read as the caption or the text above";
    }
    if (headings.some(holdsYears))
        return 'a column heading holds two years: two columns may have been read as one';
    for (let at = 1; at < headings.length; at++) {
        const heading = headings[at]?.trim() ?? '';
        const left = headings[at - 1]?.trim() ?? '';
        // The whole of a heading of several words again at the start of the next (`Kvartal Antal Heraf …` / `Kvartal
        // Antal Heraf … år`); a group's heading before each of its columns' own differs in what follows (`Fordeling på
        // løn/drift Løn` / `… Drift`), and two words may be a heading and its unit (`I alt` / `I alt, pct.`).
        const again = left.split(/\s+/u).length >= MIN_REPEATED_WORDS && heading.startsWith(`${left} `);
        if (heading !== '' && (heading === left || again)) {
            return 'two neighbouring columns have the same heading: wrapped headings may stand over the wrong columns';
        }
        // A figure at a heading's end and a word in lower case opening the next (`1 kr. – 1.000 kr. 1.001` / `kr. – 2.500
        // kr. 2.501`): a figure parted from its unit, the words of headings set close shared out over the wrong columns.
        if (FIGURE_END.test(left) && LOWERCASE_HEADING.test(heading)) {
            return "a column heading opens with the unit of a figure ending the heading before: the header's words may stand over the wrong columns";
        }
    }
    if (headings.some((heading) => repeatsWords(heading) || CUT_THEN_WORD.test(heading))) {
        return "a column heading joins the lines of several headings: the header's lines may stand over the wrong columns";
    }
    const width = header.length > 0 ? header.length : (rows[0]?.length ?? 0);
    for (let column = 0; rows.length > 1 && column < width; column++) {
        if (rows.every((row) => (row[column] ?? '').trim() === '')) {
            return 'a column has no cell in any row: a heading or its cells may stand in the wrong column';
        }
    }
    const valueRow = (row) => row.slice(1).every((text) => text.trim() === '' || isNumericToken(text));
    const numeric = rows.filter(valueRow).length;
    for (const row of rows) {
        for (const text of row.slice(1)) {
            if (NUMBER_THEN_WORDS.test(text.trim()) && !isNumericToken(text)) {
                return `a value cell holds a number and words (${text.trim()}): the cells of two rows may have run together`;
            }
        }
    }
    // Past the first row: a row with no label and only words under the headings, among rows of values (`` /
    // `Politikredsene`, a heading set inside the table over the columns after a change of them).
    for (const row of rows.slice(1)) {
        const texts = row.slice(1).filter((text) => text.trim() !== '');
        if (numeric > 0 && (row[0] ?? '').trim() === '' && texts.length > 0 && texts.every((text) => !DIGIT.test(text))) {
            return 'a row has no label and holds words under the headings: a heading set inside the table may have been read as a row';
        }
    }
    const [first] = rows;
    if (first && numeric > 0 && !valueRow(first)) {
        const texts = first.slice(1).filter((text) => text.trim() !== '');
        if (texts.some((text) => DIGIT.test(text)) && texts.every((text) => !isNumericToken(text))) {
            return "its first row holds figures that are no values: the header's lines may have been read as rows";
        }
        if ((first[0] ?? '').trim() === '' && texts.some((text) => !isNumericToken(text))) {
            return "its first row has no label and holds words under the headings: the header's lines may have been read as rows";
        }
    }
    return undefined;
}
//# sourceMappingURL=table-doubts.js.map