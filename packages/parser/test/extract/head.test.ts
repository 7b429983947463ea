import { describe, expect, it } from 'vitest'
import {
  findCaseCode,
  findCaseReference,
  findCommitteeLine,
  findMinisterLine,
  findOpeningBill,
  findQuestionLine,
  openingLines,
} from '../../src/extract/head.js'
import type { Line } from '../../src/extract/lines.js'

/** Lines as the line view gives them, one block each. */
const lines = (...texts: string[]): Line[] => texts.map((text, index) => ({ text, line: index + 1, index, block: index }))

describe('findCaseReference: a committee code with its case in the opening', () => {
  it.each([
    ['KOU alm. del - Spørgsmål 154', { code: 'KOU', kind: 'general', number: '154' }],
    ['URU alm. del – spørgsmål 3.', { code: 'URU', kind: 'general', number: '3' }],
    ['Velfærdsministeriet Dato: 7. april 2008 Fil-navn: TRU spm. 325', { code: 'TRU', kind: 'general', number: '325' }],
    ['FOU Samråd A: Afghanistan', { code: 'FOU', kind: 'consultation', number: 'A' }],
    ['spørgsmål nr. 382(SOU Alm. del).', { code: 'SOU', kind: 'general', number: undefined }],
    // A speech paper's occasion: the samråd letter after "alm. del" (Finansministeriet 2014, BUU 2024, made-up others).
    ['FIU alm. del samrådsspørgsmål V', { code: 'FIU', kind: 'consultation', number: 'V' }],
    ['Anledning: BUU alm. del - samrådsspm. H', { code: 'BUU', kind: 'consultation', number: 'H' }],
    ['SUU Alm.del – samrådsspørgsmål AØ og AÅ', { code: 'SUU', kind: 'consultation', number: 'AØ' }],
    ['REU samrådsspm. BA', { code: 'REU', kind: 'consultation', number: 'BA' }],
    // A bill's or a proposal's question the same way, the number with or without a space (KOU 2006, made-up others).
    ['Besvarelse af KOU ad B50 - Spørgsmål 6', { code: 'KOU', kind: 'bill', number: '6' }],
    ['SUU L 12 – spm. nr. 3', { code: 'SUU', kind: 'bill', number: '3' }],
    ['Svar på FIU vedr. L 5 - spørgsmål 22:', { code: 'FIU', kind: 'bill', number: '22' }],
    // ft.dk's old title of an answer's page, and the running line's form without its session (forty-second session).
    ['MPU alm. del - svar på spm. 261, fra miljøministeren', { code: 'MPU', kind: 'general', number: '261' }],
    ['UFO Alm.del - endeligt svar på spørgsmål 93', { code: 'UFO', kind: 'general', number: '93' }],
  ])('%s', (text, expected) => {
    expect(findCaseReference(lines(text))).toMatchObject(expected)
  })

  it.each([
    // Near misses: a samråd question the text refers to, and a samråd "om" a matter (no letter).
    ['Samrådsspørgsmålet har tidligere været stillet, jf. BUU alm. del - samrådsspm. H.', 'BUU'],
    ['se også FIU alm. del samrådsspørgsmål V', 'FIU'],
    // `også` alone, as a speech paper's head reads it.
    ['Jeg besvarer dermed også FIU alm. del samrådsspørgsmål V', 'FIU'],
    ['REU samråd om politiets indsats', 'REU'],
    // An answer a sentence tells of, words after its number: another letter's.
    ['FOU Alm.del - endeligt svar på spørgsmål 331 blev sendt.', 'FOU'],
  ])('reads the committee but no question from %s', (text, code) => {
    const reference = findCaseReference(lines(text))
    expect(reference).toMatchObject({ code, kind: 'general' })
    expect(reference?.number).toBeUndefined()
  })

  it('reads the question where `også` stands not right before the reference', () => {
    // Near miss: the word must stand just before the reference.
    expect(findCaseReference(lines('Også i dag: FIU alm. del samrådsspørgsmål V'))).toMatchObject({ kind: 'consultation', number: 'V' })
  })

  it('near miss: an answer named after "alm. del" by other words gives no number', () => {
    expect(findCaseReference(lines('MPU alm. del - bilag til svar på spm. 261'))?.number).toBeUndefined()
  })

  it('near miss: a bill named with no question after it gives no number', () => {
    expect(findCaseReference(lines('KOU ad B50 er behandlet i udvalget, jf. spørgsmålet'))).toBeUndefined()
  })

  it('passes over three letters that are no committee the registry knows', () => {
    expect(findCaseReference(lines('Jeg henviser til spm. 3 og til alm. del'))).toBeUndefined()
  })

  it('reads a title naming its question by the code before "spørgsmål" (fifty-third session)', () => {
    expect(findCaseReference(lines('Miljøministerens svar på EPU spørgsmål nr. 133'))).toMatchObject({
      code: 'EPU',
      kind: 'general',
      number: '133',
    })
    expect(findCaseReference(lines('Bilag til svar på TRU spørgsmål nr. 346'))).toMatchObject({ code: 'TRU', number: '346' })
    // Near misses: another letter's answer cited in a sentence; a word in capitals no committee's code.
    expect(findCaseReference(lines('Jeg henviser i øvrigt til mit svar på SUU spørgsmål nr. 12'))).toBeUndefined()
    expect(findCaseReference(lines('Svar på EMU spørgsmål nr. 12'))).toBeUndefined()
  })
})

