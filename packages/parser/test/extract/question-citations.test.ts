/**
 * What the question's text cites is the asker's citation, not the letter's own case: a committee's code (`i
 * forlængelse af svar på FIU alm. del spørgsmål 24`), a question's number, a committee's name. Found by putting other
 * training letters' questions in the place of a letter's own (sixty-eighth session): a question citing another
 * committee's case made that committee the record's, with no warning. The letter's own head and sentences come first;
 * what the question cites is read only where nothing else names a committee, and flagged.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const CITING = 'Ministeren bedes i forlængelse af svar på FIU alm. del spørgsmål 24 oplyse fordelingsvirkningen.'

/** A stampless answer whose preamble names its committee by a genitive the preamble does not read (EPU spm. 36's form). */
function genitiveLetter(question: string): string {
  return [
    '28. oktober 2004',
    'Svar på Det Energipolitiske Udvalgs spørgsmål nr. 36 af 19. oktober',
    '2004.',
    'Spørgsmål:',
    question,
    'Svar:',
    'For så vidt angår naturgasdistributionen henvises til loven.',
    'Med venlig hilsen',
    'Flemming Hansen',
  ].join('\n')
}

/** A stampless answer whose head names its committee cut short at a line end (FLF spm. 95's form). */
function cutHeadLetter(question: string): string {
  return [
    'Folketingets Udvalg for Fødevarer,',
    'København, den 9. december 2008',
    'Spørgsmål 95:',
    question,
    'Svar:',
    'Jeg mener, at det bør være frivilligt.',
  ].join('\n')
}

describe('the question text’s citations', () => {
  it('does not take the committee of a case the question cites over the one the letter names', async () => {
    const record = await parse(genitiveLetter(CITING))
    expect(record.committee).toEqual({ code: 'EPU', name: 'Det Energipolitiske Udvalg' })
    expect(record.question.number).toBe('36')
    expect(record.question.text).toBe(CITING)
  })

  it('near miss: the same letter with a question citing no case', async () => {
    const record = await parse(genitiveLetter('Vil ministeren oplyse fordelingsvirkningen?'))
    expect(record.committee).toEqual({ code: 'EPU', name: 'Det Energipolitiske Udvalg' })
  })

  it('names the committee the letter names after the question, not one the question names (`som lovet på Europaudvalgets møde`)', async () => {
    const record = await parse(
      [
        '12. maj 2005',
        'Spørgsmål 36:',
        'Ministeren bedes – som lovet på Europaudvalgets møde – oversende notatet om fordelingsvirkningen.',
        'Svar:',
        'Notatet vedlægges. Det er også sendt til Det Energipolitiske Udvalg.',
      ].join('\n'),
    )
    expect(record.committee?.code).toBe('EPU')
    expect(record.warnings.map((warning) => warning.code)).toContain('committee-inferred')
  })

  it('takes the committee the question cites where nothing else names one, and flags it', async () => {
    const record = await parse(
      cutHeadLetter('”Ministeren bedes kommentere henvendelsen fra Landbrugsrådet om GDA-mærkning, jf. FLF alm. del – bilag 69.”'),
    )
    expect(record.committee?.code).toBe('FLF')
    expect(record.provenance.committee?.rule).toBe('cited-in-question')
    expect(record.warnings.map((warning) => warning.code)).toContain('committee-cited')
    expect(record.quality).toBe('needs-review')
  })

  it('near miss: a question citing nothing leaves the committee unread', async () => {
    const record = await parse(cutHeadLetter('”Ministeren bedes kommentere henvendelsen fra Landbrugsrådet om GDA-mærkning.”'))
    expect(record.committee).toBeNull()
    expect(record.warnings.map((warning) => warning.code)).not.toContain('committee-cited')
  })

  it('near miss: reads a case the head states on a line the question was read from (`URU alm. del, spørgsmål nr. 160:Vil …`)', async () => {
    const record = await parse(
      [
        'Det Udenrigspolitiske Nævn 2013-14',
        'UPN Alm.del Bilag 214',
        'Offentligt',
        'UDENRIGSMINISTERIET',
        'Dato: 12. maj 2014',
        'Spørgsmål: URU alm. del. spm. nr. 160 af 14. april 2014.',
        'URU alm. del, spørgsmål nr. 160:Vil ministeren redegøre for bistanden til Mali?',
        'Svar:',
        'Bistanden er beskrevet i rapporten.',
      ].join('\n'),
    )
    expect(record.committee?.code).toBe('URU')
  })
})

describe('the opening read on past the question’s place', () => {
  it('reads a bill’s title over several lines up to the question, its code last (`… (L 93)` / `”Vil …`)', async () => {
    // L 93 spm. 87 (20211_l93_spm87) as `pnpm robustness` sets it in a column of 50 with soft hyphens: the title's
    // lines end where the question's begin. The question's lines stand blank in the opening, not taken out: a finder
    // reading on from the title line by line stops there as it stopped at the question.
    const record = await parse(
      [
        'Spørgsmål nr. 87 fra Folketingets Retsudvalg vedrørende forslag til lov',
        'om ændring af retsplejeloven og lov om elektro\u00ad',
        'niske kommunikations-',
        'net og -tjenester (Revision af reglerne om regist\u00ad',
        'rering og opbevaring af oplysninger om teletrafik',
        '(logning) m.v.) (L 93)',
        '”Vil',
        'ministeren redegøre for, om man kan komme i den',
        'situa-',
        'tion, at Højesteret aflyser den planlagte retssag',
        'om ulovlig log-',
        'ning, som er berammet til den 17. og 18. marts',
        '2022, fordi',
        'ikrafttrædelse af logningsreglerne, der er gens\u00ad',
        'tand for retssagen, efter regeringens ønske er',
        'ændret til den 3. marts 2022 umiddel-',
        'bart inden hovedforhandlingen i Højesteret,',
        'hvilket vil betyde, at Højesteret ikke kommer til',
        'at forholde sig til, hvorvidt be-',
        'kendtgørelse om logning rent faktisk var ugyldig?”',
        'Svar:',
        'Sagen for Højesteret vedrører spørgsmålet om de',
      ].join('\n'),
    )
    expect(record.question.kind).toBe('bill')
    expect(record.question.bill).toBe('L 93')
    expect(record.question.number).toBe('87')
  })
})

describe('an annex’s committee', () => {
  /** A letter ft.dk filed as another committee's annex (FOU Alm.del Bilag 33's form). */
  const annex = (preamble: string): string =>
    [
      'Forsvarsudvalget 2010-11 (1. samling)',
      'FOU Alm.del Bilag 33',
      'Offentligt',
      preamble,
      'Spørgsmål nr. 199:',
      'Vil ministeren holde fast i sin besvarelse?',
      'Svar:',
      'Ja.',
    ].join('\n')

  it('flags the stamp’s committee where the letter answers a numbered question and names no committee', async () => {
    const record = await parse(annex('Besvarelse af miljøudvalgsspørgsmål nr. 199 stillet af folketingsmedlem Benny Engelbrecht (S).'))
    expect(record.committee?.code).toBe('FOU')
    expect(record.warnings.map((warning) => warning.code)).toContain('committee-of-annex')
  })

  it('near miss: an annex whose letter names its committee is not flagged', async () => {
    const record = await parse(
      annex('Besvarelse af spørgsmål nr. 199 fra Folketingets Forsvarsudvalg stillet af folketingsmedlem Benny Engelbrecht (S).'),
    )
    expect(record.committee?.code).toBe('FOU')
    expect(record.warnings.map((warning) => warning.code)).not.toContain('committee-of-annex')
  })
})
