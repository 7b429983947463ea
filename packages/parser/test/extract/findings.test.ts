import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/** A made-up cover letter filed as an annex: addressee and sender column, date, one sending paragraph, signature. */
const cover = (stamp: string, body: string) =>
  `${stamp}\n\nFolketingets Miljø- og Planlægningsudvalg\n\nMinisteren\n\nChristiansborg\n\n1240 København K\n\nDen 1. februar 2007\n\n${body}\n\nAnne Hansen\n\n/\n\nJens Jensen\n`

describe("a cover letter's text opens with its sending sentence, a preamble in form", () => {
  it.each([
    // Miljøministeriet: samråd follow-ups sent on.
    'Under henvisning til udvalgets spørgsmål i forbindelse med samrådet den 17. januar 2007 følger vedlagt svar på 4 af de 5 spørgsmål, som jeg lovede at følge op på.',
    // A letter from the committee's letter, sending a note on.
    'Under henvisning til udvalgets brev af 12. januar 2007 fremsendes hermed et notat om reglerne for udbringning af gylle.',
  ])('%s', async (body) => {
    const record = await parse(cover('Miljø- og Planlægningsudvalget 2006-07\nMPU Alm.del Bilag 240\nOffentligt', body))
    expect(record.documentType).toBe('cover-letter')
    expect(record.answer.text.startsWith(body.slice(0, 40))).toBe(true)
  })

  it("leaves the preamble out of an answer's text (near miss: a question is answered)", async () => {
    const letter = [
      'Miljø- og Planlægningsudvalget 2006-07\nMPU Alm.del\nOffentligt',
      'Folketingets Miljø- og Planlægningsudvalg\n\nDen 1. februar 2007',
      'Folketingets Miljø- og Planlægningsudvalg har i brev af 12. januar 2007 stillet mig følgende spørgsmål nr. 240 (Alm. del):',
      '”Vil ministeren oplyse, hvor meget gylle der udbringes?”',
      'Svar:\n\nDer udbringes 30 mio. tons gylle om året.',
      'Med venlig hilsen\n\nAnne Hansen',
    ].join('\n\n')
    const record = await parse(letter)
    expect(record.documentType).toBe('answer')
    expect(record.answer.text).toBe('Der udbringes 30 mio. tons gylle om året.')
  })
})
