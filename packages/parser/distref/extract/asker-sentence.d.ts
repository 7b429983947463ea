/**
 * The sentence after a question (or in a letter's opening) that says who asked for it, as every ministry writes it:
 * `Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL).`, a letter answering several `Spørgsmålene er stillet
 * efter ønske fra …`, a samråd's `Samrådet er stillet efter ønske fra …` / `Samrådsspørgsmålet er stillet …` /
 * `Samråd er stillet …` (a speech paper's head), `Spørgsmålet ønskes besvaret …`. It names the askers; it is no part
 * of the question's text nor of the answer's. (`Samrådsspørgsmålet har tidligere været stillet …` is the question's
 * own words: not this sentence.)
 */
/**
 * The subject and its verb: `Spørgsmålene er stillet`, `Samrådet er stillet`, `Spørgsmålet ønskes besvaret`,
 * `Spørgsmålet stilles efter ønske fra` (in the present, before whom it is asked for: not `Spørgsmålet stilles på
 * baggrund af …`, the question's own words); the question shortened, its verb without `er`: `Spm. stillet`.
 */
export declare const ASKER_SENTENCE_SOURCE: string;
/** A line that opens with the sentence, also in brackets: `(Spørgsmålene er stillet efter ønske fra …)`. */
export declare const ASKER_SENTENCE: RegExp;
/** A line that opens with the sentence's subject and `er stillet` (a preamble going on with it on the next line). */
export declare const ASKER_SENTENCE_GOES_ON: RegExp;
/**
 * The words that say a question was put for someone, as the ministries write them: `efter ønske fra` (`efter ønskefra`,
 * glued; `efter ønske af`), `efter anmodning fra`, `efter begæring af`, `på foranledning af`, `på begæring af`, `på
 * anmodning fra` — the words before `fra`/`af`, for a test of whether a line mentions the phrase (its name may follow
 * on the next line).
 */
export declare const ASKED_FOR_WORDS: string;
/**
 * The phrase before the askers' names: `efter ønske fra` and its kin (`efter anmodning af`, `efter begæring af`; both
 * prepositions left in by an edit, in either order: `efter ønske af fra`, `efter ønske fra af`), and
 * `på foranledning af` / `på begæring af` / `på anmodning fra` — which ordinary prose also says of others than members
 * (`på foranledning af Rigsrevisionen`), so those only where a party in brackets follows in the clause: `Folketingets
 * Retsudvalg har på foranledning af Karina Lorentzen Dehnhardt (SF) stillet …`.
 */
export declare const ASKED_FOR: string;
/** A party's letters alone in brackets on a line, an asker's name wrapped before it: `(SIU)`, `(V)`. */
export declare const PARTY_ALONE: RegExp;
//# sourceMappingURL=asker-sentence.d.ts.map