import { describe, expect, it } from 'vitest'
import { parse } from '../../../src/index.js'
import { textToTree } from '../../../src/input/text.js'
import { GLUED_LETTER_LINE, unglueLetterLine } from '../../../src/layout/text/unglue-lines.js'
import { Messages } from '../../../src/messages.js'

/** A made-up cover letter of the early 2000s, set on one line as old renditions do. */
const COVER_LETTER = [
  'Udskriftsvenlig version   Aarhus, den 14. marts 2002 Nørregade 7 CVR-nr. 11-22-33-44 E-post: post@example.dk',
  '8000 Aarhus C Tlf.: 8612 3456 Internet: www.example.dk                          Folketingets Kulturudvalg',
  'Udvalgssekretariatet Christiansborg Under henvisning til Kulturudvalgets skrivelse af 1. marts 2002 fremsender',
  'jeg hermed min besvarelse af udvalgets spørgsmål nr. 4 og 5 (Alm. del – bilag 12). Der henvises i øvrigt til',
  'tidligere besvarelser af lignende spørgsmål fra udvalget i indeværende samling. Med venlig hilsen Jens Hansen',
].join(' ')

/** A made-up answer page with its running header, question and answer on one line. */
const ANSWER_PAGE = [
  '  Side 2/4   Bilag til kulturministerens skrivelse af 14. MARTS 2002 (Alm. del - bilag 12) Spørgsmål nr. 4:',
  'Ministeren bedes oplyse,  hvor  mange  biblioteker  der  er  lukket  siden  1998,  fordelt  på  amter  og',
  'kommuner. Svar: Der er ifølge Biblioteksstyrelsens opgørelse lukket 41 filialer i perioden, heraf de fleste',
  'i landkommuner. En fordeling på amter fremgår af vedlagte oversigt, der er udarbejdet af styrelsen. De fleste',
  'lukninger skete i forbindelse med kommunale budgetforlig.   Jeg kan i øvrigt henvise til styrelsens årsberetning.',
].join(' ')

/** A made-up letter whose letterhead cells and title run into the question and answer. */
const LETTERHEAD_CELLS = [
  'Skatteministeriet Departementet Kontor: Lovkontoret Sagsnr.: 2004-318-0042 Dok.: ABC12345 Nicolai Eigtveds',
  'Gade 28 Telefon: 33 92 33 92 1402 København K Internet: http://www.example.dk X Besvarelse af spørgsmål nr. 77',
  'fra Folketingets Skatteudvalg (Alm. del). Spørgsmål: ”Ministeren bedes redegøre for provenuet af afgiften på',
  'chokolade i årene 2000-2003.” Svar: Provenuet fremgår af tabellen nedenfor, som Skatteministeriet har opgjort på',
  'grundlag af oplysninger fra told- og skatteregionerne og de seneste regnskabstal fra Økonomistyrelsen.',
].join(' ')

