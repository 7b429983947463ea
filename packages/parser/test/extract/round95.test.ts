/**
 * Round 95's rules, from its training documents: a PDF converter's banner alone on its line (and the next page's
 * number after it) is the page's furniture; the second row of a glued label column (`J.nr.:Sagsbeh.:Fil-navn:` /
 * `2009/5011-100MLP101.09.svar.`); an answer filed as another committee's annex under two stamps, the inner naming the
 * question answered; the letterhead's telephone column set in the text's run; a speech paper's title naming whose
 * speech it is.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe("a converter's banner alone on its line", () => {
  const letter = (banner: string) =>
    `Folketingets Lovsekretariat\nØKONOMI- OG\nERHVERVSMINISTEREN\n29. september 2008\nVedlagt fremsender jeg min besvarelse af spørgsmål S 2411 stillet af Morten Messerschmidt den 4. september 2008.\nMed venlig hilsen\nLene Espersen\n${banner}\n593494_0002.png\n2\nBesvarelse af spørgsmål S 2411 stillet af Morten Messerschmidt den 4. september 2008.\nSpørgsmål S 2411:\n”Kan ministeren bekræfte, at forhandlingerne forløb som beskrevet?”\nSvar:\nVed forhandlingerne af opholdsdirektivet var det regeringens vurdering, at forslaget kunne støttes.\n`

  it('is no title of the signature above it', async () => {
    const record = await parse(letter('PDF to HTML - Convert PDF files to HTML files'))
    expect(record.signature).toEqual({ name: 'Lene Espersen', title: null })
  })

  it('near miss: a line that only names the converter is the letter’s', async () => {
    const record = await parse(letter('Notatet er konverteret med PDF to HTML'))
    expect(record.signature?.title).toBe('Notatet er konverteret med PDF to HTML')
  })

  it('takes the next page’s number with it', async () => {
    const text =
      'Spørgsmål nr. 599:\n”Hvilke tolkesprog benyttes mest?”\nSvar:\nMinisteriet er ikke i be-\nPDF to HTML - Convert PDF files to HTML files\n1419701_0002.png\n2/3\nsiddelse af oplysninger om tolkesprog.\n'
    expect((await parse(text)).answer.text).toBe('Ministeriet er ikke i besiddelse af oplysninger om tolkesprog.')
  })
})

describe('the second row of a glued label column', () => {
  const letter = (values: string) =>
    `Udvalget for Udlændinge- og Integrationspolitik 2008-09\nUUI Alm.del\nOffentligt\nDato:Kontor:\n4. maj 2009Kontoret for Integrationspolitik\nJ.nr.:Sagsbeh.:Fil-navn:\n${values}\nBesvarelse af spørgsmål nr. 101 stillet af Udvalget for Udlændinge- og Integrationspolitik til ministeren for flygtninge, indvandrere og integration den 27. marts 2009 (Alm. del).\nSpørgsmål:\n”Kan en kommune nægte en flygtning bopæl?”\nSvar:\nNej.\n`

  it('gives the case number, up to the case officer’s initials glued after it', async () => {
    expect((await parse(letter('2009/5011-100MLP101.09.svar.'))).caseNumber).toBe('2009/5011-100')
  })

  it('near miss: digits with no join between groups are no case number', async () => {
    expect((await parse(letter('5011100MLP101.09.svar.'))).caseNumber).toBeNull()
  })
})

describe('an answer filed as another committee’s annex under two stamps', () => {
  const letter = (inner: string) =>
    `Europaudvalget 2018-19 (1. samling)\nKOM (2018) 0677 Bilag 1\nOffentligt\n${inner}\nOffentligt\nUdenrigsministeriet\n19. december 2018\nSvar på spørgsmål 73 fra Christian Juhl (EL).\nSpørgsmål\n”Vil ministeren redegøre for aftalerne?”\nSvar\nRegeringen støtter FN’s proces.\n`

  it('is the inner stamp’s question, an alm. del one', async () => {
    const record = await parse(letter('Udenrigsudvalget 2018-19\nURU Alm.del - endeligt svar på spørgsmål 73'))
    expect(record.committee?.code).toBe('URU')
    expect(record.question.kind).toBe('general')
    expect(record.question.bill).toBeNull()
  })

  it('near miss: an inner stamp of another annex leaves the outer stamp’s committee', async () => {
    const record = await parse(letter('Udenrigsudvalget 2018-19\nURU Alm.del Bilag 25'))
    expect(record.committee?.code).toBe('EUU')
  })
})

describe("the letterhead's telephone column in the text's run", () => {
  const letter = (column: string) =>
    `Besvarelse af spørgsmål S 2411 stillet af Morten Messerschmidt den 4. september 2008.\nSpørgsmål S 2411:\n${column}\n”Kan ministeren bekræfte, at forhandlingerne forløb som beskrevet?”\nSvar:\nJa.\n`

  it('is no part of the question', async () => {
    const record = await parse(letter('Tlf.\nFax\n33 92 33 50\n33 12 37 78'))
    expect(record.question.text).toBe('Kan ministeren bekræfte, at forhandlingerne forløb som beskrevet?')
  })

  it('near miss: a label with no number after it is no column', async () => {
    const record = await parse(letter('Tlf.'))
    expect(record.question.text).toContain('Tlf.')
  })
})

describe("a speech paper's title naming whose speech it is", () => {
  const paper = (title: string) =>
    `Det talte ord gælder\n${title}\nSamrådsspørgsmål N:\n’Vil ministeren redegøre for sagsbehandlingstiden for handicapbiler?’\nMinisterens svar:\nDet er først og fremmest et kommunalt ansvar at sørge for, at borgerne får hjælp hurtigt.\n`

  it('gives the ministry', async () => {
    expect((await parse(paper('Velfærdsministeriets tale ved afholdelse af samråd vedrørende handicapbil'))).ministry).toBe(
      'Velfærdsministeriet',
    )
  })

  it('near miss: a title naming no ministry gives none', async () => {
    expect((await parse(paper('Tale ved afholdelse af samråd vedrørende handicapbil'))).ministry).toBeNull()
  })
})
