/**
 * Round 158's rules, from the check documents of intakes 76–100 retired into training (seventieth session): each
 * tested on made-up letters of the form the retired documents showed, with near misses.
 */
import { describe, expect, it } from 'vitest'
import { endsValues } from '../../src/extract/letterhead.js'
import { parse, parseAll } from '../../src/index.js'
import { unglueLetterLine } from '../../src/layout/text/unglue-lines.js'
import { committeeNamedIn } from '../../src/registry/index.js'

describe('a committee in its definite form after `stillet af`, before the day it asked', () => {
  const letter = (asker: string) =>
    `Erhvervsudvalget 2010-11\nKOM (2010) 0155\nOffentligt\nBesvarelse af spørgsmål 3 vedrørende KOM (2010) 0155 om havnestatskontrol stillet af ${asker} den 12. januar 2011.\nSpørgsmål 3:\n”Vil ministeren redegøre for forslagets konsekvenser for danske havne?”\nSvar:\nForslaget har ingen væsentlige konsekvenser for danske havne.\n`

  it('is the letter’s own committee, over the stamp of the case it was filed under', async () => {
    expect((await parse(letter('Europaudvalget'))).committee?.code).toBe('EUU')
    expect((await parse(letter('Trafikudvalget'))).committee?.code).toBe('TRU')
  })

  it.each(['udvalget', 'Folketinget'])('near miss: `stillet af %s` names no committee, and the stamp stands', async (asker) => {
    expect((await parse(letter(asker))).committee?.code).toBe('ERU')
  })
})

describe('a § 20 title naming its member in a relative clause with no party', () => {
  const letter = (who: string) =>
    `Endelig besvarelse af spørgsmål nr. S 612, som ${who} har stillet til social- og integrationsministeren den 3. november 2011.\nSpørgsmål:\n”Vil ministeren oplyse, hvor mange anbragte børn der skifter anbringelsessted hvert år?”\nSvar:\nDer findes ikke en samlet opgørelse af skift af anbringelsessted.\n`

  it('reads the member as the asker, the party left empty', async () => {
    expect((await parse(letter('medlem af Folketinget Karen Ellemann'))).question.askers).toEqual([
      { name: 'Karen Ellemann', party: null, nonMember: false },
    ])
  })

  it('near miss: the member’s title with no name reads no asker', async () => {
    expect((await parse(letter('medlem af Folketinget'))).question.askers).toEqual([])
  })
})

describe('a list inside the question stays in its sentence’s paragraph', () => {
  const letter = (question: string) =>
    `Folketingets Socialudvalg har den 3. marts 2024 stillet følgende spørgsmål nr. 212, som hermed besvares.\nSpørgsmålet er stillet efter ønske fra Karina Adsbøl (DD).\nSpørgsmål nr. 212:\n${question}\nSvar:\nJeg kan oplyse, at der ikke findes en samlet opgørelse.\n`

  it('joins each item of the kind the first joined item has, after a colon', async () => {
    const record = await parse(
      letter(
        '”Vil ministeren oplyse følgende om væresteder:\n\n–\nHvor mange væresteder er der?\n\n–\nHvor mange brugere har de?\n\n–\nHvem driver dem?”',
      ),
    )
    expect(record.question.text).toBe(
      'Vil ministeren oplyse følgende om væresteder: – Hvor mange væresteder er der? – Hvor mange brugere har de? – Hvem driver dem?',
    )
  })

  it('joins a numbered list after a comma', async () => {
    const record = await parse(letter('”Vil ministeren oplyse hhv.,\n\n1) hvor mange sager der er,\n\n2) hvor lang tid de tager?”'))
    expect(record.question.text).toBe('Vil ministeren oplyse hhv., 1) hvor mange sager der er, 2) hvor lang tid de tager?')
  })

  it('near miss: a list after a full stop is a paragraph of its own', async () => {
    const record = await parse(letter('”Ministeren bedes oplyse antallet af væresteder.\n\n– Hvor mange er der i dag?”'))
    expect(record.question.text).toBe('Ministeren bedes oplyse antallet af væresteder.\n\n– Hvor mange er der i dag?')
  })

  it('near miss: an item of another kind after a joined item does not chain', async () => {
    const record = await parse(letter('”Vil ministeren oplyse:\n\n– hvor mange sager der er?\n\n1) Hvad koster de?”'))
    expect(record.question.text).toBe('Vil ministeren oplyse: – hvor mange sager der er?\n\n1) Hvad koster de?')
  })
})

