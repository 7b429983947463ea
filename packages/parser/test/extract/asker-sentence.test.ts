/**
 * The asker's sentence in its plural and samråd forms (round 11): `Spørgsmålene er stillet efter ønske fra …`,
 * `Samrådet er stillet efter ønske fra …` give the askers and stay out of the question's and the answer's text, as
 * the singular `Spørgsmålet er stillet …` does. Made-up letters in several ministries' styles, with near misses.
 */
import { describe, expect, it } from 'vitest'
import { ASKER_SENTENCE } from '../../src/extract/asker-sentence.js'
import { parse, parseAll } from '../../src/index.js'

describe('ASKER_SENTENCE: the subjects a ministry writes', () => {
  it.each([
    'Spørgsmålet er stillet efter ønske fra Anne Holm (S).',
    'Spørgsmålene er stillet efter ønske fra Ole Dal (V).',
    'Samrådet er stillet efter ønske fra Mette Berg (EL) og Lars Lund (SF)',
    'Samrådsspørgsmålet er stillet efter ønske fra Ida Friis (K).',
    'Samrådsspørgsmålene er stillet efter ønske fra Ida Friis (K).',
    'Samråd er stillet efter ønske fra Jens Kro (DF)',
    '(Spørgsmålene er stillet efter ønske fra Ole Dal (V).)',
    'Spørgsmålet ønskes besvaret skriftligt.',
    // The closing probe (thirtieth session): the present tense, the question shortened.
    'Spørgsmålet stilles efter ønske fra Anne Holm (S).',
    'Samrådet stilles på vegne af Mette Berg (EL).',
    'Spm. stillet efter ønske fra Anne Holm (S).',
    // Near the reasons' words, still whom it was put for: a committee named, the line broken after the verb.
    'Spørgsmålet er stillet i Miljø- og Fødevareudvalget efter ønske fra Pia Dal (DF).',
    'Spørgsmålet er stillet',
    'Spørgsmålet er stillet som medlem af udvalget af Ole Dal (V).',
  ])('%s', (text) => {
    expect(ASKER_SENTENCE.test(text)).toBe(true)
  })

  it.each([
    'Samrådsspørgsmålet har tidligere været stillet i folketingsåret 2023-24.',
    'Spørgsmålene om ventetider er mange.',
    'Samrådet blev afholdt den 4. maj 2022.',
    'Jeg kan oplyse, at spørgsmålene er stillet før.',
    // The question's own words on why it is asked (SOU 2020, EUU 2024).
    'Spørgsmålet stilles på baggrund af artiklen ”EU migration chief raises alarm” bragt i The Guardian.',
    'Samrådet stilles som opfølgning på samråd den 14. januar 2021.',
    // The past tense with the question's reason or occasion (MOF 2023): the question's own words.
    'Spørgsmålet er stillet ifm. en henvendelse fra en borger, der oplever, at grænserne ikke overholdes.',
    'Spørgsmålet er stillet i forbindelse med en sag om støj.',
    'Spørgsmålet er stillet som opfølgning på samrådet den 3. maj 2022.',
    'Spørgsmålet er stillet på baggrund af en artikel i Politiken.',
  ])('near miss: %s', (text) => {
    expect(ASKER_SENTENCE.test(text)).toBe(false)
  })
})

const letterEnd = '\n\nMed venlig hilsen\n\nHanne Lund'

