/**
 * The preamble and the askers, on made-up lines in the styles ministries write (issue #14), each with a near miss.
 */
import { describe, expect, it } from 'vitest'
import { lineView } from '../../src/extract/lines.js'
import { findAskers, findPreamble } from '../../src/extract/preamble.js'
import { parse } from '../../src/index.js'
import { textToTree } from '../../src/input/text.js'
import { Messages } from '../../src/messages.js'

function read(text: string) {
  const tree = textToTree(text)
  const context = { tree, lines: lineView(tree), messages: new Messages() }
  const preamble = findPreamble(context)
  return { preamble, askers: findAskers(context, preamble), warnings: context.messages.list.map((warning) => warning.code) }
}

const asker = (name: string, party: string | null, nonMember = false) => ({ name, party, nonMember })

describe('findPreamble: openings other ministries use', () => {
  it.each([
    [
      'Under henvisning til Folketingets Socialudvalgs brev af 7. april 2010 følger hermed socialministerens endelige svar på spørgsmål nr. 382 (SOU Alm. del). Spørgsmålet er stillet efter ønske fra Anne Larsen (SF).',
      '2010-04-07',
    ],
    ['I brev af 11. februar 2016 har udvalget efter ønske fra Jens Hansen\n(DF) stillet mig følgende spørgsmål:', '2016-02-11'],
    ['Ved skrivelse af 9. november 2010 har Miljøudvalget anmodet om min besvarelse af følgende spørgsmål.', '2010-11-09'],
    ['Kirkeudvalget har ved brev af 6. december 2013 bedt om min besvarelse af spørgsmål:', '2013-12-06'],
    ['Hermed fremsendes svar på spørgsmål nr. 57 (alm. del) stillet af Folketingets Kulturudvalg den 14. marts 2006.', '2006-03-14'],
    ['Integrationsudvalget stillede den 10. oktober 2019 spørgsmål nr. 7 (alm. del) til ministeren.', '2019-10-10'],
  ])('%s', (text, askedOn) => {
    expect(read(`Folketinget\nChristiansborg\n\n${text}\n\nSpørgsmål nr. 1:\n”Hvorfor?”`).preamble?.askedOn).toBe(askedOn)
  })

  it('reads Justitsministeriet\'s title, its "Hermed sendes …" sentence and the asker sentence as one preamble', () => {
    const { preamble, askers } = read(
      'Besvarelse af spørgsmål nr. 18 fra Folketingets Retsudvalg vedrørende\nforslag til lov om ændring af straffeloven (Forbud mod utilbørlig\nbehandling af skrifter) (L 65)\nHermed sendes besvarelse af spørgsmål nr. 18 vedrørende forslag til lov om\nændring af straffeloven (L 65), som\nFolketingets Retsudvalg har stillet til justitsministeren den 13. november\n2023.\nSpørgsmålet er stillet efter ønske fra Ole Holm (RV).\nPeter Jensen\n/\nMorten Holm\n\nSpørgsmål nr. 18:\n”Vil ministeren redegøre?”',
    )
    expect(preamble).toMatchObject({ askedOn: '2023-11-13', recipient: 'justitsministeren', committeeName: 'Retsudvalg' })
    expect(preamble?.text).not.toContain('Peter Jensen')
    expect(askers.askers).toEqual([asker('Ole Holm', 'RV')])
  })

  it('keeps a day and month without a year apart, and finds no date where the preamble has none', () => {
    expect(
      read(
        'Folketingets Sundhedsudvalg har den 5. november stillet følgende spørgsmål nr. 112 (Alm. del) til sundhedsministeren, som hermed besvares.',
      ).preamble,
    ).toMatchObject({
      askedOnDayMonth: { day: 5, month: 11 },
    })
    const none = read('Hermed sendes besvarelse af spørgsmål nr. 7 (Alm. del).').preamble
    expect(none?.askedOn).toBeUndefined()
    expect(none?.firstDate).toBeUndefined()
  })

  it('does not take the date of an earlier answer for the question', () => {
    const { preamble } = read(
      'Berigtigelse af besvarelse af spørgsmål nr. 382 (Alm. del)\nDet fremgår af besvarelsen af 9. april 2024, at ministeriet ikke har data.',
    )
    expect(preamble?.askedOn).toBeUndefined()
    expect(preamble?.firstDate).toBeUndefined()
  })

  it('reads the minister asked with "for …", glued to "til", and not the clause after', () => {
    const recipient = (text: string) => read(text).preamble?.recipient
    expect(
      recipient(
        'Besvarelse af spørgsmål nr. 1569 (Alm. del), som udvalget har stillet til ministeren for fødevarer, landbrug og fiskeri den 4. august 2021.',
      ),
    ).toBe('ministeren for fødevarer, landbrug og fiskeri')
    expect(recipient('Endelig besvarelse af spørgsmål nr. 144 af 8. juni 2012 tilEuropaministeren.')).toBe('Europaministeren')
    expect(
      recipient(
        'Sundhedsudvalget har i brev af 1. maj 2020 stillet følgende spørgsmål nr. 435 til sundheds- og ældreministeren, som hermed besvares af sundhedsministeren.',
      ),
    ).toBe('sundheds- og ældreministeren')
  })
})

