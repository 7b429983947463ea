import type { Committee } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
import type { Findings } from '../../src/extract/findings.js'
import type { Line } from '../../src/extract/lines.js'
import {
  answerHeadingInQuestionLetter,
  answerTextDoubt,
  type CheckedValues,
  checkPlausibility,
  committeeRival,
  datesDoubt,
  droppedHyphen,
  kindDoubt,
  kindNumberDoubt,
  ministryLineRival,
  ministryRival,
  peopleDoubt,
  questionTextDoubt,
} from '../../src/extract/plausibility.js'
import { propose, type Resolution, resolve } from '../../src/extract/resolve.js'
import { Messages } from '../../src/messages.js'
import { parse } from '../../src/parse.js'
import { committeeByCode, committeeByName } from '../../src/registry/index.js'

/** Lines as the line view gives them, one block each. */
const lines = (...texts: string[]): Line[] => texts.map((text, index) => ({ text, line: index + 1, index, block: index }))

describe('questionTextDoubt', () => {
  it('passes questions and requests in the forms ministries quote them', () => {
    for (const text of [
      'Vil ministeren oplyse, hvor mange kontanthjælpsmodtagere der i 2009 var ramt af loftet?',
      'Ministeren bedes redegøre for tilsynet med de udsatte græssere.',
      'Vil ministeren kommentere artiklen ”Drastisk fald i førtidspensioner”, Politiken den 3. maj 2016?',
      '”Tryghedsindekset” viser et fald i tryghed; vil ministeren kommentere det?',
      'Vil ministeren oplyse, hvor mange a- og b-skatteydere og land- og skovbrugere der er berørt, jf. EU-Kommissionens forslag?',
      'Vil ministeren kommentere artiklen i FOLKETINGSTIDENDE om udvalgets arbejde?',
      'Hvad er ministerens holdning til sagen om F.L. Smidth og COCOM-listen?',
      // An old question without its full stop, ending with a noun, a number or a web address.
      'Ministeren bedes oversende en opgørelse af udviklingen i perioden 2001-2007 fordelt på vej, bane, skibe og fly',
      'Vil ministeren kommentere henvendelsen, jf. alm. del - bilag 7',
      'Der henvises til https://www.ft.dk/samling/20161/almdel/beu/bilag/12/index.htm',
      // `svar` inside a sentence, not a heading.
      'Vil ministeren uddybe sit svar på spørgsmål 12, herunder om svar fra kommunerne er modtaget?',
    ]) {
      expect(questionTextDoubt(text), text).toBeUndefined()
    }
  })

  it('doubts a question that holds an answer heading or a closing', () => {
    expect(questionTextDoubt('Vil ministeren oplyse antallet af sager?”Endeligt svar:\n\nAntallet er 12.')).toMatch(/Endeligt svar/u)
    expect(questionTextDoubt('Vil ministeren oplyse antallet af sager?\n\nSvar:\n\nAntallet er 12.')).toMatch(/Svar/u)
    expect(questionTextDoubt('Vil ministeren oplyse antallet af sager? Antallet er 12.\n\nMed venlig hilsen\n\nKaren Hækkerup')).toMatch(
      /hilsen/u,
    )
  })

  it('doubts a question that holds the letter around it: a heading, the preamble, ft.dk lines, a dated answer heading', () => {
    expect(questionTextDoubt('Hvad koster ordningen?\n\nSpørgsmål nr. 13:\n\nHvor mange bruger den?')).toMatch(/part/u)
    expect(questionTextDoubt('Udvalget har stillet følgende spørgsmål, som hermed besvares: Hvad koster ordningen?')).toMatch(/part/u)
    expect(questionTextDoubt('Hvad koster ordningen? BEU, Alm.del - 2016-17 - Spm. om ordningens pris')).toMatch(/part/u)
    expect(questionTextDoubt('Hvad koster ordningen?\n\n1707858_0002.png')).toMatch(/part/u)
    expect(questionTextDoubt('Vil statsministeren oversende listen? (Spm. nr. S 2307).\n\nSvar (3/3 04)\n\nListen følger.')).toMatch(
      /Svar/u,
    )
    // A question that cites another question by number, inside a sentence.
    expect(questionTextDoubt('Vil ministeren uddybe svaret på spørgsmål nr. 12, jf. BEU alm. del - bilag 7?')).toBeUndefined()
  })

  it('doubts a question that holds a letterhead label', () => {
    expect(questionTextDoubt('Er det muligt i praksis? E-postNetstedCVR-nr.\n\nSagsnr.Dok nr.Side 10-0961')).toMatch(/label/u)
    // A case number the question itself cites is not a letterhead's label.
    expect(questionTextDoubt('Vil ministeren oplyse, hvorfor sagen med j.nr. 2010-123 ikke er afgjort?')).toBeUndefined()
  })

  it('doubts a question that opens or ends mid-sentence', () => {
    expect(questionTextDoubt('herunder om ministeren vil tage initiativ til en ændring?')).toMatch(/opens/u)
    expect(questionTextDoubt('Vil ministeren oplyse, hvor mange borgere der er berørt af reglerne, og')).toMatch(/ends/u)
    expect(questionTextDoubt('Vil ministeren redegøre for, hvordan reglerne forvaltes i kommunerne,')).toMatch(/ends/u)
    // Ends with a noun: a question without its question mark.
    expect(questionTextDoubt('Vil ministeren redegøre for, hvordan reglerne forvaltes i kommunerne')).toBeUndefined()
  })

  it('doubts a sentence glued to the next at a line join, not a quotation after a space', () => {
    expect(questionTextDoubt('Vil ministeren oplyse, hvor mange der er ramt af loft over kontanthjælp?Spørgsmålet stilles igen.')).toMatch(
      /glued/u,
    )
    expect(questionTextDoubt('Vil ministeren kommentere artiklen ”Løkke åbner for hjemsendelse”?')).toBeUndefined()
    expect(questionTextDoubt('Vil ministeren oplyse, hvad iPhone-appen MitID koster om året?')).toBeUndefined()
  })

  it('doubts a text too short or too long to be a question', () => {
    expect(questionTextDoubt('Spørgsmål 12')).toMatch(/only/u)
    expect(questionTextDoubt('Hvor mange?')).toBeUndefined()
    expect(questionTextDoubt(`Vil ministeren oplyse ${'antallet af sager og '.repeat(130)}i alt?`)).toMatch(/long/u)
  })
})

