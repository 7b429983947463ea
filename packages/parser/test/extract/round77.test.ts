/**
 * Round 77's rules, each from a training document's miss, with a near miss: a question heading that names the
 * committee's code and the bill before the word, a dated place alone on a line where no letterhead was marked, English
 * month names in dates, a stamp printed without its `Offentligt`, and the stamp of a delegation to a parliamentary
 * assembly.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { parseDateLine } from '../../src/util/dates.js'

const ANSWER = 'Svar:\nRegeringen ønsker, at Danmark igen skal bidrage med kampfly til koalitionens indsats.\n'

describe('a question heading with the committee’s code and the bill before it', () => {
  const letter = (heading: string) =>
    `UDENRIGSMINISTERIET\nDato 2. november 2015\n${heading}\nEr det regeringens overbevisning, at Danmark igen skal bidrage med kampfly?\n${ANSWER}`

  it('`FOU B8 spørgsmål 1:` heads the question, its number 1', async () => {
    const record = await parse(letter('FOU B8 spørgsmål 1:'))
    expect(record.question.number).toBe('1')
    expect(record.question.text).toBe('Er det regeringens overbevisning, at Danmark igen skal bidrage med kampfly?')
  })

  it('near miss: a code the registry does not hold before the bill heads nothing', async () => {
    const record = await parse(letter('XYZ B8 spørgsmål 1:'))
    expect(record.question.number).toBeNull()
  })
})

describe('a dated place alone on a line, where no letterhead was marked', () => {
  const aktstykke = (dates: string) =>
    `Aktstykke nr.\n145\nForsvarsministeriet.\n${dates}\na.\nForsvarsministeriet anmoder hermed om Finansudvalgets tilslutning til, at totaludgiften øges med 99,8 mio. kr.\n`

  it('dates an aktstykke (`København, den 20. juni 2023.`), with a warning', async () => {
    const record = await parse(aktstykke('København, den 20. juni 2023.'))
    expect(record.answer.answeredOn).toBe('2023-06-20')
    expect(record.warnings.map((warning) => warning.code)).toContain('letter-date-in-text')
  })

  it('near miss: two such lines are a chronology, and date nothing', async () => {
    const record = await parse(aktstykke('København, den 20. juni 2023.\nAarhus, den 3. maj 2023.'))
    expect(record.answer.answeredOn).toBeNull()
  })
})

describe('English month names in a date', () => {
  it.each([
    ['10 June 2016', '2016-06-10'],
    ['27 January 2016', '2016-01-27'],
    ['3 May 2019', '2019-05-03'],
    ['1 October 2015', '2015-10-01'],
  ])('%s is %s', (text, iso) => {
    expect(parseDateLine(text)).toBe(iso)
  })

  it('near miss: an English word that only starts like a month is none (`10 Marching 2016`)', () => {
    expect(parseDateLine('10 Marching 2016')).toBeUndefined()
  })
})

describe('a stamp printed without `Offentligt`', () => {
  const letter = (second: string) =>
    `Europaudvalget 2015-16\n${second}\nMr. Kalle Palling, Chairman\nParliament of Denmark\nDear colleagues\nOn behalf of the European Affairs Committee of the Danish Parliament, I would like to thank you for your letter.\n`

  it('gives the session and the committee when its case line follows (`EUU Alm.del Bilag 739`)', async () => {
    const record = await parse(letter('EUU Alm.del Bilag 739'))
    expect(record.session).toBe('20151')
    expect(record.committee?.code).toBe('EUU')
    expect(record.provenance.session?.rule).toBe('stamp')
  })

  it('near miss: with no case line after it, the line is no stamp', async () => {
    const record = await parse(letter('Mr. Gediminas Kirkilas, Chairman'))
    expect(record.provenance.session?.rule).not.toBe('stamp')
  })
})

describe("a delegation's stamp (`OSCEs Parlamentariske Forsamling 2015-16`)", () => {
  const letter = (first: string) =>
    `${first}\nOSCE Alm.del Bilag 14\nOffentligt\nDear Isabel,\nThank you very much for your letter dated 21 January 2016 on the serious situation following the refugee crisis.\n27 January 2016\n`

  it('gives the session, and no committee the registry does not hold', async () => {
    const record = await parse(letter('OSCEs Parlamentariske Forsamling 2015-16'))
    expect(record.session).toBe('20151')
    expect(record.provenance.session?.rule).toBe('stamp')
    expect(record.committee).toBeNull()
  })

  it('near miss: another body’s name before the years makes no stamp (the session is the date’s guess)', async () => {
    const record = await parse(letter('OSCEs Sekretariat 2015-16'))
    expect(record.provenance.session?.rule).not.toBe('stamp')
    expect(record.warnings.map((warning) => warning.code)).toContain('session-inferred')
  })
})

describe('the closing of a letter in English', () => {
  const letter = (closing: string) =>
    `Europaudvalget 2015-16\nEUU Alm.del Bilag 885\nDear colleague,\nOn behalf of the European Affairs Committee of the Danish Parliament, I must respectfully decline the offer to co-sign.\n${closing}\nErik Christensen\n`

  it.each(['Yours sincerely,', 'Kind regards', 'Best regards,'])('`%s` opens the closing: the name after it signs', async (closing) => {
    const record = await parse(letter(closing))
    expect(record.signature?.name).toBe('Erik Christensen')
    expect(record.answer.text).toBe(
      'On behalf of the European Affairs Committee of the Danish Parliament, I must respectfully decline the offer to co-sign.',
    )
  })

  it('near miss: a line of the text that only holds the word does not close the letter', async () => {
    const record = await parse(letter('We sincerely hope for a reply.'))
    expect(record.answer.text).toBe(
      'On behalf of the European Affairs Committee of the Danish Parliament, I must respectfully decline the offer to co-sign.\n\nWe sincerely hope for a reply.',
    )
  })
})
