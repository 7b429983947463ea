import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { endsByWidth, isGluedParagraph } from '../../src/layout/paragraph-ends.js'

/** The column width of the made-up letters below, in characters. */
const WIDTH = 100

describe('endsByWidth: the source of a quote in brackets on the next line ends the same sentence', () => {
  it.each([
    // Miljøministeriet: a web address too long for the line the quote ended on.
    [
      'skov til 25 % skov indenfor 80-100 år”',
      '(www.example.dk/naturbeskyttelse/naturprojekter/skovrejsning/). Vil ministeren bekræfte, at …',
    ],
    // A report cited after its title, a comma after the bracket.
    ['regeringens plan ”Danmark i balance”', '(Regeringen, 2019), og ministeren bedes redegøre for, hvordan planen følges op.'],
    // A newspaper cited after a quote, a semicolon after the bracket.
    ['som ministeren udtalte: ”Vi skal handle nu.”', '(Politiken, 3. maj 2021); hvad er status?'],
  ])('%s / %s goes on', (text, next) => {
    expect(endsByWidth(text, next, WIDTH)).toBe(false)
  })

  it('ends the paragraph before a bracketed sentence of its own, its stop inside (near miss)', () => {
    expect(endsByWidth('Spørgsmålet besvares derfor endeligt.', '(Se også bilag 1 om opgørelsen.)', WIDTH)).toBe(true)
  })

  it('ends the paragraph before a numbered point in brackets (near miss)', () => {
    expect(endsByWidth('Ministeren bedes oplyse følgende:', '(1) Hvor mange sager er der?', WIDTH)).toBe(true)
  })
})

describe('endsByWidth: a line that closes a quotation ends its sentence, whatever the marks', () => {
  it.each(['„Vil ministeren oplyse tallet?“', '»Vil ministeren oplyse tallet?«', '”Vil ministeren oplyse tallet?”'])('%s', (text) => {
    expect(endsByWidth(text, 'Tallet er 12.', WIDTH)).toBe(true)
  })

  it('not a short line that breaks off mid-sentence (near miss)', () => {
    expect(endsByWidth('Vil ministeren oplyse tallet for', 'perioden 2010-2020?', WIDTH)).toBe(false)
  })
})

describe('isGluedParagraph: a line far longer than the column', () => {
  /** A glued line of running text, `length` characters long, ending as `end`. */
  const long = (end: string) => `${'Ministeren bedes på den baggrund oplyse, hvorvidt og i givet fald hvordan '.repeat(4)}${end}`

  it('is a whole paragraph: it ends there', () => {
    expect(isGluedParagraph(long('arbejdet er gjort.'), WIDTH, 'Svar:')).toBe(true)
    expect(isGluedParagraph(long('arbejdet er gjort.'), WIDTH)).toBe(true)
  })

  it('goes on where it breaks off inside a sentence and the next line goes on in lower case (pdftotext)', () => {
    expect(isGluedParagraph(long('dette arbejde'), WIDTH, 'har fundet sted, og redegøre for, hvordan midlerne er brugt.')).toBe(false)
  })

  it('ends where the next line opens a sentence, or where its own sentence ended (near misses)', () => {
    expect(isGluedParagraph(long('dette arbejde'), WIDTH, 'Svar:')).toBe(true)
    expect(isGluedParagraph(long('arbejdet er gjort.'), WIDTH, 'i øvrigt henvises til svaret.')).toBe(true)
  })

  it('is no glued paragraph at the column’s width', () => {
    expect(isGluedParagraph('Ministeren bedes oplyse, hvorvidt dette arbejde', WIDTH, 'har fundet sted.')).toBe(false)
  })
})

describe('endsByWidth: a section title after a sentence', () => {
  const width = 80
  const long = 'dige ikke kommer længere væk fra arbejdsmarkedet end højst nødvendigt, og hvorfor?'

  it('ends the paragraph before a short title of a few words, a capitalised line after it', () => {
    expect(endsByWidth(long, 'Indledning', width, 'Tak for både invitationen til samrådet i dag og for')).toBe(true)
    expect(endsByWidth(long, 'Udviklingen i ledigheden', width, 'Ledigheden steg i 2020.')).toBe(true)
  })

  it('near misses: a wrapped line that goes on in lower case, after a colon, a title with a stop, no line after', () => {
    expect(endsByWidth(long, 'Omkostningerne bedes', width, 'udspecificeres.')).toBe(false)
    expect(endsByWidth(`${long.slice(0, -1)}:`, 'Alvorlige arbejdsmiljøproblemer', width, 'Mange arbejdsulykker')).toBe(false)
    expect(endsByWidth(long, 'Indledning.', width, 'Tak for invitationen.')).toBe(false)
    expect(endsByWidth(long, 'Indledning', width)).toBe(false)
  })

  it('ends it before a title in square brackets too, a speech paper template’s (SUU 2023)', () => {
    expect(endsByWidth(long, '[Indledning]', width, 'Tak til spørgerne for at indkalde til samrådet i dag.')).toBe(true)
    // Near misses: a bracketed note in lower case, a bracket left open.
    expect(endsByWidth(long, '[se bilag]', width, 'Tak til spørgerne.')).toBe(false)
    expect(endsByWidth(long, '[Indledning', width, 'Tak til spørgerne.')).toBe(false)
  })
})

