import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'

/** A minister's answer: `stamp` lines (or none), the preamble, the question under `heading` (or none), the answer. */
const letter = (stamp: string, preamble: string, heading: string, question = '”Vil ministeren oplyse tallet?”') =>
  `${stamp ? `${stamp}\nOffentligt\n\n` : ''}${preamble}\n\n${heading ? `${heading}\n\n` : ''}${question}\n\nSvar:\n\nJa.\n`

describe('question kind: the rule that decided it is the rule cited', () => {
  it('cites the stamp for a § 20 question the stamp names, though the preamble has a kind of its own', async () => {
    const record = await parse(
      letter(
        'Folketinget 2022-23\nS 1188',
        'Folketingsmedlem Jan Petersen (S) har den 3. marts 2023 stillet mig følgende spørgsmål nr. 1188, som hermed besvares.',
        'Spørgsmål nr. 1188:',
      ),
    )
    expect(record.question.kind).toBe('section20')
    expect(record.provenance['question.kind']).toMatchObject({ source: 'document', rule: 'stamp', text: 'Folketinget 2022-23' })
    expect(record.provenance['question.number']).toMatchObject({ rule: 'preamble' })
  })

  it("cites where the bill was found for a bill's question, not the preamble that called it ordinary", async () => {
    const record = await parse(
      letter(
        '',
        'Beskæftigelsesudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 5, som hermed besvares.',
        'Spørgsmål 5 til L 89:',
      ),
    )
    expect(record.question).toMatchObject({ kind: 'bill', number: '5', bill: 'L 89' })
    expect(record.provenance['question.bill']).toMatchObject({ rule: 'question-heading' })
    expect(record.provenance['question.kind']).toEqual(record.provenance['question.bill'])
  })

  it('cites the question for an ordinary question that nothing else names (it was "absent" with a value)', async () => {
    const record = await parse(
      letter('', 'Beskæftigelsesudvalget har i brev af 3. marts 2023 stillet mig følgende spørgsmål, som hermed besvares.', ''),
    )
    expect(record.question).toMatchObject({ kind: 'general', number: null, text: 'Vil ministeren oplyse tallet?' })
    expect(record.provenance['question.kind']).toMatchObject({ source: 'document', rule: 'quoted-paragraph', confidence: 0.7 })
    expect(record.provenance['question.text']).toMatchObject({ rule: 'quoted-paragraph' })
  })

  it('is less sure of an ordinary kind the preamble only implies (a number, no case) than of one it states', async () => {
    const implied = await parse(
      letter('', 'Beskæftigelsesudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 5, som hermed besvares.', ''),
    )
    const stated = await parse(
      letter(
        '',
        'Beskæftigelsesudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 5 (alm. del), som hermed besvares.',
        '',
      ),
    )
    expect([implied.question.kind, stated.question.kind]).toEqual(['general', 'general'])
    expect(implied.provenance['question.kind']).toMatchObject({ rule: 'preamble', confidence: 0.9 })
    expect(stated.provenance['question.kind']).toMatchObject({ rule: 'preamble', confidence: 0.95 })
  })

  it("warns that the kind is assumed where only the preamble's number, with no case, and no stamp names the question", async () => {
    const codes = async (stamp: string, preamble: string) => (await parse(letter(stamp, preamble, ''))).warnings.map((w) => w.code)
    const unsaid = 'Beskæftigelsesudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 5, som hermed besvares.'
    expect(await codes('', unsaid)).toContain('question-kind-assumed')
    // Near misses: the preamble says alm. del; a stamp names the case.
    expect(await codes('', unsaid.replace('nr. 5,', 'nr. 5 (alm. del),'))).not.toContain('question-kind-assumed')
    expect(await codes('Beskæftigelsesudvalget 2022-23\nBEU Alm.del', unsaid)).not.toContain('question-kind-assumed')
  })

  it.each([
    // A few apart: the heading over the quoted question labels it (the corpus's three such letters: SOU 2016-17 spm.
    // 255, UUI 2015-16 spm. 252, L 28 2005-06 spm. 5 — the preamble a template's number).
    ['Spørgsmål nr. 13:', '13'],
    // Far apart: the heading numbers the letter's own parts; the preamble's number stands.
    ['Spørgsmål nr. 1:', '12'],
  ])('warns when the preamble (12) and the heading number the question differently: %s → %s', async (heading, number) => {
    const record = await parse(
      letter(
        '',
        'Beskæftigelsesudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.',
        heading,
      ),
    )
    expect(record.question.number).toBe(number)
    expect(record.warnings.map((warning) => warning.code)).toContain('question-number-mismatch')
  })
})

