import type { Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { textMargin, textToTree } from '../../src/input/text.js'
import { Messages } from '../../src/messages.js'
import { parse } from '../../src/parse.js'
import { cellTexts } from '../table-cells.js'

/** The text of each block, its lines joined by ⏎. */
function blocks(tree: Root): string[] {
  return tree.children.map((node) => mdastToString(node))
}

describe('textToTree: a drop cap an old rendition doubled', () => {
  it('mends the heading and warns', () => {
    const messages = new Messages()
    const tree = textToTree('BB Besvarelse esvarelse af spørgsmål nr. 249 fra Folketingets Retsudvalg (Alm. del).', messages)
    expect(blocks(tree)).toEqual(['Besvarelse af spørgsmål nr. 249 fra Folketingets Retsudvalg (Alm. del).'])
    expect(messages.list.map((warning) => warning.code)).toEqual(['text-drop-cap-mended'])
  })
})

describe('textToTree: a stored rendition’s document marker is no text', () => {
  it('drops it inside a line and leaves a line that held only it blank', () => {
    const tree = textToTree(
      'Besvarelse af spørgsmål nr.<DOCUMENT_START> 217 af 31. januar 2006.\n<DOCUMENT_START>\n\nKære<DOCUMENT_START> udenrigsminister.',
    )
    expect(blocks(tree)).toEqual(['Besvarelse af spørgsmål nr. 217 af 31. januar 2006.', 'Kære udenrigsminister.'])
  })

  it('reads the number the marker stood before', async () => {
    const record = await parse(
      'Besvarelse af spørgsmål nr.<DOCUMENT_START> 217 af 31. januar 2006 fra Folketingets Retsudvalg.\n\nSpørgsmål:\n\n”Ministrene bedes redegøre for initiativerne.”\n\nSvar:\n\nJustitsministeriet kan oplyse, at der er taget flere initiativer på området.\n',
      { requireFolketingDocument: false },
    )
    expect(record.question).toMatchObject({ number: '217', askedOn: '2006-01-31' })
  })

  it('near miss: other text in angle brackets stays', () => {
    expect(blocks(textToTree('Se <www.ft.dk> for svaret.'))).toEqual(['Se <www.ft.dk> for svaret.'])
  })
})

describe("textToTree: a letter template's merge fields are no text", () => {
  it('drops the fields around their values, and reads the values', async () => {
    const record = await parse(
      'Justitsministeriet\nDato:\n<<JM.DOKUMENT_DATO>>19. februar 2008<</JM.DOKUMENT_DATO>>\nSagsnr.:\n<<JM.SAGSNR>>2008-154-0116<</JM.SAGSNR>>\nUdkast til tale\ntil brug ved åbent samråd i Folketingets Retsudvalg\nSamrådsspørgsmål I:\n”Hvad er politiets erfaringer med hundeloven?”\nTak for ordet.\n',
      { requireFolketingDocument: false },
    )
    expect(record).toMatchObject({ caseNumber: '2008-154-0116', answer: { answeredOn: '2008-02-19' } })
  })

  it('near miss: a sentence with "<<" and no field keeps it', () => {
    expect(blocks(textToTree('Tallet er <<10 i alt>> ifølge opgørelsen.'))).toEqual(['Tallet er <<10 i alt>> ifølge opgørelsen.'])
  })
})

describe('textToTree: a speech paper set one sentence to a line', () => {
  const width = 'Men derudover danner folkekirken også et stort'
  /** The first words of each block. */
  const starts = (text: string) => blocks(textToTree(text)).map((block) => block.slice(0, 12))

  it('joins the speech’s one-line sentences below its title into paragraphs', () => {
    const speech = [
      'Talepapir (det talte ord gælder)',
      'Jeg har set frem til at skulle svare.',
      'Det gælder for alle danskere.',
      width,
      'eksistentielt grundlag for mange af os.',
    ].join('\n')
    expect(starts(speech)).toEqual(['Talepapir (d', 'Jeg har set '])
  })

  it('joins the one-line opening of a speech whose title is a line of its head to the next paragraph', () => {
    const speech = [
      'Udviklingsministerens talepapir til brug for samråd',
      'Taletid: 15 minutter',
      'Tak for ordet og for spørgsmålene.',
      'Siden samrådsspørgsmålet blev stillet er der indgået en',
      'aftale om finansloven for 2022. Det gør ikke drøftelsen',
      'mindre relevant.',
      '[Hvad ministeren mener om analysens konklusioner]',
      'Der spørges i spørgsmål A til min holdning til det.',
    ].join('\n')
    const texts = blocks(textToTree(speech))
    expect(texts.some((block) => block.startsWith('Tak for ordet og for spørgsmålene.\nSiden'))).toBe(true)
    expect(texts.some((block) => block.startsWith('[Hvad ministeren'))).toBe(true)
  })

  const line = 'Ministeriet har undersøgt sagen grundigt og kan oplyse følgende om den'
  it.each([
    // A letter, not a speech: its short last lines end paragraphs by their width.
    [['Skatteministeriet', line, 'nye ordning.', 'Jeg kan oplyse, at sagen er behandlet.', line, 'sidste del.']],
    // A cover letter that names a speech paper in a sentence.
    [[line, 'talepapir.', 'Jeg vedlægger hermed mit talepapir fra samråd AB.', 'Det talte ord gælder.', line, 'sidste del.']],
  ])('leaves the paragraphs of a letter: %j', (texts) => {
    expect(blocks(textToTree(texts.join('\n'))).length).toBeGreaterThan(2)
  })
})

describe('textToTree: a salutation is a paragraph of its own', () => {
  it('parts it from the subject line before and the text after', () => {
    const line = 'Jeg orienterede jer i januar 2021 om, at drøftelserne i det midlertidige udvalg'
    const tree = textToTree(['Ny tidsplan for afrapportering', 'Kære beskæftigelsesudvalg', line, 'blev sat i bero.'].join('\n'))
    const texts = blocks(tree)
    const at = texts.indexOf('Kære beskæftigelsesudvalg')
    expect(at).toBeGreaterThan(0)
    expect(texts[at + 1]).toMatch(/^Jeg orienterede/u)
  })
})

describe('a signature glued to the rule over the footer (Forsvarsministeriet, 2012)', () => {
  const rule = '_'.repeat(40)
  const letter = (end: string) =>
    `Forsvarsudvalget har den 10. maj 2012 stillet følgende spørgsmål nr. 347 (alm. del), som hermed besvares.\nSpørgsmål nr. 347:\n”Vil ministeren oplyse antallet?”\nSvar:\nDet er 12.\nMed venlig hilsen\n${end}\n`

  it('cuts before the rule: the name is the signature, the rule and the footer apart', async () => {
    const record = await parse(letter(`Nicolai Wammen${rule}HOLMENS KANAL 421060 KØBENHAVN KTELEFON: 33 92 33 20`))
    expect(record.signature).toEqual({ name: 'Nicolai Wammen', title: null })
  })

  it("leaves a form's blank to fill in, a space after it, as it is (near miss)", () => {
    const lines = textToTree(`Underskrift${rule} Dato\n`)
    expect(blocks(lines)).toEqual([`Underskrift${rule} Dato`])
  })
})

describe('textToTree: a salutation an old rendition glued to the first sentence (Fødevareministeriet, 2010)', () => {
  const text = (greeting: string) =>
    `København, den 9. februar 2010\n${greeting}Tak for din henvendelse af 17. januar 2010 om fiskeriet i Kattegat og mulighederne for fiskeri med selektive redskaber.\n`

  it('parts the greeting from the sentence it runs into (`Kære Susanne HansenTak for …`)', () => {
    const texts = blocks(textToTree(text('Kære Susanne Hansen')))
    expect(texts).toContain('Kære Susanne Hansen')
    expect(texts.some((block) => block.startsWith('Tak for din henvendelse af 17. januar 2010'))).toBe(true)
  })

  it('parts a double-barrelled surname’s greeting too (`Kære Andreas Peters-LehmJeg har …`; sixty-ninth session)', () => {
    const texts = blocks(textToTree(text('Kære Andreas Peters-Lehm').replace('Tak for din', 'Jeg har modtaget din')))
    expect(texts).toContain('Kære Andreas Peters-Lehm')
    expect(texts.some((block) => block.startsWith('Jeg har modtaget din henvendelse af 17. januar 2010'))).toBe(true)
  })

  it('leaves a name whose second half is capitalised, and a greeting with a space, as they are (near misses)', () => {
    expect(blocks(textToTree('Kære Ole McDonald og Anne Hansen\nTak for brevet.\n'))).toContain('Kære Ole McDonald og Anne Hansen')
    expect(blocks(textToTree('Kære Anne Holm-McDonald\nTak for brevet.\n'))).toContain('Kære Anne Holm-McDonald')
    const spaced = blocks(textToTree(text('Kære Susanne Hansen, ')))
    expect(spaced.some((block) => block.startsWith('Kære Susanne Hansen, Tak for din henvendelse'))).toBe(true)
  })
})

describe('textToTree: a salutation with its comma glued to the first sentence (Indenrigs- og Sundhedsministeriet, 2011)', () => {
  const sentence = 'Hermed vedlægges regeringens redegørelse om de små øer, som oversendes til Folketinget d.d.'

  it('parts the salutation from the sentence (`Kære medlemmer af Folketingets Økontaktudvalg,Hermed vedlægges …`)', () => {
    const texts = blocks(textToTree(`27. april 2011\nKære medlemmer af Folketingets Økontaktudvalg,${sentence}\n`))
    expect(texts).toContain('Kære medlemmer af Folketingets Økontaktudvalg,')
    expect(texts).toContain(sentence)
  })

  it('near miss: a comma and a space after the salutation is as the writer set it', () => {
    const texts = blocks(textToTree(`27. april 2011\nKære medlemmer af Folketingets Økontaktudvalg, ${sentence}\n`))
    expect(texts).toContain(`Kære medlemmer af Folketingets Økontaktudvalg, ${sentence}`)
  })
})

describe("textToTree: a paragraph's own column where longer lines elsewhere measure the document wider", () => {
  /** Notes in a smaller font under a table: lines far longer than the letter's. */
  const notes = [
    'De målte ventetider er opgjort på specifikke ydelseskoder. Det er for alle 1. konsultationer til allergi i året.',
    'Der er fjernet de henvisninger, som er over 200 uger gamle. I forhold til tal fra sundhed.dk skal man være opmærksom på.',
    'at det er ventetider til specialet og ikke til allergiydelserne, og at tallene derfor ikke kan sammenlignes direkte.',
    'Tal for de gennemsnitlige ventetider fra henvisningsudstedelse til 1. allergikonsultation er baseret på regionens data.',
  ]
  const starts = (text: string) => blocks(textToTree(text)).map((block) => block.slice(0, 12))

  it('goes on past a sentence whose next word would not have fitted on its line (Indenrigs- og Sundhedsministeriet, 2024)', () => {
    const question = [
      '”Vil ministeren redegøre for ventetiderne ved henvisning til udredning og behandling',
      'for allergiske sygdomme hos privatpraktiserende speciallæger i Region Sjælland og',
      'ydermere svare på, om ministeren vurderer, at ventetiderne er acceptable?',
      'Opgørelsen bedes lavet således, at ventetiderne fremgår på kommuneniveau.”',
    ]
    expect(starts([...question, 'Svar:', ...notes].join('\n')).slice(0, 2)).toEqual(['”Vil ministe', 'Svar:'])
  })

  it('in another ministry’s narrower column too', () => {
    const answer = [
      'Jeg kan oplyse, at styrelsen har gennemgået de sager, som',
      'udvalget spørger til, og at der i alt er tale om 14 sager i',
      'perioden fra 2019 til 2023, som alle er afsluttet?',
      'Styrelsen har desuden oplyst, at der ikke verserer sager.',
    ]
    expect(starts([...answer, ...notes].join('\n'))[0]).toBe('Jeg kan oply')
    expect(blocks(textToTree([...answer, ...notes].join('\n')))[0]).toMatch(/afsluttet\?\sStyrelsen/u)
  })

  it('not a last line far shorter than its paragraph’s column: it ends the paragraph', () => {
    const text = [
      'Jeg kan oplyse, at styrelsen har gennemgået de sager, som udvalget',
      'spørger til, og at der i alt er tale om 14 sager i perioden fra 2019',
      'til 2023, som alle er afsluttet.',
      'Styrelsen har desuden oplyst, at der ikke verserer sager på området.',
      ...notes,
    ]
    expect(starts(text.join('\n')).slice(0, 2)).toEqual(['Jeg kan oply', 'Styrelsen ha'])
  })

  it('not a line longer than the lines above it: they measure no column for it (a samråd transcript’s cue)', () => {
    const text = [
      'ÅBENT SAMRÅD I UDVALGET FOR FØDEVARER, LANDBRUG OG FISKERI',
      'Vedr. samrådsspørgsmål X',
      'Den 15. november 2006, kl. 14.00-15.00',
      'Christian H. Hansen (formand for Udvalget for Fødevarer, Landbrug og Fiskeri):',
      ...notes,
    ]
    expect(starts(text.join('\n')).slice(1, 3)).toEqual(['Christian H.', 'De målte ven'])
  })

  it('near miss: a last line as long as the wrapped lines above it still measures by them', () => {
    const text = [
      'Jeg kan oplyse, at styrelsen har gennemgået',
      'de sager, som udvalget spørger til, og at',
      'der i alt er tale om 14 sager, der er afsluttet?',
      'Styrelsen har desuden oplyst, at der ikke verserer sager.',
      ...notes,
    ]
    expect(starts(text.join('\n'))[0]).toBe('Jeg kan oply')
    expect(blocks(textToTree(text.join('\n')))[0]).toMatch(/afsluttet\?\sStyrelsen/u)
  })
})

describe('textToTree: trailing spaces on every line mark no paragraph', () => {
  const letter = [
    'Samtidig fremsender jeg som aftalt det foreliggende udkast til en ny',
    'bekendtgørelse. Den gennemførte høring har givet anledning til præcisering af',
    'udkastets § 9, stk. 5, vedr. varsling af mellemkommunalt samarbejde.',
  ]
  const head = ['K U L T U R M I N I S T E R I E T', 'N Y B R O G A D E 2', 'C V R 6 7 8 5 5 0 1 9', 'Folketingets Kulturudvalg']

  it('reads paragraphs by the lines themselves where a converter padded every line, a letter-spaced letterhead too', () => {
    const padded = [...head, '', ...letter].map((line) => (line ? `${line}  ` : line)).join('\n')
    expect(blocks(textToTree(padded))).toContain(letter.join('\n'))
  })

  it('near miss: two spaces after a few lines only end those paragraphs', () => {
    const marked = [...head, '', `${letter[0]}  `, ...letter.slice(1)].join('\n')
    expect(blocks(textToTree(marked))).toEqual(expect.arrayContaining([letter[0], letter.slice(1).join('\n')]))
  })
})

describe('textToTree: a quotation’s close glued to the next sentence (old renditions)', () => {
  it.each([
    ['"Vil ministeren oplyse antallet af aflysninger det seneste år?"I tabellerne 1 og 2 findes oplysningerne.', 'I tabellerne'],
    ['”Kan ministeren bekræfte det?”Svar: Ja, det kan jeg bekræfte over for udvalget.', 'Svar'],
    ['»Hvad vil ministeren gøre ved ventetiderne på området?«Ministeriet har afsat midler.', 'Ministeriet'],
    // Opened low, closed high (sixty-sixth session).
    ['„Vil ministeren redegøre for segregeringen i skolen?“Hovedkonklusion: Påstanden er ikke korrekt.', 'Hovedkonklusion'],
  ])('parts the question from the answer: %s', (text, second) => {
    const found = blocks(textToTree(text))
    expect(found[0]).toMatch(/\?["”«“]$/u)
    expect(found[1]?.startsWith(second)).toBe(true)
  })

  it.each([
    // An opening quote after a colon or a space: one sentence.
    'Ministeren sagde:"Der er ikke nogen grund til bekymring" på mødet.',
    'Det fremgår af artiklen "Danmark mister grøn førerposition" i Politiken.',
    // A quote closed before a lowercase word: the sentence goes on.
    'Han kaldte det "en ulovlig ordre."og gik.',
    // `“` opening a quotation glued after a stop, no `„` open before it.
    'Det blev sagt på mødet i går.“Danmark mister førerposition” skrev Politiken.',
  ])('near miss: %s stays one paragraph', (text) => {
    expect(blocks(textToTree(text))).toHaveLength(1)
  })
})

describe('textToTree: a question heading glued between a bracket or a stop and its quoted question (seventieth session)', () => {
  it.each([
    [
      'TALE TIL SAMRÅD DEN 4. MAJ 2011 I FOLKETINGETS MILJØUDVALG(det talte ord gælder)Spørgsmål BC”Vil ministeren redegøre for støjen fra vindmøllerne ved kysten?”',
      'Spørgsmål BC',
    ],
    [
      'Svar på spørgsmål fra Folketingets Retsudvalg (alm. del)Spørgsmål nr. 12”Kan ministeren oplyse antallet af sager?”',
      'Spørgsmål nr. 12',
    ],
  ])('the heading is a block of its own, a heading: %s', (text, heading) => {
    const tree = textToTree(text)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'paragraph'])
    expect(blocks(tree)[1]).toBe(heading)
  })

  it.each([
    // Lower case and spaced: a question cited inside a sentence.
    'Jeg henviser til mit svar på spørgsmål 12 ”Kan ministeren oplyse antallet af sager?” fra udvalget.',
    // No quote after the letters: the questions named, not quoted.
    'Ministeren besvarede på samrådet (Spørgsmål AI og AJ) udvalgets spørgsmål om pesticidrester i frugt.',
    // Capitals glued to a quote but no question's word before them.
    'Udvalget modtog brevet fra ministeriet (se bilag)EU”Kommissionen” har svaret.',
  ])('near miss: %s stays one paragraph', (text) => {
    expect(blocks(textToTree(text))).toHaveLength(1)
  })
})

describe('an indented rendition keeps its lines of one blank (sixty-sixth session)', () => {
  // Energistyrelsen's 2007 cover letter (fixtures/real/20061_epu_bilag281_390519): its empty paragraphs are lines of one
  // blank between blank lines, its paragraphs marked `./.` for the enclosures beside them.
  const lines = [
    'Folketingets Energipolitiske Udvalg',
    '',
    'Christiansborg',
    '',
    'Dato             3. august 2007',
    '',
    'Orientering om forslag til ny bekendtgørelse om eftersyn af ventilations- og klimaanlæg i bygninger',
    '',
    ' ',
    '',
    './.     Til udvalgets orientering vedlægger jeg hermed udkast til bekendtgørelse om eftersyn af ventilations- og klimaanlæg i bygninger.',
    '',
    ' ',
    '',
    'Med venlig hilsen',
    '',
    ' ',
    '',
    'Bendt Bendtsen',
  ]
  const answerOf = async (text: string) => (await parse(text)).answer.text

  it('reads the text indented by three spaces as it stands: the subject, then the paragraph after its mark', async () => {
    const indented = lines.map((line) => (line.trim() === '' ? line : `   ${line}`)).join('\n')
    const subject = 'Orientering om forslag til ny bekendtgørelse om eftersyn af ventilations- og klimaanlæg i bygninger'
    expect(await answerOf(indented)).toMatch(new RegExp(`^${subject}\\n\\nTil udvalgets orientering vedlægger jeg`, 'u'))
    expect(await answerOf(indented)).toBe(await answerOf(lines.join('\n')))
  })
})

describe('textMargin: the text indented by a sidebar that stands above it (pdftotext -layout)', () => {
  const pad = (text: string) => `${' '.repeat(24)}${text}`
  const body = [
    'I brev af 3. juni har udvalget efter ønske fra Katrine Robsøe (RV) stillet mig føl-',
    'gende spørgsmål:',
    'Ministeren bedes redegøre for investeringsrammerne i de kommende år, her-',
    'under hvor meget de samlet påvirkes af udflytningsaftalen fra juni 2021 og til-',
    'lægsaftalen fra marts 2022 om udflytning.',
  ]

  it('is the indent most lines of running text start at', () => {
    expect(textMargin(['24. juni 2022', 'Uddannelses- og', 'Forskningsministeriet', ...body.map(pad)])).toBe(24)
  })

  it('is none where the text starts at the edge, or where the indented lines are a table’s, with gaps (near misses)', () => {
    expect(textMargin(body)).toBeUndefined()
    const table = [
      'Forsvarskommandoen                   14,8       13,1         1,7',
      'Beredskabsstyrelsen                  15,1       10,0         5,0',
    ]
    expect(textMargin([...body, ...table.map(pad)])).toBeUndefined()
  })

  it('lets the indented letter read as text, not as one wide table', () => {
    const lines = [
      '24. juni 2022',
      'Uddannelses- og',
      'Forskningsministeriet',
      '',
      ...[
        'Uddannelses- og Forskningsudvalget',
        'Folketinget',
        '',
        ...body.slice(0, 2),
        '',
        'Spørgsmål nr. 191:',
        ...body.slice(2),
        '',
        'Svar:',
        'Investeringsrammen på Uddannelses- og Forskningsministeriets område i fi-',
        'nansloven for 2022 fremgår af tabel 1 nedenfor, hvor rammen er opgjort.',
        '',
        'Tabel 1 – Investeringsramme',
        'Mio. kr.              2022     2023     2024',
        'Ramme i FL22         2.846    2.730    2.730',
        'Bidrag              -116,3   -116,3   -116,3',
      ].map((line) => (line === '' ? '' : pad(line))),
    ]
    const tree = textToTree(lines.join('\n'))
    // One table, the three rows under "Tabel 1"; the letter before it is text.
    const tables = tree.children.filter((node) => node.type === 'table')
    expect(tables.map((table) => cellTexts(table))).toEqual([
      [
        ['Mio. kr.', '2022', '2023', '2024'],
        ['Ramme i FL22', '2.846', '2.730', '2.730'],
        ['Bidrag', '-116,3', '-116,3', '-116,3'],
      ],
    ])
    expect(blocks(tree).slice(-5, -2)).toEqual([
      'Ministeren bedes redegøre for investeringsrammerne i de kommende år, her-\nunder hvor meget de samlet påvirkes af udflytningsaftalen fra juni 2021 og til-\nlægsaftalen fra marts 2022 om udflytning.',
      'Svar:',
      'Investeringsrammen på Uddannelses- og Forskningsministeriets område i fi-\nnansloven for 2022 fremgår af tabel 1 nedenfor, hvor rammen er opgjort.',
    ])
  })
})

describe('a title naming the question and its case glued to the question’s quote (round 38)', () => {
  it('reads the quote as the question', async () => {
    const text = [
      'UDENRIGSMINISTERIET',
      'Spørgsmål 9 fra Udenrigsudvalget tiludviklingsministeren af 25. april 2012vedrørende L153 – stillet af JakobEllemann-Jensen (V).',
      'URU spørgsmål 9 vedr. forslag til lov om udviklingssamarbejde (L153):”Vil Ministeren anerkende, at det kan blive vanskeligt?”',
      'Svar:',
      'Menneskerettighederne er udelelige.',
    ].join('\n')
    const record = await parse(text, { format: 'text' })
    expect(record.question).toMatchObject({ number: '9', askedOn: '2012-04-25', recipient: 'udviklingsministeren' })
    expect(record.question.text).toBe('Vil Ministeren anerkende, at det kan blive vanskeligt?')
  })

  it('near miss: a sentence citing a question before a quotation of the answer is not cut', async () => {
    const text = [
      'Folketingets Udenrigsudvalg har den 25. april 2012 stillet følgende spørgsmål nr. 10 (alm. del):',
      'Spørgsmål nr. 10:',
      '”Hvorfor?”',
      'Svar:',
      'Jeg henviser til mit svar på spørgsmål 9 vedr. udviklingssamarbejdet: ”Menneskerettighederne er udelelige.”',
    ].join('\n')
    const record = await parse(text, { format: 'text' })
    expect(record.answer.text).toBe(
      'Jeg henviser til mit svar på spørgsmål 9 vedr. udviklingssamarbejdet: ”Menneskerettighederne er udelelige.”',
    )
  })
})

describe('words a justified rendition broke with a stranded letter, joined in every line where the document shows them', () => {
  const letter = (answer: string) =>
    [
      'Til Folketingets Skatteudvalg Hermed sendes svar på spørgsmål nr. 185 af 3. febr   u- ar 2006. (Alm. del).',
      'Spørgsmål 185: "Hvad er baggrunden for lokaliseringen?"',
      `Svar: ${answer}`,
    ].join('\n')

  it('reads the date a short line holds broken so, where other lines show the same breaks', async () => {
    const record = await parse(
      letter('Det var en proces, der ville tage mellem 2 og 4 år fra fusionstidspun kt. Den nye fo   r- valtning og omr å- det.'),
      {
        format: 'text',
      },
    )
    expect(record.question.askedOn).toBe('2006-02-03')
    expect(record.answer.text).toContain('Den nye forvaltning og området.')
  })

  it('near miss: one such break alone in the document is left as it stands', async () => {
    const record = await parse(letter('Det var en proces, der ville tage mellem 2 og 4 år.'), { format: 'text' })
    expect(record.question.askedOn).toBeNull()
  })
})

describe('a closing whose words an old rendition ran together, glued to the name', () => {
  const letter = (closing: string) =>
    [
      'Transportudvalget har i brev af 3. april 2013 stillet mig følgende spørgsmål nr. 708 (alm. del), som jeg hermed skal besvare.',
      'Spørgsmål nr. 708:',
      '”Vil ministeren oplyse, hvornår vejen står færdig?”',
      'Svar:',
      'Merudgifter vil reducere mulighederne for atgennemføre andre projekter.',
      closing,
    ].join('\n')

  it('ends the answer before "MedvenlighilsenPia Olsen Dyhr" and reads the name', async () => {
    const record = await parse(letter('MedvenlighilsenPia Olsen Dyhr'), { format: 'text' })
    expect(record.answer.text).toBe('Merudgifter vil reducere mulighederne for atgennemføre andre projekter.')
    expect(record.signature?.name).toBe('Pia Olsen Dyhr')
  })

  it('near miss: a sentence that sends greetings is no closing', async () => {
    const record = await parse(letter('Vi sender venlig hilsen til Pia Olsen Dyhr.'), { format: 'text' })
    expect(record.answer.text).toContain('Vi sender venlig hilsen til Pia Olsen Dyhr.')
  })
})

describe('textToTree: a paragraph set on one line longer than any printed line, in a double-spaced rendition (sixty-ninth session)', () => {
  // A training letter's form (20072_tru_spm834, Transportministeriet 2008): each paragraph one line, a blank line after
  // every line.
  const first =
    'Med økonomiaftalen for 2009 videreføres udgiftsniveauet for regional udvikling, herunder kollektiv trafik, fra 2008 til 2009.'
  const second =
    'Prioriteringen af den regionale kollektive trafik, herunder antallet af bustimer og busruter, varetages decentralt inden for den økonomiske ramme.'

  it('ends the paragraph at the line that ends its sentence', () => {
    expect(first.length).toBeGreaterThan(120)
    expect(blocks(textToTree(`Svar:\n\n${first}\n\n${second}\n\nMed venlig hilsen\n\nCarina Christensen\n`))).toEqual(
      expect.arrayContaining([first, second]),
    )
  })

  it('near miss: a full line of a wide column with no blank lines after it goes on', () => {
    // A landscape page's column of ~146 characters: the sentence ends at the line's end, the next word would not fit.
    const wide = [
      'Prioriteringen af den regionale kollektive trafik, herunder antallet af bustimer og busruter, varetages decentralt inden for rammen.',
      'Det gælder også de kommende år, hvor rammen fastlægges i de årlige aftaler mellem regeringen og Danske Regioner om økonomien for',
      'regionerne, og hvor trafikken indgår sammen med de øvrige opgaver, som regionerne løser inden for regional udvikling og kollektiv trafik.',
    ]
    expect(wide[0]?.length).toBeGreaterThan(120)
    const texts = blocks(textToTree(`Svar:\n${wide.join('\n')}\nMed venlig hilsen\nCarina Christensen\n`))
    expect(texts).toContain(wide.join('\n'))
  })
})