describe('findQuestionLine: the number the opening gives', () => {
  it.each([
    ['Spørgsmål nr. 382:”Vil ministeren bekræfte …', '382'],
    ['Alm. del spørgsmål 142', '142'],
    ['Alm. del. spørgsmål 113', '113'],
    ['spørgsmål 367:', '367'],
    ['Miljøministerens foreløbige svar på spørgsmål nr. 346 (alm. del) stillet', '346'],
    ['Svar på Europaudvalgets spørgsmål nr. 5 af 1. september 2010', '5'],
    ['Under henvisning til brev af 7. april 2010følger hermed socialministerens endelige svar på spørgsmål nr. 382(SOU Alm. del).', '382'],
    // an aktstykke's question under the finance act's section (Finansudvalget 2006)
    ['Besvarelse af Finansudvalget § 7 spørgsmål 25 - aktstykke nr. 189', '25'],
  ])('%s → %s', (text, number) => {
    expect(findQuestionLine(lines(text))?.value).toBe(number)
  })

  it.each([
    'Jeg henviser til min besvarelse af spm. 65 alm. del stillet af Folketingets Kommunaludvalg.',
    'Spørgsmålet er stillet efter ønske fra Anne Baastrup (SF).',
    'Spørgsmål 2.5 i rapporten',
    'Jeg henviser til besvarelse af § 7 i loven, spørgsmål om fradrag.',
  ])('takes no number from "%s"', (text) => {
    expect(findQuestionLine(lines(text))).toBeUndefined()
  })
})