describe("question kind and bill: the filing and the question's text are not the question's case", () => {
  it("a bill the quoted question cites is not the question's, where the preamble says alm. del", async () => {
    const record = await parse(
      letter(
        '',
        'Ministerens besvarelse af spørgsmål nr. 117 (alm. del). Spørgsmålet er stillet efter ønske fra Hans Hansen (V).',
        'Spørgsmål nr. 117',
        '”Hvorfor oplyste ministeren ikke udvalget (L 37 – svar på spørgsmål 13) om ændringen?”',
      ),
    )
    expect(record.question).toMatchObject({ kind: 'general', number: '117', bill: null })
  })

  it("a bill named in the opening before the question is still the question's (near miss)", async () => {
    const record = await parse(
      letter('', 'Hermed sendes svar på spørgsmål nr. 14 ad L 175, som Skatteudvalget har stillet.', 'Spørgsmål nr. 14'),
    )
    expect(record.question).toMatchObject({ kind: 'bill', bill: 'L 175' })
  })

  it.each([
    ['Skatteudvalget 2022-23 (2. samling)\nL 69 Bilag 3', 'Til udvalgets orientering vedlægges høringsskema samt de modtagne høringssvar.'],
    ['Trafikudvalget 2007-08\nTRU Alm.del Bilag 54', 'Hermed fremsendes til orientering status på strækningen.'],
    [
      'Udvalget for Landdistrikter og Øer 2014-15 (1. samling)\nULØ Alm.del Bilag 95',
      'Tak for dit brev. Jeg har justeret kommissoriet, jf. vedlagte bilag.',
    ],
  ])("a cover letter filed as a case's annex answers no question: %s", async (stamp, text) => {
    const record = await parse(`${stamp}\nOffentligt\n\n14. marts 2008\n\n${text}\n\nMed venlig hilsen\n\nJens Hansen\n`)
    expect(record.documentType).toBe('cover-letter')
    expect(record.question).toMatchObject({ kind: null, bill: null, number: null })
  })
})

describe("question kind: a question of a finance-act paragraph's series has none", () => {
  it.each([
    'Under henvisning til Finansudvalgets skrivelse af 2. maj 2001 fremsender jeg hermed min besvarelse af udvalgets spørgsmål nr. 14 (§ 12 - bilag 34).',
    'Finansudvalget har i brev af 2. maj 2003 stillet følgende spørgsmål nr. 3 (§ 24), som hermed besvares.',
    'Hermed sendes svar på spm. nr. 7 (§ 7.1 – bilag 12) fra Folketingets Finansudvalg af 4. juni 2004.',
  ])('%s', async (preamble) => {
    const record = await parse(letter('', preamble, ''))
    expect(record.question.kind).toBeNull()
    expect(record.questionKey).toBeNull()
    expect(record.warnings.map((warning) => warning.code)).toContain('question-kind-finance-act')
  })

  it('keeps an ordinary question that cites a paragraph elsewhere, and a bill question (near misses)', async () => {
    const cited = await parse(
      letter(
        '',
        'Finansudvalget har i brev af 2. maj 2003 stillet følgende spørgsmål nr. 3 (alm. del), som hermed besvares.',
        '',
        '”Vil ministeren oplyse, hvad der er afsat på § 12?”',
      ),
    )
    expect(cited.question.kind).toBe('general')
    const bill = await parse(
      letter('', 'Finansudvalget har i brev af 2. maj 2003 stillet følgende spørgsmål nr. 3 (L 12 – bilag 4), som hermed besvares.', ''),
    )
    expect(bill.question.kind).toBe('bill')
  })
})

