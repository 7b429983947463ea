import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { markLabelsOutOfOrder } from '../../src/layout/margin-labels.js'
import type { SourceLine } from '../../src/tree.js'

const linesOf = (texts: readonly string[]): SourceLine[] => texts.map((text, at) => ({ text, line: at + 1 }))
const roles = (lines: readonly SourceLine[]) => lines.map((line) => line.role ?? '-')

describe('margin labels read out of order', () => {
  it('takes a bare `Spørgsmål` right after a bare `Svar`, text on both sides, for the margin’s', () => {
    const lines = linesOf(['uden for hverdagene?', 'Svar', 'Spørgsmål', '”Lov om Digital Post” giver'])
    markLabelsOutOfOrder(lines)
    expect(roles(lines)).toEqual(['-', '-', 'sidebar', '-'])
    const colons = linesOf(['med 2016-tal.', 'Svar:', 'Spørgsmål:', 'Det oprindelige spørgsmål lød:'])
    markLabelsOutOfOrder(colons)
    expect(roles(colons)).toEqual(['-', '-', 'sidebar', '-'])
  })

  it('leaves a numbered question, the labels in their own order, and a column of labels alone', () => {
    const numbered = linesOf(['Svaret følger.', 'Svar', 'Spørgsmål 2', 'Hvor mange?'])
    markLabelsOutOfOrder(numbered)
    expect(roles(numbered)).toEqual(['-', '-', '-', '-'])
    const inOrder = linesOf(['Besvarelse af spørgsmål nr. 12', 'Spørgsmål', 'Svar', 'Helt overordnet'])
    markLabelsOutOfOrder(inOrder)
    expect(roles(inOrder)).toEqual(['-', '-', '-', '-'])
    const column = linesOf(['Spørgsmål', 'Svar', 'Spørgsmål', 'Svar', 'Tekst'])
    markLabelsOutOfOrder(column)
    expect(roles(column)).toEqual(['-', '-', '-', '-', '-'])
  })

  it.each([
    ['Svar', 'Spørgsmål'],
    // With colons: `Svar:` beside `Spørgsmål:` is no letterhead's label column.
    ['Svar:', 'Spørgsmål:'],
    ['SVAR', 'SPØRGSMÅL'],
  ])('reads the answer under `%s` / `%s`, the question before them', async (answerLabel, questionLabel) => {
    const text = [
      'Beskæftigelsesudvalget 2020-21',
      'BEU Alm.del',
      'Offentligt',
      'Folketingets Beskæftigelsesudvalg',
      'Christiansborg',
      '11. februar 2021',
      'Svar på Beskæftigelsesudvalget spørgsmål nr. 221 (alm. del) af',
      '25. januar 2021, som er stillet efter ønske fra Karsten Hønge (SF).',
      'Hvilke regler foreligger for praksis for udsendelse af digital post fra offent-',
      'lige myndigheder til syge, udsatte eller arbejdsløse borgere?',
      answerLabel,
      questionLabel,
      'Digital Post er en distributionskanal, og løsningen er derved ikke bekendt med',
      'indholdet i den post, som den offentlige myndighed udsender.',
      '',
    ].join('\n')
    const record = await parse(text)
    expect(record.question.text).toBe(
      'Hvilke regler foreligger for praksis for udsendelse af digital post fra offentlige myndigheder til syge, udsatte eller arbejdsløse borgere?',
    )
    expect(record.answer.text).toBe(
      'Digital Post er en distributionskanal, og løsningen er derved ikke bekendt med indholdet i den post, som den offentlige myndighed udsender.',
    )
  })
})
