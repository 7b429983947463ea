import type { Line } from './lines.js';
/** A report's head: its line, and the day it was given — null where a draft holds a placeholder for it. */
export interface ReportHead {
    line: Line;
    value: string | null;
}
/**
 * The head of a report, if the document opens as one: the line that says it was given, and the day — a date, or a
 * draft's placeholder day of zeros (a report all the same, given on no day yet).
 */
export declare function findReportHead(lines: readonly Line[]): ReportHead | undefined;
//# sourceMappingURL=report-date.d.ts.map