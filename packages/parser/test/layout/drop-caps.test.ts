import { describe, expect, it } from 'vitest'
import { mendDropCap } from '../../src/layout/drop-caps.js'

describe('mendDropCap: a drop cap an old rendition doubled', () => {
  it.each([
    [
      'BB Besvarelse esvarelse af spørgsmål nr. 249 fra Folketingets Retsudvalg',
      'Besvarelse af spørgsmål nr. 249 fra Folketingets Retsudvalg',
    ],
    ['Besvarelse esvarelse af spørgsmål nr. 12 (Alm. del)', 'Besvarelse af spørgsmål nr. 12 (Alm. del)'],
    ['S Spørgsmål pørgsmål nr. 7:', 'Spørgsmål nr. 7:'],
    ['  Under nder henvisning til Folketingets Skatteudvalgs brev', 'Under henvisning til Folketingets Skatteudvalgs brev'],
    ['Ministeriet inisteriet har indhentet', 'Ministeriet har indhentet'],
  ])('%s', (line, mended) => {
    expect(mendDropCap(line)).toBe(mended)
  })

  it.each([
    'Svar var ikke modtaget', // a rest of two letters: `var` is a word of its own
    'Bent Bent Hansen',
    'Skatteministeriet og Skat har oplyst',
    'Spørgsmålet er stillet af Anne Baastrup (SF).',
    'Det bemærkes, at esvarelse …', // the rest does not follow its word
    'B Anders nders', // a drop cap that is not the word's capital
    'Jeg henviser til Besvarelse esvarelse', // not at the line's start
  ])('leaves "%s"', (line) => {
    expect(mendDropCap(line)).toBeUndefined()
  })
})
