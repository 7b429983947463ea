/** Kind, number and bill of the question, and the minister asked, on made-up letters in the styles ministries write. */
import { describe, expect, it } from 'vitest'
import { parse, parseAll } from '../../../src/index.js'

const read = (text: string) => parse(text, { requireFolketingDocument: false })

/** A committee's question letter to `to`, its case lines and question. */
const questionLetter = (to: string, caseLines: string) =>
  `Erhvervsudvalget\nTil:\nDato:\n${to}\n9. januar 2013\nI et kommende samråd ønsker udvalget en drøftelse af følgende spørgsmål:\n${caseLines}\nHvilke initiativer vil regeringen tage?\nSpørgsmålet er stillet efter ønske fra Kim Holm (V).\nPå udvalgets vegne\nAnne Hansen\nformand\n`

describe('the kind and number of the question', () => {
  it('reads "Samrådsspørgsmål X" opening a line of the head as a consultation question', async () => {
    const record = await read(questionLetter('Erhvervsministeren', 'ERU alm. del\nSamrådsspørgsmål X'))
    expect(record.question).toMatchObject({ kind: 'consultation', number: 'X' })
  })

  it('reads a samråd transcript\'s "Vedr. samrådsspørgsmål X"', async () => {
    const record = await read(
      'ÅBENT SAMRÅD I ERHVERVSUDVALGET\nVedr. samrådsspørgsmål X\nDen 15. november 2006, kl. 14.00-15.00\nAnne Hansen (formand):\nJeg skal byde velkommen til det her åbne samråd med ministeren.\n',
    )
    expect(record.question).toMatchObject({ kind: 'consultation', number: 'X' })
  })

  it('near misses: "samrådsspørgsmål om …", and a wrapped line of the question that opens with the word', async () => {
    const about = await read(questionLetter('Erhvervsministeren', 'ERU alm. del\nsamrådsspørgsmål om industrien'))
    expect(about.question.kind).toBe('general')
    const wrapped = await read(
      'Beskæftigelsesudvalget har i brev af 14. januar 2020 stillet følgende\nspørgsmål nr. 11 (L 85), som hermed besvares.\nSpørgsmål nr. 11:\n”Hvor mange modtager dagpenge? Spørgsmålet følger op på samrådet, jf. L 85 -\nsamrådsspørgsmål A-C.”\nSvar:\nTi.\n',
    )
    expect(wrapped.question).toMatchObject({ kind: 'bill', number: '11', bill: 'L 85' })
  })

  it('reads the bill at the end of the preamble ("… den 1. november 2006 ad L 16.")', async () => {
    const record = await read(
      'Besvarelse af spørgsmål nr. 1 stillet af Folketingets Kommunaludvalg til indenrigsministeren den 1. november 2006 ad L 16.\n\nSpørgsmål:\n”Hvor mange?”\n\nSvar:\nTi.\n\nMed venlig hilsen\n\nAnne Hansen\n',
    )
    expect(record.question).toMatchObject({ kind: 'bill', number: '1', bill: 'L 16' })
  })

  it('takes no kind from an annex stamp alone ("BEU Alm.del Bilag 394")', async () => {
    const record = await read(
      'Beskæftigelsesudvalget 2020-21\nBEU Alm.del Bilag 394\nOffentligt\nFolketingets Beskæftigelsesudvalg\n31. august 2021\nNy tidsplan for afrapportering\nTidsplanen for arbejdet er ændret, så udvalget får rapporten i oktober.\nMed venlig hilsen\nAnne Hansen\n',
    )
    expect(record.question.kind).toBeNull()
    expect(record.committee?.code).toBe('BEU')
  })
})

