import { describe, expect, it } from 'vitest'
import { firstQuotationEnd, isWhollyQuoted, openQuotes } from '../../src/util/quotes.js'

describe('openQuotes: the quotations still open after a text', () => {
  it.each([
    ['”Hvad er regeringens svar til Robert, der spurgte: »Hvorfor', ['”', '«']],
    ['”Hvad er regeringens svar til Robert, der spurgte: »Hvorfor?«', ['”']],
    ['”Hvad er regeringens svar til Robert, der spurgte: »Hvorfor?«?”', []],
    ['„Vil ministeren kommentere »Det gør vi ikke«', ['“']],
    ['”Vil ministeren kommentere artiklen "Ny plan', ['”', '"']],
    ['Vil ministeren kommentere artiklen ”Fonden et misfoster”?', []],
    ['Skærmen måler 24" og koster 2.000 kr.', []],
    // Mixed marks: the inner quotation opened with ” and closed with ", the outer one (") still open.
    ['"Ministeren skriver i svaret, ”ved ændringen gennemførtes en kampagne."', ['"']],
    ['"Ministeren skriver i svaret, ”ved ændringen gennemførtes en kampagne." Ministeren bedes redegøre."', []],
    // Near miss: an inner quotation closed with its own mark closes it alone, as before.
    ['”Vil ministeren kommentere ”artiklen”', ['”']],
  ])('%s', (text, open) => {
    expect(openQuotes(text)).toEqual(open)
  })

  it('goes on from the quotations earlier lines left open', () => {
    expect(openQuotes('når det ikke gør noget godt for klimaet?«?”', ['”', '«'])).toEqual([])
  })
})

describe('isWhollyQuoted: one quotation from the first mark to the last', () => {
  it.each([
    '”Hvad er regeringens svar til Robert, der spurgte: »Hvorfor fjerner I en helligdag?«?”',
    '„Vil ministeren kommentere udtalelsen »Det gør vi ikke« i avisen?“',
    '”Vil ministeren kommentere artiklen "Ny plan" i Politiken?”',
    '”Vil ministeren kommentere udtalelsen »Det gør vi ikke«”.',
    // The same mark inside after a bracket, a colon, a dash or a slash opens a quotation within (round 17).
    '”Ministeren bedes på baggrund af artiklerne i Politiken (”Ænder kan bringe fugleinfluenza til Danmark” m.fl.) redegøre for risikoen?”',
    '”Vil ministeren kommentere udtalelsen:”Det gør vi ikke”, som ordføreren kom med?”',
    '"Vil ministeren kommentere rapporten – "Ny plan" – fra styrelsen?"',
    // A quotation inside that opens with an ellipsis, and the outer one closed at the end with the other of " and ”
    // (forty-second session).
    '"Er ministeren enig i udtalelsen om, at "...dette valg er faldet ud til fordel for miljøet."?”',
    // Near miss for the mixed close: inside the text, a mark glued to the word before is no close of the outer one.
    '”Da spørgeren via Trafikstyrelsens"Stationsstrukturen i Danmark", var bekendt med tallene, bedes ministeren svare?”',
    // A headline inside whose opening mark has a space on both sides, its first word capitalised (sixty-ninth session).
    '”Ministeren bedes kommentere artikel af 15. maj 2008 i BT ” USA: Hjælpen er for dårlig” og oversende rapporten”',
    '"Vil ministeren kommentere artiklen " Pressen kan ikke få aktindsigt" fra 2016?"',
  ])('%s', (text) => {
    expect(isWhollyQuoted(text)).toBe(true)
  })

  it.each([
    '”Vil ministeren oplyse A?” og ”Vil ministeren oplyse B?”',
    'Vil ministeren kommentere artiklen ”Fonden et misfoster”?',
    '”Vil ministeren oplyse, hvorfor?',
    // Near miss: after text the mark closes (`A?” (og ”B?”)`).
    '”Vil ministeren oplyse A?” (og ”B?”)',
    // Near miss: a mark ending the text after a space is no mixed close.
    '"Vil ministeren oplyse, hvorfor "Ny plan" blev droppet ”',
    // Near misses for the spaced opening mark: a closing mark a space stands before, the next word in lower case, closes
    // the quotation (`dårlig ” og`); one before a capitalised word after no space before it closes too (`BT” USA`).
    '”Vil ministeren kommentere artiklen om at hjælpen er for dårlig ” og oversende rapporten ”Hjælp” til udvalget',
    '”Vil ministeren kommentere artikel i BT” USA: Hjælpen er for dårlig” og oversende rapporten”',
  ])('not %s', (text) => {
    expect(isWhollyQuoted(text)).toBe(false)
  })
})

describe('firstQuotationEnd', () => {
  it('is where the opening quotation closes', () => {
    expect(firstQuotationEnd('”A?” og ”B?”')).toBe(3)
  })

  it('is undefined where the text opens with no quote or its quotation never closes', () => {
    expect(firstQuotationEnd('Vil ”A” ?')).toBeUndefined()
    expect(firstQuotationEnd('”Vil ministeren oplyse, hvorfor?')).toBeUndefined()
  })
})
