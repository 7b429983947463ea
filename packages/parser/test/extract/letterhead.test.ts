import { describe, expect, it } from 'vitest'
import { findCaseNumber, findLetterDate, rejoinBrokenValues, splitGluedCaseDate } from '../../src/extract/letterhead.js'
import type { Line } from '../../src/extract/lines.js'
import { parse } from '../../src/index.js'
import { Messages } from '../../src/messages.js'
import { codes, letterContext } from './letter-context.js'

/** A context of lines no layout gave a role (as a PDF's letterhead drawn word by word may come out). */
function unroled(texts: string[]) {
  const lines: Line[] = texts.map((text, index) => ({ text, line: index + 1, index, block: index }))
  return { tree: { type: 'root' as const, children: [] }, lines, messages: new Messages() }
}

/** A made-up letter: its letterhead, then a preamble and a short question and answer. */
const letter = (letterhead: string, tail = 'Med venlig hilsen\n\nAnne Hansen\n') =>
  `${letterhead}\n\nRetsudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 12:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa, det vil jeg gerne.\n\n${tail}`

describe('case number', () => {
  it.each([
    [
      'a label column over its values (Justitsministeriet)',
      'Dato:\nKontor:\nSagsbeh:\nSagsnr.:\nDok.:\n14. november 2023\nStrafferetskontoret\nAnne Hansen\n2023-09110\n3053791',
      '2023-09110',
    ],
    [
      'a name wrapped over lines in the value column',
      'Dato:\nKontor:\nSagsbeh:\nSagsnr.:\nDok.:\n1. april 2025\nStrafferetskontoret\nCamilla\nØrskov\nChristiansen\n2025-02927\n3647172',
      '2025-02927',
    ],
    [
      'a mail address dropped from the value column',
      'Tel.\nMail\nWeb\nCVR-nr.\nSags nr.\nAkt-id\n6198 4000\nwww.uim.dk\n36977191\n2019 - 18632\n1114235',
      '2019-18632',
    ],
    ['CVR-nr. and Ref.-nr. over their values', 'Web\nwww.ufm.dk\nCVR-nr.\nRef.-nr.\n1680 5408\n16/005791-05', '16/005791-05'],
    ['Sag/ID Nr. in a column', 'Bilag\nSag/ID Nr.\nEnhed\nDato\n1\n2022 - 2977\nANA\n1. juli 2022', '2022-2977'],
    [
      'two numbers, the second broken after its join at the line end',
      'CVR 10172748\n21. august 2025\nJ.nr. 2025-93290 / 2025-\n4088',
      '2025-93290/2025-4088',
    ],
    [
      'Sag alone over its value, an empty Bilag before it (Udenrigsministeriet 2025)',
      'Dato\n6. oktober 2025\nBilag\nSag\n25/01476\nEnhed\nØKOSIK',
      '25/01476',
    ],
    ['a label after the case officer’s initials', 'Dato: 3. maj 2010\nTHA/ J.nr. 2010-962', '2010-962'],
    ['Sag with a colon before its value (Konkurrence- og Forbrugerstyrelsen)', 'Dato: 2. december 2014\nSag: 14/00887-56', '14/00887-56'],

    ['fields glued together', 'København, den 19. november 2010Sagsnr.: 4221Dok.nr.: 163399', '4221'],
    [
      'a label glued after a name',
      '15. januar 2014Økonomistyrings-kontoretSagsbeh: Maria LarsenSagsnr.: 2014-0032-1099Dok.:1031507',
      '2014-0032-1099',
    ],
    ['groups that lead with letters', 'Dato            29.  november 2006\nJ. nr.           004 - u18 - 000049', '004-u18-000049'],
    ['an office’s letters and a space', 'J.nr. MST 101-00003\nDen 16. maj 2007', 'MST 101-00003'],
    ['Eksp.nr.', 'ØKONOMI- OG ERHVERVSMINISTEREN\nEksp.nr. 545948\n12. juni 2008', '545948'],
    ['glued labels over a date and a case number', 'DatoJ. nr.\n24. november 20112011-3899', '2011-3899'],
    ['Dato:Sagsnr.: glued', 'Dato:Sagsnr.:\n21. maj 20132013-1772', '2013-1772'],
    ['a field between left empty (Dok.id)', 'DatoDok.idJ. nr.\n17. november 2009004-U18-1330', '004-U18-1330'],
    ['an en dash with spaces', 'J.nr. 2021 – 20437\n3. maj 2021', '2021-20437'],
    ['J nr. without the stop after J, its value on the next line', 'Dato\n10. februar 2023\nJ nr.\n2023 - 908', '2023-908'],
    ['J. NR. in capitals', '22. januar 2010\nJ. NR. 2004-25486-2', '2004-25486-2'],
    ['an office’s five letters (Miljøministeriet)', 'J.nr. SVANA-100-00023\n3. maj 2014', 'SVANA-100-00023'],
    ['an office’s letters with a stop (Skov- og Naturstyrelsen 2006)', 'J.nr. SN. 201-00016\nDen 21. februar 2006', 'SN. 201-00016'],
    ['an office’s letters with a stop and no space', 'Sagsnr. MST.2007-1234\n3. maj 2007', 'MST.2007-1234'],
    ['an office’s letters glued on (Transportministeriet)', 'J.nr. TRM2021-1234\n3. maj 2021', 'TRM2021-1234'],
    ['the case officer’s initials after a slash', 'J.nr.: 2020-1234/MH\n3. maj 2020', '2020-1234'],
    ['letters between full stops (Udenrigsministeriet)', 'Journalnummer\n400.C.2-0\nKontor\nEU-sekr.\n26. marts 2002', '400.C.2-0'],
    ['letters between full stops after J.nr.', 'J.nr. 5.E.61\n3. maj 2004', '5.E.61'],
    [
      'j.nr. in lowercase after an office’s letters (Udenrigsministeriet)',
      'EUP j.nr. 400.A.2-10-2007\nDen 16. april 2008',
      '400.A.2-10-2007',
    ],
    ['j.nr. in lowercase with a year-first number', 'j.nr. 2005-1234-12\n3. maj 2005', '2005-1234-12'],
    [
      'the office glued between the date and the case number (Justitsministeriet)',
      'Dato:Kontor:Sagsnr.:Dok.:\n12. april 2011Færdsels- og våben-kontoret2011-151-0492CPH40092',
      '2011-151-0492',
    ],
    ['a two-column block with its colons, the date after its place', 'Dato\nJ.nr.\n:\n:\nKøbenhavn, den 14. marts 2006\n500-15', '500-15'],
    // Each value with its label's colon before it (Trafikministeriet 2002; fifty-sixth session).
    ['a column of values that each open with the colon', 'Dato\nJ.nr.\n: 15. maj 2002\n: 128-23', '128-23'],
    ['the office glued before a last case number', 'Dato:Kontor:J.nr.:\n3. maj 2007Lovafdelingen2007-730-0123', '2007-730-0123'],
    // The date's label left out, its value still first (Justitsministeriet 2009; fifty-sixth session).
    [
      'glued labels without Dato: over values that open with the date',
      'Kontor:Sagsbeh:Sagsnr.:Dok.:\n1. maj 2009DyrevelfærdskontoretInge Birgitte Møberg2009-157-0068IBM40364',
      '2009-157-0068',
    ],
    [
      '`Sags. nr.` with a stop after `Sags` (forty-first session)',
      'Enheden for EU og Internationale forhold\nSags. nr. 17763\nDen 21. december 2012',
      '17763',
    ],
  ])('%s', async (_, letterhead, expected) => {
    const context = await letterContext(letter(letterhead))
    expect(findCaseNumber(context)?.value).toBe(expected)
  })

  it('near miss: glued labels without Dato: over values that do not open with a date give no number from them', async () => {
    const context = await letterContext(
      letter('Kontor:Sagsbeh:Sagsnr.:Dok.:\nDyrevelfærdskontoretInge Birgitte Møberg2009-157-0068IBM40364'),
    )
    expect(findCaseNumber(context)?.value).toBeUndefined()
  })

  it('near miss: a colon opening a line of prose after a case label gives no number', async () => {
    const context = await letterContext(letter('Dato\nJ.nr.\n: 15. maj 2002\n: se vedlagte notat om sagen fra 2002'))
    expect(findCaseNumber(context)?.value).toBeUndefined()
  })

  it('near miss: a label alone over the opening sentence takes no number that opens a line of it (`615 (MOF alm. del), stillet …`)', async () => {
    // MOF alm. del spm. 615 (2017-18) wrapped at 60 characters: the question's number opens the sentence's second line.
    const context = await letterContext(
      letter(
        'J.nr.\nDen 4. maj 2018\nMiljø- og Fødevareministerens besvarelse af spørgsmål nr.\n615 (MOF alm. del), stillet den 6. april 2018 efter ønske\nfra Miljø- og Fødevareudvalget.',
      ),
    )
    expect(findCaseNumber(context)?.value).toBeUndefined()
  })

  it('a label glued onto a unit’s name ending in lower case, in a note with no letter around it (forty-second session)', async () => {
    const record = await parse(
      'Miljøudvalget 2013-14\nL 71 Bilag 1\nOffentligt\nNOTAT\nVandplaner og havmiljøJ.nr. NST-4200-00023Den 22. oktober 2013\nHøringsnotat\nLovudkastet blev sendt i ekstern høring den 13. september 2013 med frist den 11. oktober 2013.',
    )
    expect(record.caseNumber).toBe('NST-4200-00023')
  })

  it('near miss: a sentence that runs on into a word with a capital after lower case takes no case number', async () => {
    const context = await letterContext(letter('Dato: 2. december 2014\nSe også notatet om vandplanerneSagsbehandlingen tager tid.'))
    expect(findCaseNumber(context)?.value).toBeUndefined()
  })

  it('near miss: `Sag:` before a subject in words is no case number', async () => {
    const context = await letterContext(letter('Dato: 2. december 2014\nSag: Lovovervågning af lov nr. 517 af 12. juni 2009'))
    expect(findCaseNumber(context)?.value).toBeUndefined()
  })

  it('labels and their values glued on one line after the addressee: the date, then the case number (round 47)', async () => {
    const context = await letterContext(
      letter('TransportudvalgetFolketingetMINISTERENDatoJ. nr.14. november 20132013 - 4323\nFrederiksholms Kanal 27 F1220 København K'),
    )
    expect(findCaseNumber(context)?.value).toBe('2013-4323')
    expect(findLetterDate(context)?.value).toBe('2013-11-14')
  })

  it("labels glued with their colons after the ministry's name, values after them: the date (round 139)", async () => {
    // Ministeriet for Sundhed og Forebyggelse 2008 (fixtures/real/20081_suu_spm17_619097).
    const context = await letterContext(
      letter(
        'Ministeriet for Sundhed og ForebyggelseDato:Kontor:J.nr.:Sagsbeh.:Fil-navn:2.december 2008Regional sundhed2008-10330-7vblDokument 1',
      ),
    )
    expect(findLetterDate(context)?.value).toBe('2008-12-02')
  })

  it("near miss: `Dato:Kontor:` glued without the case number's label leaves the line's `Sagsnr.:` to be read (round 139)", async () => {
    const context = await letterContext(
      letter(
        'FolketingetRetsudvalgetChristiansborg1240 København KDato:Kontor:6. februar 2012EU-formandskabssekretariatetSagsbeh: Thomas Tordal-MortensenSagsnr.: 2012-0030-0537Dok.:328502',
      ),
    )
    expect(findCaseNumber(context)?.value).toBe('2012-0030-0537')
  })

  it('near miss: a field between the date and the case number leaves the case number out; the date is read', async () => {
    const context = await letterContext(
      letter('TransportudvalgetFolketingetMINISTERENDatoDok.idJ. nr.14. november 2013857639004-1109\nFrederiksholms Kanal 27 F'),
    )
    expect(findCaseNumber(context)?.value).toBeUndefined()
    expect(findLetterDate(context)?.value).toBe('2013-11-14')
  })

  it.each([
    [
      'values above the labels, the recipient between (Transportministeriet)',
      'TRANSPORTMINISTEREN\n1. maj 2020\n2020-3860\nTransportudvalget\nFolketinget\nDato\nJ. nr.\nFrederiksholms Kanal 27 F\n1220 København K',
      '2020-3860',
    ],
    ['values right above the labels', '3. maj 2018\n2018 - 1234\nDato\nSagsnr.\nHolmens Kanal 22\n1060 København K', '2018-1234'],
    [
      'three labels, the values above in their order',
      '14. juni 2016\nLovafdelingen\n2016-0030-1234\nDato:\nKontor:\nSagsnr.:\nSlotsholmsgade 10',
      '2016-0030-1234',
    ],
  ])('round 16: %s', async (_, letterhead, expected) => {
    const context = await letterContext(letter(letterhead))
    expect(findCaseNumber(context)?.value).toBe(expected)
  })

  it('near miss: a postcode and town at the case number’s place is no case number; left out, flagged', async () => {
    const context = await letterContext(letter('Dato\nJ. nr.\nFrederiksholms Kanal 27 F\n1220 København K\nTelefon\n41 71 27 00'))
    expect(findCaseNumber(context)).toBeUndefined()
    expect(codes(context)).toContain('case-number-unpaired')
  })

  it('reads a line that opens with a case-number label when the layout gave it no role', () => {
    expect(findCaseNumber(unroled(['5. juni 2023', 'J.nr. 2023 - 1118', 'Til Folketinget']))?.value).toBe('2023-1118')
    // Near miss: a sentence about the case system, and a label that is part of a word.
    expect(findCaseNumber(unroled(['Vi har søgt i sagerne.', 'J.nr.-systemet viser 2023 - 1118 sager.']))).toBeUndefined()
    expect(findCaseNumber(unroled(['5. juni 2023', 'Jnr. 2023 - 1118']))?.value).toBe('2023-1118')
    // `JOURNAL NR.:` in capitals over its value in a column of labels, then values (an official's note, 2017).
    expect(
      findCaseNumber(unroled(['Notat i henhold til offentlighedsloven', 'JOURNAL NR.:', 'DATO:', '2016 - 56434', '23-11-2017']))?.value,
    ).toBe('2016-56434')
    // Near miss: the word in capitals inside a sentence is no label.
    expect(findCaseNumber(unroled(['SE JOURNAL NR. I BREVET 2016 - 56434 FOR DETALJER.']))).toBeUndefined()
    // `Jr.nr.` (Miljø- og Fødevareministeriet 2016; fifty-third session).
    expect(findCaseNumber(unroled(['Den 19. maj 2016', 'Jr.nr. 2016-5281', 'Miljø- og fødevareministerens besvarelse']))?.value).toBe(
      '2016-5281',
    )
    // Near miss: "maj nr." ends a word, and "J nr" without any stop is no label.
    expect(findCaseNumber(unroled(['Fra 1. maj nr. 2023 - 1118 er ændret.', 'Tabel J nr 2023 - 1118']))).toBeUndefined()
    // Near miss: "j.nr." inside a sentence of the text is no letterhead label.
    expect(findCaseNumber(unroled(['Sagen har j.nr. 2023 - 1118 i ministeriet.']))).toBeUndefined()
    // Near miss: a number after a join at the line's end followed by a line of words is not joined to it.
    expect(findCaseNumber(unroled(['J.nr. 2025-93290 / 2025-', 'Folketingets Retsudvalg']))?.value).toBe('2025-93290')
    // Near miss: "Sag" ending a line of a sentence, or opening a word, is no label.
    expect(findCaseNumber(unroled(['Ministeren omtalte en Sag', '2023 - 1118 gange.']))).toBeUndefined()
    expect(findCaseNumber(unroled(['Sagen', '2023 - 1118']))).toBeUndefined()
  })

  it.each([
    ['Sags nr.: 2019-1234\nDato: 3. maj 2019', '2019-1234'],
    ['Sagsnr.\n2019 - 9177\nDato: 3. maj 2019', '2019-9177'],
    ['Sagsnr.:2023 - 4480\n3. maj 2023', '2023-4480'],
    ['Dato: 3. maj 2023\nSags nr.:\nAkt-id:\n2023-4480\n1234567', '2023-4480'],
  ])('reads the label forms ministries use: %j', async (letterhead, expected) => {
    expect(findCaseNumber(await letterContext(letter(letterhead)))?.value).toBe(expected)
  })

  it.each([['J.nr. -\n3. maj 2023'], ['J.nr.: –\nDato: 3. maj 2023\nDok.nr. 123456'], ['Dato: 3. maj 2023\nJ.nr.\n-\nSide 1/2']])(
    'reads a dash after the label as no case number — none taken, and none missed: %j',
    async (letterhead) => {
      expect(findCaseNumber(await letterContext(letter(letterhead)))).toBeUndefined()
      const record = await parse(letter(letterhead))
      expect(record.caseNumber).toBeNull()
      expect(record.warnings.map((warning) => warning.code)).not.toContain('case-number-missing')
    },
  )

  it('still misses a case number whose label has a value it could not read (near miss)', async () => {
    const record = await parse(letter('J.nr. ???\n3. maj 2023'))
    expect(record.warnings.map((warning) => warning.code)).toContain('case-number-missing')
  })

  it('does not take a page number, a CVR number or a document number for the case number', async () => {
    // Near miss: "Sags nr." whose value column ends before the page's "Side 1/2".
    const paged = await letterContext(letter('Dato: 3. maj 2010\nSags nr.\nSide\n1/2'))
    expect(findCaseNumber(paged)).toBeUndefined()
    const cvr = await letterContext(letter('CVR-nr.\nDok.:\n36977191\n3053791'))
    expect(findCaseNumber(cvr)).toBeUndefined()
  })

  it.each([
    [
      'a document number of digits glued after it',
      'Dato:Kontor:Sagsnr.:Dok.:\n12. april 2011Politikontoret2011-151-049240092',
      '2011-151-0492',
    ],
    [
      'the date left empty and the case officer between (a draft speech, Justitsministeriet)',
      'Dato:Kontor:Sagsbeh:Sagsnr.:Dok.:\nStrafferetskontoretAnne Hansen2014-0035-0412912345',
      '2014-0035-0412',
    ],
    [
      'a dated letter with the case officer between',
      'Dato:Kontor:Sagsbeh:Sagsnr.:Dok.:\n3. maj 2016Politikontoret Peter Berg2016-0030-01231200456',
      '2016-0030-0123',
    ],
    // The labels a label alone on its line may have, glued too (the one list of the fields' labels).
    [
      'the case officer’s label written out',
      'Dato:Kontor:Sagsbehandler:Sagsnr.:Dok.nr.:\n3. maj 2016Politikontoret Peter Berg2016-0030-01231200456',
      '2016-0030-0123',
    ],
    // A document number of initials and digits before it, the case number's label misspelt `Sagnr.` (Justitsministeriet's
    // speech papers 2008–10, round 146).
    ['the document number of initials and digits before it', 'Dato:Dok.:Sagnr.:\n12. marts 2010MKO416722010-792-1192', '2010-792-1192'],
  ])('parts a year-first case number from the document number glued after it, flagged: %s', async (_, letterhead, expected) => {
    const context = await letterContext(letter(letterhead))
    expect(findCaseNumber(context)?.value).toBe(expected)
    expect(codes(context)).toContain('case-number-split')
  })

  it('reads glued values with the case officer between and a document number of letters after, unflagged', async () => {
    const context = await letterContext(
      letter('Dato:Kontor:Sagsbeh:Sagsnr.:Dok.:\n3. maj 2016Politikontoret Peter Berg2016-0030-0123FAB12345'),
    )
    expect(findCaseNumber(context)?.value).toBe('2016-0030-0123')
    expect(codes(context)).not.toContain('case-number-split')
  })

  it.each([
    // Near misses: a case number of two groups (where it ends is not given by its shape), and undated values that
    // open with a number, not an office's name.
    ['Dato:Kontor:Sagsnr.:Dok.:\n12. april 2011Politikontoret2011-151049240092'],
    ['Dato:Kontor:Sagsbeh:Sagsnr.:Dok.:\n2014-0035-0412912345'],
    // Near miss: a word no field's label is, between the glued labels.
    ['Dato:Kontor:Sagsansvarlig:Sagsnr.:Dok.:\n3. maj 2016Politikontoret Peter Berg2016-0030-01231200456'],
    // Near misses: a document number of digits alone before it, and a case number of two groups after initials.
    ['Dato:Dok.:Sagnr.:\n12. marts 2010416722010-792-1192'],
    ['Dato:Dok.:Sagnr.:\n12. marts 2010MKO416722010-1192'],
  ])('leaves out a case number glued to a document number it cannot be parted from: %s', async (letterhead) => {
    const context = await letterContext(letter(letterhead))
    expect(findCaseNumber(context)).toBeUndefined()
  })

  it.each([
    ['Dato: |\n||\nUdlændingelovs-kontoret |\n||\n2006/4000-78 |\n||\nmwb/ANM |', '2006/4000-78'],
    ['Dato: |\n||\nStrafferetskontoret |\n||\n2011-151-0492 |\n||\nabc/DEF |', '2011-151-0492'],
  ])('takes a year-first case number from a letterhead that lost its labels, flagged: %s', async (letterhead, expected) => {
    const context = await letterContext(letter(letterhead))
    expect(findCaseNumber(context)?.value).toBe(expected)
    expect(codes(context)).toContain('case-number-unlabelled')
  })

  it.each([
    ['Bilag |\nKontor |\n|\n400.C.2-0 |\nEUK |\n27. oktober 2006 |', '400.C.2-0', '2006-10-27'],
    ['||\nKontor |\n105.I.80 |\nN.SP |\n3. maj 2004 |', '105.I.80', '2004-05-03'],
  ])(
    'round 15: Udenrigsministeriet’s dotted journal number and the date in a letterhead set as cells: %s',
    async (letterhead, caseNumber, date) => {
      const context = await letterContext(letter(letterhead))
      expect(findCaseNumber(context)?.value).toBe(caseNumber)
      expect(codes(context)).toContain('case-number-unlabelled')
      expect(findLetterDate(context)?.value).toBe(date)
    },
  )

  it('takes no unlabelled value that is not year-first, nor one of two', async () => {
    // Near miss: a section number with a letter is no journal number.
    const section = await letterContext(letter('Dato: |\n||\n12.A |\n||'))
    expect(findCaseNumber(section)).toBeUndefined()
    // Near misses: a phone number, and two year-first values the letterhead does not tell apart.
    const phone = await letterContext(letter('Dato: |\n||\n3392 3340 |\n||'))
    expect(findCaseNumber(phone)).toBeUndefined()
    const two = await letterContext(letter('Dato: |\n||\n2006/4000-78 |\n||\n2006/4000-79 |'))
    expect(findCaseNumber(two)).toBeUndefined()
  })

  it('leaves out a case number glued to another number, with a warning', async () => {
    const context = await letterContext(letter('DatoDok.idJ. nr.\n23. juni 2009857639004-1109'))
    expect(findCaseNumber(context)).toBeUndefined()
    expect(codes(context)).toContain('case-number-glued')
    expect(findLetterDate(context)?.value).toBe('2009-06-23')
  })
})

