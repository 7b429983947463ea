/**
 * One record per question: which questions an opening names (lists, ranges, samråd letters), and the near-misses
 * that name other answers and must not split a document; then whole letters, each written by hand with the records
 * it must give.
 */
import { describe, expect, it } from 'vitest'
import { expandList, listedDates, listedQuestions, mixedListKinds } from '../../src/extract/split.js'
import { parseAll } from '../../src/index.js'

describe('the questions an opening names', () => {
  const cases: [string, string[]][] = [
    [
      'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 12 og 13 (alm. del), som hermed besvares.',
      ['12', '13'],
    ],
    [
      'Hermed fremsendes svar på spørgsmål nr. 3, 4, 5, 6 og 7 (Alm. del) stillet af Udvalget for Videnskab og Teknologi.',
      ['3', '4', '5', '6', '7'],
    ],
    ['Hermed svares samlet på spørgsmål nr. 21 og 22 fra Folketingets Retsudvalg.', ['21', '22']],
    ['Sundhedsudvalget har stillet følgende spørgsmål nr. 5-7 (alm. del), som hermed besvares samlet.', ['5', '6', '7']],
    ['Sundhedsudvalget har stillet følgende spørgsmål nr. 5 – 7 (alm. del).', ['5', '6', '7']],
    ['Besvarelse af samrådsspørgsmål A og B om ventetider', ['A', 'B']],
    ['Besvarelse af samrådsspørgsmål A-C om ventetider', ['A', 'B', 'C']],
    ['Spørgsmål nr. 12, 14 samt 16 stillet af udvalget', ['12', '14', '16']],
    ['Besvarelse af samrådsspørgsmål Æ-Å', ['Æ', 'Ø', 'Å']],
    // A speech paper's title in capitals, a range with `til`, a comma before the last `og`.
    ['SAMRÅDSSPØRGSMÅL A-F', ['A', 'B', 'C', 'D', 'E', 'F']],
    ['Besvarelse af samrådsspørgsmål A til D', ['A', 'B', 'C', 'D']],
    ['Besvarelse af samrådsspørgsmål AA til AC', ['AA', 'AB', 'AC']],
    ['Talepapir til samrådsspørgsmål A, B, C, D, E, og F', ['A', 'B', 'C', 'D', 'E', 'F']],
    ['Hermed sendes svar på spørgsmål 3, 4, og 5.', ['3', '4', '5']],
    // Near misses: numbers with `til` (`5 til 25 år` may be the subject's words), `til` and a name.
    ['Hermed sendes svar på spørgsmål 5 til 25 år gamle.', []],
    ['Hermed sendes svar på spørgsmål 5 til Folketingets Retsudvalg.', []],
    // A list going on past an item's note in brackets, and past a second `og`.
    [
      'min besvarelse af udvalgets spørgsmål nr. 1, 2 og 6 (B 12 – bilag 2), 15 (B 12 – bilag 3), 18 og 21 (B 12 – bilag 4). Med venlig hilsen',
      ['1', '2', '6', '15', '18', '21'],
    ],
    ['svar på spørgsmål nr. 12 (alm. del) og 13 (alm. del) fra Sundhedsudvalget', ['12', '13']],
    // `nr.` again before later items: a cover letter sending many bill questions' answers, each with its annex.
    [
      'Vedlagt i 70 eksemplarer fremsendes besvarelse af spørgsmål nr. 73 (B 118 – bilag 10), nr. 138-139 (B 118 – bilag 23), nr. 140-141 og 150 (B 118 – bilag 24) samt nr.  178-179  (B  118  –  bilag  34) af 20. marts 2003.',
      ['73', '138', '139', '140', '141', '150', '178', '179'],
    ],
    ['Hermed sendes svar på spørgsmål nr. 5, nr. 7 og nr. 9 (L 12 – bilag 4).', ['5', '7', '9']],
    // A second list joined by `og` and the word again, past the date and committee said of the first.
    ['Hermed sendes svar på spørgsmål nr. 12 og spørgsmål nr. 13 (alm. del).', ['12', '13']],
    [
      'Vedlagt fremsender jeg min besvarelse af spørgsmål 1 -3 (L 48) stillet af Folketingets Erhvervsudvalg den 4. marts 2005 og spørgsmål 4 (L 48) stillet af Folketingets Erhvervsudvalg den 7. marts 2005',
      ['1', '2', '3', '4'],
    ],
    [
      'Hermed sendes besvarelse af spørgsmål 1 (L 48) stillet den 4. marts 2005 og spørgsmål 2 (L 48) stillet den 7. marts 2005.',
      ['1', '2'],
    ],
    // A cover sending answers to several lists, each with its date, the answer's words again before each (SAU 2005).
    [
      'Hermed sendes i 5 eksemplarer svar på spørgsmål nr. 1 -2 af 18. november 2005, svar på spørgsmål 3 af 28. november 2005, svar på spørgsmål 5 af 30. november 2005 og svar på spørgsmål 6 -7 af 1. december 2005. Kristian Jensen',
      ['1', '2', '3', '5', '6', '7'],
    ],
    ['Hermed sendes besvarelse af spørgsmål 4 af 3. maj 2006, spørgsmål 6 af 5. maj 2006 og spørgsmål 9 af 8. maj 2006.', ['4', '6', '9']],
    // Near misses: a comma before others' answers, before words that are no answer's.
    ['Hermed sendes svar på spørgsmål 4 af 3. maj 2006, jf. svar på spørgsmål 2 af 1. maj 2006.', []],
    ['Hermed sendes svar på spørgsmål 4 af 3. maj 2006, idet spørgsmål 2 er besvaret.', []],
    // Near misses: a later list the first does not join, others' answers, answers sent later.
    ['Hermed sendes svar på spørgsmål 12, som hænger sammen med spørgsmål 10 og spørgsmål 11.', []],
    ['Hermed sendes svar på spørgsmål 12, jf. spørgsmål 13.', []],
    ['Der henvises til svaret på spørgsmål 12 og spørgsmål 13.', []],
    ['Svar på spørgsmål 5 og spørgsmål 6 besvares senere.', []],
    ['Jeg fremsender hermed besvarelse af spm. nr. 21 og nr. 22 (alm. del).', ['21', '22']],
    // A list whose sentence sends its answers another way or later is not this document's; the next list is.
    [
      'Besvarelse af spørgsmål nr. 145-149 (L 18 – bilag 24) og nr. 161 fremsendes direkte af forsvarsministeren. Hermed svar på spørgsmål nr. 150 og 151.',
      ['150', '151'],
    ],
    ['Spørgsmål 5 og 6 besvares senere. Spørgsmål 7 og 8 besvares hermed.', ['7', '8']],
    // A list in brackets after a word, not a note after an item (a speech form's `Anledning:`, 2007).
    ['Anledning: Samråd (spm. AA-AD) om maksimale ventetider fredag den 23. februar 2007', ['AA', 'AB', 'AC', 'AD']],
    ['Svarene på spørgsmål nr. 3 og 4 vil blive besvaret særskilt.', []],
    // Near-miss: a later `nr.` where the list did not open with one cites something else.
    ['Hermed svar på spørgsmål 5, nr. 2 i bekendtgørelsen om tilskud.', []],
    ['Hermed svar på spørgsmål 5 og 6, nr. 2 i bekendtgørelsen om tilskud.', ['5', '6']],
    // Near-miss: answers sent with this letter (`fremsendes hermed`, no `af`).
    ['Svar på spørgsmål nr. 12 og 13 fremsendes hermed.', ['12', '13']],
    // Near-misses: one question, or others' answers, or bills — no list.
    ['Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 128 (alm. del), som hermed besvares.', []],
    ['Spørgsmål 12 i brev af 4. maj 2023 er besvaret.', []],
    ['Der henvises til svaret på spørgsmål 12 og 13.', []],
    ['jf. svarene på spørgsmål 12 og 13 (alm. del)', []],
    ['I svarene på spørgsmål 38 og 49-50 (alm. del) og tilhørende notat redegøres', []],
    // The copies a 2000s letter sends stand between its verb and the answer: no `I svarene på` (Skatteministeriet 2007).
    ['Hermed sendes i 5 eksemplarer svar på spørgsmål nr. 2-4 af 10. maj 2007', ['2', '3', '4']],
    ['Hermed fremsendes i 5 eksemplarer svar på spørgsmål nr. 4 og 5 (L 28)', ['4', '5']],
    ['I 5 eksemplarer sendes hermed, som i svarene på spørgsmål 2 og 3, en oversigt', []],
    ['Jeg henviser til mit tidligere svar på spørgsmål 12 og 13.', []],
    ['spørgsmål nr. 14 ad L 12 og L 13', []],
    ['spørgsmål 12 og L 13', []],
    ['spørgsmål om A og B', []],
    ['samrådsspørgsmål AØ og AÅ', ['AØ', 'AÅ']],
    ['til brug for besvarelsen af samrådsspørgsmål BA-BB', ['BA', 'BB']],
    // An old rendition's glued lines: the last letter run into the next line's first word.
    ['Talepapir til samrådsspørgsmål S-W og ÅTak for ordet.', ['S', 'T', 'U', 'V', 'W', 'Å']],
    // Near misses: capitals run into a word's own ending are a name, not samråd letters.
    ['svar på spørgsmål om DSBs og NATOs planer', []],
    ['Hermed svar på spørgsmål DSBs og ATPs', []],
    ['Besvarelse af samrådsspørgsmål CE – CG fra Retsudvalget', ['CE', 'CF', 'CG']],
    ['spørgsmål nr. 12 (jf. svaret på spørgsmål 13 og 14)', []],
    ['spørgsmål nr. 12 (se bilag 2 og 3 til lovforslaget, der blev sendt til udvalget i maj måned) og 13', []],
  ]
  for (const [text, numbers] of cases) {
    it(`${text} → ${numbers.join(', ') || 'none'}`, () => {
      expect(listedQuestions(text)).toEqual(numbers)
    })
  }
})

