/**
 * Round 99's rules, from its training documents: a note's statement on a line of its own between its title and its
 * first section (`Forslaget er ikke omfattet af retsforbeholdet.`) is where its text begins, not its letterhead's; a
 * title that ends in a full stop, with no verb, is not. (Its other rules are tested where their fields are:
 * `til ministeren` alone in preamble.test.ts, `EUKOOR, sagsnr.:` in letterhead.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe("a note's statement on a line of its own before its first section", () => {
  const note = (line: string) =>
    [
      'Europaudvalget 2020-21',
      'Rådsmøde 3799 - RIA Bilag 1',
      'Offentligt',
      '26. maj 2021',
      'Samlenotat vedrørende sager inden for Forsvarsministeriets ansvarsområde',
      '16. FORSLAG TIL DIREKTIV OM KRITISKE ENHEDERS MODSTANDSDYGTIGHED',
      line,
      'KOM(2020) 829 endelig',
      '1. Resumé',
      'Sagen er på dagsordenen for møde i Rådet for retlige og indre',
      'anliggender d. 7.-8. juni 2021, med henblik på formandskabets',
      'orientering om fremskridtsrapport.',
      'Europa-Kommissionen (Kommissionen) har den 16. december 2020',
      'fremsat forslag til direktiv om kritiske enheders modstandsdygtighed',
      '(KOM(2020) 829 final). Forslaget er modtaget i dansk sprogversion',
      'den 9. februar 2021.',
    ].join('\n')

  it('opens the text', async () => {
    const record = await parse(note('Forslaget er ikke omfattet af retsforbeholdet.'))
    expect(record.answer.text.startsWith('Forslaget er ikke omfattet af retsforbeholdet.')).toBe(true)
  })

  it('opens the text wrapped onto a short line', async () => {
    const record = await parse(note('Forslaget er ikke omfattet af det danske\nretsforbehold.'))
    expect(record.answer.text.startsWith('Forslaget er ikke omfattet af det danske retsforbehold.')).toBe(true)
  })

  it('near miss: a line that opens with the close of a bracket goes on a sentence, it opens none', async () => {
    const record = await parse(note('Final) vil være på dagsordenen til rådsmøde om direktivet om kritiske enheder.'))
    expect(record.answer.text.startsWith('Sagen er på dagsordenen')).toBe(true)
  })

  it('near miss: a title with a full stop and no verb stays in the head', async () => {
    const record = await parse(note('Direktiv om kritiske enheders modstandsdygtighed i hele Unionen.'))
    expect(record.answer.text.startsWith('Sagen er på dagsordenen')).toBe(true)
  })
})
