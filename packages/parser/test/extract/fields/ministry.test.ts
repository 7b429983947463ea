import { describe, expect, it } from 'vitest'
import { withOgApart } from '../../../src/extract/side-column.js'
import { parse } from '../../../src/index.js'
import { ministryByDomain, ministryByName, ministryByTitleLine, ministryOpening } from '../../../src/registry/index.js'

/** A made-up answer with `letterhead` above it and `tail` after the answer. */
const answer = (letterhead: string, tail = 'Med venlig hilsen\n\nAnne Hansen\n') =>
  `${letterhead}\n\nRetsudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 12:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa, det vil jeg gerne.\n\n${tail}`

describe('the ministry', () => {
  it.each([
    [
      'named in capitals',
      'ØKONOMI- OG ERHVERVSMINISTERIET\nSlotsholmsgade 10-12\n12. juni 2008',
      'Økonomi- og Erhvervsministeriet',
      'letterhead',
    ],
    [
      'by the minister’s title alone in the letterhead',
      'Folketingets Europaudvalg\nChristiansborg\nFinansministeren\n13. september 2010',
      'Finansministeriet',
      'letterhead',
    ],
    [
      'by a title whose "og" an old rendition glued to the next word',
      'Folketingets Erhvervsudvalg\nERHVERVS- OGVÆKSTMINISTEREN\n29. februar 2012',
      'Erhvervs- og Vækstministeriet',
      'letterhead',
    ],
    [
      'by a title broken over two lines',
      'Folketingets Erhvervsudvalg\nERHVERVS- OG\nVÆKSTMINISTEREN\n19. april 2016',
      'Erhvervs- og Vækstministeriet',
      'letterhead',
    ],
    [
      // A narrow letterhead broke the name inside a word (sixty-sixth session).
      'by a name broken over two lines inside a word',
      'Udlændinge- og Inte-\ngrationsministeriet\nSlotsholmsgade 4\n1216 København K\nFolketingets Udlændinge- og Integrationsudvalg',
      'Udlændinge- og Integrationsministeriet',
      'letterhead',
    ],
    [
      'by a title broken over two lines inside a word',
      'Folketingets Beskæftigelsesudvalg\nBESKÆFTIGELSES-\nMINISTEREN\n19. april 2016',
      'Beskæftigelsesministeriet',
      'letterhead',
    ],
    [
      'by the web address',
      'Folketinget\nRetsudvalget\nChristiansborg\nwww.justitsministeriet.dk\n14. november 2023',
      'Justitsministeriet',
      'letterhead',
    ],
  ])('%s', async (_, letterhead, ministry, rule) => {
    const record = await parse(answer(letterhead))
    expect(record.ministry).toBe(ministry)
    expect(record.provenance.ministry?.rule).toBe(rule)
  })

  it('reads the ministry at the head of its address in the text, and from a footer', async () => {
    const column = await parse(
      answer(
        'Folketingets Uddannelsesudvalg\nChristiansborg',
        '8. marts 2016\nUddannelses- og\nForskningsministeriet\nBørsgade 4\n\nMed venlig hilsen\n\nUlla Tørnæs\n',
      ),
    )
    expect(column.ministry).toBe('Uddannelses- og Forskningsministeriet')
    const footer = await parse(
      answer(
        'Folketingets Miljøudvalg\nChristiansborg\nDen 7. juli 2023',
        'Magnus Heunicke\n/\nRasmus Moes\nMiljøministeriet • Frederiksholms Kanal 26 • 1220 København K\n',
      ),
    )
    expect(footer.ministry).toBe('Miljøministeriet')
    expect(footer.signature).toEqual({ name: 'Magnus Heunicke', title: null })
  })

  it('reads the web address of a contact line in the text by any of the contact labels, in capitals too', async () => {
    for (const contact of ['Nicolai Eigtveds Gade 28 EAN 5798000201200 www.skm.dk', 'NICOLAI EIGTVEDS GADE 28 CVR: 12345678 www.skm.dk']) {
      const found = await parse(
        answer('Folketingets Skatteudvalg\nChristiansborg\n3. maj 2021', `Med venlig hilsen\n\nAnne Hansen\n\n${contact}\n`),
      )
      expect(found.ministry).toBe('Skatteministeriet')
    }
    // Near miss: a web address in a sentence, with no contact label beside it.
    const sentence = await parse(
      answer(
        'Folketingets Skatteudvalg\nChristiansborg\n3. maj 2021',
        'Reglerne står på www.skm.dk under erhverv.\n\nMed venlig hilsen\n\nAnne Hansen\n',
      ),
    )
    expect(sentence.ministry).toBeNull()
  })

  it('does not take a ministry reported in the answer’s text, nor a web address two names used that year', async () => {
    // Near misses: a sentence reporting a ministry's words; sum.dk in 2021 (Sundheds- og Ældreministeriet, then
    // Sundhedsministeriet).
    const named = await parse(
      answer(
        'Folketingets Retsudvalg\nChristiansborg',
        'Justitsministeriet har oplyst, at tallet er 12.\n\nMed venlig hilsen\n\nAnne Hansen\n',
      ),
    )
    expect(named.ministry).toBeNull()
    const shared = await parse(answer('Folketingets Sundhedsudvalg\nChristiansborg\nwww.sum.dk\n3. maj 2021'))
    expect(shared.ministry).toBeNull()
  })
})