describe('each listed question its own date, where the opening dates each list (fifty-sixth session)', () => {
  it('gives each list its date', () => {
    const dates = listedDates(
      'Hermed sendes svar på spørgsmål nr. 1 -2 af 18. november 2005, svar på spørgsmål 3 af 28. november 2005 og svar på spørgsmål 6 -7 af 1. december 2005. Kristian Jensen',
    )
    expect(Object.fromEntries(dates ?? [])).toEqual({
      '1': '2005-11-18',
      '2': '2005-11-18',
      '3': '2005-11-28',
      '6': '2005-12-01',
      '7': '2005-12-01',
    })
    expect(
      Object.fromEntries(
        listedDates(
          'min besvarelse af spørgsmål 1 -3 (L 48) stillet af Folketingets Erhvervsudvalg den 4. marts 2005 og spørgsmål 4 (L 48) stillet af Folketingets Erhvervsudvalg den 7. marts 2005 Med venlig hilsen',
        ) ?? [],
      ),
    ).toEqual({ '1': '2005-03-04', '2': '2005-03-04', '3': '2005-03-04', '4': '2005-03-07' })
  })

  it.each([
    // One list: the preamble's date serves.
    'Hermed sendes svar på spørgsmål nr. 2-4 af 10. maj 2007',
    // Every list the same date.
    'Hermed sendes svar på spørgsmål 4 af 3. maj 2006 og svar på spørgsmål 6 af 3. maj 2006.',
    // A list with no date of its own (the letter's date far after it is not its).
    'Hermed sendes svar på spørgsmål 4 af 3. maj 2006 og spørgsmål 6. Med venlig hilsen Ole Dal 9. maj 2006',
  ])('near miss: no dates of their own — %s', (text) => {
    expect(listedDates(text)).toBeUndefined()
  })

  it("gives each record its list's date", async () => {
    const records = await parseAll(
      'J.nr. 2005-231-0049 Dato: 2. december 2005\n\nTil Folketingets Skatteudvalg\n\nL 80 - Forslag til lov om afgift af visse flyrejser.\n\nHermed sendes svar på spørgsmål nr. 1 af 18. november 2005 og svar på spørgsmål 3 af 28. november 2005.\n\nSpørgsmål 1:\nHvad koster det?\n\nSvar:\nDet koster 3 mio. kr.\n\nSpørgsmål 3:\nHvornår træder loven i kraft?\n\nSvar:\nDen 1. januar 2006.\n\nKristian Jensen',
    )
    expect(records.map((record) => [record.question.number, record.question.askedOn])).toEqual([
      ['1', '2005-11-18'],
      ['3', '2005-11-28'],
    ])
    expect(records[1]?.provenance['question.askedOn']?.rule).toBe('question-list-date')
  })
})

