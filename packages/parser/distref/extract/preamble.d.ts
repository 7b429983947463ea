/**
 * The preamble sentence: "Beskæftigelsesudvalget har i brev af 17. november 2016 stillet følgende spørgsmål
 * nr. 128 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL)."
 * and its many variants (see docs/extraction.md). Gives the committee's name, the letter date, the kind and
 * number of the question, the askers and the minister asked.
 */
import type { Asker, QuestionKind } from '@ft-answers/schema';
import { type DayMonth } from '../util/day-month.js';
import type { Context } from './context.js';
import type { Line } from './lines.js';
export interface Preamble {
    text: string;
    lines: Line[];
    committeeName?: string | undefined;
    askedOn?: string | undefined;
    /** The question's date where the letter gives no year (`den 5. november`): the year is inferred from the letter. */
    askedOnDayMonth?: DayMonth | undefined;
    /** The first full date in the preamble, where no anchor placed one: most often the question's. */
    firstDate?: string | undefined;
    kind?: QuestionKind | undefined;
    number?: string | undefined;
    bill?: string | undefined;
    recipient?: string | undefined;
    /**
     * The phrase stands inside the letter's running text, after sentences of its own (`runningTextBefore`): it speaks of
     * the question, but the letter's text began before it.
     */
    within?: true;
}
/**
 * The lines a preamble may stand on: the text's, and a line of prose the layout set in the letterhead's side column
 * (older renditions and narrow letterheads put the opening sentence beside the address block: "Folketingets Udvalg
 * for Fødevarer, Landbrug og Fiskeri har i skrivelse af 12. juni 2005 …", tagged as the side column's).
 */
export declare const preambleBody: (key: readonly Line[]) => readonly Line[];
export declare function findPreamble(context: Context): Preamble | undefined;
/**
 * The minister asked, where a sentence of the letter's head other than the preamble names them: a title over the
 * questions, "Spørgsmål nr. 3, 4, 5, 6 og 7 stillet af Udvalget for Videnskab og Teknologi / den 6. oktober 2010 til
 * Ministeren for videnskab, teknologi og udvikling / (Alm. del)." — each line that says "stillet", with the two lines
 * after it, before the question's first line.
 */
export declare function findHeadRecipient(lines: readonly Line[], before: number): {
    value: string;
    line: Line;
} | undefined;
export interface AskersResult {
    askers: Asker[];
    byCommittee: boolean;
    line?: Line;
    /** The lines the sentence was read from. */
    lines: Line[];
}
/** Askers from the preamble, else from anywhere in the body (question letters put it last). */
export declare function findAskers(context: Context, preamble: Preamble | undefined): AskersResult;
//# sourceMappingURL=preamble.d.ts.map