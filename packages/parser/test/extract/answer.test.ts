import { describe, expect, it } from 'vitest'
import { findAnswer } from '../../src/extract/answer.js'
import { lineView } from '../../src/extract/lines.js'
import { textToTree } from '../../src/input/text.js'
import { Messages } from '../../src/messages.js'

function answer(text: string, from = 0) {
  const tree = textToTree(text)
  return findAnswer({ tree, lines: lineView(tree), messages: new Messages() }, from)
}

describe('findAnswer: where an answer that nothing anchors begins', () => {
  it('passes over letterhead lines left in the body of a cover letter', () => {
    const found = answer(
      'Folketingets Sundhedsudvalg\nSlotsholmsgade 10-12\n\nDato: 14. marts 2008\nKontor: Sundhedsstatistik\n\nSagsbeh.: ajj\n\n. / .\n\nVedlagt fremsendes til orientering styrelsens publikation om ventetider.\n\nMed venlig hilsen\n\nJakob Nielsen',
    )
    expect(found.text).toBe('Vedlagt fremsendes til orientering styrelsens publikation om ventetider.')
  })

  it('passes over a marker line before the text', () => {
    expect(answer('<DOCUMENT_START>\n\nVedlagt fremsendes til udvalgets orientering kopi af statusrapporten.').text).toBe(
      'Vedlagt fremsendes til udvalgets orientering kopi af statusrapporten.',
    )
  })

  it('starts where the question ends when a question anchors it, short lines and all', () => {
    expect(answer('Spørgsmål 1:\n”Hvorfor?”\n\nNej.\n\nDet er ikke muligt.', 2).text).toBe('Nej.\n\nDet er ikke muligt.')
  })
})

describe('findAnswer: the side column between paragraphs', () => {
  it("drops a block of labelled fields set between the answer's paragraphs", () => {
    const found = answer(
      'Svar:\nDer er 12 sager i alt.\n\nDato: 14. marts 2020\nSags nr.: 2020-123\nAkt-id: 12345\n\nDet bemærkes, at sagerne er mange.',
    )
    expect(found.text).toBe('Der er 12 sager i alt.\n\nDet bemærkes, at sagerne er mange.')
  })
  it('keeps a paragraph that opens with a label but goes on as text', () => {
    const found = answer('Svar:\nDer er 12 sager i alt.\n\nKontor: det er kontoret for strafferet, der behandler sagerne.')
    expect(found.text).toContain('Kontor: det er kontoret')
  })
})
