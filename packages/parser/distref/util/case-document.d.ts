/**
 * The case documents other than bills that ft.dk files committee questions under, as pattern sources for every
 * regular expression that reads one, and their normal forms:
 *
 * - an aktstykke, the Finance Committee's appropriation request (`Aktstk. 172`, `aktstykke nr. 172`, `akt. 21`):
 *   question kind `appropriation`, filed at `samling/<session>/aktstykke/aktstk.172/spm/<n>`;
 * - a European Commission document (`KOM (2013) 0173`, `KOM(2013) 173`): question kind `eu-proposal`, filed at
 *   `samling/<session>/kommissionsforslag/kom(2013)0173/spm/<n>`.
 *
 * The normal forms are ft.dk's own stamps' (`Aktstk. 172`, `KOM (2013) 0173`: the number in four digits).
 */
import type { QuestionKind } from '@ft-answers/schema';
/** An aktstykke: `Aktstk. 172`, `Aktstk.172`, `Aktstykke nr. 133`, `akt. 21`, `Akt 190`. One group: the number. */
export declare const APPROPRIATION_CODE: string;
/** A Commission document: `KOM (2013) 0173`, `KOM(2013) 173`, `KOM(2012)0788`. Two groups: the year and the number. */
export declare const EU_PROPOSAL_CODE: string;
/** Either document, without groups, for patterns that capture it whole and read it with `readCaseDocument`. */
export declare const CASE_DOCUMENT_CODE: string;
/** `Aktstk. 172` from its number. */
export declare function appropriationCode(number: string): string;
/** `KOM (2013) 0173` from the year and the number. */
export declare function euProposalCode(year: string, number: string): string;
/** A case document read: the kind of question asked on it and its normal form. */
export interface CaseDocument {
    kind: Extract<QuestionKind, 'appropriation' | 'eu-proposal'>;
    code: string;
}
/** The case document `raw` names in one of the forms above (`aktstykke nr. 172` → `Aktstk. 172`), or undefined. */
export declare function readCaseDocument(raw: string): CaseDocument | undefined;
/** The case document an ft.dk address's folder names (`aktstykke/aktstk.172` → `Aktstk. 172`), or undefined. */
export declare function caseDocumentFromFolder(folder: string): CaseDocument | undefined;
/**
 * The case a question is on, in its normal form, and the kind of question asked on it: an aktstykke or Commission
 * document as `readCaseDocument` reads it, else a bill (`L85` → `L 85`, kind `bill`).
 */
export declare function readCase(raw: string): {
    kind: QuestionKind;
    code: string;
};
//# sourceMappingURL=case-document.d.ts.map