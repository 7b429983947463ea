import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

describe('document type: the kinds ministries write', () => {
  it.each([
    [
      'TALEPAPIR – DET TALTE ORD GÆLDER\n\nSamråd i Børne- og Undervisningsudvalget\n\nSamrådsspørgsmål A\n\nVil ministeren redegøre for sagen?\n',
    ],
    ['FOU Samråd A: Afghanistan\n\nTALEPUNKT\n\nTil:\nUdenrigsministeren\n\nTak for ordet.\n'],
    [
      'Udenrigsudvalget 2021-22\nURU Alm.del\nOffentligt\n\nUdviklingsministerens talepapir til brug for samråd om analysen af bistanden\n\nTak for ordet.\n',
    ],
    [
      'Skatteudvalget 2022-23 (2. samling)\nSAU Alm.del Bilag 54\nOffentligt\nDato:\nJ.nr. 2023-1219\nSamrådsspørgsmål (EUU) A og B\n- Tale til besvarelse af spørgsmål A og B den 3. februar\n2023\nSpørgsmål A\nVil ministeren redegøre for mødet?\nSpørgsmål B\nKan ministeren bekræfte det?\n',
    ],
    // A speech's own title, one word.
    [
      'Finansudvalget 2019-20\nFIU Alm.del\nOffentligt\nSamrådstale\nSamrådsspørgsmål O\n14. maj 2020\nIndledning\nJeg vil gerne starte med at takke for spørgsmålet.\n',
    ],
    // The ministry's speech form, its fields glued into one line by an old rendition.
    [
      '1 SAMRÅDSSPØRGSMÅL A-C TIL L 106 Anledning Samråd om L 106 Titel Samrådsspørgsmål A-C til L 106 Målgruppe Folketingets Uddannelsesudvalg Arrangør Folketingets Uddannelsesudvalg Taletid Ikke fastsat\n2 Spørgsmål A Ministeren bedes redegøre for strukturen. Svar: Lovforslaget indebærer en række opgaver.\n',
    ],
  ])('a speech paper: %s', async (text) => {
    expect((await parse(text)).documentType).toBe('consultation-speech')
  })

  it("near miss: a letter whose sentences name the speech form's fields is no speech", async () => {
    const text =
      'Folketingets Europaudvalg\nChristiansborg\n\n3. februar 2023\n\nUdvalget har i brev af 1. februar 2023 stillet mig følgende spørgsmål nr. 12 (alm. del):\n\nSpørgsmål nr. 12:\nHvad var anledning og målgruppe for mødet, og hvem var Arrangør?\n\nSvar:\nAnledning til mødet var topmødet. Målgruppe var erhvervslivet.\n\nMed venlig hilsen\n\nJeppe Bruus'
    expect((await parse(text)).documentType).toBe('answer')
  })

  it('near miss: an answer\'s sentence "Til besvarelse af spørgsmål A …" is no speech\'s head', async () => {
    const text =
      'Folketingets Europaudvalg\nChristiansborg\n\n3. februar 2023\n\nUdvalget har i brev af 1. februar 2023 stillet mig følgende spørgsmål nr. 12 (alm. del):\n\nSpørgsmål nr. 12:\nVil ministeren redegøre for mødet?\n\nSvar:\nTil besvarelse af spørgsmål A har jeg indhentet et bidrag.\n\nMed venlig hilsen\n\nJeppe Bruus'
    expect((await parse(text)).documentType).toBe('answer')
  })

  it("a cover letter's subject line over its first sentence in the first person is no part of its text", async () => {
    const record = await parse(
      'Folketingets Trafikudvalg\nChristiansborg\n1240 København K\n\nDato             25. oktober 2006\nJ. nr.           633-4\n\nSvarrapport om en fast forbindelse over Femern Bælt\n\nHermed fremsender jeg til Trafikudvalgets orientering rapporten om miljøet.\n\nRapporten er skrevet i et samarbejde med det tyske ministerium.\n\nMed venlig hilsen\n\nFlemming Hansen\n',
    )
    expect(record.documentType).toBe('cover-letter')
    expect(record.answer.text).toMatch(/^Hermed fremsender jeg til Trafikudvalgets orientering rapporten om miljøet\./u)
  })

  it('a cover letter "Vedlagt sendes i 5 eksemplarer …" before an enclosed letter with its own salutation', async () => {
    const record = await parse(
      'Departementet\nHolmens Kanal 22\n1060 København K\n\nFolketingets Socialudvalg\nChristiansborg\n\nDato: 26. juni 2006\n\nVedlagt sendes i 5 eksemplarer redegørelsen om behandlingsgarantien til Socialudvalgets orientering.\n\nEva Kjer Hansen\n/ Peter Juul\n\nKære borgmester\n\nJeg skriver til dig om behandlingsgarantien.\n',
    )
    expect(record.documentType).toBe('cover-letter')
    expect(record.answer.text).toMatch(/^Vedlagt sendes i 5 eksemplarer redegørelsen/u)
  })

  it('a letter that only sends something on is a cover letter', async () => {
    const record = await parse(
      'Folketingets Sundhedsudvalg\nSlotsholmsgade 10-12\n\nDato: 14. marts 2008\n\nVedlagt fremsendes til orientering Sundhedsstyrelsens publikation om ventetider.\n\nMed venlig hilsen\n\nJakob Axel Nielsen\n',
    )
    expect(record).toMatchObject({ documentType: 'cover-letter', committee: { code: 'SUU', name: 'Sundhedsudvalget' }, session: '20072' })
  })

  it('"Hermed sendes besvarelse …" with an answer in it is an answer, not a cover letter', async () => {
    const record = await parse(
      'Hermed sendes besvarelse af spørgsmål nr. 313, som Folketingets Retsudvalg (Alm. del) har stillet til justitsministeren den 10. maj 2007.\n\nSvar:\n\nJa.\n',
    )
    expect(record.documentType).toBe('answer')
    expect(record.session).toBe('20061')
  })

  it('an answer whose "Svar:" is glued to its text', async () => {
    const record = await parse(
      'Socialudvalget 2009-10\nSOU Alm.del\nOffentligt\n\nUnder henvisning til Folketingets Socialudvalgs brev af 7. april 2010følger hermed socialministerens endelige svar på spørgsmål nr. 382(SOU Alm. del).\nSpørgsmål nr. 382:”Vil ministeren bekræfte det?”\nSvar:Det er regeringens klare holdning.\n',
    )
    expect(record).toMatchObject({ documentType: 'answer', committee: { name: 'Socialudvalget' }, question: { number: '382' } })
  })

  it('a document that names no question and sends nothing on stays unknown', async () => {
    const record = await parse('Miljø- og Fødevareudvalget 2019-20\nMOF Alm.del\nOffentligt\n\nGodkendelse\nAkttittel: Notat\n')
    expect(record.documentType).toBe('unknown')
  })

  it('a quoted question followed by the minister speaking, with no heading, is an answer', async () => {
    const record = await parse(
      'Transportministeriet\nDato: 7. april 2008\n\n”Vil ministeren kommentere takststigningerne på færgeoverfarten til Sejerø?”\n\nJeg henviser til min besvarelse af spørgsmål nr. 65 stillet af Folketingets Kommunaludvalg.\n',
    )
    expect(record.documentType).toBe('answer')
  })

  it('a quoted question followed by the committee asking more is no answer', async () => {
    const record = await parse(
      '”Vil ministeren kommentere takststigningerne på færgeoverfarten til Sejerø?”\n\nMinisteriet bedes samtidig oplyse, hvor mange der rejser med færgen.\n',
      { requireFolketingDocument: false },
    )
    expect(record.documentType).not.toBe('answer')
  })

  it('a quoted question alone, then a paragraph on the matter (no voice, no heading), is an answer', async () => {
    const record = await parse(
      'Finansudvalget 2014-15 (1. samling)\nFIU Alm.del\nOffentligt\nFolketingets Finansudvalg\nDato: 3. december 2014\n”Vil ministeren redegøre for udviklingen i antallet af hjemløse siden 2011?”\nUdviklingen i antallet af hjemløse i Danmark er de seneste år blevet fulgt gennem nationale kortlægninger, som forskningscentret har gennemført i 2009, 2011 og 2013.\n',
    )
    expect(record.documentType).toBe('answer')
  })

  it('near miss: a quoted question, then the committee’s longer request, is no answer', async () => {
    const record = await parse(
      '”Vil ministeren kommentere takststigningerne på færgeoverfarten til Sejerø?”\n\nMinisteriet bedes samtidig oplyse, hvor mange der rejser med færgen hver måned, fordelt på biler og passagerer og på sæsoner.\n',
      { requireFolketingDocument: false },
    )
    expect(record.documentType).not.toBe('answer')
  })

  it("a document system's approval sheet published in the place of the answer is no letter", async () => {
    const record = await parse(
      'Godkendelse\nAktinformation\nAkttittel: Svar på MOF alm. del. nr. 17\nGodkendelsesinformation\nGodkendelsestype: Alm. Del\nTrin 1\nJens Hansen (Sagsbehandler, Landbrug),\nStatus:\ngodkendt\nVedlagte dokumenter\nSvar på MOF alm. del. nr. 17\nBilag 1 - Statistik DOKUMENT IKKE MEDTAGET\n',
    )
    expect(record.documentType).toBe('unknown')
  })

  it('one mark of an approval sheet alone does not make one', async () => {
    const record = await parse('Trin 1\n\nSvar:\n\nJeg kan oplyse, at sagen er afgjort.\n')
    expect(record.documentType).toBe('answer')
  })
})