describe("a samråd's questions and the committee's own in one list", () => {
  it('gives each item its own kind: the letters the samråd, the numbers alm. del', () => {
    const kinds = mixedListKinds(
      'Til brug for besvarelsen af samrådsspørgsmål A og spørgsmål 1-3 af 12. januar 2023 fra Folketingets Kirkeudvalg',
    )
    expect(kinds && [...kinds]).toEqual([
      ['A', 'consultation'],
      ['1', 'general'],
      ['2', 'general'],
      ['3', 'general'],
    ])
    expect([...(mixedListKinds('besvarelse af samrådsspørgsmål B-C samt spørgsmål nr. 7') ?? [])]).toEqual([
      ['B', 'consultation'],
      ['C', 'consultation'],
      ['7', 'general'],
    ])
  })
  it("near misses: one kind only, others' answers, numbers where letters go", () => {
    expect(mixedListKinds('Besvarelse af samrådsspørgsmål A og B')).toBeUndefined()
    expect(mixedListKinds('jf. svaret på samrådsspørgsmål A og spørgsmål 12')).toBeUndefined()
    expect(mixedListKinds('samrådsspørgsmål 4 og spørgsmål 5')).toBeUndefined()
  })
  it('a note written for both gives a record each, of its own kind and key', async () => {
    const records = await parseAll(
      'Kirkeudvalget 2022-23 (2. samling)\nKIU Alm.del\nOffentligt\n\nKirkeministeriet\nNotat om helligdage\n31. januar 2023\nTil brug for besvarelsen af samrådsspørgsmål A og spørgsmål 1-2 af 12. januar 2023\nfra Folketingets Kirkeudvalg (Alm. del) er udarbejdet følgende notat.\n1.\nGrundlovens § 4 har følgende ordlyd om folkekirken og dens stilling i staten.\n',
    )
    expect(records.map((record) => [record.documentType, record.question.kind, record.question.number, record.questionKey])).toEqual([
      ['answer', 'consultation', 'A', '20222-KIU-samspm-A'],
      ['answer', 'general', '1', '20222-KIU-almdel-1'],
      ['answer', 'general', '2', '20222-KIU-almdel-2'],
    ])
    expect(records[0]?.question.askedOn).toBe('2023-01-12')
    expect(records[0]?.answer.text).toMatch(/^1\.\n\nGrundlovens § 4/u)
  })
})

describe("a speech paper's samråd questions headed with their askers", () => {
  it('reads each heading, the asker after its dash, a party wrapped onto a line of its own', async () => {
    const records = await parseAll(
      'Grønlandsudvalget 2024-25\nGRU Alm.del\nOffentligt\nTalepapir\nBesvarelse af samrådsspørgsmål A\nog B\nSamrådsspørgsmål A – stillet efter ønske fra Aaja Chemnitz (IA)\nHvad kan ministeren oplyse om anbringelser af grønlandske børn i Danmark?\nSamrådsspørgsmål B – stillet efter ønske fra Aki-Matilda Høegh-Dam\n(SIU)\nKan ministeren redegøre for regeringens holdning til tvangsfjernelser?\nDet talte ord gælder\nTak for ordet og invitationen til samrådet i dag.\n',
    )
    expect(records.map((record) => [record.question.number, record.question.askers, record.question.text])).toEqual([
      [
        'A',
        [{ name: 'Aaja Chemnitz', party: 'IA', nonMember: false }],
        'Hvad kan ministeren oplyse om anbringelser af grønlandske børn i Danmark?',
      ],
      [
        'B',
        [{ name: 'Aki-Matilda Høegh-Dam', party: 'SIU', nonMember: false }],
        'Kan ministeren redegøre for regeringens holdning til tvangsfjernelser?',
      ],
    ])
  })
})

