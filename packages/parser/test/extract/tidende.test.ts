/** The head of a Folketingstidende § 20 page (webarkiv.ft.dk, 1997–2007), on made-up pages in its style. */
import { describe, expect, it } from 'vitest'
import { findTidendeHead, tidendeDate } from '../../src/extract/tidende.js'
import { parse } from '../../src/index.js'
import { withHeadLinesJoined } from '../../src/layout/text/head-lines.js'
import { letterContext } from './letter-context.js'

const page = (title: string, address: string, asker = 'Pia Holm (SF):') =>
  `${title}\n\n${address}\n\n${asker}\n\n»Vil ministeren oplyse, hvor mange der venter?«\n\nSvar (2/12 03)\n\nSocialministeren (Eva Lund):\n\nDet er 40 personer.\n`

describe('findTidendeHead', () => {
  it('reads number, minister asked, the date and the asker', async () => {
    const head = findTidendeHead(await letterContext(page('Spm. nr. S 412', 'Til socialministeren (25/11 03) af:')))
    expect(head?.preamble).toMatchObject({ kind: 'section20', number: '412', recipient: 'socialministeren', askedOn: '2003-11-25' })
    expect(head?.askers?.askers).toEqual([{ name: 'Pia Holm', party: 'SF', nonMember: false }])
  })

  it('reads a minister "for …" and a year of the 1990s', async () => {
    const head = findTidendeHead(
      await letterContext(page('Spm. nr. S 88', 'Til ministeren for fødevarer, landbrug og fiskeri (3/12 98) af:', 'Ole Bach Hansen (V):')),
    )
    expect(head?.preamble).toMatchObject({ recipient: 'ministeren for fødevarer, landbrug og fiskeri', askedOn: '1998-12-03' })
    expect(head?.askers?.askers[0]?.name).toBe('Ole Bach Hansen')
  })

  it("reads the page under another site's menu and breadcrumb (EU-Oplysningen's copy of the page)", async () => {
    const menu =
      'Hjælpemenu\n\n  • English\n  • Om EU-Oplysningen\n  • Leksikon\n  • Bestil\n  • Links\n  • Abonnement\n\nHovedmenu\n\nDu er her: EU-OplysningenDokumenterFolketingets dokumenter§ 20-spørgsmål › Om ventelister\n\nDokumenter\n\n\nOm ventelister\n\nBesvaret § 20-spørgsmål\n\n'
    const head = findTidendeHead(await letterContext(menu + page('Spm. nr. S 412', 'Til socialministeren (25/11 03) af:')))
    expect(head?.preamble).toMatchObject({ kind: 'section20', number: '412', askedOn: '2003-11-25' })
  })

  it('leaves out a date that is no day of the calendar, and an asker line without a party', async () => {
    const head = findTidendeHead(await letterContext(page('Spm. nr. S 5', 'Til statsministeren (31/2 04) af:', 'Pia Holm:')))
    expect(head?.preamble.askedOn).toBeUndefined()
    expect(head?.preamble.number).toBe('5')
    expect(head?.askers).toBeUndefined()
  })

  it('does not read a letter that cites a § 20 question (near miss)', async () => {
    const context = await letterContext(
      'Beskæftigelsesministeriet\n\nJeg henviser til spm. nr. S 412.\n\nTil socialministeren (25/11 03) af:\n',
    )
    expect(findTidendeHead(context)).toBeUndefined()
  })

  it('does not take a letter’s heading without its colon for a page’s title: no address line under it (near miss)', async () => {
    const letter =
      'Medlem af Folketinget Pia Holm (SF) har den 10. april 2025 stillet\nfølgende spørgsmål nr. S 960, som hermed besvares.\nSpørgsmål nr. S 960\n”Vil ministeren oplyse, hvor mange der venter?”\nSvar\nDet er 40 personer.\n'
    expect(findTidendeHead(await letterContext(letter))).toBeUndefined()
    const record = await parse(letter, { requireFolketingDocument: false })
    expect(record.question.askedOn).toBe('2025-04-10')
  })

  it("reads an address dated with a four-digit year, and head lines wrapped before their brackets (eu.dk's copy, 2000)", async () => {
    const text = `Spm. nr. S 129\nTil økonomiministeren (12/10 2000) af:\nKim Behnke\n(FRI):\n»Vil ministeren stoppe forberedelserne?«\nBegrundelse\nDet er på sin plads.\nSvar (30/10 2000)\nØkonomiministeren\n(Marianne Jelved):\nDer er ingen sådanne aktiviteter.\n`
    const record = await parse(text, { requireFolketingDocument: false })
    expect(record.question).toMatchObject({
      kind: 'section20',
      number: '129',
      askedOn: '2000-10-12',
      recipient: 'økonomiministeren',
      askers: [{ name: 'Kim Behnke', party: 'FRI', nonMember: false }],
      text: 'Vil ministeren stoppe forberedelserne?',
    })
    expect(record.answer).toMatchObject({ answeredOn: '2000-10-30', text: 'Der er ingen sådanne aktiviteter.' })
  })

  it('joins a bracket alone to the line above where the two make a head line; near misses stay as they are', () => {
    expect(withHeadLinesJoined(['Kim Behnke', '(FRI):'])).toEqual(['Kim Behnke (FRI):', ''])
    expect(withHeadLinesJoined(['Økonomiministeren', '(Marianne Jelved):'])).toEqual(['Økonomiministeren (Marianne Jelved):', ''])
    // Double-spaced: a blank line between the name and its bracket.
    expect(withHeadLinesJoined(['Kim Behnke', '', '(FRI):'])).toEqual(['Kim Behnke (FRI):', '', ''])
    expect(withHeadLinesJoined(['', '(FRI):'])).toEqual(['', '(FRI):'])
    const prose = ['Det sagde han til mødet i går', '(FRI):']
    expect(withHeadLinesJoined(prose)).toBe(prose)
    const unnamed = ['Kim Behnke', '(se bilag 2):']
    expect(withHeadLinesJoined(unnamed)).toBe(unnamed)
  })

  it('gives the record the page’s facts', async () => {
    const record = await parse(page('Spm. nr. S 412', 'Til socialministeren (25/11 03) af:'), { requireFolketingDocument: false })
    expect(record.committee).toBeNull()
    expect(record.question).toMatchObject({
      kind: 'section20',
      number: '412',
      askedOn: '2003-11-25',
      recipient: 'socialministeren',
      askers: [{ name: 'Pia Holm', party: 'SF', nonMember: false }],
    })
    expect(record.session).toBe('20031')
  })
})

