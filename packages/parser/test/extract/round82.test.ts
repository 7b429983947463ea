/**
 * Round 82's rules, from its training documents: a spoken answer that thanks the chair before the question; a speech
 * paper titled by the minister's speaking points, its page run into one line; Udenrigsministeriet's journal numbers
 * by a country's name; a date glued between a bracket and the question's heading, and a heading that names who asks
 * whom before its colon; a letter filed under another committee than the one its preamble and addressee name; a
 * preamble that says `(BOU alm. del)` without the question's number.
 */
import { describe, expect, it } from 'vitest'
import { parse, parseAll } from '../../src/index.js'

describe('an answer spoken in the chamber, thanking the chair first', () => {
  it('is an answer: `Tak for det.` / `Og tak for spørgsmålet.`', async () => {
    const record = await parse(
      'Tak for det.\nOg tak for spørgsmålet.\nLad mig begynde med at slå fast, hvad regeringens holdning er.\nVi arbejder for, at reglerne bliver klarere.\n',
    )
    expect(record.documentType).toBe('answer')
  })

  it("near miss: a member thanking for the answer is no answer (a member's follow-up, kept as unknown)", async () => {
    const record = await parse(
      'Tak for det.\nOg tak for svaret.\nMen jeg må spørge ministeren igen, om reglerne bliver klarere.\nHvornår sker det?\n',
    )
    expect(record.documentType).toBe('unknown')
  })

  it('near miss: thanks for the question three lines down open no speech', async () => {
    await expect(
      parse('Et notat om reglerne.\nDet er udarbejdet af styrelsen.\nDet beskriver praksis.\nOg tak for spørgsmålet.\n'),
    ).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
  })
})

describe("a speech paper titled by the minister's speaking points", () => {
  const paper = (title: string) =>
    `${title} samrådsspørgsmålene D og E i Folketingets Miljø- og Planlægningsudvalg, den 16. marts 2005 Spørgsmål D: Hvad agter regeringen at gøre for at begrænse udledningen af kvælstof fra landbruget? Vi skal ikke glemme, at landbruget ikke er alene om belastningen. Energiproduktionen bidrager også.\n`

  it('is a samråd speech, after the page number a flattened rendition sets before it', async () => {
    const records = await parseAll(paper('1 Miljøministerens talepunkter til besvarelse af'))
    expect(records.map((record) => [record.documentType, record.question.kind, record.question.number])).toEqual([
      ['consultation-speech', 'consultation', 'D'],
      ['consultation-speech', 'consultation', 'E'],
    ])
  })

  it('near miss: a cover letter that sends the speaking points is none', async () => {
    const record = await parse(
      'Miljø- og Planlægningsudvalget\nHermed sendes miljøministerens talepunkter til besvarelse af samrådsspørgsmålene D og E til udvalgets orientering.\nMed venlig hilsen\nConnie Hedegaard\n',
    )
    expect(record.documentType).not.toBe('consultation-speech')
  })
})

describe("Udenrigsministeriet's journal number by a country's name", () => {
  it.each([
    ['j.nr. 105.Iran.6', '105.Iran.6'],
    ['J.nr. 400.A.Jur.11', '400.A.Jur.11'],
    ['J.nr. 400.C.2-0', '400.C.2-0'],
  ])('%s → %s', async (line, value) => {
    const record = await parse(
      `UDENRIGSMINISTERIET\n${line}\nBesvarelse af spørgsmål nr. S 210 stillet til udenrigsministeren af MF Villy Søvndal (SF).\nSvar:\nSagen drøftes løbende.\n`,
    )
    expect(record.caseNumber).toBe(value)
  })

  it('near miss: a word after the number and a space is no part of it', async () => {
    const record = await parse(
      'UDENRIGSMINISTERIET\nJ.nr. 105 Iran\nBesvarelse af spørgsmål nr. S 210 stillet til udenrigsministeren af MF Villy Søvndal (SF).\nSvar:\nSagen drøftes løbende.\n',
    )
    expect(record.caseNumber).toBe('105')
  })
})