describe('questionTextDoubt: heads and line joins read into the question', () => {
  it("doubts a question form's head read as the question: its labels, its heading in capitals run together", () => {
    expect(questionTextDoubt('§20-SPØRGSMÅLTILMUNDTLIGBESVARELSE Til: Transport-, bygnings- og boligministeren 13. januar 2017')).toMatch(
      /label/u,
    )
    expect(questionTextDoubt('SAMRÅDSSPØRGSMÅLTILBESKÆFTIGELSESMINISTEREN om ledigheden i Nordjylland')).toMatch(/capitals/u)
    expect(questionTextDoubt('Fra: Pia Olsen Dyhr (SF) Vil ministeren oplyse antallet af sager?')).toMatch(/label/u)
    // A colon after a word that is no label, and a name in capitals of ordinary length.
    expect(questionTextDoubt('Vil ministeren oplyse, hvad reglen går ud på: Til hvem udbetales ydelsen?')).toBeUndefined()
    expect(questionTextDoubt('Vil ministeren kommentere indslaget i DR-programmet KONTANT om SKATs inddrivelse?')).toBeUndefined()
  })

  it("doubts the committee's question form around the question", () => {
    expect(questionTextDoubt('Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål: Hvad koster ordningen?')).toMatch(/part/u)
    expect(questionTextDoubt('Hvad koster ordningen? Spørgsmålet er stillet af Peter Skaarup (DF).')).toMatch(/part/u)
    expect(questionTextDoubt('Hvad koster ordningen? På udvalgets vegne Jan Johansen formand')).toMatch(/part/u)
    // The question's own background saying when it was asked before.
    expect(questionTextDoubt('Spørgsmålet stilles som opfølgning på samrådet den 24. juni 2020: hvad koster ordningen?')).toBeUndefined()
  })

  it('doubts a word broken around a hyphen at a line join, not a suspended compound', () => {
    expect(questionTextDoubt('Vil ministeren kommentere henvendelsen fra Danmarks Fisk e- riforening om kvoterne?')).toMatch(/broken/u)
    expect(questionTextDoubt('Hvad er ministerens holdning til EU -Kommissionens forslag om kvoter?')).toMatch(/broken/u)
    expect(questionTextDoubt('Vil ministeren oplyse, hvor mange landbrugs- og fiskerivirksomheder, der er omfattet?')).toBeUndefined()
    expect(questionTextDoubt('Vil ministeren oplyse antallet af c- eller d-ejendomme i kommunen?')).toBeUndefined()
  })

  it("doubts a paragraph break inside the question's sentence, not between its sentences or in a list after them", () => {
    expect(questionTextDoubt('Kan ministeren oplyse huslejen for boliger opført i perioden 2010\n\n– 2020?')).toMatch(/paragraph/u)
    expect(
      questionTextDoubt('Hvad vil det koste, hvis overfarten ændres, hvilket ville betyde:\n\n– Gratis overfart af fodgængere?'),
    ).toMatch(/paragraph/u)
    expect(questionTextDoubt('Vil ministeren oplyse, hvor mange af\n\nborgerne der er berørt?')).toMatch(/paragraph/u)
    expect(questionTextDoubt('Reglerne blev ændret i 2019.\n\nVil ministeren oplyse, hvad ændringen har kostet?')).toBeUndefined()
    expect(questionTextDoubt('Vil ministeren oplyse følgende?\n\n1. Antallet af sager.\n\n2. Udgifterne.')).toBeUndefined()
  })

  it("doubts a question left in the letter's quotation marks", () => {
    expect(
      questionTextDoubt('”Vil ministeren kommentere artiklen ”Drastisk fald i førtidspensioner”, Politiken den 3. maj 2016?”'),
    ).toMatch(/quotation/u)
    expect(questionTextDoubt('’Vil udenrigsministeren redegøre for udviklingen i Irak?’')).toMatch(/quotation/u)
    expect(questionTextDoubt('»Ministeren bedes oversende notatet.«')).toMatch(/quotation/u)
    // A quotation that ends the question, after its own question mark.
    expect(questionTextDoubt('Er ministeren enig med ordføreren, der siger »Toget hører fortiden til«?')).toBeUndefined()
  })
})

