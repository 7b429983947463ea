import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

const codes = (record: { warnings: { code: string }[] }) => record.warnings.map((warning) => warning.code)

/** A made-up answer with no stamp and no date of its own, whose opening dates the question `asked` (no year). */
const undated = (opening: string, question: string) =>
  `Ministeren\nUddannelses- og Forskningsudvalget\nFolketinget\n\n${opening}\n\nAlm. del spørgsmål 175\n\n${question}\n\nSvar\n\nDet kan jeg oplyse.\n`

describe('a question dated without a year, in a letter with no date or stamp', () => {
  it.each([
    [
      'I brev af 5. september har udvalget stillet mig følgende spørgsmål:',
      'Vil ministeren oplyse, hvad der ligger bag, jf. § 19 på FFL26?',
      '2025-09-05',
      '20241',
    ],
    [
      'Finansudvalget har den 14. november stillet følgende spørgsmål nr. 175, som hermed besvares.',
      'Vil ministeren oplyse udgifterne i forslag til finanslov for 2019?',
      '2018-11-14',
      '20181',
    ],
    [
      'Udvalget har den 3. marts stillet følgende spørgsmål nr. 175, som hermed besvares.',
      'Hvor meget er afsat til området på finansloven for 2017?',
      '2017-03-03',
      '20161',
    ],
  ])('takes the year from the finance bill the text names, flagged: %s', async (opening, question, askedOn, session) => {
    const record = await parse(undated(opening, question))
    expect(record.question.askedOn).toBe(askedOn)
    expect(record.session).toBe(session)
    expect(codes(record)).toContain('question-date-year-from-finance-bill')
  })

  it('infers no year where the text names no finance bill (near miss)', async () => {
    const record = await parse(
      undated('I brev af 5. september har udvalget stillet mig følgende spørgsmål:', 'Vil ministeren oplyse prognosen for 2026?'),
    )
    expect(record.question.askedOn).toBeNull()
    expect(codes(record)).not.toContain('question-date-year-from-finance-bill')
  })

  it("takes the letter's date over the finance bill (near miss)", async () => {
    const record = await parse(
      undated(
        '10. januar 2019\n\nFinansudvalget har den 14. november stillet følgende spørgsmål nr. 175, som hermed besvares.',
        'Vil ministeren oplyse udgifterne på FFL19?',
      ),
    )
    expect(record.question.askedOn).toBe('2018-11-14')
    expect(codes(record)).toContain('question-date-year-inferred')
    expect(codes(record)).not.toContain('question-date-year-from-finance-bill')
  })
})

describe('a question dated before the Commission document it is on', () => {
  const onProposal = (stamp: string, preamble: string) =>
    `${stamp}\nOffentligt\n\nFolketingets Europaudvalg\nChristiansborg\n\n${preamble}\n\n9. marts 2011\n\nSpørgsmål nr. 3:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa.\n\nMed venlig hilsen\n\nAnne Hansen\n`

  it.each([
    ['Europaudvalget har i brev af 4. marts 2010 stillet følgende spørgsmål nr. 3 ad KOM (2011) 0011, som hermed besvares.'],
    ['Hermed sendes svar på spørgsmål nr. 3 af 4. marts 2010 vedrørende KOM (2011) 11 fra Folketingets Europaudvalg.'],
  ])('leaves askedOn empty, flagged, and files the question in the stamp’s session: %s', async (preamble) => {
    const record = await parse(onProposal('Europaudvalget 2010-11 (1. samling)\nKOM (2011) 0011', preamble))
    expect(record.question?.askedOn).toBeNull()
    expect(codes(record)).toContain('question-date-before-case')
    expect(record.session).toBe('20101')
  })

  it('near miss: a question dated in the document’s own year keeps its date', async () => {
    const record = await parse(
      onProposal(
        'Europaudvalget 2010-11 (1. samling)\nKOM (2011) 0011',
        'Europaudvalget har i brev af 4. marts 2011 stillet følgende spørgsmål nr. 3 ad KOM (2011) 0011, som hermed besvares.',
      ),
    )
    expect(record.question?.askedOn).toBe('2011-03-04')
    expect(codes(record)).not.toContain('question-date-before-case')
  })
})

describe('a question’s own date over a date its preamble cites', () => {
  /** ft.dk's page of a question: the question, its date, the answer's title citing an article's date. */
  const page = (title: string) =>
    [
      'Udlændinge- og Integrationsudvalget (UUI) Alm. del',
      '',
      'Samling: 2018-19 (1. samling)',
      '',
      'Spørgsmål 248',
      '',
      'Vil ministeren kommentere artiklen ”Tolke nægter at melde sig ind” (Politiken, den 13. december 2018)?',
      'Dato: 14-12-2018',
      'Status: Endeligt besvaret',
      '',
      title,
      '',
      'Besvarelse 248 (Alm. del ) UUI (pdf-version)',
      'Dokumentdato: 11-01-2019',
      '',
    ].join('\n')

  it('dates the question by its page’s `Dato:`, not by the article the answer’s title names', async () => {
    const record = await parse(
      page(
        'UUI alm. del - svar på spm. 248 om at kommentere artiklen ”Tolke nægter at melde sig ind” (Politiken, den 13. december 2018), fra justitsministeren',
      ),
    )
    expect(record.documentType).toBe('question')
    expect(record.question.askedOn).toBe('2018-12-14')
  })

  it('near miss: a date the preamble anchors (`spørgsmål nr. 248 af …`) stays the question’s', async () => {
    const record = await parse(page('UUI alm. del - svar på spørgsmål nr. 248 af 12. december 2018, fra justitsministeren'))
    expect(record.question.askedOn).toBe('2018-12-12')
  })
})