describe('the minister asked', () => {
  it('leaves out two ministers glued into one line, and warns', async () => {
    const record = await read(questionLetter('BeskæftigelsesministerenErhvervs- og vækstministeren', 'ERU alm. del\nSamrådsspørgsmål X'))
    expect(record.question.recipient).toBeNull()
    expect(record.warnings.map((warning) => warning.code)).toContain('recipient-multiple')
  })

  it('keeps one minister, also a "Ministeren for …" title (near miss)', async () => {
    const one = await read(questionLetter('Ministeren for børn, undervisning og ligestilling', 'ERU alm. del\nSamrådsspørgsmål X'))
    expect(one.question.recipient).toBe('Ministeren for børn, undervisning og ligestilling')
    expect(one.warnings.map((warning) => warning.code)).not.toContain('recipient-multiple')
  })
})

describe('the bill written with spaces inside its parentheses, and the asking date after it (round 8)', () => {
  it.each([
    [
      'Hermed fremsendes svar på spørgsmål nr. 13 ( L 114 ) stillet af Udvalget for Videnskab og Teknologi den 18. marts 2005.',
      'L 114',
      '2005-03-18',
    ],
    ['Hermed sendes svar på spørgsmål nr. 4 ( B 63 ) af 2. maj 2011.', 'B 63', '2011-05-02'],
    ['Hermed sendes svar på spørgsmål nr. 4 (L 12) af d. 15.12.2015.', 'L 12', '2015-12-15'],
  ])('%s', async (sentence, bill, askedOn) => {
    const record = await read(
      `Folketingets Udvalg for Videnskab og Teknologi\nChristiansborg\n\n${sentence}\n\nSpørgsmål:\n”Hvorfor?”\n\nSvar:\nJa.\n\nMed venlig hilsen\n\nHelge Dal\n`,
    )
    expect(record.question).toMatchObject({ kind: 'bill', bill, askedOn })
  })

  it('near miss: "(alm. /" split over a line is a general question, no bill', async () => {
    const record = await read(
      'Folketingets Skatteudvalg\nChristiansborg\n\nHermed sendes svar på spørgsmål nr. 12 (alm. /\ndel) af 3. februar 2023.\n\nSpørgsmål:\n”Hvorfor?”\n\nSvar:\nJa.\n\nMed venlig hilsen\n\nJeppe Dal\n',
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '12', bill: null, askedOn: '2023-02-03' })
  })
})

describe('the kind of a bare question that names no case', () => {
  const bare = (question: string) => `”${question}”\n\nJeg kan oplyse, at rapporten kommer inden årets udgang.\n`
  const codes = (record: { warnings: { code: string }[] }) => record.warnings.map((warning) => warning.code)

  it.each([
    'Det fremgår af lovforslagets bemærkninger side 7, at ministeren har nedsat en arbejdsgruppe. Hvornår afgiver den rapport?',
    'Kan ministeren uddybe, hvordan lovforslaget vil påvirke kommunernes udgifter til daginstitutioner?',
  ])('reads a question that speaks of "the bill" as a bill\'s, flagged: %s', async (question) => {
    const record = await parse(bare(question))
    expect(record.question.kind).toBe('bill')
    expect(codes(record)).toContain('question-kind-from-text')
  })

  it('reads a question about a bill to come as an ordinary one (near miss)', async () => {
    const record = await parse(bare('Vil ministeren fremsætte et lovforslag om ventetider på operationer i Frederiksborg Amt?'))
    expect(record.question.kind).toBe('general')
    expect(codes(record)).not.toContain('question-kind-from-text')
  })

  it("takes what the preamble says over the question's words (near miss)", async () => {
    const record = await parse(
      `Sundhedsudvalget har i brev af 1. maj 2020 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.\n\n${bare('Hvordan vil lovforslaget påvirke ventetiderne?')}`,
    )
    expect(record.question.kind).toBe('general')
  })

  it("reads it as a bill's, flagged, where the preamble numbers the question and names no case", async () => {
    const record = await parse(
      `Trafikudvalget har i brev af 6. februar 2007 stillet mig følgende spørgsmål 20, som jeg hermed skal besvare.\n\nSpørgsmål nr. 20:\n${bare('Ministeren bedes oplyse, om høringssvarene giver anledning til ændringer af lovforslaget.')}`,
    )
    expect(record.question.kind).toBe('bill')
    expect(codes(record)).toContain('question-kind-from-text')
  })
})