describe('letter date', () => {
  it.each([
    ['14, november 2023', '2023-11-14'],
    ['22.november 2023', '2023-11-22'],
    ['28 . maj 2009', '2009-05-28'],
    ['01. oktober 2015', '2015-10-01'],
    ['22-12-2021', '2021-12-22'],
    ['17.12.2021', '2021-12-17'],
    ['15. januar 2014Økonomistyrings-kontoret', '2014-01-15'],
  ])('%s in the letterhead', async (date, iso) => {
    const context = await letterContext(letter(`Folketingets Retsudvalg\nChristiansborg\n${date}`))
    expect(findLetterDate(context)?.value).toBe(iso)
    expect(codes(context)).not.toContain('letter-date-in-text')
  })

  it('reads a side column set between the answer and the greeting', async () => {
    const context = await letterContext(letter('Folketingets Retsudvalg', '13-07-2016\n\nMed venlig hilsen\n\nAnne Hansen\n'))
    expect(findLetterDate(context)?.value).toBe('2016-07-13')
  })

  it('reads a "Dato:" line the rendition set in the text, with a warning', async () => {
    const context = await letterContext(
      letter(
        'Folketingets Kirkeudvalg',
        'Dette dokumentnr. bedes oplyst ved henvendelse til ministeriet\nDato: 18. december 2013\nManu Sareen\n/ Marjun Egholm\n',
      ),
    )
    expect(findLetterDate(context)?.value).toBe('2013-12-18')
    expect(codes(context)).toContain('letter-date-in-text')
  })

  it('reads a date after the greeting beside the ministry’s name', async () => {
    const context = await letterContext(
      letter(
        'Folketingets Retsudvalg',
        'Med venlig hilsen\n14. januar 2019\nUddannelses- og\nForskningsministeriet\nBørsgade 4\n\nTommy Ahlers\n',
      ),
    )
    expect(findLetterDate(context)?.value).toBe('2019-01-14')
  })

  it('does not take a date that ends a sentence in the text', async () => {
    // Near miss: the date continues "… trådte i kraft den" and is no letter date.
    const context = await letterContext(
      letter('Folketingets Retsudvalg', 'Loven trådte i kraft den\n1. januar 2020\n\nMed venlig hilsen\n\nAnne Hansen\n'),
    )
    expect(findLetterDate(context)).toBeUndefined()
  })

  it.each([
    ['Folketingets Udvalg for Fødevarer,                      København, den 7. december 2006', '2006-12-07'],
    ['Folketingets Retsudvalg          13. april 2023', '2023-04-13'],
  ])('reads a date in a column of its own beside the addressee: %s', async (line, iso) => {
    const context = await letterContext(letter(line))
    expect(findLetterDate(context)?.value).toBe(iso)
  })

  it.each([
    ['STATSMINISTERIETDato: 17. feb. 2010', '2010-02-17'],
    ['JustitsministerietDato: 3. maj 2010', '2010-05-03'],
    ['KontorDato:13. april 2023', '2023-04-13'],
  ])('reads a "Dato:" label an old rendition glued onto the field before it: %s', async (line, iso) => {
    const context = await letterContext(letter(`Folketingets Retsudvalg\n${line}`))
    expect(findLetterDate(context)?.value).toBe(iso)
  })

  it("reads the date after glued labels, the next field's value glued onto it (Justitsministeriet, 2012)", async () => {
    const line =
      'FolketingetRetsudvalgetChristiansborg1240 København KDato:Kontor:6. februar 2012EU-formandskabssekretariatetSagsbeh: Thomas HansenSagsnr.: 2012-0030-0537Dok.:328502'
    const context = await letterContext(letter(line))
    expect(findLetterDate(context)?.value).toBe('2012-02-06')
    // Near miss: words in lower case after the date are a sentence's, not a glued value.
    const sentence = await letterContext(letter('Folketingets Retsudvalg\nKontorDato:Kontor:6. februar 2012 er fristen for svar'))
    expect(findLetterDate(sentence)?.value).not.toBe('2012-02-06')
  })

  it('near miss: a date word inside a word (udsendelsesdato) with no colon is no label', async () => {
    const context = await letterContext(letter('Folketingets Retsudvalg\nUdsendelsesDato 3. maj 2010 er fastsat'))
    expect(findLetterDate(context)).toBeUndefined()
  })

  it('reads a "Dato:" label after another field on a letterhead line', async () => {
    const context = await letterContext(letter('Folketingets Retsudvalg\nJournal nr. 2023-1234 Dato: 13. april 2023'))
    expect(findLetterDate(context)?.value).toBe('2023-04-13')
  })

  it.each([
    ['after the name', 'Med venlig hilsen\n\nAnne Hansen\n13. april 2023'],
    ['after the name and title', 'Med venlig hilsen\n\nAnne Hansen\nJustitsminister\n13. april 2023'],
    ['after the name and the official', 'Med venlig hilsen\n\nAnne Hansen\n/ Peter Holm\n13. april 2023'],
    ['with the ministry before it', 'Med venlig hilsen\n\nAnne Hansen\n\nJustitsministeriet, den 13. april 2023'],
  ])('reads a date set after the signature, with a warning: %s', async (_, tail) => {
    const context = await letterContext(letter('Folketingets Retsudvalg', tail))
    expect(findLetterDate(context)?.value).toBe('2023-04-13')
    expect(codes(context)).toContain('letter-date-in-text')
  })

  it('reads the date column a rendition set at the end of a line of the opening, with a warning (sixty-second session)', async () => {
    const text = [
      'Folketingets Uddannelsesudvalg',
      'Svar på spørgsmål 1 - Alm. del:',
      `I brev af 3. december har udvalget stillet mig følgende spørgsmål:${' '.repeat(24)}14. december 2007`,
      'Spørgsmål:',
      '”Vil ministeren kommentere notatet?”',
      'Svar:',
      'Ja, det vil jeg.',
    ].join('\n')
    const record = await parse(text)
    expect(record.answer.answeredOn).toBe('2007-12-14')
    expect(record.warnings.map((warning) => warning.code)).toContain('letter-date-in-text')
    // Near misses: a date after a short gap is the sentence's, and one after the question's heading is the answer's.
    const near = await parse(text.replace(' '.repeat(24), '   '))
    expect(near.answer.answeredOn).toBeNull()
    const late = await parse(
      [
        'Folketingets Uddannelsesudvalg',
        'Spørgsmål:',
        '”Vil ministeren kommentere?”',
        'Svar:',
        `Notatet er sendt til høring.${' '.repeat(24)}14. december 2007`,
      ].join('\n'),
    )
    expect(late.answer.answeredOn).toBeNull()
  })

  it("reads the date under a labelled addressee of the Folketing's own note, with a warning", async () => {
    // The labels stacked over their values (`Til:` / `Dato:` / `Udvalgets medlemmer` / `1. juli 2016`), no greeting.
    const text = [
      'Grønlandsudvalget',
      'Til:',
      'Dato:',
      'Udvalgets medlemmer',
      '1. juli 2016',
      'Udvalgets rejse til Grønland',
      'Udvalget foretager en studierejse til Grønland i slutningen af august.',
    ].join('\n')
    const record = await parse(text)
    expect(record.answer.answeredOn).toBe('2016-07-01')
    expect(record.warnings.map((warning) => warning.code)).toContain('letter-date-in-text')
  })

  it('near miss: a date under a labelled minister is the question letter’s, not read as a letter’s date here', () => {
    const context = unroled(['Til: Ældreministeren', '16. oktober 2017', 'Stillet af: Kirsten Normann Andersen (SF)'])
    expect(findLetterDate(context)).toBeUndefined()
  })

  it("reads a date between a cover letter's sentence and its greeting, with a warning", () => {
    const context = unroled([
      'Hermed fremsendes svar på spørgsmål nr. 124 (Alm. del) stillet af udvalget den 8. september 2009.',
      '1. oktober 2009',
      'Ministeriet for Videnskab',
      'Med venlig hilsen',
      'Helge Sander',
    ])
    expect(findLetterDate(context)?.value).toBe('2009-10-01')
    expect(codes(context)).toContain('letter-date-in-text')
  })

  it.each([
    ['a sentence that goes on into it', ['Loven trådte i kraft den', '1. oktober 2009', 'Med venlig hilsen', 'Helge Sander']],
    [
      'a greeting further below',
      ['Svaret følger.', '1. oktober 2009', 'Ministeriet for Videnskab', 'Bredgade 43', 'Med venlig hilsen', 'Helge Sander'],
    ],
  ])('near miss: takes no date before the greeting after %s', (_, lines) => {
    expect(findLetterDate(unroled(lines))).toBeUndefined()
  })

  it('takes no date after a sentence that follows the greeting', () => {
    // Near miss: a postscript's sentence, then a date that belongs to it.
    const context = unroled(['Med venlig hilsen', 'Anne Hansen', 'Rapporten blev offentliggjort.', '13. april 2023'])
    expect(findLetterDate(context)).toBeUndefined()
    const signed = unroled(['Med venlig hilsen', 'Anne Hansen', '13. april 2023'])
    expect(findLetterDate(signed)?.value).toBe('2023-04-13')
  })

  it.each([
    ['Ministeren', 'J nr. 2015-2093'],
    ['Skatteministeren', 'J.nr. 12-0123456'],
    ['Ministeren for sundhed og forebyggelse', 'Sagsnr. 1205432'],
  ])('reads the letterhead set after the opening: %s / date / %s', (title, label) => {
    const context = unroled([
      'Udvalget har i brev af 20. august 2015 stillet mig følgende spørgsmål nr. 48, som jeg hermed skal besvare.',
      title,
      '17. september 2015',
      label,
      'Spørgsmål 48',
    ])
    expect(findLetterDate(context)?.value).toBe('2015-09-17')
    expect(codes(context)).toContain('letter-date-in-text')
  })

  it('does not take a date after a title line with no other letterhead line beside it', () => {
    // Near miss: a question letter's addressee and date, then its text.
    const context = unroled(['Ministeren', '17. september 2015', 'Vil ministeren oplyse, hvor mange der har søgt?'])
    expect(findLetterDate(context)).toBeUndefined()
  })
})

