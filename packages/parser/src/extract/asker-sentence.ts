/**
 * The sentence after a question (or in a letter's opening) that says who asked for it, as every ministry writes it:
 * `Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL).`, a letter answering several `Spørgsmålene er stillet
 * efter ønske fra …`, a samråd's `Samrådet er stillet efter ønske fra …` / `Samrådsspørgsmålet er stillet …` /
 * `Samråd er stillet …` (a speech paper's head), `Spørgsmålet ønskes besvaret …`. It names the askers; it is no part
 * of the question's text nor of the answer's. (`Samrådsspørgsmålet har tidligere været stillet …` is the question's
 * own words: not this sentence.)
 */

/** The sentence's subject: the question, the questions, the samråd (question). */
const SUBJECT = '(?:(?:Samråds)?[Ss]pørgsmål(?:et|ene)|Samråd(?:et)?)'

/** The subject and its verb: `Spørgsmålene er stillet`, `Samrådet er stillet`, `Spørgsmålet ønskes besvaret`. */
export const ASKER_SENTENCE_SOURCE = String.raw`${SUBJECT}\s+(?:er\s+stillet|ønskes\s+besvaret)\b`

/** A line that opens with the sentence, also in brackets: `(Spørgsmålene er stillet efter ønske fra …)`. */
export const ASKER_SENTENCE = new RegExp(String.raw`^\(?${ASKER_SENTENCE_SOURCE}`, 'u')

/** A line that opens with the sentence's subject and `er stillet` (a preamble going on with it on the next line). */
export const ASKER_SENTENCE_GOES_ON = new RegExp(String.raw`^${SUBJECT}\s+(?:er\s+)?stillet`, 'u')
