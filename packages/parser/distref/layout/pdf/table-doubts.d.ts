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
/**
 * A heading's first word in lower case: no heading's own start — the rest of a heading wrapped (`landet` of `Hele
 * landet`, `tables.ts`), or a figure's unit (`kr.`, `mio.`) shared out from the heading before.
 */
export declare const LOWERCASE_HEADING: RegExp;
/** The reason a table read from positions looks misread, or undefined. */
export declare function tableDoubt(cells: ReadonlyArray<readonly string[]>): string | undefined;
//# sourceMappingURL=table-doubts.d.ts.map