import { readFileSync } from 'node:fs'
import type { Table } from 'mdast'
import { toString as nodeToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { loadPdfjs, openPdf } from '../src/input/pdf-load.js'
import { mayHaveDrawnBullets, withDrawnBullets } from '../src/layout/pdf/bullets.js'
import { toLines } from '../src/layout/pdf/lines.js'
import { rulesFromOperatorList } from '../src/layout/pdf/rules.js'
import { type Run, toRuns } from '../src/layout/pdf/runs.js'
import { buildTable, latticeColumns, streamColumns } from '../src/layout/pdf/tables.js'
import { parseFile, parseToTree } from '../src/index.js'

const RULED = new URL('../../../fixtures/pdf/beu-20211-spm245/input.pdf', import.meta.url)
/** The same letter printed by Chromium: headings flush left in their cells, numbers flush right. */
const RULED_CHROMIUM = new URL('../../../fixtures/pdf/beu-20211-spm245/input.chromium.pdf', import.meta.url)

async function firstPage(file = RULED) {
  const { OPS } = await loadPdfjs()
  const document = await openPdf(new Uint8Array(readFileSync(file)))
  try {
    const page = await document.getPage(1)
    const lines = toLines(1, toRuns((await page.getTextContent()).items))
    const rules = rulesFromOperatorList(await page.getOperatorList(), OPS)
    return { lines, rules }
  } finally {
    await document.destroy()
  }
}

function cells(table: Table | undefined): string[][] {
  return (table?.children ?? []).map((row) => row.children.map((cell) => nodeToString(cell)))
}

describe('tables from positions', () => {
  it('reads the drawn rules of a ruled table (lattice) and gets the same cells as stream mode', async () => {
    const { lines, rules } = await firstPage()
    const start = lines.findIndex((line) => line.text.startsWith('Faktisk antal'))
    const end = lines.findIndex((line) => line.text.startsWith('Anm.:'))
    const region = lines.slice(start, end)
    const top = Math.max(...region.map((line) => line.y + line.size))
    const bottom = Math.min(...region.map((line) => line.y))
    // Four columns framed by five vertical rules; rows framed by horizontal rules.
    const left = Math.min(...region.map((line) => line.x0))
    const right = Math.max(...region.map((line) => line.x1))
    const lattice = latticeColumns(rules, top, bottom, left, right)
    expect(lattice).toHaveLength(4)
    expect(rules.horizontal.filter((rule) => rule.at <= top + 8 && rule.at >= bottom - 8).length).toBeGreaterThanOrEqual(4)
    const stream = streamColumns(region.filter((line) => /\d/u.test(line.text)))
    expect(stream).toHaveLength(4)
    const withRules = buildTable(region, rules)
    const withoutRules = buildTable(region)
    expect(withRules?.uncertain).toBe(false)
    expect(cells(withRules?.table)).toEqual(cells(withoutRules?.table))
    expect(cells(withRules?.table)).toEqual([
      ['', 'Faktisk antal beskæftigede', 'Hypotetisk antal beskæftigede', 'Forskel'],
      ['Kvindelige indvandrere fra ikke-vestlige lande', '82.667', '118.232', '35.564'],
      ['Kvindelige efterkommere fra ikke-vestlige lande', '26.143', '31.238', '5.095'],
    ])
  })

  it('puts heading lines that sit in the gap before right-aligned numbers in their own column (stream)', async () => {
    const { lines } = await firstPage(RULED_CHROMIUM)
    const start = lines.findIndex((line) => line.text.startsWith('Faktisk antal'))
    const end = lines.findIndex((line) => line.text.startsWith('Anm.:'))
    const region = lines.slice(start, end)
    // Chromium wraps the headings onto three lines: "Faktisk antal | Hypotetisk | Forskel", "be- | antal",
    // "skæftigede | beskæftigede"; "be-" and "antal" lie left of every number in their columns.
    expect(region.slice(0, 3).map((line) => line.segments.length)).toEqual([3, 2, 2])
    const built = buildTable(region)
    expect(built?.uncertain).toBe(false)
    expect(cells(built?.table)).toEqual([
      ['', 'Faktisk antal beskæftigede', 'Hypotetisk antal beskæftigede', 'Forskel'],
      ['Kvindelige indvandrere fra ikke-vestlige lande', '82.667', '118.232', '35.564'],
      ['Kvindelige efterkommere fra ikke-vestlige lande', '26.143', '31.238', '5.095'],
    ])
  })
})

describe('figures', () => {
  it('finds the image of "Figur 1": 9 × 4 cm at the left margin, between its caption and its source line', async () => {
    const pdf = new URL('../../../fixtures/pdf/beu-20161-spm128/input.pdf', import.meta.url)
    const record = await parseFile(pdf.pathname)
    const figure = record.answer.blocks.find((block) => block.type === 'figure')
    expect(figure).toMatchObject({ label: 'Figur 1', page: 1 })
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (figure?.type === 'figure' && figure.bbox) || []
    const CM = 72 / 2.54
    expect(x0).toBeCloseTo(2.5 * CM, 0) // the page's left margin in make_pdfs.py
    expect(x1 - x0).toBeCloseTo(9 * CM, 0) // the frame: 9cm × 4cm
    expect(y1 - y0).toBeCloseTo(4 * CM, 0)
    // The caption's last line and the source line, from the tree.
    const { tree } = await parseToTree(new Uint8Array(readFileSync(pdf)))
    const lines = tree.children.flatMap((node) => node.data?.lines ?? [])
    const captionBox = lines.find((line) => line.text.startsWith('ned i arbejdstid, pct.'))?.bbox
    const sourceBox = lines.find((line) => line.text.startsWith('Kilde: Styrelsen'))?.bbox
    expect(y1).toBeLessThanOrEqual((captionBox?.[1] ?? 0) + 1)
    expect(y0).toBeGreaterThanOrEqual((sourceBox?.[3] ?? 0) - 1)
  })
})

describe('lines from runs', () => {
  const run = (text: string, x0: number, x1: number, y: number, size: number): Run => ({ text, x0, x1, y, size, font: 'f' })

  it('a raised number right after a word refers to a footnote; before a line it numbers the line', () => {
    // Positions as Chromium sets a footnote reference in 10.6 pt text and a footnote in 8.2 pt under a 6.7 pt number.
    const lines = toLines(1, [
      run('beskæftigelsesråd.', 256.7, 345.5, 506.7, 10.6),
      run('1', 345.5, 349.2, 510.9, 6.7),
      run('Initiativerne', 359.9, 414, 506.7, 10.6),
      run('1', 70.5, 74.2, 131.4, 6.7),
      run('Jf. aftalen om styrket beskæftigelsesindsats.', 76.5, 318.6, 128, 8.2),
    ])
    expect(lines.map((line) => [line.text, line.markers, line.y])).toEqual([
      ['beskæftigelsesråd. Initiativerne', ['1'], 506.7],
      ['1 Jf. aftalen om styrket beskæftigelsesindsats.', [], 128],
    ])
  })

  it('a loose justified line stays one segment; a wider gap on it (the sidebar) still splits it', () => {
    // A line from Chromium's spm75 letter: ten words, every space stretched to 14.2–14.3 pt (1.34 em).
    const words: Array<[string, number, number]> = [
      ['afskaffet', 70.5, 110.3],
      ['for', 124.5, 136.8],
      ['personer,', 151.1, 195.1],
      ['der', 209.4, 224.6],
      ['har', 238.9, 254.1],
      ['mindre', 268.4, 300.7],
      ['end', 314.9, 332.5],
      ['seks', 346.8, 368.5],
      ['år', 382.7, 392.1],
      ['til', 406.3, 414],
    ]
    const line = words.map(([text, x0, x1]) => run(text, x0, x1, 679.1, 10.6))
    expect(toLines(1, line).map((each) => each.segments.length)).toEqual([1])
    const withSidebar = toLines(1, [...line, run('www.bm.dk', 470, 510, 679.1, 8)])
    expect(withSidebar.map((each) => each.segments.map((segment) => segment.text))).toEqual([
      ['afskaffet for personer, der har mindre end seks år til', 'www.bm.dk'],
    ])
    // Month headings in equal columns stand as evenly apart, but further than a stretched space.
    const months = toLines(1, [
      run('Jan', 100, 116, 600, 9),
      run('Feb', 150, 166, 600, 9),
      run('Mar', 200, 216, 600, 9),
      run('Apr', 250, 266, 600, 9),
    ])
    expect(months[0]?.segments.map((segment) => segment.text)).toEqual(['Jan', 'Feb', 'Mar', 'Apr'])
    // Table cells are not stretched spaces: their gaps differ.
    const row = toLines(1, [
      run('Andel', 70, 95, 500, 9),
      run('9,8', 130, 142, 500, 9),
      run('11,4', 160, 177, 500, 9),
      run('11,3', 201, 218, 500, 9),
    ])
    expect(row[0]?.segments.map((segment) => segment.text)).toEqual(['Andel', '9,8', '11,4', '11,3'])
  })

  it('a line with a drawn mark just before its text gets a bullet, where a list is likely', () => {
    // As Chromium prints a list: an intro line ending in a colon, items indented 21 pt, a 2.9 pt disc before each.
    const lines = toLines(1, [
      run('Regeringen har siden 2009 iværksat en række initiativer, som skal styrke', 70.5, 414, 521, 10.6),
      run('sagsbehandlingen i de regionale beskæftigelsesråd. Initiativerne', 70.5, 414, 507, 10.6),
      run('omfatter blandt andet:', 70.5, 173, 493.5, 10.6),
      run('en fast frist på otte uger,', 92, 230, 471.2, 10.6),
      run('som gælder alle sager, og', 92, 220, 457.4, 10.6),
      run('en årlig redegørelse.', 92, 200, 429.8, 10.6),
    ])
    expect(mayHaveDrawnBullets(lines)).toBe(true)
    const disc = (y: number): [number, number, number, number] => [81.3, y, 84.2, y + 2.9]
    const withBullets = withDrawnBullets(lines, [disc(473), disc(431.6)])
    expect(withBullets.slice(2).map((line) => line.text)).toEqual([
      'omfatter blandt andet:',
      '• en fast frist på otte uger,',
      'som gælder alle sager, og',
      '• en årlig redegørelse.',
    ])
    // Bullets set as text need no operator list.
    expect(mayHaveDrawnBullets(toLines(1, [run('andet:', 70.5, 100, 493.5, 10.6), run('• en frist', 81, 140, 471.2, 10.6)]))).toBe(false)
  })
})