describe('droppedHyphen', () => {
  it("finds a line end's hyphen dropped inside a compound that keeps it: after a name or an abbreviation", () => {
    const text = 'Mener ministeren, at EU-Mercosuraftalen beskytter naturen?'
    expect(droppedHyphen(lines('Mener ministeren, at EU-Mercosur-', 'aftalen beskytter naturen?'), text)).toBe('EU-Mercosuraftalen')
    expect(droppedHyphen(lines('Hvor mange af EU-', 'landene har indført reglen?'), 'Hvor mange af EUlandene har indført reglen?')).toBe(
      'EUlandene',
    )
  })

  it('is quiet where the hyphen was kept, where the compound drops it, and before a conjunction', () => {
    expect(
      droppedHyphen(
        lines('Mener ministeren, at EU-Mercosur-', 'aftalen beskytter?'),
        'Mener ministeren, at EU-Mercosur-aftalen beskytter?',
      ),
    ).toBe(undefined)
    // An agency's name, which is one word: `Fødevare-` / `styrelsen`.
    expect(droppedHyphen(lines('Hvad har Fødevare-', 'styrelsen gjort?'), 'Hvad har Fødevarestyrelsen gjort?')).toBeUndefined()
    expect(droppedHyphen(lines('Hvor mange SU-', 'og EU-borgere?'), 'Hvor mange SU- og EU-borgere?')).toBeUndefined()
  })
})

