import { describe, expect, it } from 'vitest'
import { findAnswer } from '../../src/extract/answer.js'
import { lineView } from '../../src/extract/lines.js'
import { parse } from '../../src/index.js'
import { textToTree } from '../../src/input/text.js'
import { Messages } from '../../src/messages.js'

function answer(text: string, from = 0) {
  const tree = textToTree(text)
  return findAnswer({ tree, lines: lineView(tree), messages: new Messages() }, from)
}

describe('findAnswer: where an answer that nothing anchors begins', () => {
  it('passes over letterhead lines left in the body of a cover letter', () => {
    const found = answer(
      'Folketingets Sundhedsudvalg\nSlotsholmsgade 10-12\n\nDato: 14. marts 2008\nKontor: Sundhedsstatistik\n\nSagsbeh.: ajj\n\n. / .\n\nVedlagt fremsendes til orientering styrelsens publikation om ventetider.\n\nMed venlig hilsen\n\nJakob Nielsen',
    )
    expect(found.text).toBe('Vedlagt fremsendes til orientering styrelsens publikation om ventetider.')
  })

  it.each([
    // A narrow column: the sentence's first lines have few words but fill the column (made-up, two ministries' styles).
    [
      'Nordatlantkontoret\nAnders Holm\n2025-00433\n3577286\nRigsadvokaten og Direktoratet for\nKriminalforsorgen har ved orientering af 10.\njanuar 2025 oplyst Justitsministeriet om, at en\nrække domme ikke er blevet fuldbyrdet.',
      'Rigsadvokaten og Direktoratet for',
    ],
    [
      'Kontor\nEU-sekr.\n26. marts 2002\nTil underretning for Folketingets Europaudvalg\nvedlægges Justitsministeriets grundnotat om\nKommissionens forslag til Rådets direktiv om\nretshjælp i civile retssager.',
      'Til underretning for Folketingets Europaudvalg',
    ],
    // Hyphenated at the line ends, with a printed hyphen and with a soft one.
    [
      'Kontor\nEU-sekr.\n26. marts 2002\nTil underretning for Folketingets Europaudvalg\nvedlægges Justitsministeriets grundnotat om Kom-\nmissionens forslag til Rådets direktiv om forbed-\nret adgang til retshjælp i civile retssager.',
      'Til underretning for Folketingets Europaudvalg',
    ],
    [
      'Kontor\nEU-sekr.\n26. marts 2002\nTil underretning for Folketingets Europaudvalg\nvedlægges Økonomiministeriets grundnotat vedrørende\nKommissionens forslag til Rådsforordning om statsstøt\u00ad\nte til fremme af lukning af urentable miner.',
      'Til underretning for Folketingets Europaudvalg',
    ],
  ])('starts a narrow column’s sentence at its first line: %#', (text, first) => {
    expect(answer(text).text.startsWith(`${first} `)).toBe(true)
  })

  it('near miss: a narrow column’s subject line before the sentence is not its start', () => {
    expect(
      answer(
        'Orientering om statens energiforbrug 2020\nTil udvalgets orientering fremsender jeg hermed\net notat om statens og ministeriernes\nenergiforbrug i 2020.',
      ).text,
    ).toMatch(/^Til udvalgets/u)
  })

  it.each([
    // A title over two printed lines, the first broken at a hyphen (made-up).
    [
      'Udvalgets medlemmer\nTilsyn med kommunernes indsats for ledige med ud-\nfordringer ud over ledighed\nUnder 1. behandlingen af L 12 blev det nævnt af flere ordførere, at\nkommunerne har haft vanskeligt ved at nå målene for indsatsen.',
      'Under 1. behandlingen',
    ],
    // A rendition that set each paragraph on one line: the title is a short line of its own.
    [
      'Til udvalgets medlemmer og stedfortrædere.\nNordisk konference om havmiljø 3. - 4. maj i Bergen om Den Nordlige Dimension\nVed konferencens afslutning blev den vedlagte erklæring vedtaget af delegationerne fra de nordiske parlamenter og regeringer.',
      'Ved konferencens',
    ],
    // The title ends with a date set over lines of its own.
    [
      'FOLKETINGET\nNotater til brug ved udvalgs- og formandsmødet den\n6. november\n2019\nSom bilag til dagsordenen for udvalgsformandsmødet onsdag den\n6. november vedlægges følgende notater om udvalgenes arbejde.',
      'Som bilag til',
    ],
  ])('passes over the subject line above the first sentence: %#', (text, first) => {
    expect(answer(text).text.startsWith(first)).toBe(true)
  })

  it.each([
    // Before a name: the short line may be the sentence's own start.
    'Kommissionens forslag om beskyttelse af havmiljøet i Nordsøen\nJens Hansen, der er ordfører på sagen i Europa-Parlamentet, har bedt om et møde med udvalget om forslaget og dets virkninger.',
    // Before `Det …`, which may open a name the line goes on with.
    'Forslaget om beskyttelse af havmiljøet skal behandles i\nDet Europæiske Råd, der mødes i juni, og regeringen vil orientere udvalget om forløbet, før mødet finder sted.',
  ])('near miss: a short line before a line that opens no sentence stays the start: %#', (text) => {
    expect(answer(text).text.startsWith(text.slice(0, 12))).toBe(true)
  })

  it('near miss: a letterhead line before a narrow column’s sentence is not its start', () => {
    expect(
      answer(
        'Dato: 29.01.2025\n3577286\nRigsadvokaten og Direktoratet for\nKriminalforsorgen har ved orientering af 10.\njanuar 2025 oplyst Justitsministeriet om, at en\nrække domme ikke er blevet fuldbyrdet.',
      ).text,
    ).toMatch(/^Rigsadvokaten/u)
  })

  it('passes over a marker line before the text', () => {
    expect(answer('<DOCUMENT_START>\n\nVedlagt fremsendes til udvalgets orientering kopi af statusrapporten.').text).toBe(
      'Vedlagt fremsendes til udvalgets orientering kopi af statusrapporten.',
    )
  })

  it('starts where the question ends when a question anchors it, short lines and all', () => {
    expect(answer('Spørgsmål 1:\n”Hvorfor?”\n\nNej.\n\nDet er ikke muligt.', 2).text).toBe('Nej.\n\nDet er ikke muligt.')
  })
})