describe('a letter date an old rendition glued into the opening', () => {
  it.each([
    ['FORSVARSMINISTEREN2. juli 2013Folketingets Forsvarsudvalg har den 12. juni 2013 stillet følgende spørgsmål nr. 317', '2013-07-02'],
    ['FORSVARSMINISTEREN01 Maj 2013Folketingets Forsvarsudvalg har den 3. april 2013 stillet følgende spørgsmål nr. 187', '2013-05-01'],
    ['SKATTEMINISTEREN14. marts 2008Hermed sendes svar på spørgsmål nr. 88 af 3. marts 2008.', '2008-03-14'],
    ['Hermed fremsendes svar på spørgsmål nr. 3 (Alm. del) stillet af Udvalget den 6. oktober 2010.3. november 2010', '2010-11-03'],
    ['Hermed sendes besvarelse af spørgsmål nr. 12 (Alm. del).24. maj 2006', '2006-05-24'],
  ])('%s', (text, iso) => {
    const context = unroled(['Folketingets ForsvarsudvalgChristiansborg', text, 'Spørgsmål nr. 317:', '”Vil ministeren oplyse …?”'])
    expect(findLetterDate(context)?.value).toBe(iso)
    expect(codes(context)).toContain('letter-date-glued')
  })

  it('takes no date with a space before it, nor one glued after the question opens', () => {
    // Near misses: the committee's letter's date in the opening, and a glued date inside the question's text.
    const spaced = unroled(['Folketingets Forsvarsudvalg har den 12. juni 2013 stillet følgende spørgsmål nr. 317', 'Spørgsmål nr. 317:'])
    expect(findLetterDate(spaced)).toBeUndefined()
    const inQuestion = unroled(['Spørgsmål nr. 317:', 'Vil ministeren kommentere artiklen i Politiken.3. maj 2013 om sagen?'])
    expect(findLetterDate(inQuestion)).toBeUndefined()
    // Nor a day of one digit without its stop after a sentence's end (a number, then a month's name, is no date's).
    const single = unroled(['Hermed sendes svar på spørgsmål nr. 4.3 maj 2013 kom svaret.', 'Spørgsmål nr. 4:'])
    expect(findLetterDate(single)).toBeUndefined()
  })
})

