import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { SALUTATION } from '../../src/layout/markers.js'
import { assignRoles } from '../../src/layout/roles.js'
import type { SourceLine } from '../../src/tree.js'

function roles(texts: readonly string[]): (string | undefined)[] {
  const lines: SourceLine[] = texts.map((text, index) => ({ text, line: index + 1 }))
  return assignRoles(lines).map((line) => line.role)
}

describe('assignRoles: a bare rendition that opens with the quoted question', () => {
  it.each([
    [
      [
        '”I 2001 igangsatte Lars Løkke Rasmussen et forsøg med at nedsætte ventetider.”',
        '. / . |',
        'Til brug for min besvarelse af spørgsmålet har jeg indhentet en udtalelse.',
      ],
    ],
    [
      [
        '"Vil ministeren oplyse, hvor mange der er ansat?"',
        'Jeg kan oplyse, at der er ansat 12. Til brug for besvarelsen af spørgsmålet har jeg spurgt.',
      ],
    ],
    [['„Kan ministeren bekræfte, at tallene er rigtige?“', 'Svar på spørgsmålet: Ja.']],
  ])('keeps the question out of the letterhead: %j', (texts) => {
    expect(roles(texts)[0]).toBeUndefined()
  })

  it('still takes a letterhead line before the preamble as the letterhead', () => {
    expect(
      roles(['Skatteministeriet', '"Skat for alle"', 'Folketingets Skatteudvalg har i brev af 3. maj 2011 stillet følgende spørgsmål:']),
    ).toEqual(['sidebar', 'sidebar', undefined])
  })
})

describe("assignRoles: a cover letter's subject line before its sending sentence", () => {
  it.each([
    ['Til Trafikudvalgets orientering oversendes hermed seneste status på Banedanmarks håndtering af sagen.'],
    ['Vedlagt fremsendes til Retsudvalgets orientering kopi af Rigspolitiets statusrapport af 17. marts 2009.'],
    ['Til udvalgets orientering fremsendes notat om næringsstoffer.'],
    ['Vedlagt oversendes Konkurrenceevneredegørelse 2009.'],
    // Round 15: orientation letters to a committee, "sendes" without a prefix, "underretning", "kan det oplyses".
    ['Til udvalgets orientering sendes hermed forslag til lov om epidemier m.v. (L 134), som i dag er fremsat.'],
    ['Til orientering for Folketingets Europaudvalg kan det oplyses, at ministeriet har modtaget en åbningsskrivelse.'],
    ['Til underretning for Folketingets Europaudvalg vedlægges ministeriets notat om sagen.'],
    ['Til underretning for Fo&etingets Europaudvaig kan det oplyses, atministeriet har modtaget brevet.'],
    ['Til orientering vedlægges kopi af mit brev til borgmesteren.'],
  ])('%s', (opening) => {
    expect(roles(['Folketingets Trafikudvalg', 'Status på strækningen mellem København og Århus', opening])).toEqual([
      'sidebar',
      'sidebar',
      undefined,
    ])
  })

  it.each([
    ['Til orientering for udvalget skal det nævnes, at sagen er sendt.'],
    ['Til orientering kan det oplyses, at sagen er sendt.'],
    ['Til underretning for borgerne er der oprettet en hjemmeside.'],
  ])('near miss, not the letter’s start: %s', (line) => {
    expect(roles(['Folketingets Trafikudvalg', 'Status på strækningen', line])).toEqual([undefined, undefined, undefined])
  })

  it('does not take a sentence that only mentions an orientation as the letter’s start', () => {
    expect(roles(['Folketingets Trafikudvalg', 'Status på strækningen', 'Til orientering kan jeg oplyse, at sagen er sendt.'])).toEqual([
      undefined,
      undefined,
      undefined,
    ])
  })
})

describe('SALUTATION and a letter that opens with one', () => {
  it.each(['Kære Hans Christian Schmidt', 'Kære beskæftigelsesudvalg', 'Kære formand,', 'Kære Karin Gaardsted!'])('%s', (line) => {
    expect(SALUTATION.test(line)).toBe(true)
  })

  it.each([
    'Kære udvalg, jeg skal hermed orientere om sagen, som udvalget bad om.',
    'kære kolleger i udvalget', // a wrapped sentence's line
    'Kærester og ægtefæller er omfattet',
  ])('not "%s"', (line) => {
    expect(SALUTATION.test(line)).toBe(false)
  })

  it('takes the subject line before the salutation as the letterhead', () => {
    expect(
      roles([
        'Beskæftigelsesministeriet',
        'Ny tidsplan for afrapportering fra AMO-udvalget',
        'Kære beskæftigelsesudvalg',
        'Jeg orienterede jer i januar 2021 om sagen.',
      ]),
    ).toEqual(['sidebar', 'sidebar', undefined, undefined])
  })
})

describe('assignRoles: a speech paper whose first samråd question heads its text', () => {
  it.each([
    [
      [
        'UDKAST TIL TALE',
        'til brug for besvarelsen af samrådsspørgsmål BA-BB',
        'Samrådsspørgsmål BA:',
        '”Hvordan forholder ministeren sig til sagen?”',
      ],
    ],
    [['Talepunkter til samråd', 'den 20. juni 2013', 'Samrådsspørgsmål A', '”Vil ministeren redegøre for sagen?”']],
    [['Ministerens tale', 'Samrådsspørgsmål Ø:', 'Kan ministeren oplyse prisen?']],
  ])('keeps the heading out of the letterhead: %j', (texts) => {
    const heading = texts.findIndex((text) => text.startsWith('Samrådsspørgsmål'))
    expect(roles(texts)[heading]).toBeUndefined()
  })

  it('not a sentence that names a samråd question in the letterhead column', () => {
    expect(
      roles([
        'Justitsministeriet',
        'Samrådsspørgsmålene besvares skriftligt',
        'Folketingets Retsudvalg har i brev af 3. maj 2013 stillet følgende spørgsmål:',
      ])[1],
    ).toBe('sidebar')
  })
})