describe('`har den` opens a letter only before a date', () => {
  it('not in a note’s running text (`har den forelæggende ret stillet … spørgsmål`)', async () => {
    const record = await parse(
      'Europaudvalget 2019-20\nEUU Alm.del Bilag 301\nOffentligt\nNOTAT\n1. Indledning\nEU-Domstolen har fået en sag om arbejdstid forelagt fra en ret i Rumænien.\n2. Sagens baggrund\nPå den baggrund har den forelæggende ret stillet 3 præjudicielle spørgsmål til EU-Domstolen, hvoraf spørgsmål 1 og 2 behandles samlet.\n',
    )
    expect(record.question.number).toBeNull()
    expect(record.answer.text.startsWith('EU-Domstolen har fået en sag')).toBe(true)
  })

  it.each([
    'Folketingets Retsudvalg har den 4. maj 2020 stillet følgende spørgsmål nr. 88, som hermed besvares.',
    'Folketingets Retsudvalg har den\n4. maj 2020 stillet følgende spørgsmål nr. 88, som hermed besvares.',
  ])('near miss: before its date it does: %j', async (opening) => {
    const record = await parse(
      `${opening}\nSpørgsmål nr. 88:\n”Vil ministeren oplyse antallet af sager?”\nSvar:\nAntallet var 12 i 2019.\n`,
    )
    expect(record.question.number).toBe('88')
    expect(record.question.askedOn).toBe('2020-05-04')
  })
})

describe('a dash alone between a cited case and `spørgsmål`', () => {
  const letter = (cited: string) =>
    `Folketingets Børne- og Undervisningsudvalg har den 2. marts 2023 stillet følgende spørgsmål nr. 245, som hermed besvares.\nSpørgsmål nr. 245:\n”Vil ministeren redegøre for, om kommunerne lever op til deres ansvar, jf. ministerens svar på ${cited}\n–\nspørgsmål\n170 (folketingsåret 2022-23, 2. samling)?”\nSvar:\nKommunerne har ansvaret for at tilrettelægge undervisningen.\n`

  it('goes on with the running text before the dash', async () => {
    const record = await parse(letter('BUU alm. del'))
    expect(record.question.text).toBe(
      'Vil ministeren redegøre for, om kommunerne lever op til deres ansvar, jf. ministerens svar på BUU alm. del – spørgsmål 170 (folketingsåret 2022-23, 2. samling)?',
    )
  })
})

describe('`stillet <date> af` with no `den`', () => {
  it('reads the committee that asked', async () => {
    const record = await parse(
      'Miljøministerens besvarelse af spørgsmål nr. 481 (TRU alm. del) stillet 9. maj 2022 af\ntransportudvalget.\nSpørgsmål nr. 481:\n”Vil ministeren oplyse reglerne for klapning?”\nSvar:\nReglerne fremgår af havmiljøloven.\n',
    )
    expect(record.question.askedByCommittee).toBe(true)
  })

  it('near miss: a count before `af` is no date', async () => {
    const record = await parse(
      'Miljøministerens besvarelse af spørgsmål nr. 481 (TRU alm. del), ét af de 3 spørgsmål stillet af Karsten Hønge (SF).\nSpørgsmål nr. 481:\n”Vil ministeren oplyse reglerne for klapning?”\nSvar:\nReglerne fremgår af havmiljøloven.\n',
    )
    expect(record.question.askers).toEqual([{ name: 'Karsten Hønge', party: 'SF', nonMember: false }])
  })
})