describe("a letter's date set between the head and the cover sentence on one line (old renditions)", () => {
  it.each([
    [
      'Folketingets Forsvarsudvalg Folketinget Christiansborg Bilag Journalnummer Kontor i 70 ex. 105.I.80 N.SP 20. marts 2003 Vedlagt i 70 eksemplarer fremsendes besvarelse af spørgsmål nr. 73.',
      '2003-03-20',
    ],
    ['Folketingets Retsudvalg Christiansborg 12. maj 2004 Under henvisning til udvalgets brev af 3. maj 2004 følger svaret.', '2004-05-12'],
    ['Til Folketingets Skatteudvalg J.nr. 2005-118-0412 1. juni 2005  Hermed sendes svar på spørgsmål nr. 88.', '2005-06-01'],
  ])('%s', (text, iso) => {
    const context = unroled([text, 'Spørgsmål nr. 73:', '”Vil ministeren oplyse …?”'])
    expect(findLetterDate(context)?.value).toBe(iso)
    expect(codes(context)).toContain('letter-date-glued')
  })

  it('reads it before the head’s case number where the layout took the head as the letterhead (2004; forty-second session)', () => {
    const context = unroled([
      'Folketingets Socialudvalg 9. december 2004 j.nr. 210-18',
      'Under henvisning til udvalgets brev følger svaret.',
    ])
    ;(context.lines[0] as { role?: string }).role = 'sidebar'
    expect(findLetterDate(context)?.value).toBe('2004-12-09')
    // Near miss: a sentence's date before the label (`af …`) is no letter's date.
    const stated = unroled([
      'Svar på udvalgets brev af 9. december 2004 j.nr. 210-18',
      'Under henvisning til udvalgets brev følger svaret.',
    ])
    ;(stated.lines[0] as { role?: string }).role = 'sidebar'
    expect(findLetterDate(stated)).toBeUndefined()
  })

  it('reads a letterhead date whose day, month and year stand on lines of their own (Transportministeriet 2022; forty-second session)', () => {
    const lines = ['Transportministeren', 'Transportudvalget', '15.', 'juni', '2022', '2021-487', 'Forundersøgelsen er nu afsluttet.']
    const context = unroled(lines)
    for (const line of context.lines.slice(0, 6)) (line as { role?: string }).role = 'sidebar'
    expect(findLetterDate(context)?.value).toBe('2022-06-15')
    // Near miss: a year that is no year alone (`2022 blev …`) makes no date of the three lines.
    const sentence = unroled(['Transportministeren', '15.', 'juni', '2022 blev loven vedtaget.', 'Forundersøgelsen er nu afsluttet.'])
    for (const line of sentence.lines.slice(0, 4)) (line as { role?: string }).role = 'sidebar'
    expect(findLetterDate(sentence)).toBeUndefined()
  })

  it('reads a letterhead date whose day stands alone over its month and year (fifty-third session)', () => {
    const context = unroled(['Finansudvalget', 'Dato', 'J.nr.', '24.', 'oktober 2005', '004-000276', 'Svar på spørgsmål nr. 5.'])
    for (const line of context.lines.slice(0, 6)) (line as { role?: string }).role = 'sidebar'
    expect(findLetterDate(context)?.value).toBe('2005-10-24')
    // Outside a letterhead too, under the stamp (`20.` / `september 2019`).
    expect(findLetterDate(unroled(['2078341_0001.png', '20.', 'september 2019', 'Høringsnotat om høringen']))?.value).toBe('2019-09-20')
    // Near miss: a number alone over a month and year is no day when it has no stop; the month alone is no date.
    expect(findLetterDate(unroled(['Finansudvalget', '24', 'oktober 2005', 'Svar på spørgsmål nr. 5.']))).toBeUndefined()
  })

  it('reads it where the layout took the one-line head as the letterhead (Kulturministeriet 2004)', () => {
    const head =
      'KULTURMINISTERIET NYBROGADE 2 CVR 67855019 Folketingets Finansudvalg 1. november 2004 Hermed fremsendes i 5 eksemplarer svar på spørgsmål nr. 2 og 3, stillet af Finansudvalget den 27. oktober 2004.'
    const context = unroled([head, 'Spørgsmål nr. 2:', '”Vil ministeren oplyse …?”'])
    ;(context.lines[0] as { role?: string }).role = 'sidebar'
    expect(findLetterDate(context)?.value).toBe('2004-11-01')
    // Near miss: a letterhead line whose date a sentence states.
    const stated = unroled([
      'KULTURMINISTERIET NYBROGADE 2 Loven gælder fra 1. januar 2005 Ministeriet har oplyst det.',
      'Spørgsmål nr. 1:',
    ])
    ;(stated.lines[0] as { role?: string }).role = 'sidebar'
    expect(findLetterDate(stated)).toBeUndefined()
  })

  it.each([
    // The head's line cut right after the date.
    ['Ministeren Frederiksholms Kanal 21 1220 København K Tlf. 3392 5000 Fax 3392 5547 29. september 2005', '2005-09-29'],
    // After the head's web address, whose last part is in lower case.
    ['Ministeren Frederiksholms Kanal 21 1220 København K Tlf 3392 5000 Fax 3392 5547 www.uvm.dk 6. maj 2005', '2005-05-06'],
  ])('reads the date that ends a one-line head: %s', (head, iso) => {
    const context = unroled([
      head,
      'Folketingets Finansudvalg Christiansborg I forbindelse med behandlingen af (L 175) har udvalget i brev af 2. september 2005 stillet mig følgende spørgsmål:',
      'Spørgsmål 1:',
      '”Vil ministeren oplyse …?”',
    ])
    expect(findLetterDate(context)?.value).toBe(iso)
  })

  it('near miss: a date ending a line after a word in lower case ends a clause (`… stillet 8.februar 2019`)', () => {
    const context = unroled([
      'Miljø- og fødevareministerens besvarelse af spørgsmål nr. 550 (MOF alm. del) stillet 8. februar 2019',
      'efter ønske fra Christian Rabjerg Madsen (S).',
      'Spørgsmål nr. 550',
    ])
    expect(findLetterDate(context)).toBeUndefined()
  })

  it('takes no date a sentence states, nor one running on in lower case (near misses)', () => {
    const stated = unroled([
      'Folketingets Retsudvalg har den 12. maj 2004 Spørgsmålet stillet, og ministeriet svarer af 3. maj 2004 Jeg',
      'Spørgsmål nr. 1:',
    ])
    expect(findLetterDate(stated)).toBeUndefined()
    const running = unroled(['Loven trådte i kraft 1. januar 2005 og gælder fortsat.', 'Spørgsmål nr. 1:'])
    expect(findLetterDate(running)).toBeUndefined()
    const from = unroled(['Reglerne gælder fra 1. januar 2005 Ministeriet har oplyst det.', 'Spørgsmål nr. 1:'])
    expect(findLetterDate(from)).toBeUndefined()
  })
})

