/** The meaning-preserving transformations `pnpm robustness` parses training documents in (scripts/metamorphic.js). */
import { describe, expect, it } from 'vitest'
import {
  closingBlanks,
  doubleEncoded,
  doubleSpaced,
  furniture,
  glued,
  headingBlanks,
  headingForms,
  headingSpacing,
  headingWords,
  hyphenated,
  invisibleSpace,
  isProse,
  letterheadOrder,
  lineEnds,
  noBreakSpaces,
  pageBreak,
  pageNumberInside,
  questionQuotes,
  rewrap,
  runningLine,
  sessionLabel,
  swapQuotes,
  syllableBreaks,
} from '../../scripts/metamorphic.js'
import { repairMojibake } from '../../src/util/mojibake.js'

const PARAGRAPH = [
  'Beskæftigelsesudvalget har i brev af 15. februar 2016 stillet følgende spørgsmål nr.',
  '50 (L 113), som hermed besvares. Spørgsmålet er stillet efter ønske fra Finn Søren-',
  'sen (EL).',
]

describe('rewrap', () => {
  it('joins a paragraph’s wrapped lines and breaks them at the width, keeping a line-end hyphen’s break', () => {
    const text = ['Spørgsmål nr. 50:', ...PARAGRAPH].join('\n')
    const wrapped = rewrap(text, 60)
    expect(wrapped?.split('\n')).toEqual([
      'Spørgsmål nr. 50:',
      'Beskæftigelsesudvalget har i brev af 15. februar 2016',
      'stillet følgende spørgsmål nr. 50 (L 113), som hermed',
      'besvares. Spørgsmålet er stillet efter ønske fra Finn Søren-',
      'sen (EL).',
    ])
    expect(wrapped?.replace(/-\n/gu, '-').replace(/\s+/gu, ' ')).toBe(text.replace(/-\n/gu, '-').replace(/\s+/gu, ' '))
  })

  it('keeps a number’s hyphen at a line end with its break (`65-79-` / `årige`)', () => {
    const text = [
      'Vil ministeren redegøre for udviklingen i andelen af ældre (hhv. 65+-årige, 65-79-',
      'årige og 80+-årige) visiteret til hhv. personlig pleje siden 2011?',
    ].join('\n')
    expect(rewrap(text, 60)).toContain('65-79-\nårige')
  })

  it('keeps the words at a line end’s slash together (`og/` / `eller`, read as one word), not apart at a space', () => {
    const text = [
      'Hvilke infrastrukturelle overvejelser og investeringer er blevet foretaget og/',
      'eller planlagt i forbindelse med at sikre adgang til landets nye supersygehuse?',
    ].join('\n')
    const wrapped = rewrap(text, 60) ?? ''
    expect(wrapped).toMatch(/og\/\n?eller/u)
    expect(wrapped).not.toContain('og/ eller')
  })

  it('does not join a line that ends a sentence or a quotation, a short line, a heading or a closing', () => {
    const text = [
      'Det er regeringens opfattelse, at ordningen virker efter hensigten i de fleste kommuner.',
      'Jeg forventer at kunne besvare spørgsmålet endeligt ultimo august i år efter høringen',
      'Med venlig hilsen',
      'Ministeren bedes oplyse, hvordan udledningen af partikler har udviklet sig, fordelt på fly"',
      'Udledningen af partikler fremgår af tabel 1 nedenfor, som Miljøstyrelsen har opgjort for.',
    ].join('\n')
    expect(rewrap(text, 200)).toBeUndefined()
  })

  it('leaves table rows, list items, date lines and furniture as they are', () => {
    for (const line of [
      'Region  2014  2015',
      '- borgere i job',
      '1) antallet af sager',
      '18. marts 2021',
      '1603943_0001.png',
      'Side 2 af 8',
    ]) {
      expect(isProse(line)).toBe(false)
    }
    expect(isProse('Beskæftigelsesudvalget har i brev af 15. februar 2016 stillet følgende spørgsmål nr.')).toBe(true)
  })

  it('does not rewrap a glued rendition (old ft.dk: paragraphs run into one line) nor a double-spaced one', () => {
    const glued = `${'Der har været debat om private universiteter.Regeringen har præsenteret sit nye arbejdsprogram, '.repeat(2)}som blandt andet indeholder en klar vision for fremtidens univer-siteter.`
    expect(
      rewrap(`Spørgsmål 57\n${glued}\nMinisteren bedes oversende ministeriets tidsplan for forslaget om\nprivate universiteter?`, 60),
    ).toBeUndefined()
    expect(rewrap(PARAGRAPH.join('\n\n'), 60)).toBeUndefined()
    // Two sentences glued at a line's end, however short the line: a glued rendition.
    expect(
      rewrap(
        `Spørgsmål 346\nKan ministeren oplyse, hvorfor Kommissionen ikke længere ønsker at give\naktindsigt i de åbningsskrivelser, der fremsendes til Danmark?Svar`,
        40,
      ),
    ).toBeUndefined()
  })

  it('does not rewrap a rendition whose UTF-8 was read as Windows-1252 (its marks are not what they seem)', () => {
    expect(rewrap(`${PARAGRAPH.join('\n')}\nâ€Ministeren bedes oplyse, hvor mange personer der modtager hjælpâ€`, 60)).toBeUndefined()
  })

  it('keeps the break of a word split without its hyphen, which the document writes whole elsewhere', () => {
    const text = [
      'Ministeren bedes oplyse, hvordan udvalget om nedsættelse af den parlamen',
      'tariske arbejdsgruppe har arbejdet, og hvad den parlamentariske gruppe har fundet.',
    ].join('\n')
    const wrapped = rewrap(text, 60) ?? ''
    // Split at a full line's end, or written whole where the split would fall on a short line (no reader could tell).
    expect(wrapped).toMatch(/parlamen(?:\n)?tariske/u)
    expect(wrapped).not.toContain('parlamen tariske')
    // Near miss: two words that make no word of the document are joined as words.
    const words = ['Ministeren bedes oplyse, hvordan udvalget om nedsættelse af den nye', 'arbejdsgruppe har arbejdet.'].join('\n')
    expect(rewrap(words, 60)).toContain('den nye arbejdsgruppe')
  })

  it('leaves a table’s caption, its head cells, rows of figures and cells one a line as they are', () => {
    for (const table of [
      // A caption and the title under it (made-up, as Finansministeriet and Sundhedsministeriet set them).
      ['Tabel 1', 'Fuldtidsbeskæftigede lønmodtagere i kommunerne fordelt på landsdele (sæsonkorrigeret),', '2011K2-2015K3'],
      // A row of figures after a line that fills the column.
      [
        'Antallet af fuldtidsbeskæftigede lønmodtagere i kommunerne i hele landet var i perioden',
        '443,2 440,0 436,6 434,6 431,6 430,3 429,8 429,3',
      ],
      // Head cells wrapped inside their cell above a table set one cell a line.
      [
        'Realiserede merudgifter i 2020 vedrørende bortskaffelse af mink fordelt på',
        'myndigheder (mio. kr.)',
        'Løn',
        'Drift',
        'Forsvaret',
        '14,8',
      ],
    ]) {
      expect(rewrap(table.join('\n'), 200)).toBeUndefined()
    }
  })

  it('does not run a paragraph into a short label under it, nor break ft.dk’s running line', () => {
    const text = [
      'Samrådet er stillet efter ønske fra Mai Villadsen (EL) og Theresa Berg Andersen (SF) og',
      'Taletid',
      'L 95 - 2018-19 (1. samling) - Endeligt svar på spørgsmål 22: MFU spm., om ministeren mener, det er nødvendigt',
    ].join('\n')
    expect(rewrap(text, 60)?.split('\n').slice(-2)).toEqual([text.split('\n')[1], text.split('\n')[2]])
  })

  it('reads a line opening with a date or a heading word in lower case as the sentence going on', () => {
    expect(isProse('10. januar 2025 oplyst Justitsministeriet om, at en række domme til')).toBe(true)
    expect(isProse('spørgsmål A, B, C og D, som hermed besvares samlet i dette svar.')).toBe(true)
    // Near misses: a numbered list item, and a heading.
    expect(isProse('10. Ministeren bedes oplyse, hvor mange sager der er behandlet i alt.')).toBe(false)
    expect(isProse('Spørgsmål A, B, C og D')).toBe(false)
  })

  it('does not break a line after a hyphen inside a line unless a suspended compound’s follower comes next', () => {
    const text = [
      'Ministeren bedes med afsæt i ministeriets egne beregninger af CO2- udledninger fra kollektiv trafik redegøre for',
      'perioden og for de transport- og bygningsrelaterede udledninger i alt.',
    ].join('\n')
    for (const width of [50, 60, 66, 70]) {
      const wrapped = rewrap(text, width) ?? ''
      expect(wrapped).not.toMatch(/CO2-\n/u)
    }
  })

  it('does not run a paragraph into a title’s short second line', () => {
    const text = [
      'Økonomi- og indenrigsminister Karen Holms talepapir til samrådet',
      'Det talte ord gælder',
      'Tak for ordet. Jeg vil gerne starte med at takke udvalget for',
      'invitationen til dette samråd om vækstpakken og dens betydning for',
      'danske virksomheder i de kommende år.',
    ].join('\n')
    expect(rewrap(text, 40)?.split('\n')).toContain('Det talte ord gælder')
  })

  it('leaves a line set apart by a deep indent (a right-aligned date field)', () => {
    expect(isProse('                                        Dato: 20. februar 2007 og mere tekst her på linjen')).toBe(false)
  })
})

