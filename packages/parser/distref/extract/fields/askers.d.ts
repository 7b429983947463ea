import type { Findings } from '../findings.js';
import type { AskersResult } from '../preamble.js';
import { type Resolution } from '../resolve.js';
export declare function resolveAskers(found: Findings): Resolution<AskersResult>;
/** Warn of a party the registry does not know, or that was not in the Folketing in `year`. */
export declare function checkParties(found: Findings, year: number | undefined): void;
//# sourceMappingURL=askers.d.ts.map