import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

/** A made-up answer with no stamp: `title` names the question, then the question and the answer. */
const answer = (title: string) =>
  `${title}\n\nSpørgsmål 32:\n\nHvad kan ministeren oplyse om tallet?\n\nSvar:\n\nDet kan jeg oplyse.\n\nMed venlig hilsen\n\nAnne Hansen\n`

describe('a committee named by its code alone as the sender', () => {
  it.each([
    ['Besvarelse af spørgsmål 32 alm. del stillet af PØU den 27. oktober 2008.', 'PØU', 'Det Politisk-Økonomiske Udvalg'],
    ['Svar på spørgsmål nr. 32 fra ERU af 3. marts 2005.', 'ERU', 'Erhvervsudvalget'],
    ['Spørgsmål 32 (alm. del), stillet af FIU den 4. maj 2017, besvares hermed.', 'FIU', 'Finansudvalget'],
  ])('%s', async (title, code, name) => {
    const record = await parse(answer(title))
    expect(record.committee).toEqual({ code, name })
  })

  it.each([
    ['a party in brackets', 'Besvarelse af spørgsmål 32 stillet efter ønske fra Anne Hansen (ALT) den 3. marts 2005.'],
    ['capitals the registry does not know', 'Besvarelse af spørgsmål 32 fra OECD den 3. marts 2005.'],
  ])('not %s (near miss)', async (_, title) => {
    const record = await parse(answer(title))
    expect(record.committee).toBeNull()
  })
})

const codes = (record: { warnings: { code: string }[] }) => record.warnings.map((warning) => warning.code)

describe("a letter whose own question is another committee's than the stamp's", () => {
  const filed = (stamp: string, title: string, question = 'Vil ministeren oplyse tallet?') =>
    `${stamp}\nOffentligt\n\n8. april 2015\n\n${title}\n\nSpørgsmål nr. 356:\n\n”${question}”\n\nSvar:\n\nJa.\n\nMed venlig hilsen\n\nAnne Hansen\n`

  it.each([
    [
      'Miljøudvalget 2014-15 (1. samling)\nMIU Alm.del',
      'Fødevareministerens besvarelse af spørgsmål nr. 356 (FLF alm. del) stillet den 11. marts 2015 efter ønske fra Erling Bonnesen (V)',
      'FLF',
    ],
    [
      'Finansudvalget 2014-15 (1. samling)\nFIU Alm.del',
      'Hermed sendes svar på spørgsmål nr. 356 (SAU alm. del) af 11. marts 2015.',
      'SAU',
    ],
  ])('takes the committee of the code in its title, flagged: %s', async (stamp, title, code) => {
    const record = await parse(filed(stamp, title))
    expect(record.committee?.code).toBe(code)
    expect(codes(record)).toContain('committee-filed-elsewhere')
  })

  it("keeps the stamp's committee where the title gives its code before a renaming (AMU, now BEU)", async () => {
    const record = await parse(
      filed(
        'Beskæftigelsesudvalget 2012-13\nBEU Alm.del',
        'Arbejdsmarkedsudvalget har i brev af 11. marts 2013 stillet følgende spørgsmål nr. 243 (AMU alm. del), som hermed besvares.',
      ),
    )
    expect(record.committee).toEqual({ code: 'BEU', name: 'Beskæftigelsesudvalget' })
    expect(codes(record)).not.toContain('committee-filed-elsewhere')
    expect(codes(record)).not.toContain('committee-disagrees')
  })

  it("keeps the stamp's committee where only the question cites another committee's case (near miss)", async () => {
    const record = await parse(
      filed(
        'Miljøudvalget 2014-15 (1. samling)\nMIU Alm.del',
        'Miljøministerens besvarelse af spørgsmål nr. 356 stillet den 11. marts 2015.',
        'Vil ministeren uddybe svaret på FLF alm. del spørgsmål 12?',
      ),
    )
    expect(record.committee?.code).toBe('MIU')
    expect(codes(record)).not.toContain('committee-filed-elsewhere')
  })
})

describe('one committee under two names: the stamp and the letter', () => {
  const letter = (stamp: string, committee: string) =>
    `${stamp}\nSOU Alm.del\nOffentligt\n\nFolketingets ${committee}\n\n18-11-2016\n\nFolketingets ${committee} har d. 5. oktober 2016 stillet følgende spørgsmål nr. 3 (alm. del) til social- og indenrigsministeren, som hermed besvares.\n\nSpørgsmål nr. 3:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa.\n\nMed venlig hilsen\n\nAnne Hansen\n`

  it("takes the stamp's name, flagged, where the letter was written under the former name", async () => {
    const record = await parse(letter('Social-, Indenrigs- og Børneudvalget 2016-17', 'Social- og Indenrigsudvalg'))
    expect(record.committee).toEqual({ code: 'SOU', name: 'Social-, Indenrigs- og Børneudvalget' })
    expect(codes(record)).toContain('committee-name-differs')
  })

  it('warns nothing where both give one name (near miss)', async () => {
    const record = await parse(letter('Social- og Indenrigsudvalget 2016-17', 'Social- og Indenrigsudvalg'))
    expect(record.committee).toEqual({ code: 'SOU', name: 'Social- og Indenrigsudvalget' })
    expect(codes(record)).not.toContain('committee-name-differs')
  })
})

