/**
 * The word list (`src/registry/words.json`) is what `scripts/lexicon.js` builds from the training documents — never
 * the check set — so that it can be rebuilt, and holds no word only a check document writes.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildLexicon, lexiconFile } from '../scripts/lexicon.js'
import { isListedWord, withStraySpacesJoined } from '../src/util/word-list.js'

const committed = JSON.parse(readFileSync(new URL('../src/registry/words.json', import.meta.url), 'utf8'))

describe('the word list', () => {
  it('is the one the training documents give (pnpm lexicon --write rebuilds it)', () => {
    expect(committed).toEqual(lexiconFile(buildLexicon()))
  })

  it('holds words, not the halves of words broken at a line end', () => {
    expect(['private', 'eksempelvis', 'kommissionen', 'opgørelsen'].filter((word) => !isListedWord(word))).toEqual([])
    expect(['pri', 'vate', 'kommis', 'sionen', 'gørelsen'].filter(isListedWord)).toEqual([])
  })
})

describe('withStraySpacesJoined', () => {
  it.each([
    ['ikkemedlem af udv alget Pia Kjærsgaard (DF)', 'ikkemedlem af udvalget Pia Kjærsgaard (DF)'],
    // Near misses: both halves words, a half the list holds, a whole the list does not.
    ['lønnen over tid', 'lønnen over tid'],
    ['Kompedal Plan tage', 'Kompedal Plan tage'],
    ['et xyz qwerty', 'et xyz qwerty'],
  ])('%s → %s', (text, joined) => {
    expect(withStraySpacesJoined(text)).toBe(joined)
  })
})
