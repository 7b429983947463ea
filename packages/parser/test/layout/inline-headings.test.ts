import { describe, expect, it } from 'vitest'
import { cutGluedHeadings, splitRunInHeadings } from '../../src/layout/inline-headings.js'
import { ANSWER_HEADING } from '../../src/layout/markers.js'
import type { LayoutLine } from '../../src/tree.js'

const line = (text: string): LayoutLine => ({ text, line: 1, breakBefore: false, endsParagraph: false }) as LayoutLine

describe('cutGluedHeadings: headings glued after a sentence in old renditions', () => {
  it.each([
    [
      'stillet følgende spørgsmål nr. 369 (Alm. del) som hermed besvares.Spørgsmål 369:',
      ['stillet følgende spørgsmål nr. 369 (Alm. del) som hermed besvares.', 'Spørgsmål 369:'],
    ],
    ['der fremsendes tilDanmark?Svar', ['der fremsendes tilDanmark?', 'Svar']],
    // A bare heading ending the line after a year or a party (Finansministeriet 2012).
    ['hvis der indføres nulvækst fra 2013 fremtil 2020Svar', ['hvis der indføres nulvækst fra 2013 fremtil 2020', 'Svar']],
    [
      'af 8. maj2012 stillet efter ønske fra Leif Holm (LA)Spørgsmål',
      ['af 8. maj2012 stillet efter ønske fra Leif Holm (LA)', 'Spørgsmål'],
    ],
    // Glued to a word, no sentence's end between: no sentence runs a word into a capitalised heading with its colon.
    [
      'fra Udenrigsudvalget tiludenrigsministerenSpørgsmål 140:”Vil ministeren oplyse?”',
      ['fra Udenrigsudvalget tiludenrigsministeren', 'Spørgsmål 140:”Vil ministeren oplyse?”'],
    ],
    ['i forhold til 2007?”Svar: FødevareErhverv har oplyst', ['i forhold til 2007?”', 'Svar: FødevareErhverv har oplyst']],
    [
      '(Alm. del). Spørgsmål: ”Ministeren bedes oversende …” Svar: Justitsministeriet har',
      ['(Alm. del).', 'Spørgsmål: ”Ministeren bedes oversende …”', 'Svar: Justitsministeriet har'],
    ],
    // A rendition that kept justified text's double spaces (every line end a space, too).
    [
      'socialministerens svar på spørgsmål nr. 19 ad L 38. Spørgsmål nr.  19: ”Ministeren bedes oplyse …”  Svar: Der er',
      ['socialministerens svar på spørgsmål nr. 19 ad L 38.', 'Spørgsmål nr.  19: ”Ministeren bedes oplyse …”', 'Svar: Der er'],
    ],
    [
      'hermed besvares.  Spørgsmål  12:  Vil ministeren oplyse …?   Svar: Ja.',
      ['hermed besvares.', 'Spørgsmål  12:  Vil ministeren oplyse …?', 'Svar: Ja.'],
    ],
    // A paragraph's gap kept as a run of spaces (Økonomi- og Erhvervsministeriet 2008).
    [
      'stillet af ERU den 4. november 2008.    Spørgsmål 15: Er ministeren enig i, at …?',
      ['stillet af ERU den 4. november 2008.', 'Spørgsmål 15: Er ministeren enig i, at …?'],
    ],
    [
      'følgende spørgsmål:Spørgsmål 205:"Vil ministeren?"Svar (supplerende):Af mit svar',
      ['følgende spørgsmål:', 'Spørgsmål 205:"Vil ministeren?"', 'Svar (supplerende):Af mit svar'],
    ],
    // A samråd question's heading, written as one word (`Samrådsspørgsmål`), glued after a word and after a stop
    // (a speech paper of 2009: `Det talte ord gælderSamrådsspørgsmål AH:…`).
    [
      'Det talte ord gælderSamrådsspørgsmål AH:Finder ministeren det tilfredsstillende?',
      ['Det talte ord gælder', 'Samrådsspørgsmål AH:Finder ministeren det tilfredsstillende?'],
    ],
    [
      'samrådet den 17. april 2009.Samrådsspørgsmål AI:Hvordan forholder ministeren sig?',
      ['samrådet den 17. april 2009.', 'Samrådsspørgsmål AI:Hvordan forholder ministeren sig?'],
    ],
    // The kind's word capitalised, `svar` in lower case (Beskæftigelsesministeriet 2010; Skatteministeriet; a holding answer).
    [
      'der i 2009 var ramt afregler om loft over kontanthjælp?”Endeligt svar:',
      ['der i 2009 var ramt afregler om loft over kontanthjælp?”', 'Endeligt svar:'],
    ],
    [
      'Vil ministeren oplyse udgiften? Foreløbigt svar: Jeg kan endnu ikke',
      ['Vil ministeren oplyse udgiften?', 'Foreløbigt svar: Jeg kan endnu ikke'],
    ],
    ['om ordningen.»Supplerende svar:', ['om ordningen.»', 'Supplerende svar:']],
    // Every answer heading, up to its colon: other ministries' words for it.
    ['over kontanthjælp?”Svar på spørgsmål nr. 260:', ['over kontanthjælp?”', 'Svar på spørgsmål nr. 260:']],
    ['over kontanthjælp?”Besvarelse:', ['over kontanthjælp?”', 'Besvarelse:']],
    ['over kontanthjælp?” Endelig besvarelse: Jeg kan oplyse', ['over kontanthjælp?”', 'Endelig besvarelse: Jeg kan oplyse']],
    ['over kontanthjælp?”Ministerens svar:', ['over kontanthjælp?”', 'Ministerens svar:']],
    // Every kind of answer a heading names (`ANSWER_KINDS`), not only the three the pattern once spelt.
    ['over kontanthjælp?”Revideret svar: Tallet er rettet', ['over kontanthjælp?”', 'Revideret svar: Tallet er rettet']],
    ['over kontanthjælp?” Uddybende svar:', ['over kontanthjælp?”', 'Uddybende svar:']],
  ])('%s', (text, pieces) => {
    expect(cutGluedHeadings(text)).toEqual(pieces)
  })

  // Every closing quotation mark ends the question before a glued heading: „…“ (Danish-German) and »…« (guillemets)
  // as well as ”…” and "…".
  it.each([
    ['i forhold til 2007?“Svar: FødevareErhverv har oplyst', ['i forhold til 2007?“', 'Svar: FødevareErhverv har oplyst']],
    ['om loft over kontanthjælp?«Endeligt svar:', ['om loft over kontanthjælp?«', 'Endeligt svar:']],
    ['der fremsendes til Danmark?«Svar', ['der fremsendes til Danmark?«', 'Svar']],
    ['som hermed besvares.“Spørgsmål 12:', ['som hermed besvares.“', 'Spørgsmål 12:']],
  ])('after any closing mark: %s', (text, pieces) => {
    expect(cutGluedHeadings(text)).toEqual(pieces)
  })

  it.each([
    [
      'Spørgsmål nr. 41„Mener ministeren, at …?“SvarDer er et forbud',
      ['Spørgsmål nr. 41', '„Mener ministeren, at …?“', 'Svar', 'Der er et forbud'],
    ],
    [
      'Spørgsmål nr. 41»Mener ministeren, at …?«SvarDer er et forbud',
      ['Spørgsmål nr. 41', '»Mener ministeren, at …?«', 'Svar', 'Der er et forbud'],
    ],
  ])('bare headings after any closing mark: %s', (text, pieces) => {
    expect(cutGluedHeadings(text)).toEqual(pieces)
  })

  it('leaves an answer named in a quotation whole (near miss: lower case after the mark)', () => {
    const text = 'Han kaldte det „et godt spørgsmål“ og „svar: nej“ i sin tale.'
    expect(cutGluedHeadings(text)).toEqual([text])
  })

  it.each([
    'Det fremgår af mit svar: Ministeriet har …',
    'Jeg henviser til mit endelige svar: Det er …',
    'Der er givet et foreløbigt svar. Endeligt svaret kommer senere: se bilag.',
    'Jeg henviser til svaret. Besvarelsen af spørgsmålet følger: se bilag.',
    'Det fremgår af sagen. Ministerens svar til kommunen var klart: nej.',
    'Spørgsmålet er stillet efter ønske fra Anne Baastrup (SF).',
    'Jeg henviser til tidligere. Svarene viser, at …',
    'Svaret er sendt.Spørgsmålet om udgifterne behandles senere.',
    'Svaret er sendt.Samrådsspørgsmålet om udgifterne behandles senere.',
    'Jeg henviser til de i alt 2013Spørgsmålstegn ved opgørelsen.',
    'Der var 2013 spørgsmål i alt i 2013',
    'Jeg har svaret.  Spørgsmålet  om udgifter: se bilag.',
    'Jeg har svaret.      Spørgsmålet om udgifter: se bilag.',
    'Jeg henviser til besvarelsen af spørgsmål 140: se bilag.', // lower case: a sentence, not a heading
    // Near miss: a kind's word in a sentence, `svar` after it in running text, no colon.
    'Tallet er rettet. Revideret svar kommer senere, se bilag.',
  ])('leaves "%s" whole', (text) => {
    expect(cutGluedHeadings(text)).toEqual([text])
  })
})

