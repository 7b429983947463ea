import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

/** A made-up Justitsministeriet answer under `stamp`, its cover naming question `number` asked on `asked`. */
const refiled = (stamp: string, number: string, asked: string) =>
  `${stamp}\n\nFolketinget\nRetsudvalget\n\n17. november 2017\n\nHermed sendes besvarelse af spørgsmål nr. ${number} (Alm. del), som Folketingets Retsudvalg har stillet til justitsministeren den ${asked}.\n\nSpørgsmål nr. ${number} (Alm. del) fra Folketingets Retsudvalg:\n\n”Ministeren bedes oplyse antallet af politistationer.”\n\nSvar:\n\nDer er 23 politistationer.\n\nMed venlig hilsen\n\nAnne Hansen\n`

const codes = (record: { warnings: { code: string }[] }) => record.warnings.map((warning) => warning.code)

describe('the session of a letter ft.dk filed under a later question', () => {
  it("takes the letter's own question's session when the stamp's case is another number of a later session", async () => {
    const stamp = 'Retsudvalget 2018-19 (1. samling)\nREU Alm.del - endeligt svar på spørgsmål 127\nOffentligt'
    const record = await parse(refiled(stamp, '7', '6. oktober 2017'))
    expect(record.session).toBe('20171')
    expect(record.question.number).toBe('7')
    expect(codes(record)).toContain('session-filed-later')
  })

  it.each([
    ['Kommunaludvalget 2004-05 (1. samling)\nKOU Alm.del Bilag 3\nOffentligt', '8. september 2004', '20031'],
    ['Finansudvalget 2016-17\nFIU Alm.del - Bilag 12\nOffentligt', '29. september 2016', '20151'],
  ])("takes the letter's own question's session when the stamp files the letter as another case's annex", async (stamp, asked, session) => {
    const record = await parse(refiled(stamp, '378', asked))
    expect(record.session).toBe(session)
    expect(codes(record)).toContain('session-filed-later')
  })

  it("keeps an annex stamp's session when the question was asked within it (near miss)", async () => {
    const stamp = 'Kommunaludvalget 2004-05 (1. samling)\nKOU Alm.del Bilag 3\nOffentligt'
    const record = await parse(refiled(stamp, '378', '8. oktober 2004'))
    expect(record.session).toBe('20041')
    expect(codes(record)).not.toContain('session-filed-later')
  })

  it("takes the letter's own question's session when the stamp names the same number but the letter predates its session (sixty-second session)", async () => {
    // Skatteudvalget's first question of 2021-22 answered by the letter of October 2020 to the first of 2020-21.
    const stamp = 'Retsudvalget 2018-19 (1. samling)\nREU Alm.del - endeligt svar på spørgsmål 7\nOffentligt'
    const record = await parse(refiled(stamp, '7', '6. oktober 2017'))
    expect(record.session).toBe('20171')
    expect(codes(record)).toContain('session-filed-later')
  })

  it('keeps the stamp when it names the same question (near miss)', async () => {
    const stamp = 'Retsudvalget 2017-18\nREU Alm.del - endeligt svar på spørgsmål 7\nOffentligt'
    const record = await parse(refiled(stamp, '7', '29. september 2017'))
    expect(record.session).toBe('20171')
    expect(codes(record)).not.toContain('session-filed-later')
  })

  it("takes the letter's own question's session when a stamp naming no number files it in a later session", async () => {
    const stamp = 'Retsudvalget 2018-19 (1. samling)\nREU Alm.del\nOffentligt'
    const record = await parse(refiled(stamp, '1204', '28. september 2018'))
    expect(record.session).toBe('20171')
    expect(record.question.number).toBe('1204')
    expect(codes(record)).toContain('session-filed-later')
  })

  it('reads a genitive opening that dates the question the same way (another ministry’s style)', async () => {
    const letter = [
      'Miljø- og Fødevareudvalget 2020-21\nMOF Alm.del\nOffentligt',
      'Folketingets Miljø- og Fødevareudvalg\nChristiansborg\n1240 København K',
      'Den 2. november 2020',
      'Ministeren for fødevarer, fiskeri og ligestillings besvarelse af spørgsmål nr. 1501 (MOF alm. del) stillet 30. september 2020 efter ønske fra Anne Hansen (SF).',
      'Spørgsmål nr. 1501\n”Vil ministeren oplyse antallet af kontroller?”',
      'Svar\nDer blev udført 412 kontroller.',
    ].join('\n\n')
    const record = await parse(letter)
    expect(record.session).toBe('20191')
    expect(codes(record)).toContain('session-filed-later')
  })

  it('keeps a stamp naming no number when the question is dated in the days of October before the opening (near miss)', async () => {
    const stamp = 'Retsudvalget 2018-19 (1. samling)\nREU Alm.del\nOffentligt'
    const record = await parse(refiled(stamp, '5', '1. oktober 2018'))
    expect(record.session).toBe('20181')
    expect(codes(record)).not.toContain('session-filed-later')
  })

  it('keeps a stamp naming no number when the question was asked within its session (near miss)', async () => {
    const stamp = 'Retsudvalget 2018-19 (1. samling)\nREU Alm.del\nOffentligt'
    const record = await parse(refiled(stamp, '12', '10. oktober 2018'))
    expect(record.session).toBe('20181')
    expect(codes(record)).not.toContain('session-filed-later')
  })

  it('keeps the stamp when the question was asked within its session (near miss)', async () => {
    const stamp = 'Retsudvalget 2017-18\nREU Alm.del - endeligt svar på spørgsmål 127\nOffentligt'
    const record = await parse(refiled(stamp, '7', '6. oktober 2017'))
    expect(record.session).toBe('20171')
    expect(codes(record)).not.toContain('session-filed-later')
  })
})

