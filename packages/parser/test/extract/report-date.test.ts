import { describe, expect, it } from 'vitest'
import type { Line } from '../../src/extract/lines.js'
import { findReportHead } from '../../src/extract/report-date.js'
import { parse, parseAll } from '../../src/index.js'

/** A report filed as a committee's annex: the stamp, the head with its given-line, and a paragraph. */
const report = (head: readonly string[]) =>
  [
    'Europaudvalget 2004-05',
    'EUU Alm.del Bilag 44',
    'Offentligt',
    ...head,
    'Udvalget har i løbet af samlingen behandlet en række sager om Folketingets behandling af EU-sager.',
  ].join('\n')

describe('a report dated by its head (`… afgivet af … den …`)', () => {
  it.each([
    [['Beretning nr. 2', 'Folketinget 2004 - 05', 'Beretning afgivet af Europaudvalget den 10. december 2004', 'Beretning'], '2004-12-10'],
    [['Beretning nr.00', 'Folketinget 2004 - 05Beretning afgivet af Europaudvalget den 14. december 2004'], '2004-12-14'],
    [['Redegørelse nr. R 12', 'Redegørelse afgivet af ældreministeren (Mette Kirkgaard) den 30. april 2025'], '2025-04-30'],
    [['(L 42 - bilag 24)', 'Betænkning afgivet af Skatteudvalget den 28. november 2002', 'Betænkning', 'over'], '2002-11-28'],
  ])('dates the document by the day it was given: %j', async (head, date) => {
    const record = await parse(report(head))
    expect(record.answer.answeredOn).toBe(date)
  })

  it.each([
    // A narrow column broke the month or the committee's name at a line end's hyphen (sixty-sixth session).
    [['Betænkning afgivet af Udvalget for', 'Udlændinge- og Integrationspolitik den 26. novem-', 'ber 2013'], '2013-11-26'],
    [['Tillægsbetænkning afgivet af Sundheds- og Ældreud-', 'valget den 23. februar 2021'], '2021-02-23'],
  ])('dates a head wrapped at a hyphen: %j', async (head, date) => {
    expect((await parse(report(head))).answer.answeredOn).toBe(date)
  })

  it('near miss: a head wrapped over more lines than a head takes is no report’s', async () => {
    const head = ['Betænkning afgivet af Udvalget for', 'Udlændinge- og', 'Integrationspolitik', 'den 26. novem-', 'ber 2013']
    expect((await parse(report(head))).answer.answeredOn).toBeNull()
  })

  it("near miss: a draft's placeholder day (`den 00. november 2021`) is no date", async () => {
    const record = await parse(report(['Betænkning afgivet af Klima-, Energi- og Forsyningsudvalget den 00. november 2021']))
    expect(record.answer.answeredOn).toBeNull()
  })

  it('reads a draft with a placeholder day as a report all the same: no question and no date', async () => {
    // After a committee secretariat's draft report on a bill (Skatteudvalget, 2021): `den 0. april 2021`.
    const record = await parse(
      [
        'Skatteudvalget 2020-21',
        'L 208 Bilag 6',
        'Offentligt',
        'Betænkning afgivet af Skatteudvalget den 0. april 2021',
        '1. udkast',
        'til',
        'Betænkning',
        'over',
        'Forslag til lov om ændring af lov om rentefrie lån',
        '1. Ændringsforslag fra skatteministeren',
        'Skatteministeren har stillet 7 ændringsforslag til lovforslaget.',
        '2. Indstillinger',
        'Nye Borgerlige havde ved betænkningsafgivelsen ikke medlemmer i udvalget og dermed ikke adgang til at komme med indstillinger.',
        '3. Ændringsforslag med bemærkninger',
        'Til titlen',
        '1)',
        'I undertitlen indsættes efter »momslåneordningen«:',
        '»og udskydelse af betalingsfrister for A-skat og arbejdsmarkedsbidrag«.',
      ].join('\n'),
    )
    expect([record.question.kind, record.question.text, record.answer.answeredOn]).toEqual([null, null, null])
  })

  it('near miss: running text that names a report in lower case dates nothing', async () => {
    const record = await parse(report(['Hermed sendes betænkning afgivet af Skatteudvalget den 28. november 2002 til orientering.']))
    expect(record.answer.answeredOn).toBeNull()
  })

  it("reads no question from a report's section on the committee's questions", async () => {
    const record = await parse(
      [
        'Skatteudvalget',
        '(L 42 - bilag 24)',
        'Betænkning afgivet af Skatteudvalget den 28. november 2002',
        'Betænkning',
        'over',
        'Forslag til lov om ændring af lov om afgift af polyvinylklorid',
        '1. Ændringsforslag',
        'Der er stillet 7 ændringsforslag til lovforslaget.',
        'Spørgsmål',
        'Udvalget har stillet 12 spørgsmål til skatteministeren til skriftlig besvarelse, som denne har besvaret.',
        '3. Indstillinger og politiske bemærkninger',
        'Et flertal i udvalget indstiller lovforslaget til vedtagelse.',
      ].join('\n'),
    )
    expect(record.question.text).toBeNull()
    expect(record.question.kind).toBeNull()
    expect(record.answer.text).toContain('Udvalget har stillet 12 spørgsmål til skatteministeren')
  })

  it('near miss: a letter with no report line still reads the question under its heading', async () => {
    const record = await parse(
      'Skatteministeriet\n3. december 2002\nSpørgsmål\nVil ministeren oplyse provenuet af afgiften på pvc?\nSvar\nProvenuet er 20 mio. kr.\n',
    )
    expect(record.question.text).toBe('Vil ministeren oplyse provenuet af afgiften på pvc?')
  })
})

