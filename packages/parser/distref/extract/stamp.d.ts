/**
 * The ft.dk stamp ("Beskæftigelsesudvalget 2016-17 / BEU Alm.del / Offentligt"), ft.dk's page footer
 * ("L 85 - 2019-20 - Endeligt svar på spørgsmål 11: …") and ft.dk addresses in the text
 * ("https://ft.dk/samling/20161/almdel/beu/spm/422/index.htm"). Each tells committee, session and case.
 */
import type { QuestionKind } from '@ft-answers/schema';
import type { Context } from './context.js';
import type { Line } from './lines.js';
export interface CaseFacts {
    committeeName?: string | undefined;
    committeeCode?: string | undefined;
    session?: string | undefined;
    bill?: string | undefined;
    kind?: QuestionKind | undefined;
    number?: string | undefined;
    line?: Line | undefined;
    /**
     * The stamp files the document as an annex of a case (`L 109 Bilag 5`, `BEU Alm.del Bilag 446`) or under a case that
     * is not a question (`KOM (2010) 0367`): ft.dk's filing, not what the letter answers. The letter's own words about
     * its committee and question come first then.
     */
    annex?: boolean | undefined;
    /**
     * The stamp's case is a Commission document (`KOM (2013) 0173`): ft.dk files it with the committee of its subject
     * (`Retsudvalget 2013-14`) while the Europe committee asks about it, so the stamp's committee is ft.dk's filing and
     * the letter's own words about its committee come first (as for an annex).
     */
    sharedCase?: boolean | undefined;
    /** Where the facts came from when not from the stamp, a footer or an address in the text: `source-path`. */
    rule?: 'source-path' | undefined;
}
export declare function readStamp(context: Context, path?: string): CaseFacts;
//# sourceMappingURL=stamp.d.ts.map