describe('answerTextDoubt: the letter around the answer', () => {
  it("doubts a cover letter's subject line before the sentence that sends it, and a closing inside the answer", () => {
    expect(
      answerTextDoubt(
        'Fremsættelse af forslag til lov om epidemier m.v. (epidemiloven)\n\nTil udvalgets orientering sendes hermed forslaget.',
      ),
    ).toMatch(/subject/u)
    expect(answerTextDoubt('Status på strækningen efter kørsel med målevogn d. 26. september 2007\n\nHermed sendes status.')).toMatch(
      /subject/u,
    )
    expect(answerTextDoubt('Antallet er 12.\n\nMed venlig hilsen\n\nKaren Hækkerup')).toMatch(/closing/u)
  })

  it('passes an answer that opens with the sending sentence, a heading before its text, or a sentence before it', () => {
    expect(answerTextDoubt('Til udvalgets orientering sendes hermed forslaget.\n\nHøringsbrevet er vedlagt.')).toBeUndefined()
    expect(answerTextDoubt('Baggrund\n\nI 2009 blev reglerne ændret.')).toBeUndefined()
    expect(answerTextDoubt('Jeg kan oplyse følgende.\n\nHermed sendes notatet.')).toBeUndefined()
    expect(answerTextDoubt('Ministeriet har modtaget en venlig hilsen fra borgeren.')).toBeUndefined()
  })
})

describe('kindNumberDoubt', () => {
  it('doubts a samråd question numbered in digits and another kind lettered like a samråd question', () => {
    expect(kindNumberDoubt('consultation', '155')).toMatch(/"155"/u)
    expect(kindNumberDoubt('general', 'B')).toMatch(/alm\. del question "B"/u)
    expect(kindNumberDoubt('bill', 'AB')).toMatch(/"AB"/u)
  })

  it('near misses: the kinds and numbers that go together, and a value not read', () => {
    expect(kindNumberDoubt('consultation', 'AÆ')).toBeUndefined()
    expect(kindNumberDoubt('general', '1023')).toBeUndefined()
    expect(kindNumberDoubt('section20', '52')).toBeUndefined()
    expect(kindNumberDoubt('consultation', null)).toBeUndefined()
    expect(kindNumberDoubt(null, 'B')).toBeUndefined()
  })
})

