/**
 * Words split at a line end whose hyphen was lost (pdf.js drops soft hyphens; some text renditions lost them) are
 * joined where the document itself uses the whole word — and nowhere else.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'
import { fixtureCases } from './fixture-harness.js'

const letter = (body: string) =>
  `Beskæftigelsesudvalget har i brev af 1. marts 2021 stillet følgende spørgsmål nr. 9 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 9:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\n${body}\n`

describe('a line end that lost its hyphen', () => {
  it('joins the halves where the document uses the whole word', async () => {
    const record = await parse(
      letter('Opgørelsen viser en stigning i beskæftigelsen over de seneste år. Ifølge op\ngørelsen er tallet steget.'),
    )
    expect(record.answer.text).toContain('Ifølge opgørelsen er tallet')
  })

  it('keeps two words where the document also has them side by side, or never the whole word', async () => {
    const both = await parse(
      letter('Reglerne om overtid gælder stadig. Ændringen virker over tid, og lønnen stiger over\ntid for de fleste ansatte i sektoren.'),
    )
    expect(both.answer.text).toContain('stiger over tid for')
    const unknown = await parse(
      letter('Tallene for perioden viser, at antallet af modtagere er faldet med en fem\ntedel siden sidste år i alt.'),
    )
    expect(unknown.answer.text).toContain('en fem tedel siden')
  })

  it('mends more than half of the corpus texts’ line-end hyphens when they are removed, and invents no word', async () => {
    let splits = 0
    let joined = 0
    for (const fixture of ['seeds', 'answers', 'questions'].flatMap((group) => fixtureCases(group))) {
      const text = readFileSync(fixture.input, 'utf8')
      const halves: [string, string][] = []
      const lost = text.replace(/(\p{L}+)-(\s*\n\s*)(\p{Ll}\p{L}*)/gu, (_match, left: string, space: string, right: string) => {
        halves.push([left, right])
        return `${left}${space}${right}`
      })
      splits += halves.length
      const [original, mended] = await Promise.all([parse(text), parse(lost)])
      const words = (record: typeof original) =>
        [record.question.text ?? '', ...record.answer.blocks.map((block) => ('text' in block ? block.text : ''))]
          .join(' ')
          .replace(/\s+/gu, ' ')
      const mendedText = words(mended)
      joined += halves.filter(([left, right]) => !mendedText.includes(`${left} ${right}`)).length
      // Every word of the mended text is a word, or part of a word, of the text with its hyphens.
      const originalText = words(original).toLowerCase()
      for (const word of new Set(mendedText.toLowerCase().match(/\p{L}+/gu))) expect(originalText).toContain(word)
    }
    expect(splits).toBe(116)
    expect(joined / splits).toBeGreaterThan(0.5)
  })
})