describe('the ministry registry', () => {
  it('knows web addresses used by one ministry only', () => {
    expect(ministryByDomain('www.skm.dk')?.name).toBe('Skatteministeriet')
    expect(ministryByDomain('http://www.um.dk')?.name).toBe('Udenrigsministeriet')
    expect(ministryByDomain('jm.dk')?.name).toBe('Justitsministeriet')
    expect(ministryByDomain('www.politi.dk')).toBeUndefined()
  })

  it.each([
    ['www.uvm.dk', 2009, 'Undervisningsministeriet'],
    ['www.uvm.dk', 2012, 'Ministeriet for Børn og Undervisning'],
    ['www.uvm.dk', 2021, 'Børne- og Undervisningsministeriet'],
    ['www.km.dk', 2013, 'Ministeriet for Ligestilling og Kirke'],
    ['www.im.dk', 2011, 'Indenrigs- og Sundhedsministeriet'],
    ['www.im.dk', 2000, 'Indenrigsministeriet'],
    ['www.km.dk', 2018, 'Kirkeministeriet'],
    ['www.sum.dk', 2017, 'Sundheds- og Ældreministeriet'],
    ['www.trm.dk', 2017, 'Transport-, Bygnings- og Boligministeriet'],
    ['www.sm.dk', 2018, 'Børne- og Socialministeriet'],
    ['www.sm.dk', 2020, 'Social- og Indenrigsministeriet'],
    ['www.mim.dk', 2022, 'Miljøministeriet'],
    ['www.mim.dk', 2025, 'Miljø- og Ligestillingsministeriet'],
  ])('names the ministry a shared web address served in the year: %s in %i → %s', (domain, year, name) => {
    expect(ministryByDomain(domain, year)?.name).toBe(name)
  })

  it('names none for a shared address without a year, or in a year two of its names were in use', () => {
    expect(ministryByDomain('www.sum.dk')).toBeUndefined()
    expect(ministryByDomain('www.uvm.dk', 2013)).toBeUndefined()
    expect(ministryByDomain('www.sm.dk', 2021)).toBeUndefined()
    expect(ministryByDomain('www.mim.dk', 2024)).toBeUndefined()
  })

  it.each([
    ['Skatteministeriet beklager denne fejl.', 'Skatteministeriet'],
    ['Børne- og Undervisningsministeriet har foretaget en søgning.', 'Børne- og Undervisningsministeriet'],
    ['Ministeriet for Ligestilling og Kirke kan oplyse, at …', 'Ministeriet for Ligestilling og Kirke'],
  ])('reads the ministry that opens a sentence as its subject: %s', (sentence, name) => {
    expect(ministryOpening(sentence)?.name).toBe(name)
  })

  it('reads no ministry in the genitive or before a capital', () => {
    // Near misses: "Skatteministeriets" is another word; a name followed by a capital is a heading.
    expect(ministryOpening('Skatteministeriets vurdering er …')).toBeUndefined()
    expect(ministryOpening('Skatteministeriet Nicolai Eigtveds Gade 28')).toBeUndefined()
  })

  it('reads a title line whole, in either form, not a title with more after it', () => {
    expect(ministryByTitleLine('Finansministeren')?.name).toBe('Finansministeriet')
    expect(ministryByTitleLine('ØKONOMI- OG ERHVERVSMINISTEREN')?.name).toBe('Økonomi- og Erhvervsministeriet')
    expect(ministryByTitleLine('Ministeren for børn, undervisning og ligestilling')?.name).toBe(
      'Ministeriet for Børn, Undervisning og Ligestilling',
    )
    expect(ministryByTitleLine('MINISTEREN FOR BØRN OG UNDERVISNING')?.name).toBe('Ministeriet for Børn og Undervisning')
    expect(ministryByTitleLine('Ministeren')).toBeUndefined()
    expect(ministryByTitleLine('Ministeren for et bedre samfund')).toBeUndefined()
    expect(ministryByTitleLine('Finansministerens svar')).toBeUndefined()
  })

  it('reads a name followed by a footer’s bullet, not by more of a word', () => {
    expect(ministryByName('Miljøministeriet • Frederiksholms Kanal 26')?.name).toBe('Miljøministeriet')
    expect(ministryByName('Miljøministeriets vurdering')).toBeUndefined()
  })
})