describe('document type: letters that answer nothing, and annexes filed as answers', () => {
  const letter = (body: string) =>
    `Beskæftigelsesudvalget 2020-21\nBEU Alm.del Bilag 394\nOffentligt\n\nFolketingets Beskæftigelsesudvalg\n\n31. august 2021\n\n${body}\n\nVenlig hilsen\n\nPeter Hummelgaard\n`

  it.each([
    'Hermed fremsender jeg til udvalgets orientering en redegørelse om ventetider.',
    'Jeg fremsender hermed kopi af Rigspolitiets statusrapport.',
    'Til orientering oversendes Sundhedsstyrelsens publikation om ventetider.',
    'Til orientering for Folketingets Miljø- og Planlægningsudvalg fremsendes Sundhedsstyrelsens redegørelse for 2006.',
    'Vedlagt findes nogle dokumenter om Grønnedal, som en borger har fremsendt til orientering for udvalget.',
  ])('a cover letter: %s', async (body) => {
    expect((await parse(letter(body))).documentType).toBe('cover-letter')
  })

  it.each([
    'Jeg vil hermed orientere udvalget om, at arbejdet er forsinket. I forlængelse af min besvarelse af spørgsmål nr. 12 kan jeg oplyse, at rapporten kommer i december.',
    'Kære beskæftigelsesudvalg\n\nI forlængelse af min besvarelse af spørgsmål nr. 12 (alm. del) kan jeg oplyse, at drøftelserne genoptages.',
  ])('an orientation letter is unknown, though it names an earlier answer: %s', async (body) => {
    expect((await parse(letter(body))).documentType).toBe('unknown')
  })

  it('an orientation in an answer with its question stays an answer (near miss)', async () => {
    const record = await parse(
      'Folketingets Beskæftigelsesudvalg\n\n31. august 2021\n\nBeskæftigelsesudvalget har i brev af 3. juni 2021 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 12:\n\n”Vil ministeren orientere om AMO-udvalget?”\n\nSvar:\n\nJeg vil hermed orientere udvalget om, at drøftelserne genoptages.\n\nVenlig hilsen\n\nPeter Hummelgaard\n',
    )
    expect(record.documentType).toBe('answer')
  })

  it("a table alone under ft.dk's heading of a question is the answer's annex", async () => {
    const record = await parse(
      'Kommunaludvalget 2012-13\nKOU Alm.del\nOffentligt\n\nKOU alm. del - Spørgsmål 154\n\nTilskud fordelt på regioner (mio. kr.)\n\nRegion Hovedstaden\t33.566,4\nRegion Sjælland\t16.426,3\n',
    )
    expect(record.documentType).toBe('answer')
    expect(record.question.number).toBe('154')
    expect(record.warnings.map((warning) => warning.code)).toContain('answer-annex-only')
  })

  it('a committee secretariat’s note opening with what it encloses, its verb left out, is a cover letter (forty-second session)', async () => {
    const record = await parse(
      'Folketinget Kommunaludvalget\nChristiansborg, den 13. maj 2005\nTil\nudvalgets medlemmer og stedfortrædere.\nAd\nL 65\nForslag til lov om regioner og om nedlæggelse af amtskommunerne.\nAf indenrigs- og sundhedsministeren (Lars Løkke Rasmussen).\nVedlagt forslag til rekommandation og rapport fra kongressen om Danmark.\nDer er tale om et forslag, der vil blive behandlet på kongressens session.\nMed venlig hilsen\nMaiken Bork Clausen,\nudvalgssekretær.',
    )
    expect(record.documentType).toBe('cover-letter')
    expect(record.answer.answeredOn).toBe('2005-05-13')
    expect(record.answer.text).toMatch(/^Vedlagt forslag til rekommandation/u)
  })

  it('passes over a bill’s title whose proposer’s sentence wraps onto a second line', async () => {
    const record = await parse(
      'Folketinget Kommunaludvalget\nChristiansborg, den 13. maj 2005\nAd\nL 65\nForslag til lov om regioner og om\nnedlæggelse af amtskommunerne.\nAf indenrigs- og sundhedsministeren (Lars Løkke\nRasmussen).\nVedlagt forslag til rekommandation fra kongressen.\nMed venlig hilsen\nMaiken Bork Clausen,\nudvalgssekretær.',
    )
    expect(record.answer.text).toMatch(/^Vedlagt forslag til rekommandation/u)
  })

  it('near miss: a sentence that opens with a bill’s title and names no proposer is the text', async () => {
    const record = await parse(
      'Folketinget Kommunaludvalget\nChristiansborg, den 13. maj 2005\nTil\nudvalgets medlemmer og stedfortrædere.\nForslag til lov om regioner blev vedtaget i går.\nVedlagt forslag til rekommandation og rapport fra kongressen om Danmark.\nMed venlig hilsen\nMaiken Bork Clausen,\nudvalgssekretær.',
    )
    expect(record.answer.text).toMatch(/^Forslag til lov om regioner blev vedtaget/u)
  })

  it('near miss: `Vedlagte` before a noun in a note is no such opening', async () => {
    const record = await parse(
      'Folketinget Kommunaludvalget\nChristiansborg, den 13. maj 2005\nNotat om regionerne\nVedlagte oversigt viser fordelingen af opgaverne mellem regionerne og kommunerne.\nDer er tale om en foreløbig fordeling.',
    )
    expect(record.documentType).toBe('unknown')
  })

  it('a note filed as a case\'s annex ("Bilag 48") stays unknown (near miss)', async () => {
    const record = await parse(
      'Skatteudvalget 2014-15 (2. samling)\nSAU Alm.del Bilag 48\nOffentligt\n\nNotat\n\n25. september 2015\n\nOffentlige restancer – status pr. juni 2015\n\nDette notat indeholder den faste orientering om restancerne.\n',
    )
    expect(record.documentType).toBe('unknown')
  })
})

describe('document type: the banner "det talte ord gælder" wrapped over a line end', () => {
  const paper = (title: string) =>
    `${title}\nTak formand og tak for spørgsmålet.\nJeg opfatter spørgsmålet som en opfølgning på den tekniske gennemgang af forordningen,\nsom vi havde i udvalget den 25. februar 2014.\n`

  it('reads a speech paper whose title wraps inside the banner (`… forholds tale (det` / `talte ord gælder)`)', async () => {
    const record = await parse(paper('Ministeren for børn og sociale forholds tale (det\ntalte ord gælder)'))
    expect(record.documentType).toBe('consultation-speech')
  })

  it('does not read a line that ends in "det" before other words as the banner (near miss)', async () => {
    const record = await parse(paper('Ministeren for børn og sociale forholds svar om det\ntalte ord i udvalget'))
    expect(record.documentType).not.toBe('consultation-speech')
  })
})

describe('document type: a cover letter that sends "herved", or "Her sendes" a hearing draft', () => {
  /** A letterhead and the sending sentence (names made up, after Rigsadvokaten's 2018 letter and a ministry's hearing letter). */
  const letter = (sends: string) =>
    `Justitsministeriet\nSlotsholmsgade 10\n1216 København K\nDATO 31. maj 2018\nJOURNAL NR.\nRA-2018-2100105-1\nAnvendelsen af varetægtsfængsling i isolation 2017\n${sends}\n\nMed venlig hilsen\n\nKarl Holm\n`

  it.each([
    'Jeg sender herved Rigsadvokatens redegørelse om anvendelse af varetægtsfængslinger i isolation i 2017.',
    'Herved fremsendes Rigsadvokatens redegørelse om anvendelse af varetægtsfængslinger i isolation i 2017.',
    'Her sendes udkast af 24. januar 2018 til forslag til lov om ændring af retsplejeloven i høring.',
  ])('reads "%s" as a cover letter', async (sends) => {
    expect((await parse(letter(sends))).documentType).toBe('cover-letter')
  })

  it('does not read "Her følger" (an answer\'s list opens so) as sending (near miss)', async () => {
    expect(
      (await parse(letter('Her følger en oversigt over anvendelsen af varetægtsfængslinger i isolation i 2017.'))).documentType,
    ).not.toBe('cover-letter')
  })
})

