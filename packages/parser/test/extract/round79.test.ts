/**
 * Round 79's rules, each from training documents' misses, with a near miss: a minister's answer spoken in the
 * chamber, as the Folketing's page of a § 20 question holds it, is an answer.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe("a minister's answer spoken in the chamber", () => {
  it.each([
    'Tak for spørgsmålet.\nJa, jeg er meget enig i de intentioner, som kystanalysen beskriver, nemlig at vi skal handle mere aktivt i samspil med borgere og kommuner.\n',
    'Begge danske sælarter er jo fredet. Det er selvfølgelig spørgeren bekendt.\nNaturstyrelsen kan bruge undtagelsesbestemmelser i direktiverne til at regulere sæl og skarv.\n',
  ])('is an answer: %j', async (speech) => {
    const record = await parse(speech)
    expect(record.documentType).toBe('answer')
  })

  it("near miss: a member's follow-up speaking to the minister stays unknown", async () => {
    const record = await parse(
      'Tak for det, udenrigsminister. Nu siger udenrigsministeren så, at han agter at skrive det ind i lovbemærkningerne, men taler vi om lovens tekst?\n',
    )
    expect(record.documentType).toBe('unknown')
  })

  it('near miss: under an ft.dk stamp (a paper filed on a case) the words alone make no answer', async () => {
    const record = await parse(
      'Miljø- og Fødevareudvalget 2016-17\nMOF Alm.del Bilag 12\nOffentligt\nReferat af mødet. Det er selvfølgelig spørgeren bekendt, at sælerne er fredet.\n',
    )
    expect(record.documentType).toBe('unknown')
  })
})

describe("an e-mail's header glued into one line", () => {
  const mail = (head: string) =>
    `Transportudvalget 2012-13\nTRU Alm.del Bilag 250\nOffentligt\n${head}Emne:Vedr. revision af postlovenKære Jørgen.Nedenstående er i dag sendt til de trafikpolitiske ordførere.\n`

  it.each([
    ['Fra:Dorthe WintherSendt:6. maj 2013 06:05', '2013-05-06'],
    ['Fra: Dorthe Winther Sendt: 6. maj 2013 ', '2013-05-06'],
  ])('%j dates the e-mail', async (head, iso) => {
    const record = await parse(mail(head))
    expect(record.answer.answeredOn).toBe(iso)
  })

  it('near miss: a sender with no `Sendt:` dates nothing', async () => {
    const record = await parse(mail('Fra:Dorthe Winther'))
    expect(record.answer.answeredOn).toBeNull()
  })
})

describe('a signature with its title after a comma, the space lost', () => {
  const note = (signed: string) =>
    `Udenrigsudvalget 2009-10\nURU Alm.del Bilag 35\nOffentligt\nFN-organisationerne har nu besluttet at gentage invitationen til et fælles nordisk feltbesøg.\nMed venlig hilsen\n${signed}\n`

  it('`Morten Villumsen,udvalgssekretær` is the name and the title', async () => {
    const record = await parse(note('Morten Villumsen,udvalgssekretær'))
    expect(record.signature).toEqual({ name: 'Morten Villumsen', title: 'udvalgssekretær' })
  })

  it('near miss: a name followed by a place after the comma is not split as a title (`Morten Villumsen,København`)', async () => {
    const record = await parse(note('Morten Villumsen,København'))
    expect(record.signature?.title ?? null).not.toBe('København')
  })
})
