/**
 * What a line of a table reads as where text has lost the positions: its tokens, a row of values, one value alone,
 * a label and its value, cells set apart by gaps; and how row labels that wrap onto more lines are joined. Shared by
 * the text table readers (`readers/`) and the region reader.
 */
import type { Table } from 'mdast';
import type { LayoutLine } from '../../tree.js';
/** Whether a line's full stop is a unit's abbreviation's (`Andel, pct.`), not a sentence's end. */
export declare function endsInUnit(text: string): boolean;
/**
 * Join a row's label lines; a unit on the last line is set off with a comma (`Antal personer, pct.`) — not the rest
 * of a unit broken over the lines (`Mio.` / `kr.` is `Mio. kr.`).
 */
export declare function label(lines: readonly string[]): string;
/**
 * Most columns a table on a letter's page has: a reading of one cell per line wider than this (a header of 34 years
 * over one row) is the same lines read the wrong way round — a year table of 30+ rows, listed column by column.
 */
export declare const MAX_TEXT_COLUMNS = 16;
/**
 * Characters of values a row of a letter's page holds: a portrait page's line of 10-point text, less the label
 * column's share.
 */
export declare const PAGE_VALUES_WIDTH = 100;
/** Spaces at least between two values of a row. */
export declare const VALUE_GAP = 2;
/**
 * Whether headings set one a line, none wrapped, would need a row wider than a page holds side by side (each as wide
 * as its text, `VALUE_GAP` between: `PAGE_VALUES_WIDTH`): twelve months written out with their year (`September 2016`)
 * are, sixteen years (`2016`) are not. Word wraps a heading wider than its column, and a rendition keeps the wrapped
 * lines apart, so unwrapped headings that wide stood in a column of row labels, not over columns. `slack` widens the
 * page where characters are too rough a measure for the case (`WRAP_SLACK`).
 */
export declare function widerThanPage(headings: readonly string[], slack?: number): boolean;
/** A row needs at least this many values. */
export declare const MIN_ROW_VALUES = 2;
export declare function tokens(line: string): string[];
/** Whether a cell is a period code over a column (`2019K1`, `2020M03`, `11K2`): a heading like a year, no value. */
export declare function isPeriodCode(text: string): boolean;
/**
 * Where a year or period heading falls in time, in months, to tell a rising run of headings (`2019` `2020`; `2019K4`
 * `2020K1`; `2020M11` `2020M12`) from years that do not rise; NaN for any other text. A year that spans two
 * (`2019/20`) counts from its first.
 */
export declare function periodOrder(text: string): number;
/**
 * Whether year or period headings rise in time, each later than the one before (`periodOrder`): `2019` `2020`,
 * `2019K4` `2020K1`. A text that is no year or period does not rise.
 */
export declare function risesInTime(headings: readonly string[]): boolean;
/** A token a row of values may hold: a value (with its unit, `12,5 pct.`), or a period code heading one (`2019K1`). */
export declare const isRowValue: (token: string) => boolean;
/** A row line's tokens, a unit after a value joined to it (`12,5` `pct.` → `12,5 pct.`; `1,5` `mio.` `kr.`). */
export declare function rowTokens(line: string): string[];
/** Whether a line reads as a row of a row-wise table (or its header: `2019K1 2019K2 …`). */
export declare function isTableRowLine(line: string): boolean;
/**
 * A unit the corner cell over the labels gives, which reads as a value alone: `1.000 kr.`, `Mio. kr.`, `1.000
 * personer` — the label column's heading, not a value.
 */
export declare const CORNER_UNIT: RegExp;
/**
 * Whether a line is one value alone (one-cell-per-line layout): its tokens all values, or the whole line one value
 * with its unit or sign (`12,5 pct.`, `2,5 mio. kr.`, `÷ 3`).
 */
export declare function isValueLine(line: string): boolean;
/** Whether a line is a sub-row's label (`SUB_ROW`): set with a dash, it is a row of the table, not a list's item. */
export declare function isSubRowLabel(text: string): boolean;
/**
 * A line that goes on from the one before: after a line-end hyphen, an open end or an open bracket, or starting in
 * lower case (`lande`) or with a bracket (`(dage)`, `(mio. kr.)`, `[kr./ha]`: a unit under its heading or label) — but a sub-row's
 * label (`heraf industri`) or a month (`jan.`, a column's heading) after a line that ends closed.
 */
export declare function continues(previous: string, line: string): boolean;
/** Text lines joined into entries where a line goes on from the one before. */
export declare function entries(lines: readonly string[]): string[][];
/** A run of text lines and the run of values after it: a column listed column by column, its heading and its cells. */
export interface TextBlock {
    texts: string[];
    values: string[];
}
/**
 * Lines (trimmed) as blocks of text lines, each followed by its run of values (`isValue`: `isValueLine`,
 * `isDataCell`); undefined where a value comes first or a block has no values.
 */
