/**
 * The minister asked, by every shape of title the Folketing's ministers have had: a compound of several parts whose
 * first is capitalised at a line's start (`Erhvervs- og vækstministeren`), and a "for …" title (`ministeren for
 * fødevarer, landbrug og fiskeri`) — read to its end and no further, and named wherever a one-word title was read.
 * Found by putting other ministries' titles of the letter's year in the place of the one asked in training letters
 * (sixty-seventh session). Each with a near miss.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/** Udenrigsministeriet's answer to a committee of 2014 (REU spm. 200's form): the minister asked on the title's second line. */
function ministryLetter(asked: string): string {
  return [
    'Retsudvalget 2014-15 (1. samling)',
    'REU Alm.del',
    'Offentligt',
    'UDENRIGSMINISTERIET',
    'Den 16. december 2014',
    'Spørgsmål fra Retsudvalget til',
    `${asked} af 26. november 2014`,
    '– efter ønske fra Peter Holm (DF).',
    'REU alm. del – spørgsmål 200',
    'Vil ministeren redegøre for reglerne?',
    'Svar:',
    'Reglerne er beskrevet i vejledningen.',
  ].join('\n')
}

/** A § 20 answer (S 51's form): the minister asked in the title's sentence, the asker after it. */
function section20(asked: string): string {
  return [
    'Udenrigsudvalget 2015-16',
    'S 51',
    'Offentligt',
    'Udenrigsministeriet',
    '15. oktober 2015',
    'Besvarelse af § 20-spørgsmål nr. S 51 af 9.',
    `oktober 2015 til ${asked} stillet`,
    'af Mogens Holm (S)',
    '§20-spørgsmål nr. S 51:',
    'Bakker regeringen op om strategien?',
    'Svar:',
    'Ja.',
  ].join('\n')
}

describe('the minister asked', () => {
  it('a compound title capitalised at the line’s start (`til` / `Erhvervs- og vækstministeren af …`)', async () => {
    const record = await parse(ministryLetter('Erhvervs- og vækstministeren'))
    expect(record.question.recipient).toBe('Erhvervs- og vækstministeren')
  })

  it('near miss: a capitalised word before the title that is no part of a compound is not read with it', async () => {
    const record = await parse(ministryLetter('Erhvervs vækstministeren'))
    expect(record.question.recipient).not.toBe('Erhvervs vækstministeren')
  })

  it('a "for …" title ends before the clause after it (`… til ministeren for ligestilling stillet` / `af …`)', async () => {
    const record = await parse(section20('ministeren for ligestilling'))
    expect(record.question.recipient).toBe('ministeren for ligestilling')
  })

  it('names the ministry by a "for …" title where no letterhead names it', async () => {
    const record = await parse(section20('ministeren for ligestilling').replace('Udenrigsministeriet\n', ''))
    expect(record.ministry).toBe('Ministeriet for Ligestilling')
  })

  it('near miss: a "for …" title of two parts keeps its second (`… for ligestilling og kirke`)', async () => {
    const record = await parse(section20('ministeren for ligestilling og kirke'))
    expect(record.question.recipient).toBe('ministeren for ligestilling og kirke')
  })

  it('at a committee letter’s foot under `Til`, a "for …" title', async () => {
    const letter = [
      '             Folketingets Sundhedsudvalg',
      '',
      '       Christiansborg, den 23. marts 2001',
      '',
      '               Udvalget udbeder sig - i 70 eksemplarer - ministerens',
      '       besvarelse af følgende spørgsmål:',
      '',
      '151.   Ministeren bedes oplyse, om der findes undersøgelser af ventetiderne.',
      '',
      '                                     P.u.v.',
      '',
      'Ellen Berg,',
      'formand.',
      '',
      '       Til',
      '            ministeren for flygtninge, indvandrere og integration (Løbenr. 14055)',
    ].join('\n')
    expect((await parse(letter)).question.recipient).toBe('ministeren for flygtninge, indvandrere og integration')
  })
})