describe('a question heading that names its bill after the number (`Spørgsmål nr. 185 ad L 38:`)', () => {
  it('heads the question in a letter glued onto one line', async () => {
    const record = await parse(
      'Folketingets Socialudvalg Dato: 29. april 2005 Under henvisning til Folketingets Socialudvalgs brev af den 21. april 2005  følger  hermed socialministerens  svar  på spørgsmål nr.  185 ad L 38 Spørgsmål nr.  185 ad L 38: ”Vil ministeren oplyse, hvor mange kommuner der indgår rammeaftaler om sikrede institutioner?” Svar: Alle kommuner indgår i rammeaftalerne, som regionerne koordinerer. Rammeaftalerne fastlægger kapaciteten og udviklingen af de sikrede institutioner for hele regionen, og kommunerne betaler efter forbrug.\n',
    )
    expect(record.question.text).toBe('Vil ministeren oplyse, hvor mange kommuner der indgår rammeaftaler om sikrede institutioner?')
    expect(record.question.bill).toBe('L 38')
  })
})

describe('a quoted samråd question closed by a full stop after its mark, the speech after it', () => {
  const paper = (last: string, next: string) =>
    `Samrådsspørgsmål R:\n”Ministeren bedes oplyse, hvilke initiativer regeringen vil tage for at ${last}\n${next}\nDet forventes fremlagt den 10. juni.\n`

  it('ends the question at the close, and the speech is the answer', async () => {
    const record = await parse(paper('fremme implementeringen af strategien”.', 'Arbejdet med Østersøstrategien bliver en hovedprioritet.'))
    expect(record.question.text).toBe(
      'Ministeren bedes oplyse, hvilke initiativer regeringen vil tage for at fremme implementeringen af strategien',
    )
    expect(record.answer.text.startsWith('Arbejdet med Østersøstrategien')).toBe(true)
  })

  it('near miss: an inner quotation ending a sentence inside the question goes on with it', async () => {
    const record = await parse(
      paper(
        'følge op på rapporten ”Fremtidens Østersø”.',
        'Hvad vil ministeren gøre for at sikre fremdriften?”\nArbejdet med Østersøstrategien bliver en hovedprioritet.',
      ),
    )
    expect(record.question.text.endsWith('Hvad vil ministeren gøre for at sikre fremdriften?')).toBe(true)
  })
})

describe("a cover letter's signature with the minister's title between the name and the official", () => {
  const cover = (title: string) =>
    `Folketingets Retsudvalg\nHermed sendes svar på spørgsmål nr. 7 ad B 30, som Folketingets Retsudvalg har stillet til justitsministeren den 2. december 2008.\nLene Espersen\n${title}\n/\nCristina A. Gulisano\nSpørgsmål nr. 7:\n”Vil ministeren oplyse antallet af sager?”\nSvar:\nAntallet var 12 i 2008.\n`

  it('is the name and the title', async () => {
    expect((await parse(cover('Fg. justitsminister'))).signature).toEqual({ name: 'Lene Espersen', title: 'Fg. justitsminister' })
  })

  it('near miss: an office’s title is no minister’s', async () => {
    expect((await parse(cover('Kontorchef'))).signature?.title).not.toBe('Kontorchef')
  })
})

