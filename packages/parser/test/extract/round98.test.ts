/**
 * Round 98's rules, from its training documents (and round 96's like one): a bill named by its title's number in
 * brackets where the title runs on from the question's line (`… vedrørende forslag til lov` / … / `m.v.) (L 93)`); a
 * letter titled `Orientering til Folketingets …udvalg om …` is an orientation letter, not a cover letter or an answer.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe("a bill's number closing its title lines after the question's", () => {
  const letter = (title: string) =>
    `Spørgsmål nr. 87 fra Folketingets Retsudvalg vedrørende forslag til lov\n${title}\n”Vil ministeren redegøre for, om retssagen kan blive aflyst?”\nSvar:\nSagen for Højesteret vedrører de gældende reglers gyldighed.\n`

  it('is the question’s bill', async () => {
    const record = await parse(
      letter(
        'om ændring af retsplejeloven og lov om elektroniske kommunikations-\nnet og -tjenester (Revision af reglerne om registrering og opbevaring af\noplysninger om teletrafik (logning) m.v.) (L 93)',
      ),
    )
    expect(record.question.kind).toBe('bill')
    expect(record.question.bill).toBe('L 93')
  })

  it('near miss: a title that closes without the number names no bill', async () => {
    const record = await parse(letter('om ændring af retsplejeloven (logning m.v.).'))
    expect(record.question.bill).toBeNull()
  })
})

describe('a letter titled as an orientation of a committee', () => {
  const letter = (title: string) =>
    `Indfødsretsudvalget 2019-20\nIFU Alm.del Bilag 181\nOffentligt\nIndfødsretsudvalget\nFolketinget\nChristiansborg\n1240 København K\n${title}\n1.\nMinisteriet oplyste den 13. december 2019 ved besvarelsen af spørgsmål nr. 48 (alm. del) fra Indfødsretsudvalget, at en undersøgelse var iværksat (se vedlagte notat).\n2.\nDer foreligger endnu ikke en endelig afklaring.\n`

  it('is neither an answer nor a cover letter', async () => {
    const record = await parse(letter('Orientering til Folketingets Indfødsretsudvalg om undersøgelsen af reglerne om karens'))
    expect(record.documentType).toBe('unknown')
  })

  it('near miss: a title of the matter alone leaves the letter to its sentences', async () => {
    const record = await parse(letter('Undersøgelsen af reglerne om karens'))
    expect(record.documentType).not.toBe('unknown')
  })

  it.each(['Orientering til Indfødsretsudvalget', 'Orientering til Transport- og Boligudvalget'])(
    'is so with the committee alone on the title line, no matter named (Transportministeriet 2019): %s',
    async (title) => {
      const record = await parse(letter(title))
      expect(record.documentType).toBe('unknown')
    },
  )

  it('near miss: a title that goes on after the committee with other words than "om" is no orientation title', async () => {
    const record = await parse(letter('Orientering til Indfødsretsudvalget er sendt til ministeriet'))
    expect(record.documentType).not.toBe('unknown')
  })
})
