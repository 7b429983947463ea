/**
 * Round 75's rules, each from a training document's miss, with a near miss: a bill's batch of questions answered in
 * one letter, a samråd's questions named in brackets after the date, ft.dk's long summary of a question, a telephone
 * number under the case number's label, and a noun in -tion broken before its ending.
 */
import { describe, expect, it } from 'vitest'
import { expandList, listedQuestions } from '../../src/extract/split.js'
import { parse, parseAll } from '../../src/index.js'

describe("a bill's batch of questions answered in one letter", () => {
  it('expands `spørgsmål 7 – 40 vedrørende L 159` into its 34 questions', () => {
    const numbers = listedQuestions(
      'Trafikudvalget har i brev af 30. marts 2007 stillet mig følgende spørgsmål 7 – 40 vedrørende L 159, som jeg hermed skal besvare:',
    )
    expect(numbers).toHaveLength(34)
    expect(numbers[0]).toBe('7')
    expect(numbers.at(-1)).toBe('40')
  })

  it('gives a record for each, the bill and the letter on every one', async () => {
    const records = await parseAll(
      'Trafikudvalget har i brev af 30. marts 2007 stillet mig følgende spørgsmål 7 – 40 vedrørende L 159, som jeg hermed skal besvare:\n\nSpørgsmål nr. 7:\n\n"Ministeren bedes gøre rede for generne ved byggeriet."\n\nSvar:\n\nGenerne er beskrevet i lovforslagets bemærkninger.\n',
    )
    expect(records.map((record) => record.question.number)).toEqual(expandList('7-40'))
    expect(records.every((record) => record.question.bill === 'L 159' && record.question.askedOn === '2007-03-30')).toBe(true)
  })

  it('near miss: a number and a year after it (`spørgsmål 5-2007`) is no range', () => {
    expect(listedQuestions('Jeg henleder opmærksomheden på spørgsmål 5-2007 og 6, som ministeren har besvaret.')).toEqual([])
    expect(expandList('7-80')).toBeUndefined()
  })
})

describe("a samråd's questions named in brackets after the day", () => {
  it('reads `(samrådsspørgsmål U og Æ besvares samlet)` after the year as the list, not as a note on an item', async () => {
    const records = await parseAll(
      'TALEPUNKT\nUdenrigsministeriet\nSamråd i Udenrigsudvalget den 29. marts 2016 (samrådsspørgsmål U og Æ besvares\nsamlet):\n\nJeg vil besvare samrådsspørgsmål U og Æ i forlængelse af hinanden.\n\nLad mig starte med at slå fast, at Danmark skal have en handlingsplan for de nye verdensmål.\n',
    )
    expect(records.map((record) => [record.question.kind, record.question.number])).toEqual([
      ['consultation', 'U'],
      ['consultation', 'Æ'],
    ])
  })

  it('near miss: a note in brackets after an item is still taken out (`nr. 12 (alm. del) og 13`)', () => {
    expect(listedQuestions('Hermed sendes svar på spørgsmål nr. 12 (alm. del) og 13 stillet af udvalget.')).toEqual(['12', '13'])
  })
})

describe("ft.dk's summary of a question that quotes a long passage", () => {
  const passage = 'Halvtimesdrift på Billundbanen vil have konsekvenser for driften på Vejle-Struer. '.repeat(7)

  it('is the question’s page, its minister the recipient, though it runs past 600 characters', async () => {
    const text = `Spm. om ministeren er enig i Banedanmarks kommentarer i notatet, som lyder: ”${passage.trim()}”, til transport-, bygnings- og boligministeren\n|\n`
    expect(text.length).toBeGreaterThan(600)
    const record = await parse(text)
    expect(record.documentType).toBe('question')
    expect(record.question.recipient).toBe('transport-, bygnings- og boligministeren')
  })

  it('near miss: a text twice as long as any summary is none, however it ends (and, naming nothing else, refused)', async () => {
    const text = `Spm. om ministeren er enig i Banedanmarks kommentarer i notatet, som lyder: ”${passage.repeat(3).trim()}”, til transport-, bygnings- og boligministeren\n|\n`
    await expect(parse(text)).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
  })
})

