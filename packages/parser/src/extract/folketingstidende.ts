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

import { NAME_AND_PARTY, TIDENDE_ADDRESS, TIDENDE_ASKER, TIDENDE_SPEAKER } from '../layout/markers.js'

export { NAME_AND_PARTY, TIDENDE_ADDRESS, TIDENDE_ASKER, TIDENDE_SPEAKER }

/** Whether a line is one of the question's head lines (address or asker). */
export function isTidendeHead(text: string): boolean {
  return TIDENDE_ADDRESS.test(text) || TIDENDE_ASKER.test(text)
}