describe('document type: a letter that says mid-sentence that it sends something', () => {
  it.each([
    'Folketingets Boligudvalg\n\nDato 07-03-2024\n\nBoligudvalget anmodede om, at opgørelserne fremover oversendes til udvalget.\nOpgørelsen pr. 3. kvartal 2023 er vedlagt som bilag 1.\n\nMed venlig hilsen\n\nPernille Hansen\n',
    'Folketingets Skatteudvalg\n\nDato: 3. maj 2012\n\nSom lovet på mødet den 2. maj 2012 vedlægges notatet om afgiftens provenu.\n\nMed venlig hilsen\n\nThor Nielsen\n',
    'Folketingets Retsudvalg\n\nDen 4. juni 2009\n\nUdvalget modtager hermed Rigspolitiets redegørelse, der fremsendes hermed til orientering.\n\nMed venlig hilsen\n\nBrian Jensen\n',
    // The first person before `hermed` (fifty-second session), and `vedlagte` after the verb in any of its forms.
    'Folketingets Forsvarsudvalg\n\nDen 4. juni 2016\n\nArbejdsgruppen har færdiggjort sin redegørelse, som jeg hermed fremsender til orientering.\n\nMed venlig hilsen\n\nPeter Christensen\n',
    'Folketingets Kulturudvalg\n\nDen 4. november 2005\n\nKommunen har besluttet at fremsende vedlagte henvendelse til udvalget forud for behandlingen.\n\nMed venlig hilsen\n\nJens Hansen\n',
  ])('a cover letter: %s', async (text) => {
    expect((await parse(text)).documentType).toBe('cover-letter')
  })

  it('not a letter that only mentions an enclosure of another letter while orienting the committee', async () => {
    const record = await parse(
      'Kære beskæftigelsesudvalg\n\nJeg vil hermed orientere udvalget om, at rapporten, som var vedlagt mit brev af 3. maj, er forsinket.\n\nMed venlig hilsen\n\nPeter Hummelgaard\n',
    )
    expect(record.documentType).toBe('unknown')
  })

  it('not a letter that says nothing of an enclosure', async () => {
    const record = await parse(
      'Folketingets Boligudvalg\n\nDato 07-03-2024\n\nUdvalget har spurgt om opgørelserne.\n\nMed venlig hilsen\n\nPernille Hansen\n',
    )
    expect(record.documentType).toBe('unknown')
  })
})

describe('document type: more ways ministries and committees write', () => {
  it('a committee’s question letter in other words, signed on the committee’s behalf, is a question', async () => {
    const record = await parse(
      'Folketingets Retsudvalg\nTil justitsministeren\n\nUdvalget anmoder ministeren om at besvare følgende spørgsmål:\n\nSpørgsmål nr. 12:\nVil ministeren oplyse antallet?\n\nSpørgsmålet er stillet efter ønske fra Peter Skaarup (DF).\n\nPå udvalgets vegne\nSteffen Larsen\nformand\n',
    )
    expect(record.documentType).toBe('question')
  })

  it('a committee’s signature in capitals (older letters) is read as the committee’s own, as the askers are', async () => {
    const record = await parse(
      'Folketingets Retsudvalg\nTil justitsministeren\n\nSpørgsmål nr. 12:\nVil ministeren oplyse antallet?\n\nPÅ UDVALGETS VEGNE\nSteffen Larsen\nformand\n',
    )
    expect(record.documentType).toBe('question')
    expect(record.question).toMatchObject({ askers: [], askedByCommittee: true })
  })

  it('a speech paper without a head that opens with "Tak for ordet" is a consultation speech', async () => {
    const record = await parse(
      'Samråd om ulykker på motorvejene\n\n3. maj 2012\n\nTak for ordet. Lad mig starte med at takke for spørgsmålet.\n',
    )
    expect(record.documentType).toBe('consultation-speech')
  })

  it('"sender jeg hermed" mid-sentence makes a cover letter', async () => {
    const record = await parse(
      'Folketingets Transportudvalg\n\n3. maj 2012\n\nSom lovet på samrådet den 2. maj sender jeg hermed udvalget en oversigt over ulykkerne.\n\nMed venlig hilsen\nHenrik Dam Kristensen\n',
    )
    expect(record.documentType).toBe('cover-letter')
  })

  it('an answer that thanks for the question is still an answer', async () => {
    const record = await parse(
      'Folketingets Transportudvalg har den 3. maj 2012 stillet følgende spørgsmål nr. 45 (alm. del) til transportministeren, som hermed besvares.\n\nSpørgsmål nr. 45:\nVil ministeren oplyse antallet af ulykker?\n\nSvar:\nTak for spørgsmålet. Antallet er 12.\n',
    )
    expect(record.documentType).toBe('answer')
  })
})

describe('document type: a speech paper that quotes the samråd letter above its head', () => {
  it('is a consultation speech, not the committee’s question letter (Kirkeministeriet, 2016)', async () => {
    const record = await parse(
      'Notat\nDato: Den 9. december 2016\n\nI et kommende samråd ønsker udvalget en\ndrøftelse af følgende spørgsmål:\n\nSamrådsspørgsmål A\nMinisteren bedes redegøre for sin holdning til folkekirken.\nSpørgsmålet er stillet efter ønske fra Christian\nLangballe (DF).\nTalepapir (det talte ord gælder)\nJeg har set frem til at skulle svare.\n',
    )
    expect(record.documentType).toBe('consultation-speech')
    expect(record.answer.text.startsWith('Jeg har set frem til at skulle svare.')).toBe(true)
  })
  it('a samråd question letter without a speech is still a question letter', async () => {
    const record = await parse(
      'Kirkeudvalget\n\nI et kommende samråd ønsker udvalget en drøftelse af følgende spørgsmål:\n\nSamrådsspørgsmål A\nMinisteren bedes redegøre for sin holdning til folkekirken.\n\nSpørgsmålet er stillet efter ønske fra Christian Langballe (DF).\n\nPå udvalgets vegne\nEva Kjer Hansen\nformand\n',
    )
    expect(record.documentType).toBe('question')
  })
})

describe('document type: a speech paper against an answer that holds a speech', () => {
  it.each([
    [
      'UDKAST TIL TALE\ntil brug for besvarelsen af samrådsspørgsmål O\nfra Folketingets Retsudvalg\n\nLad mig indledningsvis understrege sagen.\n',
    ],
    ['Udkast til talepapir\n\nSamråd i Sundhedsudvalget\n\nJeg vil gerne takke for spørgsmålet.\n'],
    ['Tale til brug for besvarelse af samrådsspørgsmål B\n\nJeg vil gerne takke for spørgsmålet.\n'],
    // A speech manuscript, and a title naming the samråd questions (thirty-seventh session).
    ['Talemanuskript til brug for besvarelse af BOU alm. del\nsamrådsspørgsmål A-B\n\nJeg vil besvare spørgsmålene et ad gangen.\n'],
    ['TALEMANUSKRIPT\nSide 1\n\nSpørgsmål S:\n\nMinisteren bedes redegøre for sagen.\n\nJeg vil besvare spørgsmålet.\n'],
    ['Talepapir til samrådsspørgsmål C og D\n\nJeg vil besvare spørgsmålene samlet.\n'],
  ])('a draft or a speech for answering a samråd question is a speech paper: %s', async (text) => {
    expect((await parse(text, { requireFolketingDocument: false })).documentType).toBe('consultation-speech')
  })

  it("finds the head below ft.dk's stamp, a page-image name per page and a glued label block", async () => {
    const images = Array.from({ length: 8 }, (_, page) => `1234567_000${page + 1}.png`).join('\n')
    const text = `Retsudvalget 2012-13\nREU Alm.del\nOffentligt\n${images}\nDato:Kontor:Sagsbeh:Sagsnr.:Dok.:\nStrafferetskontoretAnne Hansen2013-0030-0412912345\n\nUDKAST TIL TALE\n\ntil brug for besvarelsen af samrådsspørgsmål CA\n\nLad mig begynde med sagen.\n`
    expect((await parse(text)).documentType).toBe('consultation-speech')
  })

  it('finds the head glued to the line after it in an old rendition (`TALEPAPIRDet talte ord gælderTilhørerkreds: …`)', async () => {
    const text =
      'Sundhedsudvalget 2010-11 (1. samling)\nSUU Alm.del\nOffentligt\nTALEPAPIRDet talte ord gælderTilhørerkreds: Folketingets Sundhedsudvalg\nSamrådsspørgsmål U:Ministeren bedes redegøre for sagen.Svar:Jeg er ikke enig.\n'
    expect((await parse(text)).documentType).toBe('consultation-speech')
    // Near miss: a word that only starts with the head's letters (`TALEPAPIRerne`, lower case after it) is no head.
    const plain =
      'Sundhedsudvalget 2010-11 (1. samling)\nSUU Alm.del\nOffentligt\nTALEPAPIRerne er sendt.\nSpørgsmål nr. 5:\nVil ministeren oplyse det?\nSvar:\nJa.\n'
    expect((await parse(plain)).documentType).toBe('answer')
  })

  it('near miss: the speech papers named in a sentence are no head', async () => {
    const record = await parse('Talemanuskripterne fra samrådet den 3. maj er sendt til udvalget.\n\nMed venlig hilsen\n\nJens Hansen\n', {
      requireFolketingDocument: false,
    })
    expect(record.documentType).not.toBe('consultation-speech')
  })

  it("does not take a speech head far down a long letterhead for the document's (near miss)", async () => {
    const letterhead = Array.from({ length: 14 }, (_, at) => `Linje ${at + 1} i brevhovedet`).join('\n')
    const record = await parse(`${letterhead}\nUdkast til tale fra samrådet den 3. maj er vedlagt.\n`, { requireFolketingDocument: false })
    expect(record.documentType).not.toBe('consultation-speech')
  })

  it('an answer whose text is the speech ("det talte ord gælder", "Tak for ordet" after Svar) is an answer', async () => {
    const record = await parse(
      'Svar på Finansudvalgets spørgsmål nr. 234 (Alm. del) af 26. maj 2020 stillet efter ønske fra Jens Hansen (S)\n\nSpørgsmål\n\nVil ministeren oversende talepapir fra samrådet?\n\nSvar\n\nNedenfor fremgår talepapiret. Det bemærkes, at det talte ord gælder.\n\nTak for ordet.\n',
    )
    expect(record).toMatchObject({ documentType: 'answer', question: { kind: 'general', number: '234' } })
  })

  it('a speech paper with its head before a "Svar" line stays a speech paper (near miss)', async () => {
    const record = await parse('TALEPAPIR – DET TALTE ORD GÆLDER\n\nSamrådsspørgsmål A\n\nSvar\n\nTak for ordet.\n', {
      requireFolketingDocument: false,
    })
    expect(record.documentType).toBe('consultation-speech')
  })
})

