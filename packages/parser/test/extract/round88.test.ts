/**
 * Round 88's rules, from its training documents: a signature after `p.p.` (per procura) or `p.p.v.`, as letters from
 * outside the ministries sign; Udenrigsministeriet's journal numbers with a letter for a part of the case
 * (`5.D.276.a`), also read from a column of labels whose values run one line longer than the labels.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('a signature after a per-procura mark', () => {
  const letter = (mark: string) =>
    `Kirkeudvalget 2009-10\nKIU Alm.del\nOffentligt\nOdense, den 3. marts 2010.\nTil Kirkeministeriet\nStiftsrådet har drøftet udkastet og kan tilslutte sig det.\nMed venlig hilsen\n${mark}\nAnne Marie Holst\nformand\n`

  it.each(['p.p.', 'p.p.v.', 'P.P.'])('takes the name under %j', async (mark) => {
    const record = await parse(letter(mark))
    expect(record.signature).toEqual({ name: 'Anne Marie Holst', title: 'formand' })
  })

  it('near miss: a line of other letters is read as no name, and warned', async () => {
    const record = await parse(letter('p.x.'))
    expect(record.signature).toBeNull()
    expect(record.warnings.map((warning) => warning.code)).toContain('signature-unclear')
  })
})

describe('a journal number with a letter for a part of the case', () => {
  const cover = (head: string) =>
    `Udenrigsudvalget\nFolketinget\n${head}\nNy Asienpolitik\nHermed fremsendes regeringens nye Asienpolitik til udvalgets orientering.\nPolitikken kan også findes på ministeriets hjemmeside.\n`

  it('is read from a column of labels with one value more than labels (the subject line)', async () => {
    const record = await parse(cover('Bilag\nJournalnummer\nKontor\n3\n7.F.118.b\nAsienkontoret'))
    expect(record.caseNumber).toBe('7.F.118.b')
  })

  it('is read after its label', async () => {
    const record = await parse(cover('J.nr. 7.F.118.b\nAsienkontoret'))
    expect(record.caseNumber).toBe('7.F.118.b')
  })

  it('near miss: a word glued on after the last full stop is no part of the number', async () => {
    const record = await parse(cover('J.nr. 7.F.118.bilag\nAsienkontoret'))
    expect(record.caseNumber).not.toBe('7.F.118.b')
  })

  it('near miss: a column whose values hold no number of that form still pairs by place alone', async () => {
    const record = await parse(cover('Bilag\nJournalnummer\nKontor\n3\n118\nAsienkontoret'))
    expect(record.caseNumber).toBeNull()
    expect(record.warnings.map((warning) => warning.code)).toContain('case-number-unpaired')
  })
})
