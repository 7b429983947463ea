/**
 * Round 83's rules, from its training documents: ft.dk's page of a question that holds only its words and its
 * table's frame; Folketingstidende's § 20 page in its overview form, which holds the question and not the answer; a
 * hearing note titled by its bill (`Forslag til Lov om …`); a preamble naming the bill as `(Lov nr. L 134)`; a § 20
 * case's stamp over a letter that answers an alm. del question.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const QUESTION =
  'Hvordan ser ministeren på repræsentativiteten af høringssvaret til universitetsevalueringen fra bestyrelsen, taget i betragtning at det videnskabelige personale afgav en mindretalsudtalelse?'

describe("ft.dk's page of a question's words alone", () => {
  it('is the question’s page: its text, no kind guessed', async () => {
    const record = await parse(`${QUESTION}\n|\n`)
    expect(record.documentType).toBe('question')
    expect(record.question.text).toBe(QUESTION)
    expect(record.question.kind).toBeNull()
  })

  it('near miss: without the frame’s line, the words alone are no page', async () => {
    await expect(parse(`${QUESTION}\n`)).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
  })

  it('near miss: a text that goes on past the question, frame or not, is no page of the question', async () => {
    const record = await parse(`${QUESTION}\n\nSvar:\nDet er et godt spørgsmål, som ministeren besvarer senere.\n|\n`)
    expect(record.documentType).toBe('answer')
  })
})

describe("Folketingstidende's § 20 page in its overview form", () => {
  const page = (answer: string) =>
    `Spm. nr. S 1164\n\nTil skatteministeren. (28/2 02) af:\nFrode Sørensen (S).\n\nSpm i fuld tekst:\n     »Er ministeren enig i, at en afgift for at køre på dæmningen til Rømø vil være i strid med skattestoppet?«\n\nSkr begrundelse:\n     Amtet står med en reparationsudgift på 27 mio. kr. efter orkanen.\n\n${answer}\n`

  it('reads the minister asked and the asker, and is the question’s page where it prints no answer', async () => {
    const record = await parse(page('Besv 13/3 02'))
    expect(record.documentType).toBe('question')
    expect(record.question).toMatchObject({
      kind: 'section20',
      number: '1164',
      askedOn: '2002-02-28',
      recipient: 'skatteministeren',
      askers: [{ name: 'Frode Sørensen', party: 'S', nonMember: false }],
    })
  })

  it('near miss: the page that prints the answer is the answer', async () => {
    const record = await parse(
      page('Svar (13/3 02)\n\nSkatteministeren (Svend Erik Hovmand):\n\nDet kan jeg ikke udtale mig om, da det er amtets sag.'),
    )
    expect(record.documentType).toBe('answer')
  })
})

describe('a hearing note titled by its bill', () => {
  const note = (title: string) =>
    `${title}\n1. Generelle bemærkninger\nForbrugerrådet finder det positivt, at der etableres et grundlag for danske hedgeforeninger.\nFinansrådet finder, at udkastet er et godt grundlag for en betryggende regulering.\n`

  it('`Forslag til Lov om` in its title is the Folketing’s business: not refused', async () => {
    const record = await parse(note('Høringsnotat til L 43 - Forslag til Lov om ændring af lov om investeringsforeninger'))
    expect(record.documentType).toBe('unknown')
  })

  it('near miss: a note naming no bill is refused', async () => {
    await expect(parse(note('Høringsnotat om investeringsforeninger'))).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
  })
})

describe('a preamble that calls the bill `Lov nr. L 134`', () => {
  it('reads the bill', async () => {
    const record = await parse(
      'Folketingets Kulturudvalg har den 10. marts 2017, efter ønske fra Søren Søndergaard\n(EL), stillet mig følgende spørgsmål, nr. 7 (Lov nr. L 134), som jeg hermed skal besvare.\nSpørgsmål 7:\nMinisteren bedes uddybe, hvad det betyder for biblioteksafgiften?\nSvar:\nUdlånet indgår ikke i beregningen.\n',
    )
    expect(record.question).toMatchObject({ kind: 'bill', bill: 'L 134', number: '7' })
  })
})

describe("a § 20 case's stamp over a letter answering an alm. del question", () => {
  const letter = (own: string) =>
    `Udlændinge- og Integrationsudvalget 2018-19 (1. samling)\nS 365\nOffentligt\nMinisteren\nUdlændinge- og Integrationsudvalget har den 14. december 2018 stillet følgende\nspørgsmål nr. ${own} efter ønske fra Mattias Tesfaye (S) til udlændinge- og\nintegrationsministeren, som hermed besvares.\nSpørgsmål nr. ${own.split(' ')[0]}:\nEr det ministerens opfattelse, at familien kan rejse hjem?\nSvar:\nDet klare udgangspunkt er, at familien kan rejse hjem.\n`

  it('takes the letter’s question and committee, warned', async () => {
    const record = await parse(letter('243 (alm. del)'))
    expect(record.question).toMatchObject({ kind: 'general', number: '243' })
    expect(record.committee?.code).toBe('UUI')
    expect(record.warnings.map((warning) => warning.code)).toContain('question-filed-elsewhere')
  })

  it('near miss: where the letter does not call it an alm. del question, the stamp’s § 20 case stands', async () => {
    const record = await parse(letter('243'))
    expect(record.question.kind).toBe('section20')
    expect(record.warnings.map((warning) => warning.code)).not.toContain('question-filed-elsewhere')
  })
})

describe("Folketingstidende's § 20 page cut before its answer", () => {
  it('near miss: the usual form with no `Svar` in the stored text is not called the question’s page', async () => {
    const record = await parse(
      'Spm. nr. S 1609\n\nTil statsministeren (14/1 04) af:\nSøren Søndergaard (EL):\n\n»Kan statsministeren bekræfte, at regeringen vil fremlægge planen i år?«\n\nBegrundelse\n\nDet er længe siden, planen blev lovet.\n',
    )
    expect(record.documentType).not.toBe('question')
  })
})
