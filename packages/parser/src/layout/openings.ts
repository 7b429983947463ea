/**
 * Openings of a letter's first sentence that other ministries use beside the committee-letter preamble
 * ("Beskæftigelsesudvalget har i brev af …"). The letterhead ends where one of them begins (`roles.ts`), and the
 * preamble starts there (`extract/preamble.ts`).
 */

/**
 * - `Under henvisning til Folketingets Socialudvalgs brev af 7. april 2010 følger hermed …` (Socialministeriet)
 * - `I brev af 11. februar 2016 har udvalget …`, `Ved skrivelse af 9. november 2010 har … anmodet om …`
 * - `Kirkeudvalget har ved brev af 6. december 2013 …`
 * - `Hermed fremsendes …`, `Hermed oversendes …`, `Hermed følger …` (as `Hermed sendes …`)
 * - `Udlændinge- og Integrationsudvalget stillede den 10. oktober 2019 spørgsmål nr. 7 …`
 * - `Berigtigelse af svar på spørgsmål nr. 7 …`: a correction of an earlier answer
 */
export const LETTER_OPENING =
  /(?:^Under\s+henvisning\s+til\s|^(?:I|Ved)\s+(?:brev|skrivelse|e-?mail)\s+af\s|\bhar\s+ved\s+(?:brev|skrivelse)\s+af\s|^Hermed\s+(?:fremsendes|oversendes|følger)\s|\bstillede\s+(?:den|d\.)\s|^Berigtigelse\s+af\s+(?:besvarelse|svar)\s)/iu
