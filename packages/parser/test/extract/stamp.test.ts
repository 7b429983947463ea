import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const answer = (top: string, body = 'Svar:\n\nJa.\n\nMed venlig hilsen\n\nMette Hansen\n') => parse(`${top}\n\n${body}`)

describe('stamp: what ft.dk filed the document as', () => {
  it("reads the question's number from ft.dk's running line where the stamp gives none", async () => {
    const record = await answer(
      'Skatteudvalget 2019-20\nSAU Alm.del\nOffentligt\n2207802_0001.png\n\nHermed sendes svar på spørgsmålet.',
      'Svar:\n\nJa.\n\nSAU, Alm.del - 2019-20 - Endeligt svar på spørgsmål 413: Spm. om skat\n',
    )
    expect(record).toMatchObject({ committee: { code: 'SAU' }, session: '20191', question: { kind: 'general', number: '413' } })
  })

  it("does not take a running line of another case's number", async () => {
    const record = await answer(
      'Skatteudvalget 2019-20\nSAU Alm.del\nOffentligt\n\nHermed sendes svar på spørgsmålet.',
      'Svar:\n\nJa.\n\nL 85 - 2019-20 - Endeligt svar på spørgsmål 11: Spm. om loven\n',
    )
    expect(record.question.number).toBeNull()
  })

  it("takes the letter's own question where the stamp files it as a bill's annex", async () => {
    const record = await answer(
      'Sundheds- og Ældreudvalget 2018-19 (1. samling)\nL 109 Bilag 5\nOffentligt\n\nFolketingets Sundheds- og Ældreudvalg har den 5. november 2018 stillet følgende spørgsmål nr. 112 (Alm. del) til sundhedsministeren, som hermed besvares.\n\nSpørgsmål nr. 112:\n\n”Vil ministeren oplyse tallet?”',
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '112', bill: null })
  })

  it("takes the letter's committee where the stamp files it with another committee's case", async () => {
    const record = await answer(
      'Erhvervsudvalget 2009-10\nKOM (2010) 0367\nOffentligt\n\nFolketingets Europaudvalg\nChristiansborg\n\nSvar på Europaudvalgets spørgsmål nr. 5 af 1. september 2010.\n\nSpørgsmål:\n\nVil ministeren oplyse tallet?',
    )
    expect(record.committee).toEqual({ code: 'EUU', name: 'Europaudvalget' })
    expect(record.session).toBe('20091')
    // The Commission document is the question's case: a question of its own kind, not the committee's alm. del.
    expect(record.question).toMatchObject({ kind: 'eu-proposal', number: '5', bill: 'KOM (2010) 0367' })
  })

  it("reads ft.dk's case page: the committee, the session and the bill of its title", async () => {
    const record = await parse(
      'L 2 Forslag til lov om Højteknologifonden.\n\nAf: Videnskabsminister Helge Sander\nUdvalg: Udvalget for Videnskab og Teknologi\nSamling: 2004-05 (1. samling)\nStatus: Stadfæstet\n\nSpørgsmål 16\n\nHvad er ministerens kommentar?\nDato: 16-11-2004\n',
    )
    expect(record).toMatchObject({ committee: { code: 'UVT' }, session: '20041', question: { kind: 'bill', bill: 'L 2' } })
  })

  it("reads a question's case page by its title, the committee and its code before `Alm. del` (fifty-fourth session)", async () => {
    const page = (title: string) =>
      `${title}\n\nSamling: 2017-18\n\nSpørgsmål 582\n\nMinisteren bedes oplyse, hvorfor overkørslen ikke er sikret med bomme.\nDato: 08-05-2018\nStatus: Endeligt besvaret\n\nS-83 Protokoltilførsel den 23.08.2017 (3. hæfte) (pdf-version)\n`
    const record = await parse(page('Transport-, Bygnings- og Boligudvalget (TRU) Alm. del'))
    expect(record).toMatchObject({ committee: { code: 'TRU' }, session: '20171' })
    expect(record.warnings.map((warning) => warning.code)).not.toContain('session-inferred')
    // A page image's name set above the title is passed over.
    const imaged = await parse(page('1489400_0001.png\nTransport-, Bygnings- og Boligudvalget (TRU) Alm. del'))
    expect(imaged.session).toBe('20171')
    // Near miss: a title without the committee's code in brackets is no case page's.
    const untitled = await parse(page('Transport-, Bygnings- og Boligudvalget Alm. del'))
    expect(untitled.warnings.map((warning) => warning.code)).toContain('session-inferred')
  })

  it("reads the minister asked from ft.dk's summary among a case page's labels (round 144)", async () => {
    const page = (summary: string) =>
      `Transportudvalget (TRU) Alm. del\n\nSamling: 2013-14\n\nSamrådsspørgsmål BB\n\nMinisteren bedes redegøre for togenes fremtid.\nDato: 29-09-2014\nStatus: Ikke besvaret\nEmne: DSB\n\n${summary}\n\nSamrådsspørgsmål (pdf-version)\n`
    const record = await parse(page('Samrådsspm. om fremtidens jernbanedrift, til transportministeren'))
    expect(record.question.recipient).toBe('transportministeren')
    // Near misses: a summary that names no minister at its end, and the same line where no case page states its session.
    expect((await parse(page('Samrådsspm. om fremtidens jernbanedrift, til september 2014'))).question.recipient).toBeNull()
    const unpaged = await parse(
      'Ministeren bedes redegøre for togenes fremtid.\n\nSamrådsspm. om fremtidens jernbanedrift, til transportministeren\n\nSvar:\n\nDet vil jeg gerne.\n',
    )
    expect(unpaged.question.recipient).toBeNull()
  })

  it("reads the minister asked from ft.dk's summary wrapped onto the case page's next line (sixty-sixth session)", async () => {
    const page = (summary: string) =>
      `Transportudvalget (TRU) Alm. del\n\nSamling: 2013-14\n\nSamrådsspørgsmål BB\n\nMinisteren bedes redegøre for togenes fremtid.\nDato: 29-09-2014\nStatus: Ikke besvaret\nEmne: DSB\n\n${summary}\n\nSamrådsspørgsmål (pdf-version)\nHtml-version\n`
    const record = await parse(page('Samrådsspm. om fremtidens jernbanedrift,\ntil transportministeren'))
    expect(record.question.recipient).toBe('transportministeren')
    expect(record.provenance['question.recipient']).toMatchObject({ rule: 'page-summary', lines: [12, 13] })
    // Near miss: the minister after a blank line is another paragraph's, no end of the summary.
    expect((await parse(page('Samrådsspm. om fremtidens jernbanedrift, til\n\ntransportministeren'))).question.recipient).toBeNull()
  })

  it('names a renamed committee by its name in the stamp, not by its latest', async () => {
    const record = await answer(
      'Trafikudvalget 2008-09\nTRU Alm.del\nOffentligt\n\nTrafikudvalget har i brev af 1. december 2008 stillet følgende spørgsmål nr. 176 (alm. del), som hermed besvares.',
    )
    expect(record.committee).toEqual({ code: 'TRU', name: 'Trafikudvalget' })
  })
  it('reads a stamp whose committee is named "Udvalget for …" or "Det … Udvalg", with its session', async () => {
    const uui = await answer(
      'Udvalget for Udlændinge- og Integrationspolitik 2010-11 (1. samling)\nUUI Alm.del\nOffentligt\n\nHermed sendes svar på spørgsmål nr. 5.',
    )
    expect(uui.committee).toEqual({ code: 'UUI', name: 'Udvalget for Udlændinge- og Integrationspolitik' })
    expect(uui.session).toBe('20101')
    const flf = await answer(
      'Udvalget for Fødevarer, Landbrug og Fiskeri 2012-13\nFLF Alm.del\nOffentligt\n\nHermed sendes svar på spørgsmål nr. 98.',
    )
    expect(flf.session).toBe('20121')
    const poeu = await answer('Det Politisk-Økonomiske Udvalg 2008-09\nPOEU Alm.del\nOffentligt\n\nHermed sendes svar på spørgsmål nr. 2.')
    expect(poeu.session).toBe('20081')
  })

  it('reads "(2. samling)" hyphenated over the stamp\'s line end, and not a hyphenated word for it', async () => {
    const wrapped = await answer(
      'Børne- og Undervisningsudvalget 2018-19 (2. sam-\nling)\nBUU Alm.del Spørgsmål 4\nOffentligt\n\nHermed sendes svar på spørgsmål nr. 4.',
    )
    expect(wrapped.session).toBe('20182')
    // The near miss: `(1.` and `samling)` apart, no hyphen, read as before; `(2. sam-` over another word is no samling.
    const spaced = await answer('Skatteudvalget 2018-19 (1.\nsamling)\nSAU Alm.del\nOffentligt\n\nHermed sendes svar på spørgsmål nr. 9.')
    expect(spaced.session).toBe('20181')
    const other = await answer(
      'Børne- og Undervisningsudvalget 2018-19 (2. sam-\nmenlægning)\nBUU Alm.del\nOffentligt\n\nHermed sendes svar på spørgsmål nr. 4.',
    )
    expect(other.session).toBe('20181')
  })

  it('reads the stamps of "Udvalget til …" and "Udvalget vedrørende …" and of the § 71 board (`§71 Alm.del`)', async () => {
    const upv = await answer(
      'Udvalget til Prøvelse af Valgene 2022-23 (2. samling)\nUPV Alm.del\nOffentligt\n\nSvar på spørgsmål fra formanden.\n\nSpørgsmål nr. 2:\n\nVil ministeriet oplyse tallene?',
    )
    expect(upv).toMatchObject({ committee: { code: 'UPV' }, session: '20222' })
    const ugf = await answer(
      'Udvalget vedrørende Grønlandske Forhold 2008-09\nL 128 Spørgsmål 4\nOffentligt\n\nHermed sendes svar på spørgsmål nr. 4 (L 128).',
    )
    expect(ugf).toMatchObject({ committee: { code: 'UGF', name: 'Udvalget vedrørende Grønlandske Forhold' }, session: '20081' })
    const board = await answer(
      'Tilsynet i henhold til grundlovens § 71 2022-23 (2. samling)\n§71 Alm.del Spørgsmål 1\nOffentligt\n\nHermed sendes svar på spørgsmål nr. 1.',
      'Svar:\n\nJa.\n\n§71, Alm.del - 2022-23 (2. samling) - Endeligt svar på spørgsmål 1: Spm. om aflåsning\n',
    )
    expect(board).toMatchObject({
      committee: { code: '§71', name: 'Tilsynet i henhold til grundlovens § 71' },
      session: '20222',
      questionKey: '20222-§71-almdel-1',
      url: 'https://www.ft.dk/samling/20222/almdel/%c2%a771/spm/1/index.htm',
      question: { kind: 'general', number: '1' },
    })
    expect(board.warnings.map((warning) => warning.code)).not.toContain('session-inferred')
  })

  it('takes no sentence beginning "Udvalget for …" for a stamp', async () => {
    const record = await parse('Udvalget for Sundhed har 2010-11 bedt om svar.\n\nSvar:\n\nJa.\n')
    expect(record.session).not.toBe('20101')
  })
})