describe('a question numbered in letters, its case not named', () => {
  const letterOf = (title: string) =>
    `J.nr. MST 605-00030\n\nDen 14. marts 2007\n\n${title}\n\nSpørgsmål AA:\nMinisteren bedes redegøre for sagen.\n\nSvar:\nDet gør jeg gerne.\n`

  it('is a samråd question ("spørgsmål nr. AA, AB …")', async () => {
    const records = await parseAll(
      new TextEncoder().encode(
        letterOf('Miljøministerens besvarelse af spørgsmål nr. AA og AB stillet af Folketingets Miljø- og Planlægningsudvalg.'),
      ),
      { name: 'letter.txt' },
    )
    expect(records.map((record) => [record.question.number, record.question.kind])).toEqual([
      ['AA', 'consultation'],
      ['AB', 'consultation'],
    ])
  })

  it('is a samråd question on the bill it names ("spørgsmål A om L 131")', async () => {
    const record = await parse(
      'Den 25. april 2007\n\nMiljøministerens besvarelse af spørgsmål A om L 131 stillet af Folketingets Miljø- og Planlægningsudvalg\n\nSpørgsmål A\nVil ministeren oplyse hvorfor?\n\nSvar\nDerfor.\n',
    )
    expect(record.question).toMatchObject({ kind: 'consultation', number: 'A', bill: 'L 131' })
  })

  it('keeps a question numbered in digits ordinary (near miss)', async () => {
    const record = await parse(
      letterOf('Miljøministerens besvarelse af spørgsmål nr. 12 stillet af Folketingets Miljø- og Planlægningsudvalg.').replace(
        'Spørgsmål AA:',
        'Spørgsmål 12:',
      ),
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '12' })
  })
})

describe('a paper filed as a case’s annex names no question (round 15)', () => {
  const stamp = (filing: string) => `Transport- og Bygningsudvalget 2015-16\n${filing}\nOffentligt\n1588177_0001.png\n`
  it.each([
    [
      'L 102 Bilag 1',
      'NOTAT\n\nHøringsnotat vedr. L 102 Forslag til lov om ændring af lov om letbane\n\nForslaget har været i høring hos 20 parter.\n',
    ],
    ['L 16 Bilag 3', 'Kommenteret høringsoversigt\n\nDer er modtaget 12 høringssvar, som er gengivet nedenfor.\n'],
    ['KOM (2010) 0367 Bilag 2', 'GRUNDNOTAT\n\nKommissionen har fremsat forslag om ændring af direktivet.\n'],
  ])('%s', async (filing, text) => {
    const record = await parse(`${stamp(filing)}${text}`)
    expect(record.question.kind).toBeNull()
    expect(record.question.bill).toBeNull()
  })

  it('near miss: an answer filed under the bill keeps the stamp’s bill', async () => {
    const record = await parse(
      `${stamp('L 102 Spørgsmål 3')}Transportministeriet\n\nSpørgsmål nr. 3:\n”Vil ministeren oplyse prisen?”\n\nSvar:\nPrisen er 3 mio. kr.\n`,
    )
    expect(record.question).toMatchObject({ kind: 'bill', bill: 'L 102' })
  })
})

