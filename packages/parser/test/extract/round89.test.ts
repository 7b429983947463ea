/**
 * Round 89's rules, from its training documents: an answer spoken in the chamber keeps the thanks it opens with, a
 * short sentence on its own line (`Tak for det, formand.`); a hearing note titled by other words than `Høringsnotat`
 * (`Notat om de indkomne høringssvar …`, `Kommenteret høringsoversigt`) is no cover letter for naming its annex.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('an answer spoken in the chamber that opens with thanks', () => {
  const speech = (opening: string) =>
    `${opening}\nJeg er blevet spurgt, om regeringen vil forlænge ordningen for de små havne ud over næste år, og jeg kan berolige spørgeren.\nDet vil regeringen gerne drøfte med partierne, når evalueringen foreligger til sommer.\nIndtil da fortsætter ordningen, som den er i dag, og havnene kan søge på samme vilkår som hidtil.\n`

  it.each([
    ['Tak for det, formand.', 'Tak for det, formand.'],
    ['Tak for spørgsmålet.', 'Tak for spørgsmålet.'],
    ['Tak for det.\nOg tak for spørgsmålet.', 'Tak for det.\n\nOg tak for spørgsmålet.'],
  ])('keeps %j as its first sentence', async (opening, start) => {
    const record = await parse(speech(opening))
    expect(record.answer.text.startsWith(`${start}\n\nJeg er blevet spurgt`)).toBe(true)
  })

  it('near miss: a short line above that thanks for nothing (a letterhead line) is not taken', async () => {
    const record = await parse(speech('Havnekontoret'))
    expect(record.answer.text.startsWith('Jeg er blevet spurgt')).toBe(true)
  })

  it('near miss: thanks that end in no full stop, no sentence of their own, are not taken', async () => {
    const record = await parse(speech('Tak for det'))
    expect(record.answer.text.startsWith('Jeg er blevet spurgt')).toBe(true)
  })
})

describe('a hearing note by another title', () => {
  const note = (title: string) =>
    `Boligudvalget 2018-19\nL 12 Bilag 1\nOffentligt\n21. september 2018\n${title}\nStyrelsen hørte den 29. juni 2018 en række myndigheder og organisationer, jf. vedlagte høringsliste i bilag 1, over udkastet til lovforslaget.\nHøringsfristen udløb den 22. august 2018.\n`

  it.each([
    'Notat om de indkomne høringssvar vedrørende forslag til lov om almene boliger',
    'Notat om høringssvar vedrørende forslag til lov om almene boliger',
    'Kommenteret høringsoversigt',
    'KOMMENTERET HØRINGSOVERSIGT',
  ])('%j: not a cover letter', async (title) => {
    const record = await parse(note(title))
    expect(record.documentType).toBe('unknown')
  })

  it('near miss: a note on another matter that names its annex is a cover letter', async () => {
    const record = await parse(note('Notat om boligstøtte'))
    expect(record.documentType).toBe('cover-letter')
  })
})
