import { describe, expect, it } from 'vitest'
import { collapseLetterSpacing, splitLetterSpacedTail } from '../../../src/layout/text/letter-spacing.js'
import { parse } from '../../../src/parse.js'

describe('collapseLetterSpacing: a line set with a space between its characters', () => {
  it.each([
    // Kulturministeriet 2004 (a letterhead), made-up others in other ministries' letterheads.
    ['K U L T U R M I N I S T E R I E T', 'KULTURMINISTERIET'],
    ['J . N R . 2 0 0 4 - 6 0 8 6 - 3 0', 'J.NR. 2004-6086-30'],
    ['N Y B R O G A D E 2', 'NYBROGADE 2'],
    ['T E L E F O N 3 3 9 2 3 3 7 0', 'TELEFON 33923370'],
    ['S k a t t e m i n i s t e r i e t', 'Skatteministeriet'],
    // Word gaps kept as two spaces.
    ['M I N I S T E R I E T  F O R  B Y E R', 'MINISTERIET FOR BYER'],
    // The spacing come through unevenly, as in the Folketing's § 20 letters.
    ['§ 2 0- SP Ø RG S M Å L T IL S K RI FT LIG BE S V A R E L S E', '§20-SPØRGSMÅLTILSKRIFTLIGBESVARELSE'],
    ['  S A G S N R . 1 2 3 4 / 0 5  ', 'SAGSNR. 1234/05'],
  ])('%s → %s', (line, collapsed) => {
    expect(collapseLetterSpacing(line)).toBe(collapsed)
  })

  it.each([
    // Near misses: initials and a list, running text with a few one-letter words, a table's rows.
    'spørgsmål A, B, C og D.',
    'A B C og D',
    'Jeg kan i år se, at 5 af de 9 i alt er i gang.',
    '1 2 3 4 5 6 7 8',
    'X X X X X X',
    'A  B  C  D  E  F',
    '2005 91.396 20.139 1.234 5.678 9',
    'E-POST [email protected]',
  ])('near miss: %s is left as it is', (line) => {
    expect(collapseLetterSpacing(line)).toBeUndefined()
  })
})

describe('splitLetterSpacedTail: a line set as usual glued to a letter-spaced tail', () => {
  it('cuts the head from the collapsed tail, a sign glued to the head going with the tail', () => {
    expect(splitLetterSpacedTail('SPØRGSMÅL NR. S 2387§ 2 0- SP Ø RG S M Å L T IL S K RI FT LIG BE S V A R E L S E')).toEqual([
      'SPØRGSMÅL NR. S 2387',
      '§20-SPØRGSMÅLTILSKRIFTLIGBESVARELSE',
    ])
    expect(splitLetterSpacedTail('Kulturministeriet K U L T U R')).toEqual(['Kulturministeriet', 'KULTUR'])
  })

  it.each([
    // Near misses: a whole line spaced (collapsed whole), one spaced unevenly from its start, running text.
    'K U L T U R M I N I S T E R I E T',
    'KUL TUR MI N I S T E R I E T',
    'Jeg kan i år se, at 5 af de 9 i alt er i gang.',
    'SPØRGSMÅL NR. S 2387',
  ])('near miss: %s has no head and tail', (line) => {
    expect(splitLetterSpacedTail(line)).toBeUndefined()
  })
})

describe('letter-spaced letterhead in a text rendition', () => {
  it('reads the ministry and the case number, and warns', async () => {
    const text = [
      'K U L T U R M I N I S T E R I E T',
      'J . N R . 2 0 0 4 - 6 0 8 6 - 3 0',
      'Folketingets Kulturudvalg',
      '14. december 2004',
      'Hermed fremsendes til udvalgets orientering et notat om bibliotekerne.',
      'Med venlig hilsen',
      'Brian Mikkelsen',
    ].join('\n')
    const record = await parse(text, { format: 'text' })
    expect(record.caseNumber).toBe('2004-6086-30')
    expect(record.ministry).toBe('Kulturministeriet')
    expect(record.warnings.map((warning) => warning.code)).toContain('text-letter-spacing-collapsed')
  })
})
