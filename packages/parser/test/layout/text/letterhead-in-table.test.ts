import { describe, expect, it } from 'vitest'
import { letterheadInTable } from '../../../src/layout/text/letterhead-in-table.js'
import { withTables } from '../../../src/layout/text/tables.js'
import type { LayoutLine } from '../../../src/tree.js'
import { cellTexts } from '../../table-cells.js'

/** Lines of a text rendition, those at `sidebar` known as the letterhead's by their form already (roles). */
function layoutLines(texts: readonly string[], sidebar: readonly number[] = []): LayoutLine[] {
  return texts.map((text, at) => ({
    text,
    line: at + 1,
    breakBefore: false,
    endsParagraph: false,
    ...(sidebar.includes(at) ? { role: 'sidebar' as const } : {}),
  }))
}

const texts = (lines: Iterable<LayoutLine>) => [...lines].map((line) => line.text)

describe('the letterhead printed inside a table', () => {
  it('takes the lines between known letterhead lines, and the values its last labels owe', () => {
    // A made-up Social- og Ældreministeriet sidebar: date, name over two lines, street, postcode, labels, values.
    const lines = layoutLines(
      ['Region', '12. maj 2022', 'Social- og', 'Ældreministeriet', 'Holmens Kanal 22', '1060 København K', 'Tlf.', '33 92 93 00'],
      [1, 5],
    )
    lines.push(...layoutLines(['E-mail', 'sm@sm.dk', 'Sagsnr.', 'Dok.nr.', '2022 - 1187', '4412871', 'Nord', '1.204'], [1]))
    lines.forEach((line, at) => {
      line.line = at + 1
      if (['sm@sm.dk', 'E-mail', 'Sagsnr.', 'Dok.nr.', 'Tlf.', '33 92 93 00'].includes(line.text)) line.role = 'sidebar'
    })
    // `Sagsnr.` and `Dok.nr.` owe two values: the case number and the document number; `Nord` / `1.204` are cells.
    expect(texts(letterheadInTable(lines, 0, lines.length))).toEqual([
      'Social- og',
      'Ældreministeriet',
      'Holmens Kanal 22',
      '2022 - 1187',
      '4412871',
    ])
  })

  it('takes a phone number and a web label between known lines (Transportministeriet style)', () => {
    const lines = layoutLines(['3. marts 2014', 'Frederiksholms Kanal 27 F', 'Telefon', '41 71 27 00', 'www.trm.dk'], [0, 4])
    expect(texts(letterheadInTable(lines, 0, lines.length))).toEqual(['Frederiksholms Kanal 27 F', 'Telefon', '41 71 27 00'])
  })

  it('takes the labelled lines set after the block: a reference, a lost e-mail, the date, the reference request', () => {
    // After Kirkeministeriet's letterhead (street, then postcode, web and phone known by form), as ft.dk's rendition of
    // KIU alm. del spm. 51 (2021-22) prints it between a table's lead-in and its header row.
    const lines = layoutLines(
      [
        'Frederiksholms Kanal 21',
        '1220 København K',
        'www.km.dk',
        'Telefon 3392 3390',
        'e-post',
        'Akt nr.: 219296',
        'Dette akt nr. bedes oplyst ved',
        'henvendelse til Kirkeministeriet',
        'Dato: 4.april 2022',
        '2014 2015 2016',
        'Budgettal',
      ],
      [1, 2, 3],
    )
    expect(texts(letterheadInTable(lines, 0, lines.length))).toEqual([
      'Frederiksholms Kanal 21',
      'e-post',
      'Akt nr.: 219296',
      'Dette akt nr. bedes oplyst ved',
      'henvendelse til Kirkeministeriet',
      'Dato: 4.april 2022',
    ])
    // A heading `Dato` with a table's dates under it is no letterhead's date; `Mailadresser 12` no label and its value.
    const cells = layoutLines(['1220 København K', 'Telefon 3392 3390', 'Dato', '12.03.2020', 'Mailadresser 12'], [0, 1])
    expect(letterheadInTable(cells, 0, cells.length).size).toBe(0)
  })

  it('leaves a table’s cells, prose and long runs between known lines alone', () => {
    // Cells between a date and a postcode: values of a table's form, no letterhead's.
    const cells = layoutLines(['3. april 2023', 'Nord', '12', 'Syd', '14', '1216 København K'], [0, 5])
    expect(letterheadInTable(cells, 0, cells.length).size).toBe(0)
    // Running text between them (pdftotext sets the sidebar among the letter's lines).
    const prose = layoutLines(['19. marts 2010', 'foreligger en evaluering?”', 'J.nr. 2010-1188'], [0, 2])
    expect(letterheadInTable(prose, 0, prose.length).size).toBe(0)
    // Six short lines between two known ones: more than a letterhead sets there.
    const long = layoutLines(['3. april 2023', 'Region', 'Nord', 'Syd', 'Øst', 'Vest', 'Midt', 'www.sm.dk'], [0, 7])
    expect(letterheadInTable(long, 0, long.length).size).toBe(0)
    // Words between two dates with no label of a letterhead's (`Tel.`, `Sagsnr.`): a table's rows may be so.
    const dates = layoutLines(['1. januar 2020', 'Ikrafttræden', 'Høring', '1. juli 2020'], [0, 3])
    expect(letterheadInTable(dates, 0, dates.length).size).toBe(0)
    // A value in a table's form after the labels is owed nothing.
    const owed = layoutLines(['Tel.', 'CVR-nr.', '7226 8400', '36977191', '214', '213'], [0, 1, 2, 3])
    expect(letterheadInTable(owed, 0, owed.length).size).toBe(0)
  })
})

