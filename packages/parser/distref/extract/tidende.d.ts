import type { Context } from './context.js';
import type { Line } from './lines.js';
import type { AskersResult, Preamble } from './preamble.js';
/** `14`, `1`, `04` → `2004-01-14` (a four-digit year as it stands), where it is a day of the calendar. */
export declare function tidendeDate(day: string, month: string, year: string): string | undefined;
export interface TidendeHead {
    preamble: Preamble;
    /** The asker named on the line after the address, where one is. */
    askers: AskersResult | undefined;
    /** Question time's page: the day its title says the question was answered (`- besvaret 24/03-2004`). */
    answered?: {
        value: string;
        line: Line;
    };
}
/** The head of a Folketingstidende § 20 page, where the document opens with one. */
export declare function findTidendeHead(context: Context): TidendeHead | undefined;
/**
 * Where the minister's spoken answer starts on question time's page: after Folketingstidende's line naming the
 * minister who speaks (`Statsministeren (Anders Fogh Rasmussen):`), the first after `from` (the question's end); the
 * member's words before it are not the answer. Undefined where the page shows no minister speaking (cut before).
 */
export declare function spokenAnswerStart(lines: readonly Line[], from: number): number | undefined;
/** An answer's date from its Folketingstidende heading. */
export interface DatedAnswer {
    value: string;
    line: Line;
    /** `Supplerende svar`: an answer after the first. */
    later: boolean;
}
/** The dated answer headings of a Folketingstidende page after line index `from`, in order. */
export declare function tidendeAnswerDates(lines: readonly Line[], from: number): DatedAnswer[];
/**
 * Whether a Folketingstidende page holds its question only: the page's overview form (`Spm i fuld tekst:` / `Skr
 * begrundelse:` / `Besv 13/3 02`), which dates the answer but prints it elsewhere, with no answer's section (`Svar
 * (21/1 04)`) after the head. The page is the question's. A page of the other form whose stored text ends before its
 * `Svar` is not known to be the question's: its answer may have been cut off.
 */
export declare function questionOnly(context: Context, head: TidendeHead): boolean;
//# sourceMappingURL=tidende.d.ts.map