describe('document type: an answer with no heading, told by the minister speaking', () => {
  it('a quoted question, then a paragraph whose second sentence is the minister speaking', async () => {
    const record = await parse(
      'Indenrigs- og Sundhedsministeriet\n\n”Kan ministeren oplyse, hvornår arbejdsgruppen afgiver rapport?”\n\nArbejdsgruppen forventes at afgive rapport inden årets udgang. Jeg vil sende udvalget rapporten, når den foreligger.\n',
    )
    expect(record.documentType).toBe('answer')
  })

  it.each([
    ['. / .               Jeg kan som svar på Sundhedsudvalgets spørgsmål henvise til vedlagte svar til foreningen.'],
    ['./.   Ministeriet har oplyst udvalget om sagen i vedlagte notat.'],
    ['. / . | Jeg henviser til vedlagte redegørelse fra styrelsen.'],
  ])('a quoted question, then the answer behind the margin enclosure mark: %s', async (answer) => {
    const record = await parse(
      `"Ministeren bedes kommentere henvendelsen fra Sundhedsudvalgets medlemmer, jf. alm. del – bilag 521."\n${answer}\n`,
      {
        requireFolketingDocument: false,
      },
    )
    expect(record.documentType).toBe('answer')
    expect(record.answer.text).not.toMatch(/^\./u)
  })

  it('a paragraph in which nobody speaks for the ministry is not enough (near miss)', async () => {
    const record = await parse(
      '”Kan ministeren oplyse, hvornår arbejdsgruppen afgiver rapport?”\n\nArbejdsgruppen blev nedsat i 2005. Rapporten ventes i efteråret.\n',
      { requireFolketingDocument: false },
    )
    expect(record.documentType).not.toBe('answer')
    const marked = await parse(
      '”Kan ministeren oplyse, hvornår arbejdsgruppen afgiver rapport?”\n. / .    Rapporten ventes i efteråret.\n',
      {
        requireFolketingDocument: false,
      },
    )
    expect(marked.documentType).not.toBe('answer')
  })

  it('a letter that replies to the committee and sends a paper "jf. vedlagte bilag" is a cover letter', async () => {
    const record = await parse(
      'Kære Hans Hansen\n\nTak for dit brev af 6. marts 2015 på vegne af udvalget.\n\nJeg har justeret kommissoriet på baggrund af bemærkningerne, jf. vedlagte bilag.\n\nMed venlig hilsen\n\nTroels Lund Poulsen\n',
    )
    expect(record.documentType).toBe('cover-letter')
  })
})

describe('document type: a letter that sends the answer to the question it quotes, cut before the answer', () => {
  /** Skatteministeriet's 2025 form (names made up): the cover sentence, the signature, the question; the page cut. */
  const letter = (sends: string, question: string) =>
    `Skatteudvalget 2024-25\nSAU Alm.del\nOffentligt\n3. februar 2025\nJ.nr. 2025 - 340\nTil Folketinget\nSkatteudvalget\n${sends} Spørgsmålet er\nstillet efter ønske fra Karl Holm (EL).\nOle Berg\n/ Kirsten Lund\n${question}`

  it('is an answer where it quotes the question (`Hermed sendes svar på spørgsmål nr. 148 af …`)', async () => {
    const record = await parse(
      letter(
        'Hermed sendes svar på spørgsmål nr. 148 af 10. januar 2025 (alm. del).',
        'Spørgsmål\nVil ministeren redegøre for provenuvirkningen af et ekstra progressionstrin i ejendomsværdiskatten?\n',
      ),
    )
    expect(record.documentType).toBe('answer')
    expect(record.question.number).toBe('148')
  })

  it('is a cover letter where it quotes none, and no answer where it sends something else (near misses)', async () => {
    expect((await parse(letter('Hermed sendes svar på spørgsmål nr. 148 af 10. januar 2025 (alm. del).', ''))).documentType).toBe(
      'cover-letter',
    )
    const other = await parse(
      letter(
        'Hermed sendes et notat om spørgsmål nr. 148 af 10. januar 2025 (alm. del).',
        'Spørgsmål\nVil ministeren redegøre for provenuvirkningen af et ekstra progressionstrin i ejendomsværdiskatten?\n',
      ),
    )
    expect(other.documentType).not.toBe('answer')
  })
})

describe('document type: a note filed with an answer', () => {
  it.each([
    [
      'Forsvarsudvalget 2022-23\nFOU Alm.del\nOffentligt\nSTABSNOTAT\nEmne:\nBidrag til evalueringen af uddannelsen\n1. FORMÅL\nStaben skal som led i evalueringen udarbejde en delanalyse.\n',
    ],
    [
      'Skatteudvalget 2015-16\nSAU Alm.del\nOffentligt\nNotat\n25. september 2015\nJ.nr. 15-2711376\nInddrivelse\nStyrelsen har opgjort restancerne pr. 1. juli 2015.\n',
    ],
    [
      'Sundhedsudvalget 2019-20\nSUU Alm.del\nOffentligt\nFAKTAARK\nVentetider på sygehusene\nVentetiden er faldet med to uger siden 2018.\n',
    ],
  ])('a staff note, a note or a fact sheet that answers no question in it is unknown: %s', async (text) => {
    expect((await parse(text)).documentType).toBe('unknown')
  })

  it("a note ft.dk files as the answer to a question is the answer's annex: an answer, flagged (docs/record.md)", async () => {
    const record = await parse(
      'Forsvarsudvalget 2021-22\nFOU Alm.del - endeligt svar på spørgsmål 12\nOffentligt\nSTABSNOTAT\nEmne:\nBidrag til evalueringen af uddannelsen\n1. FORMÅL\nStaben skal som led i evalueringen udarbejde en delanalyse.\n',
    )
    expect(record.documentType).toBe('answer')
    expect(record.warnings.map((warning) => warning.code)).toContain('answer-annex-only')
  })

  it('a note that holds the question and its answer is an answer (near miss)', async () => {
    const record = await parse(
      'Sundhedsudvalget 2019-20\nSUU Alm.del\nOffentligt\nNotat\n\nSpørgsmål nr. 12:\n”Vil ministeren oplyse ventetiden?”\n\nSvar:\nVentetiden er faldet med to uger.\n',
    )
    expect(record.documentType).toBe('answer')
  })
})

describe('document type: an enclosure named in passing, far into a letter that tells the committee about a matter', () => {
  /** Sentences of a report to the committee, about 250 characters each: the letter's matter before its annex. */
  const matter = [
    'Rigsadvokaten har ved orientering af 10. januar 2025 oplyst ministeriet om, at en række domme afsagt i perioden 2010-2017 ikke er blevet fuldbyrdet inden forældelsesfristens udløb, og at foranstaltningerne dermed er ophørt.',
    'Det fremgår nærmere af orienteringen, at Kriminalforsorgen i efteråret 2022 identificerede to domme, hvor fuldbyrdelse ikke var blevet iværksat inden udløbet af forældelsesfristen, og at der herefter er foretaget en gennemgang.',
    'Gennemgangen omfatter ca. 500 sager fra perioden 2008-2024 og viser, at 12 domme ikke er fuldbyrdet, mens de resterende domme er delvis fuldbyrdet. Den manglende fuldbyrdelse angår perioder mellem 20 dage og 7 måneder.',
    'Myndighederne har oplyst, at den manglende fuldbyrdelse beror på myndighedsfejl, og at der er iværksat en række tiltag, som skal sikre, at lignende fejl ikke sker igen, herunder en løbende opfølgning på alle verserende sager.',
  ]
  const letter = (paragraphs: readonly string[]) =>
    `Folketinget\nGrønlandsudvalget\nChristiansborg\n1240 København K\n\nDato: 29.01.2025\n\n${paragraphs.join('\n\n')}\n\nMed venlig hilsen\n\nAnne Hansen\n`

  it('is an orientation letter, unknown', async () => {
    const record = await parse(letter([...matter, 'En oversigt over de 12 sager vedlægges som bilag.']))
    expect(record.documentType).toBe('unknown')
  })

  it('the same enclosure in the opening paragraph makes a cover letter (near miss)', async () => {
    const record = await parse(letter(['En oversigt over de 12 sager vedlægges som bilag.', ...matter]))
    expect(record.documentType).toBe('cover-letter')
  })
})