describe('findAskers', () => {
  it.each([
    [
      'Beskæftigelsesudvalget har i brev af 1. maj 2020 stillet følgende spørgsmål nr. 1 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønskefra Per Hansen (EL).',
      [asker('Per Hansen', 'EL')],
    ],
    [
      'Ved skrivelse af 9. november 2010 har udvalget anmodet om min besvarelse af følgende spørgsmål, som er stillet efter ønske af Mette Berg (S).',
      [asker('Mette Berg', 'S')],
    ],
    [
      'Beskæftigelsesudvalget har i brev af 1. maj 2020 stillet følgende spørgsmål nr. 1 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra, Lars Holm (V), Mikkel Dal (DF) Villum Berg (LA), Mike Lund (KF).',
      [asker('Lars Holm', 'V'), asker('Mikkel Dal', 'DF'), asker('Villum Berg', 'LA'), asker('Mike Lund', 'KF')],
    ],
    [
      'Besvarelse af spørgsmål nr. 465 (Alm. del), som Sundhedsudvalget efter ønske fra Pia Holm-Møller har stillet til ministeren den 30. juni 2008.',
      [asker('Pia Holm-Møller', null)],
    ],
    [
      'Johanne Nielsen-Berg (EL) har den 29. september 2015 stillet følgende spørgsmål nr. 128 (alm. del), som hermed besvares.',
      [asker('Johanne Nielsen-Berg', 'EL')],
    ],
    [
      'GRU alm. del\n–\nsvar på spørgsmål 111 fra Peder Holm\nstillet den 10. juni 2022 til udenrigsministeren.',
      [asker('Peder Holm', null)],
    ],
    [
      'Hermed sendes endeligt svar på spørgsmål nr. 20 af 10. januar 2023 (alm. del). Spørgsmålet er stillet efter ønske fra Trine Mach (EL)\nJeppe Berg\n/ Merete Jensen',
      [asker('Trine Mach', 'EL')],
    ],
  ])('%s', (text, askers) => {
    const result = read(`${text}\n\nSpørgsmål:\n”Hvorfor?”`)
    expect(result.askers.askers).toEqual(askers)
    expect(result.warnings).toEqual([])
  })

  it('takes a member named in a later sentence over the committee that put the question', () => {
    const { askers } = read(
      'Spørgsmål nr. 343 stillet af Folketingets Miljø- og Planlægningsudvalg. Spørgsmålet er stillet\nefter ønske fra Lone Holm (S).\n\nSpørgsmål:\n”Hvorfor?”',
    )
    expect(askers).toMatchObject({ askers: [asker('Lone Holm', 'S')], byCommittee: false })
  })

  it('takes the committee where no member is named, also by a name the registry does not know', () => {
    const { askers, warnings } = read(
      'Besvarelse af spørgsmål nr. 74 ad L 93 stillet af Folketingets Udvalg for Udlændinge- og Integrationspolitik til ministeren for flygtninge, indvandrere og integration den 20. marts 2007.',
    )
    expect(askers).toMatchObject({ askers: [], byCommittee: true })
    expect(warnings).toEqual([])
  })

  it('parts a glued name only as the document writes it elsewhere; otherwise keeps it and warns', () => {
    const apart = read(
      'Beskæftigelsesudvalget har i brev af 1. maj 2020 stillet følgende spørgsmål nr. 1 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra MartinHenriksen (DF).\n\nSpørgsmål:\n”Har Martin Henriksen ret?”',
    )
    expect(apart.askers.askers).toEqual([asker('Martin Henriksen', 'DF')])
    expect(apart.warnings).toEqual([])
    const glued = read(
      'Beskæftigelsesudvalget har i brev af 1. maj 2020 stillet følgende spørgsmål nr. 1 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Michael AastrupJensen (V).',
    )
    expect(glued.askers.askers).toEqual([asker('Michael AastrupJensen', 'V')])
    expect(glued.warnings).toEqual(['asker-name-glued'])
    // One word glued at one capital: a first name and a surname, parted there (flagged).
    const single = read(
      'Beskæftigelsesudvalget har i brev af 1. maj 2020 stillet følgende spørgsmål nr. 1 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra PerClausen (EL).',
    )
    expect(single.askers.askers).toEqual([asker('Per Clausen', 'EL')])
    expect(single.warnings).toEqual(['asker-name-glued'])
    // Two capitals inside one word: where it parts is not known; kept, and not a name.
    expect(
      read(
        'Beskæftigelsesudvalget har i brev af 1. maj 2020 stillet følgende spørgsmål nr. 1 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra AnneMarieMeldgaard (S).',
      ).askers.askers,
    ).toEqual([])
    // Not glued: a name with a capital inside by birth.
    expect(
      read(
        'Beskæftigelsesudvalget har i brev af 1. maj 2020 stillet følgende spørgsmål nr. 1 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Ian McDonald (S).',
      ).warnings,
    ).toEqual([])
  })
})