describe('askers the titles of other ministries write', () => {
  const letter = (title: string) => `${title}\nSpørgsmål:\n”Vil ministeren oplyse, hvor mange sager der er?”\nSvar:\nDer er 12 sager.\n`

  it('a bill or a case document between the number and `fra`', async () => {
    const record = await parse(
      letter('Svar på spørgsmål nr. 2 ad KOM (2017) 0461 fra Søren Egge Rasmussen (EL) stillet den 1. november 2017.'),
    )
    expect(record.question.askers.map((asker) => asker.name)).toEqual(['Søren Egge Rasmussen'])
  })

  it('a non-member’s mark glued to the name after it', async () => {
    const record = await parse(
      letter(
        'Under henvisning til Folketingets Socialudvalgs brev af 8. januar 2013 følger hermed ministerens endelige svar på spørgsmål nr. 122 (SOU Alm. del). Spørgsmålet er stillet efter ønske fra ikke-medlem af udvalget (MFU)Ole Birk Olesen (LA).',
      ),
    )
    expect(record.question.askers).toEqual([{ name: 'Ole Birk Olesen', party: 'LA', nonMember: true }])
  })

  it('a case broken onto the next line, its `Ad` capitalised', async () => {
    const record = await parse(
      letter('Besvarelse af spørgsmål 2\nAd (KOM(2004)0002) Forslag til direktiv om tjenesteydelser i det indre marked.'),
    )
    expect(record.question.kind).toBe('eu-proposal')
    expect(record.question.bill).toBe('KOM (2004) 0002')
  })
})

describe('committee names as justified or careless renditions write them', () => {
  const report = (name: string) =>
    `Betænkning afgivet af ${name} den 21. februar 2006\nUdvalget har behandlet lovforslaget i 3 møder. Arbejdsmarkedsudvalget har afgivet udtalelse.\n`

  it.each([
    [
      'afgivet af   Udvalget for Udlændinge  - og Integrationspolitik den 21. februar 2006',
      'Udvalget for Udlændinge  - og Integrationspolitik',
    ],
    ['afgivet af Udvalget for Udlændinge og Integrationspolitik den 21. februar 2006', 'Udvalget for Udlændinge og Integrationspolitik'],
    ['i Klima- Energi- og Forsyningsudvalget har', 'Klima- Energi- og Forsyningsudvalget'],
  ])('is named whole, its spaces or lost comma aside: %s', (text, name) => {
    expect(committeeNamedIn(text)?.text).toBe(name)
  })

  it.each([['Udvalget for Udlændinge  - og Integrationspolitik', 'UUI']])('%s', async (name, code) => {
    expect((await parse(report(name))).committee?.code).toBe(code)
  })

  it('a list of suspended hyphens that lost its comma', async () => {
    const record = await parse(
      'Klima- Energi- og Forsyningsudvalget 2021-22\nL 158 Bilag 3\nOffentligt\nHermed sendes svar på spørgsmål nr. 8 til L 158.\nSpørgsmål nr. 8:\n”Vil ministeren oplyse prisen?”\nSvar:\nPrisen er 12 mio. kr.\n',
    )
    expect(record.committee?.code).toBe('KEF')
  })
})

describe("the minister asked in ft.dk's running title, a copy to another after it", () => {
  it('is the first', async () => {
    const record = await parse(
      'Europaudvalget 2021-22\nEUU Alm.del\nOffentligt\nSvar på spørgsmål 247\nSpørgsmål:\n”Vil ministeren redegøre for sagen?”\nSvar:\nSagen verserer ved Københavns Byret.\nEUU, Alm.del - 2021-22 - Endeligt svar på spørgsmål 247: Spm. om en stævning mod Danmark, til sundhedsministeren, kopi til udenrigsministeren\n',
    )
    expect(record.question.recipient).toBe('sundhedsministeren')
  })
})