describe('swapQuotes', () => {
  const text = 'Spørgsmål nr. 50:\n”Vil ministeren oplyse, hvor mange\nledige boliger der er?”\nSvar:\nDer er 12.'
  const question = 'Vil ministeren oplyse, hvor mange ledige boliger der er?'

  it('finds the question’s marks around its text, across line breaks', () => {
    const at = questionQuotes(text, question)
    expect(at && [text[at.open], text[at.close]]).toEqual(['”', '”'])
  })

  it('sets the question in each other pair', () => {
    expect(swapQuotes(text, question).map((variant) => variant.name)).toEqual(['quotes „“', 'quotes ""', 'quotes »«'])
    expect(swapQuotes(text, question)[0]?.text).toBe(
      'Spørgsmål nr. 50:\n„Vil ministeren oplyse, hvor mange\nledige boliger der er?“\nSvar:\nDer er 12.',
    )
  })

  it('makes no variant of an unquoted question, nor a pair the question quotes with inside', () => {
    expect(swapQuotes('Spørgsmål:\nVil ministeren oplyse tallet?\nSvar:\nNej.', 'Vil ministeren oplyse tallet?')).toEqual([])
    const nested = 'Spørgsmål:\n”Vil ministeren kommentere artiklen "Kommuner skal spare" i avisen?”\nSvar:\nJa.'
    const names = swapQuotes(nested, 'Vil ministeren kommentere artiklen "Kommuner skal spare" i avisen?').map((v) => v.name)
    expect(names).toEqual(['quotes „“', 'quotes »«'])
  })
})

