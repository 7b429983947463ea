import type { Findings } from '../findings.js';
import { type Resolution } from '../resolve.js';
export interface Dates {
    askedOn: Resolution<string>;
    answeredOn: Resolution<string>;
}
export declare function resolveDates(found: Findings): Dates;
/** An answer whose letter does not say when the question was asked (not even a date the anchors missed). */
export declare function checkQuestionDate(found: Findings, askedOn: string | null): void;
//# sourceMappingURL=dates.d.ts.map