describe('two stamps: an answer ft.dk re-filed with a later case', () => {
  const body = 'Hermed sendes svar på spørgsmålet.\n\nSvar:\n\nJa.\n\nMed venlig hilsen\n\nMette Hansen\n'
  const codes = (record: { warnings: { code: string }[] }) => record.warnings.map((warning) => warning.code)

  it.each([
    [
      'Skatteudvalget 2018-19 (1. samling)\nSAU Alm.del\nOffentligt\nSkatteudvalget 2016-17\nSAU Alm.del endeligt svar på spørgsmål 669\nOffentligt',
      'SAU',
      '20161',
      '669',
    ],
    [
      'Forsvarsudvalget 2022-23 (1. samling)\nFOU Alm.del\nOffentligt\nUNCLASSIFIED\nForsvarsudvalget 2021-22\nFOU Alm.del - endeligt svar på spørgsmål 331\nOffentligt',
      'FOU',
      '20211',
      '331',
    ],
    [
      'Udvalget for Fødevarer, Landbrug og Fiskeri 2014-15 (2. samling)\nFLF Alm.del\nOffentligt\n2335592_0001.png\nUdvalget for Fødevarer, Landbrug og Fiskeri 2013-14\nFLF Alm.del - foreløbigt svar på spørgsmål 12\nOffentligt',
      'FLF',
      '20131',
      '12',
    ],
  ])('takes the inner stamp, of an earlier session and naming the question, flagged', async (stamps, code, session, number) => {
    const record = await parse(`${stamps}\n\n${body}`)
    expect(record).toMatchObject({ committee: { code }, session, question: { number } })
    expect(codes(record)).toContain('session-filed-later')
  })

  it('keeps the outer stamp when the inner one is an older annex filed with the letter (near miss)', async () => {
    const record = await parse(
      `Indfødsretsudvalget 2022-23 (2. samling)\nIFU Alm.del\nOffentligt\nIndfødsretsudvalget 2020-21\nIFU Alm.del - Bilag 25\nOffentligt\n\n${body}`,
    )
    expect(record.session).toBe('20222')
    expect(codes(record)).not.toContain('session-filed-later')
  })

  it('keeps the outer stamp when it names a question itself (near miss)', async () => {
    const record = await parse(
      `Skatteudvalget 2018-19 (1. samling)\nSAU Alm.del - endeligt svar på spørgsmål 321\nOffentligt\nSkatteudvalget 2016-17\nSAU Alm.del endeligt svar på spørgsmål 669\nOffentligt\n\n${body}`,
    )
    expect(record).toMatchObject({ session: '20181', question: { number: '321' } })
  })
})

