import type { Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parse, parseToTree } from '../../src/index.js'
import { holdsTable, htmlLines } from '../../src/input/html-lines.js'

const hast = (html: string): Root => unified().use(rehypeParse).parse(html)

describe('htmlLines: an HTML page read as its lines', () => {
  it('gives each block its line and each `<br>` a line end, the head and scripts unread', () => {
    const page = hast(
      '<html><head><title>Svar</title><style>p{}</style></head><body><p>Folketingets</p><p>Beskæftigelsesudvalg</p>' +
        '<div>Christiansborg<br>1240 København K</div><script>var x = 1</script><h2>Svar:</h2></body></html>',
    )
    expect(htmlLines(page).lines).toEqual(['Folketingets', 'Beskæftigelsesudvalg', 'Christiansborg', '1240 København K', 'Svar:'])
  })

  it('joins a block’s text across inline elements and the markup’s own line ends, with one space', () => {
    const page = hast('<p>Spørgsmålet er stillet\n      efter ønske fra <b>Finn</b> <span>Sørensen</span> (EL).</p>')
    expect(htmlLines(page).lines).toEqual(['Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL).'])
  })

  it("keeps runs of spaces inside a line and a word processor's empty paragraph (`&nbsp;`); drops empty blocks", () => {
    const page = hast('<p>Dato:      7. april 2008 Kontor:     Politikontoret</p><p>&nbsp;</p><p></p><p>  </p><p>Svar:</p>')
    expect(htmlLines(page).lines).toEqual(['Dato:      7. april 2008 Kontor:     Politikontoret', '\u00a0', 'Svar:'])
  })

  it('reads absolutely placed divs of spans with no-break spaces (a PDF converter’s page) a line each', () => {
    const page = hast(
      '<div style="position:absolute;top:10px"><span>Spørgsmål&#160;nr.&#160;12:</span></div>\n' +
        '<div style="position:absolute;top:30px"><span>Vil</span><span>&#160;ministeren&#160;oplyse?</span></div>',
    )
    expect(htmlLines(page).lines).toEqual(['Spørgsmål\u00a0nr.\u00a012:', 'Vil\u00a0ministeren\u00a0oplyse?'])
  })

  it('shows an empty line where two `<br>` follow each other, as a browser does, and none for a trailing `<br>`', () => {
    expect(htmlLines(hast('<div>Svar:<br><br>Ja.<br></div><p>Med venlig hilsen</p>')).lines).toEqual([
      'Svar:',
      '',
      'Ja.',
      'Med venlig hilsen',
    ])
  })

  it('keeps `<pre>` text’s line ends', () => {
    expect(htmlLines(hast('<pre>Spørgsmål 1:\nSvar:\nJa.</pre>')).lines).toEqual(['Spørgsmål 1:', 'Svar:', 'Ja.'])
  })

  it('gives each line the source line it starts on', () => {
    const page = hast('<html><body>\n<p>Første</p>\n\n<p>Anden<br>\nTredje</p>\n</body></html>')
    expect(htmlLines(page)).toEqual({ lines: ['Første', 'Anden', 'Tredje'], sourceLines: [2, 4, 5] })
  })

  it('holdsTable: a table anywhere in the page, nested too; none in a page of paragraphs', () => {
    expect(holdsTable(hast('<div><section><table><tr><td>1</td></tr></table></section></div>'))).toBe(true)
    expect(holdsTable(hast('<p>Tabel 1</p><p>2015 2016</p>'))).toBe(false)
  })
})

/** An answer as ft.dk renders its PDF in HTML: a `<p>` a line of the PDF, the sentence broken where the PDF's line was. */
const RENDITION = [
  '<!DOCTYPE html>',
  '<html lang="da"><head><meta charset="utf-8"><title>BEU Alm.del - svar på spørgsmål 134</title></head>',
  '<body>',
  '<p>Beskæftigelsesudvalget 2020-21</p>',
  '<p>BEU Alm.del</p>',
  '<p>Offentligt</p>',
  '<p>Folketingets Beskæftigelsesudvalg</p>',
  '<p>J.nr. 2020 - 8123</p>',
  '<p>12. november 2020</p>',
  '<p>Beskæftigelsesudvalget har den 3. november 2020 stillet følgende spørgsmål nr. 134 (alm.&nbsp;del) efter</p>',
  '<p>ønske fra Marlene Ambo-Rasmussen (V) til beskæftigelsesministeren, som hermed besvares.</p>',
  '<p>Spørgsmål nr. 134:</p>',
  '<p>”Vil ministeren oplyse, hvor mange der har modtaget&nbsp;dagpenge i 2019?”</p>',
  '<p>Svar:</p>',
  '<p>Det fremgår af opgørelsen fra Danmarks Statistik, at 89.000 personer modtog dagpenge i 2019, og at</p>',
  '<p>antallet er faldet siden 2015.</p>',
  '<p>Med venlig hilsen</p>',
  '<p>Peter Hummelgaard</p>',
  '</body></html>',
].join('\n')

describe('HTML without tables is read as the text rendition is', () => {
  it('joins a sentence the PDF broke over two lines and reads no-break spaces as spaces', async () => {
    const record = await parse(RENDITION, { path: 'svar.html' })
    expect(record.answer.text).toBe(
      'Det fremgår af opgørelsen fra Danmarks Statistik, at 89.000 personer modtog dagpenge i 2019, og at antallet er faldet siden 2015.',
    )
    expect(record.question.text).toBe('Vil ministeren oplyse, hvor mange der har modtaget dagpenge i 2019?')
    expect(record.question.askers).toEqual([{ name: 'Marlene Ambo-Rasmussen', party: 'V', nonMember: false }])
    expect(record.signature).toEqual({ name: 'Peter Hummelgaard', title: null })
  })

  it("places the tree's lines at the HTML's source lines", async () => {
    const { tree } = await parseToTree(RENDITION, { path: 'svar.html' })
    const heading = tree.children.find((node) => node.type === 'heading' && JSON.stringify(node).includes('Svar:'))
    // `<p>Svar:</p>` is the 14th line of the page.
    expect(heading?.position?.start.line).toBe(14)
  })
})

describe('HTML with a table goes through its markup, its no-break spaces read as spaces', () => {
  it('reads the table from the markup and the texts with plain spaces', async () => {
    const page = [
      '<html><body><p>Folketingets Beskæftigelsesudvalg</p><p>12. november 2020</p>',
      '<p>Beskæftigelsesudvalget har den 3. november 2020 stillet følgende spørgsmål nr. 134 (alm.&nbsp;del) efter ønske fra',
      'Marlene Ambo-Rasmussen (V), som hermed besvares.</p><p>Spørgsmål nr. 134:</p>',
      '<p>”Vil ministeren oplyse, hvor mange der har modtaget&nbsp;dagpenge?”</p><p>Svar:</p><p>Det fremgår af tabellen:</p>',
      '<table><tr><td></td><td>2019</td><td>2020</td></tr><tr><td>Dagpenge</td><td>89.000</td><td>93.000</td></tr></table>',
      '<p>Med venlig hilsen</p><p>Peter Hummelgaard</p></body></html>',
    ].join('\n')
    const record = await parse(page, { path: 'svar.html' })
    expect(record.question.text).toBe('Vil ministeren oplyse, hvor mange der har modtaget dagpenge?')
    expect(record.answer.tables[0]?.header).toEqual(['', '2019', '2020'])
  })
})
