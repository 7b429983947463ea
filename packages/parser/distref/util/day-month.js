/**
 * A Danish date written without its year, as some letters date the question (`har den 5. november stillet`,
 * `spørgsmål nr. 91 af 28. april fra …`, `stillet 23. juni efter ønske fra …`), and the year such a date must have.
 */
import { MONTH_NAME_STOPPED, monthNumber } from './dates.js';
/**
 * `5. november`, `28. april`, `5. nov.`, `17. febr.` (a month's name whole, or shortened with its stop: `MONTH_NAME_STOPPED`) — not
 * followed by a year (`28. april 2005`, `5. nov. 2005` are whole dates). A year of two digits (`i brev af 28. januar 13`,
 * Transportministeriet 2013) names no century: the date is read as one without its year, the year inferred and
 * flagged as for the others.
 */
const DAY_MONTH = new RegExp(`(?<!\\d)(\\d{1,2})\\.\\s*(${MONTH_NAME_STOPPED})(?!\\p{L})(?!\\s*\\d{3})`, 'iu');
/** The first day-and-month date without a year in `text`. */
export function findDayMonth(text) {
    const match = DAY_MONTH.exec(text);
    if (!match)
        return undefined;
    const day = Number(match[1]);
    const month = monthNumber(match[2] ?? '');
    if (day < 1 || day > 31 || month < 1)
        return undefined;
    return { day, month, index: match.index };
}
/**
 * The ISO date of `date` in the latest year that puts it on or before `before` (ISO): a question comes before its
 * answer, so a June question answered in January was asked the year before. Undefined for a day the month lacks.
 */
export function yearBefore(date, before) {
    const year = Number(before.slice(0, 4));
    const monthDay = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
    const inferred = monthDay <= before.slice(5, 10) ? year : year - 1;
    const days = new Date(Date.UTC(inferred, date.month, 0)).getUTCDate();
    return date.day > days ? undefined : `${inferred}-${monthDay}`;
}
//# sourceMappingURL=day-month.js.map