describe('the ministry read off other places', () => {
  it('reads a name in capitals above the text, "og" glued', async () => {
    const record = await parse(
      answer('Folketingets Erhvervsudvalg\nØKONOMI- OGERHVERVSMINISTEREN\nØKONOMI- OGERHVERVSMINISTERIET\n17. juni 2009'),
    )
    expect(record.ministry).toBe('Økonomi- og Erhvervsministeriet')
  })

  it('reads no shorter ministry off the last line of a name broken over two (`Ø KONOMI- OG` / `ERHVERVSMINISTERIET`)', async () => {
    const record = await parse(
      answer('ØKONOMI- OG\nERHVERVSMINISTEREN\n18. januar 2005\nØ KONOMI- OG\nERHVERVSMINISTERIET\nSlotsholmsgade 10-12\n1216 København K'),
    )
    // The minister's title above it names the ministry whole; the broken name's last line alone names another.
    expect(record.ministry).toBe('Økonomi- og Erhvervsministeriet')
    // Near miss: the line alone, after a line that breaks no name, is the ministry.
    const alone = await parse(answer('18. januar 2015\nERHVERVSMINISTERIET\nSlotsholmsgade 10-12\n1216 København K'))
    expect(alone.ministry).toBe('Erhvervsministeriet')
  })

  it('reads a name in capitals broken over two lines inside a note, a logo (forty-second session)', async () => {
    const note =
      'Dato: 2. december 2014\nKONKURRENCE- OG\nREDEGØRELSE\nom lovovervågning af lov om forbrugerklager\nFORBRUGERSTYRELSEN\nERHVERVS- OG\nVÆKSTMINISTERIET\n1. Baggrund\nDen 1. januar 2010 trådte nye regler i kraft, som blev fulgt op af nye regler om omkostningsdækning.'
    expect((await parse(note)).ministry).toBe('Erhvervs- og Vækstministeriet')
    // Near miss: the same words in running text, wrapped, are no letterhead.
    const running = note.replace('ERHVERVS- OG\nVÆKSTMINISTERIET', 'Sagen er sendt til Erhvervs- og\nVækstministeriet i sidste uge.')
    expect((await parse(running)).ministry).toBeNull()
  })

  it('reads the web address of a contact line a narrow column wrapped, its fields parted by a separator', async () => {
    const tail = (footer: string) => `Med venlig hilsen\n\nAnne Hansen\n\n${footer}\n`
    const wrapped = await parse(
      answer(
        'Folketingets Boligudvalg\nChristiansborg\n3. maj 2014',
        tail('Gammel Mønt 4, 2 · 1117 København K · T +45 33 92 29 00 · E\n[email protected] · www.mbbl.dk'),
      ),
    )
    expect(wrapped.ministry).toBe('Ministeriet for By, Bolig og Landdistrikter')
    // Near miss: the address after a sentence that ends with a separator's word, no postcode or contact label in it.
    const sentence = await parse(
      answer(
        'Folketingets Boligudvalg\nChristiansborg\n3. maj 2014',
        tail('Se mere om ordningen · og om reglerne\npå siden · www.mbbl.dk'),
      ),
    )
    expect(sentence.ministry).toBeNull()
  })

  it('reads a web address glued into a contact line in the text', async () => {
    const record = await parse(
      answer(
        'Folketingets Kirkeudvalg',
        'Frederiksholms Kanal 211220 København Kwww.km.dkTelefon 3392 3390\nDato: 18. december 2013\nManu Sareen\n/ Marjun Egholm\n',
      ),
    )
    expect(record.ministry).toBe('Ministeriet for Ligestilling og Kirke')
  })

  it.each([
    ['HOLMENS KANAL 421060 KØBENHAVN KTELEFON: 33 92 33 20MAIL: fmn@fmn.dkWEB: www.FMN.DKCVR: 25-77-56-35', 'Forsvarsministeriet'],
    ['NICOLAI EIGTVEDS GADE 28 1402 KØBENHAVN K TLF. 33 92 33 92 www.SKM.DK', 'Skatteministeriet'],
  ])('reads a web address in a contact line set in capitals: %s', async (footer, ministry) => {
    const record = await parse(answer('Folketingets Forsvarsudvalg', `Med venlig hilsen\n\nAnne Hansen\n${footer}\n`))
    expect(record.ministry).toBe(ministry)
  })

  it('reads no ministry off a line of capitals without a contact label (near miss)', async () => {
    const record = await parse(answer('Folketingets Forsvarsudvalg', 'Med venlig hilsen\n\nAnne Hansen\nSE OGSÅ www.FMN.DK OM SAGEN\n'))
    expect(record.provenance.ministry?.rule).not.toBe('letterhead-web')
  })

  it('takes the one ministry the answer names as acting, flagged, where nothing else names it', async () => {
    const record = await parse(
      answer(
        '27. november 2020\nJ.nr. 2020 - 7452\nTil Folketinget\nSkatteudvalget',
        'Skatteministeriet beklager denne fejl.\n\nMorten Bødskov\n/ Mette Graversen\n',
      ),
    )
    expect(record.ministry).toBe('Skatteministeriet')
    expect(record.warnings.map((warning) => warning.code)).toContain('ministry-from-text')
  })

  it('takes none where the answer names two ministries as acting', async () => {
    // Near miss: the answering ministry and another both open sentences.
    const record = await parse(
      answer(
        '27. november 2020\nJ.nr. 2020 - 7452\nTil Folketinget\nSkatteudvalget',
        'Skatteministeriet beklager denne fejl. Finansministeriet har beregnet tallene.\n\nMorten Bødskov\n/ Mette Graversen\n',
      ),
    )
    expect(record.ministry).toBeNull()
  })
})