describe('headingForms and headingBlanks', () => {
  it('takes the colons off and puts them on', () => {
    const forms = headingForms('Spørgsmål nr. 50:\n”Vil ministeren?”\nSvar\nJa, det vil jeg gerne oplyse.')
    expect(forms.find((form) => form.name === 'colons off')?.text).toBe(
      'Spørgsmål nr. 50\n”Vil ministeren?”\nSvar\nJa, det vil jeg gerne oplyse.',
    )
    expect(forms.find((form) => form.name === 'colons on')?.text).toBe(
      'Spørgsmål nr. 50:\n”Vil ministeren?”\nSvar:\nJa, det vil jeg gerne oplyse.',
    )
  })

  it('runs a heading into its text and sets a run-in heading on its own line, not a label or a case', () => {
    const runIn = headingForms('Svar:\n\nJa, det vil jeg gerne oplyse.').find((form) => form.name === 'run-in')
    expect(runIn?.text).toBe('Svar: Ja, det vil jeg gerne oplyse.')
    expect(headingForms('Spørgsmål nr. 50:\nJ.nr. -\n”Vil ministeren?”').find((form) => form.name === 'run-in')).toBeUndefined()
    expect(headingForms('Svar: Ja, det vil jeg gerne oplyse.').find((form) => form.name === 'own line')?.text).toBe(
      'Svar:\nJa, det vil jeg gerne oplyse.',
    )
    expect(headingForms('Spørgsmål nr.: L 85\nspørgsmål 11')).toEqual([])
  })

  it('adds and removes the blank line under a heading', () => {
    expect(headingBlanks('Svar:\nJa.')).toEqual([{ name: 'blank added', text: 'Svar:\n\nJa.' }])
    expect(headingBlanks('Svar:\n\nJa.')).toEqual([{ name: 'blank removed', text: 'Svar:\nJa.' }])
  })
})