describe('a cover letter that names no question dates none', () => {
  /** A cover letter (names made up, after Udenrigsministeriet's of 2019) over its opening sentence. */
  const cover = (opening: string) =>
    `Folketingets Miljø- og Fødevareudvalg\nChristiansborg\n1240 København K\n\nDato\n22. januar 2019\n\n${opening}\nVedlagt fremsendes til udvalgets orientering ministerredegørelsen.\n\nMed venlig hilsen\n\nKarl Holm\n`

  it('leaves out the date of what it sends on (`Statsrevisorerne har den 18. oktober 2018 anmodet om en redegørelse`)', async () => {
    const record = await parse(
      cover(
        'Statsrevisorerne har den 18. oktober 2018 anmodet om en redegørelse for de\nforanstaltninger, som beretning nr. 1-2018 har givet anledning til.',
      ),
    )
    expect(record.documentType).toBe('cover-letter')
    expect(record.question.askedOn).toBeNull()
  })

  it('keeps the date of a question it names (near miss)', async () => {
    const record = await parse(cover('Hermed sendes svar på spørgsmål nr. 76 af 18. oktober 2018 (alm. del).'))
    expect(record.question).toMatchObject({ number: '76', askedOn: '2018-10-18' })
  })
})

describe('a document of no known kind dated by a date alone in its head', () => {
  /** A made-up report's first page (after Skatteministeriet's 2021 redegørelse): title lines, its authors, the date. */
  const report = (head: string) =>
    `Redegørelse om\nbehandlingen af sager om bøder\n${head}\nRedegørelsen beskriver, hvordan myndighederne har behandlet sagerne siden 2013.\n`

  it('takes the date, with a warning (`Rigspolitiet og Gældsstyrelsen` / `26. april 2021`)', async () => {
    const record = await parse(report('Rigspolitiet og Gældsstyrelsen\n26. april 2021'))
    expect(record.documentType).toBe('unknown')
    expect(record.answer.answeredOn).toBe('2021-04-26')
    expect(codes(record)).toContain('letter-date-in-text')
  })

  it.each([
    [
      'after running text',
      'Redegørelsen er udarbejdet af de tre myndigheder i fællesskab.\nRigspolitiet og Gældsstyrelsen\n26. april 2021',
    ],
    ['that ends a sentence the line before began', 'Redegørelsen følger op på styrelsens brev af\n26. april 2021'],
    ["beside a question letter's field", 'Til: Skatteministeren\n26. april 2021\nStillet af: Anne Hansen (S)'],
    [
      'on a line of a wrapped sentence (lower case, a full stop)',
      'Rigspolitiet og Gældsstyrelsen har afleveret redegørelsen\nden 26. april 2021.',
    ],
  ])('near miss: no date %s', async (_, head) => {
    const record = await parse(report(head))
    expect(record.answer.answeredOn).toBeNull()
  })
})

describe("a date alone between a letter's title and its opening sentence", () => {
  /**
   * A made-up answer after Videnskabsministeriet's of 2012, as ft.dk's old rendition glued it: no letterhead date, the
   * date glued to the title (`… (alm. del):14. marts 2012`), parted from it onto a line of its own.
   */
  const answer = (head: string) =>
    `Udvalget for Forskning, Innovation og Videregående UddannelserFolketingetChristiansborg1240 København K\n${head}\n\nSpørgsmål 48:\nVil ministeren oplyse antallet af ansøgere?\n\nSvar:\nDer var 1.200 ansøgere.\n\nMed venlig hilsen\n\nAnne Hansen\n`

  it('dates the letter, with a warning (`Svar på spørgsmål 48 (alm. del):14. marts 2012` / `I brev af …`)', async () => {
    const record = await parse(
      answer('Svar på spørgsmål 48 (alm. del):14. marts 2012\nI brev af 10. februar 2012 har udvalget stillet mig følgende spørgsmål:'),
    )
    expect(record.answer.answeredOn).toBe('2012-03-14')
    expect(record.question.askedOn).toBe('2012-02-10')
    expect(codes(record)).toContain('letter-date-in-text')
  })

  it('near miss: a wrapped line of the opening that holds its date is no letterhead’s (`den 10. februar 2012.`)', async () => {
    const record = await parse(
      answer('Hermed sendes svar på spørgsmål nr. 48 stillet af Udvalget for Videnskab og Teknologi\nden 10. februar 2012.'),
    )
    expect(record.answer.answeredOn).toBeNull()
  })

  it('near miss: a date the opening goes on into is the question’s (`… har udvalget den` / `10. februar 2012`)', async () => {
    const record = await parse(
      answer('Svar på spørgsmål 48 (alm. del):\nI brev har udvalget den\n10. februar 2012\nstillet mig følgende spørgsmål:'),
    )
    expect(record.answer.answeredOn).toBeNull()
  })
})