describe('the ministry of the minister the opening sentence says answers', () => {
  const letter = (opening: string) =>
    `Folketingets Kommunaludvalg\n\n${opening}\n\nSpørgsmål nr. 2:\n\n”Hvad koster det?”\n\nSvar:\n\nEn million kroner.\n\nAnne Hansen\n/ Ole Bach\n`

  it.each([
    [
      'Under henvisning til Folketingets Kommunaludvalgs brev af 12. november 2008 følger hermed velfærdsministerens endelige svar på spørgsmål nr. 2 (KOU Alm. del).',
      'Velfærdsministeriet',
    ],
    [
      'Beskæftigelsesministerens besvarelse af spørgsmål nr. 2 (alm. del) stillet af Folketingets Kommunaludvalg.',
      'Beskæftigelsesministeriet',
    ],
  ])('%s', async (opening, ministry) => {
    const record = await parse(letter(opening), { requireFolketingDocument: false })
    expect(record.ministry).toBe(ministry)
    expect(record.provenance.ministry?.rule).toBe('answering-minister')
  })

  it('near miss: "ministerens svar" without a title names no ministry', async () => {
    const record = await parse(
      letter(
        'Under henvisning til Folketingets Kommunaludvalgs brev af 12. november 2008 følger hermed ministerens svar på spørgsmål nr. 2.',
      ),
      { requireFolketingDocument: false },
    )
    expect(record.ministry).toBeNull()
  })
})

describe("the ministry whose letter an annex's head names, after a cover letter with no letterhead", () => {
  /** A cover letter signed bare, then the annex: its head, the question and the answer. */
  const sent = (head: string) =>
    `Folketingets Finansudvalg\n\nUdvalgsafdelingen\n\nChristiansborg\n\nUnder henvisning til Finansudvalgets skrivelse af 2. maj 2001 fremsender jeg hermed min besvarelse af udvalgets spørgsmål nr. 14 (§ 12 - bilag 34).\n\nMed venlig hilsen\n\nJan Trøjborg\n\n${head}\n\nSpørgsmål nr. :\n\n"Vil ministeren oplyse tallet?"\n\nSvar:\n\nTallet er 12.\n`

  it.each([
    ['Bilag til forsvarsministerens\n\nskrivelse af 31. maj 2001', 'Forsvarsministeriet', '2001-05-31'],
    ['Bilag 2 til skatteministerens brev af 31. maj 2001', 'Skatteministeriet', '2001-05-31'],
    ['Bilag til Skatteministeriets brev af 31. maj 2001', 'Skatteministeriet', '2001-05-31'],
  ])('%s', async (head, ministry, date) => {
    const record = await parse(sent(head), { requireFolketingDocument: false })
    expect(record.ministry).toBe(ministry)
    expect(record.answer.answeredOn).toBe(date)
  })

  it.each([
    [
      'Side 1/1 Bilag til forsvarsministerens skrivelse af 2. marts 2006 (FOU alm. del – Spørgsmål 14 og 15) Spørgsmål nr. 15: ”Er forsvaret forberedt?” Svar: Ja, det er det.',
      'Forsvarsministeriet',
    ],
    [
      'Bilag til udenrigsministerens Forsvarsudvalget skrivelse af 23. januar 2006 (B 63 – spørgsmål 7) (offentligt) Spørgsmål nr. 7: Er det ministerens opfattelse? Svar: Nej.',
      'Udenrigsministeriet',
    ],
  ])('reads the head of an annex a rendition set on one line with its question and answer: %s', async (page, ministry) => {
    const record = await parse(page, { requireFolketingDocument: false })
    expect(record.ministry).toBe(ministry)
  })

  it("near miss: an annex of no minister's letter names no ministry", async () => {
    const record = await parse(sent('Bilag til besvarelsen af spørgsmål nr. 14'), { requireFolketingDocument: false })
    expect(record.ministry).toBeNull()
  })
})

describe('withOgApart', () => {
  it('parts a glued "og" after a hyphened word only', () => {
    expect(withOgApart('ERHVERVS- OGVÆKSTMINISTERIET')).toBe('ERHVERVS- OG VÆKSTMINISTERIET')
    expect(withOgApart('Social- ogIndenrigsministeriet')).toBe('Social- og Indenrigsministeriet')
    // Near misses: "og" already apart, and a word that starts with "og" after no hyphen.
    expect(withOgApart('Børne- og Undervisningsministeriet')).toBe('Børne- og Undervisningsministeriet')
    expect(withOgApart('Kultur og ogsåministeriet')).toBe('Kultur og ogsåministeriet')
  })
})

describe('the ministry the letterhead asks its number be quoted to', () => {
  it.each([
    [
      'Kirkeministeriet 2014, the phrase over two lines',
      'Dokument nr.: 61875/14\nDette dokumentnr. bedes oplyst ved\nhenvendelse til Kirkeministeriet\nDato: 30. juni 2014',
      'Kirkeministeriet',
    ],
    [
      'glued, the name broken at a hyphen',
      'Dokument nr.: 130487/13Dette dokumentnr. bedes oplyst vedhenvendelse til Ministeriet for Ligestil-\nling og Kirke\nDato: 18. december 2013',
      'Ministeriet for Ligestilling og Kirke',
    ],
    [
      '"anført" on one line',
      'J.nr. 2010-123\nJournalnummer bedes anført ved henvendelse til Skatteministeriet.\n3. marts 2010',
      'Skatteministeriet',
    ],
  ])('%s', async (_, letterhead, ministry) => {
    const record = await parse(answer(letterhead))
    expect(record.ministry).toBe(ministry)
  })

  it('near miss: a citizen\'s "henvendelse til" a ministry in the answer names no ministry', async () => {
    const record = await parse(
      answer(
        'Folketingets Retsudvalg\nChristiansborg\n3. marts 2023',
        'Borgeren har rettet henvendelse til Skatteministeriet om sagen.\n\nMed venlig hilsen\n\nAnne Hansen\n',
      ),
    )
    expect(record.ministry).not.toBe('Skatteministeriet')
  })
})

