import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'

/** An answer whose address block is given, with no sentence naming the asker. */
function answer(address: readonly string[], preamble?: string): string {
  return [
    ...address,
    'Beskæftigelsesministeriet',
    'Holmens Kanal 20',
    '3. maj 2023',
    ...(preamble ? [preamble] : []),
    'Spørgsmål nr. 12:',
    '”Vil ministeren oplyse, hvor mange der er ledige?”',
    'Svar:',
    'Det er 100.000.',
    'Med venlig hilsen',
    'Ane Halsboe-Jørgensen',
  ].join('\n')
}

const codes = (record: { warnings: { code: string }[] }) => record.warnings.map((warning) => warning.code)

describe('the member named under the committee in the address block (Beskæftigelsesministeriet, 2019–)', () => {
  it.each([
    [['Folketingets Beskæftigelsesudvalg', 'Mikkel Bjørn (DF)'], { name: 'Mikkel Bjørn', party: 'DF' }],
    [['Folketingets Udvalg for Udlændinge- og Integrationspolitik', 'Marie Krarup (DF)'], { name: 'Marie Krarup', party: 'DF' }],
    [['Til Folketingets Arbejdsmarkedsudvalg', 'Bent Bøgsted (DF)'], { name: 'Bent Bøgsted', party: 'DF' }],
  ])('is the asker where no sentence names one, warned: %j', async (address, asker) => {
    const record = await parse(answer(address), { format: 'text' })
    expect(record.question.askers).toMatchObject([asker])
    expect(codes(record)).toContain('asker-from-address')
  })

  it('near miss: a sentence that names the asker is read, not the address', async () => {
    const record = await parse(
      answer(
        ['Folketingets Beskæftigelsesudvalg', 'Mikkel Bjørn (DF)'],
        'Beskæftigelsesudvalget har i brev af 1. maj 2023 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Dennis Flydtkjær (DD).',
      ),
      { format: 'text' },
    )
    expect(record.question.askers).toMatchObject([{ name: 'Dennis Flydtkjær', party: 'DD' }])
    expect(codes(record)).not.toContain('asker-from-address')
  })

  it('near miss: a name under something other than a committee is no asker', async () => {
    const record = await parse(answer(['Kommunernes Landsforening', 'Jacob Bundsgaard (S)']), { format: 'text' })
    expect(record.question.askers).toEqual([])
  })
})