describe('a question put at a meeting, answered in an annex: its date (round 16)', () => {
  const annexAnswer = (stamp: string, question: string) =>
    `${stamp}\nOffentligt\nSvar på spørgsmål om tilskud fra Statens Kunstfond\nSpørgsmål\n${question}\nSvar\nJeg har til brug for besvarelsen indhentet et bidrag fra styrelsen, som oplyser følgende: tallene følger.\n`

  it.each([
    [
      'at a briefing, with the day it was put',
      'Ved den tekniske gennemgang af finansloven den 30. maj 2023 spurgte et medlem af Kulturudvalget om, hvordan midlerne fordeles.',
      '2023-05-30',
    ],
    [
      'at a samråd',
      'Under samrådet den 12. marts 2020 spurgte Karin Hansen (S) til, hvor mange ansøgninger styrelsen har modtaget.',
      '2020-03-12',
    ],
    ['at a meeting, the minister asked', 'På udvalgets møde den 4. maj 2021 blev ministeren spurgt om antallet af sager.', '2021-05-04'],
  ])('%s: askedOn from the occasion', async (_, question, askedOn) => {
    const record = await read(annexAnswer('Kulturudvalget 2022-23 (2. samling)\nKUU Alm.del Bilag 119', question))
    expect(record.question?.askedOn).toBe(askedOn)
  })

  it.each([
    [
      'Kulturudvalget 2022-23 (2. samling)\nKUU Alm.del Bilag 119',
      'Ved den tekniske gennemgang den 30. maj 2023 spurgte et medlem om fordelingen.',
    ],
    [
      'Beskæftigelsesudvalget 2020-21\nBEU Alm.del Bilag 446',
      '”Hvor mange påbegynder et fleksjob direkte efter overgang til fleksjobordningen?”',
    ],
    ['Retsudvalget 2019-20\nREU Alm.del Bilag 12', 'Under samrådet spurgte Karin Hansen (S) til, hvor mange sager politiet har modtaget.'],
  ])('round 17: an unnumbered question in an alm. del annex is general, flagged question-unnumbered (%s)', async (stamp, question) => {
    const record = await read(annexAnswer(stamp, question))
    expect(record.question).toMatchObject({ kind: 'general', number: null })
    expect(record.questionKey).toBeNull()
    expect(record.warnings.map((warning) => warning.code)).toContain('question-unnumbered')
  })

  it('near miss: a numbered question filed under its number is general with no such warning', async () => {
    const record = await read(
      annexAnswer('Kulturudvalget 2022-23 (2. samling)\nKUU Alm.del Spørgsmål 119', 'Vil ministeren oplyse, hvordan midlerne fordeles?'),
    )
    expect(record.question?.kind).toBe('general')
    expect(record.warnings.map((warning) => warning.code)).not.toContain('question-unnumbered')
  })

  it('near miss: a question the annex itself numbers (its heading) is no unnumbered one', async () => {
    const record = await read(
      annexAnswer(
        'Kulturudvalget 2022-23 (2. samling)\nKUU Alm.del Bilag 119',
        'Vil ministeren oplyse, hvordan midlerne fordeles?',
      ).replace('\nSpørgsmål\n', '\nSpørgsmål nr. 412:\n'),
    )
    expect(record.question?.number).toBe('412')
    expect(record.warnings.map((warning) => warning.code)).not.toContain('question-unnumbered')
  })

  it('near miss: a date the question cites with no "spurgte" dates nothing', async () => {
    const record = await read(
      annexAnswer(
        'Kulturudvalget 2022-23 (2. samling)\nKUU Alm.del Bilag 119',
        'Vil ministeren kommentere artiklen i Politiken den 30. maj 2023 om fordelingen?',
      ),
    )
    expect(record.question?.askedOn).toBeNull()
  })
})