describe('the session of a letter dated by month alone', () => {
  const letter = (date: string) =>
    `Beskæftigelsesministerens besvarelse af spørgsmål nr. 91 fra Folketingets Arbejdsmarkedsudvalg (L 22).\n\nSpørgsmål nr. 91:\n\nHvordan vil jobcentret agere?\n\nSvar:\n\nDet fremgår af lovforslaget.\n\n${date}\n\nVores sag\n04-201-52/101-0012\n`

  it('infers it from a month wholly within one session, with a warning', async () => {
    const record = await parse(letter('Marts 2006'))
    expect(record.session).toBe('20051')
    expect(record.answer.answeredOn).toBeNull()
    expect(codes(record)).toContain('session-inferred')
  })

  it('flags a month within three months of the session’s start (82 days after the election of 8 February 2005)', async () => {
    const record = await parse(letter('Maj 2005'))
    expect(record.session).toBe('20042')
    expect(codes(record)).toContain('session-near-start')
  })

  it('leaves it empty for October, in which the parliamentary year opens (near miss)', async () => {
    const record = await parse(letter('Oktober 2005'))
    expect(record.session).toBeNull()
    expect(codes(record)).toContain('session-missing')
  })
})

describe('the session of a letter with no stamp and no date of its own', () => {
  const letter = (question: string, answer: string) =>
    `Besvarelse af spørgsmål nr. 249 fra Folketingets Retsudvalg (Alm. del).\n\nSpørgsmål:\n\n${question}\n\nSvar:\n\n${answer}\n`

  it.each([
    ['Ministeren bedes kommentere artiklen i Ekstra Bladet den 15. december 2009.', 'Jeg har ingen kommentarer.', '20091'],
    [
      'Ministeren bedes oversende afgørelsen.',
      'Den 15. februar 2006 besluttede rigsadvokaten, at dommen af 2. februar 2006 ikke ankes.',
      '20051',
    ],
    ['Vil ministeren oplyse, hvad der skete den 3. maj 2018 og den 1. november 2018?', 'Det vil jeg gerne.', '20181'],
  ])('takes the session of the latest date the text cites, flagged: %s', async (question, answer, session) => {
    const record = await parse(letter(question, answer))
    expect(record.session).toBe(session)
    expect(codes(record)).toContain('session-from-cited-date')
  })

  it.each([
    ['Ministeren bedes kommentere artiklen i Ekstra Bladet den 15.\ndecember 2009: ”Tjek politikernes cv”.', '20091'],
    ['Der henvises til artiklen på bupl.dk den 12. november\n2024 om minimumsnormeringer.', '20241'],
  ])('takes the session of a cited date a line wraps inside, flagged: %s', async (question, session) => {
    const record = await parse(letter(question, 'Nej.'))
    expect(record.session).toBe(session)
    expect(codes(record)).toContain('session-from-cited-date')
  })

  it('takes no cited date where the letter has a date of its own (near miss)', async () => {
    const record = await parse(
      `Folketingets Retsudvalg\n\n17. november 2017\n\n${letter('Ministeren bedes kommentere artiklen den 15. december 2009.', 'Nej.')}`,
    )
    expect(record.session).toBe('20171')
    expect(codes(record)).not.toContain('session-from-cited-date')
  })
})