describe('the ministry named before the case-number label on a line at the top', () => {
  it.each([
    ['Skatteministeriet J.nr. 2004-318 - 0303 Den 5. november 2004', 'Skatteministeriet'],
    ['Justitsministeriet    Sagsnr. 2010-0041    Dato: 3. marts 2010', 'Justitsministeriet'],
  ])('%s', async (line, ministry) => {
    const record = await parse(answer(line))
    expect(record.ministry).toBe(ministry)
  })

  it('near miss: a name before the label that is no ministry', async () => {
    const record = await parse(answer('Skattekontoret J.nr. 2004-318\nFolketingets Retsudvalg'))
    expect(record.ministry).not.toBe('Skatteministeriet')
  })

  it.each([
    ['Kirkeministeriet Telefon 3392 3390 Dokument nr. 319753 Dato: 30. marts 2007', 'Kirkeministeriet'],
    ['Finansministeriet Tlf. 3392 3333 Dato: 4. maj 2006', 'Finansministeriet'],
    ['Undervisningsministeriet Dok.nr. 12345 Dato: 4. maj 2006', 'Undervisningsministeriet'],
    ['Kulturministeriet Dato: 4. maj 2006', 'Kulturministeriet'],
  ])('round 11: before another letterhead label (phone, document number, date): %s', async (line, ministry) => {
    const record = await parse(answer(line))
    expect(record.ministry).toBe(ministry)
  })

  it('near miss: a committee before the phone label names no ministry', async () => {
    const record = await parse(answer('Folketingets Kirkeudvalg Telefon 3337 5500\nChristiansborg'))
    expect(record.ministry).toBeNull()
  })

  it.each([
    ['UDENRIGSMINISTERIET\u00a0 \u00a0 \u00a0 \u00a0 EUP j.nr. 400.A.2-10-2007', 'Udenrigsministeriet'],
    ['Beskæftigelsesministeriet          Ved Stranden 8', 'Beskæftigelsesministeriet'],
    ['Justitsministeriet      3. maj 2010', 'Justitsministeriet'],
  ])('round 15: before a wide gap and the letterhead’s next column: %s', async (line, ministry) => {
    const record = await parse(answer(line))
    expect(record.ministry).toBe(ministry)
  })

  it.each([
    ['2 UDENRIGSMINISTERIET EUP j.nr. 400.A.2-10-1 Nordgruppen Den 17. maj 2005', 'Udenrigsministeriet'],
    ['JUSTITSMINISTERIET Lovafdelingen Slotsholmsgade 10', 'Justitsministeriet'],
    ['ØKONOMI- OG ERHVERVSMINISTERIET Slotsholmsgade 10-12 1216 København K', 'Økonomi- og Erhvervsministeriet'],
  ])('round 16: in capitals opening a top line, more of the letterhead after it: %s', async (line, ministry) => {
    const record = await parse(answer(line))
    expect(record.ministry).toBe(ministry)
  })

  it.each([
    ['Justitsministeriet Lovafdelingen\nKontor: Strafferetskontoret\nSagsnr.: 2005-792-0060', 'Justitsministeriet'],
    ['Justitsministeriet Civil- og Politiafdelingen\nSlotsholmsgade 10\n1216 København K', 'Justitsministeriet'],
    ['Udenrigsministeriet Departementet\nAsiatisk Plads 2\n1448 København K', 'Udenrigsministeriet'],
  ])('forty-first session: the name and the unit that writes on one letterhead line: %s', async (letterhead, ministry) => {
    const record = await parse(answer(letterhead))
    expect(record.ministry).toBe(ministry)
    expect(record.warnings.map((warning) => warning.code)).not.toContain('ministry-from-text')
  })

  describe('forty-first session: a name alone on the document’s first line', () => {
    // A ministry's minutes of a Council meeting (eu.dk, 2012): no stamp, no addressee, no sentence naming the sender.
    const head = ['Enheden for EU og Internationale forhold/JWP', 'Sags. nr. 17763', 'Den 21. december 2012', 'FVM 105']
    const body = [
      'Referat af møde i Rådet (landbrug og fiskeri) den 18.-20. december 2012',
      'Der blev med kvalificeret flertal opnået politisk enighed om forslagene, idet Estland afstod fra at stemme.',
    ]
    const name = 'Ministeriet for Fødevarer, Landbrug og Fiskeri'

    it('above its unit, is the sender’s', async () => {
      const record = await parse([name, ...head, ...body].join('\n'), { format: 'text' })
      expect(record.ministry).toBe(name)
    })

    it('near miss: the same name on the second line, under the unit and above no address, is none', async () => {
      const record = await parse([head[0], name, ...head.slice(1), ...body].join('\n'), { format: 'text' })
      expect(record.ministry).toBeNull()
    })
  })

  it('forty-first session: a ministry followed by a word that is no unit is no letterhead name (near miss)', async () => {
    const record = await parse(answer('Justitsministeriet Slotsholmsgade\nKontor: Strafferetskontoret\nSagsnr.: 2005-792-0060'))
    expect(record.ministry).toBeNull()
  })

  it('thirty-ninth session: in capitals opening a top line of a later page, under a cover letter', async () => {
    const cover = [
      'Europaudvalget 2002-03',
      'EUU Alm.del Bilag 617',
      'Offentligt',
      '1460832_0001.png',
      'Medlemmerne af Folketingets Europaudvalg',
      'og deres stedfortrædere',
      'Under henvisning til Europaudvalgets skrivelse af 15. januar 2003 vedlægges besvarelsen af spørgsmål nr. 45.',
      'Bilag',
      '1',
      'Kontor',
      'EU-sekr.',
      '20. februar 2003',
      '1460832_0002.png',
      'UDENRIGSMINISTERIET Den 10. februar 2003',
    ].join('\n')
    const record = await parse(answer(cover))
    expect(record.ministry).toBe('Udenrigsministeriet')
  })

  it('near miss: the same line deep in a page, under its top lines, names no letterhead', async () => {
    const page = ['1460832_0002.png', ...Array.from({ length: 9 }, (_, at) => `Linje ${at + 1} af brevets tekst.`)]
    const record = await parse(answer([...page, 'UDENRIGSMINISTERIET Den 10. februar 2003'].join('\n')))
    expect(record.ministry).toBeNull()
  })

  it('near miss: a ministry in capitals after other words (the one addressed) is not the letterhead’s', async () => {
    const record = await parse(answer('NOTAT TIL UDENRIGSMINISTERIET Folketingets Europaudvalg\nChristiansborg'))
    expect(record.ministry).toBeNull()
  })

  it('near miss: an addressee before a wide gap names no ministry', async () => {
    const record = await parse(answer('Folketingets Europaudvalg          Den 3. maj 2010\nChristiansborg'))
    expect(record.ministry).toBeNull()
  })
})

