import type { Line } from './lines.js';
import type { AskersResult } from './preamble.js';
export interface RunningTitle {
    line: Line;
    /** The question's number in the title. */
    number: string;
    /** ft.dk marks the question "MFU spm.": asked by a member not on the committee. */
    nonMember: boolean;
    /** The minister asked, where the title is whole to its end. */
    recipient?: string | undefined;
}
/** The first running line that titles a question (answer pages repeat it on each page). */
export declare function findRunningTitle(lines: readonly Line[]): RunningTitle | undefined;
/**
 * A lone asker the letter does not call a non-member, in a question ft.dk titles "MFU spm.": a non-member (the letter
 * often leaves it out: "Spørgsmålet er stillet efter ønske fra Andreas Steenberg (RV)."). Not where the title is of
 * another question than the letter's (a letter filed again under a later number), nor with several askers (which of
 * them sits outside the committee is not said).
 */
export declare function withRunningTitle(askers: AskersResult, title: RunningTitle | undefined, number: string | undefined): AskersResult;
//# sourceMappingURL=running-title.d.ts.map