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

/**
 * What makes `er stillet` the question's own words, its reason or occasion, where the asker's sentence names whom it
 * was put for: `Spørgsmålet er stillet ifm. en henvendelse fra en borger, …` (inside the question's quote), `… i
 * forbindelse med …`, `… som opfølgning på …`, `… som en del af …`, `… på baggrund af …`.
 */
const NOT_ITS_REASON = String.raw`(?!\s+(?:ifm\.|i\s+forbindelse\s+med|som\s+(?:en\s+)?(?:del|opfølgning|følge)|på\s+baggrund\s+af|med\s+baggrund\s+i|for\s+at|fordi|under\s+henvisning\s+til)\s)`

/**
 * The subject and its verb: `Spørgsmålene er stillet`, `Samrådet er stillet`, `Spørgsmålet ønskes besvaret`,
 * `Spørgsmålet stilles efter ønske fra` (in the present, before whom it is asked for: not `Spørgsmålet stilles på
 * baggrund af …`, the question's own words); the question shortened, its verb without `er`: `Spm. stillet`.
 */
export const ASKER_SENTENCE_SOURCE = String.raw`(?:${SUBJECT}\s+(?:er\s+stillet${NOT_ITS_REASON}|stilles(?=\s+(?:efter\s*(?:ønske|anmodning|begæring)|på\s+(?:vegne|foranledning|begæring|anmodning)))|ønskes\s+besvaret)|Spm\.\s+(?:er\s+)?stillet)\b`

/** A line that opens with the sentence, also in brackets: `(Spørgsmålene er stillet efter ønske fra …)`. */
export const ASKER_SENTENCE = new RegExp(String.raw`^\(?${ASKER_SENTENCE_SOURCE}`, 'u')

/** A line that opens with the sentence's subject and `er stillet` (a preamble going on with it on the next line). */
export const ASKER_SENTENCE_GOES_ON = new RegExp(String.raw`^${SUBJECT}\s+(?:er\s+)?stillet`, 'u')

/**
 * The words that say a question was put for someone, as the ministries write them: `efter ønske fra` (`efter ønskefra`,
 * glued; `efter ønske af`), `efter anmodning fra`, `efter begæring af`, `på foranledning af`, `på begæring af`, `på
 * anmodning fra` — the words before `fra`/`af`, for a test of whether a line mentions the phrase (its name may follow
 * on the next line).
 */
export const ASKED_FOR_WORDS = String.raw`efter\s*(?:ønske|anmodning|begæring)|på\s+(?:foranledning|begæring|anmodning)(?![\p{L}])`

/**
 * A member's party in brackets ahead in the clause: `… Karina Lorentzen Dehnhardt (SF)`, `… Frank Aaen (Enhedslisten)`
 * (not `(Alm. del)` nor `(beretning 3/2012)`).
 */
const PARTY_AHEAD = String.raw`(?=\s[^()]{2,80}\((?:[\p{L}-]{1,5}|\p{L}[\p{L} -]{5,40})\))`

/**
 * The phrase before the askers' names: `efter ønske fra` and its kin (`efter anmodning af`, `efter begæring af`; both
 * prepositions left in by an edit, in either order: `efter ønske af fra`, `efter ønske fra af`), and
 * `på foranledning af` / `på begæring af` / `på anmodning fra` — which ordinary prose also says of others than members
 * (`på foranledning af Rigsrevisionen`), so those only where a party in brackets follows in the clause: `Folketingets
 * Retsudvalg har på foranledning af Karina Lorentzen Dehnhardt (SF) stillet …`.
 */
export const ASKED_FOR = String.raw`(?:efter\s*(?:ønske|anmodning|begæring)\s*(?:af\s+fra|fra\s+af|fra|af)|på\s+(?:foranledning|begæring|anmodning)\s+(?:af|fra)${PARTY_AHEAD})`

/** A party's letters alone in brackets on a line, an asker's name wrapped before it: `(SIU)`, `(V)`, `(S).` (the stop after it). */
export const PARTY_ALONE = /^\s*\(\p{Lu}[\p{L}]{0,4}\)\.?\s*$/u
