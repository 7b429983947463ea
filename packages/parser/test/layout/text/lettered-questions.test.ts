import { describe, expect, it } from 'vitest'
import { parseAll } from '../../../src/index.js'
import { withLetteredQuestionsLabelled } from '../../../src/layout/text/lettered-questions.js'

const texts = (lines: readonly string[]) =>
  withLetteredQuestionsLabelled(lines.map((text, index) => ({ text, line: index + 1 }))).map((line) => line.text)

describe('withLetteredQuestionsLabelled: samråd questions listed under one label, their letters in a column', () => {
  it('writes the label out on each item and drops its line (a speech paper of 2007)', () => {
    expect(
      texts([
        'Samrådsspørgsmål:',
        'BF            Hvorfor er kendskabet til kortet ringe?',
        'BG            Hvorfor nægter visse kommuner at udstede kortet?',
        'Svar:',
      ]),
    ).toEqual([
      'Samrådsspørgsmål BF: Hvorfor er kendskabet til kortet ringe?',
      'Samrådsspørgsmål BG: Hvorfor nægter visse kommuner at udstede kortet?',
      'Svar:',
    ])
  })

  it.each([
    [
      'the parts of one question, no gap after the letter',
      ['Samrådsspørgsmål:', 'A. Vil ministeren oplyse tallet?', 'B. Vil ministeren oplyse prisen?'],
    ],
    ['one item alone', ['Samrådsspørgsmål:', 'BF            Hvorfor er kendskabet til kortet ringe?', 'Svar:']],
    [
      'items under no such label',
      ['Spørgsmål 3:', 'A            Vil ministeren oplyse tallet?', 'B            Vil ministeren oplyse prisen?'],
    ],
  ])('near miss: leaves %s as it is', (_, lines) => {
    expect(texts(lines)).toEqual(lines)
  })

  it('gives one record per listed question, each with its text and the joint answer', async () => {
    const records = await parseAll(
      [
        'Talepapir',
        'Det talte ord gælder',
        'Samrådsspørgsmål:',
        'BF            Hvorfor er kendskabet til det blå kort fortsat ringe blandt danskerne?',
        'BG            Hvorfor nægter visse kommuner at udstede det blå kort?',
        'Svar:',
        'Med formandens tilladelse vil jeg besvare de 2 spørgsmål under et.',
        'Alle, der bor i Danmark, er dækket af det gule kort.',
      ].join('\n\n'),
    )
    expect(records.map((record) => [record.question.kind, record.question.number, record.question.text])).toEqual([
      ['consultation', 'BF', 'Hvorfor er kendskabet til det blå kort fortsat ringe blandt danskerne?'],
      ['consultation', 'BG', 'Hvorfor nægter visse kommuner at udstede det blå kort?'],
    ])
    expect(records[1]?.answer.text).toContain('Alle, der bor i Danmark, er dækket af det gule kort.')
  })
})