describe("assignRoles: a draft speech paper's head starts the body", () => {
  it('sets the samråd headings below "UDKAST TIL TALE" in the body, the label block above it in the letterhead', () => {
    const texts = [
      'Dato:Kontor:Sagsbeh:Sagsnr.:Dok.:',
      'StrafferetskontoretAnne Hansen2014-0035-0412912345',
      'UDKAST TIL TALE',
      'til brug for besvarelsen af samrådsspørgsmål CA-CB',
      'Samrådsspørgsmål CA:',
      '”Vil ministeren redegøre for sagen?”',
    ]
    expect(roles(texts)).toEqual(['sidebar', 'sidebar', undefined, undefined, undefined, undefined])
  })

  it.each([['Udkast til talepapir'], ['Udkast til tale til samrådet']])('also in other cases: %s', (head) => {
    expect(roles(['Kontor:', 'Politikontoret', head, 'Samrådsspørgsmål D:'])).toEqual(['sidebar', 'sidebar', undefined, undefined])
  })

  it('does not start the body at a subject line that only mentions a draft (near miss)', () => {
    expect(roles(['Kontor:', 'Politikontoret', 'Vedr.: udkast til tale', 'Tak for ordet.'])[2]).toBe('sidebar')
  })
})

/** A cover sentence that starts the letter's body. */
const OPENING = 'Vedlagt fremsendes besvarelse af spørgsmål nr. 73 og 179 (B 118).'

describe("assignRoles: a page's number alone over the page's first question heading", () => {
  it.each([
    [[OPENING, '2', 'Spørgsmål nr. 73:', '”Vil ministeren oplyse …?”', 'Svar:', 'Ja.']],
    [[OPENING, '12', 'Spørgsmål 5: Vil ministeren oplyse …?', 'Svar:', 'Ja.']],
    [[OPENING, ' 3 ', 'Samrådsspørgsmål A:', '”Vil ministeren redegøre …?”']],
  ])('is the page footer: %j', (texts) => {
    expect(roles(texts)[1]).toBe('page-footer')
  })

  it('leaves a number before running text, and one before an unnumbered heading, alone (near misses)', () => {
    expect(roles([OPENING, '2', 'Spørgsmålet er stillet efter ønske fra Anne Hansen (S).'])[1]).toBeUndefined()
    expect(roles([OPENING, '2', 'Spørgsmål:', '”Vil ministeren oplyse …?”'])[1]).toBeUndefined()
  })
})

describe('assignRoles: a date alone that a letterhead name block follows', () => {
  it.each([
    // Uddannelses- og Forskningsministeriet's side column inside a table, under a heading cell ending in lower case.
    [['Tabel 1', 'Ansatte, års-', 'værk', '19. januar 2024', 'Uddannelses- og', 'Forskningsministeriet', 'Børsgade 4']],
    // Beskæftigelsesministeriet's column after a row label.
    [['Tabel 2', 'Antal personer i alt', '3. marts 2021', 'Beskæftigelsesministeriet', 'Ved Stranden 8']],
    // Justitsministeriet's column with its case number under the date.
    [['Tabel 3', 'Sager fordelt på kredse', '7. april 2008', 'J.nr. 2008-0006659']],
  ])('is the letterhead even after a line that goes on: %j', (texts) => {
    const at = texts.findIndex((text) => /^\d{1,2}\.\s\p{Ll}/u.test(text))
    expect(roles(texts)[at]).toBe('sidebar')
  })

  it('takes the ministry name broken over two lines under the date as the letterhead too', () => {
    const texts = ['Tabel 1', 'Ansatte, års-', 'værk', '19. januar 2024', 'Udlændinge- og', 'Integrationsministeriet', 'Tabel']
    expect(roles(texts).slice(3, 6)).toEqual(['sidebar', 'sidebar', 'sidebar'])
  })

  it('leaves a date that continues a sentence in the text (near miss: no ministry follows)', () => {
    const texts = ['Svar', 'Reglerne er ændret med virkning fra', '1. januar 2020', 'og gælder for alle nye sager.']
    expect(roles(texts)[2]).toBeUndefined()
  })

  it('leaves a date that continues a sentence before a line naming a board, not a ministry', () => {
    const texts = ['Svar', 'Loven trådte i kraft den', '1. juli 2019', 'Styrelsen for Arbejdsmarked og Rekruttering']
    expect(roles(texts)[2]).toBeUndefined()
  })
})

describe('assignRoles: a month and year in a table of months', () => {
  it.each([
    // Row by row: each month its value (Integrationsministeriet 2006).
    [['Svar:', 'Tekst.', 'Feb. 2006', '1826', 'Marts 2006', '1906', 'April 2006', '1701']],
    // The months one a line, then the values.
    [['Svar:', 'Tekst.', 'Januar 2021', 'Februar 2021', 'Marts 2021', 'Antal', '412', '389', '450']],
    // Months cut short, in lower case (`sept 2021`).
    [['Svar:', 'Tekst.', 'aug 2021', '12', 'sept 2021', '14']],
    // Row by row, a month and three values a row (UUI 2017-18), with a blank line between rows too.
    [['Svar:', 'Tekst.', 'Juli 2016', '1.228', '3,0 %', '26.385', 'August 2016', '1.956', '3,9 %', '26.738']],
    [['Svar:', 'Tekst.', 'Juli 2016', '1.228', '3,0 %', '26.385', '', 'August 2016', '1.956', '3,9 %', '26.738']],
  ])('leaves the months to the table: %j', (texts) => {
    expect(roles(texts).slice(2)).not.toContain('sidebar')
  })

  it('takes a month and year alone, no other near it, as the letterhead date (near miss)', () => {
    expect(roles(['Svar:', 'Tekst.', 'Marts 2006', 'Udlændinge- og', 'Integrationsministeriet'])[2]).toBe('sidebar')
  })

  it('takes a month and year as the date where words, not only values, stand between it and the next (near miss)', () => {
    expect(roles(['Svar:', 'Tekst.', 'Marts 2006', '12', 'Udlændinge- og', 'Integrationsministeriet', 'April 2006'])[2]).toBe('sidebar')
  })
})