describe("a ministry renamed: the name of the letter's year", () => {
  it.each([
    [
      'a footer with the 2025 name, though the opening says "Miljøministerens"',
      'Folketingets Miljø- og Fødevareudvalg\nChristiansborg\nDen 10. april 2025',
      'Magnus Heunicke\n/\nMartin Hansen\nMiljø- og Ligestillingsministeriet\n•\nFrederiksholms Kanal 26\n',
      'Miljø- og Ligestillingsministeriet',
    ],
    [
      'the web address in 2025',
      'Folketingets Miljø- og Fødevareudvalg\nChristiansborg\nwww.mim.dk\n10. april 2025',
      'Med venlig hilsen\n\nAnne Hansen\n',
      'Miljø- og Ligestillingsministeriet',
    ],
    [
      'the same address in 2021 (near miss)',
      'Folketingets Miljø- og Fødevareudvalg\nChristiansborg\nwww.mim.dk\n10. april 2021',
      'Med venlig hilsen\n\nAnne Hansen\n',
      'Miljøministeriet',
    ],
  ])('%s', async (_, letterhead, tail, ministry) => {
    const record = await parse(answer(letterhead, tail))
    expect(record.ministry).toBe(ministry)
  })
})

describe('the ministry named in the footer above its contact line (Udenrigsministeriet, 2025)', () => {
  const letter = (footer: string) =>
    `Folketingets Udenrigsudvalg\nDato\n16-09-2025\nURU alm. del – svar på spørgsmål 148 fra Sascha Faxe (ALT) stillet\nden 27. august 2025 til udenrigsministeren\nSpørgsmål\nVil ministeren redegøre for sagen?\nSvar\nDet vil jeg gerne.\nMed venlig hilsen\nLars Løkke Rasmussen\n${footer}\n1/1`

  it('reads the name alone on a line over "Asiatisk Plads 2, 1448 København K Tlf.: …"', async () => {
    const record = await parse(letter('Udenrigsministeriet\nAsiatisk Plads 2, 1448 København K Tlf.: +45 3392 0000 Fax: +45 32 54 05 33'))
    expect(record.ministry).toBe('Udenrigsministeriet')
    // The title's case before "svar på" opens the preamble: its number, date and minister.
    expect(record.question).toMatchObject({ number: '148', askedOn: '2025-08-27', recipient: 'udenrigsministeren' })
  })

  it('near miss: a line of text after the name is no contact line', async () => {
    const record = await parse(letter('Udenrigsministeriet\nAsiatisk Plads er ministeriets adresse.'))
    expect(record.provenance.ministry?.rule).not.toBe('letterhead')
  })
})

