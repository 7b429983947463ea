import { describe, expect, it } from 'vitest'
import { toLines } from '../../../src/layout/pdf/lines.js'
import type { Run } from '../../../src/layout/pdf/runs.js'

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

  it('a date set a word per item is one phrase, its year not a value; a month and a number alone are not a date', () => {
    // "17. marts 2022" at 12 pt, each word an item, the spaces 5.1 pt (0.43 em: wider than a phrase's 0.4 em).
    const date = toLines(1, [run('17.', 453, 467.3, 705, 12), run('marts', 472.4, 497.9, 705, 12), run('2022', 503, 524.6, 705, 12)])
    expect(date[0]?.segments.map((segment) => segment.runs.map((each) => each.text))).toEqual([['17. marts 2022']])
    // A row of a month table: the label "Marts", then values.
    const row = toLines(1, [run('Marts', 70, 98, 500, 9), run('2022', 102, 120, 500, 9), run('2023', 124, 142, 500, 9)])
    expect(row[0]?.segments.flatMap((segment) => segment.runs.map((each) => each.text))).toEqual(['Marts', '2022', '2023'])
  })
})

describe('a footnote marker set at 82% of the text’s size', () => {
  const text = { text: 'bevillingerne på finansloven.', x0: 77, x1: 216, y: 362.1, size: 11, font: 'f' }

  it('is a marker where ReportLab sets it: 9 pt over 11 pt, raised half the size', () => {
    const lines = toLines(1, [text, { text: '1', x0: 216, x1: 221, y: 367.6, size: 9, font: 'f' }])
    expect(lines.map((line) => [line.text, line.markers])).toEqual([['bevillingerne på finansloven.', ['1']]])
  })

  it('not a number as large as the text, raised as much (near miss)', () => {
    const lines = toLines(1, [text, { text: '1', x0: 216, x1: 222, y: 367.6, size: 10.5, font: 'f' }])
    expect(lines).toHaveLength(2)
  })
})