describe('assignRoles: a wrapped sentence going on into a word that opens a heading elsewhere', () => {
  it.each([
    // Kulturministeriet 2004: the sending sentence breaks before "spørgsmål A, B, C og D."
    [
      [
        'Folketingets Kulturudvalg',
        'fremsendes hermed til Kulturudvalgets orientering mine talepapirer til samrådets',
        'spørgsmål A, B, C og D.',
      ],
    ],
    // Made-up others: "spørgsmål nr. 12" and "svar på" inside a sentence wrapped at the line's end.
    [
      [
        'Folketingets Retsudvalg',
        'Som lovet i mit brev af 3. maj sender jeg nu det udestående svar på udvalgets',
        'spørgsmål nr. 12 om politiets bemanding.',
      ],
    ],
    [
      [
        'Folketingets Skatteudvalg',
        'Jeg har modtaget henvendelsen om, hvorvidt ministeriet har afgivet et foreløbigt,',
        'svar på spørgsmålet om afgiften.',
      ],
    ],
  ])('keeps the sentence out of the letterhead: %j', (texts) => {
    expect(roles(texts).slice(1)).toEqual([undefined, undefined])
  })

  it('near miss: a lower-case heading under a short line still starts the letter', () => {
    expect(roles(['Skatteministeriet', 'Alm. del', 'spørgsmål 367:'])[0]).toBe('sidebar')
  })
})

describe("assignRoles: ft.dk's footer wrapped onto a second line", () => {
  const body = [
    'Skatteudvalget har i brev af 30. marts 2023 stillet følgende spørgsmål nr. 194, som hermed besvares.',
    'Hermed sendes endeligt svar på spørgsmålet.',
  ]
  it.each([
    ['SAU, Alm.del - 2022-23 (2. samling) - Endeligt svar på', 'spørgsmål 194: Spm., om værdien af de forskellige skatteudgifter'],
    ['L 85 - 2019-20 - Endeligt svar på spørgsmål 11: Spm. om, hvor mange', 'ikke-danske statsborgere der modtager dagpenge'],
  ])('%s / %s', (footer, rest) => {
    expect(roles([...body, footer, rest, '2728704_0002.png', 'Spørgsmål']).slice(2, 4)).toEqual(['page-footer', 'page-footer'])
    // At the text's end, no page after it.
    expect(roles([...body, footer, rest]).slice(2, 4)).toEqual(['page-footer', 'page-footer'])
  })

  it('cut off at the text’s end after its title’s first word', () => {
    expect(roles([...body, 'BUU, Alm.del - 2015-16 - Endeligt svar på spørgsmål 372:', 'Spm. om']).slice(2)).toEqual([
      'page-footer',
      'page-footer',
    ])
  })

  it('wrapped onto two lines', () => {
    const footer = [
      'KIU, Alm.del - 2016-17 - Endeligt svar på spørgsmål 5: Spm.',
      'om oversendelse af talepapir fra samrådet den 14/12-16 om',
      'folkekirken, til kirkeministeren',
    ]
    expect(roles([...body, ...footer, '1711543_0002.png', 'Notat']).slice(2, 5)).toEqual(['page-footer', 'page-footer', 'page-footer'])
  })

  it.each([
    [
      'four lines that end on the minister asked',
      [
        'L 149a - 2015-16 - Endeligt svar på spørgsmål 8: Spm. om at yde teknisk',
        'bistand til udarbejdelsen af ændringsforslag, således at grænsen for, hvor',
        'stor en del af en medarbejders løn, der kan udbetales som medarbejderaktier',
        'hæves til 25 pct. for iværksættervirksomheder (finansielle virksomheder',
        'ikke inkluderet), til skatteministeren',
      ],
    ],
    [
      'six lines of a 50-column page',
      [
        'L 149a - 2015-16 - Endeligt svar på spørgsmål 8:',
        'Spm. om at yde teknisk bistand til udarbejdelsen',
        'af ændringsforslag, således at grænsen for, hvor',
        'stor en del af en medarbejders løn, der kan udbe-',
        'tales som medarbejderaktier hæves til 25 pct. for',
        'iværksættervirksomheder (finansielle virksomheder',
        'ikke inkluderet), til skatteministeren',
      ],
    ],
  ])('wrapped onto %s', (_, footer) => {
    const read = roles([...body, ...footer, '1630397_0002.png', 'Spørgsmål'])
    expect(read.slice(2, 2 + footer.length)).toEqual(Array(footer.length).fill('page-footer'))
  })

  it('not four lines of the page’s text that do not end on the minister asked (near miss)', () => {
    const footer = 'KIU, Alm.del - 2016-17 - Endeligt svar på spørgsmål 5: Spm. om talepapir'
    const text = [
      'Notat',
      'Men derudover danner folkekirken også et',
      'eksistentielt grundlag for mange af os, som',
      'det blev sagt til kirkeministeren.',
    ]
    expect(roles([...body, footer, ...text, '1711543_0002.png']).slice(3, 7)).toEqual([undefined, undefined, undefined, undefined])
  })

  it('not the page’s text when more lines stand between the footer and the next page (near miss)', () => {
    const footer = 'KIU, Alm.del - 2016-17 - Endeligt svar på spørgsmål 5: Spm. om talepapir'
    const text = ['Notat', 'Men derudover danner folkekirken også et', 'eksistentielt grundlag for mange af os.']
    expect(roles([...body, footer, ...text, '1711543_0002.png']).slice(3, 6)).toEqual([undefined, undefined, undefined])
  })

  it('not a whole glued letter after the footer at the top of the text (near miss)', () => {
    const footer = 'B 63 - 2005-06 - Endeligt svar på spørgsmål 103: Spm. om Kan ministeren bekræfte, at der er en tendens'
    const glued = `Bilag til udenrigsministerens skrivelse af 23. januar 2006 (B 63 – spørgsmål 103) Spørgsmål nr. 103: Kan ministeren bekræfte det? Svar: ${'Den irakiske regering bad i oktober 2005 FN om at forlænge mandatet. '.repeat(4)}`
    expect(roles([footer, glued])).toEqual(['page-footer', undefined])
  })

  it('not a line of text after the footer that the page goes on with (near miss)', () => {
    const footer = 'SAU, Alm.del - 2022-23 - Endeligt svar på spørgsmål 194: Spm. om skatteudgifter'
    expect(roles([...body, footer, 'Spørgsmål', 'Vil ministeren oplyse værdien?']).slice(2)).toEqual(['page-footer', undefined, undefined])
  })
})

