import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

const codes = (record: { warnings: { code: string }[] }) => record.warnings.map((warning) => warning.code)

/** A made-up answer with no stamp and no date of its own, whose opening dates the question `asked` (no year). */
const undated = (opening: string, question: string) =>
  `Ministeren\nUddannelses- og Forskningsudvalget\nFolketinget\n\n${opening}\n\nAlm. del spørgsmål 175\n\n${question}\n\nSvar\n\nDet kan jeg oplyse.\n`

describe('a question dated without a year, in a letter with no date or stamp', () => {
  it.each([
    [
      'I brev af 5. september har udvalget stillet mig følgende spørgsmål:',
      'Vil ministeren oplyse, hvad der ligger bag, jf. § 19 på FFL26?',
      '2025-09-05',
      '20241',
    ],
    [
      'Finansudvalget har den 14. november stillet følgende spørgsmål nr. 175, som hermed besvares.',
      'Vil ministeren oplyse udgifterne i forslag til finanslov for 2019?',
      '2018-11-14',
      '20181',
    ],
    [
      'Udvalget har den 3. marts stillet følgende spørgsmål nr. 175, som hermed besvares.',
      'Hvor meget er afsat til området på finansloven for 2017?',
      '2017-03-03',
      '20161',
    ],
  ])('takes the year from the finance bill the text names, flagged: %s', async (opening, question, askedOn, session) => {
    const record = await parse(undated(opening, question))
    expect(record.question.askedOn).toBe(askedOn)
    expect(record.session).toBe(session)
    expect(codes(record)).toContain('question-date-year-from-finance-bill')
  })

  it('infers no year where the text names no finance bill (near miss)', async () => {
    const record = await parse(
      undated('I brev af 5. september har udvalget stillet mig følgende spørgsmål:', 'Vil ministeren oplyse prognosen for 2026?'),
    )
    expect(record.question.askedOn).toBeNull()
    expect(codes(record)).not.toContain('question-date-year-from-finance-bill')
  })

  it("takes the letter's date over the finance bill (near miss)", async () => {
    const record = await parse(
      undated(
        '10. januar 2019\n\nFinansudvalget har den 14. november stillet følgende spørgsmål nr. 175, som hermed besvares.',
        'Vil ministeren oplyse udgifterne på FFL19?',
      ),
    )
    expect(record.question.askedOn).toBe('2018-11-14')
    expect(codes(record)).toContain('question-date-year-inferred')
    expect(codes(record)).not.toContain('question-date-year-from-finance-bill')
  })
})
