/**
 * The lines of a § 20 question as Folketingstidende prints it (and webarkiv.ft.dk's pages of 2000–2007 show it):
 *
 *     Spm. nr. S 1609
 *     Til statsministeren (14/1 04) af:
 *     Søren Søndergaard (EL):
 *     »Kan statsministeren udelukke, …?«
 *     Svar (21/1 04)
 *     Statsministeren (Anders Fogh Rasmussen):
 *     Spørgsmålet kræver …
 *
 * The address and asker lines stand between the heading and the question; the speaker line between the answer's
 * heading and its text. Neither is the question's or the answer's text.
 */
import { TIDENDE_ADDRESS } from '../layout/markers.js';
export { TIDENDE_ADDRESS };
/** A member and party: a name of two to five capitalised words and the party's letters in brackets. */
export declare const NAME_AND_PARTY: string;
/** `Søren Søndergaard (EL):`, `Anne-Marie Meldgaard (S):` — the asker's line of Folketingstidende's head. */
export declare const TIDENDE_ASKER: RegExp;
/**
 * `Statsministeren (Anders Fogh Rasmussen):`, `Ministeren for fødevarer, landbrug og fiskeri (Hans Chr. Schmidt):` —
 * the minister's title and, in parentheses, the minister's name.
 */
export declare const TIDENDE_SPEAKER: RegExp;
/** Whether a line is one of the question's head lines (address or asker). */
export declare function isTidendeHead(text: string): boolean;
//# sourceMappingURL=folketingstidende.d.ts.map