describe("the ministry of a note sent under another's cover sheet (round 69)", () => {
  const sheet = (title: string) =>
    `Europaudvalget\n(Alm. del - bilag 1049)\nMedlemmerne af Folketingets Europaudvalg\nog deres stedfortrædere\nJournalnummer\n400.C.2-0\nKontor\nEU-sekr.\n3. april 2001\nUnder henvisning til Europaudvalgets skrivelse af 7. marts 2001 (Alm. del - bilag 863) vedlægges\nbesvarelsen af det deri stillede spørgsmål nr. 122.\n${title}\nUdenrigsministeriet\nNordgruppen\nBesvarelse af Folketingets Europaudvalgs spørgsmål 122 af 7. marts 2001.\nSpørgsmål:\n"Regeringen bedes oplyse, hvorvidt de øvrige EU-landes parlamenter har etableret en EU-oplysning."\nSvar:\nNedenstående lande har etableret specifikke EU-oplysninger i tilknytning til landets parlament.\n`

  it('reads the ministry named alone under the note\'s title "NOTAT"', async () => {
    const record = await parse(sheet('NOTAT'))
    expect(record.ministry).toBe('Udenrigsministeriet')
    expect(record.provenance.ministry?.rule).toBe('annex-head')
  })

  it("near miss: a ministry named under another title is no note's sender", async () => {
    const record = await parse(sheet('Bemærkninger'))
    expect(record.ministry).toBeNull()
  })
})

describe('the ministry of an answer sheet sent on under a covering letter (fifty-second session)', () => {
  const sent = (after: string) =>
    [
      'Medlemmerne af Folketingets Europaudvalg',
      'og deres stedfortrædere',
      '16. februar 2001',
      'Under henvisning til Europaudvalgets skrivelse af 23. januar 2001 vedlægges besvarelsen af det deri stillede spørgsmål nr. 107.',
      'Udenrigsministeriet',
      after,
      'Nordgruppen',
      'Den 13. februar 2001',
      'Spørgsmål 107:',
      '"Ministeren bedes oversende en redegørelse."',
      'Svar:',
      'Da Østrig blev optaget i EU i 1995, var den frie bevægelighed allerede en realitet.',
    ].join('\n')

  it('is the name alone on its line over a journal number', async () => {
    expect((await parse(sent('N.5, j.nr. 400.E.9/CE/1'))).ministry).toBe('Udenrigsministeriet')
  })

  it('near miss: the name alone over a line of running text is no letterhead', async () => {
    expect((await parse(sent('har oplyst, at sagen behandles i Rådet.'))).ministry).toBeNull()
  })
})

describe('the ministry over the letter’s date, the letterhead’s block set after the answer (BUU 2024; sixty-fourth session)', () => {
  const letter = (under: string) =>
    [
      'Børne- og Undervisningsudvalget',
      'Christiansborg',
      'Svar på alm. del',
      'spørgsmål 390',
      'I brev af 4. september 2024 har udvalget efter ønske fra Mai Villadsen (EL)',
      'stillet mig følgende spørgsmål:',
      'Alm. del',
      'spørgsmål 390:',
      'Vil ministeren oplyse de gennemsnitlige udgifter til en plads i SFO?',
      'Svar:',
      'Et forældrepar med tre børn skønnes at betale ca. 1.050 kr. pr. måned.',
      'Tabel 1. Regneeksempel for forældrepar med tre børn i SFO.',
      'Pr. måned',
      'Samlet forældrebetaling for tre børn',
      'Skønnet forældrebetaling pr. plads i SFO',
      '3.104',
      '1.035',
      'Børne- og Undervisningsministeriet',
      under,
      'Sagsnr.: 24/28666',
      'BUU, Alm.del',
    ].join('\n')

  it('is the name alone on its line over a date alone', async () => {
    const record = await parse(letter('27. september 2024'))
    expect(record.ministry).toBe('Børne- og Undervisningsministeriet')
    expect(record.answer.answeredOn).toBe('2024-09-27')
  })

  it('is the name alone over a date alone a blank line apart, in a double-spaced rendition (sixty-sixth session)', async () => {
    const record = await parse(letter('27. september 2024').split('\n').join('\n\n'))
    expect(record.ministry).toBe('Børne- og Undervisningsministeriet')
  })

  it('near miss: the name alone two blank lines above a date is no letterhead over it', async () => {
    const spread = letter('27. september 2024').replace('Børne- og Undervisningsministeriet\n', 'Børne- og Undervisningsministeriet\n\n\n')
    expect((await parse(spread)).ministry).toBeNull()
  })

  it('is the name alone over a journal number the line view sets apart as the side column’s (SAU 2020, a bill’s draft)', async () => {
    const draft = [
      'Skatteudvalget 2019-20',
      'SAU Alm.del',
      'Offentligt',
      'Skatteudvalget 2019-20',
      'SAU Alm.del - Bilag 377',
      'Offentligt',
      'Skatteministeriet',
      'J.nr. 2018 - 443',
      'Forslag',
      'til',
      'Lov om ændring af lov om en børne- og ungeydelse',
      '§1',
      'I lov om en børne- og ungeydelse foretages følgende ændringer:',
      '1. § 1 a, stk. 2, ophæves.',
    ].join('\n')
    expect((await parse(draft)).ministry).toBe('Skatteministeriet')
  })

  it('near miss: the name alone over a line that only opens with a date is no letterhead', async () => {
    expect((await parse(letter('27. september 2024 blev tallene opgjort igen.'))).ministry).toBeNull()
  })
})