describe('the question date in the record', () => {
  it('infers the year of a date without one from the letter, and says so', async () => {
    const record = await parse(
      'Folketingets Miljøudvalg\nChristiansborg\n1240 København K\n\nDen 7. januar 2024\n\nMiljøministerens besvarelse af spørgsmål nr. 678 (MOF alm. del) stillet 23. juni efter ønske fra Torsten Holm (ALT).\n\nSpørgsmål nr. 678\n”Kan ministeren oplyse det?”\n\nSvar\nJa.\n\nMed venlig hilsen\nMagnus Jensen',
    )
    expect(record.question.askedOn).toBe('2023-06-23')
    expect(record.warnings.map((warning) => warning.code)).toContain('question-date-year-inferred')
  })
})

describe('findPreamble: only before the question and its answer', () => {
  it("does not take the answer's sentence for a preamble", () => {
    const { preamble } = read(
      'Spørgsmål 346\nKan ministeren oplyse, hvorfor?\nSvar\nI brev af 3. marts 2009 har jeg bedt mine embedsmænd om at undersøge sagen.',
    )
    expect(preamble).toBeUndefined()
  })
  it('reads a preamble under a title "Svar på spørgsmål 12:"', () => {
    const { preamble } = read(
      'Svar på spørgsmål 12:\n\nI brev af 11. februar 2016 har udvalget stillet mig følgende spørgsmål:\n\nSpørgsmål 12:\n”Hvorfor?”\n\nSvar:\nDerfor.',
    )
    expect(preamble?.askedOn).toBe('2016-02-11')
  })
})

