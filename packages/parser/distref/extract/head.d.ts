import type { Found } from './letterhead.js';
import type { Line } from './lines.js';
/**
 * A committee's code before "alm. del": `BEU`. Not in ft.dk's stamp, which the stamp reader reads (an annex's stamp,
 * "BEU Alm.del Bilag 394", files a letter that may answer no question).
 */
export declare const findCaseCode: (key: readonly Line[]) => Found<string> | undefined;
/**
 * Whether the case code found (`findCaseCode`) cites an annex of the case rather than the case: `(KOU alm. del -
 * bilag 67)` names where a paper was filed, not a question.
 */
export declare function codeCitesAnnex(found: Found<string>): boolean;
/** A bill alone on a line of running text: `L 89`, `Aktstk. 17` (as written; read it with `readCase`). */
export declare function findBillLine(head: readonly Line[]): Line | undefined;
/** A committee named alone on a line: `Beskæftigelsesudvalget`, `Udvalget for Digitalisering og It`. */
export declare function findCommitteeLine(head: readonly Line[]): Found<string> | undefined;
/** A minister named alone on a line: `Beskæftigelsesministeren`. */
export declare function findMinisterLine(head: readonly Line[]): Found<string> | undefined;
/** A minister addressed under `Til` at the letter's foot (`FOOT_ADDRESSEE`). */
export declare function findAddresseeAtFoot(lines: readonly Line[]): Found<string> | undefined;
/**
 * The letter's opening: its lines before the answer's heading (at most `OPENING_LINES`), without ft.dk's stamp and
 * running lines (read as the stamp's facts). Wider than the head where no preamble or question was found.
 */
export declare const openingLines: (key: readonly Line[]) => readonly Line[];
/**
 * Words just before a reference that make it another question's (`jf. BUU alm. del - samrådsspm. H`, `se også …`,
 * `tidligere …`, `også …`): the one list the head's case reference and a speech paper's samråd question read.
 */
export declare const REFERRING_WORDS: string;
/** Characters before a reference read for `REFERRING_WORDS`. */
export declare const REFERRING_CHARS = 16;
export interface CaseReference {
    /** The reference names an annex of the case (`KOU alm. del - bilag 67`), which says nothing of a question's kind. */
    annex?: boolean;
    code: string;
    /** `bill` where the reference names a bill's question (`KOU ad B50 - Spørgsmål 6`); the bill is read elsewhere. */
    kind: 'general' | 'consultation' | 'bill';
    /** The question's number or letter, where the reference gives it. */
    number?: string | undefined;
    line: Line;
}
/** The first case reference of a known committee in `lines`. */
export declare const findCaseReference: (key: readonly Line[]) => CaseReference | undefined;
/** The letter of the consultation question a line of the opening names. */
export declare const findConsultationLine: (key: readonly Line[]) => Found<string> | undefined;
/** The number of the question the opening lines name, from a line that opens with it or the sentence that answers it. */
export declare const findQuestionLine: (key: readonly Line[]) => Found<string> | undefined;
/** The bill the opening lines name (normalised: `L 175`). */
export declare function findOpeningBill(opening: readonly Line[]): Found<string> | undefined;
//# sourceMappingURL=head.d.ts.map