import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'

/** A made-up answer with no stamp: `title` names the question, then the question and the answer. */
const answer = (title: string) =>
  `${title}\n\nSpørgsmål 32:\n\nHvad kan ministeren oplyse om tallet?\n\nSvar:\n\nDet kan jeg oplyse.\n\nMed venlig hilsen\n\nAnne Hansen\n`

describe('a committee named by its code alone as the sender', () => {
  it.each([
    ['Besvarelse af spørgsmål 32 alm. del stillet af PØU den 27. oktober 2008.', 'PØU', 'Det Politisk-Økonomiske Udvalg'],
    ['Svar på spørgsmål nr. 32 fra ERU af 3. marts 2005.', 'ERU', 'Erhvervsudvalget'],
    ['Spørgsmål 32 (alm. del), stillet af FIU den 4. maj 2017, besvares hermed.', 'FIU', 'Finansudvalget'],
  ])('%s', async (title, code, name) => {
    const record = await parse(answer(title))
    expect(record.committee).toEqual({ code, name })
  })

  it.each([
    ['a party in brackets', 'Besvarelse af spørgsmål 32 stillet efter ønske fra Anne Hansen (ALT) den 3. marts 2005.'],
    ['capitals the registry does not know', 'Besvarelse af spørgsmål 32 fra OECD den 3. marts 2005.'],
  ])('not %s (near miss)', async (_, title) => {
    const record = await parse(answer(title))
    expect(record.committee).toBeNull()
  })
})
