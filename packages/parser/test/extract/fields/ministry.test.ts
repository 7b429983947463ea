import { describe, expect, it } from 'vitest'
import { withOgApart } from '../../../src/extract/side-column.js'
import { parse } from '../../../src/index.js'
import { ministryByDomain, ministryByName, ministryByTitleLine } from '../../../src/registry/index.js'

/** A made-up answer with `letterhead` above it and `tail` after the answer. */
const answer = (letterhead: string, tail = 'Med venlig hilsen\n\nAnne Hansen\n') =>
  `${letterhead}\n\nRetsudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 12:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa, det vil jeg gerne.\n\n${tail}`

describe('the ministry', () => {
  it.each([
    [
      'named in capitals',
      'ØKONOMI- OG ERHVERVSMINISTERIET\nSlotsholmsgade 10-12\n12. juni 2008',
      'Økonomi- og Erhvervsministeriet',
      'letterhead',
    ],
    [
      'by the minister’s title alone in the letterhead',
      'Folketingets Europaudvalg\nChristiansborg\nFinansministeren\n13. september 2010',
      'Finansministeriet',
      'letterhead',
    ],
    [
      'by a title whose "og" an old rendition glued to the next word',
      'Folketingets Erhvervsudvalg\nERHVERVS- OGVÆKSTMINISTEREN\n29. februar 2012',
      'Erhvervs- og Vækstministeriet',
      'letterhead',
    ],
    [
      'by a title broken over two lines',
      'Folketingets Erhvervsudvalg\nERHVERVS- OG\nVÆKSTMINISTEREN\n19. april 2016',
      'Erhvervs- og Vækstministeriet',
      'letterhead',
    ],
    [
      'by the web address',
      'Folketinget\nRetsudvalget\nChristiansborg\nwww.justitsministeriet.dk\n14. november 2023',
      'Justitsministeriet',
      'letterhead',
    ],
  ])('%s', async (_, letterhead, ministry, rule) => {
    const record = await parse(answer(letterhead))
    expect(record.ministry).toBe(ministry)
    expect(record.provenance.ministry?.rule).toBe(rule)
  })

  it('reads the ministry at the head of its address in the text, and from a footer', async () => {
    const column = await parse(
      answer(
        'Folketingets Uddannelsesudvalg\nChristiansborg',
        '8. marts 2016\nUddannelses- og\nForskningsministeriet\nBørsgade 4\n\nMed venlig hilsen\n\nUlla Tørnæs\n',
      ),
    )
    expect(column.ministry).toBe('Uddannelses- og Forskningsministeriet')
    const footer = await parse(
      answer(
        'Folketingets Miljøudvalg\nChristiansborg\nDen 7. juli 2023',
        'Magnus Heunicke\n/\nRasmus Moes\nMiljøministeriet • Frederiksholms Kanal 26 • 1220 København K\n',
      ),
    )
    expect(footer.ministry).toBe('Miljøministeriet')
    expect(footer.signature).toEqual({ name: 'Magnus Heunicke', title: null })
  })

  it('does not take a ministry named in the answer’s text, nor a web address that served several ministries', async () => {
    // Near misses: a sentence naming a ministry; sum.dk (Sundhedsministeriet under several names).
    const named = await parse(
      answer(
        'Folketingets Retsudvalg\nChristiansborg',
        'Justitsministeriet har oplyst, at tallet er 12.\n\nMed venlig hilsen\n\nAnne Hansen\n',
      ),
    )
    expect(named.ministry).toBeNull()
    const shared = await parse(answer('Folketingets Sundhedsudvalg\nChristiansborg\nwww.sum.dk\n3. maj 2021'))
    expect(shared.ministry).toBeNull()
  })
})

describe('the ministry registry', () => {
  it('knows web addresses used by one ministry only', () => {
    expect(ministryByDomain('www.skm.dk')?.name).toBe('Skatteministeriet')
    expect(ministryByDomain('http://www.um.dk')?.name).toBe('Udenrigsministeriet')
    expect(ministryByDomain('jm.dk')?.name).toBe('Justitsministeriet')
    expect(ministryByDomain('www.sum.dk')).toBeUndefined()
    expect(ministryByDomain('www.politi.dk')).toBeUndefined()
  })

  it('reads a title line whole, in either form, not a title with more after it', () => {
    expect(ministryByTitleLine('Finansministeren')?.name).toBe('Finansministeriet')
    expect(ministryByTitleLine('ØKONOMI- OG ERHVERVSMINISTEREN')?.name).toBe('Økonomi- og Erhvervsministeriet')
    expect(ministryByTitleLine('Ministeren')).toBeUndefined()
    expect(ministryByTitleLine('Finansministerens svar')).toBeUndefined()
  })

  it('reads a name followed by a footer’s bullet, not by more of a word', () => {
    expect(ministryByName('Miljøministeriet • Frederiksholms Kanal 26')?.name).toBe('Miljøministeriet')
    expect(ministryByName('Miljøministeriets vurdering')).toBeUndefined()
  })
})

describe('the ministry of the minister the opening sentence says answers', () => {
  const letter = (opening: string) =>
    `Folketingets Kommunaludvalg\n\n${opening}\n\nSpørgsmål nr. 2:\n\n”Hvad koster det?”\n\nSvar:\n\nEn million kroner.\n\nAnne Hansen\n/ Ole Bach\n`

  it.each([
    [
      'Under henvisning til Folketingets Kommunaludvalgs brev af 12. november 2008 følger hermed velfærdsministerens endelige svar på spørgsmål nr. 2 (KOU Alm. del).',
      'Velfærdsministeriet',
    ],
    [
      'Beskæftigelsesministerens besvarelse af spørgsmål nr. 2 (alm. del) stillet af Folketingets Kommunaludvalg.',
      'Beskæftigelsesministeriet',
    ],
  ])('%s', async (opening, ministry) => {
    const record = await parse(letter(opening), { requireFolketingDocument: false })
    expect(record.ministry).toBe(ministry)
    expect(record.provenance.ministry?.rule).toBe('answering-minister')
  })

  it('near miss: "ministerens svar" without a title names no ministry', async () => {
    const record = await parse(
      letter(
        'Under henvisning til Folketingets Kommunaludvalgs brev af 12. november 2008 følger hermed ministerens svar på spørgsmål nr. 2.',
      ),
      { requireFolketingDocument: false },
    )
    expect(record.ministry).toBeNull()
  })
})

describe('withOgApart', () => {
  it('parts a glued "og" after a hyphened word only', () => {
    expect(withOgApart('ERHVERVS- OGVÆKSTMINISTERIET')).toBe('ERHVERVS- OG VÆKSTMINISTERIET')
    expect(withOgApart('Social- ogIndenrigsministeriet')).toBe('Social- og Indenrigsministeriet')
    // Near misses: "og" already apart, and a word that starts with "og" after no hyphen.
    expect(withOgApart('Børne- og Undervisningsministeriet')).toBe('Børne- og Undervisningsministeriet')
    expect(withOgApart('Kultur og ogsåministeriet')).toBe('Kultur og ogsåministeriet')
  })
})
