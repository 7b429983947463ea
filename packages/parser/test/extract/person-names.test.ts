/**
 * Members' and ministers' names of every shape the Folketing has had, read wherever a letter names a person: a double
 * first name (`Anne-Mette`), a particle (`von`), an initial or a name written short (`K.`, `Chr.`), and a double
 * surname whose hyphen the text reader marked the word's own. The names are made up; the shapes are real (found by
 * putting other members' names into training letters, sixty-seventh session). Each with a near miss.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { PERSON_NAME } from '../../src/util/person-name.js'

/** A BEU letter of 2017 (SUU spm. 279's form): the asker named in the heading's sentence, the minister signing. */
function letter(asked: string, signed = 'Med venlig hilsen\nEllen Holm'): string {
  return [
    'Sundheds- og Ældreudvalget 2017-18',
    'SUU Alm.del',
    'Offentligt',
    'Folketingets Sundheds- og Ældreudvalg',
    'Christiansborg',
    '21. december 2017',
    asked,
    'Spørgsmål',
    'Vil ministeren redegøre for ventetiderne på landets sygehuse?',
    'Svar',
    'Ventetiderne er faldet det seneste år, som det fremgår af den seneste opgørelse.',
    signed,
  ].join('\n')
}

const heading = 'Svar på Sundheds- og Ældreudvalgsspørgsmål nr. 279 (Alm. del)'

describe('PERSON_NAME', () => {
  const whole = new RegExp(`^${PERSON_NAME}$`, 'u')

  it.each(['Ellen Holm', 'Anne-Mette Lund', 'Lise von Holten', 'Holger K. Dahl', 'Hans Chr. Holm', 'Simon Emil Ravn-Bille'])(
    'reads %s as a name',
    (name) => {
      expect(whole.test(name)).toBe(true)
    },
  )

  it.each([
    ['one word', 'Ellen'],
    ['a surname as an initial', 'Holger K.'],
    ['a word in lower case', 'Ellen holm'],
  ])('near miss: not %s', (_, text) => {
    expect(whole.test(text)).toBe(false)
  })
})

describe('the asker named in a sentence', () => {
  it.each([
    ['a double first name', `${heading}\naf 4. december 2017 stillet efter ønske fra Anne-Mette Lund (S)`, 'Anne-Mette Lund', 'S'],
    ['a particle', `${heading}\naf 4. december 2017 stillet efter ønske fra Lise von Holten (S)`, 'Lise von Holten', 'S'],
    [
      'a name written short at a line’s end',
      `${heading}\naf 4. december 2017 stillet efter ønske fra Hans Chr.\nHolm (S)`,
      'Hans Chr. Holm',
      'S',
    ],
    [
      'the title’s member, a double first name (`svar på spørgsmål 12 fra …`)',
      'SUU alm. del – svar på spørgsmål 279 fra Anne-Mette Lund (V) stillet den 4. december 2017',
      'Anne-Mette Lund',
      'V',
    ],
    [
      'the sentence’s subject, a particle',
      'Lise von Holten (EL) har den 4. december 2017 stillet følgende spørgsmål nr. 279 til sundhedsministeren, som hermed besvares.',
      'Lise von Holten',
      'EL',
    ],
    [
      'a § 20 answer’s member, an initial (`følgende af … stillede`)',
      'Folketinget har i skrivelse af 4. december 2017 (spørgsmål S 279) anmodet om min besvarelse af følgende af Karen J. Berg (EL) stillede spørgsmål:',
      'Karen J. Berg',
      'EL',
    ],
  ])('%s', async (_, asked, name, party) => {
    expect((await parse(letter(asked))).question.askers).toEqual([{ name, party, nonMember: false }])
  })

  it('near miss: a hyphenated word and a lower-case word after `fra` name nobody', async () => {
    const record = await parse(letter('SUU alm. del – svar på spørgsmål 279 fra Europa-Kommissionen om ventetider'))
    expect(record.question.askers).toEqual([])
  })

  it('near miss: a line ending on a capitalised word’s stop that is no short name ends the sentence there', async () => {
    const record = await parse(letter(`${heading}\naf 4. december 2017 stillet efter ønske fra Jens Holm (S) og Jan Bo.\nHolm (S)`))
    expect(record.question.askers.map((asker) => asker.name)).not.toContain('Jan Bo. Holm')
  })

  it('dates the question in the asker’s sentence after a name with an initial', async () => {
    const record = await parse(
      letter(
        `${heading}\n(Spørgsmålet er stillet efter ønske fra Karen J. Berg (RV) d. 26. november 2017.)`.replace(
          heading,
          'Spørgsmål nr. 279',
        ),
      ),
    )
    expect(record.question.askedOn).toBe('2017-11-26')
  })
})