describe('findPreamble: § 20 questions numbered "S …"', () => {
  it.each([
    ['Statsminister Anders Holm Jensens svar (endeligt) på spørgsmål nr. S 2748 stillet af Eva Lund (S).', '2748'],
    ['Folketingsmedlem Ole Bach har d. 7. februar stillet mig følgende spørgsmål S 231, som jeg hermed skal besvare.', '231'],
    ['Hermed sendes besvarelse af spm. nr. S 1188 stillet af Eva Lund (S).', '1188'],
  ])('%s', (text, number) => {
    const { preamble } = read(`STATSMINISTERIET\n\n${text}\n\nSpørgsmål:\n»Hvorfor?«`)
    expect(preamble).toMatchObject({ kind: 'section20', number })
  })

  it('opens the letter at an answer titled by whose it is, and reads its asker', () => {
    const { preamble, askers } = read(
      'STATSMINISTERIET\nDato: 20. februar 2007\nStatsminister Anders Holm Jensens svar (endeligt) på spørgsmål nr. S 2748 stillet af Eva Lund (S).\nSpørgsmål:\n»Hvorfor?«\nSvar:\nFordi.',
    )
    expect(preamble?.lines[0]?.text).toMatch(/^Statsminister/u)
    expect(askers.askers).toEqual([asker('Eva Lund', 'S')])
  })

  it('near misses: a lowercase "s" after the number, and a sentence that cites another answer', () => {
    expect(read('Kulturudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 5 s. 3 (alm. del).').preamble?.kind).toBe(
      'general',
    )
    const cited = read('Folketinget\n\nJeg henviser til ministerens svar på spørgsmål nr. S 12.\n\nSvar:\nNej.')
    expect(cited.preamble).toBeUndefined()
  })
})

describe('findAskers: "på vegne af" and a committee after "stillet af Folketingets"', () => {
  it('reads the member a question was put for', () => {
    const { askers } = read(
      'Hermed sendes svar på spørgsmål nr. 66 ad L 111, som Folketingets Miljø- og Fødevareudvalg har stillet den 3. februar 2017 på vegne af Trine Torp (SF).\n\nSpørgsmål nr. 66:\n”Hvorledes?”',
    )
    expect(askers.askers).toEqual([asker('Trine Torp', 'SF')])
  })

  it('near miss: "på vegne af" without a member and a party', () => {
    const { askers, warnings } = read(
      'Hermed sendes svar på spørgsmål nr. 66 (alm. del), som jeg besvarer på vegne af regeringen og på vegne af Justitsministeriet.\n\nSpørgsmål nr. 66:\n”Hvorledes?”',
    )
    expect(askers.askers).toEqual([])
    expect(warnings).toEqual([])
  })

  it('names the committee of "… stillet af Folketingets Miljø- og Planlægningsudvalg."', () => {
    const { preamble } = read(
      'Miljøministerens foreløbige svar på spørgsmål nr. 346 (alm. del) stillet\naf Folketingets Miljø- og Planlægningsudvalg. Spørgsmålet er stillet\nefter ønske fra Lone Møller (S).\n\nSpørgsmål 346\n”Hvorfor?”',
    )
    expect(preamble?.committeeName).toBe('Miljø- og Planlægningsudvalg')
  })
})

describe('findPreamble: titles that name whose question it is', () => {
  it('reads "Besvarelse af FEU-spørgsmål nr. 25 ad EUU alm. del til udenrigsministeren af …"', () => {
    const { preamble } = read(
      'UDENRIGSMINISTERIET\nBesvarelse af FEU-spørgsmål nr. 25 ad EUU alm. del til udenrigsministeren af 25. oktober\n2010 vedr. stemmeretten i ministerrådet.\nSpørgsmål:\nMinisteren bedes oversende et notat.\nSvar:\nDer henvises til notatet.',
    )
    expect(preamble).toMatchObject({ number: '25', recipient: 'udenrigsministeren', firstDate: '2010-10-25' })
  })

  it('reads "Europaudvalgets spørgsmål 28 ad EUU alm. del af den 7. marts 2007"', () => {
    const { preamble } = read(
      'UDENRIGSMINISTERIET\n\nEuropaudvalgets spørgsmål 28 ad EUU alm. del af den 7. marts 2007\n\nSpørgsmål:\n\n»Hvem?«\n\nSvar:\n\nIngen.',
    )
    expect(preamble).toMatchObject({ number: '28', firstDate: '2007-03-07' })
  })

  it('near miss: the answer\'s sentence about the committee\'s question is no preamble after "Svar:"', () => {
    const { preamble } = read('UDENRIGSMINISTERIET\n\nSpørgsmål nr. 3:\n»Hvem?«\n\nSvar:\n\nUdvalgets spørgsmål 2 er besvaret.')
    expect(preamble).toBeUndefined()
  })
})
