import { describe, expect, it } from 'vitest'
import { hot, warmHotPatterns } from '../../src/util/hot-patterns.js'

/** A pattern that counts the subjects it was run on. */
class Counted extends RegExp {
  subjects: string[] = []
  override exec(text: string): RegExpExecArray | null {
    this.subjects.push(text)
    return super.exec(text)
  }
}

describe('hot patterns', () => {
  it('returns the pattern it marks', () => {
    const pattern = /spørgsmål/u
    expect(hot(pattern)).toBe(pattern)
  })

  it('runs each marked pattern once on a long narrow and a long wide subject, then leaves it', () => {
    warmHotPatterns() // patterns the parser's modules marked on import, if any were loaded
    const pattern = hot(new Counted('svar', 'u'))
    warmHotPatterns()
    expect(pattern.subjects).toHaveLength(2)
    // V8 compiles a pattern at once for a subject of 1,000 characters or more, per string width
    expect(pattern.subjects.every((subject) => subject.length >= 1000)).toBe(true)
    expect(pattern.subjects.map((subject) => [...subject].some((character) => character.charCodeAt(0) > 0xff))).toEqual([false, true])
    warmHotPatterns()
    expect(pattern.subjects).toHaveLength(2)
  })

  it("puts back a global pattern's lastIndex", () => {
    const pattern = hot(new Counted('svar', 'gu'))
    pattern.lastIndex = 7
    warmHotPatterns()
    expect(pattern.subjects).toHaveLength(2)
    expect(pattern.lastIndex).toBe(7)
  })
})