describe('furniture', () => {
  const record = {
    documentType: 'answer',
    question: {
      kind: 'ordinary',
      number: '26',
      bill: null,
      text: 'Vil ministeren oplyse tallet for 2015?',
      recipient: 'ministeren for børn',
    },
  }

  it('writes ft.dk’s running line from the record’s own values', () => {
    expect(runningLine(record, 'BUU', sessionLabel('20151', false))).toBe(
      'BUU, Alm.del - 2015-16 - Endeligt svar på spørgsmål 26: Spm. om Vil ministeren oplyse tallet for 2015, til ministeren for børn',
    )
    expect(sessionLabel('20181', true)).toBe('2018-19 (1. samling)')
    expect(runningLine({ ...record, question: { ...record.question, kind: 'section20' } }, 'BUU', '2015-16')).toBeUndefined()
    expect(runningLine(record, undefined, '2015-16')).toBeUndefined()
    // A bill's running line names the bill, not the committee (`L 95 - 2018-19 (1. samling) - …`).
    expect(runningLine({ ...record, question: { ...record.question, kind: 'bill', bill: 'L 95' } }, 'REU', '2018-19')).toMatch(
      /^L 95 - 2018-19 - Endeligt svar på spørgsmål 26: /u,
    )
  })

  it('adds the page image and the running line under the stamp, and above the question', () => {
    const text = 'Børne- og Undervisningsudvalget 2015-16\nBUU Alm.del\nOffentligt\nKære udvalg\nSpørgsmål 26:\nVil ministeren?'
    const variants = furniture(text, { docId: '1572408', running: 'BUU, Alm.del - 2015-16 - …' })
    expect(variants.map((variant) => variant.name)).toEqual(['page image', 'running line', 'running line above question'])
    expect(variants[0]?.text.split('\n')[3]).toBe('1572408_0001.png')
    expect(variants[2]?.text.split('\n')[4]).toBe('BUU, Alm.del - 2015-16 - …')
    expect(furniture(`${text}\n1572408_0001.png`, { docId: '1572408', running: undefined })).toEqual([])
  })
})