describe('a sentence naming the askers of several samråd questions at once (SUU 2023, REU 2016; sixty-fourth session)', () => {
  const paper = (closing: string) =>
    [
      'Sundhedsudvalget 2022-23 (2. samling)',
      'SUU Alm.del',
      'Offentligt',
      'TALEPAPIR',
      'Tale til samråd P-S om kræftbehandling',
      'Samrådsspørgsmål P:',
      '”Kan ministeren redegøre for årsagerne til ventetiderne på kræftbehandling?”',
      'Spørgsmålet er stillet efter ønske af Per Larsen (KF).',
      'Samrådsspørgsmål Q:',
      '”Hvorfor kan man ikke leve op til ventetidsgarantien?”',
      'Samrådsspørgsmål R:',
      '”Hvorfor har regeringen ikke haft særligt fokus på mavetarmkræft?”',
      'Samrådsspørgsmål S',
      '”Hvad vil ministeren gøre for at samle ressourcerne?”',
      ...closing,
      '',
      'Tak til spørgerne for at indkalde til samrådet i dag.',
    ].join('\n')
  const askers = async (text: string) =>
    (await parseAll(text)).map((record) => [
      record.question.number,
      record.question.askers.map((asker) => `${asker.name} (${asker.party})`),
    ])

  it('gives them to each question before it that names none, back to the last that does', async () => {
    expect(await askers(paper(['Spørgsmålene er stillet efter ønske fra Kirsten Normann Andersen', '(SF).']))).toEqual([
      ['P', ['Per Larsen (KF)']],
      ['Q', ['Kirsten Normann Andersen (SF)']],
      ['R', ['Kirsten Normann Andersen (SF)']],
      ['S', ['Kirsten Normann Andersen (SF)']],
    ])
  })

  it('near miss: a sentence for the one question before it gives the others none of its askers', async () => {
    const read = await askers(paper(['Spørgsmålet er stillet efter ønske fra Kirsten Normann Andersen (SF).']))
    expect(read.at(-1)).toEqual(['S', ['Kirsten Normann Andersen (SF)']])
    expect(read.slice(1, 3).map(([, names]) => names)).not.toContainEqual(['Kirsten Normann Andersen (SF)'])
  })
})

describe('ranges are expanded only when they are plainly a run of questions', () => {
  it('expands rising runs of numbers and single letters', () => {
    expect(expandList('5-7')).toEqual(['5', '6', '7'])
    expect(expandList('A–C')).toEqual(['A', 'B', 'C'])
    expect(expandList('1, 2 og 4-5')).toEqual(['1', '2', '4', '5'])
  })
  it('expands runs of two-letter samråd questions, the series going on after Å with AA', () => {
    expect(expandList('BA-BB')).toEqual(['BA', 'BB'])
    expect(expandList('AØ–AÅ')).toEqual(['AØ', 'AÅ'])
    expect(expandList('AÅ-BB')).toEqual(['AÅ', 'BA', 'BB'])
    expect(expandList('Ø-AA')).toEqual(['Ø', 'Å', 'AA'])
  })
  it('leaves falling, very wide and mixed lists alone', () => {
    expect(expandList('7-5')).toBeUndefined()
    expect(expandList('1-300')).toBeUndefined()
    expect(expandList('A-BB')).toBeUndefined()
    expect(expandList('BB-BA')).toBeUndefined()
    expect(expandList('12 og B')).toBeUndefined()
  })
})

/** A letter to Beskæftigelsesudvalget with `opening`, then `body`, then a signature. */
const letter = (opening: string, body: string) =>
  `Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende ${opening} (alm. del), som hermed besvares.\n\n${body}\n\nVenlig hilsen\nLudvig Ayoub Jensen`

const summary = async (text: string) =>
  (await parseAll(text)).map((record) => ({
    part: `${record.source.part}/${record.source.parts}`,
    number: record.question.number,
    key: record.questionKey,
    question: record.question.text,
    answer: record.answer.text,
    joint: record.warnings.some((warning) => warning.code === 'answer-joint'),
  }))

describe('a joint answer whose one quoted question is numbered where it stands, run into the opening (thirty-first session)', () => {
  it('the text is that number’s only; the others say theirs was not found', async () => {
    const text =
      'Folketingets Lovsekretariat\n\nBesvarelse af spørgsmål  1 - 3 (L 48) stillet af Folketingets Erhvervsudvalg den 4. marts 2005 Spørgsmål  1: ”Ministeren bedes oplyse om omfanget af støtten.” Svar: Den 26. november 2003 vedtog Kommissionen nye regler for støtten.\n\nMed venlig hilsen\nBendt Bendtsen'
    const records = await parseAll(text)
    expect(records.map((record) => [record.question.number, record.question.text])).toEqual([
      ['1', 'Ministeren bedes oplyse om omfanget af støtten.'],
      ['2', null],
      ['3', null],
    ])
    expect(records.map((record) => record.warnings.some((warning) => warning.code === 'question-text-missing'))).toEqual([
      false,
      true,
      true,
    ])
  })
})