describe('cutGluedHeadings: headings with no colon glued on both sides', () => {
  it.each([
    [
      'Spørgsmål nr. 41”Mener ministeren, at …?”SvarDer er i ligestillingsloven et generelt forbud',
      ['Spørgsmål nr. 41', '”Mener ministeren, at …?”', 'Svar', 'Der er i ligestillingsloven et generelt forbud'],
    ],
    ['som hermed besvares.Spørgsmål 12“Vil ministeren oplyse …?”', ['som hermed besvares.', 'Spørgsmål 12', '“Vil ministeren oplyse …?”']],
    [
      'til Ministeren for videnskab ( L 114 ). Spørgsmål 13 Hvordan forestiller ministeren sig det ?',
      ['til Ministeren for videnskab ( L 114 ).', 'Spørgsmål 13', 'Hvordan forestiller ministeren sig det ?'],
    ],
    ['Spørgsmål nr. 7 Vil ministeren oplyse antallet?', ['Spørgsmål nr. 7', 'Vil ministeren oplyse antallet?']],
    [
      'oplyse, hvor mange der er ansat?” Endeligt svarJeg kan oplyse, at',
      ['oplyse, hvor mange der er ansat?”', 'Endeligt svar', 'Jeg kan oplyse, at'],
    ],
    // Every kind of `ANSWER_KINDS`, as the run-in and colon patterns read them.
    ['oplyse antallet?”Revideret svarJeg kan nu oplyse', ['oplyse antallet?”', 'Revideret svar', 'Jeg kan nu oplyse']],
    ['oplyse antallet?”Uddybende svarDet fremgår af', ['oplyse antallet?”', 'Uddybende svar', 'Det fremgår af']],
    ['oplyse antallet?” Foreløbig svarJeg kan oplyse', ['oplyse antallet?”', 'Foreløbig svar', 'Jeg kan oplyse']],
    // The question's first word glued to the heading's number.
    [
      'som jeg hermed skal besvare.Spørgsmål nr. 3Vil ministeren redegøre for det?SvarLovforslaget forventes',
      ['som jeg hermed skal besvare.', 'Spørgsmål nr. 3', 'Vil ministeren redegøre for det?', 'Svar', 'Lovforslaget forventes'],
    ],
    // After the announcing colon, with a note in brackets after the number; the answer's heading before the word `I`.
    [
      'stilletmig følgende spørgsmål:Spørgsmål nr. 12 (L.nr.63)Vil ministeren fremsætte et forslag?SvarI henhold til loven er det sket.',
      [
        'stilletmig følgende spørgsmål:',
        'Spørgsmål nr. 12 (L.nr.63)',
        'Vil ministeren fremsætte et forslag?',
        'Svar',
        'I henhold til loven er det sket.',
      ],
    ],
    // A heading glued to a sentence's end at the line's end: the question stands on the next line.
    [
      'Spørgsmålet er stillet efter ønske fra Per Clausen (EL).Spørgsmål nr. 416 (alm. del)',
      ['Spørgsmålet er stillet efter ønske fra Per Clausen (EL).', 'Spørgsmål nr. 416 (alm. del)'],
    ],
    [
      'Af økonomi- og indenrigsministeren (Margrethe Vestager)Spørgsmål 5',
      ['Af økonomi- og indenrigsministeren (Margrethe Vestager)', 'Spørgsmål 5'],
    ],
    // A bare heading glued to the date ending the title line (Finansministeriet, 2013).
    [
      'Svar på Finansudvalgets spørgsmål nr. 450 (Alm. del) af 26.august 2013Spørgsmål',
      ['Svar på Finansudvalgets spørgsmål nr. 450 (Alm. del) af 26.august 2013', 'Spørgsmål'],
    ],
    // Glued to the case it is on, at the line's end (a committee's letter of several questions, 2010).
    [
      'Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:TRU alm. delSpørgsmål 1364',
      ['Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:TRU alm. del', 'Spørgsmål 1364'],
    ],
    // The case before the heading's word in lower case, the quoted question glued to the number, opening the line
    // (Udenrigsministeriet 2013; sixty-third session).
    [
      'URU alm. del spørgsmål 44”Vil ministeren sikre, at udvalget spørges, før der bevilges flere penge?”',
      ['URU alm. del spørgsmål 44', '”Vil ministeren sikre, at udvalget spørges, før der bevilges flere penge?”'],
    ],
    // A question opening with `I` glued after the note in brackets (sixty-third session).
    [
      'stillet mig følgende spørgsmål:Spørgsmål nr. 17 (Aktstk. nr.82)I forlængelse af svaret, kan ministeren bekræfte det?',
      ['stillet mig følgende spørgsmål:', 'Spørgsmål nr. 17 (Aktstk. nr.82)', 'I forlængelse af svaret, kan ministeren bekræfte det?'],
    ],
    // A samråd's question numbered by capitals, glued to the quote it opens (a speech paper on one line; seventieth
    // session).
    [
      'Spørgsmål BC”Vil ministeren redegøre for støjen?”Spørgsmål BD”Hvad vil ministeren gøre?”',
      ['Spørgsmål BC', '”Vil ministeren redegøre for støjen?”', 'Spørgsmål BD', '”Hvad vil ministeren gøre?”'],
    ],
  ])('%s', (text, pieces) => {
    expect(cutGluedHeadings(text)).toEqual(pieces)
  })

  it.each([
    'Spørgsmål BC Vil ministeren redegøre for støjen?', // capitals as the number only before a quote
    'Det fremgår af svaret.Spørgsmål EU-retten”Hvad', // a word, not one or two capitals
    'Jeg henviser til mit svar på spørgsmål nr. 41 ”Mener ministeren …” fra udvalget.',
    'Svarene viser, at ordningen virker.',
    'Det fremgår af Svaret. Svaret er sendt.',
    'Jeg har besvaret Spørgsmål nr. 41 ”Mener ministeren …”', // not after a sentence's end
    'Det var et Svar, ikke et spørgsmål.',
    'Jeg har svaret. Spørgsmål 13 handler om fripladser.',
    'Se svaret på Spørgsmål 13 Vil ministeren …', // not after a sentence's end
    'Det var et revideret svarJeg', // a kind in lower case, not after a sentence's end
    'Loven er revideret. Revideret svaret Det', // `svaret`, not a heading
    'Se mit svar på Spørgsmål nr. 416 (alm. del)', // at the line's end, but not after a sentence's end
    'Jeg henviser til (bilag 3) Spørgsmål 5', // a space after the bracket: not glued
    'Spørgsmål 5', // the heading alone
    'Det fremgår af svaret:Spørgsmål nr. 12 (L 63) behandles senere.', // lower case after the note: a sentence
    'Jeg har besvaret det.SvarI', // no word after `I`
    'Se mit svar på TRU alm. del spørgsmål 1364', // the case before a question in lower case: a sentence's words
    'jf. TRU alm. delSpørgsmål 1364 om sagen', // glued to the case, but the line goes on
    'Som nævnt i svaret på URU alm. del spørgsmål 44”Vil ministeren …” er sagen kendt.', // not opening the line
    'Spørgsmål nr. 17 (Aktstk. nr.82)I', // no word after `I`
  ])('leaves "%s" whole', (text) => {
    expect(cutGluedHeadings(text)).toEqual([text])
  })
})