describe('assignRoles: a date under a one-word title', () => {
  it.each([
    [
      [
        'Høringsnotat',
        '12. september 2025',
        'KDRT',
        'J. nr. 2025-2245',
        'Et udkast til lovforslaget har været i høring hos en række myndigheder.',
      ],
    ],
    [['Notat', '3. maj 2021', 'Et udkast til lovforslaget har været i høring hos en række myndigheder.']],
  ])('is the letterhead’s date, as in any other place of the letterhead: %j', (texts) => {
    expect(roles(texts)[1]).toBe('sidebar')
  })

  it('near miss: a sentence that breaks off before a date goes on with it', () => {
    expect(roles(['Jeg kan oplyse, at loven trådte i kraft', '1. januar 2020.', 'Det fremgår af bemærkningerne.'])[1]).toBeUndefined()
  })
})

describe("assignRoles: webarkiv.ft.dk's link to the PDF (round 72)", () => {
  it('is set aside as the page image is, not read as the letterhead', () => {
    expect(roles(['PDF udgave (153 KB)', 'STATSMINISTERIET', 'Dato: 4. august 2004'])[0]).toBe('stamp')
    expect(roles(['PDF-udgave (2 MB)', 'Svar på spørgsmål 3'])[0]).toBe('stamp')
  })

  it('near miss: a sentence that names a PDF edition is no link', () => {
    expect(roles(['Rapporten kan hentes som PDF udgave (153 KB).', 'Svar på spørgsmål 3'])[0]).not.toBe('stamp')
  })
})

describe('assignRoles: the letter’s first date opening with `Den` under a unit’s name (forty-first session)', () => {
  const note = (head: string[]) => [
    'Europaudvalget 2020-21',
    'Videokonference 17/3-21 - landbrug og fiskeri Bilag 1',
    'Offentligt',
    '2348684_0001.png',
    ...head,
    'SAMLENOTAT',
    'Kommissionen har fremsat forslag til Rådets forordning om fastsættelse af fiskerimuligheder for 2021.',
  ]

  it('is the letterhead’s date, though the line above ends in lower case', () => {
    expect(roles(note(['EU og Internationalt', 'Den 8. marts 2021', 'FVM 026']))[5]).toBe('sidebar')
  })

  it('near miss: a later `Den` date under an open line, a date glued into a line above it, goes on with that line', () => {
    const texts = note(['Til underretning vedlægges besvarelsen, dateret 7. januar 2005', 'Fællessekretariatet', 'Den 6. januar 2005'])
    expect(roles(texts)[6]).toBeUndefined()
  })
})

describe('assignRoles: the letter’s first date after the place it was written, under the sender (forty-second session)', () => {
  const letter = (head: string[]) => [
    ...head,
    'Til',
    'udvalgets medlemmer og stedfortrædere.',
    'Vedlagt forslag til rekommandation fra kongressen om Danmark.',
  ]

  it('is the letterhead’s date, though the line above ends in lower case', () => {
    expect(roles(letter(['Folketinget Kommunaludvalget', 'Christiansborg, den 13. maj 2005']))[1]).toBe('sidebar')
  })

  it('near miss: a later one under an open line, a date glued into a line above it, goes on with that line', () => {
    const texts = letter([
      'Til underretning vedlægges besvarelsen, dateret 7. januar 2005',
      'Fællessekretariatet',
      'København, den 6. januar 2005',
    ])
    expect(roles(texts)[2]).toBeUndefined()
  })
})

describe('assignRoles: the letterhead’s labels glued into one line over their glued values (forty-second session)', () => {
  const note = (head: string[]) => [
    'Retsudvalget 2009-10',
    'L 186 Bilag 1',
    'Offentligt',
    'Lovafdelingen',
    ...head,
    'KOMMENTERET HØRINGSOVERSIGT',
    'Udkast til forslag til lov om ændring af retsplejeloven har været i høring hos en række myndigheder.',
  ]

  it('are the letterhead’s, and so are the values on the next line', () => {
    const texts = note(['Dato:Kontor:Sagsnr.:Dok.:', '16. marts 2010Strafferetskontoret2010-730-1093FRM41111'])
    expect(roles(texts).slice(4, 6)).toEqual(['sidebar', 'sidebar'])
  })

  it('near miss: a sentence that names the date and the office is running text', () => {
    const texts = note(['Dato og kontor fremgår af brevet til udvalget.', '16. marts 2010 blev høringen afsluttet i kontoret.'])
    expect(roles(texts).slice(4, 6)).toEqual([undefined, undefined])
  })
})

describe('assignRoles: the page’s number alone after ft.dk’s running line (forty-second session)', () => {
  const footer = 'URU, Alm.del - 2023-24 - Endeligt svar på spørgsmål 88: Spm. om drøftelser i FN, til udenrigsministeren'

  it('is the page’s foot, though the text runs on after it', () => {
    const texts = ['Fra dansk side har vi dog ved gentagne', footer, '2', 'lejligheder fordømt det.']
    expect(roles(texts).slice(1, 3)).toEqual(['page-footer', 'page-footer'])
  })

  it('near miss: a number alone after a line of text is no page number', () => {
    const texts = ['Antallet af sager var i 2023:', '2', 'lejligheder fordømt det.', footer]
    expect(roles(texts)[1]).toBeUndefined()
  })
})