describe('a table read without the letterhead printed inside it', () => {
  it('reads a bare table that does not read with the sidebar between its heading and its rows', () => {
    const lines = layoutLines(
      [
        'Af nedenstående tabel fremgår den gennemsnitlige sagsbehandlingstid:',
        'Område',
        'Gennemsnitlig',
        'sagsbehandlingstid',
        '(dage)',
        '2. februar 2019',
        'Beskæftigelses-',
        'ministeriet',
        'Ved Stranden 8',
        'Post',
        '1061 København K',
        'Tel.',
        '72 20 50 00',
        'Mail',
        'bm@bm.dk',
        'CVR-nr.',
        'J.nr.',
        '10172748',
        '2019 - 412',
        'Nordjylland',
        '88',
        'Hele landet',
        '92',
      ],
      [5, 10, 14, 15, 16, 17],
    )
    const items = withTables(lines)
    const tables = items.flatMap((item) => ('kind' in item ? [item.table] : []))
    expect(cellTexts(tables[0])).toEqual([
      ['Område', 'Gennemsnitlig sagsbehandlingstid (dage)'],
      ['Nordjylland', '88'],
      ['Hele landet', '92'],
    ])
    // The letterhead's lines stay, as the sidebar's.
    const sidebar = items.flatMap((item) => ('kind' in item || item.role !== 'sidebar' ? [] : [item.text]))
    expect(sidebar).toContain('Ved Stranden 8')
    expect(sidebar).toContain('2019 - 412')
  })

  it('reads on past the letterhead where the table read with it stops before it (KIU alm. del spm. 68, 2021-22)', () => {
    // Each column's heading over its value; the letterhead between the ninth column and the tenth.
    const cells = ['R14', 'Mio.', 'kr.', '32,5', 'R15', '29,3', 'R16', '32,7', 'F2022', '35,1']
    const letterhead = ['Telefon 3392 3390', 'e-post', 'km@km.dk', 'Akt nr.: 231927', 'Dette akt nr. bedes oplyst ved']
    letterhead.push('henvendelse til Kirkeministeriet', 'Dato: 29. juni 2022')
    const after = ['BO2023', '34,0', 'BO2024', '33,0']
    const lines = layoutLines(['… for 2022-2025 budgettal:', ...cells, ...letterhead, ...after], [11, 13])
    const tables = withTables(lines).flatMap((item) => ('kind' in item ? [item.table] : []))
    expect(cellTexts(tables[0])).toEqual([
      ['', 'R14', 'R15', 'R16', 'F2022', 'BO2023', 'BO2024'],
      ['Mio. kr.', '32,5', '29,3', '32,7', '35,1', '34,0', '33,0'],
    ])
    // No letterhead after the cells it stopped at: the table as it read.
    const plain = layoutLines(['… budgettal:', ...cells, 'Telefon 3392 3390', 'Oversigten viser en stabil udvikling.'], [11])
    const read = withTables(plain).flatMap((item) => ('kind' in item ? [item.table] : []))
    expect(cellTexts(read[0])?.[0]).toEqual(['', 'R14', 'R15', 'R16', 'F2022'])
  })

  it('leaves a table that reads as it stands as it is', () => {
    const lines = layoutLines(['Fordelingen er som følger:', 'Region', 'Antal', '1. juli 2021', 'Nord', '12', 'Syd', '14'], [3])
    const tables = withTables(lines).flatMap((item) => ('kind' in item ? [item.table] : []))
    expect(cellTexts(tables[0])).toEqual([
      ['Region', 'Antal'],
      ['Nord', '12'],
      ['Syd', '14'],
    ])
  })
})

describe('the letterhead inside a table: its street before the first known line, its last label and value after', () => {
  it('takes a street and `Post` before the postcode, and `Ref.-nr.` / its number after the block', () => {
    const lines = layoutLines(
      ['Antal', 'Frederiksholms Kanal 21', 'Post', '1220 København K', 'Tlf.', 'www.km.dk', 'Ref.-nr.', '2231087', 'Nord', '1.204'],
      [3, 5],
    )
    expect(texts(letterheadInTable(lines, 0, lines.length))).toEqual(['Post', 'Frederiksholms Kanal 21', 'Tlf.', 'Ref.-nr.', '2231087'])
  })

  it('takes no table cell of words before the block, nor a grouped number after a label', () => {
    const lines = layoutLines(['Region Nord', '1220 København K', 'Tlf.', 'www.km.dk', 'Antal', '1.204'], [1, 3])
    expect(texts(letterheadInTable(lines, 0, lines.length))).toEqual(['Tlf.'])
  })
})

describe('a table whose cells are lost, the letterhead inside it', () => {
  it('gives the letterhead its lines and ends the caption at its period and unit, not at the street', () => {
    const lines = layoutLines(
      [
        'Tabel 1',
        'Ansatte på institutionerne, 2022 (årsværk)',
        'Ansatte, års-',
        'værk',
        '19. januar 2024',
        'Børsgade 4',
        'Postboks 2135',
        '1015 København K',
        'Tel. 3392 9700',
        'www.ufm.dk',
        'Ref.-nr.',
        '439887',
        'Institution',
        'Maritime uddannelser',
        'Skole A',
        'Skole B',
        'Kunstneriske uddannelser',
        'Skole C',
        '0,5',
        '2',
        '1',
      ],
      [4, 7, 9],
    )
    const items = withTables(lines)
    const table = items.find((item) => 'kind' in item)
    expect(table && 'kind' in table ? table.table.data?.reader : undefined).toBe('layout-lost')
    const text = items.flatMap((item) => ('kind' in item || item.role ? [] : [item.text]))
    expect(text).toEqual(['Tabel 1', 'Ansatte på institutionerne, 2022 (årsværk)'])
  })
})