describe('document type: a note that tells its matter before it names an enclosure (fifty-third session)', () => {
  const note = (paragraphs: readonly string[]) =>
    `Folketingets Energipolitiske Udvalg\nChristiansborg, den 7. juni 2005\nTil\nudvalgets medlemmer og stedfortrædere.\nStudierejse til Kina i januar 2006\n${paragraphs.join('\n')}\nMed venlig hilsen\nJan Rasmussen,\nudvalgssekretær.\n`
  const told = [
    'Udvalget drøftede på sit møde den 25. maj 2005 en studierejse til Kina i januar 2006, jf. alm. del bilag 111.',
    'Udvalget anmodede sekretariatet om at undersøge vejrforhold og alternative destinationer i Kina i januar.',
  ]

  it('is unknown where two sentences of running text come before the enclosure', async () => {
    const record = await parse(note([...told, 'Vedlagt omdeles en skitse til program for studierejsen.']))
    expect(record.documentType).toBe('unknown')
    const mentioned = await parse(note([...told, 'Yderligere information på vedlagte bilag.']))
    expect(mentioned.documentType).toBe('unknown')
  })

  it('near miss: the enclosure first, or one sentence before it, is a cover letter', async () => {
    expect((await parse(note(['Vedlagt omdeles en skitse til program for studierejsen.', ...told]))).documentType).toBe('cover-letter')
    expect((await parse(note([told[0] ?? '', 'Vedlagt omdeles en skitse til program for studierejsen.']))).documentType).toBe(
      'cover-letter',
    )
  })

  it("near miss: a bill's title over the enclosure tells nothing", async () => {
    const text = note([
      'Ad L 65',
      'Forslag til lov om regioner og om nedlæggelse af amtskommunerne, Hovedstadens Udviklingsråd og Hovedstadens Sygehusfællesskab.',
      'Af indenrigs- og sundhedsministeren (Lars Løkke Rasmussen).',
      'Vedlagt forslag til rekommandation og rapport fra kongressen om Danmark.',
    ])
    expect((await parse(text)).documentType).toBe('cover-letter')
  })
})

describe('document type: a publication ft.dk files as the answer', () => {
  const filed = (body: string) => `Erhvervsudvalget 2023-24\nERU Alm.del - endeligt svar på spørgsmål 185\nOffentligt\n\n${body}\n`
  const publications = [
    '19. december 2023\n\nRedegørelse over forhold med betydning for sagsbehandlingstiden\n\nForord\n\nMinisteren anmodede i oktober 2022 bestyrelsen om en redegørelse.',
    'Analyse af erhvervsstøtten 2023\n\nIndholdsfortegnelse\n\n1. Indledning\n\n2. Resultater\n\nKapitel 1 beskriver, hvordan analysen er lavet.',
  ]

  it.each(publications)('is the answer, its annex alone, its front matter and all: %s', async (body) => {
    const record = await parse(filed(body))
    expect(record.documentType).toBe('answer')
    expect(record.question).toMatchObject({ kind: 'general', number: '185' })
    expect(record.warnings.map((warning) => warning.code)).toContain('answer-annex-only')
  })

  it('a note made for the answer is its annex too', async () => {
    const record = await parse(
      filed('STABSNOTAT\n\nEmne:\n\nBidrag til evalueringen af værnepligten\n\n1. FORMÅL\n\nHærkommandoen skal udarbejde en delanalyse.'),
    )
    expect(record.documentType).toBe('answer')
  })

  it.each(publications)('filed as a case’s annex, the same report is no answer (near miss): %s', async (body) => {
    const record = await parse(`Erhvervsudvalget 2023-24\nERU Alm.del Bilag 48\nOffentligt\n\n${body}\n`)
    expect(record.documentType).toBe('unknown')
  })
})

describe('document type: an answer that copies the committee’s question form (round 15)', () => {
  it.each([
    [
      'UDENRIGSMINISTERIET\n\nKOM (2010) 0189 –\nspørgsmål 3 af 13. oktober\n2010 fra Folketingets\nEuropaudvalg til\nudenrigsministeren.\n\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\n\nSpørgsmål 3\nEr ministeren enig i, at det er rigtigt?\n\nSvar:\nJa, Lissabon-traktaten har bekræftet det.\n',
      { askedOn: '2010-10-13', recipient: 'udenrigsministeren', number: '3' },
    ],
    [
      'Skatteministeriet\n\nUdvalget anmoder hermed ministeren om at besvare følgende spørgsmål:\n\nSpørgsmål nr. 44\nVil ministeren oplyse provenuet?\n\nSvar\nProvenuet er ca. 2 mia. kr.\n\nMed venlig hilsen\n\nAnne Hansen\n',
      { number: '44' },
    ],
  ])('%s', async (text, question) => {
    const record = await parse(text)
    expect(record.documentType).toBe('answer')
    expect(record.question).toMatchObject(question)
    expect(record.answer.text).not.toBe('')
  })

  it('the question letter of 2004 asks for its copies inside the sentence, wrapped (FLF 2004)', async () => {
    const record = await parse(
      'Folketingets Udvalg for Fødevarer, Landbrug og Fiskeri\n\n       Christiansborg, den 2. august 2004\n\n               Udvalget udbeder sig - i 5 eksemplarer - ministerens\n       besvarelse af følgende spørgsmål:\n\n313.   Kan ministeren oplyse, hvilke tiltag der kunne overvejes?\n\n                                     P.u.v.\n\nChristian H. Hansen,\nformand.\n',
    )
    expect(record.documentType).toBe('question')
    expect(record.question.askedOn).toBe('2004-08-02')
    expect(record.answer.answeredOn).toBeNull()
    // Its question numbered with the committee's number is read (numbered-questions.ts).
    expect(record.question).toMatchObject({ number: '313', text: 'Kan ministeren oplyse, hvilke tiltag der kunne overvejes?' })
    expect(record.warnings.map((warning) => warning.code)).not.toContain('question-text-missing')
  })

  it('near miss: the committee’s own question letter, with no answer heading, is a question', async () => {
    const record = await parse(
      'Folketingets Skatteudvalg\n\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\n\nSpørgsmål nr. 44\nVil ministeren oplyse provenuet, og svare på kritikken?\n\nPå udvalgets vegne\n\nAnne Hansen\nformand\n',
    )
    expect(record.documentType).toBe('question')
  })
})

describe('a letter that answers no question: its opening is its text (round 15)', () => {
  it.each([
    'Kommunaludvalget 2008-09\nKOU Alm.del Bilag 101\nOffentligt\nFolketingets Kommunaludvalg\n2. juli 2009\n\nI brev af 6. december 1994 har Kommunaludvalget anmodet om et orienteringsnotat ved hvert formandsskifte i EU. I denne anledning skal det oplyses, at der ikke kommer sager op.\n\nMed venlig hilsen\n\nKaren Hansen\n',
    'Folketingets Europaudvalg\n3. maj 2011\n\nVed brev af 1. april 2011 har udvalget bedt om at blive orienteret om sagens videre forløb. Sagen er nu afsluttet ved domstolen.\n\nMed venlig hilsen\n\nPer Jensen\n',
  ])('%s', async (text) => {
    const record = await parse(text)
    expect(record.documentType).toBe('unknown')
    expect(record.answer.text).toMatch(/^(?:I|Ved) brev af/u)
  })

  it('near miss: an answer keeps its preamble out of the text', async () => {
    const record = await parse(
      'Folketingets Retsudvalg\n3. maj 2011\n\nRetsudvalget har i brev af 1. april 2011 stillet følgende spørgsmål nr. 5 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 5:\n”Hvorfor?”\n\nSvar:\nFordi sagen er afsluttet.\n',
    )
    expect(record.answer.text).toBe('Fordi sagen er afsluttet.')
  })
})

describe('document type: an answer’s phrase wrapped at a line end', () => {
  // No heading over the answer: only the opening's phrase says the letter answers.
  const letter = (opening: string) =>
    `Folketingets Trafikudvalg\nChristiansborg\n\n26. februar 2008\n\n${opening}\n"Vil ministeren oplyse, hvor mange aflysninger der har været?"\nI tabellen findes oplysninger om antallet af aflysninger i 2007.\n`
  it.each([
    'Trafikudvalget har i brev af 20. december 2007 stillet mig\nfølgende spørgsmål 118 (TRU alm. del), som jeg hermed skal\nbesvare.',
    'Trafikudvalget har i brev af 20. december 2007 stillet mig følgende spørgsmål 118 (TRU alm. del), som hermed\nbesvares.',
    'Trafikudvalget har i brev af 20. december 2007 stillet mig følgende spørgsmål 118 (TRU alm. del), som jeg hermed skal besvare.',
  ])('%s', async (opening) => {
    expect((await parse(letter(opening))).documentType).toBe('answer')
  })

  it('not where the phrase’s words stand in two paragraphs (near miss)', async () => {
    const record = await parse(
      'Folketingets Trafikudvalg\nChristiansborg\n\n26. februar 2008\n\nVedlagt fremsendes til orientering en oversigt, som udvalget hermed\n\nbesvares ikke her, men sendes til orientering.\n\nMed venlig hilsen\n\nCarina Christensen\n',
    )
    expect(record.documentType).not.toBe('answer')
  })
})