describe('kindDoubt', () => {
  it('doubts an alm. del question whose head names an aktstykke, a Commission document or a bill', () => {
    expect(kindDoubt('general', lines('Finansudvalget', 'Aktstk. 17', 'Spørgsmål 4'))?.reason).toMatch(/Aktstk\. 17/u)
    expect(kindDoubt('general', lines('Spørgsmål nr. 1 til aktstykke 79'))?.reason).toMatch(/aktstykke 79/u)
    expect(kindDoubt('general', lines('Europaudvalget 2012-13', 'KOM (2012) 0011', 'Offentligt'))?.reason).toMatch(/KOM/u)
    expect(kindDoubt('general', lines('… følger hermed svar på spørgsmål nr. 4 (KOU L 172).'))?.reason).toMatch(/L 172/u)
    expect(kindDoubt('general', lines('L 95 - 2016-17 - Endeligt svar på spørgsmål 3: Spm. om …'))?.line.index).toBe(0)
  })

  it("doubts a bill's question whose bill no line above the question names: the question only cites it", () => {
    const head = lines('Udvalget for Udlændinge- og Integrationspolitik 2010-11', 'UUI Alm.del Bilag 140', 'Spørgsmål nr. 117:')
    expect(kindDoubt('bill', head, 'L 37')?.reason).toMatch(/L 37/u)
    expect(kindDoubt('bill', lines('L 37 - 2010-11 - Bilag 12', 'Spørgsmål 29'), 'L 37')).toBeUndefined()
    expect(kindDoubt('bill', lines('… svar på spørgsmål nr. 4 (KOU L172).'), 'L 172')).toBeUndefined()
    expect(kindDoubt('bill', lines('Beslutningsforslag B 118', 'Spørgsmål 143'), 'B 118')).toBeUndefined()
    // Justified: `(L  74)`.
    expect(kindDoubt('bill', lines('Besvarelse  af  spørgsmål  nr.   99  (L  74),  som  Folketingets'), 'L 74')).toBeUndefined()
    // Another bill of the same number's other letter, or a longer number, is not it.
    expect(kindDoubt('bill', lines('B 37 - 2010-11', 'L 372'), 'L 37')?.reason).toMatch(/L 37/u)
  })

  it("reads the head on the question's own line, before the question, where the two run into one line", async () => {
    const record = await parse(
      'Besvarelse  af  spørgsmål  nr.   99  (L  74),  som  Folketingets  Sundhedsudvalg  har  stillet  til  ministeren den 18. april 2005 Spørgsmål  99: "Med  hvilken  fordeling  er  finansieringen kommet patientgrupperne til gode?" Svar: Regeringen har tilført sygehusene 5 mia. kr.\n\nMed venlig hilsen\nLars Løkke Rasmussen',
      { format: 'text' },
    )
    expect([record.question.kind, record.question.bill, record.question.number]).toEqual(['bill', 'L 74', '99'])
    expect(record.warnings.map((warning) => warning.code)).not.toContain('question-kind-implausible')
  })

  it("doubts a bill's question the letter itself calls an alm. del question (filed by ft.dk under a bill)", () => {
    const head = lines('Finansudvalget 2018-19 (1. samling)', 'L 1', 'Svar på Finansudvalgets spørgsmål nr. 59 (Alm. del) af 12.')
    expect(kindDoubt('bill', head, 'L 1')?.line?.index).toBe(2)
    // Near miss: an alm. del question cited beside the bill's own question.
    expect(kindDoubt('bill', lines('L 1', 'Svar på spørgsmål 5, jf. svaret på spørgsmål 59 fra Finansudvalget'), 'L 1')).toBeUndefined()
  })

  it("is quiet for a case's own kind and for a head that names no case", () => {
    expect(kindDoubt('appropriation', lines('Aktstk. 17', 'Spørgsmål 4'))).toBeUndefined()
    expect(kindDoubt('general', lines('Beskæftigelsesudvalget 2016-17', 'BEU Alm.del  Bilag 12', 'Spørgsmål 12'))).toBeUndefined()
    expect(kindDoubt('general', lines('Spørgsmål nr. 84 (alm. del), jf. alm. del - bilag 134'))).toBeUndefined()
    expect(kindDoubt(null, lines('KOM (2012) 0011'))).toBeUndefined()
  })
})

describe('answerHeadingInQuestionLetter', () => {
  it("finds an answer's heading in a document read as a question letter", () => {
    const letter = lines(
      'Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:',
      'Spørgsmål 3',
      'Er ministeren enig?',
      'Svar:',
      'Ja.',
    )
    expect(answerHeadingInQuestionLetter(letter, 'question')?.text).toBe('Svar:')
    expect(answerHeadingInQuestionLetter(letter, 'answer')).toBeUndefined()
    expect(answerHeadingInQuestionLetter(lines('Spørgsmål 3', 'Er ministeren enig?', 'På udvalgets vegne'), 'question')).toBeUndefined()
  })
})