describe('a name broken twice over a glued footer (Ministeriet for Forskning, Innovation og Videregående Uddannelser, 2013)', () => {
  const letter = (name: readonly string[], address: string) =>
    [
      'Uddannelses- og Forskningsudvalget 2013-14',
      'L 63',
      'Offentligt',
      'Ministeren',
      'I brev af 26. november 2013 har udvalget efter ønske fra Rosa Lund (EL) stillet mig følgende spørgsmål:',
      'Spørgsmål nr. 12 (L.nr.63)',
      'Vil ministeren om nødvendigt fremsætte et ændringsforslag til universitetsloven?',
      'Svar',
      'I henhold til gældende universitetslov er universiteterne allerede forpligtede til at samarbejde.',
      '',
      '2. december 2013',
      '',
      ...name,
      '',
      address,
    ].join('\n')
  const name = ['Ministeriet for Forskning,', '', 'Innovation og Videregående', '', 'Uddannelser']

  it('is the three lines as one name over the address with its next label glued on', async () => {
    const record = await parse(letter(name, 'Slotsholmsgade 10PostPostboks 21351015 København K'))
    expect(record.ministry).toBe('Ministeriet for Forskning, Innovation og Videregående Uddannelser')
  })

  it('near miss: three lines that make no ministry’s name', async () => {
    const other = ['Ministeriet for Forskning,', '', 'Innovation og Videregående', '', 'Uddannelser og Kultur']
    expect((await parse(letter(other, 'Slotsholmsgade 10PostPostboks 21351015 København K'))).ministry).toBeNull()
  })

  it('near miss: the name over a line of running text that opens with a street', async () => {
    expect((await parse(letter(name, 'Slotsholmsgade 10 er ministeriets adresse.'))).ministry).toBeNull()
  })
})

describe('the ministry under the signer’s name (Fødevareministeriet 2007; sixty-fourth session)', () => {
  const letter = (closing: readonly string[]) =>
    [
      'Folketingets udvalg for Fødevarer, Landbrug',
      'og Fiskeri',
      '',
      'Vedlagt fremsendes til udvalgets orientering referat af møde i Rådet (landbrug og fiskeri) den 29. januar 2007.',
      '',
      ...closing,
      '',
      'Ministeriet for Fødevarer, Landbrug og Fiskeri',
      '2.1. Kontoret for europapolitik og internationale anliggender / EMFJ',
      '',
      'Den 2. februar 2007',
    ].join('\n')

  it('is the name alone on its line under the signer, the greeting over the signer', async () => {
    expect((await parse(letter(['Med venlig hilsen', '', 'Ellen Marie Friis Johansen']))).ministry).toBe(
      'Ministeriet for Fødevarer, Landbrug og Fiskeri',
    )
  })

  it('near miss: under a name with no greeting over it', async () => {
    expect((await parse(letter(['Ellen Marie Friis Johansen']))).ministry).toBeNull()
  })
})

describe('the ministry whose answer a covering letter sends (round 101)', () => {
  const cover = (sentence: string) =>
    [
      'Medlemmerne af Folketingets Europaudvalg',
      'og deres stedfortrædere',
      'Journalnummer',
      '400.C.2-0',
      '6. februar 2001',
      `Under henvisning til Europaudvalgets skrivelse af 18. januar 2001 ${sentence} af det deri stillede spørgsmål nr. 103.`,
      'Besvarelse af spørgsmål nr. 103 af 18. januar 2001 fra Folketingets Europaudvalg.',
      'Spørgsmål nr. 103:',
      '"Vil ministeren tilsende udvalget en opdateret redegørelse?"',
      'Svar:',
      'Der henvises til vedlagte redegørelse af 31. januar 2001.',
    ].join('\n')

  it('is the ministry in the genitive after the verb that sends the answer', async () => {
    const record = await parse(cover('vedlægges Justitsministeriets besvarelse'))
    expect(record.ministry).toBe('Justitsministeriet')
    expect(record.provenance.ministry?.rule).toBe('answering-minister')
    expect((await parse(cover('fremsendes hermed Skatteministeriets svar'))).ministry).toBe('Skatteministeriet')
  })

  it("near miss: another answer named in passing is not the sender's", async () => {
    const record = await parse(cover('og i forlængelse af Justitsministeriets besvarelse vedlægges besvarelsen'))
    expect(record.ministry).toBeNull()
  })
})

describe('the ministry named over its unit and address (Ministeriet for Børn, Undervisning og Ligestilling, 2016)', () => {
  const letter = (unit: string) =>
    `Børne- og Undervisningsudvalget\nChristiansborg\nMinisteriet for Børn,\nUndervisning og Ligestilling\n${unit}\nFrederiksholms Kanal 21\n1220 København K\nTlf. 3392 5000\nwww.uvm.dk\nTilsyn med de frie grundskoler\nUnder 1. behandlingen af L 36 den 13. oktober 2016 blev det nævnt af flere ordførere, at der var to frie grundskoler under tilsyn.\nSvaret er imidlertid ikke tilstrækkeligt præcist, og jeg skal derfor præcisere oplysningerne.\nMed venlig hilsen\nEllen Trane Nørby\n`

  it.each(['Ministeren', 'Departementet'])('reads the name broken over two lines, the unit %s under it', async (unit) => {
    const record = await parse(letter(unit))
    expect(record.ministry).toBe('Ministeriet for Børn, Undervisning og Ligestilling')
  })

  it('near miss: a line of text under the name is no unit, and the name heads no address', async () => {
    const record = await parse(letter('Ministeren har modtaget brevet'))
    expect(record.ministry).toBeNull()
  })
})
