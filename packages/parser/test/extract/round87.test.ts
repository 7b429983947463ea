/**
 * Round 87's rules, from its training documents: a date in figures with a space after each stop (`24. 2. 2012`),
 * also with the next word glued on; a second ft.dk stamp glued into one line (the answer's own filing copied onto an
 * annex of another committee).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { findDate } from '../../src/util/dates.js'
import { repairGlued } from '../../src/util/hyphenation.js'

describe('a date in figures with a space after each stop', () => {
  it.each([
    ['brev af 24. 2. 2012', '2012-02-24'],
    ['brev af 24. 2. 2012følger hermed', '2012-02-24'],
    ['den 3. 11. 2009', '2009-11-03'],
  ])('%s → %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso)
  })

  it.each(['afsnit 24. 2. om reglerne', 'beløbet 24. 2. 20123 kr.'])('near miss: %j is no date', (text) => {
    expect(findDate(text)).toBeUndefined()
  })

  it("dates the question in a glued letter's preamble", async () => {
    const record = await parse(
      'Socialudvalget 2011-12\nSOU Alm.del\nOffentligt\nUnder henvisning til Folketingets Socialudvalgs brev af 24. 2. 2012følger hermed social- og integrationsministerens endelige svar på spørgsmål nr. 190 (SOU Alm. del).\nSpørgsmål nr. 190:\n”Vil ministeren oplyse, hvor mange anbringelsessteder kommunerne fører tilsyn med?”\nSvar:\nDet er 1.200.\n',
    )
    expect(record.question.askedOn).toBe('2012-02-24')
  })
})

describe('a second stamp glued into one line', () => {
  const letter = (inner: string) =>
    `Miljøudvalget 2012-13\nMIU Alm.del\nOffentligt\n1245610_0001.png\n${inner}\nJ.nr. NST-401-00699\nDen 13. marts 2013\nFolketingets Udvalg for Fødevarer, Landbrug og Fiskeri har i brev af 23. februar 2013 stillet følgende spørgsmål nr. 275 (alm. del), som hermed besvares.\nSpørgsmål nr. 275:\n”Ministeren bedes redegøre for formålet med figur 5?”\nSvar:\nFiguren viser vandområdernes afgrænsning.\n`

  it('is the answer’s own filing: its committee and question, warned', async () => {
    const record = await parse(
      letter('Udvalget for Fødevarer, Landbrug og Fiskeri 2012-13FLF Alm.del endeligt svar på spørgsmål 275Offentligt'),
    )
    expect(record.committee?.code).toBe('FLF')
    expect(record.question.number).toBe('275')
    expect(record.warnings.map((warning) => warning.code)).toContain('committee-filed-elsewhere')
  })

  it('near miss: a line naming the committee and a question without the stamp’s `Offentligt` is no stamp', async () => {
    const record = await parse(letter('Udvalget for Fødevarer, Landbrug og Fiskeri 2012-13FLF Alm.del endeligt svar på spørgsmål 275'))
    expect(record.warnings.map((warning) => warning.code)).not.toContain('committee-filed-elsewhere')
  })
})

describe('a name and a word of five letters joined by a hyphen in a glued line', () => {
  it('keeps the hyphen of `Brønderslev-sagen` (a listed name and word, no listed word as one)', () => {
    expect(repairGlued('Vil ministeren - i forlængelse af Brønderslev-sagen - rette henvendelse til kommunerne?', true)).toContain(
      'Brønderslev-sagen',
    )
  })

  // A line end, or a name the list does not hold before a five-letter word (`Kronjyl-lands`).
  it.each([
    ['Folke-tinget', 'Folketinget'],
    ['Kom-munerne', 'Kommunerne'],
    ['Kronjyl-lands', 'Kronjyllands'],
  ])('near miss: %s, a line end, is joined', (glued, whole) => {
    expect(repairGlued(`Det fremgår af svaret, at ${glued} har drøftet sagen i flere omgange.`, true)).toContain(whole)
  })
})
