import { describe, expect, it } from 'vitest'
import { Messages } from '../../src/messages.js'
import { repairedText, repairMojibake } from '../../src/util/mojibake.js'

describe('repairMojibake', () => {
  it.each([
    ['fordelt pÃ¥ opholdsgrundlag', 'fordelt på opholdsgrundlag'],
    ['Ã¦ndringer af fÃ¸devareloven', 'ændringer af fødevareloven'],
    ['Ã…rstabel og Ã˜resund', 'Årstabel og Øresund'],
    ['Ã\u0085rstabel (read as ISO-8859-1)', 'Årstabel (read as ISO-8859-1)'],
    ['â€œCitatâ€\u009D', '“Citat”'],
    ['jf. Â§ 7, stk. 1', 'jf. § 7, stk. 1'],
    ['2007 â€“ 2010', '2007 – 2010'],
    ['Ta’mim', 'Ta’mim'],
  ])('%j → %j', (input, expected) => {
    expect(repairMojibake(input).text).toBe(expected)
  })

  it('reads a lone "â€" as the closing quote whose last byte was lost', () => {
    expect(repairMojibake('â€Ministeren bedes oplyse.â€').text).toBe('”Ministeren bedes oplyse.”')
  })

  it('reads a lone "Â" before a space or a line end as a no-break space', () => {
    expect(repairMojibake('J. nr. 004-U18-299  Â\nÂ').text).toBe('J. nr. 004-U18-299  \u00A0\n\u00A0')
  })

  it('reads a lone "Â" before an HTML tag or a no-break space\'s entity as a no-break space (`<p>Â</p>`, `Â&#160;`)', () => {
    expect(repairMojibake('<p>Tak.</p>\n<p>Â</p>').text).toBe('<p>Tak.</p>\n<p>\u00A0</p>')
    expect(repairMojibake('Dato:Â&#160;Â&nbsp;').text).toBe('Dato:\u00A0&#160;\u00A0&nbsp;')
    // Near miss: `Â` before a letter is no lost no-break space.
    expect(repairMojibake('<p>Âa</p>').text).toBe('<p>Âa</p>')
  })

  it('drops a lone "Â" inside a word, a soft hyphen whose byte was lost, where the text holds other such sequences', () => {
    expect(repairMojibake('katastrofesituÂationer og enÂheder i mÃ¥neder')).toEqual({
      text: 'katastrofesituationer og enheder i måneder',
      repaired: 3,
      firstLine: 1,
    })
    // Near miss: with no other sequence repaired, `Â` may be a letter of its own.
    expect(repairMojibake('katastrofesituÂationer').text).toBe('katastrofesituÂationer')
  })

  it('reads "†" as the quote mark it stood for, with the space after it between two letters, where the text holds other such sequences', () => {
    expect(repairMojibake('kampagnen ”Morgenmælk†er i overensstemmelse, jf. pÃ¥\n†Ministeren bedes oplyse …?”').text).toBe(
      'kampagnen ”Morgenmælk” er i overensstemmelse, jf. på\n”Ministeren bedes oplyse …?”',
    )
    // Near miss: with no other sequence repaired, a dagger may be meant (`Hans Hansen †`).
    expect(repairMojibake('Hans Hansen † 2004').text).toBe('Hans Hansen † 2004')
  })

  it('counts the repairs and gives the line of the first', () => {
    expect(repairMojibake('Spørgsmål:\nfordelt pÃ¥ og pÃ¥')).toEqual({ text: 'Spørgsmål:\nfordelt på og på', repaired: 2, firstLine: 2 })
  })

  it('repairs a sequence decoded three times (a cell decoded twice in a rendition decoded twice): `Ãƒâ€¦r`', () => {
    expect(repairMojibake('Ãƒâ€¦r og spÃ¸rgsmÃ¥l')).toMatchObject({ text: 'År og spørgsmål' })
    // Near miss: a letter that a further pass would read as a lead byte, with no continuation after it, stays.
    expect(repairMojibake('SÃO PAULO og spÃ¸rgsmÃ¥l').text).toBe('SÃO PAULO og spørgsmål')
  })

  it('leaves text alone where the repair is not certain', () => {
    // Correct Danish, a French word, and a pair whose bytes are not one UTF-8 sequence.
    for (const text of ['Æbler, øl og årstal', 'pâté og crème brûlée', 'Ãx og Âa']) {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0 })
    }
  })
})

describe('repairedText', () => {
  it('warns where it repaired, not where it did not', () => {
    const messages = new Messages()
    expect(repairedText('fÃ¥', messages)).toBe('få')
    expect(messages.list.map((warning) => [warning.code, warning.line])).toEqual([['text-mojibake-repaired', 1]])
    const clean = new Messages()
    repairedText('få', clean)
    expect(clean.list).toEqual([])
  })
})
