import type { Context } from './context.js';
import type { Line } from './lines.js';
/**
 * A letterhead label alone on its line: `Tel.`, `Mail`, `CVR-nr.`, `Sags nr.`, `Akt-id`, `J.nr.:`, `Kontor:`, `Dok.:` —
 * the fields' labels and the contact's, in any case.
 */
export declare const LABEL_ONLY: RegExp;
export interface Found<T> {
    value: T;
    line: Line;
}
/** The case number, and whether the letterhead gave others that differ (the first is taken). */
export interface FoundCaseNumber extends Found<string> {
    ambiguous: boolean;
}
export declare function normaliseCaseNumber(raw: string): string;
/**
 * Whether `line` says the letter has no case number: its label's value is a dash, on the line or alone on the next
 * (`J.nr. -`; `J.nr.` / `-`). Such a letter's empty `caseNumber` is no miss.
 */
export declare function saysNoCaseNumber(line: Line, lines: readonly Line[]): boolean;
/** A Danish telephone number in pairs of digits: `41 71 27 00`, `+45 33 92 33 00` (a pattern's source). */
export declare const PHONE_IN_PAIRS: string;
/** Where a case number and a date glued after it part, and whether only one split gives a day of the calendar. */
export interface GluedCaseDate {
    /** The case number, where one split is certain. */
    value?: string | undefined;
    /** The letter's date, where one split is certain. */
    date?: string | undefined;
    /** Two splits give a date (`…123415. maj`: the 15th, or the 5th after `…1234 1`): neither is taken. */
    unsure: boolean;
}
/**
 * A case number whose last digits run on into the letter's date, as old renditions glue the letterhead:
 * `001-0913130. maj 2013` is `001-09131` and 30 May (a day `0` does not exist); `2013-123415. maj 2013` could be the
 * 15th or the 5th, so neither the number nor the date is certain. Undefined where no date is glued on.
 */
export declare function splitGluedCaseDate(text: string): GluedCaseDate | undefined;
/**
 * A column's values with a case number broken at its join put back together: a PDF-to-text rendition sets the
 * groups of `409-16` on lines of their own (`409` / `-` / `16`), or breaks after or before the join (`2005-` /
 * `1234`, `16` / `-005791`). Only digits on both sides are joined: a date's year before a case number stays apart.
 * A joined value keeps its first line's place, with the joined text.
 */
export declare function rejoinBrokenValues(values: readonly Line[]): Line[];
/** The ministry's J.nr. / Sagsnr. */
export declare function findCaseNumber(context: Context): FoundCaseNumber | undefined;
/** The date of the letter: a date alone on a letterhead line, glued before another field, or set in the text. */
export declare function findLetterDate(context: Context): Found<string> | undefined;
/** The letter's date line when it names only a month and year (`Maj 2005`): no day, so no `answeredOn`. */
export declare function monthOnlyDateLine(lines: readonly Line[]): Line | undefined;
//# sourceMappingURL=letterhead.d.ts.map