describe("two stamps: one committee's answer filed with another's case in the same session (round 72)", () => {
  const body = 'Hermed sendes svar på spørgsmålet.\n\nSvar:\n\nJa.\n\nMed venlig hilsen\n\nMette Hansen\n'
  const codes = (record: { warnings: { code: string }[] }) => record.warnings.map((warning) => warning.code)

  it.each([
    [
      'Transportudvalget 2023-24\nTRU Alm.del\nOffentligt\n2916001_0001.png\nFinansudvalget 2023-24\nL 1 - endeligt svar på spørgsmål 40\nOffentligt',
      { committee: { code: 'FIU' }, session: '20231', question: { kind: 'bill', bill: 'L 1', number: '40' } },
    ],
    [
      'Europaudvalget 2021-22\nEUU Alm.del\nOffentligt\nSkatteudvalget 2021-22\nSAU Alm.del - endeligt svar på spørgsmål 12\nOffentligt',
      { committee: { code: 'SAU' }, session: '20211', question: { kind: 'general', number: '12' } },
    ],
  ])('takes the inner stamp, naming the question answered, flagged: %s', async (stamps, want) => {
    const record = await parse(`${stamps}\n\n${body}`)
    expect(record).toMatchObject(want)
    expect(codes(record)).toContain('committee-filed-elsewhere')
    expect(codes(record)).not.toContain('session-filed-later')
  })

  it("keeps the outer stamp when the inner is the same committee's, or another's annex (near misses)", async () => {
    const same = await parse(
      `Skatteudvalget 2021-22\nSAU Alm.del\nOffentligt\nSkatteudvalget 2021-22\nSAU Alm.del - endeligt svar på spørgsmål 12\nOffentligt\n\n${body}`,
    )
    expect(codes(same)).not.toContain('committee-filed-elsewhere')
    const annex = await parse(
      `Europaudvalget 2021-22\nEUU Alm.del\nOffentligt\nSkatteudvalget 2021-22\nSAU Alm.del - Bilag 12\nOffentligt\n\n${body}`,
    )
    expect(annex.committee?.code).toBe('EUU')
  })
})