describe('document type: a cover letter in the first person (round 17)', () => {
  const letter = (sentence: string) =>
    `Ministeriet\nSlotsholmsgade 1\n1216 København K\n\nDato: 12. marts 2015\n\nFolketingets Socialudvalg\n\n${sentence}\n\nMed venlig hilsen\n\nKaren Hansen\n`
  it.each([
    'Jeg vedlægger til udvalgets orientering et notat om anbringelser.',
    'Hermed vedlægger jeg et notat om udviklingen i antallet af anbringelser.',
    'Jeg skal hermed fremsende kopi af mit svar til Børns Vilkår.',
    'Udvalget har bedt om en oversigt over sagerne, som jeg vedlægger.',
  ])('%s', async (sentence) => {
    expect((await parse(letter(sentence))).documentType).toBe('cover-letter')
  })

  it('near miss: a letter that tells of something enclosed elsewhere sends nothing on', async () => {
    expect((await parse(letter('Kommunen har oplyst, at den ikke vil vedlægge oversigten i sin redegørelse.'))).documentType).toBe(
      'unknown',
    )
  })
})

describe('document type: an answer whose question the preamble announces, with no heading (round 17)', () => {
  it('reads the question, the answer after it, and the letter as an answer', async () => {
    const record = await parse(
      'Ministeriet\nSlotsholmsgade 1\n1216 København K\n\nDato: 12. marts 2015\n\nSocialudvalget har i brev af 2. februar 2015 stillet mig følgende spørgsmål nr. 95 (alm. del):\n\nVil ministeren redegøre for antallet af anbragte børn i 2014?\n\nAntallet af anbragte børn var 12.345 i 2014, som det fremgår af\nDanmarks Statistiks opgørelse.\n\nMed venlig hilsen\n\nKaren Hansen\n',
    )
    expect(record.documentType).toBe('answer')
    expect(record.question?.text).toBe('Vil ministeren redegøre for antallet af anbragte børn i 2014?')
    expect(record.answer?.text).toBe('Antallet af anbragte børn var 12.345 i 2014, som det fremgår af Danmarks Statistiks opgørelse.')
  })
})

describe('document type: an answer whose opening phrase is split inside a word at a line end', () => {
  /** A foreløbigt answer cut off inside its question (an excerpt), its opening phrase broken as `head` / `tail`. */
  const letter = (head: string, tail: string) =>
    `Folketingets Miljø- og Fødevareudvalg\nChristiansborg\nDen 3. marts 2017\n${head}\n${tail}\n2017 efter ønske fra Trine Torp (SF).\nSpørgsmål nr. 487\n”Vil ministeren i forlængelse af sin besvarelse af MOF alm. del -spørgsmål 312:\na. redegøre konkret for rådets tanker?\nb. oplyse hvilke personer, som deltog i`

  it.each([
    ['Miljø- og fødevareministerens besvarelse af spørgs', 'mål nr. 487 (MOF alm. del) stillet den 9. februar'],
    ['Miljø- og fødevareministerens besvarelse af spørgs-', 'mål nr. 487 (MOF alm. del) stillet den 9. februar'],
  ])('%s / %s is an answer', async (head, tail) => {
    expect((await parse(letter(head, tail), { format: 'text' })).documentType).toBe('answer')
  })

  it('near miss: a capital after the line end splits no word', async () => {
    const record = await parse(
      letter('Miljø- og fødevareministerens besvarelse af spørgs', 'Mål nr. 487 (MOF alm. del) stillet den 9. februar'),
      {
        format: 'text',
      },
    )
    expect(record.documentType).not.toBe('answer')
  })
})

describe('document type: cover letters by their enclosure verbs, answers by "endeligt svar"', () => {
  it.each([
    'Styrelsen har færdiggjort sin årlige rapport om sikkerheden, som medsendes til jeres orientering.',
    'Styrelsens redegørelse for sagen er vedhæftet.',
    'Kopi af mit brev til borgmesteren vedhæftes.',
  ])('a cover letter: %s', async (sentence) => {
    const record = await parse(
      `TRANSPORTMINISTEREN\n1. oktober 2020\nTransportudvalget\nFolketinget\n\n${sentence}\n\nMed venlig hilsen\n\nBenny Engelbrecht\n`,
    )
    expect(record.documentType).toBe('cover-letter')
  })

  it('near miss: an orientation that attaches nothing is no cover letter', async () => {
    const record = await parse(
      'TRANSPORTMINISTEREN\n1. oktober 2020\nTransportudvalget\nFolketinget\n\nStyrelsen har færdiggjort sin årlige rapport om sikkerheden på jernbanen.\n\nMed venlig hilsen\n\nBenny Engelbrecht\n',
    )
    expect(record.documentType).toBe('unknown')
  })

  it.each(['endeligt', 'foreløbigt', 'endelige'])('"Hermed sendes %s svar på spørgsmål nr. …" is an answer', async (word) => {
    const record = await parse(
      `Skatteudvalget 2020-21\nSAU Alm.del\nOffentligt\n30. juni 2021\nJ.nr. 2021 - 2456\nTil Folketinget\nSkatteudvalget\nHermed sendes ${word} svar på spørgsmål nr. 319 af 19. februar 2021 (alm. del). Spørgsmålet er stillet efter ønske fra Rune Lund (EL).\nMorten Bødskov\n/ Uffe Mikkelsen\nSpørgsmål\nVil ministeren oplyse provenuvirkningen ved at omlægge bo- og gaveafgiften?\n`,
    )
    expect(record.documentType).toBe('answer')
  })
})

describe('document type: an answer titled by whose it is, with the committee’s code before "spørgsmål" (Miljøministeriet, 2008)', () => {
  const paragraph =
    'Det i artiklen omtalte projekt om lavfrekvent støj fra vindmøller gennemføres i samarbejde mellem DELTA, der er projektleder, Aalborg Universitet og Risø. DELTA har gennemført nye støjmålinger.'
  it('is an answer, its text the paragraph under "Svar"', async () => {
    const second =
      'DELTA har den 5. maj 2008 offentliggjort de første rapporter fra projektet, og efter Miljøstyrelsens vurdering tyder resultaterne ikke på særlige problemer med lavfrekvent støj fra store vindmøller.'
    const record = await parse(`Miljøministerens svar på EPU spørgsmål nr. 133\n     \nSvar\n${paragraph}\n${second}\n`, {
      requireFolketingDocument: false,
    })
    expect(record.documentType).toBe('answer')
    expect(record.answer.text).toMatch(/^Det i artiklen omtalte projekt/u)
  })

  it('near miss: a sentence naming the minister’s answer to a committee’s question is no title', async () => {
    const record = await parse(`Jeg henviser til ministerens svar på EPU spørgsmål nr. 133.\n`, { requireFolketingDocument: false })
    expect(record.documentType).not.toBe('answer')
  })
})

describe("ft.dk's title of a question's page, alone (round 69)", () => {
  it("reads the two title lines alone as the question's page: a question, with its number", async () => {
    const record = await parse(
      'TRU alm. del - svar på spm. 1442, fra transportministeren\nSpm. om ministeren kan bekræfte, at man stopper byggeriet af færgen, til transportministeren\n',
    )
    expect(record.documentType).toBe('question')
    expect(record.question).toMatchObject({ kind: 'general', number: '1442' })
    expect(record.provenance.documentType?.rule).toBe('question-page-title')
    expect(record.warnings.map((warning) => warning.code)).toContain('question-page-only')
  })

  it.each([
    [
      "the newer one-line title, ft.dk's summary after the number",
      'MIU alm. del - svar på spm. 418 om hvordan ministeren vurderer støjen fra vindmøller, fra miljøministeren',
      '418',
    ],
    [
      "a member outside the committee's question, `svar på MFU spm.` (round 74)",
      'SOU alm. del - svar på MFU spm. 162 om ministeren er enig i, at en gruppe byrådspolitikere lovligt kan beordre forvaltningen til at udføre arbejdsopgaver, fra økonomi- og indenrigsministeren',
      '162',
    ],
    [
      'a summary that opens with a clause after `om,` (round 143)',
      'SUU alm. del - svar på spm. 37 om, at jordemødrene på en fødeafdeling bukker under med stress, fra sundheds- og ældreministeren',
      '37',
    ],
  ])("reads the question's page the same way: %s", async (_, title, number) => {
    const record = await parse(`${title}\n|\n`)
    expect(record.documentType).toBe('question')
    expect(record.question).toMatchObject({ kind: 'general', number })
    expect(record.provenance.documentType?.rule).toBe('question-page-title')
  })

  it('keeps a title over a text of its own as the answer filed under it (near miss)', async () => {
    const record = await parse(
      'TRU alm. del - svar på spm. 1442, fra transportministeren\nSpm. om ministeren kan bekræfte, at man stopper byggeriet af færgen, til transportministeren\n\nByggeriet af færgen fortsætter som planlagt, og den sættes i drift i 2011.\n',
    )
    expect(record.documentType).not.toBe('question')
    const clause = await parse(
      'TRU alm. del - svar på spm. 1442 om, at færgen bygges, fra transportministeren\n\nByggeriet af færgen fortsætter som planlagt, og den sættes i drift i 2011.\n',
    )
    expect(clause.documentType).not.toBe('question')
  })
})

