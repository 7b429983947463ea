import { describe, expect, it } from 'vitest'
import type { Findings } from '../../src/extract/findings.js'
import type { Line } from '../../src/extract/lines.js'
import { caseNumberCut, checkMissing, checkTextEdges, type ResolvedValues } from '../../src/extract/missing.js'
import { Messages } from '../../src/messages.js'

/** Lines as the line view gives them, one block each. */
const lines = (...texts: string[]): Line[] => texts.map((text, index) => ({ text, line: index + 1, index, block: index }))

/** What the checks read of the findings: the lines, the messages, and where the answer stands. */
function findings(texts: string[], answerLines: Line[] = []): Findings {
  return { context: { lines: lines(...texts), messages: new Messages() }, answer: { lines: answerLines }, type: {} } as unknown as Findings
}

/** An answer with every field found. */
const FULL: ResolvedValues = {
  documentType: 'answer',
  session: '20072',
  committee: 'MPU',
  kind: 'general',
  caseNumber: '2008-1234',
  answeredOn: '2008-03-14',
  questionNumber: '57',
  questionText: 'Vil ministeren oplyse antallet?',
  answerText: 'Antallet er 12.',
  signature: { name: 'Troels Lund Poulsen', title: null },
  ministry: 'Miljøministeriet',
}

/** The codes `checkMissing` gives for `values` on a document of `texts`. */
function codes(values: Partial<ResolvedValues>, ...texts: string[]): string[] {
  const found = findings(texts)
  checkMissing(found, { ...FULL, ...values })
  return found.context.messages.list.map((warning) => warning.code)
}