describe('splitRunInHeadings', () => {
  it('cuts a glued line into paragraph, heading, question, heading and answer', () => {
    const items = splitRunInHeadings([
      line('hermed besvares.Spørgsmål nr. 382:”Vil ministeren bekræfte?”Svar:Det er regeringens holdning.'),
    ])
    expect(items.map((item) => ('text' in item ? item.text : ''))).toEqual([
      'hermed besvares.',
      'Spørgsmål nr. 382:',
      '”Vil ministeren bekræfte?”',
      'Svar:',
      'Det er regeringens holdning.',
    ])
    expect(items.map((item) => ('endsParagraph' in item ? item.endsParagraph : undefined))).toEqual([true, true, true, true, false])
  })

  it.each([
    ['Svar: Det er korrekt.', 'Svar:', 'Det er korrekt.'],
    ['Revideret svar: Tallet var forkert.', 'Revideret svar:', 'Tallet var forkert.'],
    ['Korrigeret svar: Tallet var forkert.', 'Korrigeret svar:', 'Tallet var forkert.'],
  ])('splits a run-in answer heading of any kind from its text: %s', (text, heading, rest) => {
    expect(splitRunInHeadings([line(text)]).map((item) => ('text' in item ? item.text : ''))).toEqual([heading, rest])
  })

  it('leaves a sentence that names a revised answer before a colon whole', () => {
    // Near miss: a lower-case kind inside a sentence is no heading.
    const text = 'Det reviderede svar til udvalget lyder: Tallet var forkert.'
    expect(splitRunInHeadings([line(text)])).toHaveLength(1)
  })

  it('reads the text after a run-in heading as the line it would be alone: not glued by the heading’s length', () => {
    // 150 characters of question after a 12-character heading: a paragraph set on one line, its hyphen its own.
    const question =
      '” Hvilken effekt mener ministeren, det vil have på passagertallet at gå fra to-timersdrift til timedrift på strækningen mellem Sønderborg og Tinglev?”'
    const items = splitRunInHeadings([line(`Spørgsmål: ${question}`)])
    expect(items.map((item) => ('text' in item ? item.text : ''))).toEqual(['Spørgsmål:', question])
  })

  it('still repairs the pieces of a glued line cut at a heading inside it (near miss)', () => {
    const glued =
      'Spørgsmålet er stillet efter ønske fra Anne Baastrup (SF) og besvares hermed i fuldt omfang af ministeren med de oplysninger, ministeriet har.Svar:Der er ingen sygedagpengemod-tagere i ordningen.'
    const items = splitRunInHeadings([line(glued)])
    expect(items.map((item) => ('text' in item ? item.text : '')).at(-1)).toBe('Der er ingen sygedagpengemodtagere i ordningen.')
  })

  it('keeps a heading that names its bill after the colon whole', () => {
    expect(splitRunInHeadings([line('Spørgsmål nr.: L 85')])).toHaveLength(1)
  })
})