describe('a row of letterhead labels with its values after it on one line', () => {
  it.each([
    [
      'Folketingets Forsvarsudvalg Christiansborg Bilag Journalnummer Kontor i 70 ex. 105.I.80 N.SP 20. marts 2003 Vedlagt fremsendes …',
      '105.I.80',
    ],
    ['Folketingets Europaudvalg J.nr. Dato Kontor 400.C.2-0 3. maj 2004 EUK Hermed sendes …', '400.C.2-0'],
    ['Til Folketingets Skatteudvalg Sagsnr. Kontor Bilag 2004-318-0042 Lovkontoret 2 Hermed sendes …', '2004-318-0042'],
  ])('%s', (text, value) => {
    const context = unroled([text, 'Spørgsmål nr. 73:', '”Vil ministeren oplyse …?”'])
    expect(findCaseNumber(context)?.value).toBe(value)
    expect(codes(context)).toContain('case-number-by-form')
  })

  it('takes nothing where the row holds two values of that form, or the label is no row (near misses)', () => {
    const two = unroled(['Bilag Journalnummer Kontor 2 105.I.80 400.C.2-0 Vedlagt fremsendes …', 'Spørgsmål nr. 73:'])
    expect(findCaseNumber(two)).toBeUndefined()
    const sentence = unroled(['Sagen har journalnummer 2004-1234 i ministeriet, og kontoret har oplyst …', 'Spørgsmål nr. 73:'])
    expect(findCaseNumber(sentence)).toBeUndefined()
  })
})