describe('the session of a speech paper dated by its meeting without a year', () => {
  const speech = (when: string, cited: string) =>
    `TALEPAPIR – DET TALTE ORD GÆLDER\nAnledning\nTitel\nTid og sted\nSamråd i Børne- og Undervisningsudvalget\nSamrådsspørgsmål A\n${when}\nSamrådsspørgsmål A\nMinisteren bedes forklare, om regeringen stadig har tillid til KL's oplysninger?\nDer henvises til artiklen ”Afsløring” i Politiken den ${cited}.\nSamrådet er stillet efter ønske fra Mai Villadsen (EL)\n`

  it.each([
    // The samråd after an article of September: the same autumn, a session later than the article's.
    ['24. oktober kl. 10.15', '12. september 2024', '20241'],
    // A spring samråd after an article of the autumn before: the next year.
    ['3. marts kl. 13.00', '20. november 2018', '20181'],
    // After the election of 1 November 2022: its 2nd session.
    ['Tirsdag den 8. november, kl. 9.30', '1. november 2022', '20222'],
  ])('places %s after the latest date cited (%s), flagged', async (when, cited, session) => {
    const record = await parse(speech(when, cited))
    expect(record.session).toBe(session)
    expect(codes(record)).toContain('session-from-cited-date')
  })

  it("takes a date inside an orientation letter's first sentence for one it cites, flagged", async () => {
    const record = await parse(
      'Til udvalgets orientering skal jeg oplyse, at styrelsen i dag har sendt vedlagte brev til foreningen, hvis høringssvar af 12. august 2008 ikke indgik i høringsnotatet.\n\nMed venlig hilsen\n\nKarin Holm\n',
    )
    expect(record.session).toBe('20072')
    expect(codes(record)).toContain('session-from-cited-date')
    expect(codes(record)).not.toContain('session-inferred')
  })

  it("takes a speech paper's title date for its own (near miss)", async () => {
    const record = await parse(
      'Talepapir til brug for samrådet i Skatteudvalget den 22. februar 2006 om situationen i SKAT.\n\nIndledning\n\nDer er nu gået knap fire måneder siden fusionen.\n',
    )
    expect(record.session).toBe('20051')
    expect(codes(record)).not.toContain('session-from-cited-date')
  })

  it('takes no day and month without an hour for the meeting (near miss)', async () => {
    // A yearless date in the text, not a meeting's time: the cited date alone gives the session.
    const record = await parse(speech('Lokale 2-133', '12. september 2024. Det skete også den 24. oktober'))
    expect(record.session).toBe('20231')
  })
})

/**
 * A letter with no stamp and no question date: dated `date`, answering question `number` (or, with none, a note sent
 * to the committee), in three ministries' styles.
 */
const unstamped = {
  /** Beskæftigelsesministeriet: date alone, then the answer under its heading. */
  beu: (date: string, number: string) =>
    `Folketingets Beskæftigelsesudvalg\nChristiansborg\n\n${date}\n\nSvar på spørgsmål nr. ${number} (alm. del)\n\nSpørgsmål nr. ${number}:\n”Vil ministeren oplyse antallet af ledige?”\n\nSvar:\nDer er 80.000 ledige.\n\nMed venlig hilsen\n\nPeter Hansen\n`,
  /** Skatteministeriet: date and J.nr. at the top, "Hermed sendes svar". */
  sau: (date: string, number: string) =>
    `Skatteministeriet\nJ.nr. 2015-1234\n\nDato: ${date}\n\nTil Folketinget – Skatteudvalget\n\nHermed sendes svar på spørgsmål nr. ${number} (alm. del).\n\nSpørgsmål nr. ${number}:\n”Vil ministeren oplyse provenuet?”\n\nSvar:\nProvenuet er 2 mia. kr.\n\nMed venlig hilsen\n\nKarin Holm\n`,
  /** Justitsministeriet: "Besvarelse af spørgsmål nr. N". */
  reu: (date: string, number: string) =>
    `Folketinget\nRetsudvalget\n\n${date}\n\nBesvarelse af spørgsmål nr. ${number} (Alm. del) fra Folketingets Retsudvalg:\n\n”Ministeren bedes oplyse antallet af politistationer.”\n\nSvar:\n\nDer er 23 politistationer.\n\nMed venlig hilsen\n\nAnne Hansen\n`,
}