describe('findAnswer: the side column between paragraphs', () => {
  it("drops a block of labelled fields set between the answer's paragraphs", () => {
    const found = answer(
      'Svar:\nDer er 12 sager i alt.\n\nDato: 14. marts 2020\nSags nr.: 2020-123\nAkt-id: 12345\n\nDet bemærkes, at sagerne er mange.',
    )
    expect(found.text).toBe('Der er 12 sager i alt.\n\nDet bemærkes, at sagerne er mange.')
  })
  it('keeps a paragraph that opens with a label but goes on as text', () => {
    const found = answer('Svar:\nDer er 12 sager i alt.\n\nKontor: det er kontoret for strafferet, der behandler sagerne.')
    expect(found.text).toContain('Kontor: det er kontoret')
  })
})

describe('findAnswer: marks and receipts that are not the letter’s words', () => {
  it('passes over the receipt note the Folketing set on a document it received by e-mail', () => {
    const found = answer(
      'Modtaget via elektronisk post. Der tages forbehold for evt. fejl\nEuropaudvalget\n\nMedlemmerne af Folketingets Europaudvalg\n\nTil underretning for Folketingets Europaudvalg vedlægges Justitsministeriets grundnotat om Kommissionens\nforslag til Rådets direktiv om retshjælp i civile retssager.',
    )
    expect(found.text).toBe(
      'Til underretning for Folketingets Europaudvalg vedlægges Justitsministeriets grundnotat om Kommissionens forslag til Rådets direktiv om retshjælp i civile retssager.',
    )
  })

  it('keeps a sentence that says a letter was received', () => {
    expect(answer('Svar:\n\nModtaget via ministeriets postkasse er i alt 12 henvendelser om sagen.').text).toBe(
      'Modtaget via ministeriets postkasse er i alt 12 henvendelser om sagen.',
    )
  })

  it.each([
    ['./.      Til udvalgets orientering vedlægges kopi af mit svar.', 'Til udvalgets orientering vedlægges kopi af mit svar.'],
    ['. / . Vedlagt sendes notatet fra styrelsen.', 'Vedlagt sendes notatet fra styrelsen.'],
  ])('drops the enclosure mark opening a paragraph: %s', (text, expected) => {
    expect(answer(`Svar:\n\n${text}`).text).toBe(expected)
  })

  it('drops the enclosure mark standing alone between paragraphs', () => {
    expect(answer('Svar:\n\nVedlagt sendes notatet.\n\n./.\n\nDer henvises i øvrigt til mit svar på spørgsmål 27.').text).toBe(
      'Vedlagt sendes notatet.\n\nDer henvises i øvrigt til mit svar på spørgsmål 27.',
    )
  })

  it('keeps a full stop and a slash that open a sentence of the answer as they are', () => {
    expect(answer('Svar:\n\n./kommune er en forkortelse, som ikke anvendes.').text).toBe('./kommune er en forkortelse, som ikke anvendes.')
  })
})

describe("findAnswer: a sub-answer's number alone above its text", () => {
  it('keeps it in the answer, as it keeps "Ad 1)" (docs/record.md: sub-answer heads are the answer\'s)', () => {
    const found = answer('Svar:\n\n1.\n\nMinisteriet kan oplyse, at sagerne forelægges udvalget.\n\nMed venlig hilsen\n\nKaare Dybvad Bek')
    expect(found.text).toBe('1.\n\nMinisteriet kan oplyse, at sagerne forelægges udvalget.')
  })
})

