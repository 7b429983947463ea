/**
 * A speech paper's head names the samråd question it answers on a line with other words, in each ministry's own
 * way; a samråd question it only refers to is not its own.
 */
import { describe, expect, it } from 'vitest'
import type { Line } from '../../src/extract/lines.js'
import { speechHeadQuestion } from '../../src/extract/samraad-named.js'
import { parse, parseAll } from '../../src/index.js'

/** Lines as the line view gives them, one block each. */
const lines = (...texts: string[]): Line[] => texts.map((text, index) => ({ text, line: index + 1, index, block: index }))

describe('speechHeadQuestion: the samråd question a speech paper\u2019s head names', () => {
  it.each([
    [['Anledning: Samråd i Sundhedsudvalget om samrådsspørgsmål F'], 'F'],
    [['Anledning:', 'FIU alm. del samrådsspørgsmål V'], 'V'],
    [['UDKAST TIL TALE', 'til brug for besvarelsen af samrådsspørgsmål BA-BB'], 'BA'],
    [['Talepunkter til samråd i Transportudvalget', 'Vedr.: TRU samrådsspm. AØ'], 'AØ'],
    [['Titel', 'Samrådsspørgsmålene K og L om ventelister'], 'K'],
    // The samråd named by its question's letter alone.
    [['Tale til samråd P, Q, R den 8. februar'], 'P'],
    [['FOU Samråd A: Afghanistan', 'TALEPUNKT'], 'A'],
  ])('%j → %s', (texts, letter) => {
    expect(speechHeadQuestion(lines(...texts))?.value).toBe(letter)
  })

  it.each([
    // Near misses: a samråd question the head refers to, a samråd about a matter, and a lower-case word.
    [['Samrådet har tidligere været stillet, jf. BUU alm. del - samrådsspm. H.']],
    [['Jf. også samrådsspørgsmål D fra sidste samling']],
    [['Anledning: samrådsspørgsmål om ventelister']],
    [['Tale ved samråd i Retsudvalget', 'Samrådsspørgsmål a) og b)']],
    [['Talepapir til samråd om DR’s økonomi']],
    // A briefing that follows up a samråd (sixty-fourth session).
    [['Teknisk gennemgang af sprogprøver (opfølgning på samråd B)']],
    [['I forlængelse af samrådsspørgsmål C oversendes notat']],
  ])('names none in %j', (texts) => {
    expect(speechHeadQuestion(lines(...texts))).toBeUndefined()
  })
})

