import { type Line } from './lines.js';
/**
 * The minister `text` ends naming after `, <word> ` (`, fra justitsministeren`, `, til ministeren for sundhed og
 * forebyggelse`): ft.dk's title names who answered, its summary who was asked — lower-case words, one of them a
 * minister's. Undefined where the text ends otherwise (`…, til september 2023`).
 */
export declare function ministerNamedAtEnd(text: string, word: 'fra' | 'til'): string | undefined;
export interface PageSummary {
    /** The summary's lines. */
    lines: Line[];
    /** The minister asked, as ft.dk names them (two where the question is put to two); undefined where not named. */
    recipient: string | undefined;
    /** ft.dk calls it a samråd question (`Samrådsspm.`). */
    consultation: boolean;
}
/**
 * The summary, where it is all the page's text holds: one paragraph, as long as a summary runs, that opens as ft.dk's
 * summary and ends naming the minister asked. Undefined for any other document.
 */
export declare function findPageSummary(all: readonly Line[]): PageSummary | undefined;
//# sourceMappingURL=page-summary.d.ts.map