describe('findAnswer: where the answer ends', () => {
  const body = 'Svar:\n\nAntallet af ulykker var 12 i 2011.\n\n'
  it('leaves out the list of annexes after the signature (Digitaliseringsministeriet, 2023)', () => {
    const found = answer(
      `${body}Med venlig hilsen\n\nMarie Bjerre\n\nBilag:\n\nBilag 1: Danmarks digitaliseringsstrategi, november 2023\nBilag 2: Notat om status`,
    )
    expect(found.text).toBe('Antallet af ulykker var 12 i 2011.')
  })
  it('leaves out a bare `Bilag:` over a few short lines naming what is enclosed (Social- og Boligministeriet, 2025)', async () => {
    const record = await parse(
      `Folketingets Socialudvalg\n7. marts 2025\nSpørgsmål nr. 358:\n”Vil ministeren oplyse reglerne?”\n${body}Med venlig hilsen\nSophie Hæstorp Andersen\nSocial- og boligminister\nBilag:\nSOU alm. del\nsvar på spm. 329 (2024-25)\n1\n`,
    )
    expect(record.answer.text).toBe('Antallet af ulykker var 12 i 2011.')
  })
  it('leaves out a copy of an earlier answer named by its date and case under `Bilag:` (Økonomi- og Indenrigsministeriet, 2018)', () => {
    const found = answer(
      `${body}Med venlig hilsen\n\nSimon Emil Ammitzbøll-Bille\n\nBilag:\n\nKopi af svar af 28. juni 2018 på REU alm. del spørgsmål 921`,
    )
    expect(found.text).toBe('Antallet af ulykker var 12 i 2011.')
  })
  it('near miss: under a bare `Bilag:`, sentences are an annex set out, kept', () => {
    const found = answer(
      `${body}Med venlig hilsen\n\nMarie Bjerre\n\nBilag:\n\nStatus for strategiens initiativer er gennemgået for hvert af de ni initiativer.`,
    )
    expect(found.text).toContain('Status for strategiens initiativer')
  })
  it('keeps an annex set out after the signature', () => {
    const found = answer(
      `${body}Med venlig hilsen\n\nMarie Bjerre\n\nBilag 1\n\nStatus for strategiens initiativer er gennemgået nedenfor for hvert af de ni initiativer.`,
    )
    expect(found.text).toContain('Status for strategiens initiativer')
  })
  it.each([
    'Transportministeriet\nFrederiksholms Kanal 27 F',
    'Beskæftigelsesministeriet Ved Stranden 8 1061 København K',
    'Slotsholmsgade 10 · 1216 København K · www.jm.dk',
    // A telefax number alone, a footer's contact part (closing's `FOOTER_CONTACT`).
    'Telefax 3393 3510',
  ])('leaves out the ministry’s address after the last paragraph: %s', (address) => {
    expect(answer(`${body}${address}`).text).toBe('Antallet af ulykker var 12 i 2011.')
  })
  it.each([
    // Erhvervsministeriet: the label column's values apart from their labels.
    'ERHVERVSMINISTERIET\nSlotsholmsgade 10-12\n1216 København K\nTlf.\n33 92 33 50\nFax.\n33 12 37 78',
    // Uddannelses- og Forskningsministeriet: a reference number alone after its label.
    'Uddannelses- og\nForskningsministeriet\nBørsgade 4\nPostboks 2135\n1015 København K\nTel. 3392 9700\nRef.-nr.\n221574',
  ])('leaves out a footer whose values stand alone after it: %s', (footer) => {
    const text = `Svar:\nAntallet af ulykker var 12 i 2011, og det er det samme antal som året før, oplyser styrelsen.\n${footer}`
    expect(answer(text).text).toBe('Antallet af ulykker var 12 i 2011, og det er det samme antal som året før, oplyser styrelsen.')
  })
  it("leaves out a footer's labels and values without the address, which stood in the letter's head", () => {
    const text =
      'Svar:\nSamlet er det en fælles og massiv indsats for at afbøde konsekvenserne af\nCOVID-19 for det danske samfund og holde hånden under dansk økonomi\ni denne ekstraordinære situation.\nTlf.\n33 92 33 50\nFax.\n33 12 37 78\nCVR-nr. 10092485\nEAN nr. 5798000026001\nwww.em.dk\nMed venlig hilsen\nSimon Kollerup'
    expect(answer(text).text).toMatch(/situation\.$/u)
  })
  it("ends the last paragraph before the minister's and the official's names run on after its last sentence", () => {
    const text =
      'Svar:\nBekendtgørelsen er udstedt i medfør af disse bestemmelser. Dette har jeg bekræftet over for ordførerne.Karin Holm/ Hanne Stig Berg'
    expect(answer(text).text).toBe(
      'Bekendtgørelsen er udstedt i medfør af disse bestemmelser. Dette har jeg bekræftet over for ordførerne.',
    )
  })
  it("leaves out the names opening a paragraph of their own with the ministry's footer, and the footer read as a list", () => {
    const text =
      'Svar:\nDer er således fastsat grænser for avancer per skind.\n\nKarl Holm / Signe Berg Ministeriet for Fødevarer, Landbrug og Fiskeri • Holbergsgade 6 •\n\n- CVR 41956011\n- EAN 5798000880016 • •'
    expect(answer(text).text).toBe('Der er således fastsat grænser for avancer per skind.')
  })
  it('keeps a list after the last paragraph that is no footer (near miss)', () => {
    const text = 'Svar:\nDer er to ordninger:\n\n- CVR-registrering af virksomheder\n- en ordning for minkavlere, som staten betaler'
    expect(answer(text).text).toContain('en ordning for minkavlere')
  })
  it('keeps names with a slash that prose follows in the last paragraph (near miss)', () => {
    const text = 'Svar:\nSagen er behandlet af styrelsen. Karin Holm/ Hanne Berg har begge deltaget i arbejdet med sagen.'
    expect(answer(text).text).toBe('Sagen er behandlet af styrelsen. Karin Holm/ Hanne Berg har begge deltaget i arbejdet med sagen.')
  })
  it.each([
    ['the enclosure mark on a line of its own', 'Til orientering vedlægges redegørelserne for 2016.\n./.\nMed venlig hilsen\nSophie Holm'],
    [
      'the enclosure mark run on after the sentence',
      'Til orientering vedlægges redegørelserne for 2016. ./.\n\nMed venlig hilsen\nSophie Holm',
    ],
  ])('leaves out %s', (_, text) => {
    expect(answer(`Svar:\n${text}`).text).toBe('Til orientering vedlægges redegørelserne for 2016.')
  })
  /** A made-up letter around an answer's paragraphs (after a Sundhedsministeriet letter's wording). */
  const letter = (text: string) =>
    `Spørgsmål nr. 6:\n”Vil ministeren sende udvalget retningslinjen?”\n\nSvar:\n\n${text}\n\nMed venlig hilsen\n\nSophie Holm`
  it.each([
    // A rendition that ran the line beside the mark on.
    [
      'after a colon',
      'Til brug for besvarelsen har jeg indhentet bidrag fra styrelsen, som oplyser følgende: ./.\n\n”Retningslinjen udkommer i november.”',
      'Til brug for besvarelsen har jeg indhentet bidrag fra styrelsen, som oplyser følgende: ”Retningslinjen udkommer i november.”',
    ],
    [
      'between two sentences',
      'Notatet er kommenteret. ./. Jeg vedlægger endvidere referatet fra mødet den 21. december.',
      'Notatet er kommenteret. Jeg vedlægger endvidere referatet fra mødet den 21. december.',
    ],
  ])('leaves out the enclosure mark %s', async (_, text, expected) => {
    expect((await parse(letter(text))).answer.text).toBe(expected)
  })
  it('keeps a mark between stops that no sentence or capital stands beside (near miss)', async () => {
    const text = 'Satsen er nedsat med virkning fra 2025. ./. i alt 4 pct. af beløbet.'
    expect((await parse(letter(text))).answer.text).toBe(text)
  })
  it('keeps a slash between stops inside a sentence (near miss)', () => {
    expect(answer('Svar:\nForkortelsen skrives p./.p. i tabellen.').text).toBe('Forkortelsen skrives p./.p. i tabellen.')
  })
  it('keeps a last paragraph that opens with a footer label among words (near miss)', () => {
    expect(answer(`${body}Tlf. til styrelsen besvares hverdage.`).text).toContain('Tlf. til styrelsen besvares hverdage.')
  })
  it('keeps a last paragraph that holds a number among words (near miss)', () => {
    expect(answer(`${body}Tallet for 2012 er 221574 kr.`).text).toContain('Tallet for 2012 er 221574 kr.')
  })
  it('ends the answer’s lines where its text ends, before the address block', () => {
    const found = answer(`${body}Transportministeriet\nFrederiksholms Kanal 27 F\n\nJens Hansen\n/ Lise Hansen`)
    expect(found.text).toBe('Antallet af ulykker var 12 i 2011.')
    expect(found.lines.at(-1)?.text).toBe('Antallet af ulykker var 12 i 2011.')
  })
  /** An annex of two paragraphs after the signature. */
  const annex =
    'Bilag 1\n\nStatus for strategiens initiativer er gennemgået nedenfor for hvert af de ni initiativer.\n\nDet gælder for alle ni initiativer.'
  it('leaves out the address block before the closing where an annex follows the signature', () => {
    const found = answer(
      `${body}Transportministeriet Frederiksholms Kanal 27 F 1220 København K\n\nMed venlig hilsen\n\nMarie Bjerre\n\n${annex}`,
    )
    expect(found.text).not.toContain('Frederiksholms Kanal')
    expect(found.text).toContain('Det gælder for alle ni initiativer.')
    expect(found.lines.at(-1)?.text).toBe('Antallet af ulykker var 12 i 2011.')
  })
  it('leaves out an address block after an annex’s last paragraph', () => {
    const found = answer(
      `${body}Med venlig hilsen\n\nMarie Bjerre\n\n${annex}\n\nTransportministeriet Frederiksholms Kanal 27 F 1220 København K`,
    )
    expect(found.text).not.toContain('Frederiksholms Kanal')
    expect(found.text).toContain('Det gælder for alle ni initiativer.')
  })
  it('keeps an address block that more of the answer follows', () => {
    // Near miss: an address block is left out only after the last paragraph.
    const after = 'Styrelsen kan kontaktes på hverdage mellem kl. 9 og 15.'
    const found = answer(`${body}Transportministeriet Frederiksholms Kanal 27 F 1220 København K\n\n${after}`)
    expect(found.text).toContain('Frederiksholms Kanal')
    expect(found.lines.at(-1)?.text).toBe(after)
  })
  it('keeps a last paragraph that names the telefax in a sentence', () => {
    // Near miss: the label without its number after it.
    const text = 'Telefaxen er nedlagt.'
    expect(answer(`${body}${text}`).text).toBe(`Antallet af ulykker var 12 i 2011.\n\n${text}`)
  })
  it('keeps a last paragraph that names an address in a sentence', () => {
    const text = 'Henvendelse kan ske til Vejdirektoratet, Carsten Niebuhrs Gade 43, 1577 København V.'
    expect(answer(`${body}${text}`).text).toBe(`Antallet af ulykker var 12 i 2011.\n\n${text}`)
  })
  it('ends at an official signing on the minister’s behalf without a greeting: P.M.V.', () => {
    expect(answer(`${body}P.M.V.\nE.B.\n\nJens Hansen\nKontorchef`).text).toBe('Antallet af ulykker var 12 i 2011.')
  })
})