describe('a speech paper dated by its samråd', () => {
  /** A made-up speech paper's head (after Børne- og Undervisningsministeriet's of 2021), no letterhead date. */
  const speech = (head: string) =>
    `TALEPAPIR\nDet talte ord gælder\n${head}\nBørne- og Undervisningsudvalget, Folketinget\nSamrådsspørgsmål S\nMinisteren bedes redegøre for, hvorfor eleverne ikke kan komme tilbage i skole.\nTak for ordet.\nJeg vil gerne starte med at sige, at vi alle ønsker eleverne tilbage.\n`

  it.each([['Torsdag 25. marts 2021, kl. 10-11, lokale 2-133'], ['Tid og sted: Torsdag den 25. marts 2021 kl. 10.00, vær. S-092']])(
    'takes the meeting’s day: %s',
    async (head) => {
      const record = await parse(speech(head))
      expect(record.documentType).toBe('consultation-speech')
      expect(record.answer.answeredOn).toBe('2021-03-25')
      expect(record.session).toBe('20201')
    },
  )

  it('near miss: a date that ends a wrapped sentence is no meeting’s day (`25. marts 2021. Herefter …`)', async () => {
    const record = await parse(speech('Eleverne blev sendt hjem fra skolerne den\n25. marts 2021. Herefter var der ingen undervisning'))
    expect(record.answer.answeredOn).toBeNull()
  })

  it('near miss: a date inside a sentence of the opening is the question’s, not the samråd’s', async () => {
    const record = await parse(speech('Samrådet er indkaldt på baggrund af et spørgsmål stillet den 25. februar 2021'))
    expect(record.answer.answeredOn).toBeNull()
  })
})

describe('the question dated at the end of the sentence that names who asked', () => {
  const speech = (asking: string) =>
    `TALEPAPIR\nDet talte ord gælder\nSamrådsspørgsmål S\nMinisteren bedes redegøre for, hvorfor eleverne ikke kan komme tilbage i skole.\n${asking}\nTak for ordet.\nJeg vil gerne starte med at sige, at vi alle ønsker eleverne tilbage.\n`

  it('reads `(Spørgsmålet er stillet efter ønske fra Lotte Rod (RV) d. 26. februar 2021.)`', async () => {
    const record = await parse(speech('(Spørgsmålet er stillet efter ønske fra Lotte Rod (RV) d. 26. februar 2021.)'))
    expect(record.question.askedOn).toBe('2021-02-26')
  })

  it('reads it wrapped over two lines, the next sentence run onto its line (`… (RV) d.` / `26. februar 2021.) Tak …`)', async () => {
    const record = await parse(
      speech('(Spørgsmålet er stillet efter ønske fra Lotte Rod (RV) d.\n26. februar 2021.) Tak for spørgsmålet og for ordet.'),
    )
    expect(record.question.askedOn).toBe('2021-02-26')
  })

  it('near miss: a date the sentence goes on after is no asking date (`… d. 26. februar 2021 og igen …`)', async () => {
    const record = await parse(speech('(Spørgsmålet er stillet efter ønske fra Lotte Rod (RV) d. 26. februar 2021 og igen i marts.)'))
    expect(record.question.askedOn).toBeNull()
  })

  it('near miss: a date the sentence goes on to cite after no party is no asking date', async () => {
    const record = await parse(speech('(Spørgsmålet er stillet efter ønske fra Lotte Rod om sagen fra den 26. februar 2021.)'))
    expect(record.question.askedOn).toBeNull()
  })
})

describe('the question’s date on a head line, its minister wrapped onto the next (Udenrigsministeriet 2017, 50 columns)', () => {
  const letter = (stated: string) =>
    [
      'Udenrigsministeriet',
      'Medlemmerne af Folketingets Europaudvalg',
      'Sag/ID Nr.',
      'Dato',
      '2015 - 37024',
      '8. november 2017',
      'EUU',
      '–',
      'alm. del spørgsmål 6 fra Kenneth Kristensen Berth',
      stated,
      'udenrigsministeren',
      'Spørgsmål',
      'Vil ministeren oplyse, hvor stor en andel af investeringerne der er støttet?',
    ].join('\n')

  it('reads the date before `til` at the line’s end', async () => {
    const record = await parse(letter('stillet den 3. november 2017 til'))
    expect(record.question.askedOn).toBe('2017-11-03')
    expect(record.provenance['question.askedOn']?.rule).toBe('stated-date')
  })

  it('near miss: a word that only opens with `til` after the date is no one asked', async () => {
    const record = await parse(letter('stillet den 3. november 2017 tilbage'))
    expect(record.provenance['question.askedOn']?.rule).not.toBe('stated-date')
  })
})