describe('ANSWER_HEADING', () => {
  it.each(['Svar:', 'Svar', 'Endeligt svar:', 'Svar (supplerende):', 'Svar på spørgsmål 245:'])('%s', (text) => {
    expect(ANSWER_HEADING.test(text)).toBe(true)
  })
  it.each([
    'Svar.',
    'Svar –',
    'Revideret svar:',
    'Korrigeret svar',
    'Ministerens svar:',
    'Ministeriets besvarelse',
    'Svar fra transportministeren:',
    'Svar på spørgsmål nr. 45 (alm. del)',
    // `besvarelse` is common gender: its kinds go without -t.
    'Endelig besvarelse:',
    'Foreløbig besvarelse',
    'Supplerende besvarelse:',
    'Endelig besvarelse (supplerende):',
    // The answer heading probe (thirtieth session).
    'Svar til spørgsmål nr. 12:',
    'Svar på spm. 12:',
    'Svar (beskæftigelsesministeren):',
    'Svaret:',
  ])('%s (other ministries and years)', (text) => {
    expect(ANSWER_HEADING.test(text)).toBe(true)
  })
  it.each([
    'Svar på spørgsmål om udgifterne',
    'Svar (se bilag)',
    'Svarene:',
    'Svar fra ministeriet er modtaget',
    'Svar til udvalget sendes senere.',
    'Ministerens svar på spørgsmål 12 er vedlagt',
    'Endelig besvarelse af spørgsmål nr. 144 af 8. juni 2010',
    'Endelige svar:',
    'Svaret',
    'Svaret er vedlagt:',
    'Svar (se ministerens brev):',
    'Svar til spm. om udgifterne',
  ])('not %s', (text) => {
    expect(ANSWER_HEADING.test(text)).toBe(false)
  })
})