describe("a cover letter's text: its opening sentence, where it quotes no question", () => {
  it.each([
    [
      'Under henvisning til udvalgets spørgsmål i forbindelse med samrådet d.17. januar 2007, om østrogener fra gylle i dræn følger vedlagt i 5 eksemplarer svar på 4 af de 5 spørgsmål, som jeg lovede at følge op på. GEUS har udarbejdet et notat om undersøgelsen, som vedlægges til udvalgets orientering.',
    ],
    ['Under henvisning til Trafikudvalgets brev af 3. maj 2007 fremsendes vedlagt Banedanmarks redegørelse til udvalgets orientering.'],
  ])('%s', async (opening) => {
    const record = await parse(
      `Folketingets Miljø- og Planlægningsudvalg\n\nChristiansborg\n\nJ.nr. MST-600-00008\n\nDen 1. februar 2007\n\n${opening}\n\nConnie Hedegaard\n\n/\n\nHelge Andreasen\n`,
      { requireFolketingDocument: false },
    )
    expect(record.documentType).toBe('cover-letter')
    expect(record.answer.text).toBe(opening)
  })

  it('an answer letter keeps its opening out of the answer (near miss)', async () => {
    const record = await parse(
      'Folketingets Miljøudvalg\n\nUnder henvisning til udvalgets brev af 3. maj 2007 følger hermed svar på spørgsmål nr. 12 (alm. del).\n\nSpørgsmål nr. 12:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nTallet er 12.\n\nMed venlig hilsen\n\nConnie Hedegaard\n',
      { requireFolketingDocument: false },
    )
    expect(record.answer.text).toBe('Tallet er 12.')
  })
})

