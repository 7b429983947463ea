/**
 * Round 91's rules, from its training documents: ft.dk's running title naming the minister with no comma before
 * `til` (`… statens fyringsrunder til skatteministeren`); a greeting the letterhead's contact column was glued onto
 * (`Med venlig hilsenTlf.FaxCVR-nr33 92 33 50…`), the name on the next line and the web address under it no title.
 */
import { describe, expect, it } from 'vitest'
import { findRunningTitle } from '../../src/extract/running-title.js'
import { parse } from '../../src/index.js'

const line = (text: string, index = 0) => ({ text, index, line: index + 1, block: 0, role: 'page-footer' as const })

describe("the running title's minister without a comma", () => {
  it.each([
    [
      'SAU, Alm.del - 2019-20 - Endeligt svar på spørgsmål 336: MFU spm. om artiklen Ældre ryger først i statens fyringsrunder til skatteministeren',
      'skatteministeren',
    ],
    ['SAU, Alm.del - 2019-20 - Endeligt svar på spørgsmål 12: Spm. om fradrag, til skatteministeren', 'skatteministeren'],
  ])('%j → %s', (text, recipient) => {
    expect(findRunningTitle([line(text)])?.recipient).toBe(recipient)
  })

  it('near miss: a title that ends in a date after `til` names no minister', () => {
    expect(
      findRunningTitle([line('SAU, Alm.del - 2019-20 - Endeligt svar på spørgsmål 12: Spm. om fristen udskudt til september 2023')])
        ?.recipient,
    ).toBeUndefined()
  })
})

describe("a greeting with the letterhead's contact column glued on", () => {
  const letter = (closing: string) =>
    `Erhvervsudvalget 2008-09\nERU Alm.del\nOffentligt\nFolketingets Erhvervsudvalg har i brev af 3. marts 2009 stillet følgende spørgsmål nr. 79 (alm. del), som hermed besvares.\nSpørgsmål nr. 79:\n”Vil ministeren oplyse, hvor mange kreditinstitutter der har søgt kapitalindskud?”\nSvar:\nDer har ved fristens udløb søgt 43 institutter.\n${closing}\n`

  it('takes the name on the next line, and no web address for its title', async () => {
    const record = await parse(
      letter('Med venlig hilsenTlf.FaxCVR-nr33 92 33 5033 12 37 7810 09 24 85\nLene Espersen\n[email protected]www.oem.dk'),
    )
    expect(record.signature).toEqual({ name: 'Lene Espersen', title: null })
  })

  it('near miss: a name glued on after the greeting is still the name', async () => {
    const record = await parse(letter('Med venlig hilsenLene Espersen\nØkonomi- og erhvervsminister'))
    expect(record.signature?.name).toBe('Lene Espersen')
  })
})