describe("a case number with the letter's date glued on", () => {
  it.each([
    ['001-0913130. maj 2013', { value: '001-09131', date: '2013-05-30', unsure: false }],
    ['2010-96232. marts 2010', { value: '2010-9623', date: '2010-03-02', unsure: false }],
    ['2010-96231. marts 2010', { unsure: true }],
    ['2013-12345. maj 2013', { value: '2013-1234', date: '2013-05-05', unsure: false }],
    ['2013-123415. maj 2013', { unsure: true }],
  ])('%s', (text, expected) => {
    expect(splitGluedCaseDate(text)).toEqual(expected)
  })

  it('is no glued date where a space or a capital parts them, or no date follows (near misses)', () => {
    expect(splitGluedCaseDate('2013-1234 15. maj 2013')).toBeUndefined()
    expect(splitGluedCaseDate('NST-4101-00052Den 11. februar 2011')).toBeUndefined()
    expect(splitGluedCaseDate('2013-1234')).toBeUndefined()
    // The day alone opens the text: the date came first, there is no number before it (not `1` and the 4th).
    expect(splitGluedCaseDate('14. november 20132013 - 4323')).toBeUndefined()
  })

  it('reads both off the letterhead, and warns where the split is not certain', async () => {
    const certain = await letterContext(letter('Folketingets Miljøudvalg\nJ.nr. 001-0913130. maj 2013'))
    expect(findCaseNumber(certain)?.value).toBe('001-09131')
    expect(findLetterDate(certain)?.value).toBe('2013-05-30')
    const capital = await letterContext(letter('Folketingets Miljøudvalg\nJ.nr. NST-4101-00052Den 11. februar 2011'))
    expect(findCaseNumber(capital)?.value).toBe('NST-4101-00052')
    expect(findLetterDate(capital)?.value).toBe('2011-02-11')
    const unsure = await letterContext(letter('Folketingets Miljøudvalg\nJ.nr. 2013-123415. maj 2013'))
    expect(findCaseNumber(unsure)).toBeUndefined()
    expect(findLetterDate(unsure)).toBeUndefined()
    expect(codes(unsure)).toContain('case-number-glued')
  })
})

describe('a letterhead line of the text with its fields glued together', () => {
  it.each([
    [
      'the office, a date without the day’s stop and J nr.',
      'Ligestillingsafdelingen10 marts 2010J nr. 2010-0003553',
      '2010-0003553',
      '2010-03-10',
    ],
    ['the office, a date and J.nr.', 'Økonomikontoret18. december 2008J.nr. 2008-0006659', '2008-0006659', '2008-12-18'],
    ['a date and Sagsnr.', 'Departementet 3. maj 2012Sagsnr. 2012-4411', '2012-4411', '2012-05-03'],
  ])('%s', (_, line, value, date) => {
    const context = unroled([
      'Folketingets Politisk-Økonomiske udvalg',
      'Udvalget har stillet mig følgende spørgsmål nr. 41, som jeg hermed skal besvare.',
      line,
      'Med venlig hilsen',
      'Lykke Friis',
    ])
    expect(findCaseNumber(context)?.value).toBe(value)
    expect(findLetterDate(context)?.value).toBe(date)
    expect(codes(context)).toContain('letter-date-glued')
  })

  it.each([
    ['NHD/ J.nr. 042-1672', '042-1672'],
    ['GKJ / J.nr. 2009-1835', '2009-1835'],
  ])('reads the case number after the case officer’s initials and a slash in the text: %s', (line, value) => {
    const context = unroled([
      'Departementet',
      'Holmens Kanal 22',
      line,
      'Under henvisning til udvalgets brev af 3. maj 2004 følger hermed svaret.',
    ])
    expect(findCaseNumber(context)?.value).toBe(value)
  })

  it('takes no label a sentence writes after a space, nor a date that does not end where the label begins', () => {
    // Near misses: running text about a case number, and a date well before a glued label.
    const prose = unroled(['Sagen blev oprettet den 3. maj 2012 under J.nr. 2012-4411 i ministeriet.'])
    expect(findCaseNumber(prose)).toBeUndefined()
    const apart = unroled(['Kontoret 3. maj 2012, bilag 12342010J.nr. 2010-0003553'])
    expect(findLetterDate(apart)).toBeUndefined()
  })
})