describe('findOpeningBill: the bill the opening sentence names', () => {
  it.each([
    ['Besvarelse af spørgsmål nr. 74 ad L 93 stillet af Folketingets Udvalg for …', 'L 93'],
    ['Miljøministerens besvarelse af spørgsmål nr. 14 ad L 175 og L 176 stillet af …', 'L 175'],
    ['I forbindelse med behandlingen af (L 106) Forslag til Lov om ændring af', 'L 106'],
    ['Svar på spørgsmål nr. 3 til B 12 fra Retsudvalget', 'B 12'],
    ['Besvarelse af Finansudvalget § 7 spørgsmål 25 - aktstykke nr. 189', 'Aktstk. 189'],
    // the bill and its title as the letter's subject line (Skatteministeriet 2007)
    ['L 217 -  Forslag til Lov om ændring af registreringsafgiftsloven og vægtafgiftsloven.', 'L 217'],
    ['Vedr.: B 12 – Forslag til folketingsbeslutning om en national strategi', 'B 12'],
  ])('%s → %s', (text, bill) => {
    expect(findOpeningBill(lines(text))?.value).toBe(bill)
  })

  it.each([
    // `ad.` with a stop, the bill unspaced (Transport- og Energiministeriet 2007).
    ['Trafikudvalget har i brev af 9. februar 2007 stillet mig følgende spørgsmål 4 ad. B72, som jeg hermed skal besvare.', 'B 72'],
    // The bill between two question words (Indenrigs- og Sundhedsministeriet 2006).
    ['Besvarelse af spørgsmål nr. L 140 – Spørgsmål 96, som Sundhedsudvalget har stillet til indenrigs- og sundhedsministeren', 'L 140'],
    ['Spørgsmål L 140 - Spørgsmål 96:', 'L 140'],
  ])('fifty-fourth session: %s → %s', (text, bill) => {
    expect(findOpeningBill(lines(text))?.value).toBe(bill)
  })

  it("takes the bill closing a finance bill's title that runs on from the question's line, its word broken", () => {
    const title = ['Spørgsmål nr. 75 fra Folketingets Retsudvalg vedrørende forslag til fi-', 'nanslov for finansåret 2020 (L1):']
    expect(findOpeningBill(lines(...title))?.value).toBe('L 1')
    // Near miss: a title that closes without its number names no bill.
    const unnumbered = ['Spørgsmål nr. 75 fra Folketingets Retsudvalg vedrørende forslag til fi-', 'nanslov for finansåret 2020:']
    expect(findOpeningBill(lines(...unnumbered))).toBeUndefined()
    // Near miss: `ad.` before a word, not a bill; a bill after one question word only stays unread there.
    expect(findOpeningBill(lines('spørgsmål 4 ad. Banedanmarks plan'))).toBeUndefined()
    expect(findOpeningBill(lines('Spørgsmål L 140 om psykiatrien'))).toBeUndefined()
  })

  it.each(['-', '\u00ad'])(
    'takes the bill after a question word broken at the line before by its hyphen (%j; sixty-sixth session)',
    (hyphen) => {
      const opening = [
        `Folketingets Kulturudvalg har den 7. april 2021 stillet mig følgende spørgs${hyphen}`,
        'mål, nr. 1 ad L 205, som jeg hermed besvarer.',
      ]
      expect(findOpeningBill(lines(...opening))?.value).toBe('L 205')
      // Near miss: a word broken there that is no question's.
      const other = [
        `Folketingets Kulturudvalg har den 7. april 2021 efter ønske fra medlem${hyphen}`,
        'mer ad L 205 skrevet, som jeg hermed besvarer.',
      ]
      expect(findOpeningBill(lines(...other))).toBeUndefined()
    },
  )

  it('takes no bill from a line that speaks of neither a question nor a reading', () => {
    expect(findOpeningBill(lines('Loven blev ændret ved (L 12) i 2019.'))).toBeUndefined()
    expect(findOpeningBill(lines('Loven blev ændret ved ( L 12 ) i 2019.'))).toBeUndefined()
    // Near miss: a bill named inside running text, not as the line's subject.
    expect(findOpeningBill(lines('Med L 12 - forslag til lov om skat - blev reglerne ændret i 2019.'))).toBeUndefined()
  })

  it.each([
    ['følger hermed velfærdsministerens endelige svar på spørgsmål nr. 19 (Ad L 15) stillet efter ønske fra', 'L 15'],
    ['Svar på spørgsmål 3 (Vedr. L 40) fra Skatteudvalget', 'L 40'],
    ['I forbindelse med behandlingen af L 199 forslag til lov om velfærdsaftaler har udvalget', 'L 199'],
    ['Under udvalgets behandling af lovforslag nr. L 12 har udvalget stillet', 'L 12'],
    ['I forbindelse med behandlingen af lovforslaget L 87 om ændring af', 'L 87'],
    ['følger hermed velfærdsministerens endelige svar på spørgsmål nr. 4 (KOU L 172).', 'L 172'],
    ['Svar på spørgsmål 9 (SUU ad L 3) fra Sundhedsudvalget', 'L 3'],
    // The bill's kind in the brackets.
    ['stillet følgende spørgsmål nr. 12 (lovforslag L 45), som hermed besvares.', 'L 45'],
    ['stillet følgende spørgsmål nr. 12 (Lovforslag nr. L 45), som hermed besvares.', 'L 45'],
    ['stillet følgende spørgsmål nr. 3 (beslutningsforslag B 12), som hermed besvares.', 'B 12'],
    // A space opening the brackets (Transport- og Energiministeriet 2005; fifty-third session).
    ['Svar på Finansudvalgets spørgsmål nr. 5 af 7. oktober 2005 vedr. FFL 2006 ( L2 - §28 spørgsmål 5 6)', 'L 2'],
    // A title opening with the committee's code and the bill, then the answer (Udenrigsministeriet 2024).
    ['FOU B 104 – endeligt svar på spørgsmål 19 fra Christian Friis Bach', 'B 104'],
  ])('round 11: a capitalised "Ad" in the brackets, a bill bare after its reading: %s → %s', (text, bill) => {
    expect(findOpeningBill(lines(text))?.value).toBe(bill)
  })

  it('the bill opening the next line after its word at the line end (a narrower wrap, fifty-sixth session)', () => {
    const wrapped = [
      'Under henvisning til Folketingets Socialudvalgs breve af 14. april 2005 ad',
      'L 39 følger her med i 5 eksemplarer socialministerens svar på spørgsmål nr. 7.',
    ]
    expect(findOpeningBill(lines(...wrapped))?.value).toBe('L 39')
    expect(findOpeningBill(lines('Svar på spørgsmål nr. 3 til', 'B 12 fra Retsudvalget'))?.value).toBe('B 12')
    // Near miss: the next line's bill after a word that names no case (`om`), or wholly on the next line.
    expect(findOpeningBill(lines('Svar på spørgsmål nr. 3 om', 'L 12 og dets virkninger'))).toBeUndefined()
    expect(findOpeningBill(lines('Svar på spørgsmål nr. 3 fra Retsudvalget.', 'Loven blev ændret ved (L 12) i 2019.'))).toBeUndefined()
  })

  it('round 72: the answer sent ad the bill, the question word wrapped to the next line', () => {
    expect(findOpeningBill(lines('ad L 52 følger hermed skatteministerens svar på', 'spørgsmål nr. 3.'))?.value).toBe('L 52')
    // Near miss: a reply spoken of beside a bill that is not what the letter is about.
    expect(findOpeningBill(lines('Jeg har ikke noget svar på, hvornår L 52 træder i kraft.'))).toBeUndefined()
    expect(findOpeningBill(lines('ad L 52 følger hermed skatteministerens bemærkninger.'))).toBeUndefined()
    // The sentence wrapped before its subject: the next line says what is sent.
    expect(
      findOpeningBill(lines('breve af 14. april 2005 ad L 52 følger hermed i 5', 'eksemplarer skatteministerens svar på spørgsmål nr. 3.'))
        ?.value,
    ).toBe('L 52')
    // Near miss: a line that ends its sentence before a question's line is not the question's subject.
    expect(findOpeningBill(lines('Loven blev ændret ved (L 52) i 2019.', 'Spørgsmål nr. 3:'))).toBeUndefined()
  })

  it.each([
    'I forbindelse med behandlingen af sagen (Lov 12) har udvalget',
    'Ved behandlingen af Lars Hansens sag (L. nr. 7) blev',
    'I behandlingen af L-sager har ministeriet',
    'Jf. spørgsmål 4 (Lars Hansen (DF) L. nr. 7)',
    'Svar på spørgsmål 4 (lovforslaget om skat) fra udvalget',
  ])('near miss: no bill from "%s"', (text) => {
    expect(findOpeningBill(lines(text))).toBeUndefined()
  })
})

