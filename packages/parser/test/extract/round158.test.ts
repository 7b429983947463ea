/**
 * Round 158's rules, from the check documents of intakes 76–100 retired into training (seventieth session): each
 * tested on made-up letters of the form the retired documents showed, with near misses.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('a committee in its definite form after `stillet af`, before the day it asked', () => {
  const letter = (asker: string) =>
    `Erhvervsudvalget 2010-11\nKOM (2010) 0155\nOffentligt\nBesvarelse af spørgsmål 3 vedrørende KOM (2010) 0155 om havnestatskontrol stillet af ${asker} den 12. januar 2011.\nSpørgsmål 3:\n”Vil ministeren redegøre for forslagets konsekvenser for danske havne?”\nSvar:\nForslaget har ingen væsentlige konsekvenser for danske havne.\n`

  it('is the letter’s own committee, over the stamp of the case it was filed under', async () => {
    expect((await parse(letter('Europaudvalget'))).committee?.code).toBe('EUU')
    expect((await parse(letter('Trafikudvalget'))).committee?.code).toBe('TRU')
  })

  it.each(['udvalget', 'Folketinget'])('near miss: `stillet af %s` names no committee, and the stamp stands', async (asker) => {
    expect((await parse(letter(asker))).committee?.code).toBe('ERU')
  })
})

describe('a § 20 title naming its member in a relative clause with no party', () => {
  const letter = (who: string) =>
    `Endelig besvarelse af spørgsmål nr. S 612, som ${who} har stillet til social- og integrationsministeren den 3. november 2011.\nSpørgsmål:\n”Vil ministeren oplyse, hvor mange anbragte børn der skifter anbringelsessted hvert år?”\nSvar:\nDer findes ikke en samlet opgørelse af skift af anbringelsessted.\n`

  it('reads the member as the asker, the party left empty', async () => {
    expect((await parse(letter('medlem af Folketinget Karen Ellemann'))).question.askers).toEqual([
      { name: 'Karen Ellemann', party: null, nonMember: false },
    ])
  })

  it('near miss: the member’s title with no name reads no asker', async () => {
    expect((await parse(letter('medlem af Folketinget'))).question.askers).toEqual([])
  })
})

describe('a list inside the question stays in its sentence’s paragraph', () => {
  const letter = (question: string) =>
    `Folketingets Socialudvalg har den 3. marts 2024 stillet følgende spørgsmål nr. 212, som hermed besvares.\nSpørgsmålet er stillet efter ønske fra Karina Adsbøl (DD).\nSpørgsmål nr. 212:\n${question}\nSvar:\nJeg kan oplyse, at der ikke findes en samlet opgørelse.\n`

  it('joins each item of the kind the first joined item has, after a colon', async () => {
    const record = await parse(
      letter(
        '”Vil ministeren oplyse følgende om væresteder:\n\n–\nHvor mange væresteder er der?\n\n–\nHvor mange brugere har de?\n\n–\nHvem driver dem?”',
      ),
    )
    expect(record.question.text).toBe(
      'Vil ministeren oplyse følgende om væresteder: – Hvor mange væresteder er der? – Hvor mange brugere har de? – Hvem driver dem?',
    )
  })

  it('joins a numbered list after a comma', async () => {
    const record = await parse(letter('”Vil ministeren oplyse hhv.,\n\n1) hvor mange sager der er,\n\n2) hvor lang tid de tager?”'))
    expect(record.question.text).toBe('Vil ministeren oplyse hhv., 1) hvor mange sager der er, 2) hvor lang tid de tager?')
  })

  it('near miss: a list after a full stop is a paragraph of its own', async () => {
    const record = await parse(letter('”Ministeren bedes oplyse antallet af væresteder.\n\n– Hvor mange er der i dag?”'))
    expect(record.question.text).toBe('Ministeren bedes oplyse antallet af væresteder.\n\n– Hvor mange er der i dag?')
  })

  it('near miss: an item of another kind after a joined item does not chain', async () => {
    const record = await parse(letter('”Vil ministeren oplyse:\n\n– hvor mange sager der er?\n\n1) Hvad koster de?”'))
    expect(record.question.text).toBe('Vil ministeren oplyse: – hvor mange sager der er?\n\n1) Hvad koster de?')
  })
})

describe('`har den` opens a letter only before a date', () => {
  it('not in a note’s running text (`har den forelæggende ret stillet … spørgsmål`)', async () => {
    const record = await parse(
      'Europaudvalget 2019-20\nEUU Alm.del Bilag 301\nOffentligt\nNOTAT\n1. Indledning\nEU-Domstolen har fået en sag om arbejdstid forelagt fra en ret i Rumænien.\n2. Sagens baggrund\nPå den baggrund har den forelæggende ret stillet 3 præjudicielle spørgsmål til EU-Domstolen, hvoraf spørgsmål 1 og 2 behandles samlet.\n',
    )
    expect(record.question.number).toBeNull()
    expect(record.answer.text.startsWith('EU-Domstolen har fået en sag')).toBe(true)
  })

  it.each([
    'Folketingets Retsudvalg har den 4. maj 2020 stillet følgende spørgsmål nr. 88, som hermed besvares.',
    'Folketingets Retsudvalg har den\n4. maj 2020 stillet følgende spørgsmål nr. 88, som hermed besvares.',
  ])('near miss: before its date it does: %j', async (opening) => {
    const record = await parse(
      `${opening}\nSpørgsmål nr. 88:\n”Vil ministeren oplyse antallet af sager?”\nSvar:\nAntallet var 12 i 2019.\n`,
    )
    expect(record.question.number).toBe('88')
    expect(record.question.askedOn).toBe('2020-05-04')
  })
})

describe('a dash alone between a cited case and `spørgsmål`', () => {
  const letter = (cited: string) =>
    `Folketingets Børne- og Undervisningsudvalg har den 2. marts 2023 stillet følgende spørgsmål nr. 245, som hermed besvares.\nSpørgsmål nr. 245:\n”Vil ministeren redegøre for, om kommunerne lever op til deres ansvar, jf. ministerens svar på ${cited}\n–\nspørgsmål\n170 (folketingsåret 2022-23, 2. samling)?”\nSvar:\nKommunerne har ansvaret for at tilrettelægge undervisningen.\n`

  it('goes on with the running text before the dash', async () => {
    const record = await parse(letter('BUU alm. del'))
    expect(record.question.text).toBe(
      'Vil ministeren redegøre for, om kommunerne lever op til deres ansvar, jf. ministerens svar på BUU alm. del – spørgsmål 170 (folketingsåret 2022-23, 2. samling)?',
    )
  })
})

describe('`stillet <date> af` with no `den`', () => {
  it('reads the committee that asked', async () => {
    const record = await parse(
      'Miljøministerens besvarelse af spørgsmål nr. 481 (TRU alm. del) stillet 9. maj 2022 af\ntransportudvalget.\nSpørgsmål nr. 481:\n”Vil ministeren oplyse reglerne for klapning?”\nSvar:\nReglerne fremgår af havmiljøloven.\n',
    )
    expect(record.question.askedByCommittee).toBe(true)
  })

  it('near miss: a count before `af` is no date', async () => {
    const record = await parse(
      'Miljøministerens besvarelse af spørgsmål nr. 481 (TRU alm. del), ét af de 3 spørgsmål stillet af Karsten Hønge (SF).\nSpørgsmål nr. 481:\n”Vil ministeren oplyse reglerne for klapning?”\nSvar:\nReglerne fremgår af havmiljøloven.\n',
    )
    expect(record.question.askers).toEqual([{ name: 'Karsten Hønge', party: 'SF', nonMember: false }])
  })
})