describe('unglueLetterLine', () => {
  it('cuts a glued cover letter at its gaps, date line, addressee, opening and closing', () => {
    expect(COVER_LETTER.length).toBeGreaterThan(GLUED_LETTER_LINE)
    expect(unglueLetterLine(COVER_LETTER)).toEqual([
      'Udskriftsvenlig version',
      'Aarhus, den 14. marts 2002',
      'Nørregade 7 CVR-nr. 11-22-33-44 E-post: post@example.dk 8000 Aarhus C Tlf.: 8612 3456 Internet: www.example.dk',
      'Folketingets Kulturudvalg Udvalgssekretariatet Christiansborg',
      expect.stringMatching(/^Under henvisning til Kulturudvalgets skrivelse .* i indeværende samling\.$/u),
      'Med venlig hilsen',
      'Jens Hansen',
    ])
  })

  it("cuts the letter's date right after the addressee's address, a capital after it (eu.dk, 2004)", () => {
    const line = `Folketingets Uddannelsesudvalg Christiansborg 17. november 2004 I forbindelse med behandlingen af (L 3) har udvalget stillet mig følgende spørgsmål: Spørgsmål 5: ”Hvad er årsagen til det stigende elevtal?” Svar: ${'Ministeriet har konstateret, at aktiviteten er steget. '.repeat(6)}`
    const pieces = unglueLetterLine(line)
    expect(pieces.slice(0, 3)).toEqual([
      'Folketingets Uddannelsesudvalg Christiansborg',
      '17. november 2004',
      'I forbindelse med behandlingen af (L 3) har udvalget stillet mig følgende spørgsmål:',
    ])
    // Near miss: a date after the address that a sentence goes on from in lower case stays in its line.
    const sentence = line.replace('2004 I forbindelse', '2004 i forbindelse')
    expect(unglueLetterLine(sentence)[0]).toMatch(/^Folketingets Uddannelsesudvalg Christiansborg 17\. november 2004 i forbindelse/u)
  })

  it('cuts a glued answer page at its running header and headings, and a wide gap before a capital', () => {
    const lines = unglueLetterLine(ANSWER_PAGE)
    expect(lines.slice(0, 3)).toEqual([
      'Side 2/4',
      'Bilag til kulturministerens skrivelse af 14. MARTS 2002 (Alm. del - bilag 12)',
      expect.stringMatching(/^Spørgsmål nr\. 4: Ministeren bedes oplyse, {2}hvor .* kommuner\.$/u),
    ])
    expect(lines[3]).toMatch(/^Svar: Der er ifølge .* budgetforlig\.$/u)
    expect(lines[4]).toBe('Jeg kan i øvrigt henvise til styrelsens årsberetning.')
    expect(lines).toHaveLength(5)
  })

  it('cuts at a question heading whose words a 2005 rendition set apart with runs of spaces', async () => {
    const line = [
      'Besvarelse  af  spørgsmål  nr.     41  (alm. del),  som  Kommunaludvalget har stillet til indenrigs- og sundhedsministeren',
      'den 26. april 2005 Spørgsmål    41: "Vil ministeren oversende en kopi af rapporten til udvalget med ministerens kommentar?"',
      'Svar: Det seneste rapportudkast er godkendt af Kommunalkongressens Institutionelle Komité den 15. april 2005 og skal drøftes',
      'på Kommunalkongressens Plenarforsamling i maj. Jeg vil sende udvalget rapporten, når den foreligger i sin endelige form.',
      'Med venlig hilsen Lars Løkke Rasmussen',
    ].join(' ')
    expect(unglueLetterLine(line).find((piece) => piece.startsWith('Spørgsmål'))).toMatch(/^Spørgsmål {4}41: "Vil ministeren/u)
    const record = await parse(line, { requireFolketingDocument: false })
    expect(record.question.text).toBe('Vil ministeren oversende en kopi af rapporten til udvalget med ministerens kommentar?')
  })

  it("cuts a page's 'Side 2' off the start of a glued page, a sign besides its question and answer headings (2005)", () => {
    const line = `Side 2 Spørgsmål: Ministeren bedes kommentere henvendelsen af 3. november 2005 fra Bryggeriforeningen, jf. alm. del Svar: ${'Det tilsendte materiale består af et antal plancher, som er kommenteret enkeltvis herunder. '.repeat(5)}`
    const lines = unglueLetterLine(line)
    expect(lines.slice(0, 2)).toEqual([
      'Side 2',
      'Spørgsmål: Ministeren bedes kommentere henvendelsen af 3. november 2005 fra Bryggeriforeningen, jf. alm. del',
    ])
    expect(lines[2]).toMatch(/^Svar: Det tilsendte materiale/u)
    // Near miss: `Side 2` in a sentence is no page's number, and two headings alone are too few signs to cut.
    const sentence = line.replace('Side 2 Spørgsmål', 'Se side 2 om spørgsmål')
    expect(unglueLetterLine(sentence)).toEqual([sentence])
  })

  it("cuts 'Side 2' off an indented glued page: the rendition's margin is no part of the letter (sixty-sixth session)", () => {
    // A glued page of Skatteministeriet's 2005 note on L 98 (fixtures/real/20042_l98_bilag4_160036), indented.
    const page = [
      'Side 2 Henvendelse fra Ernst og Young (udvalgets bilag 2) I   henvendelsen   gøres   opmærksom   på,',
      '   at   indeksobligationer   ikke   kan   indgå   i virksomhedsskatteordningen. Baggrunden herfor er',
      ' det skattefri indekstillæg, som ikke bør kunne indgå i virksom hedsskatteordningen. Hvis det kunne ',
      'indgå, ville for stor en del  af  virksomhedens  indkomst  i  et  givet  år  kunne  henføres  til  k',
      'apitalafkast,  idet kapitalafkastet  beregnes  som  kapitalafkastskatteprocenten  gange  med  de  in',
      'dskudte aktivers værdi i det år, hvori  afkastet beregnes. Hvis   L   98   gennemføres,   er   indek',
      'stillæg   m.v.   på   en   række   indeksobligationer indkomstskattepligtige efter et lagerprincip. ',
    ].join('')
    const pieces = unglueLetterLine(`   ${page}`)
    expect(pieces[0]).toBe('Side 2')
    expect(pieces[1]).toMatch(/^Henvendelse fra Ernst og Young \(udvalgets bilag 2\) I {3}henvendelsen/u)
    // Near miss: an indented sentence that names a page is no page's number.
    const sentence = `   ${page.replace('Side 2 Henvendelse', 'Se side 2 om henvendelsen')}`
    expect(unglueLetterLine(sentence)).toEqual([sentence])
  })

  it("cuts a page's number off before the page's first question heading, a sign besides the heading", () => {
    // Webarkiv annexes set each page on one line, opening with its number: number, heading and answer heading.
    const page = `3 Spørgsmål nr. 179: "Vil ministeren oplyse, om resolutionen giver hjemmel?" Svar: ${'På  grundlag  af  resolutionerne  kan  en  koalition  deltage. '.repeat(7)}`
    expect(page.length).toBeGreaterThan(GLUED_LETTER_LINE)
    const lines = unglueLetterLine(page)
    expect(lines.slice(0, 2)).toEqual(['3', 'Spørgsmål nr. 179: "Vil ministeren oplyse, om resolutionen giver hjemmel?"'])
    expect(lines[2]).toMatch(/^Svar: På/u)
    // Near miss: a number that opens running text with a heading later in the line is no page number.
    const text = `3 spørgsmål nr. 179: ${'kan en koalition deltage. '.repeat(20)} Svar: ja.`
    expect(unglueLetterLine(text)).toEqual([text])
  })

  it("cuts letterhead labels and the letter's title after a web address, not the committee named in the title", () => {
    expect(unglueLetterLine(LETTERHEAD_CELLS)).toEqual([
      'Skatteministeriet Departementet',
      'Kontor: Lovkontoret',
      'Sagsnr.: 2004-318-0042',
      'Dok.: ABC12345 Nicolai Eigtveds Gade 28 Telefon: 33 92 33 92 1402 København K Internet: http://www.example.dk X',
      'Besvarelse af spørgsmål nr. 77 fra Folketingets Skatteudvalg (Alm. del).',
      'Spørgsmål: ”Ministeren bedes redegøre for provenuet af afgiften på chokolade i årene 2000-2003.”',
      expect.stringMatching(/^Svar: Provenuet fremgår .* fra Økonomistyrelsen\.$/u),
    ])
  })

  it('cuts a flattened label column, however short', () => {
    const line = 'Miljøministeriet Dato:         3. juni 2006 Kontor:       Naturkontoret J.nr.:          2006-12-345 Ref.: ab'
    expect(unglueLetterLine(line)).toEqual([
      'Miljøministeriet',
      'Dato:         3. juni 2006',
      'Kontor:       Naturkontoret',
      'J.nr.:          2006-12-345 Ref.: ab',
    ])
  })

  it('leaves a word broken by stray spaces whole: a gap is a cut only before a capital', () => {
    const line = `${COVER_LETTER} da ko   n- trolbesøgene blev gennemført, jf. svaret på alm. del    – 94.`
    const lines = unglueLetterLine(line)
    expect(lines.at(-1)).toBe('Jens Hansen da ko   n- trolbesøgene blev gennemført, jf. svaret på alm. del    – 94.')
  })

  it("cuts a letter glued with no spaces at all: the ministry's capitals, the title, the question's heading, the answer's", () => {
    const line = [
      'UDENRIGSMINISTERIETSvar på spørgsmål nr. 12 af 3. maj 2010 fra Udenrigsudvalget tiludenrigsministerenSpørgsmål',
      '12:”Vil ministeren oplyse, hvor mange ambassader der er lukket siden 2001, og hvilke lande der har fået nye',
      'repræsentationer i samme periode?”Svar:Jeg kan oplyse, at der er lukket syv ambassader i perioden, og at de',
      'nordiske lande i flere af de berørte lande har aftalt at hjælpe hinandens borgere, især med pas og visum.',
    ].join(' ')
    expect(line.length).toBeGreaterThan(GLUED_LETTER_LINE)
    expect(unglueLetterLine(line).map((piece) => piece.slice(0, 30))).toEqual([
      'UDENRIGSMINISTERIET',
      'Svar på spørgsmål nr. 12 af 3.',
      'Spørgsmål 12:”Vil ministeren o',
      // The colon glued to the word after it is parted from it (a glued line's repair).
      'Svar: Jeg kan oplyse, at der e',
    ])
  })

  it("cuts the letter's date written in figures after its case number, a capital after it (Miljøministeriet, 2005)", () => {
    const answer = 'Ifølge den nye praksis vil import af affald til forbrændingsanlæg blive klassificeret som bortskaffelse. '
    const line = [
      'J.nr. M 3034-0043 Den 06.12.2005 Miljøministerens besvarelse af spørgsmål nr. 40 stillet af Folketingets',
      'Miljø- og Planlægningsudvalg den 8. november 2005 Spørgsmål 40: Er der hjemmel til, at et dansk affaldsselskab',
      `importerer dagrenovation fra eksempelvis Tyskland? Svar: ${answer.repeat(3)}`,
    ].join(' ')
    expect(line.length).toBeGreaterThan(GLUED_LETTER_LINE)
    const pieces = unglueLetterLine(line)
    expect(pieces.slice(0, 3)).toEqual([
      'J.nr. M 3034-0043',
      'Den 06.12.2005',
      'Miljøministerens besvarelse af spørgsmål nr. 40 stillet af Folketingets Miljø- og Planlægningsudvalg den 8. november 2005',
    ])
    expect(pieces.slice(3).map((piece) => piece.slice(0, 14))).toEqual(['Spørgsmål 40: ', 'Svar: Ifølge d'])
    // A sentence that opens with the date goes on in lower case: no date line.
    const sentence = line.replace('Den 06.12.2005 Miljøministerens', 'Den 06.12.2005 modtog ministeriet')
    expect(unglueLetterLine(sentence)).toEqual([sentence])
  })

  it("cuts a month and its year after the answer's last sentence, and the case number's label 'Vores sag' (2005)", () => {
    const answer = 'Alle de årsværk, der er til at løse opgaverne, skal således fordeles på en ny måde. '
    const line = [
      'Beskæftigelsesministerens besvarelse af spørgsmål nr. 75 af 28. april 2005 fra Folketingets Arbejdsmarkedsudvalg (L 22).',
      `Spørgsmål nr. 75: Hvor mange medarbejdere vil blive overflyttet? Svar: ${answer.repeat(3)}Maj 2005 Vores sag 04-201-52/101-0012`,
    ].join(' ')
    expect(unglueLetterLine(line).slice(-3)).toEqual([`Svar: ${answer.repeat(3).trim()}`, 'Maj 2005', 'Vores sag 04-201-52/101-0012'])
    // A month and year that open a sentence going on in lower case, or stand inside one, are the sentence's.
    const inSentence = line.replace('Maj 2005 Vores sag', 'Maj 2005 blev aftalen indgået. Vores sag')
    expect(unglueLetterLine(inSentence).at(-2)).toMatch(/måde\. Maj 2005 blev aftalen indgået\.$/u)
  })

  it('mends a question heading whose word a stray space broke, and cuts an empty date label off the title (2005)', () => {
    const answer = 'Regeringens udkast har været forelagt for Færøernes hjemmestyre i medfør af hjemmestyrelovens § 7. '
    const line = [
      'STATSMINISTERIET Dato: Statsminister Anders Fogh Rasmussens svar på spørgsmål nr. 1 – 5 af 19. maj 2005 stillet af',
      'Det Politisk-Økonomiske Udvalg (L 169). Spø rgsmål 1: ”Ministeren bedes oplyse, om det har konsekvenser.”',
      `Svar: ${answer.repeat(3)}`,
    ].join(' ')
    expect(unglueLetterLine(line).map((piece) => piece.slice(0, 30))).toEqual([
      'STATSMINISTERIET',
      'Dato:',
      'Statsminister Anders Fogh Rasm',
      'Spørgsmål 1: ”Ministeren bedes',
      'Svar: Regeringens udkast har v',
    ])
    // `Spørgsmå l 27:`, `Spør gsmål 8:` mended alike; a word broken so in running text (no number and colon) is left.
    // Two spaces in the gap too (`Spørgsmå  l nr. 3:`, a 2004 letter glued onto one line; forty-second session).
    for (const broken of ['Spørgsmå l 27:', 'Spør gsmål 8:', 'Spørgsmå  l 27:']) {
      const pieces = unglueLetterLine(line.replace('Spø rgsmål 1:', broken))
      expect(pieces.some((piece) => /^Spørgsmål (?:27|8): ”/u.test(piece))).toBe(true)
    }
    const prose = line.replace('Spø rgsmål 1:', 'Spø rgsmålet er:')
    expect(unglueLetterLine(prose).join(' ')).toContain('Spø rgsmålet er:')
    // Near miss: a gap of three spaces is a justified line's run, no stray gap inside one word.
    expect(unglueLetterLine(line.replace('Spø rgsmål 1:', 'Spørgsmå   l 27:')).some((piece) => piece.startsWith('Spørgsmål 27:'))).toBe(
      false,
    )
  })

  it("cuts webarkiv.ft.dk's link to the PDF off the letterhead it opens (round 72)", () => {
    const answer = 'Ministeriet har indhentet en udtalelse fra Justitsministeriet, som jeg kan henholde mig til. '
    const line = [
      'PDF udgave (87 KB) STATSMINISTERIET Dato: 2. juni 2004 Statsministerens svar på spørgsmål 3 stillet af',
      `Folketingets Udvalg for Forretningsordenen (Alm. del – bilag 4). Spørgsmål: ”Vil statsministeren oplyse reglerne?” Svar: ${answer.repeat(3)}`,
    ].join(' ')
    expect(unglueLetterLine(line).slice(0, 2)).toEqual(['PDF udgave (87 KB)', 'STATSMINISTERIET'])
    // Near miss: the words inside a sentence are no link (`… findes i en PDF udgave (87 KB) på …`).
    const inside = `Rapporten findes i en PDF udgave (87 KB) på ministeriets hjemmeside. ${line.slice('PDF udgave (87 KB) '.length)}`
    expect(unglueLetterLine(inside)[0]).toMatch(/^Rapporten findes i en PDF udgave \(87 KB\) på/u)
  })

  it('leaves a date inside a sentence of a glued letter where it stands: "den" in lower case, a word in lower case after', () => {
    const line = [
      'UDENRIGSMINISTERIET OKO Den 6. januar 2005   Ad EUU alm. del - Spørgsmål 10 af 13. december 2004 ”Vil regeringen',
      'oplyse, hvilke overvejelser den har om en ambassade i Kiev?”   Svar: I lyset af forløbet af omvalget i Ukraine den',
      '26. december 2004 har regeringen besluttet at åbne en ambassade i Kiev med henblik på at styrke forbindelserne med',
      'Ukraine. Åbningen vil ske snarest muligt. Oprettelsen vil blive finansieret ved omprioritering af ressourcer.',
    ].join(' ')
    expect(line.length).toBeGreaterThan(GLUED_LETTER_LINE)
    const pieces = unglueLetterLine(line)
    expect(pieces.slice(0, 2)).toEqual(['UDENRIGSMINISTERIET OKO', 'Den 6. januar 2005'])
    expect(pieces.at(-1)).toMatch(/^Svar: I lyset af forløbet af omvalget i Ukraine den 26\. december 2004 har regeringen/u)
  })

  it('cuts a letter whose headings are glued on both sides, with a name in capitals before the question (round 38)', () => {
    const line = [
      'Besvarelse af spørgsmål nr. 13B 49 af 15. januar 2013 tiludenrigsministerenfraFolketinget – Forsvarsudvalgetefter',
      'ønske fra NikolajVillumsen (EL)UDENRIGSMINISTERIETSpørgsmål nr. 13:Hvorfor er det ikke lykkedes at indsætte',
      'styrken tidligere, og hvad har Danmarkgjort for at hjælpe med indsatsen hidtil.Svar:Det var først med vedtagelsen',
      'af resolution 2085 af 20. december 2012, atder blev givet mandat til deployeringen af den afrikansk-ledede styrke.',
    ].join(' ')
    expect(line.length).toBeGreaterThan(GLUED_LETTER_LINE)
    const pieces = unglueLetterLine(line)
    expect(pieces.map((piece) => piece.slice(0, 20))).toEqual([
      'Besvarelse af spørgs',
      'UDENRIGSMINISTERIET',
      'Spørgsmål nr. 13:Hvo',
      'Svar: Det var først ',
    ])
  })

  it.each([
    ['”', '”'],
    // Closed as Danish quoting and German quoting close (sixty-sixth session).
    ['»', '«'],
    ['„', '“'],
  ])('cuts a line at its one glued answer heading, the question quoted %s…%s before it (round 38)', (open, close) => {
    const question = `${open}Vil Ministeren anerkende, at det kan blive vanskeligt at leve op til alle bestemmelserne på én gang?${close}`
    const answer = `Svar:Menneskerettighederne er udelelige. ${'Indsatsen skal tilpasses det enkelte lands situation. '.repeat(6)}`
    const line = `URU spørgsmål 9 vedr. forslag til lov om udviklingssamarbejde (L153):${question}${answer}`
    expect(unglueLetterLine(line)).toEqual([
      `URU spørgsmål 9 vedr. forslag til lov om udviklingssamarbejde (L153):${question}`,
      // The colon glued to the word after it is parted from it (a glued line's repair).
      answer.trim().replace('Svar:', 'Svar: '),
    ])
  })

  it('cuts before a § 20 question’s heading glued to the sentence before it and to its two single quotes (round 116)', () => {
    const line = `Medlem af Folketinget Juliane Henningsen (IA) har den 28. april 2011 stilletfølgende spørgsmål nr. S 1644 til indenrigs- og sundhedsministeren, somhermed besvares.Spørgsmål nr. S 1644:’’Vil ministeren oplyse, om han agter at undtage grønlandske borgere i Danmark fra lovændringen om betaling af tolkebistand på sundhedsområdet ellermedvirke til en særordning for grønlandske borgere i Danmark, der ofte udgøren særlig sproggruppe i det danske samfund?”`
    expect(line.length).toBeGreaterThan(GLUED_LETTER_LINE)
    expect(unglueLetterLine(line).map((piece) => piece.slice(0, 24))).toEqual(['Medlem af Folketinget Ju', 'Spørgsmål nr. S 1644:’’V'])
    // Near miss: the number named in the sentence, no heading's colon after it.
    const named = line.replace('besvares.Spørgsmål nr. S 1644:’’Vil', 'besvares. Spørgsmål nr. S 1644 vil')
    expect(unglueLetterLine(named)).toEqual([named])
  })

  it('cuts before an answer heading glued after a single closing quote (’…’Svar:)', () => {
    const line = `${'Sundhedsudvalget har stillet følgende spørgsmål, som hermed besvares. '.repeat(3)}Spørgsmål nr. 314:’Vil ministeren fremsende en vurdering?’Svar:Jeg kan oplyse, at ${'instituttet vurderer det. '.repeat(6)}`
    expect(unglueLetterLine(line).map((piece) => piece.slice(0, 18))).toEqual([
      'Sundhedsudvalget h',
      'Spørgsmål nr. 314:',
      'Svar: Jeg kan oply',
    ])
  })

  describe('near misses', () => {
    it('leaves a long line whose only glued heading-like words are in running text', () => {
      const paragraph = [
        'Det fremgår af EU-Kommissionens Svar på spørgsmål fra Parlamentet, at antallet af sager er steget, og at',
        'Kommissionen vil se på reglerne. Ministeriet har derfor bedt styrelsen om en redegørelse, som udvalget vil',
        'modtage, når den foreligger. Redegørelsen vil omfatte alle typer af sager, herunder sager om indgreb, hvor',
        'retten har givet forudgående tilladelse, og sager, hvor tilladelsen er givet efterfølgende, jf. mit svar: ja.',
      ].join(' ')
      expect(paragraph.length).toBeGreaterThan(GLUED_LETTER_LINE)
      expect(unglueLetterLine(paragraph)).toEqual([paragraph])
    })

    it('leaves a long paragraph of running text whole, though it names a committee, a date and an answer', () => {
      const paragraph = [
        'Det fremgår af mit svar på spørgsmål nr. 12 fra Folketingets Retsudvalg, at antallet af sager er steget.',
        'Den 15. februar 2006 besluttede jeg derfor at bede Rigsadvokaten om en redegørelse, som Folketingets',
        'Retsudvalg vil modtage, når den foreligger. Redegørelsen vil omfatte alle politikredse og alle typer af sager,',
        'herunder sager om indgreb i meddelelseshemmeligheden, hvor retten har givet forudgående tilladelse, og sager,',
        'hvor tilladelsen er givet efterfølgende. Jeg vil i den forbindelse også se på, om reglerne bør ændres.',
      ].join(' ')
      expect(paragraph.length).toBeGreaterThan(GLUED_LETTER_LINE)
      expect(unglueLetterLine(paragraph)).toEqual([paragraph])
    })

    it('leaves a long line with only one or two signs whole', () => {
      const line = `${'Der er tale om en betydelig stigning i antallet af sager i perioden. '.repeat(6)}  Svar: se ovenfor.   Med`
      expect(unglueLetterLine(line)).toEqual([line])
    })

    it('leaves a long line whose one heading has a space after it whole (a heading glued on both sides cuts: below)', () => {
      const line = `${'Der er tale om en betydelig stigning i antallet af sager i perioden. '.repeat(6)}Jf. mit tidligere svar.Svar: se ovenfor.`
      expect(unglueLetterLine(line)).toEqual([line])
    })

    it('leaves a short line with one or two labels before gaps whole (a table row, a letterhead line)', () => {
      const line = 'Dato:        3. juni 2006     Kontor:      Naturkontoret'
      expect(unglueLetterLine(line)).toEqual([line])
    })
  })
})

describe('textToTree with a glued letter line', () => {
  it('gives the cut pieces as blocks of their own and warns once', () => {
    const messages = new Messages()
    const tree = textToTree(`${COVER_LETTER}\n${ANSWER_PAGE}\n`, messages)
    const texts = tree.children.map((node) => ('children' in node ? JSON.stringify(node.children) : ''))
    expect(texts.some((text) => text.includes('"Med venlig hilsen"'))).toBe(true)
    expect(texts.some((text) => text.includes('"Jens Hansen"'))).toBe(true)
    expect(messages.list.map((warning) => warning.code)).toEqual(['text-lines-unglued'])
  })

  it('leaves ordinary text as it was, without a warning', () => {
    const messages = new Messages()
    textToTree('Spørgsmål nr. 4:\nMinisteren bedes oplyse, hvor mange biblioteker der er lukket.\n', messages)
    expect(messages.list).toEqual([])
  })
})

describe('unglueLetterLine: words justification pulled apart at a kept line end', () => {
  const glued = (body: string) =>
    `Folketingets Udvalg for Fødevarer   Den 20. juni 2005 Sagsnr.: 433-41 Udvalget har udbedt sig min besvarelse af følgende spørgsmål 169:   Spørgsmål 169: ${body} Svar: Fødevarestyrelsen har oplyst, at der i alle tilfælde er fulgt op på indskærpelserne ved et nyt besøg i besætningen, og at styrelsen vil fortsætte kontrollen i hele landet i de kommende år. Med venlig hilsen Hans Hansen`
  it('joins a letter stranded before a line end’s hyphen, where the letter shows it more than once', () => {
    const pieces = unglueLetterLine(
      glued(
        '”Vil ministeren oplyse, i hvilket omfang indskærpelserne blev efterlevet, da ko   n- trolbesøgene blev gennemført, og om sagen er givet til p   o- litiet?”',
      ),
    )
    expect(pieces.join('\n')).toContain('da kontrolbesøgene blev gennemført, og om sagen er givet til politiet?')
  })
  it('joins no stranded letter before a word of two letters nor a suspended compound (the glued repair joins the line end)', () => {
    const pieces = unglueLetterLine(
      glued('”Vil ministeren nedsætte en ar- bejdsgruppe om a- og b-aktier og svar via e- mail om ko   n- trolbesøgene, De t- te?”'),
    )
    // `ar- bejdsgruppe` is no stranded letter; the glued line's repair joins it as the one line end kept as a space.
    expect(pieces.join('\n')).toContain('en arbejdsgruppe om a- og b-aktier og svar via e- mail om kontrolbesøgene, Dette?')
  })
})

describe('unglueLetterLine: pieces of a glued letter keep its repairs', () => {
  it('joins a line end left inside a piece, though the piece is short', () => {
    const line = `Folketingets Transportudvalg   Den 31. juli 2013 Transportudvalget har i brev af 3. juli 2013 stillet mig følgende spørgsmål, som jeg hermed skal besvare. Spørgsmål nr. 643: Ministeren bedes redegøre for forskellen på 7 mia. kr. for det samme pro-jekt? Svar: Det har ikke inden for svarfristen været muligt at indhente de fornødne oplys-ninger til besvarelse af spørgsmålet, som forventes besvaret inden udgangen af august. Med venlig hilsen Henrik Dam Kristensen`
    const pieces = unglueLetterLine(line)
    expect(pieces.join('\n')).toContain('det samme projekt?')
    expect(pieces.join('\n')).toContain('de fornødne oplysninger til')
  })
})

describe('unglueLetterLine: a letterhead column run into one line with no spaces', () => {
  it.each([
    [
      // Kirkeministeriet's column, date glued after the document number, the text after the date.
      'Nørre Voldgade 9Postboks 4001050 København Kwww.example.dkTelefon 3300 1100Telefax 3300 1199Dokument nr. 412/08Dato: 3. marts 2008 Jeg skal hermed orientere udvalget om sagen.',
      [
        'Nørre Voldgade 9',
        'Postboks 4001050 København K',
        'www.example.dk',
        'Telefon 3300 1100',
        'Telefax 3300 1199',
        'Dokument nr. 412/08',
        'Dato: 3. marts 2008',
        'Jeg skal hermed orientere udvalget om sagen.',
      ],
    ],
    [
      // A ministry's footer glued: postcode and town, phone, e-mail and web address.
      'Slotsholmsgade 121216 København KTlf. 3392 3300Fax 3393 1234E-mail [email protected]www.example.dk',
      ['Slotsholmsgade 121216 København K', 'Tlf. 3392 3300', 'Fax 3393 1234', 'E-mail [email protected]', 'www.example.dk'],
    ],
    [
      // An e-post label glued after the fax number.
      'Holmens Kanal 22Telefax 3392 25263392 2500e-post [email protected]Dato: 12. maj 2006',
      ['Holmens Kanal 22', 'Telefax 3392 25263392 2500', 'e-post [email protected]', 'Dato: 12. maj 2006'],
    ],
  ])('cuts it before each glued field and after its date: %s', (line, pieces) => {
    expect(unglueLetterLine(line)).toEqual(pieces)
  })

  it('leaves a line with one or two glued fields as it is (near miss: a writer’s missing space)', () => {
    const line = 'Se nærmere på ministerietswww.example.dk og ring på Telefon 3392 3300, hvis der er spørgsmål.'
    expect(unglueLetterLine(line)).toEqual([line])
  })

  it('leaves a sentence naming the labels with spaces before them as it is', () => {
    const line = 'Oplysningerne kan fås på Telefon 3392 3300, Telefax 3392 3301 og www.example.dk fra Dato: 1. maj 2020.'
    expect(unglueLetterLine(line)).toEqual([line])
  })
})

describe('unglueLetterLine: a labelled date glued to the fields on both sides', () => {
  it('cuts the date off as a line of its own (Udenrigsministeriet, 2011)', () => {
    const line =
      'UDENRIGSMINISTERIETDato: 20. december 2011Spørgsmål fra Udenrigsudvalget tiludenrigsministeren af 2. december2011, URU alm. del - spm. 39'
    expect(unglueLetterLine(line)).toEqual([
      'UDENRIGSMINISTERIET',
      'Dato: 20. december 2011',
      'Spørgsmål fra Udenrigsudvalget tiludenrigsministeren af 2. december2011, URU alm. del - spm. 39',
    ])
  })

  it("cuts a date line glued after the sender's title at the line's end (Finansministeriet, 2012)", () => {
    expect(unglueLetterLine('FinansministerenDen 10. december 2012')).toEqual(['Finansministeren', 'Den 10. december 2012'])
  })

  it('leaves a labelled date with a space or a sentence after it as it is (near misses)', () => {
    for (const line of [
      'UDENRIGSMINISTERIET Dato: 20. december 2011 Spørgsmål fra Udenrigsudvalget',
      'Sendt Dato: 20. december 2011 til udvalget.',
      'Loven blev vedtagetDen 10. december 2012 besluttede udvalget at gå videre.',
    ]) {
      expect(unglueLetterLine(line)).toEqual([line])
    }
  })
})

describe("unglueLetterLine: a cover's fields run together capital to lowercase", () => {
  it('cuts before each field glued to the one before', () => {
    expect(
      unglueLetterLine(
        'SkatteministerietJ.nr. 2005-318-0412DenSpørgsmål 182TilFolketingets SkatteudvalgHermed sendes svar på spørgsmål nr. 182af 12. september 2005.(Alm. del).Kristian Jensen/Birgitte Christensen',
      ),
    ).toEqual([
      'Skatteministeriet',
      'J.nr. 2005-318-0412',
      'Den',
      'Spørgsmål 182',
      'Til',
      'Folketingets Skatteudvalg',
      'Hermed sendes svar på spørgsmål nr. 182af 12. september 2005.(Alm. del).',
      'Kristian Jensen/Birgitte Christensen',
    ])
  })

  it.each([
    // Brands' inner capitals: no letterhead part among the pieces.
    'Vi har brugt PowerPoint, LinkedIn og YouTube i kampagnen og iPhone-appen.',
    // Two glued fields only.
    'SkatteministerietJ.nr. 2005-318-0412 Til Folketingets Skatteudvalg',
  ])('near miss: leaves %j as it is', (line) => {
    expect(unglueLetterLine(line)).toEqual([line])
  })
})

describe('unglueLetterLine: a page number glued to the first heading of a glued page', () => {
  it('cuts the number off with no space before the heading', () => {
    const rest = 'Ministeren bedes kommentere artiklen. '.repeat(12)
    const pieces = unglueLetterLine(`1Spørgsmål: ${rest}Svar:For at tage det sidste først er det sådan. Med venlig hilsen Kristian Jensen`)
    expect(pieces.slice(0, 2)).toEqual(['1', `Spørgsmål: ${rest.trim()}`])
  })
})

describe('unglueLetterLine: a question named by number and date, its quoted text glued after it', () => {
  const answer = 'Svar: I lyset af forløbet har regeringen besluttet at åbne en ambassade i Kiev, og den åbnes snarest muligt. '.repeat(3)

  it('cuts after the date, before the quotation', () => {
    const pieces = unglueLetterLine(
      `UDENRIGSMINISTERIET OKO, 3.F.Kiev.1 Fællessekretariatet Den 6. januar 2005               Ad EUU alm. del - Spørgsmål 10 af 13. december 2004 ”Idet der henvises til vedlagte pressemeddelelse, bedes regeringen oplyse, hvilke overvejelser regeringen har for at genetablere en dansk ambassade i Kiev, Ukraine”   ${answer}`,
    )
    expect(pieces).toContain('Ad EUU alm. del - Spørgsmål 10 af 13. december 2004')
    expect(pieces).toContain(
      '”Idet der henvises til vedlagte pressemeddelelse, bedes regeringen oplyse, hvilke overvejelser regeringen har for at genetablere en dansk ambassade i Kiev, Ukraine”',
    )
  })

  it('near miss: a sentence citing a question and its date, no quotation after it, is not cut there', () => {
    const sentence = 'Jeg henviser til mit svar på spørgsmål 10 af 13. december 2004 om ambassaden i Kiev, som udvalget har modtaget.'
    const pieces = unglueLetterLine(`Den 6. januar 2005   Spørgsmål nr. 11:   ”Vil ministeren oplyse det?”   ${answer}${sentence}`)
    expect(pieces.some((piece) => piece.includes(sentence))).toBe(true)
  })
})

describe('unglueLetterLine: headings glued after a quotation closed by any mark', () => {
  const answer = 'Jeg kan oplyse, at der er en mangeårig og veletableret praksis for, at de nordiske lande bistår hinanden. '.repeat(3)

  it.each([
    ['»', '«'],
    ['„', '“'],
    ['”', '”'],
  ])('cuts before "Svar:" after a question quoted %s…%s', (open, close) => {
    const pieces = unglueLetterLine(
      `UDENRIGSMINISTERIETSvar på spørgsmål nr. 140 af 4. maj 2010 fra Udenrigsudvalget tiludenrigsministerenSpørgsmål 140:${open}Ministeren har oplyst, at en række repræsentationer skal afvikles?${close}Svar:${answer}`,
    )
    expect(pieces).toContain(`Spørgsmål 140:${open}Ministeren har oplyst, at en række repræsentationer skal afvikles?${close}`)
    expect(pieces.at(-1)).toMatch(/^Svar: Jeg kan oplyse/u)
  })
})

describe("unglueLetterLine: a letterhead's two labels before their colons and values", () => {
  const body = `Trafikudvalget har i brev af 29. oktober 2004 stillet mig følgende spørgsmål 58, som jeg hermed skal besvare. Spørgsmål 58: ”Ministeren bedes kommentere henvendelsen.” Svar: ${'Det er korrekt, som anført i brevet, at der ikke er nødspor på strækningen. '.repeat(3)}Med venlig hilsen Flemming Hansen`

  it.each([
    ['Dato J.nr. : : 19. november 2004 432-81', ['Dato: 19. november 2004', 'J.nr.: 432-81']],
    ['Dato J.nr. : : 3. maj 2005', ['Dato: 3. maj 2005']],
    // The colons lost, the date and the number spaced.
    ['Dato J.nr. 23 . februar 2006 004 - 000405', ['Dato: 23 . februar 2006', 'J.nr.: 004 - 000405']],
  ])('sets each label before its value: %j', (head, pieces) => {
    const cut = unglueLetterLine(`Folketingets Trafikudvalg Christiansborg 1240 København K ${head} ${body}`)
    expect(cut.slice(1, 1 + pieces.length)).toEqual(pieces)
  })
})

describe('a heading alone on its line whose word a stray space broke (justified renditions, MOF 2018–21)', () => {
  it.each([
    ['Sv ar', 'Svar'],
    ['Sva r:', 'Svar:'],
    ['S var:', 'Svar:'],
    ['Spø rgsmål:', 'Spørgsmål:'],
    ['Spørgsmå l 12:', 'Spørgsmål 12:'],
    ['Spør gsmål nr. 550:', 'Spørgsmål nr. 550:'],
    ['Spørgsm ål nr. 550', 'Spørgsmål nr. 550'],
    // The closing's greeting (Social- og Boligministeriet 2024: `Med v enlig hilsen`).
    ['Med v enlig hilsen', 'Med venlig hilsen'],
    ['Med venlig hils en', 'Med venlig hilsen'],
    ['M ed venlig hilsen,', 'Med venlig hilsen,'],
    ['Venlige hils ner', 'Venlige hilsner'],
  ])('%s → %s', (line, mended) => {
    expect(unglueLetterLine(line)).toEqual([mended])
  })

  it.each([
    // Running text: the word goes on, or words follow it.
    'Sv ar på spørgsmålet følger',
    'Spø rgsmålet er:',
    // The question's word alone without a colon.
    'Spø rgsmål',
    // A greeting as written, and one that goes on.
    'Med venlig hilsen',
    'Med v enlig hilsen og tak',
  ])('near miss: %s stays as it is', (line) => {
    expect(unglueLetterLine(line)).toEqual([line])
  })

  it('reads the letter around the mended headings', async () => {
    const record = await parse(
      'Miljø- og Fødevareudvalget har i brev af 8. februar 2019 stillet følgende spørgsmål nr. 550 (alm. del), som hermed besvares.\n\nSpø rgsmål:\n\n”Vil ministeren beskrive de tilfælde?”\n\nSv ar\n\nDet er Miljøstyrelsen, der har forestået behandlingen.\n\nJakob Ellemann-Jensen\n/\nPeter Østergård Hav e',
    )
    expect(record.question.text).toBe('Vil ministeren beskrive de tilfælde?')
    expect(record.answer.text).toBe('Det er Miljøstyrelsen, der har forestået behandlingen.')
    // The official's name whose last letter a stray space cut off confirms the signature.
    expect(record.signature?.name).toBe('Jakob Ellemann-Jensen')
  })
})

describe("unglueLetterLine: a table's label glued after a sentence", () => {
  /** A made-up glued paragraph (as 2009–2013 renditions run a page's paragraphs into one line) ending in a table's label. */
  const paragraph = (label: string) =>
    [
      'Kommunernes bloktilskud bliver hvert år reguleret med den forventede udvikling i priser og lønninger, jf. § 14 i',
      'lov om kommunal udligning.Med afsæt i den gennemsnitlige regulering de seneste 20 år er der beregnet et skøn for,',
      'hvad effekten af en udeladt regulering vil være for kommunernes bloktilskud,jf. tabel 1.Den samlede effekt er',
      `anslået af ministeriet på grundlag af de seneste tal fra Danmarks Statistik og kommunernes regnskaber.${label}`,
    ].join(' ')

  it('cuts before the label and after its number where the caption is glued to it', () => {
    const line = paragraph('Tabel 1Beregnet effekt af udeladt regulering af kommunernes bloktilskud')
    expect(line.length).toBeGreaterThan(GLUED_LETTER_LINE)
    const pieces = unglueLetterLine(line)
    expect(pieces.slice(1)).toEqual(['Tabel 1', 'Beregnet effekt af udeladt regulering af kommunernes bloktilskud'])
    expect(pieces[0]).toMatch(/kommunernes regnskaber\.$/u)
  })

  it('cuts before a label with a colon, the caption kept with it', () => {
    expect(unglueLetterLine(paragraph('Tabel: Forventet fald i antal fødsler')).slice(1)).toEqual(['Tabel: Forventet fald i antal fødsler'])
    expect(unglueLetterLine(paragraph('Tabel 2. Antal sager')).slice(1)).toEqual(['Tabel 2. Antal sager'])
  })

  it('near miss: a table named in the sentence (lower case, or after a space) is no cut', () => {
    const named = paragraph(' Tallene fremgår af Tabel 1 nedenfor, jf. tabel 2.')
    expect(unglueLetterLine(named)).toEqual([named])
  })

  it('warns that the labelled table was not read, where the glued label had stayed words of the paragraph', async () => {
    const text = [
      'Svar:',
      paragraph('Tabel 1Beregnet effekt af udeladt regulering af kommunernes bloktilskud'),
      'Bloktilskud',
      'Effekt på bloktilskud57,6-1,7',
      'Med venlig hilsen',
      'Bjarne Corydon',
    ].join('\n')
    const record = await parse(text)
    expect(record.warnings.map((warning) => warning.code)).toContain('table-not-found')
  })
})

describe('unglueLetterLine: the minister’s title in capitals glued to the date and the first sentence (sixty-ninth session)', () => {
  // A training letter's form (20121_fou_bilag129, Forsvarsministeriet 2013), with made-up sentences.
  const text =
    'Som jeg nævnte under Folketingets spørgetime i dag, anvendte forsvaret afghanske tolke ved det danske hold i lejren fra september 2009 til den 31. december 2012. Ligesom det er tilfældet med de tolke, som forsvaret låner af vores partnere, har der ikke været noget ansættelsesforhold mellem forsvaret og tolkene. De tolke, der blev anvendt af det danske hold, arbejdede hovedsageligt inden for lejren med tolkning for de afghanske soldater og deres danske rådgivere.'

  it('cuts the title and the date off the line, each a line of its own', () => {
    expect(text.length).toBeGreaterThan(GLUED_LETTER_LINE)
    expect(unglueLetterLine(`FORSVARSMINISTEREN13. marts 2013${text}`)).toEqual(['FORSVARSMINISTEREN', '13. marts 2013', text])
  })

  it('near miss: a date the sentence cites after a space, and capitals glued to a number in a sentence, are no cut', () => {
    const cited = `FORSVARSMINISTEREN ${text.replace('i dag', 'den 13. marts 2013')}`
    expect(unglueLetterLine(cited)).toEqual([cited])
    const code = `${text} Projektet hedder FORSVARSPROJEKT13. marts 2013 var startdatoen, som jeg nævnte.`
    expect(unglueLetterLine(code)).toEqual([code])
  })
})