describe('a column of labels whose values do not pair by place', () => {
  it('takes the column’s one case number with joined groups, flagged, where a line that is no value shifts the places', async () => {
    // Justitsministeriet's speech paper: the office's name above the labels, a heading counted among the values.
    const context = await letterContext(
      letter(
        'Politi- og Strafferetsafdelingen\nKontor:\nSagsbeh:\nSagsnr.:\nDok.:\nAnders Lotterup\n2015-0035-0271\n1441079\nUDKAST TIL TALE',
      ),
    )
    expect(findCaseNumber(context)?.value).toBe('2015-0035-0271')
    expect(codes(context)).toContain('case-number-by-form')
  })

  it('reads a label’s word without its colon under labels that each have one as a wrapped value (round 117)', async () => {
    // Justitsministeriet's grundnotat of 2009: the office's name and the officer's wrapped over two lines each.
    const head = [
      'Civil- og Politiafdelingen',
      'Dato:',
      'Kontor:',
      'Sagsbeh:',
      'Sagsnr.:',
      'Dok.:',
      '15. september 2009',
      'Det Internationale',
      'Kontor',
      'Eddie Omar Rosen-',
      'berg Khawaja',
      '2009-3061-0118',
      'ERK40638',
      'GRUNDNOTAT',
      'vedrørende forslag til Rådets rammeafgørelse om retten til tolke- og',
      'oversætterbistand i straffesager',
      'KOM(2009) 338',
      'Resumé',
      'Forslaget til rammeafgørelse har til formål at opstille mindstestandarder for tolkning.',
      '',
    ]
    const record = await parse(head.join('\n'))
    expect(record.caseNumber).toBe('2009-3061-0118')
    // Near miss: the same word with its colon is a label, and the values end there.
    const labelled = await parse(head.map((line) => (line === 'Kontor' ? 'Kontor:' : line)).join('\n'))
    expect(labelled.caseNumber).toBeNull()
    expect(labelled.warnings.map((warning) => warning.code)).toContain('case-number-unpaired')
  })

  it('keeps the value at the label’s place when it has joined groups itself', async () => {
    // Near miss: the place gives a case number, though another value has joined groups too.
    const context = await letterContext(letter('Sagsnr.:\nDok.:\n2023-09110\n2023-3053791'))
    expect(findCaseNumber(context)?.value).toBe('2023-09110')
    expect(codes(context)).not.toContain('case-number-by-form')
  })

  it.each([
    ['a label left without a value (Social- og Indenrigsministeriet)', 'Sagsnr.\nDoknr.\n272393\nDato\n03-02-2021'],
    ['two labels, one plain number after them, then the page', 'J.nr.:\nDok.nr.:\n4411\nSide 1'],
  ])('leaves the case number out with a warning: %s', async (_, letterhead) => {
    const context = await letterContext(letter(letterhead))
    expect(findCaseNumber(context)).toBeUndefined()
    expect(codes(context)).toContain('case-number-unpaired')
  })

  it('still reads the value on a later line of a label alone', async () => {
    // Near miss: one label is no column; its value follows.
    const context = await letterContext(letter('Dato\n10. februar 2023\nJ nr.\n2023 - 908'))
    expect(findCaseNumber(context)?.value).toBe('2023-908')
    expect(codes(context)).not.toContain('case-number-unpaired')
  })
})

describe('a letter date after a signature without a greeting', () => {
  it.each([
    ['the official under a "/"', 'Det er alt.\nInger Støjberg\n/\nAnette Görtz\n4. april 2016'],
    ['the "/" a rendition set before both names', 'Det er alt.\n/\nInger Støjberg\nAnette Görtz\n4. april 2016'],
    ['"/ Official"', 'Det er alt.\nKaren Hækkerup\n/ Anette Görtz\n4. april 2016'],
  ])('%s', (_, tail) => {
    const context = unroled(['Udlændinge-, Integrations- og Boligudvalget', 'Spørgsmål nr. 356:', ...tail.split('\n')])
    expect(findLetterDate(context)?.value).toBe('2016-04-04')
    expect(codes(context)).toContain('letter-date-in-text')
  })

  it('takes no date after names with no official’s "/" and no greeting', () => {
    // Near miss: a list of names, then a date that belongs to it.
    const context = unroled(['Spørgsmål nr. 356:', 'Deltagere:', 'Inger Støjberg', 'Anette Görtz', '4. april 2016'])
    expect(findLetterDate(context)).toBeUndefined()
  })
})

describe('letter date: an annex, glued labels after the answer, a date at the page foot (round 8)', () => {
  it.each([
    [
      "an annex's head read across two columns (Udenrigsministeriet)",
      'Bilag til udenrigsministerens\nForsvarsudvalget\nskrivelse af 23. januar 2006\n(B 63 spørgsmål 109)',
      '2006-01-23',
    ],
    ['an annex numbered, on one line', 'Bilag 2 til Skatteministeriets brev af den 5. maj 2010', '2010-05-05'],
  ])('%s', async (_, head, iso) => {
    const context = await letterContext(
      `${head}\n\nSpørgsmål nr. 12:\n\nVil ministeren oplyse tallet?\n\nSvar:\n\nJa, det vil jeg gerne.\n`,
    )
    expect(findLetterDate(context)?.value).toBe(iso)
    expect(codes(context)).toContain('letter-date-covering')
  })

  it('near miss: "Bilag" in the text citing a letter is no annex head', async () => {
    const context = await letterContext(
      letter('Folketingets Retsudvalg', 'Se bilag til ministerens skrivelse af 3. maj 2022.\n\nMed venlig hilsen\n\nAnne Hansen\n'),
    )
    expect(findLetterDate(context)).toBeUndefined()
  })

  it.each([
    ['MINISTERENDatoDok.idJ. nr.18. oktober 2010709352010-3715', '2010-10-18'],
    ['DatoJ. nr.3. marts 20112011-3899', '2011-03-03'],
    ['Dato: Sagsnr.: 12. maj 2015 2015-1234', '2015-05-12'],
  ])('labels glued before the date after the answer: %s', async (line, iso) => {
    const context = await letterContext(letter('Folketingets Retsudvalg', `${line}\n\nMed venlig hilsen\n\nAnne Hansen\n`))
    expect(findLetterDate(context)?.value).toBe(iso)
  })

  it('near miss: "Dato" in a sentence before a date is no label run', async () => {
    const context = await letterContext(
      letter('Folketingets Retsudvalg', 'Dato for mødet er 18. oktober 2010.\n\nMed venlig hilsen\n\nAnne Hansen\n'),
    )
    expect(findLetterDate(context)).toBeUndefined()
  })

  it("reads a date alone at a page's foot, over ft.dk's running line", async () => {
    const foot = await letterContext(
      letter('Folketingets Retsudvalg', 'Ja.\n06-10-2016\nREU, Alm.del - 2015-16 - Endeligt svar på spørgsmål 12: Spm. om tallet\n'),
    )
    expect(findLetterDate(foot)?.value).toBe('2016-10-06')
  })

  it("near miss: a date alone at the text's end, after a sentence", () => {
    const end = unroled(['Svar:', 'Tallene er opgjort pr.', '06-10-2016'])
    expect(findLetterDate(end)).toBeUndefined()
  })

  it('reads the one date in digits alone on a line inside the text, the page footer after it lost (2013)', () => {
    const lines = [
      'Svar:',
      'Nedenstående tabel viser udviklingen for 2007 – 2013.',
      '02-10-2013',
      '2Det kommunale regnskab gør det ikke muligt.',
    ]
    expect(findLetterDate(unroled(lines))?.value).toBe('2013-10-02')
    // Near misses: two such dates (a list), and one after a short abbreviation, whose sentence it ends.
    expect(findLetterDate(unroled([...lines.slice(0, 3), '05-11-2013', lines[3] as string]))).toBeUndefined()
    expect(findLetterDate(unroled(['Svar:', 'Tallene er opgjort pr.', '02-10-2013', 'Det gælder alle kommuner.']))).toBeUndefined()
  })
})