describe('a stamp below the letterhead', () => {
  const letter = (top: string) =>
    `${top}\n\nHermed sendes svar på spørgsmål nr. 12 (alm. del).\n\nSpørgsmål nr. 12:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa.\n\nMed venlig hilsen\n\nAnne Hansen\n`

  it.each([
    [
      'Justitsministeriet\nSlotsholmsgade 10\n1216 København K\nRetsudvalget 2016-17\nREU Alm.del - endeligt svar på spørgsmål 12\nOffentligt',
      'REU',
      '20161',
    ],
    ['Skatteministeriet\nNicolai Eigtveds Gade 28\nSkatteudvalget 2019-20\nSAU Alm.del\nOffentligt', 'SAU', '20191'],
  ])('reads committee and session off its three lines: %s', async (top, code, session) => {
    const record = await parse(letter(top))
    expect(record).toMatchObject({ committee: { code }, session })
    expect(record.provenance.session?.rule).toBe('stamp')
  })

  it('takes no committee-and-session line without the stamp\'s "Offentligt" (near miss)', async () => {
    const record = await parse(letter('Justitsministeriet\nSlotsholmsgade 10\nRetsudvalget 2016-17\nREU Alm.del'))
    expect(record.provenance.session?.rule).not.toBe('stamp')
  })
})

