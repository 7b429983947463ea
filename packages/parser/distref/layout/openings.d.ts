/** Any of the openings above. */
export declare const LETTER_OPENING: RegExp;
/**
 * An answer titled by whose it is (one to five capitalised words, the last in the genitive), its kind after "svar"
 * or in parentheses: `Statsminister Anders Fogh Rasmussens svar (endeligt) på spørgsmål nr. S 2748 stillet af …`,
 * `Miljøministerens foreløbige svar på spørgsmål nr. 346`, `Fogh Rasmussens svar på udvalgsspørgsmål 10 stillet af
 * Folketingets Europaudvalg` (Statsministeriet 2008: the committee's question so named), `Statsminister Lars Løkke
 * Rasmussens svar på § 5 spørgsmål nr. 335 (MPU § alm. del)` (a question to the prime minister under a paragraph),
 * `Miljøministerens svar på EPU spørgsmål nr. 133` (the committee's code before it, 2008). Case-sensitive, so that a sentence in the answer
 * (`Jeg henviser til ministerens svar på spørgsmål 5`) does not match.
 */
export declare const ANSWER_TITLE: RegExp;
/**
 * Whether an answer's title (`ANSWER_TITLE`) starts on `line`, perhaps wrapped before its "spørgsmål" (`… svar
 * (endeligt) på` / `spørgsmål nr. S 2748 stillet af …`). Only a line holding "svar" is tried.
 */
export declare function opensAnswerTitle(line: string, next: string | undefined): boolean;
/**
 * A cover or orientation letter's first sentence, which is its text (not a preamble to an answer): `Vedlagt fremsendes
 * til Retsudvalgets orientering …`, `Vedlagt oversendes …`, `Vedlagt sendes i 5 eksemplarer …`, `Til Trafikudvalgets
 * orientering oversendes hermed …`, `Til udvalgets orientering sendes hermed …`, `Til orientering vedlægges …`, in the
 * first person `Vedlagt fremsender jeg …`, `Hermed fremsender jeg …` and `Jeg sender hermed …`, and the Europe
 * committee's annexes (Udenrigsministeriet and others, 2000s–2010s): `Til orientering for Folketingets Europaudvalg
 * kan det oplyses, at …`, `Til underretning for Folketingets Europaudvalg vedlægges …` (also as OCR read it:
 * `Fo&etingets Europaudvaig`), and `Med henblik på mødet i Folketingets Europaudvalg den 23. januar 2003 – dagsordenspunkt
 * … – vedlægges …` (the EU secretariat's cover sheet, 2000s: the verb may stand lines later, after the meeting's agenda).
 * "kan det oplyses" only with the committee named: a bare `Til orientering kan jeg oplyse, at …` may stand anywhere.
 * The letter's subject line (`Status på strækningen …`, `Fremsættelse af forslag til lov om …`) stands before it, in
 * the letterhead (`roles.ts`).
 */
export declare const COVER_OPENING: RegExp;
//# sourceMappingURL=openings.d.ts.map