export declare function textBlocks(lines: readonly string[], isValue: (line: string) => boolean): TextBlock[] | undefined;
/** The table read column by column, flagged: which lines were rows and which columns, and the label joins, are inferred. */
export declare function columnTable(headings: readonly string[], labels: readonly string[][], columns: ReadonlyArray<{
    values: string[];
}>, labelHeading?: string): Table;
/** What sets cells apart where the text kept them apart: tabs (a copy from a word processor) or runs of spaces (`pdftotext -layout`). */
export declare const CELL_GAP: RegExp;
export declare function gapCells(line: string): string[];
/** `Mænd 40.100`: a label of words, then one value (a table of two columns, set apart by a space only). */
export declare function labelAndValue(line: string): [string, string] | undefined;
/** Two or more lines that each are a label and one value. */
export declare function isLabelValueRun(lines: readonly string[]): boolean;
/** Whether a line reads as part of a table in text: a row of values, or one value alone. */
export declare function isTableish(text: string): boolean;
/**
 * A row whose cells tabs or runs of spaces set apart, a label and its values (`Socialpædagogisk støtte i
 * botilbudslignende tilbud  12.100  13.100`): a row however long its label, which the share of values would miss.
 */
export declare function isGappedRow(text: string): boolean;
/**
 * A year as a table's heading or row label: `2013`, `2024*`, `2022¹` (a footnote mark), a year that spans two
 * (`2019/20`, `2020-21`) — the second the year after the first, so that a period (`2002-2007`) is none — or a
 * period of a year in Statistikbanken's code (`2019K1`, `2020M03`: `isPeriodCode`).
 */
export declare function isYearHeading(text: string): boolean;
/**
 * Whether a line is an age group (`AGE_GROUP`): two ages rising (`18-64`) or an age and a plus (`65+`) — a row label
 * of statistics by age, not a value (a value's sign comes first: `+3`); a period of years (`2015-2016`) is none.
 */
export declare function isAgeGroup(text: string): boolean;
/**
 * A cell of data set on a line of its own: a value (`7.925`, `-`), a period code (`2019K1`, as a year is a value),
 * or a short line of digits and signs without letters (`2015->2016`, `1/2`) — a period or a ratio, which a table's column may hold among its values. Not a number
 * in brackets alone (`(1.000)`: a unit under a heading), nor a year wrapped at a compound's hyphen (`2016-`).
 */
export declare function isDataCell(line: string): boolean;
/**
 * Whether a line can be a line of a text cell or a heading set one per line: short, no value, ending no sentence
 * (`Mio. kr.`, ending in a unit's abbreviation, does not).
 */
export declare function isTextCellLine(line: string): boolean;
/**
 * Whether cells (each its lines as printed) are the headings of narrow value columns rather than row labels: most of
 * them wrapped (two or more), none of their lines longer than a narrow column holds (`Hushold-` / `ninger`, `Via
 * finans-` / `lov`, `PSO-` / `opkræv-` / `ning` / `i alt`) — a label column is set wide enough for its labels.
 */
export declare function narrowWrapped(cells: ReadonlyArray<readonly string[]>): boolean;
/**
 * A column this much wider (in characters) than a wrapped cell's whole text would not have wrapped it: fonts are
 * proportional, so characters are only a rough measure of width.
 */
export declare const WRAP_SLACK = 1.2;
/**
 * Whether cells (each its lines as printed) can stand in one column: a cell wrapped onto more lines could not fit
 * its column, so no other cell in that column has a line as long as the wrapped cell's whole text. Where one does,
 * the cells stood in columns of different widths — they are column headings, not row labels — which tells a
 * column-by-column reading from a row-by-row one (`Ændring i` / `perioden` beside `Heraf det samlede areal, der året
 * efter ikke` / …).
 */
export declare function fitOneColumn(cells: ReadonlyArray<readonly string[]>): boolean;
/** A line's first word, lower-cased (`pr.`, `antal`): the headings of a series open with the same one. */
export declare const openingWord: (line: string) => string | undefined;
/** Whether a heading names a unit (`HEADING_UNIT`). */
export declare const namesUnit: (text: string) => boolean;
/** Whether a line reads as a value column's heading: it names a measure (`MEASURE_HEADING`) or a unit (`namesUnit`). */
export declare const isMeasureHeading: (text: string) => boolean;
/**
 * The lines from `start` whose text passes `test`, up to the first that fails; lines with a role (a page's header or
 * footer printed among the cells) are stepped over and left out. `next` is where the run stopped.
 */
export declare function runOfLines(lines: readonly LayoutLine[], start: number, test: (text: string) => boolean): {
    run: LayoutLine[];
    next: number;
};
/**
 * A table whose cells could not be read (`reader: 'layout-lost'`): no rows, its lines' texts kept as `uncertain`, so
 * that the record says so instead of printing the numbers as text.
 */
export declare function lostTable(texts: readonly string[]): Table;
//# sourceMappingURL=table-lines.d.ts.map