describe('a speech paper numbered by its head', () => {
  it('reads the letter from an "Anledning:" line that names the samråd in words around it', async () => {
    const record = await parse(
      'TALEPUNKTER\nAnledning: Samråd i Sundhedsudvalget om samrådsspørgsmål F\nTid og sted: 4. juni 2019\n[Indledning]\nTak for ordet.\n',
      { requireFolketingDocument: false },
    )
    expect(record).toMatchObject({ documentType: 'consultation-speech', question: { kind: 'consultation', number: 'F' } })
  })

  it("takes the head's samråd question over ft.dk's filing under the alm. del question that asked for the paper", async () => {
    const record = await parse(
      'Udlændinge- og Integrationsudvalget 2024-25\nUUI Alm.del\nOffentligt\n2990321_0001.png\nTalepapir\nArrangement:\nBesvarelse af samrådsspm. G\nHvornår:\n12. marts 2025, kl. 16.15\nDET TALTE ORD GÆLDER\nTale:\nTak for ordet og for at indkalde mig i dag.\nUUI, Alm.del - 2024-25 - Endeligt svar på spørgsmål 226: Spm. om oversendelse af talepapir fra samrådet 12/3-25, jf. samrådsspm. G\n',
    )
    expect(record).toMatchObject({ question: { kind: 'consultation', number: 'G' }, questionKey: '20241-UUI-samspm-G' })
  })

  it('reads one record per letter of `Tale til samråd P, Q, R`, each a samråd question', async () => {
    const records = await parseAll(
      'Tale til samråd P, Q, R den 8. februar\nKontor\nKontor for tværgående politik\nDato\n7. februar 2024\n[Intro]\nTak for spørgsmålet og det store fremmøde.\nKlimaforandringerne er i gang.\n',
      { requireFolketingDocument: false },
    )
    expect(records.map((record) => [record.documentType, record.question.kind, record.question.number])).toEqual([
      ['consultation-speech', 'consultation', 'P'],
      ['consultation-speech', 'consultation', 'Q'],
      ['consultation-speech', 'consultation', 'R'],
    ])
  })

  it('reads the list on its own line under the title (`TALEPAPIR` / `Samrådsspørgsmål A, B, C og D`)', async () => {
    const records = await parseAll(
      'TALEPAPIR\nSamrådsspørgsmål A, B, C og D\nDato: 2. maj 2022\n\nTak for ordet.\nJeg vil gerne starte med at sige, at regeringen arbejder på sagen, og at vi\nser frem til et godt samarbejde med udvalget om de næste skridt.\n',
      { requireFolketingDocument: false },
    )
    expect(records.map((record) => record.question.number)).toEqual(['A', 'B', 'C', 'D'])
    // The speech's first words, alone on their line, are its text.
    expect(records[0]?.answer.text).toMatch(/^Tak for ordet\.\n\nJeg vil gerne starte/u)
  })

  it('reads the head where no line has a role: title, paper, then `Samråd Æ og Ø den 25. august 2017`', async () => {
    const records = await parseAll(
      'DET TALTE ORD GÆLDER\nFM talepapir\nSamråd Æ og Ø den 25. august 2017\nVores veteraner har ydet en særdeles vigtig indsats for Danmark\n– ofte under svære og risikofyldte vilkår. De har været med til at\nforebygge konflikter og krig, og de har gjort en ekstraordinær indsats.\n',
      { requireFolketingDocument: false },
    )
    expect(records.map((record) => [record.question.kind, record.question.number])).toEqual([
      ['consultation', 'Æ'],
      ['consultation', 'Ø'],
    ])
    // The number is read where it stands, not in a word that holds its letter (`GÆLDER`).
    expect(records[0]?.provenance['question.number']?.lines).toEqual([3, 3])
  })

  it("reads the samråd's letter from a title in a speech form's value column, below ft.dk's stamp", async () => {
    const record = await parse(
      'Børne- og Undervisningsudvalget 2021-22\nBUU Alm.del\nOffentligt\nTALEPAPIR\nDET TALTE ORD GÆLDER\nAnledning\nTitel\nMålgruppe\nArrangør\nTaletid\nTid og sted\nSamråd\nBørne- og undervisningsministerens tale til Samråd Q\nBørne- og Undervisningsudvalget\nBørne- og Undervisningsudvalget\n10 minutter\nBørne- og Undervisningsudvalget, 29. september 2022 kl. 10-11.30\nBUU, Alm.del - 2021-22 - Endeligt svar på spørgsmål 447: Spm. om talepapir fra det åbne samråd, til børne- og undervisningsministeren\nTak for ordet.\n',
    )
    expect(record.question).toMatchObject({ kind: 'consultation', number: 'Q' })
  })

  it('near miss: a samråd named in the running text after the head names no question of the paper', async () => {
    const records = await parseAll(
      'DET TALTE ORD GÆLDER\nFM talepapir\nVores veteraner har ydet en særdeles vigtig indsats for Danmark, og det\nvar også emnet for samråd Æ og Ø i sidste måned, som jeg gerne vil følge op på.\n',
      { requireFolketingDocument: false },
    )
    expect(records).toHaveLength(1)
    expect(records[0]?.question.number).toBeNull()
  })

  it('near miss: a line that says more than the letters ends the head (`Samrådsspørgsmål A og B blev stillet …`)', async () => {
    const records = await parseAll(
      'TALEPAPIR\nSamrådsspørgsmål A og B blev stillet af udvalget i foråret, og jeg er glad for at kunne svare på dem i dag.\nDato: 2. maj 2022\n\nJeg vil gerne starte med at sige, at regeringen arbejder på sagen, og at vi\nser frem til et godt samarbejde med udvalget om de næste skridt.\n',
      { requireFolketingDocument: false },
    )
    expect(records[0]?.answer.text).toMatch(/^Samrådsspørgsmål A og B blev stillet/u)
  })

  it('near miss: a speech for a samråd named by its subject gets no letters', async () => {
    const records = await parseAll(
      'Tale til samråd om DR den 8. februar\nDato\n7. februar 2024\n[Intro]\nTak for ordet.\nKlimaforandringerne er i gang.\n',
      { requireFolketingDocument: false },
    )
    expect(records).toHaveLength(1)
    expect(records[0]?.question.number).toBeNull()
  })

  it('gives an answer letter no samråd number from a line that mentions one (near miss)', async () => {
    const record = await parse(
      'Sundhedsudvalget har i brev af 3. maj 2019 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 12:\n”Vil ministeren oversende talepapiret fra samrådsspørgsmål F?”\n\nSvar:\nTalepapiret er vedlagt.\n',
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '12' })
  })
})