describe("a telephone number under the case number's label", () => {
  const letter = (lines: string) =>
    `TRANSPORTMINISTEREN\nTransportudvalget\nFolketinget\n06. april 2020\nDato\n${lines}\nTransportudvalget har i brev af 11. marts 2020 stillet mig følgende spørgsmål\n(TRU alm. del), som jeg hermed skal besvare.\nSpørgsmål nr. 402:\nMinisteren bedes kommentere materialet.\nSvar:\nDer er tale om nogle spændende tanker.\n`

  it('is no case number (`41 71 27 00` read as `41`); the number set above the label is taken by its form, with a warning', async () => {
    const record = await parse(letter('2020-2383\nJ. nr.\nFrederiksholms Kanal 27 F\n1220 København K\nTelefon\n41 71 27 00'))
    expect(record.caseNumber).not.toBe('41')
    expect(record.caseNumber).toBe('2020-2383')
    expect(record.warnings.map((warning) => warning.code)).toContain('case-number-unlabelled')
  })

  it('near miss: a case number under the label is still read', async () => {
    const record = await parse(letter('J. nr.\n2020-2383\nTelefon\n41 71 27 00'))
    expect(record.caseNumber).toBe('2020-2383')
  })
})

describe('a noun in -tion broken before its ending, its hyphen lost', () => {
  const letter = (head: string, tail: string) =>
    `Forsvarsudvalget\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\nFOU alm. del\nSpørgsmål 296\nVil ministeren forklare, hvorfor lektoren ikke har udtalt sig om ${head}\n${tail} i Afghanistan jf. artiklen på weekendavisen.dk?\nSpørgsmålet er stillet efter ønske fra Anne Valentina Berthelsen (SF).\nPå udvalgets vegne\nRasmus Jarlov\nformand\n`

  it.each([
    ['evakueringssituatio', 'nen', 'evakueringssituationen'],
    ['diskussio', 'nerne', 'diskussionerne'],
  ])('joins `%s` / `%s`, flagged as a guess', async (head, tail, word) => {
    const record = await parse(letter(head, tail))
    expect(record.question.text).toContain(`${word} i Afghanistan`)
    expect(record.warnings.map((warning) => warning.code)).toContain('text-join-unsure')
  })

  it('near miss: a word that ends in -tion before `nu` stays apart', async () => {
    const record = await parse(letter('situationen', 'nu'))
    expect(record.question.text).toContain('situationen nu i Afghanistan')
  })
})

describe('a compound broken between two halves that are no words, its hyphen lost (sixty-third session)', () => {
  const letter = (head: string, tail: string) =>
    `Miljø- og Fødevareudvalget\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\nMOF alm. del\nSpørgsmål 470\nVil ministeren redegøre for, om græssende dyr fører til risiko for spredning af biller og forringelse af ${head}\n${tail} samt stærkt øget publikumstryk i de private skove?\nSpørgsmålet er stillet efter ønske fra Anne Hansen (SF).\nPå udvalgets vegne\nJens Olsen\nformand\n`

  it('joins `træpro` / `duktionen`, the joined word ending in a listed one, flagged as a guess', async () => {
    const record = await parse(letter('træpro', 'duktionen'))
    expect(record.question.text).toContain('forringelse af træproduktionen samt')
    expect(record.warnings.map((warning) => warning.code)).toContain('text-join-unsure')
  })

  it('near miss: two names that are no listed words and end in none stay apart', async () => {
    const record = await parse(letter('Oxfam', 'Ibis'))
    expect(record.question.text).toContain('forringelse af Oxfam Ibis samt')
  })
})