describe('a title naming the case of a question the opening calls alm. del (round 16)', () => {
  const titled = (opening: string, title: string) =>
    `Folketingets Finansudvalg\nChristiansborg\nJ.nr. 2023 - 12092\nDen 9. december 2024\n${opening}\n${title}\n”Vil ministeren redegøre for principperne?”\nSvar\nDet vil jeg gerne.\n`
  const codes = (record: { warnings: { code: string }[] }) => record.warnings.map((warning) => warning.code)

  it.each([
    [
      'Miljøministerens besvarelse af spørgsmål nr. 1 (FIU alm. del) stillet d. 5. december 2024 efter ønske fra Finansudvalget.',
      'Spørgsmål nr. 1 til aktstykke 79',
      'appropriation',
      'Aktstk. 79',
    ],
    [
      'Hermed sendes svar på spørgsmål nr. 4 (EUU alm. del) stillet den 3. maj 2013.',
      'Spørgsmål 4 ad KOM (2013) 0173',
      'eu-proposal',
      'KOM (2013) 0173',
    ],
    ['Hermed sendes svar på spørgsmål nr. 12 (alm. del) stillet den 3. maj 2013.', 'Spørgsmål nr. 12 vedr. L 85', 'bill', 'L 85'],
  ])('takes the title’s case, flagged: %s / %s', async (opening, title, kind, bill) => {
    const record = await read(titled(opening, title))
    expect(record.question).toMatchObject({ kind, bill })
    expect(codes(record)).toContain('question-case-disagrees')
  })

  it('takes the title’s case where the opening sentence names the case too, after its alm. del (EUU, 2013)', async () => {
    const record = await read(
      titled(
        'Hermed sendes svar på spørgsmål nr. 1 (alm. del) vedr. KOM(2013)520 stillet den 8. november 2013.',
        'Spørgsmål nr. 1 vedr. KOM(2013)520:',
      ),
    )
    expect(record.question).toMatchObject({ kind: 'eu-proposal', bill: 'KOM (2013) 0520' })
    expect(codes(record)).toContain('question-case-disagrees')
    // Near miss: no title names the case; the opening's alm. del stands.
    const untitled = await read(
      titled('Hermed sendes svar på spørgsmål nr. 1 (alm. del) vedr. KOM(2013)520 stillet den 8. november 2013.', 'Spørgsmål nr. 1:'),
    )
    expect(untitled.question).toMatchObject({ kind: 'general', bill: null })
  })

  it('near miss: a title numbering another question keeps the opening’s alm. del', async () => {
    const record = await read(
      titled(
        'Miljøministerens besvarelse af spørgsmål nr. 1 (FIU alm. del) stillet d. 5. december 2024.',
        'Spørgsmål nr. 2 til aktstykke 79',
      ),
    )
    expect(record.question).toMatchObject({ kind: 'general', bill: null })
    expect(codes(record)).not.toContain('question-case-disagrees')
  })
})

describe('a case code that cites an annex of the case (round 16)', () => {
  const orientation = (opening: string) =>
    `Kommunaludvalget 2008-09\nKOU Alm.del Bilag 101\nOffentligt\nFolketingets Kommunaludvalg\n2. juli 2009\n${opening}\nMed venlig hilsen\nAnne Hansen\n`

  it.each([
    'I brev af 6. december 1994 (Alm. del – bilag 31), jf. brev af 21. december 2005 (KOU alm. del - bilag 67), har Kommunaludvalget anmodet om et orienteringsnotat. Der forventes ingen sager.',
    'Som aftalt i brev af 3. maj 2007 (SUU alm. del bilag 12) har udvalget anmodet om en orientering. Der forventes ingen sager.',
  ])('names no question’s kind: %s', async (opening) => {
    const record = await read(orientation(opening))
    expect(record.question?.kind ?? null).toBeNull()
  })

  it('near miss: a code over a question’s number keeps kind general', async () => {
    const record = await read(
      'Folketingets Kommunaludvalg\n2. juli 2009\nKOU alm. del - spørgsmål 12\nSpørgsmål:\n”Vil ministeren oplyse tallet?”\nSvar:\nJa.\n',
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '12' })
  })
})

