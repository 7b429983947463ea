/**
 * The session (samling) code when no stamp gives it: from a date, knowing that the parliamentary year (folketingsår)
 * opens on the first Tuesday of October and runs to the next one, and that a general election within the year opens
 * a 2nd session (`20142` = 2014-15, 2. samling).
 */
import sessionData from '../registry/sessions.json' with { type: 'json' };
/** Month (1-based) in which the parliamentary year opens. */
const SESSION_START_MONTH = 10;
/** Day of the week the parliamentary year opens on (`Date.getUTCDay`: 0 = Sunday, 2 = Tuesday). */
const OPENING_WEEKDAY = 2;
/** The day the parliamentary year starting in `year` opens: its first Tuesday of October (2016 → `2016-10-04`). */
export function openingDay(year) {
    const first = new Date(Date.UTC(year, SESSION_START_MONTH - 1, 1)).getUTCDay();
    const day = 1 + ((OPENING_WEEKDAY - first + 7) % 7);
    return `${year}-${String(SESSION_START_MONTH).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
/** The year the parliamentary year holding `iso` opened in: `2016-10-03` (before the opening on the 4th) → 2015. */
function openingYear(iso) {
    const year = Number(iso.slice(0, 4));
    return iso >= openingDay(year) ? year : year - 1;
}
/**
 * Each general election's date with the year its parliamentary year opened in (`openingYear`), read once: every date
 * a document's session is read from is compared with every election.
 */
const ELECTIONS = sessionData.elections.map((date) => ({ date, year: openingYear(date) }));
/**
 * `2016-11-17` → `20161`; `2016-10-03` → `20151` (the year 2016-17 opened on Tuesday 4 October); `2015-08-01` →
 * `20142` (after the election of 18 June 2015).
 */
export function sessionFromDate(iso) {
    const start = openingYear(iso);
    const election = ELECTIONS.some(({ date, year }) => year === start && iso > date);
    return `${start}${election ? 2 : 1}`;
}
/**
 * The day the session holding `iso` opened: its parliamentary year's opening day, or — in a 2nd session — the day of
 * the election that started it (`2015-08-01` → `2015-06-18`; `2016-11-17` → `2016-10-04`).
 */
export function sessionStart(iso) {
    const opening = openingDay(openingYear(iso));
    const election = sessionData.elections.findLast((date) => date >= opening && iso > date);
    return election ?? opening;
}
/**
 * The session of a month named without a day (`Maj 2005` → `20042`), when the whole month lies in one session; not
 * October (the year opens within it) nor a month with an election in it: `2005-10` → undefined.
 */
export function sessionFromMonth(year, month) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    const session = sessionFromDate(first);
    return sessionFromDate(last) === session ? session : undefined;
}
//# sourceMappingURL=session.js.map