describe("eu.dk's running line, with no session", () => {
  const letter = (footer: string) =>
    `Europaudvalget 2017-18\nKOM (2017) 0461\nOffentligt\nSvar på spørgsmål nr. 2 ad KOM (2017) 0461 fra Søren Egge Rasmussen (EL) stillet den 12. oktober 2017 til udenrigsministeren.\nSpørgsmål:\n”Vil ministeren oplyse, hvordan fiskekvoterne fordeles?”\nSvar:\nKvoterne fordeles efter de historiske fangster.\n${footer}\nDe fastsættes hvert år af Rådet.\n`

  it('is a page footer that marks the asker a non-member, and no line of the answer', async () => {
    const record = await parse(letter('kom (2017) 0461 - Endeligt svar på spørgsmål 2: MFU spm. om fiskekvoter, til udenrigsministeren'))
    expect(record.question.askers).toEqual([{ name: 'Søren Egge Rasmussen', party: 'EL', nonMember: true }])
    // The page's footer between two lines of the answer: the paragraph goes on past it.
    expect(record.answer.text).toBe('Kvoterne fordeles efter de historiske fangster. De fastsættes hvert år af Rådet.')
  })

  it('near miss: the case named in a sentence is the answer’s', async () => {
    const record = await parse(letter('kom (2017) 0461 er ikke vedtaget endnu.'))
    expect(record.answer.text).toContain('kom (2017) 0461 er ikke vedtaget endnu.')
    expect(record.question.askers[0]?.nonMember).toBe(false)
  })
})

describe("a speech paper's fields with no role between the question and its label", () => {
  const paper = (fields: string) =>
    `Kirkeudvalget 2015-16\nKIU Alm.del\nOffentligt\nSamrådsspørgsmål A:\n”Vil ministeren redegøre for folkekirkens økonomi?”\n${fields}\nTalepapir (det talte ord gælder):\nJeg er blevet bedt om en redegørelse for folkekirkens økonomi.\n`

  it('are stepped over: the speech starts under the label', async () => {
    const record = await parse(paper('Dato: 18. maj 2016\nDokument nr. 57380-16\nSagsbehandler\nTorben Stærgaard'))
    expect(record.answer.text).toBe('Jeg er blevet bedt om en redegørelse for folkekirkens økonomi.')
  })

  it('near miss: a sentence before the label is the answer’s', async () => {
    const record = await parse(paper('Tak for invitationen til samrådet.'))
    expect(record.answer.text.startsWith('Tak for invitationen til samrådet.')).toBe(true)
  })
})

describe('a telephone number in pairs inside a column of letterhead values', () => {
  it.each([
    ['+45 61 98 34 10', false],
    ['61 98 34 10', false],
    // Near misses: running text ends the values; so does a label.
    ['Vi har modtaget jeres brev og svarer hermed', true],
    ['Sags nr.', true],
  ])('%j ends the values: %s', (text, ends) => {
    expect(endsValues({ text })).toBe(ends)
  })
})

describe("an abbreviation's stop inside a subject line over the first sentence", () => {
  const note = (subject: string) =>
    `Europaudvalget 2020-21\nEUU Alm.del Bilag 646\nOffentligt\n${subject}\ndukter, der indeholder genmodificeret majs MON87427\nDer var en beklagelig sagsbehandlingsfejl i det tidligere grundnotat om\nEU-godkendelse af fødevarer, foder og andre produkter, der indeholder\ngenmodificeret majs, oversendt til udvalget den 10. juni 2021.\n`

  it('is no sentence’s end: the subject line is passed over', async () => {
    const record = await parse(note('Komitésag vedr. EU-godkendelse af fødevarer, foder og andre pro-'))
    expect(record.answer.text.startsWith('Der var en beklagelig sagsbehandlingsfejl')).toBe(true)
  })

  it('near miss: a real sentence’s end inside it keeps the lines as text', async () => {
    const record = await parse(note('Notatet blev sendt i juni. Det handlede om fødevarer, foder og andre pro-'))
    expect(record.answer.text.startsWith('Notatet blev sendt i juni.')).toBe(true)
  })
})

// The seventy-first session's rules, from the same retired documents' misses.