describe('a speech paper: its section title in square brackets is a paragraph of its own (SUU 2023)', () => {
  const paper = (title: string) =>
    [
      'Sundhedsudvalget 2022-23 (2. samling)',
      'SUU Alm.del',
      'Offentligt',
      'TALEPAPIR',
      'Det talte ord gælder',
      'Tale til samråd P om kræftbehandling',
      'Samrådsspørgsmål P:',
      '”Kan ministeren redegøre for årsagerne til, at kræftbehandlingen er blevet en del af hospitalskrisen?”',
      'Spørgsmålet er stillet efter ønske fra Kirsten Normann Andersen (SF).',
      title,
      'Tak til spørgerne for at indkalde til samrådet i dag. Der er',
      'stillet et samrådsspørgsmål, som jeg vil besvare nu.',
    ].join('\n')

  it('ends the asker’s note before it, so that the speech after it is the answer', async () => {
    const record = await parse(paper('[Indledning]'))
    expect(record.answer.text).toContain('Tak til spørgerne for at indkalde til samrådet i dag.')
  })
})

describe("endsByWidth: the letter's date alone on the next line", () => {
  const full = 'Der henvises til mit svar på spørgsmål 5 om netop de samme regler.'

  it.each(['10-11-2016', '6. oktober 2016', 'København, den 13. april 2022'])('ends a full line before %j', (date) => {
    expect(endsByWidth(full, date, full.length)).toBe(true)
  })

  it.each([
    // A sentence that breaks off goes on, whatever comes next.
    ['Der henvises til mit svar af', '10-11-2016'],
    // A line opening with a number that is no date: the width decides, as before.
    [full, '10 procent af de ledige er under 30 år.'],
    [full, '2016 var det år, hvor reglerne blev ændret.'],
  ])('near miss: %j / %j goes on', (text, next) => {
    expect(endsByWidth(text, next, full.length)).toBe(false)
  })
})

describe('endsByWidth: a line longer than any printed line was never wrapped', () => {
  const paragraph =
    'I forbindelse med forhandlingerne om finansloven for 2009 indgik forligspartierne bag politireformen en aftale om gennemførelse af politireformen og styrkelse af politiindsatsen.'
  const next = 'Når de i aftalen forudsatte initiativer er gennemført, er det min forventning, at opgaverne løses.'

  it('ends its paragraph with its sentence, though most lines are as long', () => {
    expect(endsByWidth(paragraph, next, paragraph.length)).toBe(true)
  })

  it.each([
    // Its sentence goes on in lower case on the next line (pdftotext's long first line of a quotation).
    [paragraph, 'hvilket udvalget tidligere er orienteret om.'],
    // No sentence end.
    [paragraph.replace(/\.$/u, ' og'), next],
    // A printed line's length, as long as the column: the width decides as before (the next word would not fit).
    ['Når de i aftalen forudsatte initiativer er gennemført, er det min forventning, at opgaverne løses.', 'Forligspartierne'],
  ])('near miss: %j / %j goes on', (text, following) => {
    expect(endsByWidth(text, following, Math.max(text.length, 100))).toBe(false)
  })
})

describe('endsByWidth: a quoted headline’s lead before its colon (Transportministeriet 2017)', () => {
  it.each([
    ['”Laurbjerg:', 'Sænkning af jernbanespor undersøges” på favrskov.lokalavisen.dk den 4. november 2017.'],
    ['det fremgår af artiklen »Ekspert:', 'Reformen virker ikke« i Politiken.'],
    ['artiklen ”Ny rapport:', 'Ventetiden er steget” fra DR.'],
  ])('%s / %s goes on', (text, next) => {
    expect(endsByWidth(text, next, WIDTH)).toBe(false)
  })

  it.each([
    // A sentence announcing a list or a quotation ends with its own colon.
    ['Ministeren bedes oplyse følgende:', 'Hvor mange sager er der?'],
    // A quotation of more than a headline's lead before the colon.
    ['Styrelsen oplyser: ”Der er tre muligheder for at løse det:', 'Den første er at bygge.'],
  ])('near miss: %s / %s ends', (text, next) => {
    expect(endsByWidth(text, next, WIDTH)).toBe(true)
  })
})
