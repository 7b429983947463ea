import { normaliseBill } from './bill.js';
/**
 * An aktstykke's word: `Aktstk.`, `aktstk`, `Aktstykke`, `akt.` (answers: "spørgsmål 3 til akt. 133"), `Akt` (the
 * Finance Committee's citation form, "Akt 190 23/4 2008"; capitalised only), each with `nr.` or not.
 */
const APPROPRIATION_WORD = String.raw `(?<!\p{L})(?:[Aa]ktstk\.?|[Aa]ktstykke|[Aa]kt\.|Akt(?=\s))(?:\s{1,3}nr\.)?\s{0,3}`;
/** An aktstykke's number: `172`; not the start of a longer number or a decimal (`akt. 2,5`). */
const APPROPRIATION_NUMBER = String.raw `\d{1,4}(?!\d|[,.]\d)`;
/** A Commission document's word and year: `KOM (2013) `, `KOM(2013)`, `COM(2013) ` (the English form some letters quote). */
const EU_PROPOSAL_WORD = String.raw `(?<!\p{L})(?:KOM|COM)\s{0,2}\(\s{0,2}`;
const EU_PROPOSAL_YEAR = String.raw `(?:19|20)\d{2}`;
const EU_PROPOSAL_NUMBER = String.raw `\d{1,4}(?!\d)`;
/** An aktstykke: `Aktstk. 172`, `Aktstk.172`, `Aktstykke nr. 133`, `akt. 21`, `Akt 190`. One group: the number. */
export const APPROPRIATION_CODE = `${APPROPRIATION_WORD}(${APPROPRIATION_NUMBER})`;
/** A Commission document: `KOM (2013) 0173`, `KOM(2013) 173`, `KOM(2012)0788`. Two groups: the year and the number. */
export const EU_PROPOSAL_CODE = String.raw `${EU_PROPOSAL_WORD}(${EU_PROPOSAL_YEAR})\s{0,2}\)\s{0,2}(${EU_PROPOSAL_NUMBER})`;
/** Either document, without groups, for patterns that capture it whole and read it with `readCaseDocument`. */
export const CASE_DOCUMENT_CODE = String.raw `(?:${APPROPRIATION_WORD}${APPROPRIATION_NUMBER}|${EU_PROPOSAL_WORD}${EU_PROPOSAL_YEAR}\s{0,2}\)\s{0,2}${EU_PROPOSAL_NUMBER})`;
const APPROPRIATION = new RegExp(`^${APPROPRIATION_CODE}$`, 'u');
const EU_PROPOSAL = new RegExp(`^${EU_PROPOSAL_CODE}$`, 'u');
/** Digits an ft.dk KOM number is written in: `0173`. */
const KOM_NUMBER_DIGITS = 4;
/** `Aktstk. 172` from its number. */
export function appropriationCode(number) {
    return `Aktstk. ${Number(number)}`;
}
/** `KOM (2013) 0173` from the year and the number. */
export function euProposalCode(year, number) {
    return `KOM (${year}) ${String(Number(number)).padStart(KOM_NUMBER_DIGITS, '0')}`;
}
/** The case document `raw` names in one of the forms above (`aktstykke nr. 172` → `Aktstk. 172`), or undefined. */
export function readCaseDocument(raw) {
    const text = raw.replace(/\s+/gu, ' ').trim();
    const appropriation = APPROPRIATION.exec(text);
    if (appropriation?.[1])
        return { kind: 'appropriation', code: appropriationCode(appropriation[1]) };
    const proposal = EU_PROPOSAL.exec(text);
    if (proposal?.[1] && proposal[2])
        return { kind: 'eu-proposal', code: euProposalCode(proposal[1], proposal[2]) };
    return undefined;
}
/** The folder of an ft.dk address naming a case document: `aktstk.172`, `Aktstk.108`, `aktstk172`, `kom(2013)0173`. */
const APPROPRIATION_FOLDER = /^aktstk\.?(\d{1,4})$/iu;
const EU_PROPOSAL_FOLDER = /^kom\((\d{4})\)(\d{1,4})$/iu;
/** The case document an ft.dk address's folder names (`aktstykke/aktstk.172` → `Aktstk. 172`), or undefined. */
export function caseDocumentFromFolder(folder) {
    const appropriation = APPROPRIATION_FOLDER.exec(folder);
    if (appropriation?.[1])
        return { kind: 'appropriation', code: appropriationCode(appropriation[1]) };
    const proposal = EU_PROPOSAL_FOLDER.exec(folder);
    if (proposal?.[1] && proposal[2])
        return { kind: 'eu-proposal', code: euProposalCode(proposal[1], proposal[2]) };
    return undefined;
}
/**
 * The case a question is on, in its normal form, and the kind of question asked on it: an aktstykke or Commission
 * document as `readCaseDocument` reads it, else a bill (`L85` → `L 85`, kind `bill`).
 */
export function readCase(raw) {
    return readCaseDocument(raw) ?? { kind: 'bill', code: normaliseBill(raw) };
}
//# sourceMappingURL=case-document.js.map