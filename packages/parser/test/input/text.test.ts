import type { Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { textToTree, unglue } from '../../src/input/text.js'
import { Messages } from '../../src/messages.js'

/** The text of each block, its lines joined by ⏎. */
function blocks(tree: Root): string[] {
  return tree.children.map((node) => mdastToString(node))
}

describe('textToTree: a case-number label glued after the date or number before it', () => {
  it.each([
    ['Ligestillingsafdelingen10 marts 2010J nr. 2010-0003553', ['Ligestillingsafdelingen', '10 marts 2010', 'J nr. 2010-0003553']],
    ['Dato: 3. maj 2011Sagsnr.: 2011-123-45', ['Dato: 3. maj 2011', 'Sagsnr.: 2011-123-45']],
    ['København, den 4. juni 2008J.nr. 2008-5100-12', ['København, den 4. juni 2008', 'J.nr. 2008-5100-12']],
  ])('%s', (line, pieces) => {
    expect(unglue(line)).toEqual(pieces)
  })

  it.each([
    'Der henvises til bekendtgørelse nr. 927 af 8. december 1997.',
    'Sagen har J.nr. 2010-1 i ministeriet.',
    'I 2010 Sagsnr. blev ændret',
  ])('leaves "%s" whole', (line) => {
    expect(unglue(line)).toEqual([line])
  })
})

describe('textToTree: a drop cap an old rendition doubled', () => {
  it('mends the heading and warns', () => {
    const messages = new Messages()
    const tree = textToTree('BB Besvarelse esvarelse af spørgsmål nr. 249 fra Folketingets Retsudvalg (Alm. del).', messages)
    expect(blocks(tree)).toEqual(['Besvarelse af spørgsmål nr. 249 fra Folketingets Retsudvalg (Alm. del).'])
    expect(messages.list.map((warning) => warning.code)).toEqual(['text-drop-cap-mended'])
  })
})