describe('notes and pages ft.dk files under a case (round 69)', () => {
  it('takes a note filed in a series of its own (`INFO-note I 89`) for a paper of the case, not a question', async () => {
    const record = await parse(
      'Europaudvalget 2002-03\nEUU Alm.del INFO-note I 89\nOffentligt\n\nFolketingets Europaudvalg\nChristiansborg, den 30. december 2002\n\nTil udvalgets medlemmer\n\nResumé af Konventets samling.\n\nKonventsformanden gav en præsentation af arbejdsprogrammet for 2003.\n',
    )
    expect(record.committee?.code).toBe('EUU')
    expect(record.question).toMatchObject({ kind: null, number: null })
    // The EU Consultant's notes are filed so too (`EU-note E 12`, seventy-first session).
    const note = await parse(
      'Europaudvalget 2017-18\nEUU Alm.del EU-note E 12\nOffentligt\n\nEU-konsulenten\n\nTil udvalgets medlemmer\n\nDomstolens dom i sagen om tørklæder på arbejdspladsen.\n\nDomstolen fandt, at en intern regel kan være saglig.\n',
    )
    expect(note.committee?.code).toBe('EUU')
    expect(note.question).toMatchObject({ kind: null, number: null })
  })

  it('reads the question of an ordinary question filed as "Spørgsmål N" beside it (near miss)', async () => {
    const record = await parse(
      'Europaudvalget 2002-03\nEUU Alm.del Spørgsmål 89\nOffentligt\n\nFolketingets Europaudvalg\nChristiansborg, den 30. december 2002\n\nKonventsformanden gav en præsentation af arbejdsprogrammet for 2003.\n',
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '89' })
  })

  const section20Page = (title: string) =>
    `${title}\n\nTil: Transportminister Thomas Danielsen (V)\nDato: 09-09-2025\nSamling: 2024-25\nStatus: Anmeldt\n\nOm § 20-spørgsmålet\n\nSagsgang:\nAnmeldelse 09-09-2025\nSpørgsmålets ordlyd:\nVil ministeren redegøre for motorvejens sidste to kilometer?\n`

  it("reads the asker under a § 20 question's case page's title (`Af:`, round 149)", async () => {
    const page = (label: string, title = '§ 20-spørgsmål S 1650 Om Dyrekær Mose.') =>
      `${title}\n${label}\nTil: Miljøminister Connie Hedegaard\nDato: 22-12-2004\nSamling: 2004-05 (1. samling)\nStatus: Besvaret, endeligt\n\nOm § 20-spørgsmålet\n\nSpørgsmålets ordlyd:\nVil ministeren oplyse, hvornår en mose mister sin beskyttelse?\n`
    const record = await parse(page('Af: Jørn Jespersen (SF)'))
    expect(record.question.askers).toEqual([{ name: 'Jørn Jespersen', party: 'SF', nonMember: false }])
    // Near misses: a minister under the label with no party (as a bill's page names who put it forward), and the
    // label under a title that is no § 20 question's.
    expect((await parse(page('Af: Miljøminister Connie Hedegaard'))).question.askers).toEqual([])
    const other = await parse(page('Af: Jørn Jespersen (SF)', 'Om Dyrekær Mose.'))
    expect(other.question.askers).toEqual([])
  })

  it("reads a § 20 question's number and session from its case page's title, before any answer", async () => {
    const record = await parse(section20Page('§ 20-spørgsmål S 1471 Om motorvejens sidste to kilometer.'))
    expect(record).toMatchObject({ session: '20241', question: { kind: 'section20', number: '1471' } })
    expect(record.provenance['question.number']?.rule).toBe('stamp')
  })

  it('takes no number from a title that does not open the page as ft.dk sets it (near miss)', async () => {
    const record = await parse(section20Page('Om § 20-spørgsmål S 1471 og motorvejen.'))
    expect(record.question.number).toBeNull()
  })
})
