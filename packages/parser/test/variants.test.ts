/**
 * Preamble and letterhead variants that docs/domain.md lists but the corpus does not contain, written by hand in
 * the style of the real letters, with the values a reader takes from them.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'

const asker = (name: string, party: string | null, nonMember = false) => ({ name, party, nonMember })

const CASES: Array<{ name: string; text: string; expected: Record<string, unknown> }> = [
  {
    name: 'cover-letter style "Hermed sendes svar på spørgsmål nr. 413 af 15. maj 2020 (alm. del)"',
    text: 'Folketingets Beskæftigelsesudvalg\nChristiansborg\n1240 København K\n\n2. juni 2020\nJ.nr. 2020-4512\n\nHermed sendes svar på spørgsmål nr. 413 af 15. maj 2020 (alm. del) fra Folketingets Beskæftigelsesudvalg. Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL).\n\nSpørgsmål nr. 413:\n”Vil ministeren oplyse antallet?”\n\nSvar:\nAntallet er 42.\n\nMed venlig hilsen\n\nPeter Hummelgaard',
    expected: {
      committee: 'BEU',
      session: '20191',
      caseNumber: '2020-4512',
      kind: 'general',
      number: '413',
      askedOn: '2020-05-15',
      askers: [asker('Finn Sørensen', 'EL')],
      answeredOn: '2020-06-02',
      signature: 'Peter Hummelgaard',
      text: 'Vil ministeren oplyse antallet?',
      answer: 'Antallet er 42.',
    },
  },
  {
    name: 'heading style "Svar på Beskæftigelsesudvalgets spørgsmål nr. 443 (Alm. del) af 15. maj 2017 stillet efter ønske fra …"',
    text: 'Svar på Beskæftigelsesudvalgets spørgsmål nr. 443 (Alm. del) af 15. maj 2017 stillet efter ønske fra Mattias Tesfaye (S)\n\nSpørgsmål 443\n”Vil ministeren redegøre for sagen?”\n\nSvar\nDet vil jeg gerne.\n\nVenlig hilsen\nTroels Lund Poulsen',
    expected: {
      committee: 'BEU',
      session: '20161',
      kind: 'general',
      number: '443',
      askedOn: '2017-05-15',
      askers: [asker('Mattias Tesfaye', 'S')],
      signature: 'Troels Lund Poulsen',
      answer: 'Det vil jeg gerne.',
    },
  },
  {
    name: 'an asker without party, a capitalised month, the old committee',
    text: 'Arbejdsmarkedsudvalget har i brev af 10. September 2007 stillet følgende spørgsmål nr. 12 (AMU alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Line Barfod.\n\nSpørgsmål nr. 12:\n”Kan ministeren bekræfte det?”\n\nSvar:\nJa.\n\nVenlig hilsen\nClaus Hjort Frederiksen',
    expected: {
      committee: 'AMU',
      session: '20061',
      kind: 'general',
      number: '12',
      askedOn: '2007-09-10',
      askers: [asker('Line Barfod', null)],
      signature: 'Claus Hjort Frederiksen',
    },
  },
  {
    name: '"spørgsmål nr. 1 til L 188"',
    text: 'Beskæftigelsesudvalget har i brev af 3. marts 2015 stillet følgende spørgsmål nr. 1 til L 188, som hermed besvares. Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL).\n\nSpørgsmål nr. 1 til L 188:\n”Vil ministeren oplyse tallet?”\n\nSvar:\nTallet er 3.\n\nVenlig hilsen\nHenrik Dam Kristensen',
    expected: {
      committee: 'BEU',
      session: '20141',
      kind: 'bill',
      number: '1',
      bill: 'L 188',
      askedOn: '2015-03-03',
      askers: [asker('Finn Sørensen', 'EL')],
      text: 'Vil ministeren oplyse tallet?',
    },
  },
  {
    name: 'a § 20 question dated "2/12 2004", no committee',
    text: 'Folketingsmedlem Jan Petersen (S) har den 2/12 2004 stillet mig følgende § 20-spørgsmål nr. S 1188, som hermed besvares.\n\nSpørgsmål S 1188:\n”Vil ministeren svare?”\n\nSvar:\nJa.\n\nMed venlig hilsen\nClaus Hjort Frederiksen\nBeskæftigelsesminister',
    expected: {
      committee: null,
      session: '20041',
      kind: 'section20',
      number: '1188',
      askedOn: '2004-12-02',
      askers: [asker('Jan Petersen', 'S')],
      signature: 'Claus Hjort Frederiksen',
      title: 'Beskæftigelsesminister',
    },
  },
  {
    name: '"efter ønske fra ikkemedlem af udvalget (MFU) Peter Skaarup (DF)"',
    text: 'Beskæftigelsesudvalget har i brev af 14. december 2017 stillet følgende spørgsmål nr. 201 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra ikkemedlem af udvalget (MFU) Peter Skaarup (DF).\n\nSpørgsmål nr. 201:\n”Vil ministeren oplyse det?”\n\nSvar:\nJa.',
    expected: { committee: 'BEU', session: '20171', number: '201', askers: [asker('Peter Skaarup', 'DF', true)], signature: null },
  },
  {
    name: '"stillet af ikke-medlem Ole Birk Olesen (LA)"',
    text: 'Beskæftigelsesudvalget har den 14. december 2017 stillet følgende spørgsmål nr. 202 (BEU alm. del) stillet af ikke-medlem Ole Birk Olesen (LA), som hermed besvares.\n\nSpørgsmål nr. 202:\n”Vil ministeren oplyse det?”\n\nSvar:\nJa.',
    expected: { committee: 'BEU', number: '202', askedOn: '2017-12-14', askers: [asker('Ole Birk Olesen', 'LA', true)] },
  },
  {
    name: 'two askers',
    text: 'Beskæftigelsesudvalget har i brev af 1. februar 2019 stillet følgende spørgsmål nr. 300 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Finn Sørensen (EL) og Christian Juhl (EL).\n\nSpørgsmål nr. 300:\n”Vil ministeren oplyse det?”\n\nSvar:\nJa.\n\nVenlig hilsen\nTroels Lund Poulsen',
    expected: { session: '20181', askers: [asker('Finn Sørensen', 'EL'), asker('Christian Juhl', 'EL')] },
  },
  {
    name: 'a stamp of a 2nd session',
    text: 'Beskæftigelsesudvalget 2014-15 (2. samling)\nBEU Alm.del endeligt svar på spørgsmål 5\nOffentligt\n\nBeskæftigelsesudvalget har i brev af 2. juli 2015 stillet følgende spørgsmål nr. 5 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 5:\n”Hvad?”\n\nSvar:\nDet.\n\nVenlig hilsen\nJørn Neergaard Larsen',
    expected: { committee: 'BEU', session: '20142', number: '5', askedOn: '2015-07-02', signature: 'Jørn Neergaard Larsen', warnings: [] },
  },
  {
    name: '"Dato: 29-03-2020", "Sagsnr. 2020 - 1234", "Endeligt svar:", an official under the signature',
    text: 'Folketingets Beskæftigelsesudvalg\n\nDato: 29-03-2020\nSagsnr. 2020 - 1234\n\nBeskæftigelsesudvalget har i brev af 3. marts 2020 stillet følgende spørgsmål nr. 77 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 77:\n”Hvad?”\n\nEndeligt svar:\nDet.\n\nVenlig hilsen\n\nPeter Hummelgaard\n\n/ Peter Bach-Mortensen',
    expected: {
      caseNumber: '2020-1234',
      answeredOn: '2020-03-29',
      askedOn: '2020-03-03',
      signature: 'Peter Hummelgaard',
      title: null,
      answer: 'Det.',
    },
  },
  {
    name: 'a samråd speech paper',
    text: 'Beskæftigelsesudvalget 2016-17\nBEU Alm.del Samrådsspørgsmål A\nOffentligt\n\nTALE\n\nDET TALTE ORD GÆLDER\n\nSamrådsspørgsmål A\n”Vil ministeren redegøre for X?”\n\nTak for ordet.',
    expected: {
      documentType: 'consultation-speech',
      committee: 'BEU',
      session: '20161',
      kind: 'consultation',
      number: 'A',
      text: 'Vil ministeren redegøre for X?',
      answer: 'Tak for ordet.',
    },
  },
  {
    name: 'a question on a proposal for a resolution: "spørgsmål nr. 4 (B 12)", its ft.dk stamp and footer',
    text: 'Beskæftigelsesudvalget 2021-22\nB 12 Spørgsmål 4\nOffentligt\n\nBeskæftigelsesudvalget har i brev af 3. marts 2022 stillet følgende spørgsmål nr. 4 (B 12), som hermed besvares. Spørgsmålet er stillet efter ønske fra Karina Adsbøl (DF).\n\nSpørgsmål nr. 4:\n”Vil ministeren kommentere forslaget?”\n\nSvar:\nForslaget vil jeg gerne kommentere.\n\nVenlig hilsen\nPeter Hummelgaard\n\nB 12 - 2021-22 - Endeligt svar på spørgsmål 4: Spm. om forslaget',
    expected: {
      committee: 'BEU',
      session: '20211',
      kind: 'bill',
      number: '4',
      bill: 'B 12',
      askedOn: '2022-03-03',
      askers: [asker('Karina Adsbøl', 'DF')],
      signature: 'Peter Hummelgaard',
      answer: 'Forslaget vil jeg gerne kommentere.',
    },
  },
  {
    name: 'the Committee on Standing Orders: "Udvalget for Forretningsordenen", "(UFO alm. del)"',
    text: 'Udvalget for Forretningsordenen har i brev af 30. september 2019 stillet følgende spørgsmål nr. 5 (UFO alm. del) til justitsministeren, som hermed besvares.\n\nSpørgsmål nr. 5:\n”Vil ministeren oplyse reglerne?”\n\nSvar:\nReglerne fremgår af vedlagte notat.\n\nMed venlig hilsen\nNick Hækkerup',
    expected: {
      committee: 'UFO',
      // 30 September 2019: after the June 2019 election, before the new year opened on 1 October — 2018-19, 2nd session.
      session: '20182',
      kind: 'general',
      number: '5',
      askedOn: '2019-09-30',
      askers: [],
      signature: 'Nick Hækkerup',
      answer: 'Reglerne fremgår af vedlagte notat.',
    },
  },
  {
    name: 'a letterhead of labels then values ("Tel. / Mail / Web / CVR-nr. / Sags nr. / Akt-id", then six values), the ministry over two lines',
    text: 'Indfødsretsudvalget 2024-25\nIFU Alm.del\nOffentligt\nFolketingets Indfødsretsudvalg\nChristiansborg\n1240 København K\nSide\n1/2\n20. februar 2025\nUdlændinge- og\nIntegrationsministeriet\nSlotsholmsgade 10\n1216 København K\nTel.\nMail\nWeb\nCVR-nr.\nSags nr.\nAkt-id\n6198 4000\nuim@uim.dk\nwww.uim.dk\n36977191\n2025-1571\n3095778\nIndfødsretsudvalget har i brev af 30. januar 2025 stillet følgende spørgsmål nr. 78 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Mona Juul (KF).\nSpørgsmål nr. 78:\n”Vil ministeren oplyse, hvilke sagstyper der forelægges?”\nSvar:\nJeg henviser til vedlagte notat.\nMed venlig hilsen\nKaare Dybvad Bek',
    expected: {
      committee: 'IFU',
      session: '20241',
      caseNumber: '2025-1571',
      ministry: 'Udlændinge- og Integrationsministeriet',
      number: '78',
      askedOn: '2025-01-30',
      answeredOn: '2025-02-20',
      askers: [asker('Mona Juul', 'KF')],
      signature: 'Kaare Dybvad Bek',
    },
  },
  {
    name: 'a letterhead of "Dato: / Enhed: / Sagsbeh.: / Sagsnr.:", no ministry named but the minister asked, "/" and the official under the signature',
    text: 'Sundhedsudvalget 2020-21\nSUU Alm.del\nOffentligt\nHolbergsgade 6\nDK-1057 København K\nT +45 7226 9000\nW sum.dk\nFolketingets Sundhedsudvalg\nDato: 07-07-2021\nEnhed: SPOLD\nSagsbeh.: DEPXX\nSagsnr.: 2111999\nDok. nr.: 1822000\nFolketingets Sundhedsudvalg har den 30. juni 2021 stillet følgende spørgsmål nr.\n1490 (Alm. del) til sundhedsministeren, som hermed besvares. Spørgsmålet er stillet\nefter ønske fra Per Larsen (KF).\nSpørgsmål nr. 1490:\n”Vil ministeren redegøre for ventetiderne?”\nSvar:\nJeg forventer at kunne besvare spørgsmålet endeligt ultimo august 2021.\nMed venlig hilsen\nMagnus Heunicke\n/\nAnne Andersen',
    expected: {
      committee: 'SUU',
      session: '20201',
      caseNumber: '2111999',
      ministry: 'Sundhedsministeriet',
      number: '1490',
      askedOn: '2021-06-30',
      answeredOn: '2021-07-07',
      askers: [asker('Per Larsen', 'KF')],
      signature: 'Magnus Heunicke',
      title: null,
      warnings: [],
    },
  },
  {
    name: 'an old question letter with glued letterhead lines: "Justitsministeren3. oktober 2012", "… Dehnhardtformand"',
    text: 'Retsudvalget 2012-13\nREU Alm.del Spørgsmål 22\nOffentligt\n\nRetsudvalget\n\nTil:\n\nDato:\n\nJustitsministeren3. oktober 2012\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\n\nREU alm. del\n\nSpørgsmål 22\n\nVil ministeren redegøre for sagen?\nSpørgsmålet er stillet efter ønske fra Pernille Skipper (EL).\nPå udvalgets vegne\nKarina Lorentzen Dehnhardtformand\n1/1',
    expected: {
      documentType: 'question',
      committee: 'REU',
      session: '20121',
      number: '22',
      askedOn: '2012-10-03',
      recipient: 'Justitsministeren',
      askers: [asker('Pernille Skipper', 'EL')],
      signature: 'Karina Lorentzen Dehnhardt',
      title: 'formand',
    },
  },
  {
    name: 'an old answer whose date is glued to its title, "Besvarelse af forsvarsudvalgsspørgsmål nr. 7 …", the heading glued after it',
    text: 'Forsvarsudvalget 2009-10\nFOU Alm.del\nOffentligt\n3. maj 2010Besvarelse af forsvarsudvalgsspørgsmål nr. 7 stillet af folketingsmedlem Anne Hansen (S).Spørgsmål nr. 7:\nVil ministeren oplyse antallet af værnepligtige i 2009?Svar:\nDer var 5.000 værnepligtige i 2009.\nMed venlig hilsen\nSøren Gade',
    expected: {
      documentType: 'answer',
      committee: 'FOU',
      number: '7',
      answeredOn: '2010-05-03',
      askers: [asker('Anne Hansen', 'S')],
      text: 'Vil ministeren oplyse antallet af værnepligtige i 2009?',
      answer: 'Der var 5.000 værnepligtige i 2009.',
      signature: 'Søren Gade',
    },
  },
  {
    name: 'a cover letter in a narrow column: its opening sentence starts on short lines broken off inside it',
    text: 'Børne- og Undervisningsudvalget 2023-24\nL 30 Bilag 1\nOffentligt\nMinisteren\nBørne- og Undervisningsudvalget\nChristiansborg\n4. oktober 2023\nSagsnr.: 23/13736\nOrientering om høringsmateriale til lovforslag om\nændring af dagtilbudsloven\nTil udvalgets orientering fremsendes høringsnotat\nog høringssvar vedrø-\nrende lovforslag nr. L 30 om ændring af dagtilbudsloven, som er fremsat den 4. oktober 2023.\nMed venlig hilsen\nMattias Tesfaye',
    expected: {
      documentType: 'cover-letter',
      answer:
        'Til udvalgets orientering fremsendes høringsnotat og høringssvar vedrørende lovforslag nr. L 30 om ændring af dagtilbudsloven, som er fremsat den 4. oktober 2023.',
    },
  },
  {
    name: "an answer that ends with the letterhead: the minister's title in capitals, the date and the address",
    text: 'Folketingets Erhvervsudvalg har i brev af 3. januar 2005 stillet følgende spørgsmål nr. 5 (B 58), som hermed besvares.\nSpørgsmål nr. 5:\n”Hvor mange ulykker skete der?”\nSvar:\nAntallet af ulykker estimeres til at udgøre godt 4/5 af hele årets ulykker.\nØKONOMI- OG\nERHVERVSMINISTEREN\n10. januar 2005\nØKONOMI- OG\nERHVERVSMINISTERIET\nSlotsholmsgade 10-12\n1216 København K\nTlf. 33 92 33 50',
    expected: { answer: 'Antallet af ulykker estimeres til at udgøre godt 4/5 af hele årets ulykker.' },
  },
  {
    name: "the Folketing's § 20 question letter with no stamp: its title makes it a § 20 question",
    text: 'Offentligt\nSpørgsmål nr. S 82\n§ 20-spørgsmål til skriftlig besvarelse\nTil:\nDato:\nStillet af:\nUdlændinge- og integrationsministeren\n12. oktober 2023\nPeter Skaarup (DD)\nVil ministeren svare på, om ministeren har forståelse for aftalen?\n(Spm. nr. S 82).\nPå Folketingets formands vegne\nLovsekretariatet\nSide 1 | 1',
    expected: { documentType: 'question', kind: 'section20', number: '82', committee: null },
  },
  {
    name: 'a question in quotation marks that ends without its mark, the answer glued to the closing quote',
    text: 'Trafikudvalget har i brev af 2. juli 2008 stillet mig følgende spørgsmål 872 (TRU alm. del), som jeg hermed skal besvare.\n"Ministeren bedes oplyse, hvordan udledningen af partikler har udviklet sig fordelt på vej, bane, skibe og fly"Udledningen af partikler fremgår af nedenstående tabel 1.\nMed venlig hilsen\nCarina Christensen',
    expected: {
      text: 'Ministeren bedes oplyse, hvordan udledningen af partikler har udviklet sig fordelt på vej, bane, skibe og fly',
      answer: 'Udledningen af partikler fremgår af nedenstående tabel 1.',
    },
  },
  {
    name: 'near miss: an opening quote glued after a word is no close',
    text: 'Trafikudvalget har i brev af 2. juli 2008 stillet mig følgende spørgsmål 873 (TRU alm. del), som jeg hermed skal besvare.\nSpørgsmål:\nVil ministeren kommentere artiklen"Partikler fra skibe"i Ingeniøren?\nSvar:\nJeg kan henvise til mit svar på spørgsmål 872.\nMed venlig hilsen\nCarina Christensen',
    expected: {
      text: 'Vil ministeren kommentere artiklen"Partikler fra skibe"i Ingeniøren?',
      answer: 'Jeg kan henvise til mit svar på spørgsmål 872.',
    },
  },
  {
    name: "a letter whose date column the rendition set between the answer's last sentence and the greeting",
    text: 'Børne- og Undervisningsudvalget 2016-17\nL 36\nOffentligt\nBørne- og Undervisningsudvalget\nChristiansborg\nMinisteriet for Børn,\nUndervisning og Ligestilling\nMinisteren\nFrederiksholms Kanal 21\n1220 København K\nTlf. 3392 5000\nwww.uvm.dk\nI forbindelse med behandlingen af (L 36) Forslag til Lov om ændring af\nlov om friskoler og private grundskoler m.v. og lov om efterskoler og\nfrie fagskoler (Styrkelse af kvaliteten på de frie grundskoler m.v.) har\nudvalget i brev af 28. oktober 2016 efter ønske fra Jakob Sølvhøj (EL)\nstillet mig følgende spørgsmål:\nSpørgsmål 15:\n”Vil ministeren oplyse, hvorvidt indførelsen af begrebet »demokratisk\ndannelse« skal forstås som en skærpelse af det nuværende frihed og fol-\nkestyre-krav?”\nSvar:\nDer henvises til mit svar på spørgsmål 5.\n10-11-2016\nMed venlig hilsen\nEllen Trane Nørby',
    expected: {
      answer: 'Der henvises til mit svar på spørgsmål 5.',
      answeredOn: '2016-11-10',
      signature: 'Ellen Trane Nørby',
      // The ministry's name broken after its comma: `Ministeriet for Børn,` / `Undervisning og Ligestilling`.
      ministry: 'Ministeriet for Børn, Undervisning og Ligestilling',
    },
  },
  {
    name: 'an old answer whose closing runs into the minister\'s name: "… kompetence. Med venlig hilsenClaus Hjort Frederiksen"',
    text: 'Det Politisk-Økonomiske Udvalg 2009-10\nPØU Alm.del\nOffentligt\nFolketingets Politisk-Økonomiske Udvalg har i brev af 2. juni 2010 stillet følgende spørgsmål nr. 96 (alm. del), som hermed besvares.\nSpørgsmål:\nHar regeringen været i kontakt med OECD?\nSvar:\nDen danske regering har ikke været i kontakt med OECD. Udkastet diskuteres i arbejdsgruppen. Med venlig hilsenClaus Hjort Frederiksen',
    expected: {
      answer: 'Den danske regering har ikke været i kontakt med OECD. Udkastet diskuteres i arbejdsgruppen.',
      signature: 'Claus Hjort Frederiksen',
    },
  },
  {
    name: 'near miss: a letterhead\'s row of values glued after the date is not cut there ("17. oktober 2012PolitikontoretKarina …")',
    text: 'Retsudvalget 2012-13\nREU Alm.del\nOffentligt\nJustitsministeriet\nDato:Kontor:Sagsbeh:Sagsnr.:Dok.:\n17. oktober 2012PolitikontoretKarina Hansen2012-0030-0984KSA40123\nFolketingets Retsudvalg har i brev af 7. september 2012 stillet følgende spørgsmål nr. 12 (Alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Pernille Skipper (EL).\nSpørgsmål:\nVil ministeren redegøre for sagen?\nSvar:\nJeg kan henvise til mit tidligere svar.',
    expected: {
      caseNumber: '2012-0030-0984',
      answeredOn: '2012-10-17',
      number: '12',
    },
  },
  {
    name: 'an old question letter whose closing is glued to the last sentence: "… til spørgeren.På udvalgets vegne"',
    text: 'Retsudvalget 2012-13\nREU Alm.del Spørgsmål 23\nOffentligt\nRetsudvalget\nTil:\nDato:\nJustitsministeren4. oktober 2012\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\nREU alm. del\nSpørgsmål 23\nVil ministeren redegøre for sagen?Spørgsmålet er stillet efter ønske fra Pernille Skipper (EL).Svaret bedes sendt elektronisk til spørgeren.På udvalgets vegne\nKarina Lorentzen Dehnhardtformand\n1/1',
    expected: {
      documentType: 'question',
      number: '23',
      askedOn: '2012-10-04',
      askers: [asker('Pernille Skipper', 'EL')],
      signature: 'Karina Lorentzen Dehnhardt',
      title: 'formand',
    },
  },
  {
    name: 'a letter signed without a greeting: the minister\'s name, then "/ official"; a table whose headings are set apart by spaces only',
    text: 'Folketingets Skatteudvalg\nChristiansborg\n1240 København K\n\nSkatteministeriet\nSagsnr. 2023 - 4512\nDato: 7. marts 2023\n\nSvar på Skatteudvalgets spørgsmål nr. 112 (Alm. del) af 14. februar 2023 stillet efter ønske fra Rasmus Stoklund (S).\n\nSpørgsmål\nVil ministeren oplyse, hvor mange der betalte topskat i 2022?\n\nSvar\nDet gjorde 412.000 personer. Fordelingen fremgår af tabel 1.\n\nTabel 1. Topskatteydere fordelt på kommuner, 2022\nKommune Antal Andel, pct.\nKøbenhavn 98.400 23,9\nAarhus 41.200 10,0\nKilde: Skatteministeriets beregninger.\n\nJeppe Bruus\n/ Lise Hansen',
    expected: {
      committee: 'SAU',
      caseNumber: '2023-4512',
      number: '112',
      askedOn: '2023-02-14',
      answeredOn: '2023-03-07',
      signature: 'Jeppe Bruus',
      title: null,
      answer:
        'Det gjorde 412.000 personer. Fordelingen fremgår af tabel 1.\n\nTabel 1 Topskatteydere fordelt på kommuner, 2022\nKommune\tAntal\tAndel, pct.\nKøbenhavn\t98.400\t23,9\nAarhus\t41.200\t10,0\n\nKilde: Skatteministeriets beregninger.',
      tables: [
        {
          label: 'Tabel 1',
          caption: 'Topskatteydere fordelt på kommuner, 2022',
          header: ['Kommune', 'Antal', 'Andel, pct.'],
          rows: [
            ['København', '98.400', '23,9'],
            ['Aarhus', '41.200', '10,0'],
          ],
        },
      ],
    },
  },
  {
    name: 'a letter signed without a greeting: name and title last; a table with no headings keeps its first row as data',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 88 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Victoria Velasquez (EL).\n\nSpørgsmål nr. 88:\n”Vil ministeren oplyse ledigheden fordelt på regioner?”\n\nSvar:\nLedigheden fremgår af tabel 2.\n\nTabel 2\nLedige fordelt på regioner, marts 2023.\nHovedstaden 12.400 3,1\nSjælland 5.300 2,9\n\nLedigheden er lav i hele landet.\n\nLudvig Ayoub Jensen\nBeskæftigelsesminister',
    expected: {
      number: '88',
      signature: 'Ludvig Ayoub Jensen',
      title: 'Beskæftigelsesminister',
      tables: [
        {
          label: 'Tabel 2',
          caption: 'Ledige fordelt på regioner, marts 2023.',
          header: ['', '', ''],
          rows: [
            ['Hovedstaden', '12.400', '3,1'],
            ['Sjælland', '5.300', '2,9'],
          ],
        },
      ],
    },
  },
  {
    name: '"stillet af Folketingets Beskæftigelsesudvalg den 18.03.2022 efter ønske fra …"; a table whose cells are set apart by tabs',
    text: 'Beskæftigelsesministeriet\nDato: 13.04.2022\nJ.nr.: 2022-2961\n\nBesvarelse af spørgsmål nr. 245 (BEU alm. del) stillet af Folketingets Beskæftigelsesudvalg den 18.03.2022 efter ønske fra Hans Andersen (V) og Karina Adsbøl (DF).\n\nSpørgsmål nr. 245:\nVil ministeren oplyse antallet af personer i fleksjob?\n\nSvar:\nAntallet er steget, jf. tabel 1.\n\nTabel 1\nPersoner i fleksjob og på ledighedsydelse, 2015-2021\nÅr\tFleksjob\tLedighedsydelse\n2015\t60.000\t15.000\n2021\t80.000\t12.000\nKilde: DREAM.\n\nMed venlig hilsen\n\nPeter Hummelgaard',
    expected: {
      committee: 'BEU',
      number: '245',
      askedOn: '2022-03-18',
      answeredOn: '2022-04-13',
      askers: [asker('Hans Andersen', 'V'), asker('Karina Adsbøl', 'DF')],
      signature: 'Peter Hummelgaard',
      warnings: ['session-inferred'],
      tables: [
        {
          label: 'Tabel 1',
          caption: 'Personer i fleksjob og på ledighedsydelse, 2015-2021',
          header: ['År', 'Fleksjob', 'Ledighedsydelse'],
          rows: [
            ['2015', '60.000', '15.000'],
            ['2021', '80.000', '12.000'],
          ],
        },
      ],
    },
  },
  {
    name: 'a table as pdftotext -layout sets it: columns kept apart by runs of spaces, headings of several words',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 90 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Victoria Velasquez (EL).\n\nSpørgsmål nr. 90:\n”Vil ministeren oplyse ledigheden?”\n\nSvar:\nDen fremgår af tabel 3.\n\nTabel 3. Ledige og ledighedsprocent, marts 2023\n                          Antal ledige     Ledighed, pct.\n   Region Hovedstaden           12.400                3,1\n   Region Sjælland               5.300                2,9\n   Hele landet                  78.000                2,8\n\nVenlig hilsen\nLudvig Ayoub Jensen',
    expected: {
      number: '90',
      answer:
        'Den fremgår af tabel 3.\n\nTabel 3 Ledige og ledighedsprocent, marts 2023\n\tAntal ledige\tLedighed, pct.\nRegion Hovedstaden\t12.400\t3,1\nRegion Sjælland\t5.300\t2,9\nHele landet\t78.000\t2,8',
      tables: [
        {
          label: 'Tabel 3',
          caption: 'Ledige og ledighedsprocent, marts 2023',
          header: ['', 'Antal ledige', 'Ledighed, pct.'],
          rows: [
            ['Region Hovedstaden', '12.400', '3,1'],
            ['Region Sjælland', '5.300', '2,9'],
            ['Hele landet', '78.000', '2,8'],
          ],
        },
      ],
    },
  },
  {
    name: 'a letterhead on one line with middle dots, "Dato: 13. april 2022   Sagsnr.: 2022-1234" on one line',
    text: 'Finansministeriet · Christiansborg Slotsplads 1 · 1218 København K · T 33 92 33 33 · fm@fm.dk · www.fm.dk\n\nDato: 13. april 2022   Sagsnr.: 2022-1234\n\nFolketingets Finansudvalg\n\nFinansudvalget har den 18. marts 2022 stillet følgende spørgsmål nr. 424 (Alm. del) til finansministeren, som hermed besvares. Spørgsmålet er stillet efter ønske fra Rasmus Jarlov (KF).\n\nSpørgsmål nr. 424:\n”Vil ministeren oplyse de samlede udgifter til konsulenter i staten i 2021?”\n\nSvar:\nUdgifterne udgjorde 1,2 mia. kr. i 2021, jf. tabel 1.\n\nTabel 1\nStatens konsulentudgifter, 2019-2021\nMio. kr.      2019     2020     2021\nRådgivning   812,4    901,2  1.012,7\nIt-konsulenter  150,0  160,3  187,3\n\nKilde: Statens Koncernsystem.\n\nMed venlig hilsen\n\nNicolai Wammen',
    expected: {
      committee: 'FIU',
      caseNumber: '2022-1234',
      askedOn: '2022-03-18',
      answeredOn: '2022-04-13',
      recipient: 'finansministeren',
      ministry: 'Finansministeriet',
      signature: 'Nicolai Wammen',
      tables: [
        {
          label: 'Tabel 1',
          caption: 'Statens konsulentudgifter, 2019-2021',
          header: ['Mio. kr.', '2019', '2020', '2021'],
          rows: [
            ['Rådgivning', '812,4', '901,2', '1.012,7'],
            ['It-konsulenter', '150,0', '160,3', '187,3'],
          ],
        },
      ],
    },
  },
  {
    name: 'parties written in full: "(Enhedslisten)", "(Det Konservative Folkeparti)", one not in the registry',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 91 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Victoria Velasquez (Enhedslisten), Mona Juul (Det Konservative Folkeparti) og Anne Hansen (Nyt Parti).\n\nSpørgsmål nr. 91:\n”Vil ministeren svare?”\n\nSvar:\nJa.\n\nVenlig hilsen\nLudvig Ayoub Jensen',
    expected: {
      askers: [asker('Victoria Velasquez', 'EL'), asker('Mona Juul', 'KF'), asker('Anne Hansen', 'Nyt Parti')],
      warnings: ['session-inferred', 'party-unknown'],
    },
  },
  {
    name: 'two questions each with its "Svar:": parse gives the first question with its own answer, and says there is another',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 91 og 92 (alm. del), som hermed besvares. Spørgsmålene er stillet efter ønske fra Victoria Velasquez (EL).\n\nSpørgsmål nr. 91:\n”Vil ministeren oplyse A?”\n\nSvar:\nA er 1.\n\nSpørgsmål nr. 92:\n”Vil ministeren oplyse B?”\n\nSvar:\nB er 2.\n\nVenlig hilsen\nLudvig Ayoub Jensen',
    expected: {
      number: '91',
      text: 'Vil ministeren oplyse A?',
      answer: 'A er 1.',
      warnings: ['session-inferred', 'question-multiple'],
    },
  },
  {
    name: 'two questions before one answer: parse gives the first question, unquoted, with the whole (joint) answer',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 93 og 94 (alm. del), som hermed besvares. Spørgsmålene er stillet efter ønske fra Victoria Velasquez (EL).\n\nSpørgsmål nr. 93:\n”Vil ministeren oplyse A?”\n\nSpørgsmål nr. 94:\n”Vil ministeren oplyse B?”\n\nSvar:\nSpørgsmålene besvares samlet. A er 1, og B er 2.\n\nVenlig hilsen\nLudvig Ayoub Jensen',
    expected: {
      number: '93',
      text: 'Vil ministeren oplyse A?',
      answer: 'Spørgsmålene besvares samlet. A er 1, og B er 2.',
      warnings: ['session-inferred', 'answer-joint', 'question-multiple'],
    },
  },
  {
    name: 'an answer in parts ("Ad 1)", "Ad 2)"), a numbered list whose items start with a number, a bulleted list',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 95 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Victoria Velasquez (EL).\n\nSpørgsmål nr. 95:\n”Vil ministeren 1) oplyse antallet af sager og 2) redegøre for sagsbehandlingstiden?”\n\nSvar:\nAd 1)\nDer var 1.234 sager i 2022.\n\nAd 2)\nSagsbehandlingstiden var i gennemsnit:\n1. 12 uger i første halvår og\n2. 10 uger i andet halvår.\n\nDet skyldes bl.a.:\n• flere medarbejdere,\n• nye it-systemer, og\n• færre klager.\n\nVenlig hilsen\nLudvig Ayoub Jensen',
    expected: {
      text: 'Vil ministeren 1) oplyse antallet af sager og 2) redegøre for sagsbehandlingstiden?',
      blocks: [
        { type: 'heading', text: 'Ad 1)' },
        { type: 'paragraph', text: 'Der var 1.234 sager i 2022.' },
        { type: 'heading', text: 'Ad 2)' },
        { type: 'paragraph', text: 'Sagsbehandlingstiden var i gennemsnit:' },
        { type: 'list', ordered: true, start: 1, items: ['12 uger i første halvår og', '10 uger i andet halvår.'] },
        { type: 'paragraph', text: 'Det skyldes bl.a.:' },
        { type: 'list', ordered: false, items: ['flere medarbejdere,', 'nye it-systemer, og', 'færre klager.'] },
      ],
    },
  },
  {
    name: 'a date at the start of a line is no list item, even with a number at the start of a later line',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 97 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 97:\n”Hvornår trådte reglerne i kraft?”\n\nSvar:\nReglerne trådte i kraft den\n1. januar 2020, og de blev ændret med virkning fra\n3. marts 2021.\n\nVenlig hilsen\nLudvig Ayoub Jensen',
    expected: {
      blocks: [
        { type: 'paragraph', text: 'Reglerne trådte i kraft den 1. januar 2020, og de blev ændret med virkning fra 3. marts 2021.' },
      ],
    },
  },
  {
    name: 'the minister and the official on one line: "Peter Hummelgaard / Anne Hansen"',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 98 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 98:\n”Vil ministeren svare?”\n\nSvar:\nJa.\n\nMed venlig hilsen\nPeter Hummelgaard / Anne Hansen',
    expected: { signature: 'Peter Hummelgaard', title: null, answer: 'Ja.' },
  },
  {
    name: 'an official signing on the minister\'s behalf: "P.M.V.", "E.B.", then name and title',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 99 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 99:\n”Vil ministeren svare?”\n\nSvar:\nJa.\n\nMed venlig hilsen\n\nP.M.V.\nE.B.\n\nAnne Hansen\nKontorchef',
    expected: { signature: 'Anne Hansen', title: 'Kontorchef', answer: 'Ja.' },
  },
  {
    name: 'an annex after the signature ("Bilag 1") with a table of two columns set apart by a space',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 100 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 100:\n”Vil ministeren oplyse tallene?”\n\nSvar:\nTallene fremgår af bilag 1.\n\nVenlig hilsen\n\nLudvig Ayoub Jensen\nBeskæftigelsesminister\n\nBilag 1\n\nTabel 1\nLedige fordelt på køn, 2023\nKøn Antal\nMænd 40.100\nKvinder 37.900\nKilde: Danmarks Statistik.',
    expected: {
      signature: 'Ludvig Ayoub Jensen',
      title: 'Beskæftigelsesminister',
      blocks: [
        { type: 'paragraph', text: 'Tallene fremgår af bilag 1.' },
        { type: 'heading', text: 'Bilag 1' },
        { type: 'table', table: 0 },
        { type: 'source', text: 'Danmarks Statistik.' },
      ],
      tables: [
        {
          label: 'Tabel 1',
          caption: 'Ledige fordelt på køn, 2023',
          header: ['Køn', 'Antal'],
          rows: [
            ['Mænd', '40.100'],
            ['Kvinder', '37.900'],
          ],
        },
      ],
    },
  },
  {
    name: 'numbered section headings ("1. Indledning"), and a numbered list whose last short item is followed by a sentence',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 101 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 101:\n”Vil ministeren redegøre for reglerne?”\n\nSvar:\n1. Indledning\nStyrelsen har oplyst følgende om reglerne.\n\n2. Gældende regler\nReglerne fremgår af loven. Initiativerne er:\n1. Seniorjob\n2. Jobrotation\n3. Vejledning\nDe træder i kraft i 2024.\n\nVenlig hilsen\nLudvig Ayoub Jensen',
    expected: {
      blocks: [
        { type: 'heading', text: '1. Indledning' },
        { type: 'paragraph', text: 'Styrelsen har oplyst følgende om reglerne.' },
        { type: 'heading', text: '2. Gældende regler' },
        { type: 'paragraph', text: 'Reglerne fremgår af loven. Initiativerne er:' },
        { type: 'list', ordered: true, start: 1, items: ['Seniorjob', 'Jobrotation', 'Vejledning'] },
        { type: 'paragraph', text: 'De træder i kraft i 2024.' },
      ],
    },
  },
  {
    name: 'capitalised words at the end that are no signature stay in the answer',
    text: 'Beskæftigelsesudvalget har i brev af 3. maj 2023 stillet følgende spørgsmål nr. 89 (alm. del), som hermed besvares. Spørgsmålet er stillet efter ønske fra Victoria Velasquez (EL).\n\nSpørgsmål nr. 89:\n”Hvem fører tilsynet?”\n\nSvar:\nTilsynet føres af\n\nStyrelsen for Arbejdsmarked og Rekruttering\nBeskæftigelsesministeriet',
    expected: {
      number: '89',
      signature: null,
      answer: 'Tilsynet føres af\n\nStyrelsen for Arbejdsmarked og Rekruttering Beskæftigelsesministeriet',
    },
  },
]

describe('preamble and letterhead variants', () => {
  for (const { name, text, expected } of CASES) {
    it(name, async () => {
      const record = await parse(text)
      const actual: Record<string, unknown> = {
        documentType: record.documentType,
        committee: record.committee?.code ?? null,
        session: record.session,
        caseNumber: record.caseNumber,
        kind: record.question.kind,
        number: record.question.number,
        bill: record.question.bill,
        askedOn: record.question.askedOn,
        askers: record.question.askers,
        recipient: record.question.recipient,
        answeredOn: record.answer.answeredOn,
        signature: record.signature?.name ?? null,
        title: record.signature?.title ?? null,
        ministry: record.ministry,
        text: record.question.text,
        answer: record.answer.text,
        warnings: record.warnings.map((warning) => warning.code),
        blocks: record.answer.blocks,
        tables: record.answer.tables.map((table) => ({
          label: table.label,
          caption: table.caption,
          header: table.header,
          rows: table.rows.map((cells) => cells.map((cell) => cell.raw)),
        })),
      }
      for (const [key, value] of Object.entries(expected)) expect(actual[key], key).toEqual(value)
    })
  }
})

describe('case number labels and forms', () => {
  const letter = (line: string) =>
    `Beskæftigelsesministeriet\n${line}\n13. april 2022\n\nBeskæftigelsesudvalget har i brev af 3. marts 2022 stillet følgende spørgsmål nr. 98 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 98:\n”Vil ministeren svare?”\n\nSvar:\nJa.\n\nMed venlig hilsen\nPeter Hummelgaard`
  it.each([
    ['Sagsnummer: 2022-2961', '2022-2961'],
    ['Sag nr. 2022-2961', '2022-2961'],
    ['Vores ref.: 2022-2961', '2022-2961'],
    ['Sagsnr. 2022 – 2961', '2022-2961'],
    ['Sagsnr.: SM-2022-00123', 'SM-2022-00123'],
    ['Vores ref.: JHA', null],
  ])('%s → %s', async (line, caseNumber) => {
    const record = await parse(letter(line))
    expect(record.caseNumber).toBe(caseNumber)
    expect(record.answer.answeredOn).toBe('2022-04-13')
  })
})
