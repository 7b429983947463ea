import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, parseAll } from '../src/index.js'

const preamble = (date: string, asker: string) =>
  `Beskæftigelsesudvalget har i brev af ${date} stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra ${asker}.\n\nSpørgsmål nr. 12:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa.\n`

describe('parties', () => {
  it('warns about a party that was not in the Folketing at the letter date', async () => {
    const record = await parse(preamble('3. marts 2010', 'Peter Hansen (M)'))
    expect(record.question.askers).toEqual([{ name: 'Peter Hansen', party: 'M', nonMember: false }])
    expect(record.warnings.map((warning) => warning.code)).toContain('party-not-active')
    expect(record.quality).toBe('needs-review')
  })

  it('accepts the same party in its own years, and warns about unknown ones', async () => {
    expect((await parse(preamble('3. marts 2023', 'Peter Hansen (M)'))).warnings.map((warning) => warning.code)).not.toContain(
      'party-not-active',
    )
    expect((await parse(preamble('3. marts 2023', 'Peter Hansen (XQ)'))).warnings.map((warning) => warning.code)).toContain('party-unknown')
  })

  it('reads several askers and non-members', async () => {
    const record = await parse(preamble('3. marts 2023', 'Finn Sørensen (EL) og ikke-medlem Ole Birk Olesen (LA)'))
    expect(record.question.askers).toEqual([
      { name: 'Finn Sørensen', party: 'EL', nonMember: false },
      { name: 'Ole Birk Olesen', party: 'LA', nonMember: true },
    ])
  })
})

describe('references', () => {
  it('reads § 20 questions, bill questions and ft.dk question addresses, and skips the document itself', async () => {
    const text = preamble('3. marts 2023', 'Finn Sørensen (EL)').replace(
      'Ja.',
      'Jeg henviser til mit svar på spørgsmål S 25, til L 85 spm. 11 og til https://www.ft.dk/samling/20191/almdel/beu/spm/6/index.htm. Se også svaret på spørgsmål 12.',
    )
    const record = await parse(text)
    expect(record.references).toEqual([
      { kind: 'section20', number: '25', bill: null, committee: null, session: null, text: 'spørgsmål S 25' },
      { kind: 'bill', number: '11', bill: 'L 85', committee: null, session: null, text: 'L 85 spm. 11' },
      { kind: 'general', number: '6', bill: null, committee: 'BEU', session: '20191', text: 'ft.dk/samling/20191/almdel/beu/spm/6' },
    ])
  })
})

describe('ministries', () => {
  it('reads the ministry from the signature title when the letterhead does not name it, and warns about unknown titles', async () => {
    const text = (title: string) =>
      `Beskæftigelsesudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 12:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa.\n\nVenlig hilsen\n\nInger Støjberg\n${title}\n`
    const known = await parse(text('Beskæftigelsesminister og minister for ligestilling'))
    expect(known.ministry).toBe('Beskæftigelsesministeriet')
    expect(known.provenance.ministry).toMatchObject({
      rule: 'signature-title',
      text: 'Beskæftigelsesminister og minister for ligestilling',
    })
    const unknown = await parse(text('Overborgmester'))
    expect(unknown.ministry).toBeNull()
    expect(unknown.warnings.map((warning) => warning.code)).toContain('title-unknown')
  })
})

describe('quality', () => {
  it('says why a record needs review, and flags documents that answer several questions', async () => {
    const text =
      'Beskæftigelsesudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 12 og 13 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 12:\n\n”Hvor mange?”\n\nSvar:\n\nTolv.\n\nSpørgsmål nr. 13:\n\n”Hvor mange flere?”\n\nSvar:\n\nTretten.\n\nVenlig hilsen\n\nInger Støjberg\n'
    // Each question with its own answer: parse gives the first and says there are more; nothing needs review.
    const record = await parse(text)
    expect(record.question.number).toBe('12')
    expect(record.answer.text).toBe('Tolv.')
    expect(record.quality).toBe('ok')
    expect(record.warnings.map((warning) => warning.code).sort()).toEqual(['question-multiple', 'session-inferred'])
    // Answers that cannot be told apart (the second question's heading gives no number) need review: each record
    // holds them all.
    const unaligned = await parseAll(text.replace('Spørgsmål nr. 13:', 'Spørgsmål:'))
    expect(unaligned.map((each) => each.question.number)).toEqual(['12', '13'])
    for (const each of unaligned) {
      expect(each.qualityReasons).toContain('answers-multiple')
      expect(each.answer.text).toContain('Tretten.')
    }
  })
})

describe('an ft.dk mirror: the folders a file lies in', () => {
  const fixture = (name: string) => new URL(`../../../fixtures/answers/${name}/input.txt`, import.meta.url)
  // No stamp: its session was inferred from the question's date (expected.json: 20042, L 22, question 31).
  const unstamped = readFileSync(fixture('20042_l22_amu_spm31_svar165897_169951'), 'utf8')

  it('give session, case and number where the document has no stamp', async () => {
    for (const path of [
      'www.ft.dk/samling/20042/lovforslag/l22/spm/31/svar/165897/169951.txt',
      'D:\\arkiv\\samling\\20042\\lovforslag\\l22\\spm\\31\\svar.txt',
      'arkiv.zip!samling/20042/lovforslag/l22/spm/31/svar.txt',
    ]) {
      const record = await parse(unstamped, { path })
      expect(record.session).toBe('20042')
      expect(record.question).toMatchObject({ kind: 'bill', bill: 'L 22', number: '31' })
      expect(record.provenance.session).toMatchObject({ rule: 'source-path', confidence: 0.9 })
      expect(record.warnings.map((warning) => warning.code)).not.toContain('session-inferred')
    }
  })

  it("do not count unless they are ft.dk's: samling/<session>/<case kind>/<folder>/spm/<number>/", async () => {
    const record = await parse(unstamped, { path: 'arkiv/20042/lovforslag/l22/spm/31/svar.txt' })
    expect(record.provenance.session).toMatchObject({ rule: 'from-question.askedOn' })
    expect(record.warnings.map((warning) => warning.code)).toContain('session-inferred')
  })

  it('give way to the stamp', async () => {
    // Stamped "Beskæftigelsesudvalget 2012-13 / L 53" (expected.json: session 20121).
    const stamped = readFileSync(fixture('20121_l53_spm141_svar929722_1195689'), 'utf8')
    const record = await parse(stamped, { path: 'www.ft.dk/samling/20191/almdel/beu/spm/7/svar.txt' })
    expect(record.session).toBe('20121')
    expect(record.provenance.session).toMatchObject({ rule: 'stamp' })
  })
})