describe("a cover letter to the committee's members, filed as another committee's annex", () => {
  const cover = (stamp: string, addressee: string) =>
    `${stamp}\nOffentligt\n${addressee}\nJournalnummer\n400.C.2-0\n5. oktober 2010\n\nTil underretning for Folketingets Europaudvalg vedlægges grundnotat om forslaget.\n\nAnne Hansen\n`

  it.each([
    ['Medlemmerne af Folketingets Europaudvalg\nog deres stedfortrædere', 'EUU', 'Europaudvalget'],
    ['Medlemmerne af Folketingets Europaudvalgog deres stedfortrædere', 'EUU', 'Europaudvalget'],
    ['Til medlemmerne af Folketingets Miljøudvalg', 'MIU', 'Miljøudvalget'],
  ])('takes the addressed committee over the stamp: %s', async (addressee, code, name) => {
    const record = await parse(cover('Erhvervsudvalget 2010-11 (1. samling)\nKOM (2010) 0372 Bilag 1', addressee))
    expect(record.committee).toEqual({ code, name })
  })

  it("takes the stamp's name where the members addressed are its committee's under a former name", async () => {
    const record = await parse(cover('Sundhedsudvalget 2020-21\nL 134 Bilag 1', 'Medlemmerne af Folketingets Sundheds- og Ældreudvalg'))
    expect(record.committee).toEqual({ code: 'SUU', name: 'Sundhedsudvalget' })
  })

  it('near miss: members of a committee named in a sentence are no addressee', async () => {
    const record = await parse(
      cover(
        'Erhvervsudvalget 2010-11 (1. samling)\nKOM (2010) 0372 Bilag 1',
        'Medlemmerne af Folketingets Europaudvalg har bedt om notatet',
      ),
    )
    expect(record.committee?.code).toBe('ERU')
  })
})

describe('a committee named by its code, its name in use on the opening’s date', () => {
  // UUI was "Udvalget for Udlændinge- og Integrationspolitik" until 2011, "Udlændinge- og Integrationsudvalget" later.
  it.each([
    'Besvarelse af spørgsmål 32 alm. del stillet af UUI til ministeren for flygtninge, indvandrere og integration den 1. november 2006.',
    // The line wrapped inside the date: the year on the next line.
    'Besvarelse af spørgsmål 32 alm. del stillet af UUI til ministeren for flygtninge, indvandrere og integration den 1. november\n2006.',
    'Besvarelse af spørgsmål 32 alm. del stillet af UUI til ministeren for flygtninge, indvandrere og integration den 1.\nnovember 2006.',
  ])('%s', async (title) => {
    const record = await parse(answer(title))
    expect(record.committee).toEqual({ code: 'UUI', name: 'Udvalget for Udlændinge- og Integrationspolitik' })
  })
})

describe('a committee named in the text, its name wrapped over a line end', () => {
  const transcript = (head: string) =>
    `${head}\nVedr. samrådsspørgsmål X\nDen 15. november 2006, kl. 14.00-15.00\n\nFormanden:\nJeg skal byde velkommen til samrådet.\n`

  it.each([
    ['in capitals (a samråd transcript)', 'ÅBENT SAMRÅD I UDVALGET FOR FØDEVARER, LANDBRUG OG\nFISKERI', 'FLF'],
    ['after its first word', 'Samråd i Folketingets Udlændinge- og\nIntegrationsudvalg', 'UUI'],
    ['inside its one word, hyphenated', 'Samråd i Folketingets Bes-\nkæftigelsesudvalg', 'BEU'],
  ])('%s', async (_, head, code) => {
    const record = await parse(transcript(head))
    expect(record.committee?.code).toBe(code)
  })

  it('near miss: a line that names no committee is not joined to the next', async () => {
    const record = await parse(transcript('ÅBENT SAMRÅD OM FØDEVARER, LANDBRUG OG\nFISKERI'))
    expect(record.committee).toBeNull()
  })
})

describe("a speech paper filed as another committee's annex, its own samråd named in its head", () => {
  const paper = (stamp: string, head: string) =>
    `Skatteudvalget 2022-23 (2. samling)\n${stamp}\nOffentligt\nDato:\nJ.nr. 2023-1219\n${head}\n- Tale til besvarelse af spørgsmål A og B den 3. februar\n2023\nSpørgsmål A\nVil ministeren redegøre for mødet?\nSpørgsmål B\nKan ministeren bekræfte det?\n`

  it("takes the head's committee (`Samrådsspørgsmål (EUU) A og B`), flagged", async () => {
    const record = await parse(paper('SAU Alm.del Bilag 54', 'Samrådsspørgsmål (EUU) A og B'))
    expect(record.committee).toEqual({ code: 'EUU', name: 'Europaudvalget' })
    expect(record.question).toMatchObject({ kind: 'consultation', number: 'A' })
    expect(codes(record)).toContain('committee-filed-elsewhere')
  })

  it("near miss: a paper filed as the committee's own question keeps the stamp's committee", async () => {
    const record = await parse(paper('SAU Alm.del Spørgsmål 12', 'Samrådsspørgsmål (EUU) A og B'))
    expect(record.committee?.code).toBe('SAU')
    expect(codes(record)).not.toContain('committee-filed-elsewhere')
  })

  it('near miss: a code the registry does not know is no committee', async () => {
    const record = await parse(paper('SAU Alm.del Bilag 54', 'Samrådsspørgsmål (OECD) A og B'))
    expect(record.committee?.code).toBe('SAU')
  })
})