describe('openingLines', () => {
  it('ends before the answer heading and leaves out the stamp', () => {
    const all = lines('Retsudvalget 2024-25', 'Spørgsmål nr. 5:', 'Svar:', 'Spørgsmål nr. 6 er besvaret.')
    const stamp = all[0]
    if (stamp) stamp.role = 'stamp'
    expect(openingLines(all).map((line) => line.text)).toEqual(['Spørgsmål nr. 5:'])
  })
})

describe('findMinisterLine: the minister a question letter addresses', () => {
  it.each([
    ['Beskæftigelsesministeren', 'Beskæftigelsesministeren'],
    ['Til: Transportministeren', 'Transportministeren'],
    ['Ministeren for børn, undervisning og ligestilling', 'Ministeren for børn, undervisning og ligestilling'],
  ])('%s', (text, expected) => {
    expect(findMinisterLine(lines('Kulturudvalget', text, '21. oktober 2015'))?.value).toBe(expected)
  })

  it('near miss: a sentence about the minister, and "for" with nothing after it', () => {
    expect(findMinisterLine(lines('Ministeren for børn har oplyst, at tallet steg.'))).toBeUndefined()
    expect(findMinisterLine(lines('Ministeren for'))).toBeUndefined()
  })
})

describe('findCommitteeLine: the committee named alone on a line', () => {
  it.each([
    ['Folketingets Beskæftigelsesudvalg', 'Beskæftigelsesudvalg'],
    ['Til Folketingets Retsudvalg', 'Retsudvalg'],
    ['Til: Skatteudvalget', 'Skatteudvalget'],
    ['Samråd i Børne- og Undervisningsudvalget', 'Børne- og Undervisningsudvalget'],
    // A committee's secretariat heading its own note, the Ombudsman addressing one (forty-second session).
    ['Folketinget Kommunaludvalget', 'Kommunaludvalget'],
    ['Folketinget, Retsudvalget', 'Retsudvalget'],
    // Skatteministeriet's cover page, the addressee on one line with a dash between (2014–16).
    ['Til Folketinget – Finansudvalget', 'Finansudvalget'],
    ['Til Folketinget - Skatteudvalget', 'Skatteudvalget'],
  ])('%s', (text, name) => {
    expect(findCommitteeLine(lines(text))?.value).toBe(name)
  })

  it('near miss: a sentence that ends with a committee', () => {
    expect(findCommitteeLine(lines('Spørgsmålet er sendt til Retsudvalget'))).toBeUndefined()
    expect(findCommitteeLine(lines('Svaret går til Folketinget – Finansudvalget'))).toBeUndefined()
  })

  it.each([
    // Justitsministeriet's addressee block, 2024 (a DIU answer filed as a Europaudvalget annex).
    ['Udvalget for Digitalisering og It', 'Udvalget for Digitalisering og It'],
    ['Folketingets Udvalg for Landdistrikter og Øer', 'Udvalg for Landdistrikter og Øer'],
    ['Til Udvalget for Fødevarer, Landbrug og Fiskeri', 'Udvalget for Fødevarer, Landbrug og Fiskeri'],
  ])('a committee named "Udvalget for …" the registry knows: %s', (text, name) => {
    expect(findCommitteeLine(lines(text))?.value).toBe(name)
  })

  it('near miss: an "Udvalget for …" line the registry does not know is no addressee', () => {
    expect(findCommitteeLine(lines('Udvalget for Nye Veje'))).toBeUndefined()
    expect(findCommitteeLine(lines('Udvalget for Digitalisering og It har spurgt om'))).toBeUndefined()
  })

  it.each([
    // Sixty-seventh session: names of other shapes than `…udvalget`, from a probe swapping committees in training letters.
    ['Folketingets Politisk-Økonomiske Udvalg', 'Politisk-Økonomiske Udvalg'],
    ['Det Energipolitiske Udvalg', 'Det Energipolitiske Udvalg'],
    ['Udvalget til Prøvelse af Valgene', 'Udvalget til Prøvelse af Valgene'],
  ])('a committee named "… Udvalg" or "Udvalget til …" the registry knows: %s', (text, name) => {
    expect(findCommitteeLine(lines(text))?.value).toBe(name)
  })

  it('near miss: a "… Udvalg" line the registry does not know is no addressee', () => {
    expect(findCommitteeLine(lines('Det Store Udvalg'))).toBeUndefined()
  })
})

