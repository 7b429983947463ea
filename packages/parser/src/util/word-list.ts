/**
 * The word list: the words two or more of the training documents write inside a line, lowercased
 * (`registry/words.json`, built by `scripts/lexicon.js` from the training part of the corpus, never the check set).
 * What a document cannot say of its own words — whether a line end split one word (`pri` / `vate`) or a glued line's
 * hyphen joins a name to a word (`Laval-udvalget`) — is read against it. Read into a set on first need.
 */
import wordData from '../registry/words.json' with { type: 'json' }

let words: ReadonlySet<string> | undefined

/** Whether `word` (lowercase) is on the word list. */
export function isListedWord(word: string): boolean {
  words ??= new Set(wordData.words)
  return words.has(word)
}
