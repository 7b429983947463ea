/**
 * Det Udenrigspolitiske Nævn (UPN) and the letters ft.dk files under it (sixty-third session, from training documents'
 * misses): its stamp gives the session, the registry knows it, and a letter filed as its annex keeps its own
 * committee — by Udenrigsministeriet's title `Spørgsmål fra Udenrigsudvalget til …`, or by the case code in its head.
 * Each with a near miss. The letters are made up in the layouts of the documents.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { committeeByCode, committeeByName } from '../../src/registry/index.js'

const codes = (record: { warnings: { code: string }[] }) => record.warnings.map((warning) => warning.code)

describe('the stamp of Det Udenrigspolitiske Nævn', () => {
  const section20 = (stamp: string) =>
    `${stamp}\nS 210\nOffentligt\nUDENRIGSMINISTERIET\nBesvarelse af spørgsmål nr. S 210 stillet til udenrigsministeren af MF Anne Hansen (SF) den 10. december 2004.\nSpørgsmål nr. S 210:\n”Er regeringen orienteret om sagen?”\nSvar:\nRegeringen følger sagen nøje.\n`

  it('gives the session, the second of its year', async () => {
    const record = await parse(section20('Det Udenrigspolitiske Nævn 2004-05 (2. samling)'))
    expect(record.session).toBe('20042')
    expect(record.provenance.session?.rule).toBe('stamp')
  })

  it('near miss: another board of that form is no stamp, and the session comes from the date', async () => {
    const record = await parse(section20('Det Udenrigspolitiske Råd 2004-05 (2. samling)'))
    expect(record.session).toBe('20041')
    expect(record.provenance.session?.rule).not.toBe('stamp')
  })
})

describe('the registry', () => {
  it('knows the board by its code and by its names', () => {
    expect(committeeByCode('UPN')?.name).toBe('Det Udenrigspolitiske Nævn')
    expect(committeeByName('Udenrigspolitisk Nævn')?.code).toBe('UPN')
    expect(committeeByName('Det Udenrigspolitiske Nævn')?.code).toBe('UPN')
  })
})

describe("a letter filed as the board's annex", () => {
  const annex = (head: string) =>
    `Det Udenrigspolitiske Nævn 2014-15 (1. samling)\nUPN Alm.del Bilag 39\nOffentligt\nUDENRIGSMINISTERIET\nDen 19. november 2014\n${head}\nHvornår blev ministeriet orienteret om sagen?\nSvar:\nMinisteriet blev orienteret den 29. august.\n`

  it('keeps the committee of Udenrigsministeriet’s title, `Spørgsmål fra <committee> til …`', async () => {
    const record = await parse(
      annex(
        'Spørgsmål fra Udenrigsudvalget til\nudenrigsministeren af 14. november 2014\n– efter ønske fra Anne Hansen (DF).\nSpørgsmål 42:',
      ),
    )
    expect(record.committee).toEqual({ code: 'URU', name: 'Udenrigsudvalget' })
    expect(record.provenance.committee?.rule).toBe('preamble')
  })

  it('keeps the committee of the case code in its head, before the stamp’s, flagged', async () => {
    const record = await parse(annex('Spørgsmål: URU alm. del. spm. nr. 160 af 14. april 2014.\nURU alm. del, spørgsmål nr. 160:'))
    expect(record.committee).toEqual({ code: 'URU', name: 'Udenrigsudvalget' })
    expect(codes(record)).toContain('committee-filed-elsewhere')
  })

  it('near miss: a letter that names no committee of its own keeps the stamp’s', async () => {
    const record = await parse(annex('Notat om sagen\nSpørgsmål 42:'))
    expect(record.committee?.code).toBe('UPN')
  })
})

describe('Udenrigsministeriet’s title in a preamble', () => {
  const letter = (title: string) =>
    `UDENRIGSMINISTERIET\nDen 19. november 2014\n${title}\nSpørgsmål 9:\nHvornår blev ministeriet orienteret om sagen?\nSvar:\nMinisteriet blev orienteret den 29. august.\n`

  it.each([
    ['Spørgsmål fra Forsvarsudvalget til udenrigsministeren af 14. november 2014.', 'FOU'],
    ['Spørgsmål 9 fra Udenrigsudvalget tiludviklingsministeren af 25. april 2012.', 'URU'],
  ])('names the committee asking: %s', async (title, code) => {
    const record = await parse(letter(title))
    expect(record.committee?.code).toBe(code)
    expect(record.provenance.committee?.rule).toBe('preamble')
  })

  it('near miss: the words inside a sentence cite a question and name no asking committee', async () => {
    const record = await parse(
      letter(
        'Ministeren har modtaget følgende spørgsmål, og som nævnt i svar på spørgsmål fra Forsvarsudvalget til udenrigsministeren af 3. maj er sagen kendt.',
      ),
    )
    expect(record.provenance.committee?.rule).not.toBe('preamble')
  })
})
