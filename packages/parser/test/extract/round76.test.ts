/**
 * Round 76's rules, each from a training document's miss, with a near miss: a member's spoken follow-up in question
 * time is a Folketing document, and ft.dk's case page of a § 20 question stored from its `Sagsgang:` on is the
 * question's page, dated by the question's registration.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe("a member's follow-up in question time, as the page of a § 20 question holds it", () => {
  it.each([
    'Tak for det, udenrigsminister. Nu siger udenrigsministeren så, at han agter at skrive det ind i lovbemærkningerne, men taler vi om bemærkningerne til loven, eller taler vi om lovens tekst?',
    'Det synes jeg er et meget konkret og godt svar fra ministeren. Det virker jo skørt, når man stiller spørgsmålet, men grunden til, at vi spørger, er en tendens i visse lande.',
  ])('is read, not refused, its speech the text: %s', async (speech) => {
    const record = await parse(`${speech}\n`)
    expect(record.documentType).toBe('unknown')
    expect(record.answer.text).toBe(speech)
  })

  it('near miss: a private note thanking someone is still refused', async () => {
    await expect(parse('Tak for det, Per. Husk at købe mælk, brød og kaffe på vejen hjem i morgen.\n')).rejects.toMatchObject({
      code: 'E_NOT_AN_ANSWER',
    })
  })
})

describe("ft.dk's case page of a § 20 question, stored from its steps on", () => {
  const page = (steps: string) =>
    `${steps}\nSpørgsmålets ordlyd:\nHvordan kan det være, at partilederen havde adgang til de fortrolige resultater før offentliggørelsen?\nSkriftlig begrundelse:\nDer henvises til ministerens svar på spørgsmål nr. S 709.\n`

  it('is the question’s page, asked the day it was registered (`Anmeldelse 03-01-2011`)', async () => {
    const record = await parse(page('Sagsgang:\nAnmeldelse 03-01-2011\nEndelig besvarelse 12-01-2011'))
    expect(record.documentType).toBe('question')
    expect(record.question.askedOn).toBe('2011-01-03')
    expect(record.question.text).toBe(
      'Hvordan kan det være, at partilederen havde adgang til de fortrolige resultater før offentliggørelsen?',
    )
  })

  it('near miss: a date after `Anmeldelse` outside the steps does not date the question', async () => {
    const record = await parse(page('Forløb:\nAnmeldelse 03-01-2011'))
    expect(record.question.askedOn).toBeNull()
  })
})