describe("a bill named by the letter's subject line (round 69)", () => {
  const top =
    'Skatteudvalget 2025-26\nSAU Alm.del Bilag 5\nOffentligt\n\n8. oktober 2025\nJ.nr. 2025 - 6675\n\nTil Folketinget\nFinansudvalget\n\nVedrørende L 224 - Forslag til finanslov for finansåret 2026.\n\n'

  it('reads the finance bill of a subject line over the answer to its question', async () => {
    const record = await parse(
      `${top}Hermed sendes svar på spørgsmål nr. 40 af 24. september 2025. Spørgsmålet er stillet efter ønske fra Sigurd Agersnap (SF).\n\nSpørgsmål:\n\nVil ministeren oplyse den største skattelettelse?\n\nSvar:\n\nDen er 1.000 kr.\n`,
    )
    expect(record.question).toMatchObject({ kind: 'bill', bill: 'L 224', number: '40' })
  })

  it("takes no question's kind from the subject line of a cover letter that answers no question (near miss)", async () => {
    const record = await parse(
      'Folketingets Trafikudvalg\nChristiansborg\n\nDato 12. januar 2009\n\nVedrørende L 99 – Forslag til lov om projektering af fast forbindelse over Femern Bælt\n\nHermed fremsender jeg høringsnotat samt kopi af de høringssvar, som ministeriet har modtaget.\n\nMed venlig hilsen\n\nLars Barfoed\n',
    )
    expect(record.documentType).toBe('cover-letter')
    expect(record.question).toMatchObject({ kind: null, bill: null })
  })
})

describe('a cover letter that follows up an earlier answer (round 69)', () => {
  const cover = (subject: string) =>
    `Til Udvalget for Landdistrikter og Øer\nDato: 01-07-2025\nSagsnr.: 2025 - 5830\n\n${subject}\n\nVed besvarelsen af samrådsspørgsmålene den 28. maj 2025 blev efterspurgt, at udvalget fik oversendt kommunernes redegørelser.\n\nHermed oversendes på den baggrund de seneste redegørelser, som kommunerne har indsendt.\n\nMed venlig hilsen\n\nSophie Løhde\n`

  it('reads the question its subject follows up as an earlier one: no question of its own', async () => {
    const record = await parse(cover('Vedr. opfølgning på besvarelse af ULØ samrådsspm. M-O på færgeområdet'))
    expect(record.documentType).toBe('cover-letter')
    expect(record.question).toMatchObject({ kind: null, number: null })
  })

  it('reads a samråd question its subject names without the follow-up (near miss)', async () => {
    const record = await parse(cover('Vedr. ULØ samrådsspm. M på færgeområdet'))
    expect(record.question).toMatchObject({ kind: 'consultation', number: 'M' })
  })
})

describe('a paper filed as an alm. del annex cites cases, it answers none (round 70)', () => {
  const minutes = (item: string) =>
    [
      'Europaudvalget 2019-20',
      'EUU Alm.del Bilag 403',
      'Offentligt',
      'Europaudvalget',
      'Referat af 17. europaudvalgsmøde',
      'Dato: fredag den 17. januar 2020',
      'Punkt 1. Deputation vedr. folkeambassadører for Europa',
      item,
      'Uffe Hvidkær præsenterede sig: Han mødte op i deputation som privatperson for at få en dialog med udvalget om EU.',
    ].join('\n')

  it("takes no question's kind from a case the minutes cite (`EUU alm. del (19)`)", async () => {
    const record = await parse(minutes('EUU alm. del (19)\nbilag 292 (henvendelse fra Uffe Hvidkær)'))
    expect(record.documentType).toBe('unknown')
    expect(record.question.kind).toBeNull()
  })

  it('near miss: an answer filed as an annex keeps the kind of the question it answers', async () => {
    const record = await parse(
      [
        'Beskæftigelsesudvalget 2019-20',
        'BEU Alm.del Bilag 403',
        'Offentligt',
        'Folketingets Beskæftigelsesudvalg har i brev af 3. marts 2020 stillet følgende spørgsmål nr. 12 (BEU alm. del), som hermed besvares.',
        'Spørgsmål nr. 12:',
        '”Vil ministeren oplyse tallet?”',
        'Svar:',
        'Ja, det vil jeg gerne.',
      ].join('\n'),
    )
    expect(record.question.kind).toBe('general')
  })
})