describe('answerTextDoubt', () => {
  it('passes answers as ministries open them', () => {
    for (const text of ['Jeg kan oplyse, at antallet er 12.', '”Antallet er 12.”', '• Antallet er 12.', '2.400 borgere er berørt.', '']) {
      expect(answerTextDoubt(text), text).toBeUndefined()
    }
  })

  it('doubts an answer that opens mid-sentence or holds a letterhead or converter line', () => {
    expect(answerTextDoubt('kan jeg oplyse, at antallet er 12.')).toMatch(/opens/u)
    expect(answerTextDoubt('Antallet er 12.\n\nFrederiksholms Kanal 21 Telefax 3392 3913 e-post')).toMatch(/Telefax/u)
    expect(answerTextDoubt('Antallet er 12. PDF to HTML - Convert PDF files to HTML files 2/2 Endelig bemærkes')).toMatch(/PDF to HTML/u)
    expect(
      answerTextDoubt('Antallet er 12.\n\nBEU, Alm.del - 2016-17 - Endeligt svar på spørgsmål 12: Spm. om antallet\n\nDet er steget.'),
    ).toMatch(/Alm\.del/u)
    // A telephone number the answer gives is not a letterhead.
    expect(answerTextDoubt('Borgerne kan ringe til Udbetaling Danmark på tlf. 70 12 80 61.')).toBeUndefined()
  })
})

describe('datesDoubt', () => {
  it('doubts a question and an answer dated the same day', () => {
    expect(datesDoubt({ askedOn: '2016-12-08', answeredOn: '2016-12-08', session: '20161' })?.field).toBe('question.askedOn')
    expect(datesDoubt({ askedOn: '2016-12-07', answeredOn: '2016-12-08', session: '20161' })).toBeUndefined()
  })

  it('passes dates that fit each other and the session', () => {
    expect(datesDoubt({ askedOn: '2016-11-17', answeredOn: '2016-12-08', session: '20161' })).toBeUndefined()
    // Asked in June, answered after the summer: the next session, but the question's session is the record's.
    expect(datesDoubt({ askedOn: '2017-06-20', answeredOn: '2017-10-12', session: '20161' })).toBeUndefined()
    expect(datesDoubt({ askedOn: null, answeredOn: '2017-03-01', session: '20161' })).toBeUndefined()
  })

  it('doubts an answer more than a year after its question (a year misread)', () => {
    expect(datesDoubt({ askedOn: '2015-11-17', answeredOn: '2017-01-08', session: '20151' })?.field).toBe('answer.answeredOn')
    expect(datesDoubt({ askedOn: '2015-11-17', answeredOn: '2016-10-08', session: '20151' })).toBeUndefined()
  })

  it("doubts a question's date outside the session, and an answer before its session began", () => {
    expect(datesDoubt({ askedOn: '2015-11-17', answeredOn: '2015-12-08', session: '20161' })?.field).toBe('question.askedOn')
    expect(datesDoubt({ askedOn: null, answeredOn: '2015-12-08', session: '20161' })?.field).toBe('answer.answeredOn')
  })
})

/** A committee resolution from candidates `[rule, reference, line?]`, most trusted first. */
function committees(...candidates: [string, { name: string } | { code: string }, Line?][]): Resolution<Committee> {
  const resolution = resolve(
    candidates.map(([rule, value, line]) => propose(rule as Parameters<typeof propose>[0], value, line)),
    { read: (value) => ('code' in value ? committeeByCode(value.code) : committeeByName(value.name)) },
  )
  return resolution
}

describe('committeeRival', () => {
  it("names the letter's committee where the stamp files it under another", () => {
    const committee = committees(['stamp', { name: 'Miljøudvalget' }], ['case-code', { code: 'FLF' }])
    expect(committeeRival(committee, '20141', false)?.rival.code).toBe('FLF')
  })

  it('is quiet where the places agree, where the stamp files an annex, and for a case the text cites', () => {
    expect(
      committeeRival(committees(['stamp', { name: 'Beskæftigelsesudvalget' }], ['case-code', { code: 'BEU' }]), '20161', false),
    ).toBeUndefined()
    expect(committeeRival(committees(['stamp', { name: 'Miljøudvalget' }], ['case-code', { code: 'FLF' }]), '20141', true)).toBeUndefined()
    const cited = lines('Vil ministeren opdatere svaret på SAU alm. del spørgsmål 12?')[0]
    const inText = (line: Line) => line === cited
    expect(
      committeeRival(committees(['stamp', { name: 'Finansudvalget' }], ['case-code', { code: 'SAU' }, cited]), '20222', false, inText),
    ).toBeUndefined()
    // A committee merely named in the text is no statement.
    expect(
      committeeRival(committees(['stamp', { name: 'Miljøudvalget' }], ['named-in-text', { code: 'FLF' }]), '20141', false),
    ).toBeUndefined()
  })
})