describe('a numbered list in the answer’s text (round 17)', () => {
  const letter = (items: string) =>
    `Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 96 (alm. del), som hermed besvares.\n\nSvar:\n\nInitiativerne er følgende, som jeg vil redegøre for nedenfor:\n\n${items}\n\nVenlig hilsen\n\nLudvig Ayoub Jensen\n`
  it('keeps the numbers of a list numbered by digits one after another, as printed', async () => {
    const record = await parse(letter('1. En fast frist på otte uger.\n2. Digital indberetning.\n3. En årlig redegørelse.'), {
      format: 'markdown',
    })
    expect(record.answer.text).toContain('1. En fast frist på otte uger.\n2. Digital indberetning.\n3. En årlig redegørelse.')
    expect(record.answer.blocks.find((block) => block.type === 'list')).toMatchObject({ ordered: true, start: 1 })
  })

  it('numbers from the first item’s number (a list that goes on after a paragraph: 2., 3.)', async () => {
    const record = await parse(letter('2. Digital indberetning.\n3. En årlig redegørelse.'), { format: 'markdown' })
    expect(record.answer.text).toContain('2. Digital indberetning.\n3. En årlig redegørelse.')
  })

  it('near miss: a list lettered (a), b)) or bulleted keeps its dashes', async () => {
    const lettered = await parse(letter('a) En fast frist på otte uger.\nb) Digital indberetning.'))
    expect(lettered.answer.text).toContain('- En fast frist på otte uger.\n- Digital indberetning.')
    const bulleted = await parse(letter('- En fast frist på otte uger.\n- Digital indberetning.'), { format: 'markdown' })
    expect(bulleted.answer.text).toContain('- En fast frist på otte uger.\n- Digital indberetning.')
  })
})