describe("the EU secretariat's cover sheet (round 69)", () => {
  // The cover sheet's head, its sending sentence, then the enclosed note's own head, side column and text.
  const sheet = (sentence: string) =>
    `Europaudvalget\n(Alm. del - bilag 521)\n(Offentligt)\nMedlemmerne af Folketingets Europaudvalg\nog deres stedfortrædere\nJournalnummer\n400.C.2-0\nKontor\nEU-sekr.\n22. januar 2003\n${sentence}\nSUPPLERENDE AKTUELT NOTAT\nTil:\nFra:\nUdenrigsministeriet\nEmne: Supplerende bidrag til det samlede\naktuelle notat for rådsmøde\nFolketingets Europaudvalg\nJ.nr.:\nDato:\n22. januar 2003\nNyt notat.\nDet har på møder\ni 133-komiteen\nikke været muligt\nat skabe konsensus.\nBaggrund\nKommissionen har d. 16. december 2002 i Rådet (landbrug og fiskeri) og i art. 133 komiteen fremlagt udkast til EU´s\nudspil om modaliteter for landbrugsforhandlingerne i WTO.\n`
  const sending =
    'Med henblik på mødet i Folketingets Europaudvalg den 23. januar 2003 – dagsordenspunkt rådsmøde\n(almindelige anliggender og eksterne forbindelser) den 27.-28. januar 2003 – vedlægges Udenrigsministeriets\nsupplerende notat vedrørende dagsordenspunkt 24.'

  it('reads "Med henblik på mødet i Folketingets Europaudvalg …" as the sending sentence, its verb lines later', async () => {
    const record = await parse(sheet(sending))
    expect(record.documentType).toBe('cover-letter')
    expect(record.answer.text.startsWith('Med henblik på mødet i Folketingets Europaudvalg den 23. januar 2003')).toBe(true)
  })

  it('takes no other "Med henblik på …" for the sending sentence (near miss)', async () => {
    const record = await parse(sheet(sending.replace('Med henblik på mødet i', 'Med henblik på at styrke samarbejdet i')))
    expect(record.documentType).toBe('unknown')
  })
})

describe("ft.dk's page of a § 20 answer holding only its title and the question (forty-third session)", () => {
  it("reads the page as the question's: a question, its words, its number", async () => {
    const record = await parse(
      'Svar på spm. nr. S 716\nVar det reelt statsministeren og hans stab, der bestemte debattens emner og tidspunkt?\n',
    )
    expect(record.documentType).toBe('question')
    expect(record.question).toMatchObject({
      kind: 'section20',
      number: '716',
      text: 'Var det reelt statsministeren og hans stab, der bestemte debattens emner og tidspunkt?',
    })
    expect(record.answer.text).toBe('')
  })

  it('reads the title that repeats the question after a colon the same way', async () => {
    const question = 'Mener regeringen at »mindre operationer« skal rykkes ud fra supersygehusene?'
    const record = await parse(`Svar på spm. S 222: ${question}\n${question}\n`)
    expect(record.documentType).toBe('question')
    expect(record.question).toMatchObject({ kind: 'section20', number: '222', text: question })
  })

  it('keeps a page with the answer after the question an answer (near miss)', async () => {
    const record = await parse(
      'Svar på spm. nr. S 716\nVar det reelt statsministeren og hans stab, der bestemte debattens emner og tidspunkt?\n\nNej. Det var TV 2, der bestemte debattens emner, længde og tidspunkt.\n',
    )
    expect(record.documentType).not.toBe('question')
  })
})

describe("ft.dk's pages of a question that keep only its title or summary (round 70)", () => {
  it("reads a § 20 title holding the question after its colon, alone, as the question's page", async () => {
    const question = 'Er det efter ministerens opfattelse en forudsætning, at de berørte kommuner får samme økonomi til formålet?'
    const record = await parse(`Svar på spm. nr. S 1960: ${question}\n|\n`)
    expect(record.documentType).toBe('question')
    expect(record.question).toMatchObject({ kind: 'section20', number: '1960', text: question })
  })

  it('near miss: a title whose words after the colon ask nothing is no question read', async () => {
    const record = await parse('Svar på spm. nr. S 1960: Udligningsaftalen fra 2012 og ø-kommunerne\n|\n')
    expect(record.question.text).toBeNull()
  })

  it.each([
    [
      'Spm. om i forlængelse af besvarelsen på spørgsmål 9, bedes ministeren oversende det statistiske materiale, som ligger til grund for ministerens svar, til beskæftigelsesministeren\n|\n',
      null,
      'beskæftigelsesministeren',
    ],
    [
      // With the comma ft.dk sets before a question word.
      'Spm. om, hvorvidt ministeren vil ændre reglerne for tilskud til private skoler, til undervisningsministeren\n',
      null,
      'undervisningsministeren',
    ],
    [
      'Samrådsspm. om regeringens planer for de små erhvervshavne og deres\nfremtid, til ministeren for fødevarer, landbrug og fiskeri\n',
      'consultation',
      'ministeren for fødevarer, landbrug og fiskeri',
    ],
  ])("reads ft.dk's summary alone (`Spm. om …, til …`) as the question's page: %j", async (text, kind, recipient) => {
    const record = await parse(text)
    expect(record.documentType).toBe('question')
    expect(record.question.kind).toBe(kind)
    expect(record.question.recipient).toBe(recipient)
    expect(record.provenance['question.recipient']?.rule).toBe('page-summary')
    expect(record.warnings.map((warning) => warning.code)).toContain('question-page-only')
  })

  it("reads ft.dk's page of a question whose list of documents is headed `Endeligt svar` as the question's (round 72)", async () => {
    const page = [
      'Sundhedsudvalget (SUU) Alm. del',
      '',
      'Samling: 2016-17',
      '',
      'Spørgsmål 88',
      '',
      'Vil ministeren oplyse, hvor mange patienter der ventede mere end 30 dage på en scanning i 2016?',
      'Dato: 12-01-2017',
      'Status: Endeligt besvaret',
      'Emne: sygehuse',
      '',
      'Endeligt svar',
      '',
      'Dokumentdato: 02-02-2017',
      'Modtaget: 02-02-2017',
      '',
      'SUU alm. del - svar på spm. 88 om ventetid på scanninger, fra sundhedsministeren',
    ].join('\n')
    const record = await parse(page)
    expect(record.documentType).toBe('question')
    expect(record.question.askedOn).toBe('2017-01-12')
    // Near miss: a minister's answer that copies the committee's question form answers under its own heading.
    const copied = await parse(
      'Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\nSpørgsmål 88\nVil ministeren oplyse ventetiden?\n\nSvar:\nVentetiden var i gennemsnit 21 dage i 2016.\n',
    )
    expect(copied.documentType).toBe('answer')
  })

  it("reads a note whose page-foot note cites a minister's answer as no answer (round 72)", async () => {
    const note = (foot: string) =>
      [
        'Retsudvalget 2024-25',
        'REU Alm.del Bilag 12',
        'Offentligt',
        'Notat om varetægtsfængsling',
        'Landsretten har i en kendelse fastslået, at reglerne skal fortolkes snævert.',
        '1',
        'Ministeriet har siden oplyst, at reglerne vil blive ændret.',
        '2',
        '1. U 2023.1234 Ø.',
        foot,
        'REU, Alm.del - 2024-25 - Bilag 12: Henvendelse fra en forening om varetægtsfængsling',
      ].join('\n')
    const record = await parse(note('2. Justitsministerens besvarelse af spørgsmål nr. 14 (Alm. del) 2022-23 fra Folketingets Retsudvalg.'))
    expect(record).toMatchObject({ documentType: 'unknown', question: { number: null } })
    // Near miss: the same title opening a letter is the answer's.
    const letter = await parse(
      'Justitsministerens besvarelse af spørgsmål nr. 14 (Alm. del) fra Folketingets Retsudvalg.\nSpørgsmål:\nVil ministeren ændre reglerne?\nSvar:\nJa, reglerne vil blive ændret i år.\n',
    )
    expect(letter).toMatchObject({ documentType: 'answer', question: { number: '14' } })
  })

  it("reads a committee meeting's minutes, whose agenda lists an answer, as unknown (round 72)", async () => {
    const minutes = [
      'Europaudvalget 2023-24',
      'EUU Alm.del Bilag 412',
      'Offentligt',
      'Europaudvalget',
      'Referat af 21. europaudvalgsmøde',
      'Mødedato:',
      'fredag den 8. marts 2024',
      'Dagsorden',
      '1. Rådsmøde (landbrug og fiskeri) 25.-26. marts 2024',
      'EUU alm. del (20231)',
      'svar på spm. 3, om fiskekvoter',
      'Ministeren forelagde sagen til orientering.',
    ].join('\n')
    const record = await parse(minutes)
    expect(record.documentType).toBe('unknown')
    // Near miss: a letter that sends the minutes on is a cover letter.
    const cover = await parse(
      'Folketinget — Europaudvalget\nChristiansborg, den 3. december 2023\nReferat af åbent samråd om fiskeri\nVedlagt omdeles referatet fra det åbne samråd i Europaudvalget den 1. december 2023.\nMed venlig hilsen\nAnne Holm\n',
    )
    expect(cover.documentType).toBe('cover-letter')
  })

  it("reads ft.dk's summary of a member outside the committee's question as the question's page, though it names no minister (round 73)", async () => {
    const record = await parse('MFU spm. om ministeren vil sikre færgeforbindelsen til de små øer hele året\n')
    expect(record.documentType).toBe('question')
    expect(record.question.recipient).toBeNull()
    expect(record.warnings.map((warning) => warning.code)).toContain('question-page-only')
    // Near miss: `Spm. om …` with no minister at its end may be any sentence's start.
    await expect(parse('Spm. om færgeforbindelsen til de små øer hele året\n')).rejects.toMatchObject({ code: 'E_NOT_AN_ANSWER' })
  })

  it('reads a question letter whose last word `svar.` a narrow column wrapped onto a line of its own as a question', async () => {
    const letter = (end: string) =>
      [
        'Miljø- og Fødevareudvalget 2020-21',
        'MOF Alm.del',
        'Offentligt',
        'Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:',
        'Spørgsmål nr. 658:',
        'Vil ministeren redegøre for, hvordan reglerne er fastsat?',
        ...end.split('\n'),
      ].join('\n')
    const record = await parse(
      letter('Ministeren bedes oversende dokumentation for sit\nsvar.\nPå udvalgets vegne\nRené Christensen\nformand'),
    )
    expect(record.documentType).toBe('question')
    expect(record.question.text).toMatch(/dokumentation for sit svar\.$/u)
    // Near miss: the heading `Svar.` on its line, in its capital, starts an answer.
    const answered = await parse(letter('Svar.\nReglerne er fastsat i bekendtgørelsen, og de gælder fra 2021.'))
    expect(answered.documentType).toBe('answer')
  })

  it('reads a long summary wrapped onto many lines the same way', async () => {
    const summary =
      'Samrådsspm. om kritik af regeringens sundhedsreform for at svigte de svageste ældre, når plejehjemmene er skrevet ud af reformen, særligt set i lyset af at regeringen har begrundet sundhedsreformen med, at sundhedsvæsenet skal rustes til fremtiden, til sundhedsministeren'
    const wrapped = summary.replace(/(.{1,50})(?:\s|$)/gu, '$1\n')
    expect(wrapped.split('\n').length).toBeGreaterThan(5)
    const record = await parse(wrapped)
    expect(record.documentType).toBe('question')
    expect(record.question).toMatchObject({ kind: 'consultation', recipient: 'sundhedsministeren' })
  })

  it.each([
    ['a summary that names no minister at its end', 'Spm. om udviklingen i antallet af ledige, til september 2023\n'],
    [
      'a summary with an answer under it',
      'Spm. om udviklingen i antallet af ledige, til beskæftigelsesministeren\n\nLedigheden er faldet med 12 pct. siden 2019, og den falder fortsat i alle regioner.\nDet fremgår af Danmarks Statistiks opgørelse.\nMed venlig hilsen\nPeter Hummelgaard\n',
    ],
  ])('near miss: %s is no question page', async (_, text) => {
    const record = await parse(text, { requireFolketingDocument: false })
    expect(record.provenance['question.recipient']?.rule).not.toBe('page-summary')
    expect(record.warnings.map((warning) => warning.code)).not.toContain('question-page-only')
  })

  it("reads a title whose summary repeats what the title says the question is about as the question's page", async () => {
    const subject =
      'ministeren vil kommentere, om det er hensigtsmæssigt, at fem ud af syv medlemmer af Museumsnævnet er udpeget af ministeren?'
    const record = await parse(`KUU alm. del - svar på spm. 247 om ${subject}\nSpm. om ${subject}\n`)
    expect(record.documentType).toBe('question')
    expect(record.question).toMatchObject({ kind: 'general', number: '247' })
    expect(record.provenance.documentType?.rule).toBe('question-page-title')
  })

  it('near miss: a title over a summary of another question is not read as its page', async () => {
    const record = await parse(
      'KUU alm. del - svar på spm. 247 om ministeren vil kommentere Museumsnævnets sammensætning?\nSpm. om ministeren vil oplyse, hvor mange museer der får statstilskud?\n',
      { requireFolketingDocument: false },
    )
    expect(record.provenance.documentType?.rule).not.toBe('question-page-title')
  })
})