describe('cutGluedHeadings: a quoted question glued to its announcement', () => {
  it('cuts before the quote', () => {
    expect(cutGluedHeadings('bedtom min besvarelse af spørgsmål:”Vil ministeren klargøre?”')).toEqual([
      'bedtom min besvarelse af spørgsmål:',
      '”Vil ministeren klargøre?”',
    ])
  })
  it('not before a quote that does not open a sentence', () => {
    const text = 'svarede på spørgsmål: ”at det ikke var muligt”'
    expect(cutGluedHeadings(text)).toEqual([text])
  })
})

describe('splitRunInHeadings: pieces of a glued paragraph', () => {
  const texts = (text: string) => splitRunInHeadings([line(text)]).map((item) => ('text' in item ? item.text : ''))
  it('joins a lost line end in a short piece of a long glued line', () => {
    const pieces = texts(
      'Spørgsmål nr. 662:”Ministeren bedes redegøre for eksempler, hvor overgangen til område- eller distriktsledelse på daginstitutionsområdet har medført besparel-ser.”Svar:Jeg kan oplyse det.',
    )
    expect(pieces[1]).toContain('besparelser')
  })
  it("leaves a short line's hyphens alone", () => {
    expect(texts('Spørgsmål 3:”Hvad koster en ikke-vestlig over-gang?”')[1]).toBe('”Hvad koster en ikke-vestlig over-gang?”')
  })
})