describe('an agency’s `Sag:` label glued after the note’s date', () => {
  const note = (line: string) =>
    `Miljøudvalget 2010-11\nMIU Alm.del Bilag 24\nOffentligt\n\nNOTAT\n${line}\n\nNotat om kvælstofudvaskning fra landbruget\n\nStyrelsen har opgjort udvaskningen for perioden 2005-2010.\n`

  it('is a case label: the date before it is the note’s, the number after it the case’s', async () => {
    const record = await parse(note('26. august 2011Sag:201102717'))
    expect(record.answer.answeredOn).toBe('2011-08-26')
    expect(record.caseNumber).toBe('201102717')
  })

  it('near miss: `Sag:` before words is a subject, no case', async () => {
    const record = await parse(note('Sag: Høring over udkast til bekendtgørelse'))
    expect(record.caseNumber).toBeNull()
  })
})

describe('a ministry’s name alone over the letterhead’s field labels', () => {
  const draft = (under: string) =>
    `Kommunaludvalget 2011-12\nKOU Alm.del Bilag 96\nOffentligt\nKOU Alm.del - Bilag 96\nØkonomi- og Indenrigsministeriet\n${under}\nUDKAST\nForslag\ntil\nLov om ændring af lov om kommunernes styrelse\n§ 1\nI lov om kommunernes styrelse foretages følgende ændring.\n`

  it('is the sender’s letterhead', async () => {
    expect((await parse(draft('Enhed: Adm. pol.\nSagsbeh.: DEPHVJ\nDato: 29. marts 2012'))).ministry).toBe(
      'Økonomi- og Indenrigsministeriet',
    )
  })

  it('near miss: over a line of running text it names no sender', async () => {
    expect((await parse(draft('Enheden har oplyst, at udkastet sendes i høring.'))).ministry).toBeNull()
  })
})

describe('a samråd list’s `og` glued to the letters before it', () => {
  const speech = (list: string) =>
    `Retsudvalget 2009-10\nREU Alm.del Spørgsmål 575\nOffentligt\nUdkast til tale\ntil brug ved besvarelse af samrådsspørgsmål ${list} fra Folketingets Retsudvalg torsdag den 28. januar 2010.\nSamrådsspørgsmål AA:”Ministeren bedes redegøre for forsinkelsen af det digitale tinglysningssystem.”\nSamrådsspørgsmål AB:”Ministeren bedes redegøre for erstatning til brugere af systemet.”\nSamrådsspørgsmål AC:”Ministeren bedes forklare, hvornår pukkel af sager er væk.”\nDet talte ord gælder\nLad mig indlede med at sige, at forsinkelsen er beklagelig.\n`

  it('parts the list’s items: three questions, AA to AC', async () => {
    const records = await parseAll(speech('AA, ABog AC'))
    expect(records.map((record) => record.question.number)).toEqual(['AA', 'AB', 'AC'])
  })

  it('near miss: the same list spaced reads the same', async () => {
    expect((await parseAll(speech('AA, AB og AC'))).map((record) => record.question.number)).toEqual(['AA', 'AB', 'AC'])
  })
})

describe('a sending sentence glued to the subject line before it', () => {
  const letter = (line: string) =>
    `Kommunaludvalget 2011-12\nKOU Alm.del Bilag 159\nOffentligt\nFolketingets Kommunaludvalg\n${line} til udvalgets orientering udkast til forslag til lov om ændring af lov om kommunernes styrelse, der i dag er sendt i høring.Med venlig hilsen\n\nMargrethe Vestager\n`

  it('makes the letter a cover letter, as the sentence on a line of its own does', async () => {
    expect((await parse(letter('Orientering om høring over udkast til lovforslagVedlagt sendes'))).documentType).toBe('cover-letter')
    expect((await parse(letter('Orientering om høring over udkast til lovforslag\nVedlagt sendes'))).documentType).toBe('cover-letter')
  })

  it('near miss: the word glued with no space after it sends nothing', async () => {
    expect((await parse(letter('Orientering om høring over udkast til lovforslagVedlagtsendes'))).documentType).not.toBe('cover-letter')
  })
})

