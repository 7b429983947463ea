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
  ])('%s', (text) => {
    expect(isWhollyQuoted(text)).toBe(true)
  })

  it.each([
    '”Vil ministeren oplyse A?” og ”Vil ministeren oplyse B?”',
    'Vil ministeren kommentere artiklen ”Fonden et misfoster”?',
    '”Vil ministeren oplyse, hvorfor?',
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