describe('ministryLineRival', () => {
  it('names a ministry the letterhead or footer prints that is not the one taken', () => {
    const found = ministryLineRival(
      lines('Magnus Heunicke', '/', 'Martin Hansen', 'Klima-, Energi- og Forsyningsministeriet'),
      'Miljøministeriet',
      2020,
    )
    expect(found?.name).toBe('Klima-, Energi- og Forsyningsministeriet')
  })

  it('is quiet for the same ministry, a sentence that names one, and ministries the answer lists', () => {
    expect(ministryLineRival(lines('Miljøministeriet', 'Frederiksholms Kanal 26'), 'Miljøministeriet', 2020)).toBeUndefined()
    expect(ministryLineRival(lines('Jeg har spurgt Skatteministeriet'), 'Miljøministeriet', 2020)).toBeUndefined()
    // A list of ministries (a table's labels), and one the question names on a line of its own.
    expect(
      ministryLineRival(lines('Mio. kr.', 'Kulturministeriet', 'Skatteministeriet', 'Total'), 'Kulturministeriet', 2020),
    ).toBeUndefined()
    const asked = lines('Spørgsmål 3:', 'Hvad har', 'Skatteministeriet', 'oplyst?')
    expect(ministryLineRival(asked, 'Kulturministeriet', 2020, (line) => line.index > 0)).toBeUndefined()
  })

  it("reads a name broken over two lines whole, and the end of the ministry's own name as the same", () => {
    const broken = lines('Dan Jørgensen', 'Klima-, Energi- og', 'Forsyningsministeriet')
    expect(ministryLineRival(broken, 'Klima-, Energi- og Forsyningsministeriet', 2020)).toBeUndefined()
    expect(ministryLineRival(lines('1. juni 2015.', 'VÆKSTMINISTERIET'), 'Erhvervs- og Vækstministeriet', 2015)).toBeUndefined()
  })

  it('names a ministry shaped as one that the registry does not know', () => {
    const footer = lines('Magnus Heunicke', '/', 'Martin Hansen', 'Grøn- og Fremtidsministeriet', '•', 'Frederiksholms Kanal 26')
    expect(ministryLineRival(footer, 'Miljøministeriet', 2025)?.name).toMatch(/Grøn- og Fremtidsministeriet \(not in the registry\)/u)
  })
})

describe('ministryRival', () => {
  it('names the ministry the signature or letterhead states against the one taken, not the minister asked', () => {
    const taken = resolve([propose('letterhead', 'Miljøministeriet'), propose('signature-title', 'Miljø- og Fødevareministeriet')])
    expect(ministryRival(taken)).toEqual({ rival: 'Miljø- og Fødevareministeriet', rule: 'signature-title' })
    const asked = resolve([propose('letterhead', 'Miljøministeriet'), propose('question-recipient', 'Skatteministeriet')])
    expect(ministryRival(asked)).toBeUndefined()
    const agreed = resolve([propose('letterhead', 'Miljøministeriet'), propose('signature-title', 'Miljøministeriet')])
    expect(ministryRival(agreed)).toBeUndefined()
    // A web address serves every name of a ministry.
    const web = resolve([propose('letterhead', 'Miljøministeriet'), propose('letterhead-web', 'Miljø- og Fødevareministeriet')])
    expect(ministryRival(web)).toBeUndefined()
  })
})

const asker = (name: string) => ({ name, party: 'V', nonMember: false })