describe('a flattened speech paper’s head: a print date before the ministry, Word’s page mark before the title', () => {
  const speech = (mark: string) =>
    `21-11-05 Justitsministeriet Civil- og Politiafdelingen Dato:  1. november 2005 Dok.:   MCC40161 Politikontoret ${mark}Udkast til tale til  ministeren  til  brug  ved  besvarelse  af  samrådsspørgsmål  D  i  Folketingets  Forsvarsudvalg  den  3.  november 2005. Spørgsmål D: ”Hvad  er  ministerens  holdning  til, at bevæbnede  hjemmeværnsfolk  skal  udføre  politiopgaver,  som  fx  at  bevogte S-togsstationer?” Svar: Som bekendt  er  det  politiet, der har  den  koordinerende ledelse  af  den  samlede  indsats  ved større  hændelser,  der kræver indsats fra flere myndigheder.\n`

  it('cuts the page mark off, so the title opens its line: a speech paper, and the ministry read', async () => {
    expect(unglueLetterLine(speech('- 1 - '))).toContain('- 1 -')
    const record = await parse(speech('- 1 - '))
    expect(record.documentType).toBe('consultation-speech')
    expect(record.ministry).toBe('Justitsministeriet')
  })

  it('near miss: a range of numbers between dashes is no page mark', () => {
    expect(unglueLetterLine(speech('kl. 10 - 12 - ')).some((piece) => piece.trim() === '- 12 -')).toBe(false)
  })
})

describe('a title that names the question’s case before the word `spørgsmål`', () => {
  const letter = (title: string) =>
    `Europaudvalget 2023-24\nEUU Alm.del Spørgsmål 30\nOffentligt\n${title} stillet af udvalget den 9. november\n2023 efter ønske fra Kim Valentin (V).\nSpørgsmål:\n”Vil ministeren redegøre for reglerne om digitale tjenester?”\nSvar:\nReglerne trådte i kraft den 17. februar 2024.\n`

  it('opens the preamble: its number and date, and the bill where the case is one', async () => {
    expect((await parse(letter('Besvarelse af alm. del spørgsmål 30'))).question).toMatchObject({
      kind: 'general',
      number: '30',
      askedOn: '2023-11-09',
    })
    expect((await parse(letter('Besvarelse af B 15, spørgsmål 1'))).question).toMatchObject({
      kind: 'bill',
      number: '1',
      bill: 'B 15',
      askedOn: '2023-11-09',
    })
  })

  it('near miss: the same words wrapped in running text, in lower case, open no preamble', async () => {
    const record = await parse(
      'Europaudvalget 2023-24\nEUU Alm.del Spørgsmål 31\nOffentligt\nSpørgsmål 31:\n”Vil ministeren oplyse, hvornår reglerne træder i kraft?”\nSvar:\nJeg henviser til min\nbesvarelse af alm. del spørgsmål 30 stillet af udvalget den 9. november 2023.\n',
    )
    expect(record.question).toMatchObject({ number: '31', askedOn: null })
  })
})

