/** The day the parliamentary year starting in `year` opens: its first Tuesday of October (2016 → `2016-10-04`). */
export declare function openingDay(year: number): string;
/**
 * `2016-11-17` → `20161`; `2016-10-03` → `20151` (the year 2016-17 opened on Tuesday 4 October); `2015-08-01` →
 * `20142` (after the election of 18 June 2015).
 */
export declare function sessionFromDate(iso: string): string;
/**
 * The day the session holding `iso` opened: its parliamentary year's opening day, or — in a 2nd session — the day of
 * the election that started it (`2015-08-01` → `2015-06-18`; `2016-11-17` → `2016-10-04`).
 */
export declare function sessionStart(iso: string): string;
/**
 * The session of a month named without a day (`Maj 2005` → `20042`), when the whole month lies in one session; not
 * October (the year opens within it) nor a month with an election in it: `2005-10` → undefined.
 */
export declare function sessionFromMonth(year: number, month: number): string | undefined;
//# sourceMappingURL=session.d.ts.map