describe('a stamp naming a bill over a letter that calls its question an alm. del one (round 38)', () => {
  const answer = (stamp: string, opening: string) =>
    `Ligestillingsudvalget 2015-16\n${stamp}\nOffentligt\nFolketingets Ligestillingsudvalg\nLigestillingsudvalget har i brev af 8. december 2015 stillet følgende spørgsmål nr.\n${opening}, som hermed besvares.\nSpørgsmål nr. 22:\n”Vil ministeren oplyse antallet af lønmodtagere?”\nSvar:\nDet er 859.390.\nMed venlig hilsen\nAnne Hansen\n`

  it('takes the letter’s alm. del question: ft.dk filed the answer with the bill’s questions too', async () => {
    const record = await read(answer('L 89', '22 (alm. del)'))
    expect(record.question).toMatchObject({ kind: 'general', number: '22', bill: null })
    expect(record.warnings.map((warning) => warning.code)).toContain('question-filed-elsewhere')
  })

  it.each([
    // Near misses: the letter not saying alm. del, and the stamp naming the bill's question.
    ['L 89', '22'],
    ['L 89 - Svar på Spørgsmål 22', '22 (alm. del)'],
  ])('near miss: stamp %s over "spørgsmål nr. %s" keeps the bill', async (stamp, opening) => {
    const record = await read(answer(stamp, opening))
    expect(record.question).toMatchObject({ kind: 'bill', bill: 'L 89' })
  })
})

describe("a bill's stamp over an older alm. del answer filed as a later question's", () => {
  /** A 2020 answer ft.dk filed in 2021-22 as B 150's question 6: its stamp names the bill, its running line the question. */
  const letter = (opening: string) =>
    `Retsudvalget 2021-22\nB 150\nOffentligt\n2576155_0001.png\nFolketinget\nRetsudvalget\n19. maj 2020\n${opening}\nB 150 - 2021-22 - Endeligt svar på spørgsmål 6: Spm. om evalueringer af terrorhændelsen, til justitsministeren\nSpørgsmål nr. 1034 (Alm. del) fra Folketingets Retsudvalg:\n”Finder ministeren det tilfredsstillende?”\nSvar:\nJa.\nMed venlig hilsen\nNick Hækkerup\n`
  it('reads the letter’s own alm. del question, not the bill the stamp files it under', async () => {
    const record = await read(
      letter(
        'Hermed sendes besvarelse af spørgsmål nr. 1034 (Alm. del), som Folketingets Retsudvalg har stillet til justitsministeren den 9. marts 2020.',
      ),
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '1034', bill: null })
    expect(record.session).toBe('20191')
  })

  it('near miss: an opening that does not call its question an alm. del one keeps the stamp’s bill', async () => {
    const record = await read(
      letter(
        'Hermed sendes besvarelse af spørgsmål nr. 1034, som Folketingets Retsudvalg har stillet til justitsministeren den 9. marts 2020.',
      ),
    )
    expect(record.question).toMatchObject({ kind: 'bill', bill: 'B 150' })
  })
})

describe('ft.dk’s question page of a samråd question (forty-first session)', () => {
  const page = (fields: string[]) =>
    [
      'Ministeren bedes redegøre for regeringens planer for den nye radiokanal og herunder oplyse:',
      '- om tidsplanen holder?',
      'Dato: 28-05-2010',
      'Status: Besvaret',
      ...fields,
    ].join('\n')

  it('is a consultation question where the page names the samråd’s meeting among its fields', async () => {
    const record = await parse(page(['Afholdelse af samrådet: Kulturudvalget 09-06-2010 kl. 12:30']), { format: 'text' })
    expect(record.question.kind).toBe('consultation')
    expect(record.question.text).toBe(
      'Ministeren bedes redegøre for regeringens planer for den nye radiokanal og herunder oplyse: - om tidsplanen holder?',
    )
  })

  it('near miss: a page without the meeting’s field is an ordinary question', async () => {
    const record = await parse(page(['Emne:', 'medier']), { format: 'text' })
    expect(record.question.kind).toBe('general')
  })
})