describe('the plural and samråd sentences in a record', () => {
  it('an old rendition that glued the plural sentence to the question ends the question there', async () => {
    const record = await parse(
      `Folketingets Retsudvalg\nChristiansborg\n\n3. marts 2006\n\nRetsudvalget har i brev af 2. februar 2006 stillet mig følgende spørgsmål nr. 7 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 7:\nVil ministeren oplyse antallet af sager?Spørgsmålene er stillet efter ønske fra Ole Dal (V).\n\nSvar:\nDer var 12 sager.${letterEnd}`,
    )
    expect(record.question.text).toBe('Vil ministeren oplyse antallet af sager?')
    expect(record.question.askers).toEqual([{ name: 'Ole Dal', party: 'V', nonMember: false }])
  })

  it('a question letter quoted in the answer: "Spørgsmålene er stillet …" after the question ends it (Skatteministeriet style)', async () => {
    const record = await parse(
      `Folketingets Skatteudvalg\nChristiansborg\n\n3. marts 2015\n\nSkatteudvalget har i brev af 2. februar 2015 stillet mig følgende spørgsmål nr. 41 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 41:\n”Vil ministeren oplyse provenuet?”\nSpørgsmålene er stillet efter ønske fra Ole Dal (V).\n\nSvar:\nProvenuet er 3 mia. kr.${letterEnd}`,
    )
    expect(record.question.text).toBe('Vil ministeren oplyse provenuet?')
    expect(record.question.askers).toEqual([{ name: 'Ole Dal', party: 'V', nonMember: false }])
    expect(record.answer.text).toBe('Provenuet er 3 mia. kr.')
  })

  it('a preamble answering several, the plural sentence on its own line after it (Beskæftigelsesministeriet style)', async () => {
    const records = await parseAll(
      `Beskæftigelsesudvalget\nChristiansborg\n\n5. maj 2019\n\nBeskæftigelsesudvalget har i brev af 1. april 2019 stillet følgende spørgsmål nr. 12 og 13 (alm. del), som hermed besvares.\nSpørgsmålene er stillet efter ønske fra Mette Berg (EL).\n\nSvar:\nDer henvises til vedlagte notat.${letterEnd}`,
    )
    expect(records.map((record) => record.question.number)).toEqual(['12', '13'])
    for (const record of records) expect(record.question.askers).toEqual([{ name: 'Mette Berg', party: 'EL', nonMember: false }])
    expect(records[0]?.answer.text).toBe('Der henvises til vedlagte notat.')
  })

  it('a samråd speech paper: "Samrådet er stillet …" after the question is neither question nor answer', async () => {
    const record = await parse(
      'TALEPAPIR – DET TALTE ORD GÆLDER\n\nSamråd i Kulturudvalget\n\nSamrådsspørgsmål B\n\nVil ministeren redegøre for bibliotekernes åbningstider?\n\nSamrådet er stillet efter ønske fra Lars Lund (SF) og Ida Friis (K)\n\nTak for ordet. Bibliotekerne er åbne.',
    )
    expect(record.question.text).toBe('Vil ministeren redegøre for bibliotekernes åbningstider?')
    expect(record.question.askers.map((asker) => asker.name)).toEqual(['Lars Lund', 'Ida Friis'])
    expect(record.answer.text).not.toContain('Samrådet er stillet')
  })

  it('a quoted question that names its occasion in a last sentence keeps it (`Spørgsmålet er stillet ifm. …`)', async () => {
    const record = await parse(
      `Folketingets Miljøudvalg\nChristiansborg\n\n28. juni 2023\n\nMiljøministerens besvarelse af spørgsmål nr. 9 (alm. del) stillet 7. juni 2023 efter ønske fra Ole Dal (V).\n\nSpørgsmål nr. 9\n”Vil ministeren oplyse, hvad klagemulighederne er? Spørgsmålet er stillet ifm. en henvendelse fra en borger.”\n\nSvar\nKommunen er klagemyndighed.${letterEnd}`,
    )
    expect(record.question.text).toBe(
      'Vil ministeren oplyse, hvad klagemulighederne er? Spørgsmålet er stillet ifm. en henvendelse fra en borger.',
    )
    expect(record.answer.text).toBe('Kommunen er klagemyndighed.')
  })

  it('near miss: a sentence of the answer that opens "Samrådet blev …" stays in the answer', async () => {
    const record = await parse(
      `Kulturudvalget\nChristiansborg\n\nKulturudvalget har i brev af 2. marts 2020 stillet følgende spørgsmål nr. 5 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 5:\n”Hvornår var samrådet?”\n\nSvar:\nSamrådet blev afholdt den 4. februar 2020.${letterEnd}`,
    )
    expect(record.answer.text).toBe('Samrådet blev afholdt den 4. februar 2020.')
  })
})
