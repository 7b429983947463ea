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

/** An answer whose address block runs into the asker sentence: the block's last line is the sentence's subject. */
function runIn(lastAddressLine: string, sentence: string): string {
  return [
    'Ministeren',
    'Udlændinge-, Integrations- og Boligudvalget',
    'Folketinget',
    'Christiansborg',
    '1240 København K',
    lastAddressLine,
    sentence,
    'Spørgsmål nr. 27 til L 87:',
    'Ministeren bedes kommentere sagen.',
    'Svar:',
    'Det gør jeg.',
  ].join('\n')
}

const HAS_ASKED = 'har den 13. januar 2016 stillet følgende spørgsmål nr. 27 til L 87 til ministeren, som hermed besvares.'

describe('an asker sentence whose subject the line above holds (the address block running into it)', () => {
  it.each([
    ['Medlem af Folketinget Johanne Schmidt-Nielsen (EL)', HAS_ASKED],
    ['Johanne Schmidt-Nielsen (EL)', HAS_ASKED],
    ['Folketingsmedlem Johanne Schmidt-Nielsen (EL)', 'stillede den 13. januar 2016 følgende spørgsmål nr. 27 til L 87.'],
  ])('reads the asker of %j with the next line', async (last, sentence) => {
    const record = await parse(runIn(last, sentence), { format: 'text' })
    expect(record.question.askers).toEqual([{ name: 'Johanne Schmidt-Nielsen', party: 'EL', nonMember: false }])
    expect(codes(record)).not.toContain('asker-unclear')
  })

  it('near miss: a line with a party above a line that is no sentence of asking names no asker', async () => {
    const record = await parse(runIn('Johanne Schmidt-Nielsen (EL)', 'Spørgsmål besvares hermed.'), { format: 'text' })
    expect(record.question.askers).toEqual([])
  })

  it('warns where the sentence opens with its verb and no line above names anyone', async () => {
    const record = await parse(runIn('1240 København K', HAS_ASKED), { format: 'text' })
    expect(record.question.askers).toEqual([])
    expect(codes(record)).toContain('asker-unclear')
  })
})