describe("Udenrigsministeriet's head glued into one line (2013)", () => {
  const head = (date: string) =>
    `Retsudvalget 2012-13\nREU Alm.del\nOffentligt\nUDENRIGSMINISTERIET\nRetsudvalgets spørgsmål 922af 12. juni 2013 til skriftligbesvarelse (alm. del)${date}Spørgsmål 922 fra Retsudvalget til udenrigsministeren:Vil ministeren redegøre for, om Udenrigsministeriet forud for besøget fik en henvendelse fra Kina vedrørende pressedækningen?Svar:Udenrigsministeriet har i forberedelserne af besøget haft en dialog med Kinas ambassade om besøget. Ministeriet har gjort opmærksom på, at pressen skal have adgang.\n`

  it('reads the letter date glued between the bracket and the heading, and the question after the heading', async () => {
    const record = await parse(head('25. juni 2013'))
    expect(record.answer.answeredOn).toBe('2013-06-25')
    expect(record.question.text).toBe(
      'Vil ministeren redegøre for, om Udenrigsministeriet forud for besøget fik en henvendelse fra Kina vedrørende pressedækningen?',
    )
  })

  it('near miss: a date after a bracket and a space, in a sentence, dates no letter', async () => {
    const record = await parse(
      'Retsudvalget 2012-13\nREU Alm.del\nOffentligt\nSvar:\nSagen blev drøftet på mødet (i Bruxelles) 25. juni 2013 Ministeren deltog. Der er ikke truffet beslutning om en ny ordning endnu, men det sker snart efter mødet.\n',
    )
    expect(record.answer.answeredOn).toBeNull()
  })
})

describe('a letter filed under another committee than its own', () => {
  const letter = (stamp: string, heading: string) =>
    `${stamp}\nOffentligt\nFolketingets Retsudvalg\nChristiansborg\nDato\n22-10-2018\nFolketingets Retsudvalg har d. 18. september 2018 stillet følgende spørgsmål\nnr. 1136 (alm. del) til børne- og socialministeren, som hermed besvares.\nSpørgsmålet er stillet efter ønske fra Peter Kofod (DF).\n${heading}\n”Vil ministeren oplyse, hvor mange unge der er anbragt på sikrede institutioner?”\nSvar:\nDer er anbragt 120 unge.\n`

  it("takes the committee its preamble and addressee name, warned, where no line of the letter names the stamp's", async () => {
    const record = await parse(letter('Social-, Indenrigs- og Børneudvalget 2018-19 (1. samling)\nSOU Alm.del', 'Spørgsmål nr. 1136:'))
    expect(record.committee).toEqual({ code: 'REU', name: 'Retsudvalget' })
    expect(record.quality).toBe('needs-review')
  })

  it("near miss: the letter's heading names the stamp's committee, and the stamp stands", async () => {
    const record = await parse(
      letter('Udvalget for Forretningsordenen 2018-19\nUFO Alm.del', 'Spørgsmål nr. 1136 (Alm. del) fra Udvalget for Forretningsorden'),
    )
    expect(record.committee?.code).toBe('UFO')
  })
})

describe('a preamble that names the case but not the number', () => {
  const letter = (preamble: string) =>
    `BOLIGMINISTEREN\nBoligudvalget\nFolketinget\nDato\n10. december 2019\nBoligudvalget har i brev af 22. november 2019 stillet mig følgende spørgsmål${preamble}, som jeg hermed skal besvare.\nSpørgsmål nr. 30:\nVil ministeren forklare, hvad formålet var med lovforslaget L 44 om plejeboliger?\nSvar:\nFormålet med lovforslaget var at præcisere reglerne.\n`

  it('`(BOU alm. del)` makes the question an ordinary one, though it speaks of a bill', async () => {
    const record = await parse(letter(' (BOU alm. del)'))
    expect(record.question).toMatchObject({ kind: 'general', number: '30', bill: null })
  })

  it('near miss: without it, a question on "lovforslaget" is read as the bill’s, warned', async () => {
    const record = await parse(letter(''))
    expect(record.question.kind).toBe('bill')
    expect(record.warnings.map((warning) => warning.code)).toContain('question-kind-from-text')
  })
})

describe('a letter under the stamp of its committee renamed with a new code', () => {
  it("keeps the stamp's committee: the letter's old name is the same committee's", async () => {
    const record = await parse(
      'Beskæftigelsesudvalget 2012-13\nBEU Alm.del\nOffentligt\nFolketingets Arbejdsmarkedsudvalg\nChristiansborg\nFolketingets Arbejdsmarkedsudvalg har den 3. marts 2013 stillet følgende spørgsmål nr. 12 (alm. del) til beskæftigelsesministeren, som hermed besvares.\nSpørgsmål nr. 12:\n”Vil ministeren oplyse antallet af ledige?”\nSvar:\nDer er 150.000 ledige.\n',
    )
    expect(record.committee?.code).toBe('BEU')
  })
})