describe("a table's note with its source run on after it on one line", () => {
  const letter = (foot: string) =>
    `Spørgsmål nr. 384:\n”Kan ministeren oplyse belægningen?”\nSvar:\nBelægningen fremgår af tabel 1.\nTabel 1. Belægningsprocent\nBlok\t2009\t2010\nMedicinsk blok\t95\t96\nKirurgisk blok\t84\t83\n${foot}\nMed venlig hilsen\nPia Olsen Dyhr\n`

  it.each([
    ['Anm.: Tallene er foreløbige.Kilde: Statens Serum Institut.'],
    ['Anm.: Tallene er foreløbige. Kilder: Statens Serum Institut.'],
  ])('splits %j into the note and the source', async (foot) => {
    const record = await parse(letter(foot), { format: 'text' })
    expect(record.answer.tables[0]).toMatchObject({ notes: ['Tallene er foreløbige.'], source: 'Statens Serum Institut.' })
  })

  it('near miss: a note that names a source inside its sentence stays whole', async () => {
    const record = await parse(letter('Anm.: Tallene er foreløbige, jf. Kilde: SSI-rapporten fra 2010.'), { format: 'text' })
    expect(record.answer.tables[0]).toMatchObject({ notes: ['Tallene er foreløbige, jf. Kilde: SSI-rapporten fra 2010.'], source: null })
  })
})

describe("a page's number alone after the answer's last paragraph", () => {
  const letter = (tail: string) =>
    `Spørgsmål nr. 116:\n”Vil ministeren kommentere henvendelsen?”\nSvar:\nJeg afventer nu Sundhedsstyrelsens svar til kommunen.\nI den forbindelse vil foreningens spørgsmål naturligvis indgå i vurderingen heraf.\n${tail}\nBenedikte Kiær/ Karin Ingemann\n`

  it('is no part of the answer', async () => {
    const record = await parse(letter('\n2\n'), { format: 'text' })
    expect(record.answer.text).toMatch(/vurderingen heraf\.$/u)
  })

  it('near miss: a number inside the last paragraph stays', async () => {
    const record = await parse(letter('Antallet er nu\n2'), { format: 'text' })
    expect(record.answer.text).toMatch(/Antallet er nu 2$/u)
  })
})

describe("the ministry's footer after the answer's last paragraph, as old renditions set it", () => {
  const letter = (tail: string) =>
    [
      'Spørgsmål nr. 58:',
      '”Vil ministeren oplyse, hvor anlægget skal ligge?”',
      'Svar:',
      'Beslutningen om placering må afvente beslutningen om anlægget.',
      'Denne beslutning er ikke truffet.',
      '',
      tail,
      '',
      'Med venlig hilsen',
      'Charlotte Sahl-Madsen',
    ].join('\n')

  it.each([
    // Its fields run together (Videnskabsministeriet 2010).
    ['Bredgade 431260 København K\n\nTelefon\n\nTelefaxE-postNetstedCVR-nr.3392 97003332 3501\n\nwww.vtu.dk1680 5408 Dok nr.Side'],
    // The ministry's name broken over two paragraphs at its comma, and after "og".
    ['Ministeriet for Videnskab\n\nTeknologi og Udvikling'],
    ['Uddannelses- og\n\nForskningsministeriet'],
    // A footer line that opens with the ministry's name.
    ['Finansministeriet · Christiansborg Slotsplads 1 · 1218 København K · T 33 92 33 33 · www.fm.dk'],
    // The name over three paragraphs, the street's number glued to the next field, a case number alone (2013).
    [
      'Ministeriet for Forskning,\n\nInnovation og Videregående\n\nUddannelser\n\nSlotsholmsgade 10Post\n\nPostboks 21351015 København K\n\nwww.fivu.dk1680 5408 Ref.-nr.\n\n13/026011-40',
    ],
  ])('is no part of the answer: %s', async (tail) => {
    const record = await parse(letter(tail), { format: 'text' })
    expect(record.answer.text).toBe('Beslutningen om placering må afvente beslutningen om anlægget. Denne beslutning er ikke truffet.')
  })

  it('is cut from the last sentence it was glued to', async () => {
    const text = `Spørgsmål nr. 124:\n”Vil ministeren oplyse, hvor anlægget skal ligge?”\nSvar:\nDenne beslutning er ikke truffet.Ministeriet for VidenskabTeknologi og UdviklingBredgade 431260 København K\n`
    expect((await parse(text, { format: 'text' })).answer.text).toBe('Denne beslutning er ikke truffet.')
  })

  it('flags the ministry its name broken at a comma names, where none was read', async () => {
    const record = await parse(letter('Ministeriet for Forskning,\n\nInnovation og Videregående\n\nUddannelser'), { format: 'text' })
    expect(record.ministry).toBeNull()
    expect(record.warnings.map((warning) => warning.code)).toContain('ministry-missing')
  })

  it('near miss: a last paragraph that names a web address and e-mail in a sentence stays', async () => {
    const record = await parse(letter('Yderligere oplysninger fås på www.sm.dk og via E-mail til ministeriet.'), { format: 'text' })
    expect(record.answer.text).toMatch(/via E-mail til ministeriet\.$/u)
  })
})

