/**
 * Round 78's rules, each from a training document's miss, with a near miss: a bill's text quotes the law's new
 * wording after its amending clause (no question), an English letter's dated place (`Copenhagen, 28 July 2011`), the
 * delegations' stamps, and an answer heading printed twice.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe("a bill's text: the quoted new wording after its amending clause is no question", () => {
  const bill = (clause: string) =>
    `Forsvarsudvalget 2024-25\nFOU Alm.del Bilag 105\nOffentligt\nUdkast\nForslag\ntil\nLov om ændring af værnepligtsloven\n§1\nI værnepligtsloven, jf. lovbekendtgørelse nr. 225 af 13. marts 2006, ${clause}\n1.\nI § 1, stk. 1, ændres\n»Enhver våbenfør mand er værnepligtig efter reglerne i denne lov, når han har dansk indfødsret.« til: »Enhver statsborger er værnepligtig.«\n`

  it('`… foretages følgende ændringer:` before the quotation: no question is read', async () => {
    const record = await parse(bill('foretages følgende ændringer:'))
    expect(record.question.text).toBeNull()
    expect(record.question.kind).toBeNull()
  })

  it('near miss: without the amending clause the quoted paragraph is read as the question', async () => {
    const record = await parse(bill('gælder følgende:'))
    expect(record.question.text).not.toBeNull()
  })
})

describe("an English letter's dated place", () => {
  const letter = (dated: string) =>
    `OSCEs parlamentariske Forsamling 2010-11 (1. samling)\nOSCE Alm.del Bilag 56\nHead of DelegationOSCE Parliamentary Assembly\n${dated}\nDear Standing Committee Member,Following the conclusion of our very successful Annual Session in Belgrade, I am pleased to forward to you the Belgrade Declaration.\n`

  it('`Copenhagen, 28 July 2011` (a comma, no `den`) on a line of its own dates the letter', async () => {
    const record = await parse(letter('Copenhagen, 28 July 2011'))
    expect(record.answer.answeredOn).toBe('2011-07-28')
  })

  it('near miss: a place and a date with more after them on the line date nothing', async () => {
    const record = await parse(letter('Copenhagen, 28 July 2011 and Belgrade'))
    expect(record.answer.answeredOn).toBeNull()
  })
})

describe("the delegations' stamps", () => {
  const annex = (stamp: string, code: string) =>
    `${stamp}\n${code} Alm.del Bilag 13\nOffentligt\nFolketingets delegation inviterer alle de nordiske ambassadører i København til et fælles møde på Christiansborg.\n`

  it.each([
    ['OSCEs parlamentariske Forsamling 2010-11 (1. samling)', 'OSCE', '20101'],
    ['Den Arktiske Delegation 2019-20', 'AD', '20191'],
    ['Dansk Interparlamentarisk Gruppes bestyrelse 2009-10', 'IPU', '20091'],
  ])('`%s` gives the session', async (stamp, code, session) => {
    const record = await parse(annex(stamp, code))
    expect(record.session).toBe(session)
    expect(record.provenance.session?.rule).toBe('stamp')
  })

  it('near miss: another kind of body with years after its name is no stamp (and the note, dated by nothing, is refused)', async () => {
    await expect(parse(annex('Den Arktiske Ekspedition 2019-20', 'AD'))).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
  })
})

describe('a page image set above the stamp', () => {
  const annex = (above: string) =>
    `${above}\nDansk Interparlamentarisk Gruppes bestyrelse 2009-10\nIPU Alm.del Bilag 1\nGeneva, 5 October 2009\nDear Madam President, I am writing to invite members of your parliament to the Parliamentary Meeting.\n`

  it('is passed over: the stamp under it gives the session', async () => {
    const record = await parse(annex('743765_0001.png'))
    expect(record.session).toBe('20091')
    expect(record.provenance.session?.rule).toBe('stamp')
  })

  it('near miss: a line of text above the lines is no page image, and they are no stamp', async () => {
    const record = await parse(annex('PARLIAMENTARY MEETING ON THE OCCASION OF THE CLIMATE CHANGE CONFERENCE'))
    expect(record.provenance.session?.rule).not.toBe('stamp')
  })
})

describe('an answer heading printed twice', () => {
  const letter = (after: string) =>
    `Spørgsmål nr. 3:\nHvad er årsagen til, at ministeren ikke bruger ministeriets egen oversætterservice?\nSvar:\n${after}\nUdenrigsministeriet har ikke siden begyndelsen af 1990’erne haft en fastansat translatørtjeneste.\n`

  it('`Svar:` / `Svar:`: the answer starts after the second', async () => {
    const record = await parse(letter('Svar:'))
    expect(record.answer.text).toBe('Udenrigsministeriet har ikke siden begyndelsen af 1990’erne haft en fastansat translatørtjeneste.')
  })

  it('near miss: a line that opens with the word after the heading is the answer’s', async () => {
    const record = await parse(letter('Svaret er nej.'))
    expect(record.answer.text).toBe(
      'Svaret er nej.\n\nUdenrigsministeriet har ikke siden begyndelsen af 1990’erne haft en fastansat translatørtjeneste.',
    )
  })
})

describe("an e-mail's header dates it", () => {
  const mail = (head: string) =>
    `Forsvarsudvalget 2022-23 (2. samling)\nFOU Alm.del Bilag 27\nOffentligt\n${head}\nEmne:\nGranskningsudvalget iværksætter en forundersøgelse.\nTil udvalgenes orientering skal jeg oplyse, at Granskningsudvalget har iværksat en forundersøgelse af sagen.\n`

  it.each([
    ['Fra:\nMaiken Bork Clausen\nSendt:\n10. februar 2023 10:29', '2023-02-10'],
    ['Fra: Maiken Bork Clausen\nSendt: fredag 10. februar 2023 kl. 10.29', '2023-02-10'],
    ['From: Maiken Bork Clausen\nSent: 10 February 2023 10:29', '2023-02-10'],
  ])('%j → %s, flagged', async (head, iso) => {
    const record = await parse(mail(head))
    expect(record.answer.answeredOn).toBe(iso)
    expect(record.warnings.map((warning) => warning.code)).toContain('letter-date-in-text')
  })

  it('near miss: `Sendt:` with no sender above it is no e-mail’s header', async () => {
    const record = await parse(mail('Sendt:\n10. februar 2023 10:29'))
    expect(record.answer.answeredOn).toBeNull()
  })
})
