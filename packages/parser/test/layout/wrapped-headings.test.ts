/** A question heading wrapped before its case (`Spørgsmål nr. 7 til` / `L 154:`, UUI 2017; fifty-sixth session). */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { withWrappedHeadingsJoined } from '../../src/layout/text/wrapped-headings.js'

describe('withWrappedHeadingsJoined', () => {
  it('joins a heading cut after the word that names its case to the case and colon on the next line', () => {
    expect(withWrappedHeadingsJoined(['Spørgsmål nr. 7 til', 'L 154:', 'Er ministeren enig?'])).toEqual([
      'Spørgsmål nr. 7 til L 154:',
      '',
      'Er ministeren enig?',
    ])
    expect(withWrappedHeadingsJoined(['Spørgsmål nr. 12 vedr.', 'B 33:'])).toEqual(['Spørgsmål nr. 12 vedr. B 33:', ''])
  })

  it.each([
    // The next line is a sentence, not the heading's rest; no colon closes it; the first line is a heading already.
    [['Spørgsmål nr. 7 til', 'ministeren om lovforslaget, som Folketinget behandler nu:']],
    [['Spørgsmål nr. 7 til', 'L 154']],
    [['Spørgsmål nr. 7 til L 154:', 'Er ministeren enig?']],
    // A sentence that ends in `til` is no heading's start.
    [['Svaret på spørgsmål nr. 7 sendes til', 'L 154:']],
  ])('near miss: %j stays as it is', (lines) => {
    expect(withWrappedHeadingsJoined(lines)).toBe(lines)
  })

  it('gives the record the question under the wrapped heading', async () => {
    const record = await parse(
      'Udlændinge- og Integrationsudvalget\nChristiansborg\n\nUdlændinge- og Integrationsudvalget har den 24. marts 2017 stillet følgende\nspørgsmål nr. 7 til L 154 efter ønske fra Johanne Holm (EL) til\nudlændinge- og integrationsministeren, som hermed besvares.\nSpørgsmål nr. 7 til\nL 154:\nEr ministeren enig i, at lovforslaget skærper kravet?\nSvar:\nNej.\n\nMed venlig hilsen\n\nInger Dal',
    )
    expect(record.question.text).toBe('Er ministeren enig i, at lovforslaget skærper kravet?')
    expect(record.answer.text).toBe('Nej.')
  })
})
