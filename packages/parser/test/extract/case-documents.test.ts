/**
 * Questions on an aktstykke (kind `appropriation`) and on a Commission document (kind `eu-proposal`): made-up letters
 * in the forms ministries and ft.dk write them — stamps, running lines, addresses, titles, preambles, a committee's
 * question letter — and near misses that stay alm. del questions.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const read = (text: string) => parse(text, { requireFolketingDocument: false })

const ANSWER = '\nSvar:\nJa, det vil jeg gerne.\n\nMed venlig hilsen\n\nAnne Hansen\n'

describe('questions on an aktstykke', () => {
  it("Finansministeriet's title: `spørgsmål nr. 1 (Aktstykke nr. 172)` under ft.dk's stamp", async () => {
    const record = await read(
      `Finansudvalget 2024-25\nAktstk. 172\nOffentligt\nFolketingets Finansudvalg\nChristiansborg\n18. marts 2025\nSvar på Finansudvalgets spørgsmål nr. 1 (Aktstykke nr. 172) af\n3. marts 2025 stillet efter ønske fra Lars Holm (V)\nSpørgsmål\nVil ministeren oplyse prisen?${ANSWER}`,
    )
    expect(record.question).toMatchObject({ kind: 'appropriation', number: '1', bill: 'Aktstk. 172' })
    expect(record.committee?.code).toBe('FIU')
    expect(record.questionKey).toBe('20241-AKTSTK172-1')
    expect(record.url).toBe('https://www.ft.dk/samling/20241/aktstykke/aktstk.172/spm/1/index.htm')
  })

  it('a preamble that says `vedr. aktstykke 21`, no stamp', async () => {
    const record = await read(
      `Finansudvalget\nFolketinget\n6. november 2019\nFinansudvalget har i brev af 5. november 2019 stillet mig følgende spørgsmål nr. 5 vedr. aktstykke 21, som jeg hermed skal besvare.\nSpørgsmål nr. 5:\nVil ministeren oplyse prisen?${ANSWER}`,
    )
    expect(record.question).toMatchObject({ kind: 'appropriation', number: '5', bill: 'Aktstk. 21' })
    expect(record.questionKey).toBe('20191-AKTSTK21-5')
  })

  it("the committee's question letter: `Aktstk. 17` alone on a line over the question", async () => {
    const record = await read(
      'Finansudvalget\nTil:\nDato:\nBoligministeren\n3. november 2017\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\nAktstk. 17\nAktstykke om en ny organisation i staten.\nSpørgsmål 4\nHvor mange arbejdspladser flytter?\nSpørgsmålet er stillet efter ønske fra Eva Holm (ALT).\nPå udvalgets vegne\nJens Hansen\nformand\n',
    )
    expect(record.question).toMatchObject({ kind: 'appropriation', number: '4', bill: 'Aktstk. 17' })
  })

  it('a question heading that opens with the aktstykke: `Aktstykke 108 spørgsmål 3:`', async () => {
    const record = await read(
      `Folketingets Finansudvalg\nChristiansborg\n2. februar 2015\nHermed sendes svar på spørgsmål 3, som Finansudvalget har stillet den 28. januar 2015.\nAktstykke 108 spørgsmål 3:\nVil ministeren oplyse prisen?${ANSWER}`,
    )
    expect(record.question).toMatchObject({ kind: 'appropriation', number: '3', bill: 'Aktstk. 108' })
  })

  it("ft.dk's stamp `Aktstk. 159 § 20 Spørgsmål 42`: the finance act's § 20, not a § 20 question", async () => {
    const record = await read(
      'Finansudvalget 2019-20\nAktstk. 159 § 20 Spørgsmål 42\nOffentligt\nFinansudvalget\nTil:\nDato:\nBørne- og undervisningsministeren\n20. maj 2020\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\nSpørgsmål 42\nHvad koster det?\nSpørgsmålet er stillet efter ønske fra Eva Holm (V).\nPå udvalgets vegne\nJens Hansen\nformand\n',
    )
    expect(record.question).toMatchObject({ kind: 'appropriation', number: '42', bill: 'Aktstk. 159' })
    expect(record.questionKey).toBe('20191-AKTSTK159-42')
  })

  it("ft.dk's running line `FIU, Aktstk. 172 - 2024-25 - Endeligt svar på spørgsmål 1: …`", async () => {
    const record = await read(
      `Folketingets Finansudvalg\nChristiansborg\nHermed sendes svar på spørgsmålet.\nSpørgsmål:\nVil ministeren oplyse prisen?${ANSWER}FIU, Aktstk. 172 - 2024-25 - Endeligt svar på spørgsmål 1: Spm. om prisen, til finansministeren\n`,
    )
    expect(record).toMatchObject({ session: '20241', question: { kind: 'appropriation', number: '1', bill: 'Aktstk. 172' } })
    expect(record.answer.text).not.toContain('Aktstk')
  })
})

describe('questions on a Commission document', () => {
  it('Justitsministeriet: `spørgsmål nr. 4 KOM (2013) 0173, som Folketingets Europaudvalg har stillet …`', async () => {
    const record = await read(
      `Folketinget\nEuropaudvalget\nChristiansborg\n4. juni 2014\nHermed sendes besvarelse af spørgsmål nr. 4 KOM (2013) 0173, som Folketingets Europaudvalg har stillet til justitsministeren den 26. maj 2014.\nSpørgsmål nr. 4 KOM (2013) 0173 fra Folketingets Europaudvalg:\n”Vil ministeren oplyse hjemlen?”${ANSWER}`,
    )
    expect(record.question).toMatchObject({ kind: 'eu-proposal', number: '4', bill: 'KOM (2013) 0173' })
    expect(record.questionKey).toBe('20131-KOM(2013)0173-4')
    expect(record.url).toBe('https://www.ft.dk/samling/20131/kommissionsforslag/kom(2013)0173/spm/4/index.htm')
  })

  it('a preamble that says `vedrørende KOM(2012) 788`, the number unpadded', async () => {
    const record = await read(
      `Folketingets Europaudvalg\nFolketingets Europaudvalg har den 18. april 2013 stillet følgende spørgsmål nr. 10 vedrørende KOM(2012) 788 til ministeren for sundhed, som hermed besvares.\nSpørgsmål 10:\n”Vil ministeren sende referaterne?”${ANSWER}`,
    )
    expect(record.question).toMatchObject({ kind: 'eu-proposal', number: '10', bill: 'KOM (2012) 0788' })
  })

  it('a title with the document in brackets after the date: `spørgsmål nr. 5 af 1. september 2010 (vedr. KOM(2010) 0367)`', async () => {
    const record = await read(
      `Folketingets Europaudvalg\nChristiansborg\n13. september 2010\nSvar på Europaudvalgets spørgsmål nr. 5 af 1. september 2010\n(vedr. KOM(2010) 0367) stillet efter ønske fra Lars Holm (S).\nSpørgsmål:\nVil ministeren sende en oversigt?${ANSWER}`,
    )
    expect(record.question).toMatchObject({ kind: 'eu-proposal', number: '5', bill: 'KOM (2010) 0367' })
  })

  it("ft.dk's stamp files it with the subject's committee: the document from the stamp, the committee from the letter", async () => {
    const record = await read(
      `Retsudvalget 2013-14\nKOM (2013) 0173\nOffentligt\nFolketingets Europaudvalg\nChristiansborg\nSvar på Europaudvalgets spørgsmål nr. 4 af 26. maj 2014.\nSpørgsmål:\nVil ministeren oplyse hjemlen?${ANSWER}`,
    )
    expect(record.question).toMatchObject({ kind: 'eu-proposal', number: '4', bill: 'KOM (2013) 0173' })
    expect(record.committee?.code).toBe('EUU')
  })

  it('a Commission document filed in a later session: the question keys in the session it was asked in', async () => {
    const record = await read(
      `Europaudvalget 2013-14\nKOM (2012) 0788\nOffentligt\nFolketingets Europaudvalg\nFolketingets Europaudvalg har den 18. april 2013 stillet følgende spørgsmål nr. 10 vedrørende KOM (2012) 0788 til ministeren for sundhed, som hermed besvares.\nSpørgsmål 10:\n”Vil ministeren sende referaterne?”${ANSWER}`,
    )
    expect(record).toMatchObject({ session: '20121', questionKey: '20121-KOM(2012)0788-10' })
    expect(record.warnings.map((warning) => warning.code)).toContain('session-filed-later')
  })

  it("ft.dk's address at the top of a saved page", async () => {
    const record = await read(
      `https://www.ft.dk/samling/20131/kommissionsforslag/kom(2013)0173/spm/4/index.htm\nSpørgsmål 4\nVil ministeren oplyse hjemlen?${ANSWER}`,
    )
    expect(record).toMatchObject({ session: '20131', question: { kind: 'eu-proposal', number: '4', bill: 'KOM (2013) 0173' } })
  })

  it('references to such questions, and a bare reference in such a question is to the same document', async () => {
    const record = await read(
      `Folketingets Europaudvalg\nHermed sendes besvarelse af spørgsmål nr. 4 KOM (2013) 0173, som Folketingets Europaudvalg har stillet til justitsministeren den 26. maj 2014.\nSpørgsmål:\n”I forbindelse med svar på spørgsmål 2 ad KOM (2013) 0173 skriver ministeren noget. Hvor er det hjemlet?”\nSvar:\nJeg henviser til svaret på spørgsmål 3 og til spørgsmål 3 til akt. 133.\n\nMed venlig hilsen\n\nAnne Hansen\n`,
    )
    expect(record.references).toEqual([
      expect.objectContaining({ kind: 'eu-proposal', number: '2', bill: 'KOM (2013) 0173' }),
      expect.objectContaining({ kind: 'eu-proposal', number: '3', bill: 'KOM (2013) 0173' }),
      expect.objectContaining({ kind: 'appropriation', number: '3', bill: 'Aktstk. 133' }),
    ])
  })
})

describe('near misses: alm. del questions that mention such a document', () => {
  it('a question on the alm. del whose text cites an aktstykke', async () => {
    const record = await read(
      `Finansudvalget 2020-21\nFIU Alm.del\nOffentligt\nFinansudvalget har i brev af 5. maj 2021 stillet følgende spørgsmål nr. 147 (alm. del), som hermed besvares.\nSpørgsmål nr. 147:\n”Hvor mange midler tilfører aktstykke nr. 131 forsvaret?”${ANSWER}`,
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '147', bill: null })
    expect(record.questionKey).toBe('20201-FIU-almdel-147')
  })

  it('a heading `Aktstykke spørgsmål` under an alm. del stamp', async () => {
    const record = await read(
      `Uddannelses- og Forskningsudvalget 2023-24\nUFU Alm.del\nOffentligt\nI brev af 23. november 2023 har udvalget efter ønske fra Eva Holm (SF) stillet\nmig følgende spørgsmål:\nAktstykke spørgsmål\nVil ministeren redegøre for brugen?${ANSWER}UFU, Alm.del - 2023-24 - Endeligt svar på spørgsmål 62: Spm. om brugen\n`,
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '62', bill: null })
  })

  it("the Europe committee's alm. del question whose text names a Commission document", async () => {
    const record = await read(
      `Europaudvalget 2013-14\nEUU Alm.del\nOffentligt\nFolketingets Europaudvalg har den 3. marts 2014 stillet følgende spørgsmål nr. 28 (EUU alm. del), som hermed besvares.\nSpørgsmål nr. 28:\n”Vil ministeren redegøre for KOM (2013) 0173 og for spørgsmål 2 ad KOM (2013) 0173?”${ANSWER}`,
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '28', bill: null })
    expect(record.questionKey).toBe('20131-EUU-almdel-28')
  })

  it("an answer on the alm. del whose answer cites another aktstykke's question", async () => {
    const record = await read(
      `Finansudvalget 2019-20\nFIU Alm.del\nOffentligt\nFinansudvalget har i brev af 5. november 2019 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.\nSpørgsmål nr. 12:\n”Hvad skal ejendommen bruges til?”\nSvar:\nSom det fremgår af svaret på spørgsmål 3 til akt. 133, skal den bruges til undervisning.\n\nMed venlig hilsen\n\nAnne Hansen\n`,
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '12', bill: null })
    expect(record.references).toEqual([expect.objectContaining({ kind: 'appropriation', number: '3', bill: 'Aktstk. 133' })])
  })

  it('unsure: a head that names an aktstykke but no case for the question — no kind, a warning, no key', async () => {
    const record = await read(
      `Folketingets Finansudvalg\nChristiansborg\n6. november 2019\nVedr.: Aktstk. 88 om salg af en ejendom\nFinansudvalget har i brev af 5. november 2019 stillet følgende spørgsmål nr. 3, som hermed besvares.\nSpørgsmål nr. 3:\n”Hvad er prisen?”${ANSWER}`,
    )
    expect(record.question).toMatchObject({ kind: null, number: '3' })
    expect(record.questionKey).toBeNull()
    expect(record.warnings.map((warning) => warning.code)).toContain('question-kind-unknown')
    expect(record.quality).toBe('needs-review')
  })
})
