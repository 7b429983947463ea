import { describe, expect, it } from 'vitest'
import { parse } from '../../src/parse.js'

/** The Folketing's § 20 question letter, its head set in the given lines. */
function letter(head: readonly string[]): string {
  return [
    'SPØRGSMÅL NR. S 912',
    ...head,
    'Vil ministeren oplyse, hvor mange politibetjente der var ansat i Nordjyllands Politi',
    'den 1. januar 2020?',
    '(Spm. nr. S 912).',
    'Begrundelse',
    'Der er i pressen rejst tvivl om tallene.',
    'På Folketingets formands vegne',
    'Lovsekretariatet',
    'Den 3. februar 2020',
  ].join('\n')
}

const WANT = {
  documentType: 'question',
  question: {
    askedOn: '2020-02-03',
    askers: [{ name: 'Peter Skaarup', party: 'DF', nonMember: false }],
    recipient: 'Justitsministeren',
    text: 'Vil ministeren oplyse, hvor mange politibetjente der var ansat i Nordjyllands Politi den 1. januar 2020?',
  },
}

/** The labels stacked over their values, as PDF-to-text gives them. */
const STACKED = ['Til:', 'Dato:', 'Stillet af:', 'Justitsministeren', '3. februar 2020', 'Peter Skaarup (DF)']

describe('the Folketing’s § 20 question letter (Lovsekretariatet)', () => {
  it.each([
    // The title letter-spaced and the labels stacked (2017); the title and labels side by side; the title broken after
    // the sign (2024), the labels stacked.
    [['§ 2 0- SP Ø RG S M Å L T IL S K RI FT LIG BE S V A R E L S E', ...STACKED]],
    [['§ 20-spørgsmål til skriftlig besvarelse', 'Til: Justitsministeren', 'Dato: 3. februar 2020', 'Stillet af: Peter Skaarup (DF)']],
    [['§ 20', 'spørgsmål til skriftlig besvarelse', ...STACKED]],
    // The title broken at its dash as well (2025), a co-asker's label in the stacked column.
    [
      [
        '§ 20',
        '–',
        'spørgsmål til mundtlig besvarelse den 4. juni 2020',
        'Til:',
        'Dato:',
        'Stillet af:',
        'Medspørger:',
        'Justitsministeren',
        '3. februar 2020',
        'Peter Skaarup (DF)',
        'Mette Thiesen (DF)',
      ],
    ],
    // For oral answer: the day of the answer under the title, letter-spaced in capitals (2017).
    [['§ 2 0- SP Ø RG S M Å L T IL M UN DT LIG B E S VA R E L S E', 'DE N 3 . M AJ 2 01 7', ...STACKED]],
  ])('reads the question letter: %j', async (head) => {
    expect(await parse(letter(head), { format: 'text' })).toMatchObject(WANT)
  })

  it('near miss: a number after "har" in the question is no preamble ("fordi WHO har 12.500 mennesker …")', async () => {
    const text = letter(STACKED).replace('den 1. januar 2020?', 'den 1. januar 2020, når Rigspolitiet har 12.500 ansatte i alt?')
    expect(await parse(text, { format: 'text' })).toMatchObject({
      documentType: 'question',
      question: {
        text: 'Vil ministeren oplyse, hvor mange politibetjente der var ansat i Nordjyllands Politi den 1. januar 2020, når Rigspolitiet har 12.500 ansatte i alt?',
      },
    })
  })

  it('reads the old rendition that glued the title to its number, the fields with their labels lost, and the end (2010)', async () => {
    const text = [
      'SPØRGSMÅL NR. S 912§ 2 0- SP Ø RG S M Å L T IL S K RI FT LIG BE S V A R E L S E',
      'Justitsministeren3. februar 2020Peter Skaarup (DF)',
      'Vil ministeren oplyse, hvor mange politibetjente der var ansat i Nordjyllands Politi den 1. januar 2020?(Spm. nr. S 912).Begrundelse',
      'Der er i pressen rejst tvivl om tallene.',
      'Den 3. februar 2020',
      'På Folketingets formands vegneLovsekretariatet',
    ].join('\n')
    const record = await parse(text, { format: 'text' })
    expect(record).toMatchObject({ ...WANT, question: { ...WANT.question, kind: 'section20', number: '912' } })
    expect(record.answer.text).toBe('')
  })

  it('reads the asker of the glued fields before a long question glued on one line (2012)', async () => {
    const question = `Vil ministeren oplyse, ${'hvor mange politibetjente der var ansat i hver politikreds, '.repeat(6)}den 1. januar 2020?`
    const text = [
      'SPØRGSMÅL NR. S 912§ 2 0- SP Ø RG S M Å L T IL S K RI FT LIG BE S V A R E L S E',
      'Justitsministeren3. februar 2020Peter Skaarup (DF)',
      `${question}(Spm. nr. S 912).Begrundelse`,
      'Der er i pressen rejst tvivl om tallene.',
    ].join('\n')
    const record = await parse(text, { format: 'text' })
    expect(record.question.askers).toEqual([{ name: 'Peter Skaarup', party: 'DF', nonMember: false }])
  })

  it('near miss: a line naming a minister and a date and ending with a name and party in running text is not cut', async () => {
    const text = [
      'Folketingets Retsudvalg',
      'Justitsministeriet',
      'Spørgsmål nr. 12:',
      '”Vil ministeren kommentere sagen?”',
      'Svar:',
      'Det oplyste justitsministeren 3. februar 2020 til Peter Skaarup (DF)',
      'Med venlig hilsen',
      'Peter Hummelgaard',
    ].join('\n')
    const record = await parse(text, { format: 'text' })
    expect(record.question.recipient).toBeNull()
    expect(record.question.askers).toEqual([])
    expect(record.answer.text).toBe('Det oplyste justitsministeren 3. februar 2020 til Peter Skaarup (DF)')
  })

  it('near miss: an answer that quotes the letter under its "Svar:" heading stays an answer', async () => {
    const text = [
      'Justitsministeriet',
      'Spørgsmål nr. S 912:',
      '”Vil ministeren oplyse, hvor mange politibetjente der var ansat?”',
      'Svar:',
      'Der var ansat 1.000. Spørgsmålet blev sendt med brev påtegnet På Folketingets formands vegne.',
      'Med venlig hilsen',
      'Peter Hummelgaard',
    ].join('\n')
    expect((await parse(text, { format: 'text' })).documentType).toBe('answer')
  })
})