describe('checkMissing: an empty field the document shows was there', () => {
  it('a full answer gets no warning', () => {
    expect(codes({}, 'Miljøministeriet', 'Dato: 14. marts 2008', 'J.nr. 2008-1234', 'Med venlig hilsen', 'Troels Lund Poulsen')).toEqual([])
  })

  it.each([
    ['general', 'The alm. del question 57'],
    ['consultation', 'The samråd question 57'],
    ['bill', "The bill's question 57"],
  ] as const)('a %s question whose committee nothing named', (kind, named) => {
    const found = findings(['Spørgsmål 57'])
    checkMissing(found, { ...FULL, committee: null, kind })
    expect(found.context.messages.list).toMatchObject([
      { code: 'committee-missing', message: expect.stringContaining(named), field: 'committee' },
    ])
  })

  it.each([
    // A § 20 question and a question no kind was read for have no committee to name.
    ['section20', null],
    [null, null],
  ] as const)('near miss: a %s question with no committee is not warned', (kind, committee) => {
    expect(codes({ kind, committee }, 'Spørgsmål 57')).toEqual([])
  })

  it('a cover letter whose committee nothing named (sixty-second session)', () => {
    const values = { documentType: 'cover-letter', kind: null, committee: null, questionNumber: null, questionText: null } as const
    expect(codes(values, 'Vedlagt fremsendes til udvalgets orientering referat af rådsmødet.')).toContain('committee-missing')
    // Near misses: a cover letter whose committee was read, and a document of no kind read with none.
    expect(codes({ ...values, committee: 'FLF' }, 'Vedlagt fremsendes referatet.')).not.toContain('committee-missing')
    expect(codes({ ...values, documentType: 'unknown' }, 'Referat af rådsmødet.')).not.toContain('committee-missing')
  })

  it("an answer whose question's number and text were both not found", () => {
    expect(codes({ questionNumber: null, questionText: null }, 'Spørgsmål nr. 1.234:', 'Vil ministeren oplyse det?', 'Svar:')).toEqual([
      'question-text-missing',
    ])
  })

  it('an answer whose question was read but not its number', () => {
    const found = findings(['Folketingets Finansudvalg', '”Vil ministeren redegøre for udviklingen?”'])
    checkMissing(found, { ...FULL, questionNumber: null })
    expect(found.context.messages.list).toMatchObject([{ code: 'question-number-missing', field: 'question.number' }])
  })

  it('near miss: an unnumbered question filed as an annex, a numbered one, a speech paper, a cover letter', () => {
    const annexed = findings(['Ved den tekniske gennemgang spurgte et medlem af udvalget om …'])
    annexed.context.messages.warn('question-unnumbered', 'filed as an annex', undefined, 'question.kind')
    checkMissing(annexed, { ...FULL, questionNumber: null })
    expect(annexed.context.messages.list.map((warning) => warning.code)).toEqual(['question-unnumbered'])
    expect(codes({}, 'Spørgsmål 57')).toEqual([])
    expect(codes({ documentType: 'consultation-speech', questionNumber: null }, 'Tak for ordet.')).toEqual([])
    expect(codes({ documentType: 'cover-letter', questionNumber: null }, 'Hermed sendes')).toEqual([])
  })

  it("near miss: a speech paper with neither its question's number nor its text is not warned", () => {
    expect(codes({ documentType: 'consultation-speech', questionNumber: null, questionText: null }, 'Tak for ordet.')).toEqual([])
  })

  it('a session nothing gave', () => {
    expect(codes({ session: null }, 'Spørgsmål 171')).toEqual(['session-missing'])
  })

  it.each([
    ['Dato: 14. marts 2008'],
    ['Dato            9. juli 2008 J. nr.          004-U18-583'],
    ['DatoDok.idJ. nr.'],
    ['Dato'],
    ['København, den 13. april 2022'],
  ])('a date line no letter date was read from: %s', (line) => {
    expect(codes({ answeredOn: null }, 'Velfærdsministeriet', line)).toEqual(['answer-date-missing'])
  })

  it('a cover letter with a date line is dated too', () => {
    expect(codes({ documentType: 'cover-letter', answeredOn: null }, 'Dato: 14. marts 2008')).toEqual(['answer-date-missing'])
  })

  it.each([
    [['Datoen for mødet er ikke fastsat.']],
    [['ordningen for seniorer, der trådte i kraft', '1. januar 2020.']],
    [['Svar:', 'Der er ingen tal for perioden.']],
  ])('no letter date to read: %j', (texts) => {
    expect(codes({ answeredOn: null }, ...texts)).toEqual([])
  })

  it('a letter dated with a month only already says so (date-partial)', () => {
    const found = findings(['Maj 2005'])
    found.context.messages.warn('date-partial', 'month only')
    checkMissing(found, { ...FULL, answeredOn: null })
    expect(found.context.messages.list.map((warning) => warning.code)).toEqual(['date-partial'])
  })

  it.each([
    ['J.nr. MST 101-00003'],
    ['DatoJ. nr.'],
    ['THA/ J.nr. 2010-962'],
    ['Sagsnr.'],
    ['Journalnummer: 12/3456'],
    // The labels the letterhead reads too (sixty-third session): glued in an old rendition's footer.
    ['Webwww.ufm.dkCVR-nr.Ref.-nr.1680 540814/000831-44'],
    ['Eksp.nr. 2004-1234'],
  ])('a case-number label no case number was read from: %s', (line) => {
    expect(codes({ caseNumber: null }, line)).toEqual(['case-number-missing'])
  })

  it("a speech paper with the ministry's label block is checked too; a question letter is not (Justitsministeriet 2014)", () => {
    const block = ['Kontor:Sagsbeh:Sagsnr.:Dok.:', 'PolitikontoretLouise Falkenberg', 'UDKAST TIL TALE']
    expect(codes({ documentType: 'consultation-speech', caseNumber: null, questionText: 'Hvorfor?' }, ...block)).toEqual([
      'case-number-missing',
    ])
    expect(codes({ documentType: 'question', caseNumber: null, signature: null, ministry: null }, ...block)).toEqual([])
  })

  it.each([['Sagsnummeret kendes ikke.'], ['Ministeriet har modtaget sagen.'], ['Referencen er nr. 12 i bilaget.']])(
    'no case-number label: %s',
    (line) => {
      expect(codes({ caseNumber: null }, line)).toEqual([])
    },
  )

  it.each([['Miljøministeriet'], ['ØKONOMI- OG ERHVERVSMINISTERIET'], ['VÆKSTMINISTERIET'], ['Ministeriet for Ligestilling og Kirke']])(
    'a ministry named on its own line: %s',
    (line) => {
      expect(codes({ ministry: null }, line)).toEqual(['ministry-missing'])
    },
  )

  it.each([['Miljøministeriet har oplyst, at tallene er foreløbige.'], ['ministeriet for at sikre']])(
    'a sentence that names a ministry is no letterhead: %s',
    (line) => {
      expect(codes({ ministry: null }, line)).toEqual([])
    },
  )

  it.each([
    [['Eva Kjer Hansen', '/Kim Holm Boesen']],
    [['Mogens Jensen', '/']],
    [['Manu Sareen', '/ Marjun Egholm']],
    [['Benedikte Kiær/ Karin Ingemann']],
    [['Med venlig hilsenHenrik Dam Kristensen']],
    [['Med venlig', 'hilsen']],
    [['Det oplyses, at tallene foreligger ved udgangen af 2008.', 'Carina Christensen']],
    // Signed before what the letter encloses (Socialministeriet 2006, a speech paper after the name).
    [['Talepapiret vedlægges som ønsket.', 'Eva Kjer Hansen', 'Talepapir til brug for samrådsspørgsmål A-D', 'Det talte ord gælder.']],
  ])('a signature no name was read from: %j', (texts) => {
    expect(codes({ signature: null }, ...texts)).toEqual(['signature-missing'])
  })

  it.each([
    [['Side', '1/1']],
    [['Tallene gælder for mænd og/eller kvinder.']],
    [['Jeg henviser til mit svar på spørgsmål 4.']],
    // Near misses: an institution's name after a sentence, and a name not after a sentence's end (a list's line).
    [['Tallene er opgjort af:', 'Danmarks Statistik', 'Tallene gælder 2008.']],
    [['De deltagende var', 'Eva Kjer Hansen', 'og andre.']],
  ])('no signature to read: %j', (texts) => {
    expect(codes({ signature: null }, ...texts)).toEqual([])
  })

  it('a question letter is signed by the committee, not checked', () => {
    expect(
      codes({ documentType: 'question', signature: null, ministry: null, caseNumber: null }, 'Med venlig hilsen', 'Miljøministeriet'),
    ).toEqual([])
  })

  it('an answer to a numbered question whose text was not found', () => {
    expect(codes({ questionText: null }, 'Svar:')).toEqual(['question-text-missing'])
    // Neither its number nor its text read: warned too (below) — an answer always answers some question.
    expect(codes({ questionText: null, questionNumber: null }, 'Svar:')).toEqual(['question-text-missing'])
  })

  it('a speech paper on a named samråd question whose text was not found', () => {
    expect(codes({ documentType: 'consultation-speech', questionText: null, questionNumber: 'F' }, 'Tale til samråd F')).toEqual([
      'question-text-missing',
    ])
    // Near misses: a speech that names no question; one whose question was read.
    expect(codes({ documentType: 'consultation-speech', questionText: null, questionNumber: null }, 'Talepapir')).toEqual([])
    expect(codes({ documentType: 'consultation-speech', questionNumber: 'F' }, 'Tale til samråd F')).toEqual([])
  })

  it("a committee's question letter whose question was not found, numbered or not", () => {
    expect(codes({ documentType: 'question', questionText: null, questionNumber: null }, 'Spørgsmål 3')).toEqual(['question-text-missing'])
    expect(codes({ documentType: 'question', questionText: null }, 'Spørgsmål 3')).toEqual(['question-text-missing'])
    // Near miss: a cover letter quotes no question.
    expect(codes({ documentType: 'cover-letter', questionText: null, questionNumber: null }, 'Hermed sendes')).toEqual([])
  })

  it('an answer, cover letter or speech paper without text', () => {
    expect(codes({ answerText: '' }, 'Svar:')).toEqual(['answer-text-missing'])
    // A cover letter's text is its sending sentence ("Hermed sendes …"): none read is a miss, not a letter without one.
    expect(codes({ documentType: 'cover-letter', answerText: '' }, 'Hermed sendes')).toContain('answer-text-missing')
    expect(codes({ documentType: 'consultation-speech', answerText: '' }, 'TALE')).toEqual(['answer-text-missing'])
    expect(codes({ documentType: 'question', answerText: '' }, 'Spørgsmål 3')).toEqual([])
  })
})