describe('a side column set inside the text after its date', () => {
  const head = [
    'Udlændinge- og Integrationsudvalget har den 29. januar 2019 stillet følgende spørgsmål nr. 15, som hermed besvares.',
    'Spørgsmål nr. 15:',
    'Mener ministeren, at lovforslaget understøtter integration?',
  ]

  it('takes the short lines after the date for the column, up to its last letterhead line and the numbers after it', () => {
    const column = [
      '1. februar 2019',
      'Integrationskontor',
      'Slotsholmsgade 10',
      '1216 København K',
      'Tel.',
      'Mail',
      'www.uim.dk',
      '36977191',
      '2019 - 2047',
    ]
    const read = roles([...head, ...column, 'Svar:', 'Regeringen lægger vægt på integrationen.'])
    expect(read.slice(3, 3 + column.length)).toEqual(column.map(() => 'sidebar'))
    expect(read.at(-1)).toBeUndefined()
  })

  it("near miss: a table's short cells after the column stay the text's", () => {
    const column = ['27. oktober 2015', 'Slotsholmsgade 10', '1216 København K', 'www.uibm.dk', '2015 - 93']
    const read = roles([...head, ...column, 'Syrien*', '214', 'Alle nationaliteter', '213', 'Det er ikke muligt at udskille sagerne.'])
    expect(read.slice(-5, -1)).toEqual([undefined, undefined, undefined, undefined])
  })

  it('near miss: a date with no letterhead lines after it sets no column', () => {
    const read = roles([...head, '1. februar 2019', 'Integrationskontor', 'Slotsholmsgade 10', 'Svar:', 'Ja.'])
    expect(read.slice(4, 6)).toEqual([undefined, undefined])
  })
})

describe("a letterhead's labels one a line", () => {
  it('takes a label alone beside a letterhead label for the column: "Bilag:" there is no annex', () => {
    const read = roles(['Med venlig hilsen', 'Dato:', 'Enhed:', 'Sagsnr.:', 'Dok.nr.:', 'Bilag:', '28. august 2023', 'Troels Lund Poulsen'])
    expect(read.slice(1, 6)).toEqual(['sidebar', 'sidebar', 'sidebar', 'sidebar', 'sidebar'])
  })

  it('near miss: an annex heading alone after the text stays a heading line', () => {
    const read = roles(['Jeg henviser til bilaget.', 'Med venlig hilsen', 'Troels Lund Poulsen', 'Bilag:', 'Oversigt over sagerne'])
    expect(read[3]).toBeUndefined()
  })
})

describe("assignRoles: a letterhead's labels each over its value, set after the answer", () => {
  const answer = ['Svar:', 'Jeg har ikke grundlag for at antage, at kommunerne ikke vil leve op til deres forpligtelse.']
  const column = ['Dato:', '17. maj 2005', 'Kontor:', '3.s.kt.', 'J.nr.:', '2005-119-26', 'Sagsbeh.:', 'UK', 'Fil-navn:', 'sp. 181']

  it.each(['Indenrigs- og Sundhedsministeriet', 'Social-, Bolig- og Ældreministeriet', 'Sundhedsministeriet'])(
    'marks every pair and the ministry %j over them',
    (ministry) => {
      expect(roles([...answer, ministry, ...column]).slice(2)).toEqual(Array(column.length + 1).fill('sidebar'))
    },
  )

  it("near miss: labelled lines of a list in the answer, none of them the letterhead's, stay text", () => {
    const list = ['Formål:', 'Tilskud', 'Målgruppe:', 'Ledige', 'Varighed:', 'To år']
    expect(roles([...answer, ...list]).slice(2)).toEqual(Array(list.length).fill(undefined))
  })
})

describe('assignRoles: a web address that ends a sentence of the answer (round 39)', () => {
  const answer = (address: string) => [
    'Folketingets Europaudvalg',
    'Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:',
    'Regeringen bedes oplyse, i hvilke tilfælde Kommissionen notificeres.',
    'Svar:',
    'Information om de enkelte landes foranstaltninger kan findes på',
    'hjemmesiden',
    address,
    'Regeringen fører ikke en samlet liste over danske notifikationer.',
  ]

  it('is text, not the letterhead, where its full stop ends the sentence', () => {
    expect(roles(answer('www.eurlex.eu.'))[6]).toBeUndefined()
  })

  it('is text where it names a page, not a site (a letterhead gives its domain: `www.infomigrants.net/en/post/22235/`)', () => {
    expect(roles(answer('www.infomigrants.net/en/post/22235/'))[6]).toBeUndefined()
    // Near miss: a domain with its slash is the letterhead's.
    expect(
      roles(['Beskæftigelsesministeriet', 'Ved Stranden 8', '1061 København K', 'www.bm.dk/', 'Folketingets Beskæftigelsesudvalg'])[3],
    ).toBe('sidebar')
  })

  it('near miss: a web address with no full stop is still a letterhead line', () => {
    expect(
      roles(['Beskæftigelsesministeriet', 'Ved Stranden 8', '1061 København K', 'www.bm.dk', 'Folketingets Beskæftigelsesudvalg'])[3],
    ).toBe('sidebar')
  })
})