describe('letters that answer several questions', () => {
  it('each question with its own "Svar:": a record each, with only its own answer', async () => {
    const text = letter(
      'spørgsmål nr. 12 og 13',
      'Spørgsmål nr. 12:\n”Hvor mange?”\n\nSvar:\nTolv.\n\nSpørgsmål nr. 13:\n”Hvor mange flere?”\n\nSvar:\nTretten.',
    )
    expect(await summary(text)).toEqual([
      { part: '1/2', number: '12', key: '20222-BEU-almdel-12', question: 'Hvor mange?', answer: 'Tolv.', joint: false },
      { part: '2/2', number: '13', key: '20222-BEU-almdel-13', question: 'Hvor mange flere?', answer: 'Tretten.', joint: false },
    ])
  })

  it('each question answered in turn with no "Svar:": a record each, with only its own answer', async () => {
    const text = letter(
      'spørgsmål nr. 12 og 13',
      'Spørgsmål nr. 12:\n”Hvor mange sager var der i 2020?”\n\nDer var tolv sager i 2020, oplyser Rigspolitiet.\n\nSpørgsmål nr. 13:\n”Hvor mange sager var der i 2021?”\n\nDer var tretten sager i 2021, oplyser Rigspolitiet.',
    )
    expect(await summary(text)).toEqual([
      {
        part: '1/2',
        number: '12',
        key: '20222-BEU-almdel-12',
        question: 'Hvor mange sager var der i 2020?',
        answer: 'Der var tolv sager i 2020, oplyser Rigspolitiet.',
        joint: false,
      },
      {
        part: '2/2',
        number: '13',
        key: '20222-BEU-almdel-13',
        question: 'Hvor mange sager var der i 2021?',
        answer: 'Der var tretten sager i 2021, oplyser Rigspolitiet.',
        joint: false,
      },
    ])
  })

  it('questions quoted in turn with no number over them, each followed by its answer: a record each, flagged', async () => {
    // Indenrigs- og Sundhedsministeriet 2006 (made up): a cover sentence listing two numbers, then the contribution.
    // Each paragraph on a line of its own, as the rendition sets them.
    const text = [
      'Til',
      'Folketinget - Boligudvalget',
      'Hermed sendes bidrag til besvarelse af spørgsmål nr. 36 og 39 af 31. marts 2006 (Alm. del), som jeg kan henholde mig til.',
      'Kristian Jensen',
      '"Ministeren bedes oplyse, hvad grundskylden har været de sidste 5 år."',
      `Ministeriet har ikke oplysninger om grundskylden fordelt på ejendomstyper. ${'Det gælder alle kommuner og alle år. '.repeat(6)}`,
      '"Ministeren bedes oplyse, hvad provenuet ville være ved den maksimale dækningsafgift."',
      `Kommunerne kan efter gældende regler opkræve dækningsafgift af forretningsejendomme. ${'Det gælder alle kommuner og alle år. '.repeat(6)}`,
    ].join('\n')
    const records = await parseAll(text, { requireFolketingDocument: false })
    expect(records.map((record) => [record.question.number, record.question.text, record.answer.text])).toEqual([
      [
        '36',
        'Ministeren bedes oplyse, hvad grundskylden har været de sidste 5 år.',
        `Ministeriet har ikke oplysninger om grundskylden fordelt på ejendomstyper. ${'Det gælder alle kommuner og alle år. '.repeat(6).trim()}`,
      ],
      [
        '39',
        'Ministeren bedes oplyse, hvad provenuet ville være ved den maksimale dækningsafgift.',
        `Kommunerne kan efter gældende regler opkræve dækningsafgift af forretningsejendomme. ${'Det gælder alle kommuner og alle år. '.repeat(6).trim()}`,
      ],
    ])
    for (const record of records) {
      expect(record.warnings.map((warning) => warning.code)).toContain('question-number-by-order')
    }
  })

  it('near miss: one quoted paragraph in the answer where three questions are listed is no question of its own', async () => {
    const text = letter(
      'spørgsmål nr. 12, 13 og 14',
      '”Hvor mange sager var der?”\n\nDer var tolv sager, oplyser Rigspolitiet.\n\n”Vi har ikke tallene for 2021.”\n\nTallene følger senere.',
    )
    const records = await summary(text)
    expect(records.map((record) => record.question)).toEqual([
      'Hvor mange sager var der?',
      'Hvor mange sager var der?',
      'Hvor mange sager var der?',
    ])
  })

  it('near miss: questions each with the asker’s sentence, then one answer, stay joint', async () => {
    const text = letter(
      'spørgsmål nr. 12 og 13',
      'Spørgsmål nr. 12:\n”Hvor mange?”\nSpørgsmålet er stillet efter ønske fra Anne Berg (S).\n\nSpørgsmål nr. 13:\n”Hvor mange flere?”\nSpørgsmålet er stillet efter ønske fra Per Hansen (V).\n\nSvar:\nSpørgsmålene besvares samlet. Tolv og tretten.',
    )
    expect((await summary(text)).map((record) => [record.number, record.answer, record.joint])).toEqual([
      ['12', 'Spørgsmålene besvares samlet. Tolv og tretten.', true],
      ['13', 'Spørgsmålene besvares samlet. Tolv og tretten.', true],
    ])
  })

  it('one answer to both: a record each with the whole answer, flagged as joint', async () => {
    const text = letter(
      'spørgsmål nr. 12 og 13',
      'Spørgsmål nr. 12:\n”Hvor mange?”\n\nSpørgsmål nr. 13:\n”Hvor mange flere?”\n\nSvar:\nSpørgsmålene besvares samlet. Tolv og tretten.',
    )
    const answer = 'Spørgsmålene besvares samlet. Tolv og tretten.'
    expect(await summary(text)).toEqual([
      { part: '1/2', number: '12', key: '20222-BEU-almdel-12', question: 'Hvor mange?', answer, joint: true },
      { part: '2/2', number: '13', key: '20222-BEU-almdel-13', question: 'Hvor mange flere?', answer, joint: true },
    ])
  })

  it('a cover page set on one line, which the layout takes for the letterhead, lists the questions', async () => {
    // Skatteministeriet 2006 (names made up): the whole cover on one line, the first question's heading after it.
    const text =
      'Til Folketingets Skatteudvalg Hermed sendes svar på spørgsmål nr.185, 186 og 187 af 3. februar 2006. (Alm. del). Karl Holm /Kirsten Berg j.nr. 06-004979 Dato :\nSpørgsmål 185: "Hvorfor?" Svar: Derfor.\n'
    const records = await parseAll(new TextEncoder().encode(text), { name: 'cover.txt' })
    expect(records.map((record) => record.question.number)).toEqual(['185', '186', '187'])
  })

  it("a one-line cover whose bill title's bracket runs into `Hermed sendes`, answers numbered as their questions (`Svar 1:`)", async () => {
    // Skatteministeriet 2005's form (names, bill and numbers made up): the title ends in its bracketed short name and
    // no full stop; the cover sends two lists of questions, each with its own date; each answer carries its number.
    const cover = (title: string, answer: string) =>
      `J.nr. 2005-231-0001    Dato: Til Folketingets Skatteudvalg L 90 - Forslag til Lov om ændring af afgiftsloven ${title} Hermed sendes i 5 eksemplarer svar på spørgsmål nr. 1-2 af 30. november 2005 og spm.5 af 1. december 2005. Karl Holm /Kirsten Berg\nSide 2 Spørgsmål 1: Hvorfor? ${answer} Derfor.\n`
    const read = async (text: string) =>
      (await parseAll(new TextEncoder().encode(text), { name: 'cover.txt' })).map((record) => ({
        number: record.question.number,
        askedOn: record.question.askedOn,
        bill: record.question.bill,
        answer: record.answer.text,
      }))
    const records = await read(cover('(Afgiftslempelser på fjernvarme m.v.)', 'Svar 1:'))
    expect(records).toEqual([
      { number: '1', askedOn: '2005-11-30', bill: 'L 90', answer: 'Derfor.' },
      { number: '2', askedOn: '2005-11-30', bill: 'L 90', answer: 'Derfor.' },
      { number: '5', askedOn: '2005-12-01', bill: 'L 90', answer: 'Derfor.' },
    ])
    // Near misses: a number after `Svar` with no colon is no heading (the answer's text is not cut there); a title
    // that runs into `Hermed sendes` from a word, not its bracket, is not read as the cover's sentence.
    expect((await read(cover('(Afgiftslempelser på fjernvarme m.v.)', 'Svar 1'))).map((record) => record.answer)).not.toContain('Derfor.')
    expect(await read(cover('om afgiftslempelser', 'Svar 1:'))).toHaveLength(1)
  })

  /** A committee's question letter of 2004 (names and numbers made up): its questions numbered under the request. */
  const letter2004 = (questions: string) =>
    `Folketingets Udvalg for Fødevarer, Landbrug og Fiskeri\n\nChristiansborg, den 2. august 2004\n\nUdvalget udbeder sig - i 5 eksemplarer - ministerens\nbesvarelse af følgende spørgsmål:\n\n${questions}\n\nP.u.v.\n\nKarl Holm,\nformand.\n\nTil\nfødevareministeren (Løbenr. 23002)\n`

  it("a 2004 committee letter's numbered questions: a record each, the committee asking, its chair signing", async () => {
    const text = letter2004(
      '313.   Kan ministeren oplyse, hvilke tiltag der overvejes?\n\n314.   Vil ministeren overveje et bureaukrati-tjek?',
    )
    const records = await parseAll(new TextEncoder().encode(text), { name: 'letter.txt' })
    expect(
      records.map((record) => ({
        type: record.documentType,
        number: record.question.number,
        text: record.question.text,
        byCommittee: record.question.askedByCommittee,
        recipient: record.question.recipient,
        signature: record.signature,
      })),
    ).toEqual(
      [
        ['313', 'Kan ministeren oplyse, hvilke tiltag der overvejes?'],
        ['314', 'Vil ministeren overveje et bureaukrati-tjek?'],
      ].map(([number, text]) => ({
        type: 'question',
        number,
        text,
        byCommittee: true,
        recipient: 'fødevareministeren',
        signature: { name: 'Karl Holm', title: 'formand' },
      })),
    )
  })

  it("keeps a question's own items numbered from 1 in one question (near miss)", async () => {
    const text = letter2004('1. Hvor mange høns er der?\n2. Hvor mange ænder er der?')
    const records = await parseAll(new TextEncoder().encode(text), { name: 'letter.txt' })
    expect(records).toHaveLength(1)
  })

  it('samråd headings E and F before one speech', async () => {
    const text =
      'TALE\n6. november 2015\nBesvarelse af samrådsspørgsmål om Arbejdstilsynet\nSpørgsmål E\nMinisteren bedes forklare A.\nSpørgsmål F\nMinisteren bedes forklare B.\nBesvarelse\nTak for invitationen til dette samråd.'
    const records = await summary(text)
    expect(records.map((record) => [record.number, record.question, record.joint])).toEqual([
      ['E', 'Ministeren bedes forklare A.', true],
      ['F', 'Ministeren bedes forklare B.', true],
    ])
  })

  it('a draft speech below ft.dk\'s page images, headed "Samrådsspørgsmål CA:" and "CB:": a record each', async () => {
    const images = Array.from({ length: 6 }, (_, page) => `1234567_000${page + 1}.png`).join('\n')
    const text = `Retsudvalget 2013-14\nREU Alm.del\nOffentligt\n${images}\nDato:Kontor:Sagsbeh:Sagsnr.:Dok.:\nStrafferetskontoretAnne Hansen2014-0035-0412912345\n\nUDKAST TIL TALE\n\ntil brug for besvarelsen af samrådsspørgsmål CA-CB\n\nfra Folketingets Retsudvalg den 3. april 2014\n\nSamrådsspørgsmål CA:\n\n”Vil ministeren redegøre for sagen?”\n\nSamrådsspørgsmål CB:\n\n”Vil ministeren oplyse tallet?”\n\nSpørgsmålet er stillet efter ønske fra Anne Berg (S).\n\n[Indledning]\n\nLad mig begynde med sagen, som vi har drøftet før.`
    const records = await parseAll(text)
    expect(records.map((record) => [record.documentType, record.question.kind, record.question.number, record.question.text])).toEqual([
      ['consultation-speech', 'consultation', 'CA', 'Vil ministeren redegøre for sagen?'],
      ['consultation-speech', 'consultation', 'CB', 'Vil ministeren oplyse tallet?'],
    ])
    expect(records[0]?.caseNumber).toBe('2014-0035-0412')
  })

  it('each samråd question with its own asker, in `er stillet af` as in `efter ønske fra`', async () => {
    const question = (topic: string) => `”Vil ministeren redegøre for sagen om ${topic} og oplyse, hvad regeringen vil gøre?”`
    const text = `TALEPAPIR\n\nSamrådsspørgsmål A:\n${question('ventelister')}\nSpørgsmålet er stillet efter ønske fra Per Larsen (KF).\n\nSamrådsspørgsmål B:\n${question('kræftbehandling')}\nSpørgsmålet er stillet af Kirsten Normann Andersen (SF).\n\nTak for ordet.\nJeg vil gerne starte med at sige, at regeringen arbejder på sagen, og at vi\nser frem til et godt samarbejde med udvalget om de næste skridt i sagen.\nDet er en sag, som optager mange borgere, og som vi tager meget alvorligt,\nfordi den handler om tillid til vores fælles institutioner og til os.\n`
    const records = await parseAll(text, { requireFolketingDocument: false })
    expect(records.map((record) => [record.question.number, record.question.askers.map((asker) => asker.name)])).toEqual([
      ['A', ['Per Larsen']],
      ['B', ['Kirsten Normann Andersen']],
    ])
  })

  it('a committee letter that repeats the case over each question: the case ends the question before it', async () => {
    const text =
      'Retsudvalget\nTil:\nDato:\nJustitsministeren\n3. maj 2022\nI et kommende samråd ønsker udvalget en drøftelse af følgende spørgsmål:\nREU alm. del\nSamrådsspørgsmål A\nVil ministeren redegøre for ventetiderne ved domstolene?\nREU alm. del\nSamrådsspørgsmål B\nVil ministeren redegøre for planerne for flere dommere?\nSpørgsmålene er stillet efter ønske fra Anne Berg (S).\nPå udvalgets vegne\nBjørn Hansen\nformand\n'
    const records = await parseAll(text, { requireFolketingDocument: false })
    expect(records.map((record) => [record.question.number, record.question.text])).toEqual([
      ['A', 'Vil ministeren redegøre for ventetiderne ved domstolene?'],
      ['B', 'Vil ministeren redegøre for planerne for flere dommere?'],
    ])
  })

  it('near miss: a bill named alone inside a question, no heading under it, stays the question’s', async () => {
    const text =
      'Retsudvalget\nTil:\nDato:\nJustitsministeren\n3. maj 2022\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\nREU alm. del\nSpørgsmål 12\nVil ministeren kommentere høringssvarene til\nL 22\nog oplyse, hvad de har givet anledning til?\nSpørgsmålet er stillet efter ønske fra Anne Berg (S).\nPå udvalgets vegne\nBjørn Hansen\nformand\n'
    const [record] = await parseAll(text, { requireFolketingDocument: false })
    expect(record?.question.text).toBe('Vil ministeren kommentere høringssvarene til L 22 og oplyse, hvad de har givet anledning til?')
  })

  it('samråd headings with no text over the speech: the speech is the answer, no question takes it', async () => {
    const speech =
      'Tak for ordet.\nJeg vil gerne starte med at sige, at regeringen arbejder på sagen, og at vi\nser frem til et godt samarbejde med udvalget om de næste skridt i sagen.\nDet er en sag, som optager mange borgere, og som vi tager meget alvorligt,\nfordi den handler om tillid til vores fælles institutioner og til os.\n'
    const records = await parseAll(`TALEPAPIR\nSamrådsspørgsmål A\nSamrådsspørgsmål B\nSamrådsspørgsmål C\n\n${speech}`, {
      requireFolketingDocument: false,
    })
    expect(records.map((record) => [record.question.number, record.question.text, record.answer.text.slice(0, 14)])).toEqual([
      ['A', null, 'Tak for ordet.'],
      ['B', null, 'Tak for ordet.'],
      ['C', null, 'Tak for ordet.'],
    ])
    // Each says its own text is missing, under its own number (not the first question's).
    expect(
      records.map((record) =>
        record.warnings.filter((warning) => warning.code === 'question-text-missing').map((warning) => warning.message),
      ),
    ).toEqual([
      ['The document names question A but not its text'],
      ['The document names question B but not its text'],
      ['The document names question C but not its text'],
    ])
    // Near miss: a heading over its question keeps it, the speech after it the answer.
    const [one] = await parseAll(`TALEPAPIR\nSamrådsspørgsmål C\nVil ministeren redegøre for sagen?\n\n${speech}`, {
      requireFolketingDocument: false,
    })
    expect([one?.question.text, one?.answer.text.slice(0, 14)]).toEqual(['Vil ministeren redegøre for sagen?', 'Tak for ordet.'])
    expect(one?.warnings.map((warning) => warning.code)).not.toContain('question-text-missing')
  })

  it('a speech paper whose head names two samråd questions without their texts: a record each', async () => {
    const text =
      'Sundhedsministerens talepapir\nDet talte ord gælder\nAnledning:\nSUU alm. del samrådsspørgsmål AØ og AÅ\nTid og sted: 7. maj 2014 kl. 14.00\n(Indledning)\nTak for spørgsmålene om ventetiderne, som jeg gerne vil svare på samlet.'
    const records = await parseAll(text, { requireFolketingDocument: false })
    expect(records.map((record) => [record.documentType, record.question.number])).toEqual([
      ['consultation-speech', 'AØ'],
      ['consultation-speech', 'AÅ'],
    ])
  })

  it('lettered questions before any opening, one citing an answer with `svar på` at a line start: a record each', async () => {
    // SAU alm. del bilag 54 (2022-23, a copy of a samråd speech in EUU) with its title lines taken away, so that
    // only the headings name the questions.
    const text = [
      'Dato:',
      'J.nr. 2023-1219',
      'Spørgsmål A',
      'Ministeren bedes redegøre for indholdet af mødet, der blev afholdt 6. september 2022, som oplyst i en',
      'besvarelse til Folketinget af 30. august 2022 (Europaudvalget, alm. del',
      'svar på spm. 248). Herunder bedes ministeren redegøre for, om mødet førte til en fælles fortolkning.',
      'Spørgsmål B',
      'Kan ministeren bekræfte, at der hersker uklarhed om retstilstanden?',
      'Spørgsmål C',
      'Ministeren bedes vurdere, om en beslutning kan medføre erstatningspligt.',
    ].join('\n')
    const records = await parseAll(text, { requireFolketingDocument: false })
    expect(records.map((record) => [record.question.kind, record.question.number, record.question.text?.split(' ', 3).join(' ')])).toEqual([
      ['consultation', 'A', 'Ministeren bedes redegøre'],
      ['consultation', 'B', 'Kan ministeren bekræfte,'],
      ['consultation', 'C', 'Ministeren bedes vurdere,'],
    ])
  })

  it('a speech that only refers to another samråd question in its head stays one record (near miss)', async () => {
    const text =
      'TALEPAPIR – DET TALTE ORD GÆLDER\nAnledning\nSamrådsspørgsmål A\nSamrådet har tidligere været stillet, jf. BUU alm. del - samrådsspm. H og J.\n\nTak for ordet.'
    const records = await parseAll(text, { requireFolketingDocument: false })
    expect(records.map((record) => record.question.number)).toEqual(['A'])
  })

  it('does not split on questions the answer refers to', async () => {
    const text = letter(
      'spørgsmål nr. 12',
      'Spørgsmål nr. 12:\n”Hvor mange?”\n\nSvar:\nJf. svaret på spørgsmål 13 og svarene på spørgsmål nr. 14 og 15 er der tolv. Se også L 12 og L 13.',
    )
    const records = await parseAll(text)
    expect(records).toHaveLength(1)
    expect(records[0]?.source).toMatchObject({ part: 1, parts: 1 })
    expect(records[0]?.references.map((reference) => reference.number)).toContain('13')
  })

  it('gives every record of a document the same document id, and another path another id', async () => {
    const text = letter('spørgsmål nr. 12 og 13', 'Spørgsmål nr. 12:\n”A?”\n\nSpørgsmål nr. 13:\n”B?”\n\nSvar:\nJa.')
    const here = await parseAll(text, { path: 'a.txt' })
    const there = await parseAll(text, { path: 'b.txt' })
    expect(new Set(here.map((record) => record.source.document)).size).toBe(1)
    expect(here[0]?.source.document).not.toBe(there[0]?.source.document)
  })
})