describe('cutGluedHeadings: a quoted question that quotes a question', () => {
  it('does not cut at a quote inside a quotation the earlier lines opened', () => {
    const text = 'bruar 2023 i Politiken stillede følgende spørgsmål: »Hvorfor fjerner I en helligdag,'
    expect(cutGluedHeadings(text, ['”'])).toEqual([text])
  })

  it('does not cut at a quote inside a quotation the line opened', () => {
    const text = '”Hvad er regeringens svar til Robert, der stillede følgende spørgsmål: »Hvorfor?«?”'
    expect(cutGluedHeadings(text)).toEqual([text])
  })

  it('cuts at a quoted question after a quotation that closed', () => {
    expect(cutGluedHeadings('Jeg har ”modtaget” følgende spørgsmål: ”Vil ministeren …?”')).toEqual([
      'Jeg har ”modtaget” følgende spørgsmål:',
      '”Vil ministeren …?”',
    ])
  })

  it("keeps the quotation open across a paragraph's lines, not past its end", () => {
    const lines = [
      line('”Hvad er regeringens svar til Robert, der i et læserbrev'),
      line('stillede følgende spørgsmål: »Hvorfor fjerner I en helligdag?«?”'),
      { ...line('Ministeren har modtaget følgende spørgsmål: ”Vil ministeren …?”'), breakBefore: true },
    ]
    expect(splitRunInHeadings(lines).map((item) => ('text' in item ? item.text : ''))).toEqual([
      '”Hvad er regeringens svar til Robert, der i et læserbrev',
      'stillede følgende spørgsmål: »Hvorfor fjerner I en helligdag?«?”',
      'Ministeren har modtaget følgende spørgsmål:',
      '”Vil ministeren …?”',
    ])
  })
})