describe('renditions’ invisible differences', () => {
  const letter = 'Spørgsmål nr. 12:\n”Vil ministeren oplyse, hvad § 20 siger?”\n\nSvar:\nDen 15. maj 2020 svarede jeg på spørgsmål nr. 7.'

  it('sets CRLF line ends, once', () => {
    expect(lineEnds(letter)[0]?.text.split('\r\n')).toEqual(letter.split('\n'))
    expect(lineEnds('a\r\nb')).toEqual([])
  })

  it('sets no-break spaces in dates and after a label’s number, and nowhere else', () => {
    const [plain, narrow] = noBreakSpaces(letter)
    expect(plain?.text).toContain('Den 15.\u00a0maj\u00a02020 svarede jeg på spørgsmål nr.\u00a07.')
    expect(plain?.text).toContain('hvad §\u00a020 siger')
    expect(narrow?.name).toBe('narrow no-break spaces')
    expect(plain?.text.replace(/\u00a0/gu, ' ')).toBe(letter)
    // Near miss: a day and a month without a year, and "nr." before a word.
    expect(noBreakSpaces('Den 15. maj svarede jeg, jf. nr. tre.')).toEqual([])
  })

  it('adds trailing spaces and indents every line alike, blank lines left blank', () => {
    const names = invisibleSpace(letter).map((variant) => variant.name)
    expect(names).toEqual(['trailing space', 'trailing spaces', 'indent', 'tab indent'])
    expect(invisibleSpace(letter)[3]?.text.split('\n')[2]).toBe('')
    // A rendition that marks paragraphs by two trailing spaces keeps them its own.
    expect(invisibleSpace('Svar:  \nJa.').map((variant) => variant.name)).not.toContain('trailing spaces')
  })

  it('double-encodes the text as older renditions are, which the parser’s repair undoes', () => {
    const [variant] = doubleEncoded(letter)
    expect(variant?.text).toContain('SpÃ¸rgsmÃ¥l nr. 12:')
    expect(variant?.text).toContain('â€Vil')
    expect(repairMojibake(variant?.text ?? '').text).toBe(letter)
    // Near misses: a rendition double-decoded already, and a character whose byte Windows-1252 would lose (Ý: C3 9D).
    expect(doubleEncoded('SpÃ¸rgsmÃ¥l nr. 12:')).toEqual([])
    expect(doubleEncoded('Hr. Ýmir spørger')).toEqual([])
  })

  it('sets the headings in capitals and the question’s number with and without "nr."', () => {
    const [capitals, off] = headingWords(letter)
    expect(capitals?.text.split('\n').slice(0, 4)).toEqual(['SPØRGSMÅL NR. 12:', '”Vil ministeren oplyse, hvad § 20 siger?”', '', 'SVAR:'])
    expect(off?.text.split('\n')[0]).toBe('Spørgsmål 12:')
    expect(headingWords('Spørgsmål 12 (L 113):\nHvorfor?').find((variant) => variant.name === 'nr. on')?.text).toBe(
      'Spørgsmål nr. 12 (L 113):\nHvorfor?',
    )
    // Near miss: "spørgsmål nr. 7" inside a sentence is no heading.
    expect(headingWords('Jeg henviser til spørgsmål nr. 7.')).toEqual([])
  })

  it('sets the greeting and the signature’s lines apart by blank lines, not the text after them', () => {
    const text =
      'Det er alt.\nMed venlig hilsen\nKaren Holm\n/\nAnne Berg\nMiljøministeriet • Højbro Plads 4 • 1200 København K • www.mim.dk'
    expect(closingBlanks(text)[0]?.text).toBe(
      'Det er alt.\n\nMed venlig hilsen\n\nKaren Holm\n\n/\n\nAnne Berg\n\nMiljøministeriet • Højbro Plads 4 • 1200 København K • www.mim.dk',
    )
    expect(closingBlanks('Det er alt.\nKaren Holm')).toEqual([])
  })
})

describe('renditions’ layout', () => {
  it('double-spaces a rendition, a paragraph’s blank line a line of one space', () => {
    expect(doubleSpaced('Svar:\nJa, det vil jeg gerne.\n\nDet er alt.')[0]?.text).toBe(
      'Svar:\n\nJa, det vil jeg gerne.\n\n \nDet er alt.\n',
    )
    // Near misses: a rendition double-spaced already, and a glued one (its lines are paragraphs).
    expect(doubleSpaced('Svar:\n\nJa.\n\nNej.\n')).toEqual([])
    expect(doubleSpaced('Spørgsmål 57\nKan ministeren oplyse det?Svar\nJa.')).toEqual([])
  })

  it('breaks the page after the answer’s first sentence with running text after it', () => {
    const text = 'Svar:\nDet kan jeg oplyse.\nTallet er steget med 12 pct. siden 2015 i alle regioner.\nMed venlig hilsen'
    const running = 'BEU, Alm.del - 2015-16 - Endeligt svar på spørgsmål 26: Spm. om tallet'
    expect(pageBreak(text, { docId: '1572408', running })[0]?.text.split('\n').slice(1, 5)).toEqual([
      'Det kan jeg oplyse.',
      running,
      '1572408_0002.png',
      'Tallet er steget med 12 pct. siden 2015 i alle regioner.',
    ])
    // Near misses: a colon before a table's cells, and a rendition that has a second page already.
    expect(pageBreak('Svar:\nSagerne fordeler sig således:\n2013\n15', { docId: '1', running })).toEqual([])
    expect(pageBreak(`${text}\n1572408_0002.png`, { docId: '1572408', running })).toEqual([])
  })

  it('sets a heading’s colon apart and glues its number to "nr."', () => {
    const [spaced, glued] = headingSpacing('Spørgsmål nr. 28:\nHvorfor?\nSvar:\nFordi.')
    expect(spaced?.text).toBe('Spørgsmål nr. 28 :\nHvorfor?\nSvar :\nFordi.')
    expect(glued?.text).toBe('Spørgsmål nr.28:\nHvorfor?\nSvar:\nFordi.')
    // Near miss: "nr. 7" inside a sentence.
    expect(headingSpacing('Jeg henviser til spørgsmål nr. 7.')).toEqual([])
  })
})