describe('findCaseCode: a committee code before "alm. del"', () => {
  it.each([
    ['on one line', ['Besvarelse af spørgsmål nr. 356 (FLF alm. del) stillet den 11. marts 2015'], 'FLF'],
    // A narrow column wrapped between the code and its "alm. del" (made-up titles in two ministries' styles).
    [
      'wrapped before "alm. del"',
      ['Fødevareministerens besvarelse af spørgsmål nr. 356 (FLF', 'alm. del) stillet den 11. marts 2015'],
      'FLF',
    ],
    ['wrapped, no brackets', ['Svar på spørgsmål nr. 12, BEU', 'alm. del, stillet den 3. maj 2021'], 'BEU'],
    // Wrapped inside "alm. del" (Finansministeriet 2009, glued after the colon as the old rendition has it).
    [
      'wrapped after "alm."',
      ['Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:PØU alm.', 'del – spørgsmålet stillet af'],
      'PØU',
    ],
  ])('%s', (_, texts, code) => {
    expect(findCaseCode(lines(...texts))?.value).toBe(code)
  })

  it.each([
    ['an abbreviation ending a line whose next line is no "alm. del"', ['Tabellen viser tal opgjort af DST', 'den 11. marts 2015']],
    ['a lowercase word before "alm. del"', ['besvarelse af spørgsmål nr. 356 i den', 'alm. del af sagen']],
    ['a code on the line before a line that opens with "del" alone', ['Tallet er opgjort af DST', 'delvis efter en ny metode']],
  ])('near miss: %s', (_, texts) => {
    expect(findCaseCode(lines(...texts))).toBeUndefined()
  })
})