describe('a speech paper’s title under the samråd question it names (forty-second session)', () => {
  it.each(['TALEPUNKT', 'Taleseddel'])('starts the speech after its title (%s), not at the head above it', async (title) => {
    const record = await parse(
      `Samrådsspørgsmål C om regeringens position i konflikten i Hong Kong og om,\nhvilken rolle Danmark kan spille.\n${title}\nTil:\nUdenrigsministeren\nEnhed:\nALO\nDato:\n01-11-2019\nSag:\n2019-4432\nTak for muligheden for at svare på spørgsmål om regeringens position i konflikten.\nSituationen i Hong Kong er alvorlig.`,
    )
    expect(record.documentType).toBe('consultation-speech')
    expect(record.answer.text).toMatch(/^Tak for muligheden/u)
  })

  it('near miss: a title right under ft.dk’s stamp leaves the speech to start at its first running text', async () => {
    const record = await parse(
      'Børne- og Undervisningsudvalget 2021-22\nBUU Alm.del\nOffentligt\nTALEPAPIR\nDET TALTE ORD GÆLDER\nAnledning\nSamråd\nTak for ordet. Jeg vil gerne takke for spørgsmålet om skolen.',
    )
    expect(record.answer.text).toMatch(/^Tak for ordet/u)
  })
})

describe('a speech that opens before it quotes its lettered question, then answers it under "Svar:"', () => {
  /** A cover letter, then the speech: `head`, an opening, the question `heading`, `Svar:` and its answer. */
  const speech = (
    head: string,
    heading: string,
    opening = '· Lad mig straks slå fast, at der var en fejl i svaret til udvalget, og det beklager jeg meget.',
  ) =>
    `Udvalget for Videnskab og Teknologi\n\nTil udvalgets orientering fremsendes hermed mit talepapir i forbindelse med samrådet den 8. februar 2006.\n\nMed venlig hilsen\n\nHelge Sander\n\n${head}\n\nIndledning\n\n${opening}\n\n· Jeg har ikke bevidst holdt oplysninger tilbage for Folketinget, og det vil jeg gerne understrege.\n\n${heading}\n\n”Vil ministeren redegøre for, hvornår ministeriet traf beslutningen?”\n\nSvar:\n\n· Ministeriet modtog spørgsmålet fredag den 9. december 2005 og besvarede det straks.\n`

  it.each([
    ['DET TALTE ORD GÆLDER\n\nTaleudkast af\n\n7. februar 2006', 'Spørgsmål AA:'],
    ['Talepapir (det talte ord gælder)', 'Spørgsmål B:'],
    ['TALE', 'Spørgsmål Ø:'],
  ])('%s / %s: a samråd question, the opening in the answer', async (head, heading) => {
    const record = await parse(speech(head, heading), { requireFolketingDocument: false })
    expect(record.documentType).toBe('consultation-speech')
    expect(record.question.kind).toBe('consultation')
    expect(record.answer.text).toContain('Lad mig straks slå fast')
    expect(record.answer.text).toContain('Ministeriet modtog spørgsmålet fredag')
    expect(record.answer.text).not.toContain('Vil ministeren redegøre')
  })

  it('takes no head line naming the samråd question as the speech, and a question numbered in digits stays ordinary (near misses)', async () => {
    const headed = await parse(
      speech(
        'UDKAST TIL TALE\n\ntil brug for besvarelsen af samrådsspørgsmål BA fra Folketingets Retsudvalg den 2. maj 2013 om politiets overvågning',
        'Spørgsmål BA:',
        'Tak.',
      ),
      {
        requireFolketingDocument: false,
      },
    )
    expect(headed.answer.text).not.toContain('til brug for')
    const digits = await parse(speech('DET TALTE ORD GÆLDER', 'Spørgsmål 7:'), { requireFolketingDocument: false })
    expect(digits.question.kind).not.toBe('consultation')
  })
})

