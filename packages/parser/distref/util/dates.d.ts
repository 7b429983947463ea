/**
 * A month's name, whole or shortened with or without its full stop (`december`, `dec.`, `febr.`, `sept`): the
 * alternatives every date reader that reads month names takes; `monthNumber` reads the month off it.
 */
export declare const MONTH_NAME: string;
/**
 * A month's name, whole or shortened with its full stop (`december`, `dec.`): where no year follows to anchor it, a
 * shortening without its stop is as likely a word or a name (`5. Jan Hansen`).
 */
export declare const MONTH_NAME_STOPPED: string;
/**
 * Not after a lone capital `L`, `B` or `S` (a space between or none): a bill's or a § 20 question's number, not a day
 * (`… vedr. L8.` / `November 2006`). A lookbehind for a day's number, in `LONG_DATE` and at a line's end (`wrapped.ts`).
 */
export declare const NO_CASE_LETTER_BEFORE: string;
/**
 * `17. november 2016`, `1.december 2008`, `24. september2010` (the space may be lost when lines are glued), `13 april 2022` (no full
 * stop after the day), `1. sept. 2021` (a shortened month), `14, november 2023` (a comma for the full stop),
 * `28 . maj 2009` (a space before it), `7- november 2013` (a hyphen for it, then a space), `12. maj, 2023` (a comma
 * before the year, as in English). Not a bill's or a § 20 question's number, a lone capital before it, run into a date
 * on the next line: `… vedr. L8.` / `November 2006` is bill L 8 and a month.
 */
export declare const LONG_DATE: RegExp;
/** A month's name alone, whole or shortened: `marts`, `April`, `sept.`. */
export declare const MONTH_WORD: RegExp;
/**
 * `11-02-2021`, `11.02.2021`, `13/12/2018`, and with a space after each stop (`24. 2. 2012`); the year may run on
 * into the next word in a glued rendition (`brev af 24. 2. 2012følger hermed`).
 */
export declare const NUMERIC_DATE: RegExp;
/** `2/12 2004`, `3/9-21` */
export declare const SLASH_DATE: RegExp;
/** `Maj 2005`, `Aug. 2005`: a month without a day. */
export declare const MONTH_YEAR: RegExp;
export interface FoundDate {
    iso: string;
    index: number;
    length: number;
}
/** The ISO date of a day, month and year, if that day exists (no 30 February). */
export declare function toIso(year: number, month: number, day: number): string | undefined;
/** A day in milliseconds. */
export declare const DAY_MS = 86400000;
/** Whole days from `from` to `to` (ISO dates): `2016-10-04` to `2016-11-03` → 30. */
export declare function daysBetween(from: string, to: string): number;
/** Whether `word` is a month's whole name (`august`, `September`): not a shortening, nor a word that starts like one. */
export declare function isMonthName(word: string): boolean;
/** Whether `word` is a month's name shortened as before a full stop (`dec`, `sept`, `febr`): the start of a name. */
export declare function isMonthAbbreviation(word: string): boolean;
/** The month a name `MONTH_NAME` matched stands for (1–12): `december`, `Dec.`, `febr` → 12, 12, 2; 0 for none. */
export declare function monthNumber(name: string): number;
/**
 * First date in `text`, whichever notation, with where it was found. A match that is no real day (`31. februar 2020`,
 * `30-02-2020`, `2/30 2004`) is passed over: a later date on the line is still found.
 */
export declare function findDate(text: string): FoundDate | undefined;
/**
 * The month a word of five letters or more misspells by one letter added, left out or changed, or by two neighbours
 * swapped (`deember`, `novemberr`, `februrar`, `sepetmber`), where that month is the only one so near; 0 otherwise. Month names of
 * four letters or fewer (`maj`, `juni`, `juli`) are too near each other and to words to be guessed.
 */
export declare function misspeltMonth(word: string): number;
/** Every date in `text`, in order, each search going on after the last; `index` is within the whole text. */
export declare function findDates(text: string): Generator<FoundDate>;
/**
 * The ISO date when `text` is a date and nothing else (`d. 6. oktober 2020`, `Dato: 11-02-2021`), also after the
 * place or the weekday a letter may put first (`København, den 13. april 2022`, `Onsdag den 3. maj 2021`).
 */
export declare function parseDateLine(text: string): string | undefined;
/** A date written out with its month's name that opens a line, and what follows it on the line. */
export interface LeadingDate {
    iso: string;
    rest: string;
}
/**
 * The written-out date that opens `text` with whatever an old rendition glued onto it, read off its four-digit year:
 * `24. november 20112011-3899` → 2011-11-24 and `2011-3899`; `15. januar 2014Økonomistyrings-kontoret…`. Only the
 * long form (`24. november 2011`): its year has exactly four digits, so where it ends is certain; in `24-11-20112011`
 * it is not.
 */
export declare function leadingDate(text: string): LeadingDate | undefined;
//# sourceMappingURL=dates.d.ts.map