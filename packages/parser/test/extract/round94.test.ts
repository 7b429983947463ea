/**
 * Round 94's rules, from its training documents: a question `stillet af Folketinget Europaudvalg` (the genitive's `s`
 * lost) names the letter's own committee over the annex's stamp; a footer's contact label with a colon (`Tlf.: +45
 * 3392 0000`) confirms a bare name before it as the signature.
 */
import { describe, expect, it } from 'vitest'
import { FOOTER_CONTACT } from '../../src/extract/closing.js'
import { parse } from '../../src/index.js'

describe("a question put by 'Folketinget' and a committee", () => {
  const letter = (asker: string) =>
    `Erhvervsudvalget 2009-10\nERU Alm.del Bilag 117\nOffentligt\nBesvarelse af spørgsmål 4 vedrørende KOM (2009) 0544 om administrative byrder stillet af ${asker} den 2. december 2009.\nSpørgsmål 4:\n”Ministeren bedes redegøre for definitionen af små virksomheder.”\nSvar:\nJeg kan oplyse, at meddelelsen ikke definerer dem.\n`

  it('is the letter’s committee, over the stamp of the annex it was filed as', async () => {
    expect((await parse(letter('Folketinget Europaud-\nvalg'))).committee?.code).toBe('EUU')
    expect((await parse(letter('Folketingets Europaudvalg'))).committee?.code).toBe('EUU')
  })

  it('near miss: the Folketing alone names no committee, and the stamp stands', async () => {
    expect((await parse(letter('Folketinget'))).committee?.code).toBe('ERU')
  })
})

describe("a footer's contact label with a colon", () => {
  it.each([
    ['Asiatisk Plads 2, 1448 København K Tlf.: +45 3392 0000 Fax: +45 32 54 05 33', true],
    ['Tlf. 72 54 60 00', true],
    ['Tlf.: se brevets første side', false],
  ])('%j → %s', (text, footer) => {
    expect(FOOTER_CONTACT.test(text)).toBe(footer)
  })

  it('confirms the bare name before it as the signature', async () => {
    const record = await parse(
      'Europaudvalget 2024-25\nEUU Alm.del Bilag 674\nOffentligt\nMedlemmerne af Folketingets Europaudvalg\nDato\n05-09-2025\nTil underretning for Folketingets Europaudvalg vedlægges et notat om Kommissionens forslag om genetisk modificeret majs.\nRegeringen agter at støtte forslaget.\nMarie Bjerre\nUdenrigsministeriet\nAsiatisk Plads 2, 1448 København K Tlf.: +45 3392 0000 Fax: +45 32 54 05 33\n',
    )
    expect(record.signature).toEqual({ name: 'Marie Bjerre', title: null })
    expect(record.answer.text.endsWith('Regeringen agter at støtte forslaget.')).toBe(true)
  })
})