describe('tidendeDate', () => {
  it.each([
    ['14', '1', '04', '2004-01-14'],
    ['3', '12', '98', '1998-12-03'],
    ['29', '2', '04', '2004-02-29'],
    ['29', '2', '03', undefined],
    ['1', '13', '04', undefined],
  ])('%s/%s %s → %s', (day, month, year, iso) => {
    expect(tidendeDate(day, month, year)).toBe(iso)
  })
})

describe('findTidendeHead: the addressee', () => {
  it('takes a minister only (near miss: a committee addressed)', async () => {
    const head = findTidendeHead(await letterContext(page('Spm. nr. S 7', 'Til udvalget (25/11 03) af:')))
    expect(head?.preamble.recipient).toBeUndefined()
    expect(head?.preamble.askedOn).toBe('2003-11-25')
  })
})

describe("the answer's date in its Folketingstidende heading", () => {
  /** A § 20 page with the answers given, each `[heading, text]`. */
  const answered = (answers: [string, string][]) =>
    `Spm. nr. S 2309\n\nTil statsministeren (20/2 04) af:\n\nPia Holm (SF):\n\n»Vil statsministeren oplyse, hvad der indgik i vurderingen?«\n\n${answers
      .map(([heading, text]) => `${heading}\n\nStatsministeren (Anders Fogh Rasmussen):\n\n${text}`)
      .join('\n\n')}\n`

  it.each([
    [[['Svar (3/3 04)', 'Det kan jeg bekræfte.']], '2004-03-03'],
    [[['Svar (21/12 98)', 'Det kan jeg bekræfte.']], '1998-12-21'],
    [[['Svar (3/3 2004)', 'Det kan jeg bekræfte.']], '2004-03-03'],
  ] as [[string, string][], string][])('%j → %s', async (answers, iso) => {
    const record = await parse(answered(answers), { requireFolketingDocument: false })
    expect(record.answer.answeredOn).toBe(iso)
    expect(record.warnings.map((warning) => warning.code)).not.toContain('answer-date-later')
  })

  it("takes a supplementary answer's date after a holding answer, warned", async () => {
    const record = await parse(
      answered([
        ['Svar (3/3 04)', 'Spørgsmålet vil blive besvaret snarest muligt.'],
        ['Supplerende svar (2/4 04)', 'Der henvises til besvarelsen af S 2302.'],
      ]),
      { requireFolketingDocument: false },
    )
    expect(record.answer.answeredOn).toBe('2004-04-02')
    expect(record.warnings.map((warning) => warning.code)).toContain('answer-date-later')
  })

  it('reads no date from an answer heading without one, nor from a sentence (near misses)', async () => {
    const bare = await parse(answered([['Svar:', 'Det kan jeg bekræfte.']]), { requireFolketingDocument: false })
    expect(bare.answer.answeredOn).toBeNull()
    const sentence = await parse(answered([['Svar', 'Mit svar (3/3 04) står ved magt.']]), { requireFolketingDocument: false })
    expect(sentence.answer.answeredOn).toBeNull()
  })
})

describe("question time's urgent question (`Spm nr. US 60`)", () => {
  /** A made-up page in the webarkiv's and EU-Oplysningen's form: the member asks, the minister answers, the member again. */
  const urgent = (title: string, asker = 'Pia Holm (SF):') =>
    `${title}\n\n${asker}\n\nVentelisterne er vokset. Derfor vil jeg gerne vide, om regeringen vil gøre noget ved dem.\n\nSocialministeren (Eva Lund):\n\nRegeringen har sat penge af til det.\n\nDet vil virke i år.\n\nPia Holm (SF):\n\nMinisteren svarer ikke på mit spørgsmål.\n`

  it('reads the asker, the member’s words as the question and the minister’s as the answer, up to the member again', async () => {
    const record = await parse(urgent('Spm nr. US 60'))
    expect(record.documentType).toBe('answer')
    expect(record.question.askers).toEqual([{ name: 'Pia Holm', party: 'SF', nonMember: false }])
    expect(record.question.text).toBe('Ventelisterne er vokset. Derfor vil jeg gerne vide, om regeringen vil gøre noget ved dem.')
    expect(record.answer.text).toMatch(/^Regeringen har sat penge af til det\.\s+Det vil virke i år\.$/u)
    // No kind, number or date: an urgent question is no § 20 question (`S 60` is another), and the page dates nothing.
    expect(record.question).toMatchObject({ kind: null, number: null, askedOn: null })
  })

  it('does not read a title with no member’s line under it, or a § 20 title, as an urgent question (near misses)', async () => {
    expect(findTidendeHead(await letterContext(urgent('Spm nr. US 60', 'Pia Holm har spurgt:')))).toBeUndefined()
    expect(findTidendeHead(await letterContext(urgent('Spm nr. S 60')))).toBeUndefined()
  })
})
