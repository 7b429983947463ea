/**
 * Lines a narrow column wrapped, read back onto one on the PDF path as the text path reads them (sixty-first session,
 * from the printed probe of rounds 100–153's training renditions): a question's heading wrapped before its case
 * (`Spørgsmål nr. 7 til` / `L 154:`), a Folketingstidende head line wrapped before its bracket (`Kim Behnke` /
 * `(FRI):`).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { joinHeadLines } from '../../src/layout/text/head-lines.js'
import { joinWrappedHeadings } from '../../src/layout/text/wrapped-headings.js'
import { linesPdf } from '../pdf-builder.js'

describe('joinWrappedHeadings and joinHeadLines: the lines with more than their text', () => {
  it('the first line takes the whole and keeps its other properties; the second goes', () => {
    const lines = [
      { text: 'Spørgsmål nr. 7 til', line: 1, page: 1 },
      { text: 'L 154:', line: 2, page: 1 },
      { text: 'Er ministeren enig?', line: 3, page: 1 },
    ]
    expect(joinWrappedHeadings(lines)).toEqual([
      { text: 'Spørgsmål nr. 7 til L 154:', line: 1, page: 1 },
      { text: 'Er ministeren enig?', line: 3, page: 1 },
    ])
    expect(
      joinHeadLines([
        { text: 'Kim Behnke', line: 4 },
        { text: '(FRI):', line: 5 },
      ]),
    ).toEqual([{ text: 'Kim Behnke (FRI):', line: 4 }])
  })

  it('near miss: lines that make no heading nor head line come back as they are', () => {
    const lines = [{ text: 'Spørgsmål nr. 7 til', line: 1 }, { text: 'L 154' }, { text: 'Kim Behnke' }, { text: '(FRI)' }]
    expect(joinWrappedHeadings(lines)).toBe(lines)
    expect(joinHeadLines(lines)).toBe(lines)
  })
})

describe('the PDF path', () => {
  const head = [
    'Udlændinge- og Integrationsudvalget har den 24. marts 2017 stillet følgende',
    'spørgsmål nr. 7 til L 154 (alm. del) efter ønske fra Johanne Schmidt-Nielsen (EL) til',
    'udlændinge- og integrationsministeren, som hermed besvares.',
    '',
  ]
  const body = ['Er ministeren enig i, at lovforslaget skærper kravet?', '', 'Svar:', '', 'Nej, det gør det ikke.']

  it('reads the question under a heading wrapped before its case', async () => {
    const record = await parse(linesPdf([...head, 'Spørgsmål nr. 7 til', 'L 154:', ...body]))
    expect(record.question.text).toBe('Er ministeren enig i, at lovforslaget skærper kravet?')
    expect(record.answer.text).toBe('Nej, det gør det ikke.')
  })

  it('near miss: the heading whole on its line reads the same', async () => {
    const record = await parse(linesPdf([...head, 'Spørgsmål nr. 7 til L 154:', ...body]))
    expect(record.question.text).toBe('Er ministeren enig i, at lovforslaget skærper kravet?')
  })

  it("reads a § 20 page's asker wrapped before the party", async () => {
    const record = await parse(
      linesPdf([
        'Spm. nr. S 129',
        'Til økonomiministeren (12/10 2000) af:',
        'Kim Behnke',
        '(FRI):',
        '»Vil ministeren tage initiativ til at stoppe forberedelsen af dansk deltagelse i euroen?«',
        '',
        'Svar (30/10 2000)',
        'Økonomiministeren',
        '(Marianne Jelved):',
        'Der er ikke aktiviteter i ministerierne, der forbereder dansk deltagelse i euroen.',
      ]),
    )
    expect(record.question.askers).toEqual([{ name: 'Kim Behnke', party: 'FRI', nonMember: false }])
    expect(record.answer.text).toBe('Der er ikke aktiviteter i ministerierne, der forbereder dansk deltagelse i euroen.')
  })
})