describe('assignRoles: a letter that opens with the matter, in running text', () => {
  const letterhead = ['TRANSPORTMINISTEREN', '1. oktober 2020', '2020-7652', 'Transportudvalget', 'Folketinget', 'Christiansborg']
  it('starts the letter at its first paragraph, not at the quote a sentence of it names', () => {
    const got = roles([
      ...letterhead,
      'I forbindelse med det fælleseuropæiske samarbejde om at styrke jernbanesik-',
      'kerheden udarbejder de nationale sikkerhedsmyndigheder årlige rapporter om',
      'sikkerheden på jernbane. Trafik-, Bygge- og Boligstyrelsen har færdiggjort',
      '”Sikkerhedsrapport',
      'for jernbanen 2019”, som medsendes til jeres orientering.',
    ])
    expect(got.slice(0, 6)).toEqual(Array(6).fill('sidebar'))
    expect(got.slice(6)).toEqual([undefined, undefined, undefined, undefined, undefined])
  })

  it('does so in a narrow column too, and in an old rendition that glued the paragraph into one line', () => {
    const narrow = roles([
      ...letterhead,
      'I forbindelse med det fælleseuropæiske samarbejde',
      'om at styrke jernbanesikkerheden udarbejder de',
      'nationale sikkerhedsmyndigheder årlige rapporter',
      'om sikkerheden på jernbane. Styrelsen har færdiggjort',
      '”Sikkerhedsrapport for jernbanen 2019”, som medsendes.',
    ])
    expect(narrow.slice(6)).toEqual([undefined, undefined, undefined, undefined, undefined])
    const glued = roles([
      ...letterhead,
      'I forbindelse med det fælleseuropæiske samarbejde om at styrke jernbanesikkerheden udarbejder de nationale sikkerhedsmyndigheder årlige rapporter om sikkerheden på jernbane. Styrelsen har færdiggjort',
      '”Sikkerhedsrapport for jernbanen 2019”, som medsendes.',
    ])
    expect(glued.slice(6)).toEqual([undefined, undefined])
  })

  it('a paragraph whose sentences end on a year is the text, before a later line that opens like a letter', () => {
    // A note's first section (SUU 2008): its sentences end on years (`… udsat til` / `2008. Den danske regering …
    // den 12. februar 2007.`); the next paragraph's `Kommissionen har den 2. juli 2008 fremsat …` reads like a preamble.
    const note = [
      'Ministeriet for Sundhed og Forebyggelse',
      'Dato:',
      '12. august 2008',
      'J.nr.:',
      '2008-10333-423',
      '1. Baggrund',
      'Kommissionen lancerede den 26. september 2006 en offentlig høring om sundhedstjenesteydelser i det',
      'indre marked mv. med henblik på udarbejdelse og fremsættelse af forslag i 2007, hvilket blev udsat til',
      '2008. Den danske regering afgav sit høringssvar den 12. februar 2007.',
      'Kommissionen har den 2. juli 2008 fremsat forslag til direktiv om anvendelse af patientrettigheder.',
    ]
    expect(roles(note).slice(6)).toEqual([undefined, undefined, undefined, undefined])
    // Near miss: the same lines ending no sentence (the year runs on) are no paragraph of the text.
    const open = [...note.slice(0, 8), '2008 og igen til foråret 2009 med henblik på en ny høring om', note[9] as string]
    expect(roles(open).slice(6, 9)).toEqual(['sidebar', 'sidebar', 'sidebar'])
  })

  it.each([
    // A subject line over the sending sentence: one line, no sentence ended. The statement after it is the letter's
    // first (fifty-second session: 20081_l47_bilag12's text opens there, a statement on a line of its own).
    [
      [
        'L 47 om afgift til grundvandsbeskyttelse - manglende oversendelse af høringssvar fra Danmarks Naturfredningsforening',
        'Til udvalgets orientering skal jeg oplyse, at styrelsens direktion i dag har sendt vedlagte brev til foreningen.',
        'Til udvalgets orientering vedlægges høringssvaret af 12. august 2008.',
      ],
      1,
    ],
    // A speech's title wrapped over two lines ends no sentence.
    [
      [
        'Udviklingsministerens talepapir til brug for samråd om analysen af',
        'udviklingssamarbejdet ”Reform eller Udsalg” af finanslovsforslaget for',
        '2022',
        'Tak for ordet og for spørgsmålene.',
      ],
      3,
    ],
  ])('near miss, a title before the letter’s start stays its head: %j', (texts, start) => {
    const got = roles(texts)
    expect(got.slice(0, start).every((role) => role === 'sidebar')).toBe(true)
    expect(got[start]).toBeUndefined()
  })
})

describe("assignRoles: the letterhead's column after the answer", () => {
  it('takes `Ref.-nr.` and `Akt-id` as labels, and the value under a reference label alone', () => {
    expect(
      roles(['Svar:', 'Det er en problemstilling, som ligger mig på sinde.', 'Ref.-nr.', '14/017852-03', 'Akt-id', 'Med venlig hilsen']),
    ).toEqual([undefined, undefined, 'sidebar', 'sidebar', 'sidebar', undefined])
  })

  it('dates the letter under a sentence that ends in a number (`… spørgsmål 89.` / `8. marts 2016`)', () => {
    expect(roles(['Der henvises i øvrigt til mit svar på spørgsmål 89.', '8. marts 2016'])[1]).toBe('sidebar')
  })

  it('near miss: a date split after its day (`… af 30.` / `august 2021`) stays in the sentence', () => {
    expect(roles(['Det fremgår af Arbejdstilsynets brev af 30.', 'august 2021'])[1]).toBeUndefined()
  })
})

describe('assignRoles: running text whose sentence goes on into a capital after an open word', () => {
  it('starts the letter at the paragraph, not at its second line', () => {
    const got = roles([
      'Rigsombudsmanden',
      'i Grønland',
      'Nuuk, 28. maj 2025',
      'Under demonstrationer søndag den 18. maj 2025 satte ca. 600 borgere i Tasiilaq og ca. 100 borgere i',
      'Nuuk fokus på levevilkårene i Østgrønland. De fremmødte i begge byer kritiserede selvstyret og',
      'Kommuneqarfik Sermersooq for ikke at investere i og skabe udvikling i Østgrønland. Demonstranterne',
      '”Vi tager det alvorligt”, sagde formanden.',
    ])
    expect(got.slice(3)).toEqual([undefined, undefined, undefined, undefined])
  })
})

describe('assignRoles: running text whose line ends in a number', () => {
  const head = ['Rigsombudsmanden', 'i Grønland', 'Nuuk, 28. maj 2025', 'Orientering nr. 11/2025']
  it('goes on into the next line in lower case (`… 18. maj 2025` / `satte ca. 600 …`)', () => {
    const got = roles([
      ...head,
      'Under demonstrationer søndag den 18. maj 2025',
      'satte ca. 600 borgere i Tasiilaq og ca. 100',
      'borgere i Nuuk fokus på levevilkårene i',
      'Østgrønland. De fremmødte i begge byer kritiserede',
      'selvstyret og Kommuneqarfik Sermersooq for ikke at',
      '”Vi tager det alvorligt”, sagde formanden.',
    ])
    expect(got.slice(4, 9)).toEqual([undefined, undefined, undefined, undefined, undefined])
  })
})