describe('an opening that lists more questions than the letter quotes (round 11)', () => {
  const numbersAndCodes = async (text: string) =>
    (await parseAll(text)).map((record) => ({
      number: record.question.number,
      text: record.question.text,
      listed: record.warnings.some((warning) => warning.code === 'questions-listed-not-quoted'),
    }))

  it.each([
    [
      'a range over one quoted question (Transportministeriet, 2006)',
      'Trafikudvalget har i brev af 22. marts 2006 stillet mig følgende spørgsmål 2-6 (L 163), som jeg hermed skal besvare.\n\nSpørgsmål 5:\n\n”Vil ministeren sikre midler?”\n\nSvar:\n\nJa.\n\nMed venlig hilsen\n\nFlemming Holm',
      [{ number: '5', text: 'Vil ministeren sikre midler?', listed: true }],
    ],
    [
      'a list over two of its questions (Skatteministeriet style)',
      'Skatteudvalget har i brev af 4. april 2012 stillet følgende spørgsmål nr. 10, 11, 12 og 13 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 11:\n”Hvor meget?”\n\nSvar:\nMeget.\n\nSpørgsmål nr. 13:\n”Hvor lidt?”\n\nSvar:\nLidt.\n\nMed venlig hilsen\n\nKaren Lund',
      [
        { number: '11', text: 'Hvor meget?', listed: true },
        { number: '13', text: 'Hvor lidt?', listed: true },
      ],
    ],
  ])('%s: a record for each quoted question, warned', async (_, text, expected) => {
    expect(await numbersAndCodes(text)).toEqual(expected)
  })

  it('near miss: a letter that quotes every listed question gives every one, unwarned', async () => {
    const text = letter(
      'spørgsmål nr. 12 og 13',
      'Spørgsmål nr. 12:\n”Hvor mange?”\n\nSvar:\nTolv.\n\nSpørgsmål nr. 13:\n”Hvor mange flere?”\n\nSvar:\nTretten.',
    )
    expect((await numbersAndCodes(text)).map((record) => [record.number, record.listed])).toEqual([
      ['12', false],
      ['13', false],
    ])
  })

  it('near miss: a list with one joint answer and no quoted question keeps every listed question', async () => {
    const text = letter('spørgsmål nr. 12-14', 'Svar:\nSpørgsmålene besvares samlet. Der er tolv.')
    expect((await numbersAndCodes(text)).map((record) => [record.number, record.listed])).toEqual([
      ['12', false],
      ['13', false],
      ['14', false],
    ])
  })

  it('near miss: a text cut short after its first question (no greeting) keeps every listed question', async () => {
    const text =
      'Hermed sendes svar på spørgsmål nr. 217-219 af 23. april 2008.\n\nSpørgsmål 217:\n”Hvor stort er provenuet?”\n\nSvar:\nProvenuet er 2 mia. kr. i'
    expect((await numbersAndCodes(text)).map((record) => [record.number, record.listed])).toEqual([
      ['217', false],
      ['218', false],
      ['219', false],
    ])
  })

  it('near miss: a quoted question the opening does not list is no part of a list', async () => {
    const text = letter('spørgsmål nr. 12 og 13', 'Spørgsmål nr. 15:\n”Hvor mange?”\n\nSvar:\nTolv.')
    expect((await numbersAndCodes(text)).some((record) => record.listed)).toBe(false)
  })
})
