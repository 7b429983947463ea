/** HTML data tables: which rows are headings, and group headings spread over the columns they cover. */
import type { Table } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { parse, parseToTree } from '../../src/index.js'

async function cells(html: string): Promise<string[][] | undefined> {
  const { tree } = await parseToTree(`<html><body><p>Tabel 1</p>${html}</body></html>`, { format: 'html' })
  const table = tree.children.find((node): node is Table => node.type === 'table')
  return table?.children.map((row) => row.children.map((cell) => nodeToString(cell)))
}

describe('HTML tables', () => {
  it('a <thead> of two rows with a group heading → one header row, the group heading over each of its columns', async () => {
    const html =
      '<table><thead><tr><th rowspan="2">Alder</th><th colspan="2">Mænd</th><th colspan="2">Kvinder</th></tr>' +
      '<tr><th>2022</th><th>2023</th><th>2022</th><th>2023</th></tr></thead>' +
      '<tbody><tr><td>16-29 år</td><td>1.234</td><td>1.300</td><td>-</td><td>1.100</td></tr></tbody></table>'
    expect(await cells(html)).toEqual([
      ['Alder', 'Mænd 2022', 'Mænd 2023', 'Kvinder 2022', 'Kvinder 2023'],
      ['16-29 år', '1.234', '1.300', '-', '1.100'],
    ])
  })

  it('a first row of <th> is the header; <th> that label rows below it are not', async () => {
    const html =
      '<table><tr><th>Region</th><th>Ledige</th></tr><tr><th>Hovedstaden</th><td>12.400</td></tr><tr><th>Sjælland</th><td>5.300</td></tr></table>'
    expect(await cells(html)).toEqual([
      ['Region', 'Ledige'],
      ['Hovedstaden', '12.400'],
      ['Sjælland', '5.300'],
    ])
  })

  it('a table in <td>s whose first row holds values keeps that row as data, under empty headings', async () => {
    const html = '<table><tr><td>Hovedstaden</td><td>12.400</td></tr><tr><td>Sjælland</td><td>5.300</td></tr></table>'
    expect(await cells(html)).toEqual([
      ['', ''],
      ['Hovedstaden', '12.400'],
      ['Sjælland', '5.300'],
    ])
  })

  it('a table of words only has no heading rows to find', async () => {
    const html = '<table><tr><td>Ordning</td><td>Myndighed</td></tr><tr><td>Fleksjob</td><td>Kommunen</td></tr></table>'
    expect(await cells(html)).toEqual([
      ['', ''],
      ['Ordning', 'Myndighed'],
      ['Fleksjob', 'Kommunen'],
    ])
  })

  it('an absurd colspan is bounded', async () => {
    const html = '<table><tr><td colspan="100000">År</td><td>2023</td></tr><tr><td>Ledige</td><td>78.000</td></tr></table>'
    const result = await cells(html)
    expect(result?.[0]?.length).toBeLessThanOrEqual(51)
    expect(result?.[1]?.slice(0, 2)).toEqual(['Ledige', '78.000'])
  })

  it('paragraphs and line breaks in a data cell are one cell text, a space between', async () => {
    const record = await parse(
      '<p>Beskæftigelsesudvalget har i brev af 9. november 2023 stillet følgende spørgsmål nr. 77 (alm. del), som hermed besvares.</p><p><b>Svar:</b></p><p>Tabel 1</p><table><tr><th>Gruppe</th><th>Antal</th></tr><tr><td><p>Kvindelige indvandrere</p><p>fra ikke-vestlige lande</p></td><td>82.667</td></tr><tr><td>Efterkommere<br>i alt</td><td>26.143</td></tr></table>',
      { format: 'html' },
    )
    expect(record.answer.tables[0]?.rows.map((row) => row.map((cell) => cell.raw))).toEqual([
      ['Kvindelige indvandrere fra ikke-vestlige lande', '82.667'],
      ['Efterkommere i alt', '26.143'],
    ])
  })

  it('a letterhead set in a table before the text (addressee | ministry, case number, date) is read as letterhead', async () => {
    const record = await parse(
      '<table width="100%"><tr><td><p>Folketingets Beskæftigelsesudvalg<br>Christiansborg<br>1240 København K</p></td><td><p>Beskæftigelsesministeriet<br>Holmens Kanal 20<br>1060 København K</p><p>J.nr. 2022-2961<br>13. april 2022</p></td></tr></table><p>Beskæftigelsesudvalget har i brev af 18. marts 2022 stillet følgende spørgsmål nr. 245 (alm. del), som hermed besvares.</p><p><b>Spørgsmål nr. 245:</b></p><p>”Vil ministeren svare?”</p><p><b>Svar:</b></p><p>Ja.</p><p>Venlig hilsen</p><p>Peter Hummelgaard<br>Beskæftigelsesminister</p>',
      { format: 'html' },
    )
    expect(record.caseNumber).toBe('2022-2961')
    expect(record.answer.answeredOn).toBe('2022-04-13')
    expect(record.ministry).toBe('Beskæftigelsesministeriet')
    expect(record.answer.tables).toEqual([])
    expect(record.answer.text).toBe('Ja.')
  })
})