describe('splitRunInHeadings: a question heading that names the case first', () => {
  it.each([
    ['L 195Spørgsmål 41:Vil ministeren fremsende en opgørelse?', 'L 195Spørgsmål 41:', 'Vil ministeren fremsende en opgørelse?'],
    ['URU alm. del spørgsmål 3: Hvad er ministerens holdning?', 'URU alm. del spørgsmål 3:', 'Hvad er ministerens holdning?'],
    ['§ 16 Spørgsmål nr. 14: ’’Hvor stort et beløb?”', '§ 16 Spørgsmål nr. 14:', '’’Hvor stort et beløb?”'],
  ])('%s', (text, heading, rest) => {
    const items = splitRunInHeadings([line(text)])
    expect(items.map((item) => (item as LayoutLine).text)).toEqual([heading, rest])
  })
  it('not a sentence that names a case and a question in it', () => {
    const text = 'L 195 er vedtaget, og spørgsmål 41: se mit svar.'
    expect(splitRunInHeadings([line(text)])).toHaveLength(1)
  })
})

describe('cutGluedHeadings: no bare heading inside a word (near misses)', () => {
  it.each(['Det danske forsvar', 'Se mit svar', 'jf. Forsvar', 'Det var et spørgsmål'])('%s', (text) => {
    expect(cutGluedHeadings(text)).toEqual([text])
  })
})

describe('cutGluedHeadings: a bare "Svar" between spaces in a line that glues a whole letter', () => {
  const question =
    'Spørgsmål 136 Hvilke muligheder har kommunen for at forhindre rydning af naturskoven nær Frendrup, og hvad kan ministeren oplyse om planerne for at forhindre den konkrete rydning.'
  it.each([
    // Miljøministeriet 2006 (a PDF page on one line); made-up others in other ministries' voices.
    [`${question} Svar Skov- og Naturstyrelsen har oplyst følgende.`, 'Skov- og Naturstyrelsen har oplyst følgende.'],
    [`${question} Svar Jeg kan oplyse, at sagen er under behandling.`, 'Jeg kan oplyse, at sagen er under behandling.'],
    [`${question.replace(/\.$/u, '?”')} Svar Ministeriet har ingen oplysninger herom.`, 'Ministeriet har ingen oplysninger herom.'],
  ])('%s', (text, answer) => {
    const pieces = cutGluedHeadings(text)
    expect(pieces.slice(-2)).toEqual(['Svar', answer])
  })

  it.each([
    // Near misses: a line of ordinary length, "Svaret" and lower-case "svar", "Svar" after no sentence's end.
    'Det står i brevet. Svar Skat inden fristen.',
    `${question} Svaret fra kommunen er ikke kommet.`,
    `${question} Jeg har bedt om et svar Skov- og Naturstyrelsen har lovet.`,
  ])('near miss: %s', (text) => {
    expect(cutGluedHeadings(text).includes('Svar')).toBe(false)
  })
})

