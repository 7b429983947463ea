import { describe, expect, it } from 'vitest'
import { textToTree } from '../../src/input/text.js'

const types = (text: string) => textToTree(text).children.map((node) => node.type)

describe('buildTree: a dash that goes on with the sentence', () => {
  it('keeps a line wrapped before a dash in its paragraph', () => {
    expect(types('Der henvises til artiklen ”P1 Morgen\n– regeringen offentliggør ny plan”, dr.dk, den 15. juni 2023?')).toEqual([
      'paragraph',
    ])
  })
  it('still starts a list after a colon', () => {
    expect(types('Ministeriet har oplyst følgende:\n– regeringen har afsat midler\n– kommunerne har fået besked')).toEqual([
      'paragraph',
      'list',
    ])
  })
  it('still reads a dash before a capital as an item', () => {
    expect(types('Tiltagene omfatter blandt andet\n– Et nyt tilskud til kommunerne')).toContain('list')
  })
  it.each([
    'Kan ministeren oplyse huslejen for boliger opført i perioden 2010\n– 2020?',
    'Hvor mange biler passerede broen mellem kl. 8\n- 16 på hverdage i 2022?',
    'Udgifterne steg i årene 2019\n–2021 med 4 pct.',
  ])('keeps a range wrapped at its dash in its paragraph: %s', (text) => {
    expect(types(text)).toEqual(['paragraph'])
  })
  it('near miss: a dash and a number after a colon is still a list', () => {
    expect(types('Fordelingen er følgende:\n– 2019: 12 sager\n– 2020: 15 sager')).toContain('list')
  })
})

describe('buildTree: an enumeration inside a sentence that the wrapping began a line with (sixty-ninth session)', () => {
  // A training letter's question (20251_sau_bilag4_l224_spm30, Skatteministeriet 2025).
  it.each([
    'Hvad er provenuet, hvis elforbrug over henholdsvis\na) 4000, b) 6000 og c) 8000 kWh ikke omfattes af sænket elafgift?',
    'Hvad koster ordningen ved en sats på\n1) 10 pct., 2) 20 pct. og 3) 30 pct. af lønnen?',
  ])('keeps it in its paragraph: %s', (text) => {
    expect(types(text)).toEqual(['paragraph'])
  })
  it.each([
    // Near misses: an item after a colon, an item that names no next mark of its series, an item after a full stop.
    'Ministeren bedes oplyse følgende:\na) 4000, b) 6000 og c) 8000 kWh\nb) antallet af husstande',
    'Ministeren bedes oplyse henholdsvis\na) antallet af husstande\nb) forbruget pr. husstand',
    'Ministeren bedes oplyse forbruget.\na) 4000, b) 6000 og c) 8000 kWh er de tre niveauer.',
  ])('near miss, a list: %s', (text) => {
    expect(types(text)).toContain('list')
  })
})

describe('buildTree: a word broken at a line end goes on', () => {
  it('keeps a line after a broken word in its paragraph, though it opens like a numbered item', () => {
    expect(types('Vil ministeren redegøre for hjælpen i eget hjem grundet covid-\n19. Spørgeren ønsker en udførlig besvarelse.')).toEqual([
      'paragraph',
    ])
  })
  it('keeps it after a number broken at its hyphen (Skatteministeriet, 2009)', () => {
    expect(types('Tabellen viser indkomstgrupperne 100.000-\n2. Pct. angiver andelen af skatteyderne.')).toEqual(['paragraph'])
  })
  it('still starts a list after a line that ends with a dash standing alone', () => {
    expect(types('Ministeriet har oplyst følgende -\n1. Udgifterne er steget')).toContain('list')
  })
})

describe('buildTree: a number that goes with the sign before it', () => {
  it('keeps the paragraph after a line ending in §', () => {
    expect(types('Fordelingen på de kunstneriske uddannelser under §\n21. Kulturministeriet, jf. tabel 1, viser bidraget.')).toEqual([
      'paragraph',
    ])
  })
})

describe('buildTree: a heading’s form after a word no sentence ends on', () => {
  it.each([
    '”Vil ministeren i forlængelse af sin besvarelse af\nMOF alm. del -spørgsmål 312 af 20. januar 2017:\na. redegøre for rådets arbejde?”',
    'Ministeren henviser til sit svar på\nURU alm. del spørgsmål 3:',
    'Der henvises til besvarelsen af URU alm. del spørgsmål 3 og\nURU alm. del spørgsmål 4:',
  ])('keeps it in the sentence: %s', (text) => {
    expect(types(text)).toEqual(['paragraph'])
  })

  it.each([
    // The sentence ended: the heading opens the question.
    'Hermed sendes svar på spørgsmålet.\nSpørgsmål nr. 312:\n”Vil ministeren oplyse det?”',
    // A short line ending in a noun: a title over the heading.
    'Besvarelse af spørgsmål fra udvalget\nSpørgsmål nr. 12:\n”Vil ministeren oplyse det?”',
  ])('near miss: a heading after a line that ends otherwise is a heading: %s', (text) => {
    expect(types(text)).toContain('heading')
  })
})

describe('buildTree: footnotes to a table opened by their marks (fortieth session)', () => {
  const texts = (text: string) =>
    textToTree(text).children.map((node) =>
      'children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : '',
    )

  it('starts a paragraph at each marked note: `¹) angivet …`, `²) Det endelige …`', () => {
    expect(texts('¹) angivet i 1.000 helårspersoner\n²) Det endelige tal for 2007 kendes ikke.')).toEqual([
      '¹) angivet i 1.000 helårspersoner',
      '²) Det endelige tal for 2007 kendes ikke.',
    ])
  })

  it('and at a starred note after a line of text: `* Den længere rejsetid …`', () => {
    expect(texts('Time 164 64 75\n* Den længere rejsetid skyldes indsættelse af MR tog.')).toHaveLength(2)
  })

  it('near miss: a mark before a word in lower case, with no bracket, goes on the sentence (`m` / `² for hver bolig`)', () => {
    expect(texts('Arealet er i gennemsnit 25 m\n² for hver bolig i afdelingen.')).toHaveLength(1)
  })
})