describe('a samråd named as the paper’s occasion in its title (round 72)', () => {
  it.each([
    [
      "an open samråd's transcript",
      'Sundhedsudvalget 2019-20\nSUU Alm.del Bilag 88\nOffentligt\nÅbent samråd i Sundhedsudvalget om ventelister den 4. marts 2020\nUdvalgsformand Liselott Blixt:\nVelkommen til samrådet. Ministeren har ordet.\n',
    ],
    [
      "a minister's speech at an open samråd, stamped under alm. del",
      'Børne- og Undervisningsudvalget 2020-21\nBUU Alm.del\nOffentligt\nUNDERVISNINGSMINISTERENS TALE VED\nÅBENT SAMRÅD I BØRNE- OG UNDERVISNINGSUDVALGET\nDET TALTE ORD GÆLDER\nTak for invitationen til samrådet. Jeg vil gerne sige noget om skolerne.\n',
    ],
  ])('reads the question as a consultation: %s', async (_, text) => {
    const record = await parse(text)
    expect(record.question.kind).toBe('consultation')
    expect(record.provenance['question.kind']?.rule).toBe('samraad-title')
  })

  it('near miss: a letter that speaks of a samråd below its head is not read so', async () => {
    const record = await parse(
      'Sundhedsudvalget 2019-20\nSUU Alm.del Bilag 88\nOffentligt\n\nNotat om ventelister\n\nVentelisterne er faldet siden 2019.\n\nÅbent samråd den 4. marts 2020 gav anledning til dette notat.\n',
    )
    expect(record.provenance['question.kind']?.rule).not.toBe('samraad-title')
  })
})

describe('a document that is no letter of a question cites the cases it names (fifty-second session)', () => {
  const statement = (citation: string) =>
    [
      'Folketinget — Miljø- og Planlægningsudvalget',
      'Christiansborg, den 14. december 2006',
      'Til',
      'Europaudvalget',
      'Udtalelse vedrørende rådsmøde (miljø) den 18. december 2006',
      `Udvalget har behandlet de af miljøministeren oversendte samlenotater, jf. ${citation}.`,
      'Udvalget finder, at forslaget bør støttes.',
    ].join('\n')

  it('takes no kind from an alm. del it cites', async () => {
    const record = await parse(statement('MPU alm. del, svar på spørgsmål 130'))
    expect(record.documentType).toBe('unknown')
    expect(record.question.kind).toBeNull()
  })

  it('near miss: a committee’s question letter with the same citation is an alm. del question', async () => {
    const record = await parse(
      `${statement('MPU alm. del, svar på spørgsmål 130')}\nSpørgsmål 131:\n”Vil ministeren oplyse tallet?”\nPå udvalgets vegne\nAnne Hansen\nformand`,
    )
    expect(record.question.kind).toBe('general')
  })
})

