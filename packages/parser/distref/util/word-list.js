/**
 * The word list: the words two or more of the training documents write inside a line, lowercased
 * (`registry/words.json`, built by `scripts/lexicon.js` from the training part of the corpus, never the check set).
 * What a document cannot say of its own words — whether a line end split one word (`pri` / `vate`) or a glued line's
 * hyphen joins a name to a word (`Laval-udvalget`) — is read against it. Read into a set on first need.
 */
import wordData from '../registry/words.json' with { type: 'json' };
let words;
/** Whether `word` (lowercase) is on the word list. */
export function isListedWord(word) {
    words ??= new Set(wordData.words);
    return words.has(word);
}
/**
 * Two runs of letters with one space between them, the second in lower case: a word a justified rendition may have
 * broken with a stray space (`udv alget`, `Go ttlieb`). The match is the first run and the space; both runs are
 * captured, the second read ahead so that each pair is tried (`af udv alget`: `af udv`, then `udv alget`).
 */
const SPACED_PAIR = /(?<![\p{L}-])(\p{L}{2,}) (?=(\p{Ll}{2,})(?![\p{L}-]))/gu;
/**
 * `text` with each word a stray space broke joined, where neither half is a listed word and the two as one are
 * (`ikkemedlem af udv alget Pia Kjærsgaard` → `… udvalget …`; not `over tid`, nor `Plan tage`). For the short texts a
 * finder reads its phrases in (an asker's sentence): the question's and answer's texts keep their words as printed.
 */
export function withStraySpacesJoined(text) {
    // The second half first: it is lowercase already (no copy to make), and most pairs are two words of running text.
    return text.replace(SPACED_PAIR, (pair, a, b) => !isListedWord(b) && !isListedWord(a.toLowerCase()) && isListedWord(`${a}${b}`.toLowerCase()) ? a : pair);
}
//# sourceMappingURL=word-list.js.map