/**
 * Round 90's rules, from its training documents: question time's page in Folketingstidende's form (`Spm. nr. S 2918 -
 * besvaret 24/03-2004` / `8) Til statsministeren af:`), its answer the minister's after the member has spoken; a speech
 * paper titled `Tale til brug for ministerens besvarelse af spørgsmålene …`, whatever headings it has; Udenrigs-
 * ministeriet's title glued to the ministry's name and inside (`UdenrigsministerietSpørgsmål fraUdenrigsudvalget
 * tiludenrigsministerenaf 28. august 2009.`).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe("question time's page", () => {
  const page = (title: string, address: string, minister = true) =>
    `${title}\n\n3) ${address}\nKaren Jensen (V):\n»Vil ministeren oplyse, hvornår broen over fjorden står færdig?«\n\nKaren Jensen (V):\nJeg spørger, fordi pendlerne har ventet i mange år, og fordi tidsplanen er skredet to gange.\n${minister ? '\nTransportministeren (Hans Nielsen):\nBroen står efter planen færdig i efteråret 2006, og jeg har ingen oplysninger om nye forsinkelser.\n' : ''}`

  it('reads the number, the asker, the minister asked, the day it was answered and the minister’s answer', async () => {
    const record = await parse(page('Spm. nr. S 2711 - besvaret 17/03-2004', 'Til transportministeren af:'))
    expect(record.documentType).toBe('answer')
    expect(record.question.kind).toBe('section20')
    expect(record.question.number).toBe('2711')
    expect(record.question.askers).toEqual([{ name: 'Karen Jensen', party: 'V', nonMember: false }])
    expect(record.question.recipient).toBe('transportministeren')
    expect(record.answer.answeredOn).toBe('2004-03-17')
    expect(record.answer.text.startsWith('Broen står efter planen færdig')).toBe(true)
    expect(record.answer.text).not.toContain('pendlerne')
  })

  it('a page cut before the minister speaks: the answer’s day, no answer’s text', async () => {
    const record = await parse(page('Spm. nr. S 2711 - besvaret 17/03-2004', 'Til transportministeren af:', false))
    expect(record.question.number).toBe('2711')
    expect(record.answer.answeredOn).toBe('2004-03-17')
    expect(record.answer.text).toBe('')
  })

  it('near miss: a listed address under a title that dates no answer is no head', async () => {
    const record = await parse(page('Spm. nr. S 2711', 'Til transportministeren af:'))
    expect(record.question.kind).not.toBe('section20')
  })
})

describe('a speech paper titled for the minister’s answer', () => {
  const paper = (title: string) =>
    `BESKÆFTIGELSESMINISTERIET                  21. februar 2006\n\nUDKAST\n\n${title}\n\nSpørgsmål A:\n”Vil ministeren redegøre for reglerne om vikarers arbejdstid?”\n\nSvar:\nJeg vil gerne takke for spørgsmålet og redegøre for reglerne, som de gælder i dag.\n`

  it('is a speech, though it heads its answer `Svar:`', async () => {
    const record = await parse(
      paper(
        'Tale til brug for ministerens besvarelse af spørgsmålene A og B (alm. del) i samrådet i Folketingets Arbejdsmarkedsudvalg onsdag den 22. februar 2006.',
      ),
    )
    expect(record.documentType).toBe('consultation-speech')
    expect(record.question.kind).toBe('consultation')
  })

  it('near miss: a speech for another occasion is no samråd paper', async () => {
    const record = await parse(paper('Tale til brug for ministerens åbning af konferencen om vikarer den 22. februar 2006.'))
    expect(record.documentType).not.toBe('consultation-speech')
  })
})

describe("Udenrigsministeriet's title glued", () => {
  const letter = (title: string) =>
    `Udenrigsudvalget 2008-09\nURU Alm.del\nOffentligt\n${title}URU alm. del -spørgsmål 249.Spørgsmål 249Vil ministeren kommentere rapporten om menneskerettigheder?Svar:Udenrigsministeriet følger løbende netværkets arbejde og har læst rapporten.\n`

  it('reads the day asked and the minister asked through the glue', async () => {
    const record = await parse(letter('UdenrigsministerietSpørgsmål fraUdenrigsudvalget tiludenrigsministerenaf 28. august 2009.'))
    expect(record.question.askedOn).toBe('2009-08-28')
    expect(record.question.recipient).toBe('udenrigsministeren')
  })

  it('near miss: a word glued on after the title that is no `af` before a date names no minister', async () => {
    const record = await parse(letter('UdenrigsministerietSpørgsmål fraUdenrigsudvalget tiludenrigsministerenafdelingen 28. august 2009.'))
    expect(record.question.recipient).toBeNull()
  })
})