describe("a report on ft.dk's bill page, its head wrapped (round 73)", () => {
  /** A report as ft.dk's page of the bill keeps it: no stamp, the head wrapped by the page's narrow column. */
  const page = (head: readonly string[], sections: readonly string[] = []) =>
    [
      ...head,
      '1. Ændringsforslag',
      'Ministeren for børn og undervisning har stillet 4',
      'ændringsforslag til lovforslaget.',
      '2. Udvalgsarbejdet',
      'Møder',
      'Udvalget har behandlet lovforslaget i 3 møder.',
      'Spørgsmål',
      'Folketingets Uddannelsesudvalg har stillet 2 spørgsmål til ministeren til mundtlig',
      'besvarelse. Ministeren har besvaret spørgsmålene i et samråd.',
      'Udvalget har stillet 14 spørgsmål til ministeren til skriftlig',
      'besvarelse. Ministeren har besvaret spørgsmål 1-12. Spørgsmål 13 og',
      '14 forventes besvaret inden 2. behandling, jf. BUU alm. del - bilag 88.',
      ...sections,
    ].join('\n')

  it.each([
    [['Betænkning afgivet af Børne- og', 'Undervisningsudvalget den 3. maj 2012']],
    [['Tillægsbetænkning afgivet af', 'Børne- og Undervisningsudvalget den 3. maj', '2012']],
  ])('dates it by the day given, reads its sections as its text and no question from them: %j', async (head) => {
    const record = await parse(page(head))
    expect(record.answer.answeredOn).toBe('2012-05-03')
    expect(record.answer.text).toContain('Udvalget har behandlet lovforslaget i 3 møder.')
    // From the head on, though it is the document's first line (no stamp above it).
    expect(record.answer.text).toMatch(/^(?:Tillægs)?[Bb]etænkning afgivet af/u)
    expect(record.question).toMatchObject({ kind: null, number: null, text: null })
    expect(record.documentType).toBe('unknown')
  })

  it("reads a bill's case page above the report (`Status: Stadfæstet`) as no question's page", async () => {
    const record = await parse(
      [
        'L 88 Forslag til lov om ændring af lov om folkeskolen.',
        'Udvalg: Børne- og Undervisningsudvalget',
        'Samling: 2011-12',
        'Status: Stadfæstet',
        'Betænkning',
        page(['Betænkning afgivet af Børne- og Undervisningsudvalget den 3. maj 2012']),
      ].join('\n'),
    )
    expect(record.documentType).toBe('unknown')
    expect(record.answer.answeredOn).toBe('2012-05-03')
  })

  it('near miss: a head whose date stands more than two lines below it is no report head', () => {
    const lines = (...texts: string[]): Line[] => texts.map((text, index) => ({ text, line: index + 1, index, block: 0 }))
    expect(findReportHead(lines('Betænkning afgivet af', 'Børne- og', 'Undervisningsudvalget den 3. maj 2012'))?.value).toBe('2012-05-03')
    expect(findReportHead(lines('Betænkning afgivet af', 'Børne- og', 'Undervisnings-', 'udvalget den 3. maj 2012'))).toBeUndefined()
  })
})

describe("an old rendition's report head on one line after the bill's heading (round 74)", () => {
  const glued = (before: string) =>
    `${before} Betænkning afgivet af Det Energipolitiske Udvalg den   12. maj 2005 Betænkning over Forslag til lov om fremme af energibesparelser i bygninger 2. Udvalgsarbejdet Udvalget har stillet 61 spørgsmål til transport- og energiministeren til skriftlig besvarelse, som denne har besvaret bortset fra spørgsmål 59 -61, som forventes besvaret inden 2. behandling.`

  it.each(['Til lovforslag nr. L 136 Folketinget 2004-05 (2. samling)', 'Til lovforslag nr. L 70 Folketinget 2005 - 06'])(
    'is a report, one record, dated by its head, answering none of the questions it names: %s',
    async (before) => {
      const records = await parseAll(glued(before))
      expect(records).toHaveLength(1)
      expect(records[0]?.answer.answeredOn).toBe('2005-05-12')
      expect(records[0]?.question).toMatchObject({ kind: null, number: null })
      expect(records[0]?.documentType).toBe('unknown')
    },
  )

  it('near miss: a report named in running text, in lower case, makes no report head', () => {
    const lines = (...texts: string[]): Line[] => texts.map((text, index) => ({ text, line: index + 1, index, block: 0 }))
    expect(
      findReportHead(lines('Udvalget henviser til 2005 betænkning afgivet af Det Energipolitiske Udvalg den 12. maj 2005.')),
    ).toBeUndefined()
  })
})
