/**
 * Round 154's rules, from its training documents: a greeting cut off where the stored text ends, glued to the last
 * sentence (`… kreditinstitutter.Med venlig `), closes the answer; a title that opens "Besvarelse af" a committee's
 * question in the genitive (`Besvarelse af Forsvarsudvalgetsspørgsmål nr. 88 af 11. novem-ber 2010 til
 * udenrigsministeren`) dates the question and names the minister asked.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('a greeting cut off where the stored text ends, glued to the last sentence', () => {
  const letter = (end: string) =>
    `Finansudvalget 2010-11\nAktstk. 130 Bilag 1\nOffentligt\nSvar på Finansudvalgets spørgsmål nr. 1 (Aktstykke nr. 130) af 31. maj 2011 stillet efter ønske fra udvalget.\nSpørgsmål\n”Ministeren bedes oplyse, hvor meget statens risiko for tab øges.”\nSvar\nRisikoen afspejlede sig i renten i de aftaler, der blev indgået.${end}`

  it.each(['Med venlig ', 'Med venlig', 'Med venlig hil', 'Med venl'])('%j closes the answer', async (end) => {
    const record = await parse(letter(end))
    expect(record.answer.text).toBe('Risikoen afspejlede sig i renten i de aftaler, der blev indgået.')
    expect(record.signature).toBeNull()
  })

  it('near miss: a sentence glued on that opens with a word like it stays the answer’s', async () => {
    const record = await parse(letter('Med venlighed'))
    expect(record.answer.text).toBe('Risikoen afspejlede sig i renten i de aftaler, der blev indgået.Med venlighed')
  })
})

describe('a title: "Besvarelse af" the committee’s question, in the genitive, with its date and the minister asked', () => {
  const letter = (title: string) =>
    `Forsvarsudvalget 2010-11 (1. samling)\nFOU Alm.del\nOffentligt\n${title}\nSpørgsmål 88\nVil ministeren redegøre for status for arbejdet med retsforfølgelse af pirater?\nSvar\nDet er et centralt element i bekæmpelsen af pirateri at sikre, at mistænkte pirater retsforfølges.\n`

  it.each([
    'UDENRIGSMINISTERIETBesvarelse af Forsvarsudvalgetsspørgsmål nr. 88 af 11. novem-ber 2010 til udenrigsministeren',
    'Besvarelse af Forsvarsudvalgets spørgsmål nr. 88 af 11. november 2010 til udenrigsministeren',
  ])('%s', async (title) => {
    const record = await parse(letter(title))
    expect(record.question.askedOn).toBe('2010-11-11')
    expect(record.question.recipient).toBe('udenrigsministeren')
    expect(record.question.number).toBe('88')
  })

  it('near miss: another body’s question in the genitive dates nothing', async () => {
    const record = await parse(letter('Besvarelse af Danmarks Statistiks spørgsmål nr. 88 af 11. november 2010 til kommunerne'))
    expect(record.question.askedOn).toBeNull()
  })
})