describe('assignRoles: running lines of questions only', () => {
  it('are no letter opening: a question quoted in a speech paper’s head', () => {
    const got = roles([
      'Talepapir',
      'Tekst:',
      'Vil ministeren redegøre for, hvilke forbrydelser de mange',
      'forsvundne udlændinge fra Udrejsecenter Kærshovedgård',
      'samlet set er dømt for, og hvordan regeringen vil sikre, at',
      'denne situation ikke underminerer retsfølelsen i Danmark?',
      'Sags nr.',
      'Akt-id',
      '2025 - 286',
      '3076643',
      'Tale:',
      'Tak for ordet og for at indkalde mig i dag.',
    ])
    expect(got.slice(8, 11)).toEqual(['sidebar', 'sidebar', 'sidebar'])
  })

  it('near miss: running lines with a statement among the questions open the letter', () => {
    const got = roles([
      'Talepapir',
      'Ministeriet har modtaget mange henvendelser om sagen, og det er der',
      'gode grunde hertil. Hvordan kan det gå til, at reglerne er så uklare for',
      'de mange borgere, som har spurgt?',
      '2025 - 286',
      'Tak for ordet og for at indkalde mig i dag.',
    ])
    expect(got.slice(1, 5)).toEqual([undefined, undefined, undefined, undefined])
  })
})

describe("assignRoles: a narrow column's opening paragraph", () => {
  it('runs on through lines without a run of small words and into its short last line', () => {
    const got = roles([
      'Rigsombudsmanden',
      'i Grønland',
      'Nuuk, 28. maj 2025',
      'Demonstranterne gav bl.a. udtryk for utilfredshed',
      'med boligmangel, ledighed og utilstrækkelige for-',
      'syninger i Østgrønland.',
      'Formand for Naalakkersuisut Jens-Frederik Nielsen',
      'og medlemmer af Inatsisartut, Lars Poulsen (SIU)',
      'og Gerth Mikaelsen (NAL),',
      'var mødt op for at møde demonstranterne i Nuuk.',
      '”Vi tager det alvorligt”, sagde formanden.',
    ])
    expect(got.slice(0, 3)).toEqual(['sidebar', 'sidebar', 'sidebar'])
    expect(got.slice(3, 6)).toEqual([undefined, undefined, undefined])
  })

  it('runs on through a short line a word is broken off at by its hyphen', () => {
    const got = roles([
      'Transportudvalget',
      'Folketinget',
      'Christiansborg',
      'I forbindelse med det fælleseuropæiske samarbejde',
      'om at styrke jernbanesik-',
      'kerheden udarbejder de nationale sikkerhedsmyndig-',
      'heder årlige rapporter om sikkerheden på jernbane.',
      'Trafik-, Bygge- og Boligstyrelsen har færdiggjort',
      '”Sikkerhedsrapport',
      'for jernbanen 2019”, som medsendes til jeres',
      'orientering.',
    ])
    expect(got.slice(3, 8)).toEqual([undefined, undefined, undefined, undefined, undefined])
  })

  it('near miss: a title of one line and the word it wraps is no paragraph', () => {
    const got = roles([
      'Taleudkast til samråd K om finansiering af',
      'anbringelsesområdet.',
      'Socialudvalget den 7. maj 2014.',
      'NB: Det talte ord gælder.',
      'Tak for ordet.',
      'Jeg er blevet bedt om at redegøre for, hvordan det er gået med overvejelserne.',
    ])
    expect(got.slice(0, 2)).toEqual(['sidebar', 'sidebar'])
  })
})

describe('assignRoles: a quote inside a sentence opens no letter (round 70)', () => {
  const note = [
    'NOTAT',
    'Høringsnotat vedrørende bekendtgørelse om ordning med statsgaranti',
    '1. Indledning',
    'Bekendtgørelsen har til formål at fastsætte nærmere regler om den statsga-',
    'rantiordning, der foreslås indført med lov om etablering af statsgaranti på',
    'en del af ejendomskreditaftalerne i landdistrikterne (lov nr. 116, fremsat',
    'den 9. februar 2022). Lovforslaget og bekendtgørelsen følger op på forstå-',
    'elsespapiret',
    '”Retfærdig retning for Danmark” fra juni 2019 og regeringens udspil fra maj',
    '2021.',
  ]

  it("leaves a note's head and text without the letterhead's role when a quoted title goes on its sentence", () => {
    expect(roles(note).slice(0, 8)).toEqual(Array.from({ length: 8 }, () => undefined))
  })

  it('near miss: a paragraph of running text before such a quote still opens the letter, the head above it the letterhead', () => {
    const got = roles([
      'TRANSPORTMINISTEREN',
      'Telefon',
      '41 71 27 00',
      'I forbindelse med det fælleseuropæiske samarbejde om at styrke jernbanesik-',
      'kerheden udarbejder de nationale sikkerhedsmyndigheder årlige rapporter om',
      'sikkerheden på jernbane. Trafik-, Bygge- og Boligstyrelsen har færdiggjort',
      '”Sikkerhedsrapport',
      'for jernbanen 2019”, som medsendes til jeres orientering.',
    ])
    expect(got.slice(0, 4)).toEqual(['sidebar', 'sidebar', 'sidebar', undefined])
  })

  it('near miss: a letter that opens with its quoted question still opens there', () => {
    expect(roles(['Skatteministeriet', '”Vil ministeren oplyse, hvor mange der er ansat?”', 'Svar:', 'Der er ansat 12.'])).toEqual([
      'sidebar',
      undefined,
      undefined,
      undefined,
    ])
  })
})

describe("assignRoles: the letterhead's date under the ministry's name (round 70)", () => {
  it.each([['Indenrigs- og Sundhedsministeriet'], ['Udlændinge-, Integrations- og Boligministeriet'], ['Miljøministeriet']])(
    'takes the date under %j as the letterhead’s',
    (name) => {
      const got = roles([
        name,
        '23. februar 2005',
        'Høringsnotat til Folketingets Kommunaludvalg om',
        'Forslag til lov om kommunale borgerservicecentre',
      ])
      expect(got[1]).toBe('sidebar')
    },
  )

  it('near miss: a sentence that names a ministry and goes on into a date keeps it', () => {
    const got = roles(['Sagen blev sendt til høring i Indenrigs- og Sundhedsministeriet den', '23. februar 2005', 'og er nu afsluttet.'])
    expect(got[1]).toBeUndefined()
  })
})