describe('the session from a letter date when nothing else gives it', () => {
  it.each([
    ['beu', '12. marts 2017', '20161'],
    ['sau', '15-05-2019', '20181'],
    ['reu', '2. september 2016', '20151'],
    // After the election of 18 June 2015: the 2nd session, 92 days on.
    ['beu', '18. september 2015', '20142'],
  ] as const)('%s dated %s, well into its session: %s, inferred', async (style, date, session) => {
    const record = await parse(unstamped[style](date, '412'))
    expect(record.session).toBe(session)
    expect(codes(record)).toContain('session-inferred')
    expect(record.quality).toBe('ok')
  })

  it.each([
    ['beu', '14. november 2016', '20161'],
    ['sau', '20-12-2022', '20222'],
    ['reu', '5. januar 2008', '20072'],
  ] as const)(
    '%s dated %s, one to three months into its session: %s, flagged — the question may be older',
    async (style, date, session) => {
      const record = await parse(unstamped[style](date, '86'))
      expect(record.session).toBe(session)
      expect(codes(record)).toContain('session-near-start')
      expect(record.quality).toBe('needs-review')
    },
  )

  it.each([
    // Three weeks after the opening of 4 October 2016, and after the elections of November 2022 and June 2019.
    ['beu', '17. oktober 2016'],
    ['sau', '10-11-2022'],
    ['reu', '20. juni 2019'],
  ] as const)('%s dated %s, in the first weeks of a session: empty, as either session is possible', async (style, date) => {
    const record = await parse(unstamped[style](date, '563'))
    expect(record.session).toBeNull()
    expect(codes(record)).toContain('session-ambiguous')
    expect(codes(record)).not.toContain('session-missing')
  })

  it("near miss: a question date decides the session, even in the opening's first days", async () => {
    const letter = unstamped
      .reu('17. oktober 2016', '563')
      .replace(
        'Besvarelse af spørgsmål',
        'Folketingets Retsudvalg har den 23. september 2016 stillet følgende spørgsmål nr. 563 (Alm. del), som hermed besvares.\n\nSpørgsmål',
      )
    const record = await parse(letter)
    expect(record.session).toBe('20151')
    expect(codes(record)).toContain('session-inferred')
  })

  it('near miss: a letter that answers no question is filed in the session of its own date', async () => {
    const record = await parse(
      'Medlemmerne af Folketingets Europaudvalg\n\n27. oktober 2006\n\nTil orientering for Folketingets Europaudvalg kan det oplyses, at ministeriet har modtaget Kommissionens åbningsskrivelse.\n\nMed venlig hilsen\n\nPer Holm\n',
    )
    expect(record.session).toBe('20061')
    expect(codes(record)).not.toContain('session-ambiguous')
  })
})

describe("a speech paper's session from its head's date", () => {
  it("dates a stampless speech paper by the samråd's day in its head, flagged", async () => {
    const record = await parse(
      'Talepapir\n\nDet talte ord gælder\n\nTilhørerkreds:   Folketingets Sundhedsudvalg\n\nAnledning:          Samråd (spm. AA) om ventetider fredag den 23. februar 2007\n\nSpørgsmål AA: Ministeren bedes redegøre for ventelisterne.\n\nSvar:\n\nTak fordi jeg måtte komme i dette samråd.\n',
    )
    expect(record.documentType).toBe('consultation-speech')
    expect(record.session).toBe('20061')
    expect(codes(record)).toContain('session-from-cited-date')
  })
})