describe("a speech paper's question note, and the speech on the next line with no width to tell", () => {
  /** A speech paper in a narrow column: the head, the lettered question, its note, then the speech straight after. */
  const paper = (note: readonly string[], between: readonly string[] = []) =>
    [
      'Kulturudvalget 2021-22',
      'TALE',
      '22. november 2021',
      'Samrådsspørgsmål F:',
      'Vil ministeren redegøre for sin indstilling til',
      'kulturdelen af rådsmøde (uddannelse, ungdom,',
      'kultur og sport) den 29.-30.',
      'november 2021?',
      ...note,
      ...between,
      'Kultur- og sportsdelen af rådsmødet',
      'Alle punkter er til orientering og skal ikke',
      'drøftes nærmere på dette samråd i udvalget.',
    ].join('\n')

  it.each([
    [['Spørgsmålet er stillet på udvalgets vegne af', 'udvalgsformand Hans Christian Schmidt (V).']],
    [['Spørgsmålet er stillet på udvalgets vegne af udvalgsformand Hans Christian Schmidt (V).']],
  ])('ends the note with its sentence: %j', async (note) => {
    const record = await parse(paper(note), { format: 'text' })
    expect(record.answer.text).toMatch(/^Kultur- og sportsdelen af rådsmødet Alle punkter er til orientering/u)
    expect(record.question.askedByCommittee).toBe(true)
  })

  it("passes over the ministry's address set between the note and the speech", async () => {
    const record = await parse(
      paper(['Spørgsmålet er stillet efter ønske fra Leif Mikkelsen (LA).'], ['Slotsholmsgade 10 1216 København K. Telefon 7226 8400', '']),
      { format: 'text' },
    )
    expect(record.answer.text).toMatch(/^Kultur- og sportsdelen/u)
    expect(record.question.askers).toMatchObject([{ name: 'Leif Mikkelsen', party: 'LA' }])
  })

  it('near miss: an initial with its stop inside the note does not end it', async () => {
    const record = await parse(paper(['Spørgsmålet er stillet efter ønske fra Mette F.', 'Hansen (S) og Ole Birk Olesen (LA).']), {
      format: 'text',
    })
    expect(record.answer.text).toMatch(/^Kultur- og sportsdelen/u)
    expect(record.question.askers).toMatchObject([{ name: 'Mette F. Hansen' }, { name: 'Ole Birk Olesen' }])
  })
})

describe('a speaking note whose title runs into the speech (`Taleseddel til brug for …`)', () => {
  /** After Forsvarsministeriet's speaking note for samråd AÆ and AØ (2021): the title wraps, the speech follows with no blank line. */
  const note = (title: string) =>
    [
      'Forsvarsudvalget 2021-22',
      'FOU Alm.del',
      'Offentligt',
      title,
      'om evakueringen fra Afghanistan',
      'Den sidste danske soldat forlod Afghanistan den 22. juni 2021. Herefter var',
      'der ikke danske soldater tilbage i landet.',
      'Jeg vil gerne først slå fast, at Forsvaret sammen med de civile myndigheder',
      'leverede en helt ekstraordinær god indsats.',
    ].join('\n')

  it('is a speech paper, its text from the first sentence after the title', async () => {
    const [first, second] = await parseAll(note('Taleseddel til brug for besvarelsen af samrådsspørgsmål AÆ og AØ'))
    expect([first?.documentType, first?.question.number, second?.question.number]).toEqual(['consultation-speech', 'AÆ', 'AØ'])
    expect(first?.answer.text.startsWith('Den sidste danske soldat forlod Afghanistan den 22. juni 2021.')).toBe(true)
  })

  it.each([
    ['after its first words', 'Taleseddel til brug for besvarelsen af\nsamrådsspørgsmål AÆ og AØ'],
    [
      'inside its list of questions',
      'Taleseddel til brug for besvarelsen af samrådsspørgsmål AÆ\nog AØ om evakueringen af de danske soldater',
    ],
  ])('reads both questions where a narrow column wraps the title %s', async (_, title) => {
    const records = await parseAll(note(title))
    expect(records.map((record) => record.question.number)).toEqual(['AÆ', 'AØ'])
    expect(records[0]?.answer.text.startsWith('Den sidste danske soldat')).toBe(true)
  })

  it('near miss: a title that ends its sentence leaves the speech where it was', async () => {
    const record = await parse(note('Talepapir til brug for besvarelsen af samrådsspørgsmål A.'))
    expect(record.documentType).toBe('consultation-speech')
    expect(record.answer.text).toContain('Jeg vil gerne først slå fast')
  })
})
