import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { markEmailHeaders } from '../../src/layout/email-header.js'
import type { SourceLine } from '../../src/tree.js'

const linesOf = (texts: readonly string[]): SourceLine[] => texts.map((text, at) => ({ text, line: at + 1 }))
const roles = (lines: readonly SourceLine[]) => lines.map((line) => line.role ?? '-')

describe('an e-mail’s header', () => {
  it('takes each label and the value under a label alone for the header, up to the mail’s text', () => {
    const lines = linesOf([
      'Fra:',
      'Nordic Seminar 2023 [mailto:seminar@example.org]',
      'Sendt:',
      '18. september 2023 10:56',
      '',
      'Til:',
      'Katrine Robsøe',
      'Emne:',
      'Invitation til Nordisk Seminar på Københavns Universitet',
      'Kære formand',
      'Som opfølgning på vores mail skriver vi igen.',
    ])
    markEmailHeaders(lines)
    expect(roles(lines)).toEqual(['sidebar', 'sidebar', 'sidebar', 'sidebar', '-', 'sidebar', 'sidebar', 'sidebar', 'sidebar', '-', '-'])
    const inline = linesOf(['From: Ann Berg', 'Sent: 3 May 2021 09:12', 'Subject: The seminar', 'Dear members,'])
    markEmailHeaders(inline)
    expect(roles(inline)).toEqual(['sidebar', 'sidebar', 'sidebar', '-'])
  })

  it('near miss: a question form’s labels, no date of sending after the sender’s, are no mail’s header', () => {
    const lines = linesOf(['Til:', 'Sundhedsministeren', 'Fra:', 'Sundhedsudvalget', 'Dato:', '18. august 2021', 'Emne:', 'Long covid'])
    markEmailHeaders(lines)
    expect(roles(lines)).toEqual(['-', '-', '-', '-', '-', '-', '-', '-'])
  })

  it('reads the mail’s text from after its header and its salutation (a title and a name)', async () => {
    const text = [
      'Uddannelses- og Forskningsudvalget 2022-23 (2. samling)',
      'UFU Alm.del Bilag 128',
      'Offentligt',
      'Fra:',
      'Nordic Seminar 2023 [mailto:seminar@example.org]',
      'Sendt:',
      '18. september 2023 10:56',
      'Til:',
      'Katrine Robsøe <katrine.robsoe@ft.dk>',
      'Emne:',
      'Invitation til Nordisk Seminar på Københavns Universitet',
      'Kære formand for Uddannelses- og forskningsudvalget Katrine Robsøe',
      'Som opfølgning på vores mail den 29. juni 2023 skriver vi til dig igen. Programmet er nu fastlagt.',
      '',
    ].join('\n')
    const record = await parse(text)
    expect(record.answer.answeredOn).toBe('2023-09-18')
    expect(record.answer.text).toBe('Som opfølgning på vores mail den 29. juni 2023 skriver vi til dig igen. Programmet er nu fastlagt.')
  })
})
