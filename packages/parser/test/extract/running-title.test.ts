/**
 * ft.dk's running line's title of the question: the minister asked and the "MFU spm." mark, on made-up lines.
 */
import { describe, expect, it } from 'vitest'
import { lineView } from '../../src/extract/lines.js'
import type { AskersResult } from '../../src/extract/preamble.js'
import { findRunningTitle, withRunningTitle } from '../../src/extract/running-title.js'
import { textToTree } from '../../src/input/text.js'

const lines = (text: string) => lineView(textToTree(text))

describe('findRunningTitle', () => {
  it.each([
    [
      'SAU, Alm.del - 2019-20 - Endeligt svar på spørgsmål 664: MFU spm. om en tabel over provenuet, til skatteministeren',
      '664',
      true,
      'skatteministeren',
    ],
    [
      'REU, Alm.del - 2018-19 (1. samling) - Endeligt svar på spørgsmål 127: Spm. om antallet af politistationer, til justitsministeren',
      '127',
      false,
      'justitsministeren',
    ],
    [
      'L 95 - 2018-19 (1. samling) - Endeligt svar på spørgsmål 22: MFU spm., om ministeren mener det, til justitsministeren',
      '22',
      true,
      'justitsministeren',
    ],
    [
      'UUI, Alm.del - 2023-24 - Foreløbigt svar på spørgsmål 45: Spm. om asylcentre, til udlændinge- og integrationsministeren',
      '45',
      false,
      'udlændinge- og integrationsministeren',
    ],
    [
      'URU, Alm.del - 2021-22 - Endeligt svar på spørgsmål 63: Spm. om talepapir, til ministeren for udviklingssamarbejde',
      '63',
      false,
      'ministeren for udviklingssamarbejde',
    ],
    // a split bill's part in lower case glued to its number, as ft.dk writes it there (round 145)
    [
      'L 30a - 2020-21 - Endeligt svar på spørgsmål 14: Spm. om at redegøre for fradraget, til skatteministeren',
      '14',
      false,
      'skatteministeren',
    ],
    // cut before its end: no minister
    [
      'BUU, Alm.del - 2015-16 - Endeligt svar på spørgsmål 26: Spm. om at oversende en oversigt over udviklingen siden 2009 i antallet af kla',
      '26',
      false,
      undefined,
    ],
  ])('%s', (text, number, nonMember, recipient) => {
    expect(findRunningTitle(lines(`Svar:\nJa.\n${text}`))).toMatchObject({ number, nonMember, recipient })
  })

  it('reads the title over the lines it wrapped onto before the next page', () => {
    const found = findRunningTitle(
      lines(
        'Svar:\nJa.\nL 95 - 2018-19 (1. samling) - Endeligt svar på spørgsmål 22:\nMFU spm., om ministeren mener det er nødvendigt, til\njustitsministeren\n2011121_0002.png\nSpørgsmål nr. 22:',
      ),
    )
    expect(found).toMatchObject({ number: '22', nonMember: true, recipient: 'justitsministeren' })
  })

  it('reads a long title a narrow column wrapped onto four lines, ending on the minister asked', () => {
    const found = findRunningTitle(
      lines(
        [
          'Svar:',
          'Ja.',
          'L 149a - 2015-16 - Endeligt svar på spørgsmål 8: Spm. om at yde teknisk',
          'bistand til udarbejdelsen af ændringsforslag, således at grænsen for, hvor',
          'stor en del af en medarbejders løn, der kan udbetales som medarbejderaktier',
          'hæves til 25 pct. for iværksættervirksomheder (finansielle virksomheder',
          'ikke inkluderet), til skatteministeren',
          '1630397_0002.png',
          'Spørgsmål',
        ].join('\n'),
      ),
    )
    expect(found).toMatchObject({ number: '8', nonMember: false, recipient: 'skatteministeren' })
  })

  it('not the page’s text after a footer that no page image follows closely (near miss)', () => {
    const found = findRunningTitle(
      lines(
        'Svar:\nJa.\nL 95 - 2018-19 (1. samling) - Endeligt svar på spørgsmål 22:\nMFU spm. er ikke\nnævnt i denne tekst\nmen i en anden\n',
      ),
    )
    // The footer alone names no title; the text after it is not read as its.
    expect(found).toBeUndefined()
  })

  it("near misses: an annex's running line, a title ending in a date, a sentence in the text", () => {
    expect(findRunningTitle(lines('BEU, Alm.del - 2020-21 - Bilag 446: Henvendelse om MFU spm. til ministeren'))).toBeUndefined()
    expect(
      findRunningTitle(lines('SAU, Alm.del - 2022-23 - Endeligt svar på spørgsmål 9: Spm. om tal, til september 2023'))?.recipient,
    ).toBeUndefined()
    expect(findRunningTitle(lines('Jeg henviser til mit svar på spørgsmål 9: Spm. om tal, til skatteministeren'))).toBeUndefined()
    // A lower-case letter after the number that begins a word is no bill's part.
    expect(findRunningTitle(lines('L 30af - 2020-21 - Endeligt svar på spørgsmål 14: Spm. om tal, til skatteministeren'))).toBeUndefined()
  })
})

describe('findRunningTitle: the page’s number after the running line (forty-second session)', () => {
  it('is no wrap of the title: the minister asked is read', () => {
    const title = findRunningTitle(
      lines(
        'Tak til formanden for ordet og til udvalget for invitationen\nUUI, Alm.del - 2021-22 - Endeligt svar på spørgsmål 577: Spm. om talepapir fra samrådet, til udlændinge- og integrationsministeren\n2\nog spørgsmålene.',
      ),
    )
    expect(title?.recipient).toBe('udlændinge- og integrationsministeren')
  })
})

describe('withRunningTitle', () => {
  const one: AskersResult = { askers: [{ name: 'Andreas Holm', party: 'RV', nonMember: false }], byCommittee: false, lines: [] }
  const [line] = lines('SAU, Alm.del - 2019-20 - Endeligt svar på spørgsmål 664: MFU spm. om tal, til skatteministeren')
  const title = line ? findRunningTitle([line]) : undefined

  it('marks a lone asker of an "MFU spm." a non-member', () => {
    expect(withRunningTitle(one, title, '664').askers).toEqual([{ name: 'Andreas Holm', party: 'RV', nonMember: true }])
    expect(withRunningTitle(one, title, undefined).askers[0]?.nonMember).toBe(true)
  })

  it("near misses: another question's title, and several askers", () => {
    expect(withRunningTitle(one, title, '552')).toBe(one)
    const two: AskersResult = { ...one, askers: [...one.askers, { name: 'Eva Lund', party: 'S', nonMember: false }] }
    expect(withRunningTitle(two, title, '664')).toBe(two)
  })
})
