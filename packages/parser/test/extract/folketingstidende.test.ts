import { describe, expect, it } from 'vitest'
import { findAnswer } from '../../src/extract/answer.js'
import { TIDENDE_ADDRESS, TIDENDE_ASKER, TIDENDE_SPEAKER } from '../../src/extract/folketingstidende.js'
import { findQuestion } from '../../src/extract/question.js'
import { ANSWER_HEADING } from '../../src/layout/markers.js'
import { letterContext } from './letter-context.js'

/** A made-up § 20 question in Folketingstidende's layout, with an interim and a supplementary answer. */
const PAGE = [
  'Spm. nr. S 2417',
  '',
  'Til ministeren for fødevarer, landbrug og fiskeri (5/3 05) af:',
  '',
  'Karen Hansen (SF):',
  '',
  '»Vil ministeren oplyse, hvor mange kontrolbesøg der blev gennemført i 2004?«',
  '',
  'Svar (12/3 05)',
  '',
  'Ministeren for fødevarer, landbrug og fiskeri (Hans Chr. Schmidt):',
  '',
  'Der blev gennemført 412 kontrolbesøg i 2004.',
  '',
  'Supplerende svar (2/4 05)',
  '',
  'Ministeren for fødevarer, landbrug og fiskeri (Hans Chr. Schmidt):',
  '',
  'Hertil kommer 17 opfølgende besøg.',
].join('\n')

describe('Folketingstidende: the lines around a § 20 question and its answers', () => {
  it('reads the question past its address and asker lines, the answer past its speaker lines', async () => {
    const context = await letterContext(PAGE)
    const question = findQuestion(context, 0)
    expect(question?.text).toBe('Vil ministeren oplyse, hvor mange kontrolbesøg der blev gennemført i 2004?')
    const answer = findAnswer(context, question?.end ?? 0)
    expect(answer.text).toBe(
      'Der blev gennemført 412 kontrolbesøg i 2004.\n\nSupplerende svar (2/4 05)\n\nHertil kommer 17 opfølgende besøg.',
    )
  })

  it.each(['Svar (21/1 04)', 'Supplerende svar (17/2 04)', 'Svar (3/3 2004)'])('takes the dated heading %s', (text) => {
    expect(ANSWER_HEADING.test(text)).toBe(true)
  })

  it.each(['Svar (se bilag)', 'Svar (21/1 04) blev sendt'])('not %s', (text) => {
    expect(ANSWER_HEADING.test(text)).toBe(false)
  })

  it.each([
    [TIDENDE_ADDRESS, 'Til statsministeren (14/1 04) af:', 'Til statsministeren (14/1 04) om sagen:'],
    [TIDENDE_ASKER, 'Anne-Marie Meldgaard (S):', 'Rigspolitiet har oplyst følgende (se bilag):'],
    [TIDENDE_SPEAKER, 'Statsministeren (Anders Fogh Rasmussen):', 'Ministeriet har oplyst (jf. svar):'],
    // A title of joined offices (round 149); a sentence that ends on a minister and a name is none.
    [TIDENDE_SPEAKER, 'Indenrigs- og sundhedsministeren (Lars Løkke Rasmussen):', 'Han sagde til ministeren (Lars Løkke Rasmussen):'],
  ])('%s: reads its line, not a near miss', (pattern, line, nearMiss) => {
    expect(pattern.test(line)).toBe(true)
    expect(pattern.test(nearMiss)).toBe(false)
  })
})