describe('checkTextEdges: a question or answer edge plainly misplaced', () => {
  const edges = (question: string | null, answer: string): string[] => {
    const found = findings(['x'])
    checkTextEdges(found, question, answer)
    return found.context.messages.list.map((warning) => `${warning.code} ${warning.field}`)
  }

  it('an answer that opens with the question heading', () => {
    expect(edges(null, 'Spørgsmål nr. 382:”Vil ministeren bekræfte det?”\nBenedikte Kiær')).toEqual(['text-edge-unsure answer.text'])
  })

  it('an answer that only mentions a question is no edge', () => {
    expect(edges(null, 'Spørgsmål nr. 382 er besvaret tidligere.')).toEqual([])
  })

  it.each([
    ['Vil ministeren oversende et notat?”Svar: Jeg vil henholde mig til vedlagte notat.'],
    ['Hvad er ministerens kommentar? Status: Endeligt besvaret Dokumentdato: 26-11-2004 Modtaget: 26-11-2004'],
    ['Vil ministeren oplyse tallene?\n\nSvar:\n\nTallene følger.'],
  ])('a question that runs on: %s', (question) => {
    expect(edges(question, 'Svaret.')).toEqual(['text-edge-unsure question.text'])
  })

  it.each([['(alm. del)\nSkrivelse af 14. marts 2006\nVil ministeren kommentere brevet?'], ['(L 22):\nVil ministeren oplyse tallene?']])(
    "a question that opens with its heading's tail: %s",
    (question) => {
      expect(edges(question, 'Svaret.')).toEqual(['text-edge-unsure question.text'])
    },
  )

  it('a question that opens with a parenthesis of its own is no edge', () => {
    expect(edges('(Jf. bilag 104) Vil ministeren kommentere brevet?', 'Ja.')).toEqual([])
  })

  it('a question that names an earlier answer is no edge', () => {
    expect(edges('Vil ministeren uddybe sit svar på spørgsmål 12? Svaret nævner ikke udgifterne.', 'Ja.')).toEqual([])
  })
})

describe('caseNumberCut: a case number read short of its line', () => {
  const line = (text: string): Line => ({ text, line: 1, index: 0, block: 0 })

  it.each([
    ['004', 'J. nr.           004 - u18 - 000049'],
    ['2008', 'Sagsnr. 2008/AB12'],
  ])('%s of %s', (value, text) => {
    expect(caseNumberCut(value, line(text))).toBe(true)
  })

  it.each([
    ['2008-1234', 'J.nr. 2008-1234'],
    ['2021-5446', 'J.nr. 2021 - 5446'],
    ['2010-962', 'Sagsnr. 2010-962 Dok. 12'],
    ['2008-1234', '14. marts 2008 J.nr. 2008-1234.'],
  ])('whole: %s of %s', (value, text) => {
    expect(caseNumberCut(value, line(text))).toBe(false)
  })
})
