import { describe, expect, it } from 'vitest'
import { matchesOf } from '../../src/util/matches.js'

/** What a match says: where it is, what it took, its groups. */
const described = (matches: Iterable<RegExpMatchArray>) =>
  [...matches].map((match) => ({ index: match.index, text: match[0], groups: [...match] }))

describe('matchesOf', () => {
  // Each as `text.matchAll(pattern)` gives it: words, empty matches (stepping a code point on under `u`, a code unit
  // without), an astral character, captures, a look-behind.
  const cases: Array<[RegExp, string]> = [
    [/\S+/gu, '  Spørgsmål nr. 12:  Svar '],
    [/x*/gu, 'ax😀b'],
    [/x*/g, 'ax😀b'],
    [/(?<=\p{Ll})(\p{Lu})/gu, 'DepartementetHolmens KanalØ'],
    [/(\d+)\.(\d+)/g, '1.500 og 22.300 og 7'],
    [/$/gmu, 'a\nb\n'],
  ]
  for (const [pattern, text] of cases) {
    it(`gives what matchAll gives: ${pattern} in ${JSON.stringify(text)}`, () => {
      expect(described(matchesOf(pattern, text))).toEqual(described(text.matchAll(pattern)))
    })
  }

  it('starts at the pattern’s lastIndex and leaves it as it was', () => {
    const pattern = /\d/g
    pattern.lastIndex = 2
    expect([...matchesOf(pattern, '1234')].map((match) => match[0])).toEqual(['3', '4'])
    expect(pattern.lastIndex).toBe(2)
  })

  it('reads the same pattern inside its own loop as matchAll’s copy does', () => {
    const pattern = /\d/g
    const pairs: string[] = []
    for (const outer of matchesOf(pattern, '12')) for (const inner of matchesOf(pattern, 'ab3')) pairs.push(outer[0] + inner[0])
    expect(pairs).toEqual(['13', '23'])
  })

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => [...matchesOf(/a/u, 'aa')]).toThrow(TypeError)
    expect(() => [...'aa'.matchAll(/a/u)]).toThrow(TypeError)
  })
})