describe('findAnswer: a signature with no greeting over a footer a narrow column broke at every part', () => {
  const letter = (footer: string) =>
    `Folketingets Miljø- og Fødevareudvalg\nChristiansborg\n1240 København K\nDen 23. november 2020\nMinisteren for fødevarer, landbrug og fiskeris besvarelse af spørgsmål nr. 51 til L 77, stillet den 16. november 2020 af Karsten Lauritzen (V).\nSpørgsmål nr. 51 til L 77\n”Vil ministeren oplyse begrundelserne?”\nSvar\nDer henvises til pressemødet den 4. november 2020.\nRasmus Prehn\n/\nPaolo Drostby\n${footer}`

  it('ends the answer before the name (`• CVR` / `12854358` / `• EAN` / … / `•`)', async () => {
    const record = await parse(
      letter(
        'Ministeriet for fødevarer, landbrug og fiskeri\n•\nSlotsholmsgade 12\n•\n•\n1216 København K\nTlf. 38 14 21 42\n• CVR\n12854358\n• EAN\n5798000862005\n•\n•',
      ),
    )
    expect(record.answer.text).toBe('Der henvises til pressemødet den 4. november 2020.')
    expect(record.signature).toEqual({ name: 'Rasmus Prehn', title: null })
  })

  it('near miss: a line of text after the footer parts is no footer', async () => {
    const record = await parse(letter('• CVR\nDet bemærkes, at sagen fortsat behandles.'))
    expect(record.answer.text).toContain('Det bemærkes')
  })
})

describe('findAnswer: answer headings that name the question or the minister', () => {
  const letter = (heading: string) =>
    `Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 12:\n\nVil ministeren oplyse udgifterne?\n\n${heading}\n\nUdgifterne er 12 mio. kr. i 2022.\n\nMed venlig hilsen\n\nPeter Hummelgaard`

  it.each(['Svar til spørgsmål nr. 12:', 'Svar på spm. 12:', 'Svar (beskæftigelsesministeren):', 'Svaret:'])(
    'ends the question and opens the answer: %s',
    async (heading) => {
      const record = await parse(letter(heading))
      expect(record.question.text).toBe('Vil ministeren oplyse udgifterne?')
      expect(record.answer.text).toBe('Udgifterne er 12 mio. kr. i 2022.')
      expect(record.warnings.map((warning) => warning.code)).not.toContain('answer-heading-missing')
    },
  )
})

describe("findAnswer: the asker's sentence with the answer run on in its paragraph", () => {
  const HEAD = [
    'TALEPAPIR',
    'Det talte ord gælder',
    'Børne- og Undervisningsudvalget, Folketinget',
    'Samrådsspørgsmål S',
    'Ministeren bedes redegøre for, hvorfor regeringen ikke har bedt ekspertgruppen',
    'regne på en genåbning af skolerne.',
  ]

  it('starts the answer after the line that closes the bracketed sentence inside it', async () => {
    const text = [
      ...HEAD,
      '(Spørgsmålet er stillet efter ønske fra Lotte Rod',
      '(RV) d. 26. februar 2021.) Tak for spørgsmålet.',
      'Som det også er spørgeren bekendt, er der siden',
      'spørgsmålet blev stillet lavet politiske aftaler.',
    ].join('\n')
    const record = await parse(text)
    expect(record.answer.text).toBe('Som det også er spørgeren bekendt, er der siden spørgsmålet blev stillet lavet politiske aftaler.')
    expect(record.question.askers).toEqual([{ name: 'Lotte Rod', party: 'RV', nonMember: false }])
  })

  it('starts the answer at the sentence after a line that closes the asker’s sentence', async () => {
    const text = [
      ...HEAD,
      'Spørgsmålet er stillet efter ønske fra Lotte Rod (RV).',
      'Som det også er spørgeren bekendt, er der siden',
      'spørgsmålet blev stillet lavet politiske aftaler.',
    ].join('\n')
    const record = await parse(text)
    expect(record.answer.text).toBe('Som det også er spørgeren bekendt, er der siden spørgsmålet blev stillet lavet politiske aftaler.')
  })

  it("near miss: a party's bracket without a full stop closes no sentence (`(SF)` / `og Pia Olsen Dyhr (SF).`)", async () => {
    const text = [
      ...HEAD,
      'Spørgsmålet er stillet efter ønske fra Karsten Hønge (SF)',
      'og Pia Olsen Dyhr (SF).',
      'Som det også er spørgeren bekendt, er der siden',
      'spørgsmålet blev stillet lavet politiske aftaler.',
    ].join('\n')
    const record = await parse(text)
    expect(record.answer.text).not.toMatch(/Dyhr/u)
  })
})

