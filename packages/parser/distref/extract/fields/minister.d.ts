/**
 * The minister asked and the ministry that answers: the preamble's "til …ministeren" (or, in a question letter, the
 * minister addressed alone on a line); the ministry from a letterhead line naming it (also where a rendition set
 * the letterhead's column or footer in the text), else the minister's title alone in the letterhead, else the
 * letterhead's web address (`www.jm.dk`) where the registry knows it as one ministry's, else the signature's
 * title, else the minister the question was put to.
 */
import type { Findings } from '../findings.js';
import { type Resolution } from '../resolve.js';
export declare function resolveRecipient(found: Findings): Resolution<string>;
export declare function resolveMinistry(found: Findings, recipient: Resolution<string>): Resolution<string>;
//# sourceMappingURL=minister.d.ts.map