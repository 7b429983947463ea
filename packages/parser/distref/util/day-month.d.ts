export interface DayMonth {
    day: number;
    month: number;
    /** Where the date starts in the text searched. */
    index: number;
}
/** The first day-and-month date without a year in `text`. */
export declare function findDayMonth(text: string): DayMonth | undefined;
/**
 * The ISO date of `date` in the latest year that puts it on or before `before` (ISO): a question comes before its
 * answer, so a June question answered in January was asked the year before. Undefined for a day the month lacks.
 */
export declare function yearBefore(date: DayMonth, before: string): string | undefined;
//# sourceMappingURL=day-month.d.ts.map