describe('a paragraph of running text before a quotation, its sentence ended on a quote’s close or a box’s number', () => {
  it('is where the paper’s text begins: the quotation after it is no question (a quote’s close)', async () => {
    const note = await parse(
      'Forsvarsudvalget 2022-23\nFOU Alm.del\nOffentligt\nAnnex B\nEVALUERING AF VÆRNEPLIGTEN I BEREDSKABSSTYRELSEN\nResumé:\nNærværende notat indeholder resultater og delkonklusioner i relation til styrelsens\ndeltagelse i forligsprojekt F21 – ”Evaluering af værnepligten”.\nPå baggrund af de gennemførte undersøgelser konkluderes det at:\nHovedspørgsmål 1.\n”Vurderes antallet af værnepligtige tilstrækkeligt til at understøtte styrelsens opgaver?”\nDen øgede kompleksitet i styrelsens opgaver betyder, at robustheden oftere udfordres.\n',
    )
    expect(note.documentType).not.toBe('answer')
    expect(note.answer.text).toMatch(/^Nærværende notat indeholder/u)
  })

  it('also where the sentence runs past a short line ending on a comma', async () => {
    const report = await parse(
      'Finansudvalget 2021-22\nFIU Alm.del\nOffentligt\nSamlet afrapportering\nArbejdsgruppe for nedbringelse af konsulentforbruget i den\noffentlige sektor\nIndledning\nRegeringen, KL og Danske Regioner aftalte i forbindelse med ØA20 at nedsætte\nen arbejdsgruppe, som skal se på veje til at nedbringe konsulentforbruget i den of-\nfentlige sektor,\njf. boks 1.\nBoks 1\nAftaletekst ØA20\n”Der er en høj faglighed i den offentlige sektor og mange dygtige medarbejdere.”\nArbejdsgruppen har afholdt fire møder.\n',
    )
    expect(report.question.text).toBeNull()
    expect(report.answer.text).toMatch(/^Regeringen, KL og Danske Regioner aftalte/u)
  })

  it('near miss: a bill’s title ending on its bracketed short name and a stop is no paragraph of the letter', async () => {
    const record = await parse(
      'Skatteudvalget 2012-13\nL 68 Bilag 4\nOffentligt\nJ.nr. 12-0219990Dato:27. november 2012\nTilFolketinget - Skatteudvalget\n\nL 68 – Forslag til lov om afgift af bidraget til Arbejdsmarkedets Er-\n\nhvervssygdomssikring og af arbejdsulykkeserstatninger m.v. (ar-\n\nbejdsskadeafgiftsloven).\n\nHermed fremsendes en præcisering til bemærkningerne til L 68 vedrørende ”Formel til beregning af ændring i bidrag”.\nJeg skal hermed gøre opmærksom på, at der er en fejl i lovbemærkningerne til § 8, stk. 3.\n',
    )
    expect(record.answer.text).toMatch(/^Hermed fremsendes/u)
  })
})

describe('a quoted title that opens a sentence as its subject, split by the layout', () => {
  const note = (quote: string) =>
    `Erhvervsudvalget 2018-19\nERU Alm.del Bilag 134\nOffentligt\nHøringsnotat vedrørende landsplanredegørelsen\n1. Indledning\n${quote}\nfor de nye rammer for vækst og udvikling i hele landet, som følger af den politiske aftale.\n2. Høringen\nUdkastet blev sendt i høring den 5. november 2018.\n`

  it('is no question: it stays in the note’s text', async () => {
    const record = await parse(
      note(
        '”Landsplanredegørelse 2019.\nVækst og udvikling gennem fysisk plan-\nlægning - Bedre rammer for virksomheder og borgere i hele\nlandet” redegør',
      ),
    )
    expect(record.question.text).toBeNull()
    expect(record.answer.text).toContain('i hele landet” redegør for de nye rammer')
  })

  it.each([
    ['a request', '”Ministeren bedes redegøre for rammerne for\nvækst og udvikling i hele landet” og'],
    ['a question’s first word', '”Vil ministeren redegøre for rammerne for\nvækst og udvikling i hele landet” og'],
  ])('near miss: a quotation with %s in it is still the question', async (_, quote) => {
    expect((await parse(note(quote))).question.text).toMatch(/^(?:Ministeren bedes|Vil ministeren) redegøre/u)
  })

  it('near miss: a quoted sentence, closed on its stop, is still read as the question', async () => {
    const quote = '”Rammerne for vækst og udvikling skal gælde\ni hele landet.” og'
    expect((await parse(note(quote))).question.text).toMatch(/^Rammerne for vækst/u)
  })
})