describe('renditions’ hyphenation, page numbers, letterheads and gluing', () => {
  const paragraph = [
    'Udlændingestyrelsen har oplyst, at sagsbehandlingstiden for ansøgninger om familiesammenføring er steget i',
    'perioden, fordi styrelsen har modtaget flere ansøgninger end forventet, og fordi Udlændingestyrelsen har',
    'prioriteret andre sager.',
  ].join('\n')

  it('breaks a word between syllables, a consonant before a vowel going to the next (Danish hyphenation)', () => {
    expect(syllableBreaks('ministeren')).toEqual([5, 7])
    expect(syllableBreaks('besvarelse')).toContain(5)
    // Near miss: a word too short to leave three letters on either side.
    expect(syllableBreaks('huse')).toEqual([])
  })

  it('hyphenates a narrow column’s line ends with a hyphen, a soft hyphen, or none where the word is written whole elsewhere', () => {
    const [hard, soft, dropped] = hyphenated(`${paragraph}\n\n${paragraph}`)
    expect(hard?.name).toBe('hyphenated 50')
    expect(hard?.text).toMatch(/\p{L}-\n\p{Ll}/u)
    expect(soft?.text).toMatch(/\p{L}\u00ad\n\p{Ll}/u)
    // Dropped only in `udlændingestyrelsen`, which the paragraph writes twice: one stays whole.
    const words = dropped?.text.replace(/\n/gu, ' ').match(/\p{L}+/gu) ?? []
    expect(words.filter((word) => word === 'Udlændingestyrelsen').length).toBeGreaterThanOrEqual(1)
    for (const line of hard?.text.split('\n') ?? []) expect(line.length).toBeLessThanOrEqual(50)
  })

  it('sets a page number inside the answer’s first paragraph that breaks off a sentence', () => {
    const text = `Svar:\n${paragraph}\n\nMed venlig hilsen`
    expect(pageNumberInside(text)[0]?.text.split('\n').slice(1, 4)).toEqual([
      'Udlændingestyrelsen har oplyst, at sagsbehandlingstiden for ansøgninger om familiesammenføring er steget i',
      'Side 1 af 2',
      'perioden, fordi styrelsen har modtaget flere ansøgninger end forventet, og fordi Udlændingestyrelsen har',
    ])
    // Near misses: no answer heading, and a rendition with page numbers already.
    expect(pageNumberInside(paragraph)).toEqual([])
    expect(pageNumberInside(`Svar:\n${paragraph}\nSide 1 af 3`)).toEqual([])
  })

  it('swaps a letterhead’s date and case number lines, each holding its own value', () => {
    const head = 'Folketingets Retsudvalg\nChristiansborg\nJ.nr. 2015-1234\nDato: 3. maj 2016\n\nSvar:\nJa.'
    expect(letterheadOrder(head)[0]?.text).toBe('Folketingets Retsudvalg\nChristiansborg\nDato: 3. maj 2016\nJ.nr. 2015-1234\n\nSvar:\nJa.')
    // Near miss: labels whose values stand in another column.
    expect(letterheadOrder('Dato:\nSagsnr.:\n14. november 2023\n2023-09110')).toEqual([])
  })

  it('glues a paragraph’s lines, a sentence’s end to the next sentence without a space', () => {
    const text = [
      'Beskæftigelsesudvalget har i brev af 15. februar 2016 stillet følgende spørgsmål nr. 50 (BEU Alm. del).',
      'Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL), og det besvares hermed som det følger.',
      'Svar:',
    ].join('\n')
    expect(glued(text)[0]?.text).toBe(
      'Beskæftigelsesudvalget har i brev af 15. februar 2016 stillet følgende spørgsmål nr. 50 (BEU Alm. del).Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL), og det besvares hermed som det følger.\nSvar:',
    )
    // Near misses: a rendition with a line-end hyphen in its prose, and one glued already.
    expect(glued(`${text.replace('følger.', 'føl-')}\nger.`)).toEqual([])
    expect(glued('Spørgsmål 57\nKan ministeren oplyse det?Svar\nJa.')).toEqual([])
  })
})