describe('the asker after the minister asked (`stillet til … af MF …`)', () => {
  const glued = (asked: string) =>
    [
      'Udenrigsudvalget 2004-05',
      'S 210',
      'Offentligt',
      'UDENRIGSMINISTERIET',
      `Besvarelse af spørgsmål nr. S 210 stillet til ${asked} af MF Ole Holm (SF) den 10. marts 2004.`,
      'Spørgsmål nr. S 210:',
      '”Er regeringen orienteret om overvejelserne?”',
      'Svar:',
      'Ja.',
    ].join('\n')

  it.each(['økonomi- og erhvervsministeren', 'ministeren for fødevarer, landbrug og fiskeri'])('after %s', async (asked) => {
    expect((await parse(glued(asked))).question.askers).toEqual([{ name: 'Ole Holm', party: 'SF', nonMember: false }])
  })
})

/**
 * The committee asking, by names of other shapes than `…udvalget` (found by putting each committee of the letter's
 * session in the place of a one-word committee's name and code in training letters, sixty-seventh session).
 */
describe('the committee asking, named in the letter’s sentence', () => {
  const answer = (sentence: string) =>
    [
      'Indenrigs- og Sundhedsministeriet',
      'Dato: 26. maj 2005',
      `${sentence} Spørgsmål 10:`,
      '”Vil ministeren redegøre for tilskuddet?”',
      'Svar:',
      'Tilskuddet er uændret.',
    ].join('\n')

  it.each([
    [
      'PØU',
      'Det Politisk-Økonomiske Udvalg',
      'Besvarelse af spørgsmål nr. 10 (L 70), som Folketingets Politisk-Økonomiske Udvalg har stillet til indenrigs- og sundhedsministeren d. 19. april 2005.',
    ],
    [
      'PØU',
      'Det Politisk-Økonomiske Udvalg',
      'Statsministerens svar på spørgsmål nr. 10 af 19. april 2005 stillet af Det Politisk-Økonomiske Udvalg vedrørende L 70.',
    ],
    ['UPV', 'Udvalget til Prøvelse af Valgene', 'Besvarelse af spørgsmål nr. 10 af 19. april 2005 fra Udvalget til Prøvelse af Valgene.'],
  ])('%s: %s, read from the sentence (no guess)', async (code, name, sentence) => {
    const record = await parse(answer(sentence))
    expect(record.committee).toEqual({ code, name })
    expect(record.provenance.committee?.rule).toBe('preamble')
    expect(record.warnings.map((warning) => warning.code)).not.toContain('committee-inferred')
  })

  it('near miss: a body after `fra Folketingets` that is no committee names none', async () => {
    const record = await parse(answer('Besvarelse af spørgsmål nr. 10 af 19. april 2005 fra Folketingets Administration.'))
    expect(record.committee).toBeNull()
  })

  it.each(['Børne- og Undervisningsudvalget', 'Udvalget for Landdistrikter og Øer'])(
    'Udenrigsministeriet’s title with a committee of several words (`Spørgsmål fra %s til` / `udenrigsministeren af …`)',
    async (committee) => {
      const record = await parse(ministryLetter('Erhvervs- og vækstministeren').replace('Retsudvalget til', `${committee} til`))
      expect(record.question.recipient).toBe('Erhvervs- og vækstministeren')
      expect(record.question.askedOn).toBe('2014-11-26')
    },
  )
})

describe('a title naming whose question it is, a joint committee’s (Udenrigsministeriet, REU spm. 922’s form)', () => {
  const titled = (committee: string) =>
    [
      'Retsudvalget 2012-13',
      'REU Alm.del',
      'Offentligt',
      'UDENRIGSMINISTERIET',
      `${committee} spørgsmål 922 af 12. juni 2013 til skriftlig besvarelse (alm. del)`,
      '25. juni 2013',
      'Spørgsmål 922 fra Retsudvalget til udenrigsministeren:',
      'Vil ministeren redegøre for reglerne?',
      'Svar:',
      'Reglerne er beskrevet i vejledningen.',
    ].join('\n')

  it.each(['Retsudvalgets', 'Børne- og Undervisningsudvalgets', 'Klima-, Energi- og Bygningsudvalgets'])(
    '%s spørgsmål 922 af 12. juni 2013 opens the letter and dates the question',
    async (committee) => {
      expect((await parse(titled(committee))).question.askedOn).toBe('2013-06-12')
    },
  )

  it('near miss: a joint name without its `og` is no committee’s title', async () => {
    expect((await parse(titled('Børne- Undervisningsudvalgets'))).question.askedOn).not.toBe('2013-06-12')
  })
})