describe('a § 20 question’s asker', () => {
  it.each([
    [
      'on ft.dk’s case page, a particle (`Af: Lise von Holten (SF)`)',
      [
        '§ 20-spørgsmål S 1650 Om ventetider.',
        'Af: Lise von Holten (SF)',
        'Til: Sundhedsminister Ellen Holm',
        'Dato: 22-12-2004',
        'Samling: 2004-05 (1. samling)',
        'Status: Besvaret, endeligt',
      ],
    ],
    [
      'in Folketingstidende’s head, a particle, the party on the next line (`Lise von Holten` / `(SF):`)',
      [
        'Spm. nr. S 129',
        'Til sundhedsministeren (12/10 2000) af:',
        'Lise von Holten',
        '(SF):',
        '»Vil ministeren redegøre for ventetiderne?«',
        'Svar (19/10 2000)',
        'Sundhedsministeren (Ellen Holm):',
        'Ventetiderne er faldet.',
      ],
    ],
    [
      'in the old rendition’s glued fields, a particle (`…ministeren8. juni 2010Lise von Holten (SF)`)',
      [
        'Sundheds- og Ældreudvalget 2009-10',
        'S 2387',
        'Offentligt',
        'SPØRGSMÅL NR. S 2387',
        'Sundhedsministeren8. juni 2010Lise von Holten (SF)',
        'Hvad vil ministeren gøre ved ventetiderne?',
      ],
    ],
  ])('%s', async (_, lines) => {
    expect((await parse(lines.join('\n'))).question.askers).toEqual([{ name: 'Lise von Holten', party: 'SF', nonMember: false }])
  })
})

describe('the minister’s signature', () => {
  it.each([
    ['an initial', 'Holger K. Dahl'],
    ['a name written short', 'Lars Chr. Holm'],
    ['a particle', 'Lise von Holten'],
  ])('alone at the letter’s end, %s: read and flagged', async (_, name) => {
    const record = await parse(letter(`${heading}\naf 4. december 2017 stillet efter ønske fra Jens Holm (S)`, name))
    expect(record.signature).toEqual({ name, title: null })
    expect(record.warnings.map((warning) => warning.code)).toContain('signature-unconfirmed')
  })

  it('near miss: a last line of an institution’s name is no signature', async () => {
    const record = await parse(letter(`${heading}\naf 4. december 2017 stillet efter ønske fra Jens Holm (S)`, 'Danmarks K. Statistik'))
    expect(record.signature).toBeNull()
  })

  it('after a greeting glued to the answer’s last sentence, a particle', async () => {
    const record = await parse(
      letter(
        `${heading}\naf 4. december 2017 stillet efter ønske fra Jens Holm (S)`,
        'Det fremgår af opgørelsen.Med venlig hilsenLise von Holten',
      ),
    )
    expect(record.signature).toEqual({ name: 'Lise von Holten', title: null })
    expect(record.answer.text).not.toContain('Holten')
  })

  it('on a cover page set on one line, an initial (`… 2005. Holger K. Dahl`)', async () => {
    const cover =
      'J. NR. 2004-4588-122 Kulturministeren Kulturministeriet Nybrogade 2 1203 København K Folketingets Kulturudvalg Christiansborg 1240 København K 4. maj 2005 Hermed fremsendes i 5 eksemplarer svar på spørgsmål nr. 7 vedrørende L 51 - Forslag til lov om ændring af musikloven, stillet af Folketingets Kulturudvalg den 21. marts 2005. Holger K. Dahl'
    expect((await parse(cover)).signature?.name).toBe('Holger K. Dahl')
  })

  it('run on after the answer in a line whose line ends were kept as spaces, a double surname: no word joiner in the name', async () => {
    const glued =
      'Folketingets Socialudvalg Dato: 27. april 2005 Under henvisning til Folketingets Socialudvalgs brev af 16. marts 2005 følger hermed socialministerens svar på spørgsmål nr. 19 ad L 38. Spørgsmål nr. 19: ”Ministeren bedes oplyse, hvilke kriterier der benyttes.” Svar: Der er allerede i dag afgrænset et antal institutioner som ”de mest specialise- rede tilbud”. Det drejer sig om de instituti- oner, som fremgår af bekendtgørelse nr. 927 af 8. decem- ber 1997 om fordeling af ud- gifterne. Tilsvarende gælder udgifterne til koor- dinering af hjælpe- middelområdet. Bemyndigelsen er beregnet til at kunne videreføre denne objektive finansiering. Simon Emil Ravn-Bille /Aksel Meyer Departementet Holmens Kanal 22 1060 København K Tlf. 3392 9300'
    expect((await parse(glued)).signature).toEqual({ name: 'Simon Emil Ravn-Bille', title: null })
  })
})
