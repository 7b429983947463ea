import { describe, expect, it } from 'vitest'
import { joinStackedLabels } from '../../../src/layout/text/stacked-labels.js'

const texts = (lines: readonly string[]) =>
  joinStackedLabels(lines.map((text, index) => ({ text, line: index + 1 }))).map((line) => line.text)

describe('joinStackedLabels: a question letter’s labels set one under the other, their values after them', () => {
  it('joins each question label with its value, in order, and leaves the date alone (the Folketing’s § 20 letter, 2017)', () => {
    expect(
      texts([
        'SPØRGSMÅL NR. S 57',
        'Til:',
        'Dato:',
        'Stillet af:',
        'Ældreministeren',
        '16. oktober 2017',
        'Kirsten Normann Andersen (SF)',
        'Mener …',
      ]),
    ).toEqual(['SPØRGSMÅL NR. S 57', 'Til: Ældreministeren', '16. oktober 2017', 'Stillet af: Kirsten Normann Andersen (SF)', 'Mener …'])
  })

  it('keeps each value to the label its kind fits where one label has none (`Til:` left empty, 2019)', () => {
    expect(
      texts([
        'Til:',
        'Dato:',
        'Stillet af:',
        '6. marts 2019',
        'Mette Gjerskov (S)',
        'Er ministeren enig med Vejdirektoratet i, at et ægtepar skal?',
      ]),
    ).toEqual(['6. marts 2019', 'Stillet af: Mette Gjerskov (S)', 'Er ministeren enig med Vejdirektoratet i, at et ægtepar skal?'])
  })

  it('finds the empty label among others: `Spørger:` left empty, the minister and the date kept to theirs', () => {
    expect(texts(['Til:', 'Spørger:', 'Dato:', 'Skatteministeren', '6. marts 2019', 'Mener …'])).toEqual([
      'Til: Skatteministeren',
      '6. marts 2019',
      'Mener …',
    ])
  })

  it('near miss: where either of two labels may be the empty one, the values are paired in order, as before', () => {
    // `Til:` or `Enhed:` could hold `Skatteministeren`: no guess.
    expect(texts(['Til:', 'Enhed:', 'Dato:', 'Skatteministeren', '6. marts 2019', 'Mener …'])).toEqual([
      'Til: Skatteministeren',
      '6. marts 2019',
      'Mener …',
    ])
  })

  it('reads a value a narrow column wrapped onto two lines as one (the minister asked, 2015, rewrapped at 50 columns)', () => {
    expect(
      texts([
        'Til:',
        'Dato:',
        'Ministeren for børn, ligestilling, integration og',
        'sociale forhold',
        '19. februar 2015',
        'Vil ministeren …',
      ]),
    ).toEqual(['Til: Ministeren for børn, ligestilling, integration og sociale forhold', '19. februar 2015', 'Vil ministeren …'])
    // Broken after a word in lower case (60 columns).
    expect(texts(['Til:', 'Dato:', 'Ministeren for børn, ligestilling, integration og sociale', 'forhold', '19. februar 2015'])).toEqual([
      'Til: Ministeren for børn, ligestilling, integration og sociale forhold',
      '19. februar 2015',
    ])
    // Near miss: a value in lower case at its end before one that opens with a capital: two values.
    expect(texts(['Til:', 'Stillet af:', 'Ministeren for sundhed og forebyggelse', 'Hans Hansen (V)'])).toEqual([
      'Til: Ministeren for sundhed og forebyggelse',
      'Stillet af: Hans Hansen (V)',
    ])
    // Near miss: a value that ends whole is one line; the next value is its own (`Skatteministeren` / `forklare …` is no
    // broken title).
    expect(texts(['Til:', 'Dato:', 'Skatteministeren', '6. marts 2019', 'forklare …'])).toEqual([
      'Til: Skatteministeren',
      '6. marts 2019',
      'forklare …',
    ])
  })

  it.each([
    [
      ['Spørger:', 'Til:', 'Hans Hansen (V)', 'Skatteministeren'],
      ['Spørger: Hans Hansen (V)', 'Til: Skatteministeren'],
    ],
    [
      ['Til:', 'Stillet af:', 'Sagsnr.:', 'Justitsministeren', 'Lise Berg (EL)', '2020-123'],
      ['Til: Justitsministeren', 'Stillet af: Lise Berg (EL)', '2020-123'],
    ],
  ])('made-up columns in other orders: %j', (input, output) => {
    expect(texts(input)).toEqual(output)
  })

  it.each([
    // Near misses: a letterhead's column of its own labels (no question label), one label alone, values that run
    // into a label or a paragraph.
    [['Dato:', 'Enhed:', 'Sagsnr.:', '5. maj 2021', 'Koncernjura', '2021/001234']],
    [['Til:', 'Ældreministeren', 'Dato:', '16. oktober 2017']],
    [['Til:', 'Stillet af:', 'Ældreministeren', 'Dato:']],
    [
      [
        'Til:',
        'Stillet af:',
        'Ældreministeren',
        `${'Kommunerne har i gennemsnit sparet 7 pct. pr. ældre over 65 år siden sidste '.repeat(2)}`,
      ],
    ],
  ])('near miss: %j is left as it is', (input) => {
    expect(texts(input)).toEqual(input)
  })
})