describe('a case number broken at its join in a column of values (round 11)', () => {
  it.each([
    ['its groups and the dash each on a line (Transportministeriet, 2005)', 'Dato\nJ.nr.\n15. november 2005\n409\n-\n16', '409-16'],
    ['broken after the dash (Skatteministeriet style)', 'Dato:\nJ.nr.:\n3. maj 2010\n2010-\n1234', '2010-1234'],
    ['broken before a slash (Uddannelsesministeriet style)', 'Dato:\nSagsnr.:\n3. maj 2016\n16\n/005791-05', '16/005791-05'],
    ['three labels, the case number in the middle', 'Dato:\nSagsnr.:\nDok.:\n3. maj 2012\n2012\n-\n5501\n1234567', '2012-5501'],
  ])('%s', async (_, letterhead, expected) => {
    const context = await letterContext(letter(letterhead))
    expect(findCaseNumber(context)?.value).toBe(expected)
  })

  it.each([
    [
      ['15. november 2005', '409', '-', '16'],
      ['15. november 2005', '409-16'],
    ],
    [['2010 -', '1234'], ['2010-1234']],
    // Near misses: a word before the dash, a dash before a word, two values with no join between.
    [
      ['3. maj', '-', '2012-55'],
      ['3. maj', '-', '2012-55'],
    ],
    [
      ['2012', '-', 'Lovafdelingen'],
      ['2012', '-', 'Lovafdelingen'],
    ],
    [
      ['15. november 2005', '409'],
      ['15. november 2005', '409'],
    ],
  ])('rejoinBrokenValues(%j) → %j', (texts, expected) => {
    expect(rejoinBrokenValues(unroled(texts).lines).map((line) => line.text)).toEqual(expected)
  })
})

describe("findCaseNumber: a journal number after an office's letters", () => {
  it.each([['Departementet\nLEA/ J.nr. 2010-344\nDato: 16. april 2010', '2010-344']])(
    'reads it from its line in the head: %j',
    async (letterhead, expected) => {
      const record = await parse(letter(letterhead))
      expect(record.caseNumber).toBe(expected)
    },
  )

  it("reads it in a note's head, with no letter's opening to mark the head (Udenrigsministeriet's `EUK, j.nr.`)", async () => {
    const record = await parse(
      [
        'Europaudvalget 2008-09',
        'EUU Alm.del Bilag 12',
        'Offentligt',
        'UDENRIGSMINISTERIET',
        'Nordgruppen',
        'EUK, j.nr. 400.A.5-0-0',
        'Rådsmøde (almindelige anliggender og eksterne forbindelser)',
        'den 8.-9. december 2008',
        'SAMLENOTAT',
        'Den 28. november 2008',
        '1. Forberedelse af Det Europæiske Råd den 11.-12. december 2008',
      ].join('\n'),
    )
    expect(record.caseNumber).toBe('400.A.5-0-0')
  })

  it("reads `sagsnr.:` in lower case after the office's letters (Udenrigsministeriet 2025, fifty-second session)", async () => {
    const note = (line: string) =>
      [
        'UDENRIGSMINISTERIET',
        line,
        'Den 28. oktober 2025',
        'Rådsmøde (almindelige anliggender) den 17. november 2025',
        'SAMLENOTAT',
        '1. Kommissionens forslag til den flerårige finansielle ramme',
      ].join('\n')
    expect((await parse(note('EUKOOR, sagsnr.: 25/01614'))).caseNumber).toBe('25/01614')
    // Near miss: a sentence that cites another body's case number in lower case takes none.
    expect((await parse(note('Rigsrevisionen, jf. sagsnr.: 25/01614, har oplyst det.'))).caseNumber).toBeNull()
  })

  it("near miss: a sentence that cites another body's journal number takes none", async () => {
    const record = await parse(
      letter('3. maj 2023', 'Vi har modtaget brevet fra DI, j.nr. 2010-344, og svarer senere.\n\nMed venlig hilsen\n\nAnne Hansen\n'),
    )
    expect(record.caseNumber).toBeNull()
  })

  it("ends the asker's sentence at the line of the office's letters (`… efter ønske fra Karen Hækkerup` / `LEA/ J.nr. …`)", async () => {
    const record = await parse(
      [
        'Retsudvalget 2009-10',
        'REU Alm.del',
        'Offentligt',
        'Dato: 16. april 2010',
        'Under henvisning til Folketingets Retsudvalgs brev af 19. marts 2010 følger hermed svar på spørgsmål nr. 802 (REU Alm. del). Spørgsmålet er stillet efter ønske fra Karen Hækkerup',
        'LEA/ J.nr. 2010-344',
        'Spørgsmål nr. 802',
        '”Kan ministeren bekræfte, at sager kan ligge i månedsvis?”',
        'Svar:',
        'Ja.',
      ].join('\n'),
    )
    expect(record.question.askers.map((asker) => asker.name)).toEqual(['Karen Hækkerup'])
    expect(record.caseNumber).toBe('2010-344')
  })
})

describe('a `Den` date opening a line, the next words glued onto its year (sixty-third session)', () => {
  const letter = (head: string) =>
    `UDENRIGSMINISTERIET\n${head}\nURU alm. del spørgsmål 44”Vil ministeren sikre, at udvalget spørges, før der bevilges flere penge?”Svar:Forberedelsen af en ny bevilling vil følge de sædvanlige retningslinjer, og udvalget vil blive orienteret, før der træffes beslutning.\n`

  it('dates the letter, flagged', async () => {
    const record = await parse(
      letter(
        'Den 5. december 2013Spørgsmål fra Udenrigsudvalget tiludviklingsministeren af 18. november 2013.URU alm. del – spørgsmål 44.',
      ),
    )
    expect(record.answer.answeredOn).toBe('2013-12-05')
    expect(record.warnings.map((warning) => warning.code)).toContain('letter-date-glued')
  })

  it('near miss: after a line of running text the glued date dates something else', async () => {
    const record = await parse(
      `Vil ministeren erkende, at kommunerne skal skære ned på folkeskolen på grund af regeringens plan om nulvækst?\nPå Folketingets formands vegne\nDen 5. november 2010Lovsekretariatet\n`,
    )
    expect(record.answer.answeredOn).not.toBe('2010-11-05')
  })
})

describe('a `Dato:` label opening its line, the next field after the date (sixty-seventh session)', () => {
  it.each([
    ['a date in figures', 'Dato: 30-05-2005 Kontor: 3. kontor'],
    ['a date in words', 'Dato: 7. januar 2005 J .nr.: 2004-300-00003'],
  ])('%s is the letter’s date, flagged', (_, text) => {
    const context = unroled(['Besvarelse af spørgsmål nr. 13 til L 70', text, 'Spørgsmål 13:'])
    expect(findLetterDate(context)?.value).toBe(text.includes('30-05') ? '2005-05-30' : '2005-01-07')
    expect(codes(context)).toContain('letter-date-in-text')
  })

  it('near miss: running text after the date is no next field', () => {
    const context = unroled(['Besvarelse af spørgsmål nr. 13 til L 70', 'Dato: 30-05-2005 blev sagen afgjort', 'Spørgsmål 13:'])
    expect(findLetterDate(context)).toBeUndefined()
  })
})