describe('peopleDoubt', () => {
  it('passes names as the letters write them', () => {
    const askers = ['Pia Christmas-Møller', 'Kirsten Normann Andersen', 'Naser Khader', 'Charlotte de Vries', "Peter Lund O'Neill"].map(
      asker,
    )
    expect(peopleDoubt(askers, { name: 'Lars Løkke Rasmussen', title: 'Statsminister' }, 'answer')).toBeUndefined()
    // A question letter is signed by the member who asks.
    expect(peopleDoubt([asker('Sara Olsvig')], { name: 'Sara Olsvig', title: null }, 'question')).toBeUndefined()
  })

  it('doubts a phrase, a title or a single word read as a name, and an answer signed by its asker', () => {
    expect(peopleDoubt([asker('Spørgsmålet er stillet af')], null, 'answer')?.field).toBe('question.askers')
    expect(peopleDoubt([asker('Beskæftigelsesministeren')], null, 'answer')?.field).toBe('question.askers')
    expect(peopleDoubt([], { name: 'Med venlig hilsen', title: null }, 'answer')?.field).toBe('signature')
    expect(peopleDoubt([asker('René Christensen')], { name: 'René Christensen', title: null }, 'answer')?.reason).toMatch(/asked/u)
  })

  it('doubts a title glued to a name and a title that is a label of the letter, not a name that ends like one', () => {
    expect(peopleDoubt([], { name: 'Lars-Emil Johansenformand', title: null }, 'answer')?.field).toBe('signature')
    expect(peopleDoubt([asker('Mette Gjerskovminister')], null, 'answer')?.field).toBe('question.askers')
    expect(peopleDoubt([], { name: 'Kaare Dybvad Bek', title: 'Bilag 1' }, 'answer')?.reason).toMatch(/label/u)
    expect(peopleDoubt([], { name: 'Lars-Emil Johansen', title: 'formand' }, 'answer')).toBeUndefined()
    expect(peopleDoubt([], { name: 'Troels Lund Poulsen', title: 'Forsvarsminister' }, 'answer')).toBeUndefined()
  })
})

describe('checkPlausibility', () => {
  it('warns in the review set, once per field, and not where another warning already concerns the field', () => {
    const messages = new Messages()
    const found = {
      context: { lines: lines('Spørgsmål 3', 'herunder om ministeren vil?'), messages },
      answer: { lines: [], text: 'Antallet er 12.' },
      stamp: {},
    } as unknown as Findings
    const values: CheckedValues = {
      questionText: 'herunder om ministeren vil handle?',
      kind: 'general',
      number: '3',
      bill: null,
      askedOn: '2015-11-17',
      answeredOn: '2015-12-08',
      session: '20151',
      committee: committees(['stamp', { name: 'Beskæftigelsesudvalget' }]),
      ministry: resolve<string>([]),
      askers: [],
      signature: null,
      documentType: 'answer',
    }
    checkPlausibility(found, values)
    expect(messages.list.map((warning) => warning.code)).toEqual(['question-text-implausible'])
    checkPlausibility(found, values)
    expect(messages.list).toHaveLength(1)
  })

  it("warns where the question's kind and number do not go together, with no line above the question read", () => {
    // A cover letter numbering the question it sends (`besvarelse af spørgsmål 6 ad KOM (2002) 0092`) over an
    // enclosed samråd speech (`Samrådsspørgsmål B:`): the kind read from the one, the number from the other.
    const messages = new Messages()
    const found = {
      context: { lines: lines('Samrådsspørgsmål B:'), messages },
      answer: { lines: [], text: 'Jeg vil gerne starte.' },
      stamp: {},
    } as unknown as Findings
    checkPlausibility(found, {
      questionText: null,
      kind: 'consultation',
      number: '6',
      bill: null,
      askedOn: null,
      answeredOn: '2005-06-20',
      session: '20042',
      committee: committees(['stamp', { name: 'Europaudvalget' }]),
      ministry: resolve<string>([]),
      askers: [],
      signature: null,
      documentType: 'answer',
    })
    expect(messages.list.map((warning) => [warning.code, warning.field])).toEqual([['question-kind-implausible', 'question.kind']])
  })
})
