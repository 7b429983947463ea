/**
 * Round 84's rules, from its training documents (question time in the chamber): a member's follow-up that speaks of
 * the minister present is the Folketing's, not refused; Folketingstidende's line naming the minister who speaks
 * (`Socialministeren (Henrik Dam Kristensen):`) over a spoken answer.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe("a member's follow-up in question time", () => {
  it.each([
    'Så vil jeg godt starte med at byde velkommen til ministeren på området.\nDet er jo klart, at kontanthjælpen betyder meget for mange familier.\n',
    'Tak. Jeg har hørt ministeren sige, at det er kommunernes ansvar.\nMen borgmestrene siger noget andet, og det bekymrer mig meget.\n',
    'Det er dejligt, at rapporten er læst grundigt.\nSå vil jeg spørge ministeren, hvad regeringen agter at gøre nu.\n',
  ])('is kept as the Folketing’s, unknown: %j', async (text) => {
    const record = await parse(text)
    expect(record.documentType).toBe('unknown')
  })

  it.each([
    // Round 110 (a § 20 question's follow-up, 2008-09): the minister thanked, and what the minister points out.
    'Tak. Jeg takker også for, at ministeren trods alt anerkender, at der er et problem her.\nMen at vente på kommissioner er en skandale.\n',
    'Når nu man ved, som ministeren klart påpeger, at det hjalp, hvorfor har man så ikke gjort det?\nDet forstår ingen.\n',
  ])('is kept as the Folketing’s, unknown, where the member thanks the minister or cites what the minister says: %j', async (text) => {
    const record = await parse(text)
    expect(record.documentType).toBe('unknown')
  })

  it('near miss: a text speaking of "ministeren" doing nothing said is refused', async () => {
    await expect(
      parse('Ministeren for foreningen påpeges hvert år af bestyrelsen.\nVi mødes hver tirsdag i klubhuset, og alle er velkomne.\n'),
    ).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
    await expect(
      parse('Ministeren i vores forening er valgt for to år.\nVi mødes hver tirsdag i klubhuset, og alle er velkomne.\n'),
    ).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
  })
})

describe("Folketingstidende's line naming the minister who speaks", () => {
  const speech = (speaker: string) =>
    `${speaker}\nJeg vil starte med at sige, at jeg er enig i de betragtninger, der kom til udtryk i avisen.\nDer er brug for at styrke dialogen med brugerne, og det vil vi gøre i de kommende uger.\n`

  it.each(['Socialministeren (Henrik Dam Kristensen):', 'Ministeren for flygtninge, indvandrere og integration (Bertel Haarder):'])(
    'over a speech makes it a spoken answer, the line no part of its text: %s',
    async (speaker) => {
      const record = await parse(speech(speaker))
      expect(record.documentType).toBe('answer')
      expect(record.answer.text.startsWith('Jeg vil starte med at sige')).toBe(true)
    },
  )

  it("near miss: a member's line (a party in the brackets) makes no answer", async () => {
    const record = await parse(speech('Frank Jensen (S):')).catch((error: { code?: string }) => error.code)
    expect(typeof record === 'string' ? record : record.documentType).not.toBe('answer')
  })
})