describe('answering in general is no answer (round 74)', () => {
  const note = (sentence: string) =>
    `Retsudvalget 2020-21\nREU Alm.del Bilag 314\nOffentligt\n\nNotat til Udvalget for Forretningsordenen\n\nBaggrund:\nUdvalget drøftede på sit møde den 21. april 2021 en række ministres afvisning af at svare.\n${sentence}\n\nDer er ikke i lovgivningen fastsat nærmere regler om advokatundersøgelser.\n`

  it('a note on the practice of `besvarelse af spørgsmål om sager` is no answer, nor its text cut at that line', async () => {
    const record = await parse(
      note(
        'Notatet beskriver de muligheder, der er for at fastlægge en fremtidig praksis\nfor besvarelse af spørgsmål om sager, som er genstand for undersøgelser.',
      ),
    )
    expect(record.documentType).toBe('unknown')
    expect(record.answer.text).toContain('Notatet beskriver de muligheder')
    expect(record.answer.text.startsWith('for besvarelse')).toBe(false)
  })

  it('the same, its phrase broken after `spørgsmål` at a line end', async () => {
    const record = await parse(
      note(
        'Notatet beskriver de muligheder, der er for en fremtidig praksis for besvarelse af spørgsmål\nom sager, som er genstand for undersøgelser.',
      ),
    )
    expect(record.documentType).toBe('unknown')
  })

  it('a line that goes on `… praksis for besvarelse af` / `spørgsmål om sager` opens no letter: the lines above are no letterhead', async () => {
    const record = await parse(
      'Retsudvalget 2020-21\nREU Alm.del Bilag 314\nOffentligt\n\nNotat til Udvalget for Forretningsordenen\nOm ministres praksis med hensyn til at besvare spørgsmål\nBaggrund:\nPå Udvalget for Forretningsordenens møde den 21. april 2021 drøftede udvalget en række ministres afvisning af at svare.\nAfslutningsvis beskrives de muligheder, administrationen ser for at fastlægge en fremtidig praksis for besvarelse af\nspørgsmål om sager, som er eller kan forudses at ville blive genstand for undersøgelser.\n\n3. maj 2021\n\nDer er ikke i lovgivningen fastsat nærmere regler om advokatundersøgelser.\n',
    )
    expect(record.documentType).toBe('unknown')
    expect(record.answer.text).toContain('På Udvalget for Forretningsordenens møde den 21. april 2021')
  })

  it('a letter that names its question at a line end, its number on the next line, answers it (near miss)', async () => {
    const record = await parse(
      note('Til brug for besvarelse af spørgsmål\nnr. 12 om ventelister har jeg indhentet en udtalelse fra Rigspolitiet.'),
    )
    expect(record.documentType).toBe('answer')
  })

  it('a letter that names the question it answers, its subject after the number, answers it (near miss)', async () => {
    const record = await parse(
      note(
        'Til brug for besvarelse af spørgsmål nr. 12 om ventelister har jeg indhentet\nen udtalelse fra Rigspolitiet, som jeg henviser til.',
      ),
    )
    expect(record.documentType).toBe('answer')
  })
})

describe('document type: a cover letter that opens with whose orientation it serves (fifty-second session)', () => {
  const letter = (sentence: string) =>
    `Folketingets Sundheds- og Ældreudvalg\n\nDato: 18-09-2020\n\n${sentence}\n\nMed venlig hilsen\n\nMagnus Heunicke\n`

  it.each([
    'Til Sundheds- og Ældreudvalgets orientering fremsendes vedlagte redegørelse om sygehusenes økonomi.',
    'Til Folketingets Transportudvalgs orientering sendes Trafikstyrelsens notat om togdriften.',
    'Til jeres orientering sendes notat om praktikpladssituationen ultimo december.',
    'Hermed omdeles til orientering en henvendelse fra en borger om en havn i Liseleje.',
  ])('is a cover letter: %s', async (sentence) => {
    expect((await parse(letter(sentence))).documentType).toBe('cover-letter')
  })

  it('near miss: a sentence that names an orientation without sending anything is no cover letter', async () => {
    const record = await parse(letter('Til Sundheds- og Ældreudvalgets orientering kan det oplyses, at redegørelsen er forsinket.'))
    expect(record.documentType).not.toBe('cover-letter')
  })

  it('near miss: `vedlagte` after a verb that sends nothing is no enclosure', async () => {
    const record = await parse(letter('Regionerne har læst vedlagte redegørelse og taget den til efterretning.'))
    expect(record.documentType).toBe('unknown')
  })
})
