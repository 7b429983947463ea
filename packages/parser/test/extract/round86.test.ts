/**
 * Round 86's rules, from its training documents: a hearing note is no cover letter for naming its annex; a greeting
 * cut off where the stored text ends (`Med venlig hil`) closes the answer.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('a hearing note that names its annex', () => {
  const note = (title: string) =>
    `Børne- og Undervisningsudvalget 2023-24\nL 28 Bilag 1\nOffentligt\nBørne- og Undervisningsministeriet\nOktober 2023\n${title}\nForslag til lov om behandlings- og specialundervisningstilbud til børn og unge\n1. Indledning\nUdkastet har været sendt i høring hos 124 myndigheder og organisationer.\nDer er modtaget 43 høringssvar. En oversigt over, hvem der har afgivet høringssvar, er vedlagt.\n`

  it.each(['Høringsnotat', 'HØRINGSNOTAT', 'Høringsnotat om'])('titled %j, is unknown, not a cover letter', async (title) => {
    const record = await parse(note(title))
    expect(record.documentType).toBe('unknown')
  })

  it('near miss: a note titled otherwise that says it encloses something stays a cover letter', async () => {
    const record = await parse(note('Orientering'))
    expect(record.documentType).toBe('cover-letter')
  })
})

describe('a greeting cut off where the stored text ends', () => {
  const letter = (end: string) =>
    `Børne- og Undervisningsudvalget 2015-16\nBUU Alm.del\nOffentligt\nFolketingets Børne- og Undervisningsudvalg har den 1. marts 2016 stillet følgende spørgsmål nr. 148 (alm. del), som hermed besvares.\nSpørgsmål nr. 148:\n”Har erhvervsuddannelserne kapacitet til at optage flere elever?”\nSvar:\nDet er min vurdering, at erhvervsuddannelserne vil være i stand til at løfte opgaven.\n${end}`

  it.each(['Med venlig hil', 'Med venlig', 'Med venl'])('%j closes the answer, and no name is read from it', async (end) => {
    const record = await parse(letter(end))
    expect(record.answer.text).toBe('Det er min vurdering, at erhvervsuddannelserne vil være i stand til at løfte opgaven.')
    expect(record.signature).toBeNull()
    expect(record.warnings.map((warning) => warning.code)).not.toContain('signature-unclear')
  })

  it('near miss: a sentence opening with a word like it stays the answer’s', async () => {
    const record = await parse(letter('Med venlighed og respekt for elevernes valg.'))
    expect(record.answer.text.endsWith('Med venlighed og respekt for elevernes valg.')).toBe(true)
  })

  it('near miss: the whole greeting and a name are still the signature', async () => {
    const record = await parse(letter('Med venlig hilsen\nEllen Trane Nørby'))
    expect(record.signature?.name).toBe('Ellen Trane Nørby')
  })
})

describe('a text cut off inside the signer’s name', () => {
  const letter = (end: string) =>
    `Folketingets Børne- og Undervisningsudvalg har den 1. marts 2016 stillet følgende spørgsmål nr. 148 (alm. del), som hermed besvares.\nSpørgsmål nr. 148:\n”Har erhvervsuddannelserne kapacitet til at optage flere elever?”\nSvar:\nDet er min vurdering, at de kan.\nMed venlig hilsen\n${end}`

  it.each(['Ellen Tr', 'Ellen T'])('%j (one or two letters of the last word) gives no name, warned', async (end) => {
    const record = await parse(letter(end))
    expect(record.signature).toBeNull()
    expect(record.warnings.map((warning) => warning.code)).toContain('signature-unclear')
  })

  it('near miss: an initial with its stop, or a name line before a title, is read', async () => {
    expect((await parse(letter('Ellen K.'))).signature?.name).toBe('Ellen K.')
    expect((await parse(letter('Ellen Tr\nudvalgssekretær'))).signature?.name).toBe('Ellen Tr')
  })
})
