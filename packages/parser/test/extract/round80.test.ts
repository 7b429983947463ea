/**
 * Round 80's rules, each from a training document's miss, with a near miss: a case number broken on both sides of a
 * join set alone on its line, a Swedish e-mail header, and a paper filed as a bill's annex whose opening sentence
 * reads as a preamble but names no question.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('a case number broken on both sides of a join alone on its line', () => {
  const letter = (head: string) =>
    `Beskæftigelsesudvalget 2022-23\nBEU Alm.del\nOffentligt\n${head}\n6. februar 2023\nSpørgsmål nr. 15:\nHvor meget løn mister lønmodtagerne ved afskaffelsen af store bededag?\nSvar:\nDet kan ikke opgøres præcist.\n`

  it.each([
    ['J.nr. 2023\n–\n696', '2023-696'],
    ['J.nr. SN 2001-101\n-\n0958', 'SN 2001-101-0958'],
  ])('%j → %s', async (head, caseNumber) => {
    const record = await parse(letter(head))
    expect(record.caseNumber).toBe(caseNumber)
  })

  it('near miss: no digits after the join, nothing is joined', async () => {
    const record = await parse(letter('J.nr. 2023-696\n–\nKontor'))
    expect(record.caseNumber).toBe('2023-696')
  })
})

describe('a Swedish e-mail header', () => {
  const mail = (head: string) =>
    `Miljø- og Fødevareudvalget 2021-22\nMOF Alm.del\nOffentligt\n${head}\nTill:\nLotta Berg <lotta.berg@example.se>\nÄmne:\nDet Dyreetiske Råds udtalelse om mink\nKære Lotta,\nDet Dyreetiske Råd arbejder på en opdatering af sin udtalelse om hold af mink.\n`

  it('`Från:` … `Skickat:` / `den 29 juli 2021 17:46` dates the e-mail', async () => {
    const record = await parse(mail('Från:\nStine B. Christiansen <stine@example.dk>\nSkickat:\nden 29 juli 2021 17:46'))
    expect(record.answer.answeredOn).toBe('2021-07-29')
  })

  it('near miss: the sending line with no sender above it dates nothing', async () => {
    const record = await parse(mail('Skickat:\nden 29 juli 2021 17:46'))
    expect(record.answer.answeredOn).toBeNull()
  })
})

describe("a paper filed as a bill's annex, its opening no question's preamble", () => {
  const annex = (opening: string) =>
    `Kirkeudvalget 2007-08 (2. samling)\nL 75 Bilag 1\nOffentligt\nBiskoppen over Roskilde Stift\n${opening}\nJeg har ingen bemærkninger til udkastet til lov om ændring af lov om begravelse og ligbrænding.\n`

  it('`Ved brev af … har Kirkeministeriet udbedt sig mine bemærkninger`: the bill names where it was filed, no question', async () => {
    const record = await parse(
      annex('Ved brev af 20. august 2007 har Kirkeministeriet udbedt sig mine eventuelle bemærkninger til et udkast til lovforslag.'),
    )
    expect(record.documentType).toBe('unknown')
    expect(record.question.kind).toBeNull()
  })

  it('near miss: an opening that names the question answered keeps the question', async () => {
    const record = await parse(
      annex('Kirkeudvalget har ved brev af 20. august 2007 stillet følgende spørgsmål nr. 7 (L 75), som hermed besvares.'),
    )
    expect(record.question.kind).toBe('bill')
  })
})

describe("a member's speech in the chamber naming the Folketing's rooms", () => {
  it('is read, not refused (`… en høring i Landstingssalen …`), and stays unknown', async () => {
    const speech =
      'Det var en underlig måde at kommentere spørgsmålet på. Vi har lige haft en høring i Landstingssalen, hvor flere eksperter såede tvivl om effekten.'
    const record = await parse(`${speech}\n`)
    expect(record.documentType).toBe('unknown')
    expect(record.answer.text).toBe(speech)
  })

  it('near miss: a private note naming another hall is still refused', async () => {
    await expect(parse('Vi ses i festsalen i morgen klokken otte. Husk at tage kagen med.\n')).rejects.toMatchObject({
      code: 'E_NOT_AN_ANSWER',
    })
  })
})