describe("assignRoles: the case number's label written `J nr.`, without the J's stop", () => {
  // The climate and energy ministry's letters (fixtures/real/20131_keb_spm174_1388840): `J nr. 2014 - 1819` alone on
  // its line, here set inside the text after the question's heading.
  const letter = (caseLine: string) => [
    'Klima-, Energi- og Bygningsudvalget har i brev af 30. juni 2014 stillet mig følgende spørgsmål 174, som jeg hermed skal besvare.',
    'Spørgsmål 174',
    caseLine,
    'Kan ministeren bekræfte, at reglerne er bedre?',
    'Svar',
    'Ja.',
  ]

  it('reads `J nr. 2014 - 1819` alone on its line as the letterhead', () => {
    expect(roles(letter('J nr. 2014 - 1819'))[2]).toBe('sidebar')
  })

  it('near miss: a sentence that mentions a `J nr.` inside it is text', () => {
    expect(roles(letter('Sagen har J nr. 2014 - 1819 i ministeriet, og den er afsluttet.'))[2]).toBeUndefined()
  })
})

describe("assignRoles: the case number's label after the ministry's name opening the line (round 136)", () => {
  // A cover letter with no heading (fixtures/real/20042_l98_bilag4_160036): nothing but the case label marks the line.
  const letter = (first: string) => [
    first,
    'Side 2 Henvendelse fra Ernst og Young (udvalgets bilag 2) I henvendelsen gøres opmærksom på, at indeksobligationer ikke kan indgå i virksomhedsskatteordningen.',
  ]

  it('reads `Skatteministeriet J.nr. 2004-411-0039 …` as the letterhead', () => {
    // A cover page set on one line: its sending sentence would otherwise open the letter there.
    const cover =
      'Skatteministeriet J.nr.  2004-411-0039 Den Til Folketingets Skatteudvalg Hermed fremsendes i 5 eksemplarer kommentar til L 98. Kristian Jensen /  Lise Bo Nielsen'
    expect(roles(letter(cover))[0]).toBe('sidebar')
  })

  it('near miss: the ministry as a sentence’s subject before a case number is text', () => {
    expect(roles(letter('Skatteministeriet har under J.nr. 2004-411-0039 oplyst, at sagen er afsluttet.'))[0]).toBeUndefined()
  })
})

describe("assignRoles: a CVR or EAN line is the letterhead's, a sentence that opens with the word is not (sixty-first session)", () => {
  const letter = (line: string) => [
    'Børne- og Undervisningsudvalget',
    'Christiansborg',
    'I brev af 12. september 2024 har udvalget stillet mig følgende spørgsmål:',
    'Vil ministeren vurdere, om skolen kan oprettes som et separat P-nummer, så den ikke er registreret under et',
    line,
    'Svar:',
    'Jeg tolker spørgsmålet som et spørgsmål om udkantstilskuddet.',
  ]

  it.each(['CVR-nr. 2045 3044', 'CVR 20453044', 'EAN 5798000880016', 'CVR-nr.', 'CVR-n'])('near miss: %j is the letterhead’s', (line) => {
    expect(roles(letter(line))[4]).toBe('sidebar')
  })

  it("a question's wrapped line that opens with `CVR-nummer` is the text's", () => {
    expect(roles(letter('CVR-nummer beliggende i Randers?'))[4]).toBeUndefined()
  })
})

describe('assignRoles: a title with its `svar på` left out, after the letterhead’s column (Udenrigsministeriet 2017)', () => {
  const letter = (title: string) => [
    'Udenrigsministeriet',
    'Medlemmerne af Folketingets Europaudvalg',
    'Asiatisk Plads 2',
    'DK-1448 København K',
    'Sag/ID Nr.',
    'Enhed',
    'Dato',
    '2015 - 37024',
    'EUP',
    '8. november 2017',
    'EUU',
    '–',
    title,
    'stillet den 3. november 2017 til udenrigsministeren',
    'Spørgsmål',
    'Vil ministeren oplyse, hvor stor en andel af investeringerne der er støttet?',
  ]

  it('opens the letter at the title naming the question and its asker', async () => {
    expect(roles(letter('alm. del spørgsmål 6 fra Kenneth Kristensen Berth')).slice(12, 14)).toEqual([undefined, undefined])
    const record = await parse(letter('alm. del spørgsmål 6 fra Kenneth Kristensen Berth').join('\n'))
    expect(record.question.askers.map((asker) => asker.name)).toEqual(['Kenneth Kristensen Berth'])
    expect(record.question.recipient).toBe('udenrigsministeren')
  })

  it('near miss: a year after `fra` is no asker, and opens nothing', () => {
    expect(roles(letter('alm. del spørgsmål 6 fra 2016 om investeringer')).at(12)).toBe('sidebar')
  })
})

describe('assignRoles: a web address the letter cites on a line of its own', () => {
  const letter = (before: string, address: string) =>
    roles([
      'Folketingets Socialudvalg',
      'Telefon 72 28 24 00',
      'Folketingets Socialudvalg har d. 21. februar 2020 stillet følgende spørgsmål nr. 374 (alm. del).',
      'Spørgsmål nr. 374:',
      `”Vil ministeren kommentere artiklen ”Hvad gør man?”, ${before}`,
      address,
      'den 20. februar 2020 og redegøre for sagen?”',
    ])

  it('keeps the address in the sentence where the line before ends on a word no sentence ends on', () => {
    expect(letter('fra', 'www.plejefamilierne.dk')[5]).toBeUndefined()
  })

  it("still takes an address after a closed line as the letterhead's (near miss)", () => {
    expect(letter('bragt i går.', 'www.plejefamilierne.dk')[5]).toBe('sidebar')
  })
})