describe("a bill's title after the addressee on a cover page set on one line (round 134)", () => {
  // Skatteministeriet 2005 (fixtures/real/20051_l78_spm33-40_231223): the cover page's lines run together, the
  // page's gaps kept as runs of spaces; the question and answer on the next page's line.
  const cover = (subject: string) =>
    `J.nr. 2005-511-0048    Dato: Til Folketingets Skatteudvalg ${subject} Hermed sendes i 5 eksemplarer svar på spørgsmål nr.     33 af 12. december 2005. Kristian Jensen /  Lise Bo Nielsen\nSide 2 Spørgsmål 33: Vil ministeren oplyse, hvor mange aktier der er noteret på NASDAQ? Svar: Det er oplyst, at der er tale om få selskaber.\n`

  it("reads the bill from the title after the committee's name, and the minister before the official", async () => {
    const record = await parse(
      cover(
        'L     78 - Forslag til Lov om den skattemæssige behandling af gevinst og tab ved afståelse af aktier m.v. (aktieavancebeskatningsloven) .',
      ),
    )
    expect(record.question).toMatchObject({ kind: 'bill', bill: 'L 78', number: '33' })
    expect(record.signature).toMatchObject({ name: 'Kristian Jensen' })
  })

  it("reads no bill from a bill's title the question names, not the cover (near miss)", async () => {
    const record = await parse(
      `J.nr. 2005-418-0182    Dato: Til Folketingets Skatteudvalg Hermed sendes svar på spørgsmål nr. 76 af 1. april 2005. Kristian Jensen /Ivar Nordland\nSide 2 Spørgsmål: Vil ministeren sammenholde sit svar med L 78 - Forslag til lov om aktieavancebeskatning? Svar: Det er oplyst, at der er tale om få selskaber.\n`,
    )
    expect(record.question).toMatchObject({ kind: 'general', bill: null, number: '76' })
  })
})

describe('a cover page set on one line, Skatteministeriet 2004-05 (round 136)', () => {
  // fixtures/real/20042_l98_spm8-11_163180, 20042_l98_bilag4_160036, 20051_l78_bilag13_227126: the cover page's fields
  // and sentences run together, the page's gaps kept as runs of spaces.
  it("reads the bill's title broken at the page's gaps, and the minister's name far from the official's", async () => {
    const gap = ' '.repeat(92)
    const record = await parse(
      `Skatteministeriet\nJ.nr.   2004-411-0039 Den Til Folketingets Skatteudvalg L     98 -\nForslag     til\nLov     om     ændring     af     forskellige     skattelove (Investeringsselskaber og hedgeforeninger). Hermed fremsendes i 5 eksemplarer svar på spørgsmål nr. 8 af 15. april 2005. Kristian Jensen${gap}/ Lise Bo Nielsen\nSpørgsmål 8:\nHvordan skal udbyttet beskattes?\nSvar:\nUdbyttet beskattes som aktieindkomst.\n`,
    )
    expect(record.question).toMatchObject({ kind: 'bill', bill: 'L 98', number: '8' })
    expect(record.signature).toMatchObject({ name: 'Kristian Jensen' })
  })

  it('reads a cover letter that answers no question: its type, case number, session and signature', async () => {
    const record = await parse(
      'J.nr. 2005-511-0048    Dato: Til Folketingets Skatteudvalg L 78 –  Forslag til Lov om den skattemæssige behandling af gevinst og tab ved afståelse af aktier m.v. Hermed fremsendes i 5 eksemplarer ændringsforslag, som jeg ønsker at stille til 2. behandlingen af lovforslaget, jf. udvalgets brev af 9. december 2005. Kristian Jensen /Lise Bo Nielsen\nSide 2 Ændringsforslag til 2. behandling af lovforslaget 1) I § 14, stk. 1, indsættes efter ”§ 12”: ”og udbytter”.\n',
    )
    expect(record.documentType).toBe('cover-letter')
    expect(record.caseNumber).toBe('2005-511-0048')
    expect(record.session).toBe('20051')
    expect(record.signature).toMatchObject({ name: 'Kristian Jensen' })
  })

  it('near miss: a letterhead line with a case number and no sending sentence or signer is no cover page', async () => {
    const record = await parse(
      'J.nr. 2005-511-0048    Dato: Til Folketingets Skatteudvalg\nSide 2 Ændringsforslag til 2. behandling af lovforslaget 1) I § 14, stk. 1, indsættes efter ”§ 12”: ”og udbytter”.\n',
    )
    expect(record.documentType).not.toBe('cover-letter')
    expect(record.signature).toBeNull()
  })
})