describe('cutGluedHeadings: a bare question heading between spaces in a line that glues a whole letter', () => {
  // Miljøministeriet 2006's shape (sixty-eighth session, from `pnpm question-probe`): the question opens with a
  // statement, not one of a question's usual first words.
  const head = 'Miljøministerens besvarelse af spørgsmål nr. 136 stillet af Folketingets Miljø- og Planlægningsudvalg.'
  const question =
    'Det er helt centralt, at man ikke indfører restriktioner uden en dokumenteret begrundelse. Vil ministeren oversende rådgivningen?'
  it.each([
    [`${head} Spørgsmål 136 ${question} Svar Jeg kan oplyse følgende.`, ['Spørgsmål 136', question]],
    [
      `${head} Spørgsmål nr. 136 Der er i medierne omtalt en sag om rydning af skov, og ministeren bedes redegøre for den.`,
      ['Spørgsmål nr. 136'],
    ],
  ])('%s', (text, wanted) => {
    const pieces = cutGluedHeadings(text)
    expect(pieces.slice(1, 1 + wanted.length)).toEqual(wanted)
  })

  it.each([
    // After the case in brackets (sixty-ninth session; training letters 20042_uvt_spm31 and 20041_b42_spm68, a cover page
    // and the answer's page each set on one line): `… (Alm. del) Spørgsmål 31 Ministeren bedes …`.
    [
      `Spørgsmål nr. 31 stillet af Udvalget for Videnskab og Teknologi den 12. maj 2005 til ministeren (Alm. del) Spørgsmål 31 ${question} Svar: Jeg forstår henvendelsen.`,
      'Spørgsmål 31',
    ],
    [`${head} (B 42 - Spørgsmål 68) (offentligt) Spørgsmål nr. 68 ${question} Svar Jeg kan oplyse følgende.`, 'Spørgsmål nr. 68'],
  ])('after a bracket: %s', (text, heading) => {
    const pieces = cutGluedHeadings(text)
    expect(pieces[pieces.indexOf(heading) + 1]).toBe(question)
  })

  it('opening a glued line (`Spørgsmål 24 Der har i forskellige medier …`)', () => {
    const text = `Spørgsmål 24 ${question} Svar Jeg kan oplyse følgende om sagen, som ministeriet har undersøgt.`
    expect(cutGluedHeadings(text).slice(0, 2)).toEqual(['Spørgsmål 24', question])
  })

  it.each([
    // Near misses: a line of ordinary length; the heading's word in lower case; a lower-case word after the number.
    'Det står i brevet. Spørgsmål 136 Det er svaret.',
    `${head} Se spørgsmål 136 Det er helt centralt, at man ikke indfører restriktioner uden en dokumenteret begrundelse hvilket er vigtigt.`,
    `${head} Spørgsmål 136 handler om en dokumenteret begrundelse for restriktioner, som kommunen ikke har givet i sagen om rydning.`,
    // After a bracket too: a lower-case word after the number, and a bracket inside the heading's words (`(B 42 -
    // Spørgsmål 136)` is no heading: no space before it).
    `${head} (Alm. del) Spørgsmål 136 handler om en dokumenteret begrundelse for restriktioner, som kommunen ikke har givet.`,
    `${head} Der henvises til (B 42 -Spørgsmål 136) Det er helt centralt, at man ikke indfører restriktioner uden en begrundelse.`,
  ])('near miss: %s', (text) => {
    expect(cutGluedHeadings(text).some((piece) => /^Spørgsmål (?:nr\. )?136$/u.test(piece))).toBe(false)
  })
})

describe('cutGluedHeadings: `Svar:` glued to a lowercase letter (a question ending in a web address)', () => {
  // A training letter's form (20121_euu_spm6: `…-a-861228.htmlSvar:`), found first by `pnpm question-probe`.
  it.each([
    ['Der henvises til: https://www.amnesty.org/en/latest/news/yemen-attacksSvar: Hermed fremsendes svaret.', 'Hermed fremsendes svaret.'],
    ['Link til artikel:http://www.spiegel.de/politik/ausland/eu-diplomaten-a-861228.htmlSvar:', undefined],
  ])('%s', (text, answer) => {
    const pieces = cutGluedHeadings(text)
    const at = pieces.findIndex((piece) => piece.startsWith('Svar:'))
    expect(at).toBeGreaterThan(0)
    if (answer) expect(pieces.slice(at).join(' ')).toContain(answer)
  })

  it.each(['Ministeriets forsvar: se bilaget.', 'Kan ministeren besvare: hvorfor?', 'Hvad er regeringens svar: ja eller nej?'])(
    'near miss: %s',
    (text) => {
      expect(cutGluedHeadings(text).some((piece) => piece.startsWith('Svar'))).toBe(false)
    },
  )
})
