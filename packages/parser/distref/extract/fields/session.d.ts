import { type Findings } from '../findings.js';
import { type Found } from '../letterhead.js';
import { type Resolution } from '../resolve.js';
import type { Dates } from './dates.js';
/**
 * The letter's date, else the first full date (with its year) in the opening before the question (whose text may
 * date something else): `… Retsudvalg den 10. maj 2007`, also where the line wraps inside it (`… den 10. maj` / `2007`).
 */
export declare function openingDate(found: Findings): Found<string> | undefined;
/**
 * A letter dated by month and year alone (`Maj 2005`, no day): its session when the whole month lies in one, with the
 * month as the date the warning names (`2005-05`).
 */
export declare function monthDate(found: Findings): (Found<string> & {
    session: string;
}) | undefined;
/**
 * The session of the letter's own question when ft.dk filed the letter under another, later case: the letter dates
 * its question ("svar på spørgsmål nr. 552 af 7. juli 2016") before the stamp's session opened, and the stamp names
 * another number than the letter's (an old answer re-sent as the answer to a new question, a question forwarded to
 * another committee) or files the letter as a case's annex (`KOU Alm.del Bilag 3`: a copy of another committee's
 * answer). A stamp that names no number (`MOF Alm.del`) is no other case's by itself, but a question dated before the
 * stamp's session opened was not asked in it: ft.dk's own filing of the letter stamps the question's session, so a
 * later stamp is a second filing (the 2019-20 answer to nr. 1437, asked 28 September 2020, filed again in 2020-21 as
 * nr. 118). A question belongs to the session it was asked in; the record takes the letter's own question.
 */
export declare function filedLater(found: Findings, askedOn: Resolution<string>): string | undefined;
/**
 * The session: the stamp's, else from the dates (see the module's comment). `questionNumber` is the question the
 * record answers, if any: a letter that answers none (an orientation, a note sent on) is filed in the session its own
 * date falls in, with no earlier session possible.
 */
export declare function resolveSession(found: Findings, dates: Dates, questionNumber?: string | null): Resolution<string>;
//# sourceMappingURL=session.d.ts.map