describe('a table label without a number (thirty-fourth session)', () => {
  const letter = (label: string) =>
    `Spørgsmål nr. 384:\n”Kan ministeren oplyse belægningen?”\nSvar:\nBelægningen fremgår af tabellen nedenfor.\n${label}\nBlok\t2009\t2010\nMedicinsk blok\t95\t96\nKirurgisk blok\t84\t83\nKilde: Statens Serum Institut.\nMed venlig hilsen\nPia Olsen Dyhr\n`

  it.each([['Tabel: Belægningsprocent'], ['Tabel\nBelægningsprocent']])('reads %j as the label `Tabel` and its caption', async (label) => {
    const record = await parse(letter(label), { format: 'text' })
    expect(record.answer.tables[0]).toMatchObject({ label: 'Tabel', caption: 'Belægningsprocent', header: ['Blok', '2009', '2010'] })
  })

  it('near miss: a sentence about the table is no label', async () => {
    const record = await parse(letter('Tabellen viser belægningen.'), { format: 'text' })
    expect(record.answer.tables[0]?.label).toBeNull()
    expect(record.answer.text).toContain('Tabellen viser belægningen.')
  })
})

describe('the letterhead’s fields a rendition set after the answer, under the ministry’s name (Indenrigs- og Sundhedsministeriet, 2005)', () => {
  // An old rendition's letter on one line, the letterhead's fields after the answer.
  const line = (end: string) =>
    `Besvarelse af spørgsmål nr. 10 (L 74), som Folketingets Sundhedsudvalg har stillet til indenrigs- og sundhedsministeren den 18. marts 2005 Spørgsmål 10: "Vil en plan være i overensstemmelse med loven?" Svar: Nej – det er ikke tilstrækkeligt, jf. også min besvarelse af spørgsmål 9. Planen skal sikre et forpligtende grundlag for indsatsen.${end}`

  it('leaves the name and the fields, the file’s name among them, out of the answer', async () => {
    const record = await parse(
      line(
        '      Indenrigs- og Sundhedsministeriet Dato: 12. april 2005 Kontor: 3.s.kt. J.nr.: 2005-119-26 Sagsbeh.: TNE Fil-navn: Svar L 78 s 10.doc',
      ),
      { requireFolketingDocument: false },
    )
    expect(record.answer.text).toMatch(/grundlag for indsatsen\.$/u)
    expect(record.answer.answeredOn).toBe('2005-04-12')
  })

  it('near miss: a ministry’s name after the last sentence with no fields after it stays', async () => {
    const record = await parse(line(' Justitsministeriet'), { requireFolketingDocument: false })
    expect(record.answer.text).toMatch(/indsatsen\. Justitsministeriet$/u)
  })
})

describe('the sender and the letter’s date after the last paragraph, glued (Klima- og Energiministeriet, 2009)', () => {
  // An old rendition's answer glued onto one line.
  const GLUED_ANSWER =
    'Den private sektor står for mere end 85 % af investeringerne i ny teknologi, og det er derfor afgørende, at erhvervslivet er med i diskussionen.Denne dialog fortsætter op til og efter COP15.'
  const letter = (date: string) =>
    `Spørgsmål nr. 717:\n”Vil ministeren redegøre for dialogen med erhvervslivet?”\nSvar:\n${GLUED_ANSWER}\n${date}\nMed venlig hilsen\nConnie Hedegaard\n`

  it('is no part of the answer’s text', async () => {
    const record = await parse(letter('Ministeren30. september 2009'), { requireFolketingDocument: false })
    expect(record.answer.text).toMatch(/op til og efter COP15\.$/u)
  })

  it('near miss: the sender named in a sentence with a date stays', async () => {
    const record = await parse(letter('Ministeren 30. september 2009 holdt møde med erhvervslivet.'), { requireFolketingDocument: false })
    expect(record.answer.text).toContain('Ministeren 30. september 2009 holdt møde')
  })
})
