import { describe, expect, it } from 'vitest'
import { findAnswer } from '../../src/extract/answer.js'
import { findClosing } from '../../src/extract/closing.js'
import { findSignature } from '../../src/extract/signature.js'
import { parse } from '../../src/index.js'
import { codes, letterContext } from './letter-context.js'

const head =
  'Folketingets Transportudvalg\nChristiansborg\n3. maj 2021\n\nTransportudvalget har i brev af 3. marts 2021 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 12:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa, det vil jeg gerne.'

/** A made-up letter ending with `tail`. */
const letter = (tail: string) => `${head}\n\n${tail}\n`

describe('signature after a closing', () => {
  it.each([
    ['the greeting glued onto the name', 'Med venlig hilsenHenrik Dam Kristensen', 'Henrik Dam Kristensen'],
    ['the greeting one word a line', 'Med\nvenlig\nhilsen\n\nOle Birk Olesen', 'Ole Birk Olesen'],
    ['the name and the official on one line', 'Med venlig hilsen\n\nBenedikte Kiær/ Karin Ingemann', 'Benedikte Kiær'],
    [
      'a side column between the greeting and the name',
      'Med venlig hilsen\n14. januar 2019\nUddannelses- og\nForskningsministeriet\nBørsgade 4\nPostboks 2135\nTel. 3392 9700\nRef.-nr.\n18/065829-02\nTommy Ahlers\nSide 1/9',
      'Tommy Ahlers',
    ],
    [
      'a side column whose glued contact line gives CVR and EAN, numbers glued on (closing’s contact labels)',
      'Med venlig hilsen\n14. januar 2019\nUddannelses- og\nForskningsministeriet\nBørsgade 4\nCVR16805408EAN5798000860809\nRef.-nr.\n18/065829-02\nTommy Ahlers\nSide 1/9',
      'Tommy Ahlers',
    ],
  ])('%s', async (_, tail, name) => {
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature).toEqual({ name, title: null })
  })

  it('reads a name with a comma after it, its title on the next line', async () => {
    const context = await letterContext(letter('Med venlig hilsen\nJesper Thinghuus,\nudvalgssekretær'))
    expect(findSignature(context)?.signature).toEqual({ name: 'Jesper Thinghuus', title: 'udvalgssekretær' })
  })

  it.each([
    ['P.M.V.\n\nJens Hansen', 'Jens Hansen', null],
    ['På ministerens vegne\n\nJens Hansen\nKontorchef', 'Jens Hansen', 'Kontorchef'],
    ['E.B.\n\nJens Hansen', 'Jens Hansen', null],
    ['Efter bemyndigelse\n\nJens Hansen\nKontorchef', 'Jens Hansen', 'Kontorchef'],
  ])('an official signing on the minister’s behalf with no greeting (the line opens the closing): %j', async (tail, name, title) => {
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature).toEqual({ name, title })
  })

  it.each(['E.B.', 'Efter bemyndigelse', 'P.M.V.'])('ends the answer at a line of %j with no greeting before it', async (opener) => {
    const context = await letterContext(letter(`${opener}\n\nJens Hansen\nKontorchef`))
    expect(findAnswer(context, 0).text).toBe('Ja, det vil jeg gerne.')
  })

  it('takes a sentence that opens with the words of signing on the minister’s behalf for the answer’s text', async () => {
    // Near miss: only a line that is nothing but the words opens the closing.
    const sentence = 'Efter bemyndigelse fra ministeren har styrelsen truffet afgørelse.'
    const context = await letterContext(letter(`${sentence}\n\nMed venlig hilsen\n\nJens Hansen`))
    expect(findAnswer(context, 0).text).toBe(`Ja, det vil jeg gerne.\n\n${sentence}`)
  })

  it('takes no page word or ministry footer for the title', async () => {
    const side = await letterContext(letter('Med venlig hilsen\n\nUlla Tørnæs\nSide\n1/1'))
    expect(findSignature(side)?.signature).toEqual({ name: 'Ulla Tørnæs', title: null })
    // Near miss: a real title under the name stays a title.
    const titled = await letterContext(letter('Med venlig hilsen\n\nUlla Tørnæs\nUddannelses- og forskningsminister'))
    expect(findSignature(titled)?.signature).toEqual({ name: 'Ulla Tørnæs', title: 'Uddannelses- og forskningsminister' })
  })

  it('takes no committee addressed after the labels of a head set under the signature for the title', async () => {
    // Indenrigs- og Sundhedsministeriet's 2005 letter whose head stands after its body: the labels, then the addressee.
    const tail =
      'Med venlig hilsen\nLars Løkke Rasmussen / Paul Schüder\nDato:\n20. december 2005\nKontor:\n4.s.kt.\nJ.nr.:\n2005-1330-14\nFolketingets Sundhedsudvalg'
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature).toEqual({ name: 'Lars Løkke Rasmussen', title: null })
    // Near miss: a chair's title that names the committee is a title.
    const chair = await letterContext(letter('Med venlig hilsen\n\nKarin Nødgaard\nFormand for Folketingets Sundhedsudvalg'))
    expect(findSignature(chair)?.signature).toEqual({
      name: 'Karin Nødgaard',
      title: 'Formand for Folketingets Sundhedsudvalg',
    })
    // Near miss: Folketinget's other offices are titles.
    const ombudsman = await letterContext(letter('Med venlig hilsen\n\nNiels Fenger\nFolketingets Ombudsmand'))
    expect(findSignature(ombudsman)?.signature).toEqual({ name: 'Niels Fenger', title: 'Folketingets Ombudsmand' })
  })

  it.each([
    ['Ellen Trane Nørby', 'Zelle Huma Sheikh'],
    ['Nick Hækkerup', 'Anne-Mette Kjær'],
    ['Karen Ellemann', 'Peter Bach-Mortensen'],
  ])('takes no official’s name set under the minister’s, without the "/", for the title: %s / %s', async (name, official) => {
    const context = await letterContext(letter(`Med venlig hilsen\n\n${name}\n${official}`))
    expect(findSignature(context)?.signature).toEqual({ name, title: null })
  })

  it.each([
    ['Peter HummelgaardJustitsminister', 'Peter Hummelgaard', 'Justitsminister'],
    ['Ane Halsboe-JørgensenKulturminister', 'Ane Halsboe-Jørgensen', 'Kulturminister'],
    ['Anne HansenMinister for ligestilling', 'Anne Hansen', 'Minister for ligestilling'],
  ])('parts a title an old rendition glued onto the name: %s', async (line, name, title) => {
    const context = await letterContext(letter(`Med venlig hilsen\n\n${line}`))
    expect(findSignature(context)?.signature).toEqual({ name, title })
  })

  it.each([['Peter Hummelgaard (sign.)'], ['Peter Hummelgaard\n(sign.)'], ['Peter Hummelgaard /s/']])(
    'takes off the mark of a signed original: %s',
    async (tail) => {
      const context = await letterContext(letter(`Med venlig hilsen\n\n${tail}`))
      expect(findSignature(context)?.signature).toEqual({ name: 'Peter Hummelgaard', title: null })
    },
  )

  it('parts no name whose capital inside is a name’s own', async () => {
    // Near miss: a capital inside a name, and no minister's title after it.
    const context = await letterContext(letter('Med venlig hilsen\n\nAnne McDonald'))
    expect(findSignature(context)?.signature).toEqual({ name: 'Anne McDonald', title: null })
  })

  it.each([
    ['the greeting’s words run together', 'Medvenlighilsen\nHenrik Dam Kristensen'],
    ['the greeting glued onto the last sentence, the name after it', 'Det vil jeg gerne.Med venlig hilsenHenrik Dam Kristensen'],
    ['the greeting glued onto the last sentence, the name on the next line', 'Det vil jeg gerne.Venlig hilsen\nHenrik Dam Kristensen'],
    ['the plural greeting glued onto the last sentence', 'Det vil jeg gerne.Med venlige hilsnerHenrik Dam Kristensen'],
  ])('reads the name after a greeting an old rendition glued: %s', async (_, tail) => {
    const context = await letterContext(`${head}\n\n${tail}\n`)
    expect(findSignature(context)?.signature).toEqual({ name: 'Henrik Dam Kristensen', title: null })
  })

  it('ends the answer before the greeting whose words run together', async () => {
    const context = await letterContext(`${head}\n\nMedvenlighilsen\nHenrik Dam Kristensen\n`)
    expect(findAnswer(context, 0).text).toMatch(/Ja, det vil jeg gerne\.$/u)
    // Near miss: a word that only begins as the greeting does is no greeting.
    const word = await letterContext(`${head}\n\nVenlighedshilsner til alle\nHenrik Dam Kristensen\n`)
    expect(findAnswer(word, 0).text).toContain('Venlighedshilsner til alle')
  })

  it('takes no greeting inside a word', async () => {
    // Near miss: "hilsen" inside running text, no greeting.
    const context = await letterContext(letter('Han sendte en venlig hilsenTil alle.'))
    expect(findSignature(context)).toBeUndefined()
  })

  it.each([
    ['the official’s title under the official after "/"', 'Ellen Trane Nørby\n/\nAnne Hansen\nFuldmægtig'],
    ['the official’s title under "/ Official"', 'Ellen Trane Nørby\n/ Anne Hansen\nKontorchef'],
    ['the official’s title before the official’s name', 'Ellen Trane Nørby\nDepartementschef Anne Hansen'],
  ])('takes no official’s title for the minister’s: %s', async (_, tail) => {
    const context = await letterContext(letter(`Med venlig hilsen\n\n${tail}`))
    expect(findSignature(context)?.signature).toEqual({ name: 'Ellen Trane Nørby', title: null })
  })

  it('keeps the minister’s title over the official’s', async () => {
    // Near miss: the minister's own title first, then the official with a title.
    const context = await letterContext(letter('Med venlig hilsen\n\nEllen Trane Nørby\nSundhedsminister\n/ Anne Hansen\nKontorchef'))
    expect(findSignature(context)?.signature).toEqual({ name: 'Ellen Trane Nørby', title: 'Sundhedsminister' })
  })

  it('keeps a capitalised title with a title word under the name', async () => {
    // Near miss: two capitalised words that are a title, not a person.
    const context = await letterContext(letter('Med venlig hilsen\n\nBertel Haarder\nKirkeminister Og Kulturminister'))
    expect(findSignature(context)?.signature?.title).toBe('Kirkeminister Og Kulturminister')
  })

  it.each([
    ['1260 København KTelefonTelefax3392 97003332 3501[email protected]www.vtu.dk1680 5408'],
    ['Tlf. 33 92 33 70 • www.kum.dk'],
    ['DK-1057 København K'],
  ])('skips a letterhead’s contact line between the greeting and the name: %s', async (contact) => {
    const context = await letterContext(letter(`Med venlig hilsen\n${contact}\nCharlotte Sahl-Madsen`))
    expect(findSignature(context)?.signature).toEqual({ name: 'Charlotte Sahl-Madsen', title: null })
  })
})

describe('a signature with the official’s name and no greeting, before a footer the closing does not read', () => {
  it.each([
    ['"/" alone between the names', 'Esben Lunde Larsen\n/\nJacob Nielsen'],
    ['"/ Official"', 'Esben Lunde Larsen\n/ Jacob Nielsen'],
  ])('%s', async (_, signature) => {
    const context = await letterContext(
      letter(`${signature}\nMiljø-\nog Fødevareministeriet • Slotsholmsgade 12 • 1216\nKøbenhavn K\nTlf. 38 14 21 42 • www.mfvm.dk`),
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Esben Lunde Larsen', title: null })
  })

  it('takes no name before a "/" with no official’s name after it', async () => {
    // Near miss: a slash, then a case number: no one signs for the minister.
    const context = await letterContext(letter('Anders Fogh Rasmussen\n/\n2023-1234\nKøbenhavn K'))
    expect(findSignature(context)).toBeUndefined()
  })
})

describe('a bare signature (no greeting)', () => {
  it.each([
    [
      'name, "/", official, then the ministry’s footer',
      'Mogens Jensen\n/\nHanne Larsen\nMiljø- og Fødevareministeriet\nSlotsholmsgade 12\n1216 København K',
      'Mogens Jensen',
    ],
    ['name and "/official" right after the last sentence', 'Det er alt.\nHenrik Høegh\n/Peter Anthonisen', 'Henrik Høegh'],
    ['name and official on the last line', 'Benedikte Kiær/ Lars Møller Christiansen', 'Benedikte Kiær'],
    ['a footer between "Side" and the page number after the official', 'Inger Støjberg\n/\nAnette Görtz\nSide\n1/1', 'Inger Støjberg'],
    // The signature's image drawn as dots between "/" and the official (2023).
    [
      'dots of a signature image between "/" and the official',
      'Jacob Jensen\n/\n... . . .\n... . . .\n. .\nNicolai Højlund\nMinisteriet for Fødevarer, Landbrug og Fiskeri • Holbergsgade 6 • 1057 København K',
      'Jacob Jensen',
    ],
  ])('%s', async (_, tail, name) => {
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature.name).toBe(name)
    expect(codes(context)).not.toContain('signature-unconfirmed')
  })

  it('reads a name misspelt in case over "/" and the official as the minister’s, not the official’s', async () => {
    const tail =
      'Der forventes således ingen særlig indsats.\nTroels lund Poulsen\n/\nThomas Bruun Jessen\nMiljøministeriet • Højbro Plads 4 • 1200 København K'
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature.name).toBe('Troels lund Poulsen')
  })

  it('near miss: a line shaped so with no "/" after it is no signature', async () => {
    const tail = 'Der forventes således ingen særlig indsats.\nTroels lund Poulsen\nMiljøministeriet • Højbro Plads 4 • 1200 København K'
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature.name).not.toBe('Troels lund Poulsen')
  })

  it('ends the answer at a greeting one word a line that the layout ran into its last paragraph', async () => {
    // The answer's lines as wide as the column: by width no paragraph ends before `Med`.
    const answerLines = [
      'Det har ikke inden for svarfristen været muligt at indhente',
      'de fornødne oplysninger til besvarelse af spørgsmålet. Det',
      'forventes endeligt besvaret inden for tre uger fra i dag.',
    ]
    const context = await letterContext(`${head}\n${answerLines.join('\n')}\nMed\nvenlig\nhilsen\nOle Birk Olesen\n`)
    expect(findClosing(context.lines)?.line.text).toBe('Med')
    expect(findAnswer(context, 0).text).not.toContain('venlig')
    expect(findSignature(context)?.signature.name).toBe('Ole Birk Olesen')
  })

  it('not a greeting’s words inside a sentence the line before left open (near miss)', async () => {
    const context = await letterContext(
      `${head}\nDet er aftalt, at styrelsen følger op på sagen\nmed\nvenlig\nhilsen fra kommunen i næste uge.\n`,
    )
    expect(findClosing(context.lines)).toBeUndefined()
  })

  it('ends the answer only where the bare signature opens a block of its own', async () => {
    const context = await letterContext(
      `${head} I forhold til 2007 er de anmeldte arealer gået ned med 77,45 %.Ved braklagte arealer er lagt til grund de anmeldte arealer.\nHenrik Høegh\n/Peter Anthonisen\n`,
    )
    // The name shares the answer's paragraph (its line as wide as the column, and no longer than a printed line, which
    // would end its paragraph by itself): no closing opens a block there, though the signature is there.
    expect(findClosing(context.lines)).toBeUndefined()
    expect(findClosing(context.lines, 0, true)?.line.text).toBe('Henrik Høegh')
    // The answer keeps the paragraph's lines before the name, and not the signature.
    const answer = findAnswer(context, 0)
    expect(answer.text).toMatch(/de anmeldte arealer\.$/u)
    expect(answer.text).not.toContain('Henrik Høegh')
  })

  it('reads a name alone at the end as the signature, flagged for review', async () => {
    const context = await letterContext(letter('Det oplyses, at tallene kommer senere.\n\nCarina Christensen'))
    expect(findSignature(context)?.signature).toEqual({ name: 'Carina Christensen', title: null })
    expect(codes(context)).toContain('signature-unconfirmed')
    // The name is the signature's, not the answer's as well: the answer ends before it.
    expect(findAnswer(context, 0).text).toMatch(/tallene kommer senere\.$/u)
  })

  it('reads a name alone at the end after running text that lost its stop, flagged for review', async () => {
    // An old glued rendition of an Udenrigsministeriet cover sheet (2010): the last sentence has no full stop.
    const context = await letterContext(
      letter(
        'Til underretning vedlægges notatet om sagen. Notatet er ligeledes sendt til Folketingets Miljø- og Planlægningsudvalg\nLene Espersen',
      ),
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Lene Espersen', title: null })
    expect(codes(context)).toContain('signature-unconfirmed')
  })

  it.each([
    ['a word a name goes on after', 'Jeg har forelagt sagen for Folketingets Europaudvalg efter ønske fra\nLene Espersen'],
    ['a short line of a list', 'Følgende har afgivet høringssvar:\n\nArbejdstilsynet\nDanske Kloakmestre'],
  ])('reads no name alone at the end after %s as a signature (near miss)', async (_, tail) => {
    const context = await letterContext(letter(tail))
    expect(findSignature(context)).toBeUndefined()
  })

  it('keeps an institution at the end in the answer, no signature read (near miss)', async () => {
    const context = await letterContext(letter('Tallene er fra 2020.\n\nDanmarks Statistik'))
    expect(findAnswer(context, 0).text).toMatch(/Danmarks Statistik$/u)
  })

  it('does not read a source or an institution at the end as a signature', async () => {
    // Near misses: capitalised words that are no person's name.
    for (const tail of ['Tallene er fra 2020.\n\nDanmarks Statistik', 'Tallene er fra 2020.\n\nStyrelsen for Patientsikkerhed']) {
      const context = await letterContext(letter(tail))
      expect(findSignature(context)).toBeUndefined()
    }
  })
})

describe('a name alone at the letter’s end, on the next page', () => {
  it('reads it past ft.dk’s page furniture between the text’s last sentence and the name', async () => {
    const context = await letterContext(
      `${head}\nDet er alt.\nKUU, Alm.del - 2013-14 - Endeligt svar på spørgsmål 5: Spm. om tallet, til kulturministeren\n1296327_0002.png\nMarianne Holm\n`,
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Marianne Holm', title: null })
  })

  it('near miss: a name after a sentence the page broke off is the text’s', async () => {
    const context = await letterContext(
      `${head}\nDet har jeg drøftet med\nKUU, Alm.del - 2013-14 - Endeligt svar på spørgsmål 5: Spm. om tallet, til kulturministeren\n1296327_0002.png\nMarianne Holm\n`,
    )
    expect(findSignature(context)).toBeUndefined()
  })
})

describe('a bare signature before the ministry’s footer', () => {
  const footer = 'Miljøministeriet • Højbro Plads 4 • 1200 København K Tlf. 72 54 60 00 • CVR 12854358 • www.mim.dk'

  it.each([
    [
      'the name, "/" and the official in the last paragraph, then a • footer',
      `Det er alt.\nKaren Ellemann\n/\nRikke Hvid Danielsen\n${footer}`,
      null,
    ],
    ['the name alone, then a • footer', `Det er alt.\n\nKaren Ellemann\n\n${footer}`, null],
    [
      'the name alone, then a · footer',
      'Det er alt.\n\nKaren Ellemann\n\nMiljøministeriet · Højbro Plads 4 · 1200 København K · www.mim.dk',
      null,
    ],
    [
      'the name alone right after the last sentence, then an address block',
      'Det er alt.\nKaren Ellemann\n\nMiljøministeriet\nHøjbro Plads 4\n1200 København K\nTlf. 72 54 60 00',
      null,
    ],
    ['the name and the minister’s title, then a • footer', `Det er alt.\n\nKaren Ellemann\nMiljøminister\n\n${footer}`, 'Miljøminister'],
    // The footer's telephone with its country code: a contact part (`FOOTER_CONTACT`) as without it.
    ['the name alone, then a telephone with its country code', 'Det er alt.\n\nKaren Ellemann\n\nTelefon +45 72 54 60 00', null],
    // The • footer wrapped by a narrow column: its ends on lines of their own (`København K`, an EAN number).
    [
      'the name, "/" and the official, then a • footer wrapped onto short lines',
      'Det er alt.\nKaren Ellemann\n/\nRikke Hvid Danielsen\nMiljøministeriet • Højbro Plads 4 • 1200\nKøbenhavn K\nTlf. 72 54 60 00 • CVR 12854358 • EAN\n5798000862005',
      null,
    ],
    // Wrapped at its bullets: a line ends before one, or the next opens with one (read as a list item by itself).
    [
      'the name, "/" and the official, then a • footer wrapped at its bullets',
      'Det er alt.\nKaren Ellemann\n/\nRikke Hvid Danielsen\nMiljøministeriet • Højbro Plads 4\n• 1200 København K\nTlf. 72 54 60 00 • CVR 12854358\n• EAN 5798000862005 • www.mim.dk',
      null,
    ],
    [
      'the name alone, then a • footer wrapped after a bullet',
      'Det er alt.\n\nKaren Ellemann\n\nBeskæftigelsesministeriet • Ved Stranden 8 •\n1061 København K',
      null,
    ],
  ])('%s', async (_, tail, title) => {
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature).toEqual({ name: 'Karen Ellemann', title })
    expect(codes(context)).toContain('signature-without-greeting')
    expect(codes(context)).not.toContain('signature-unconfirmed')
    // The answer ends before the name.
    expect(findAnswer(context, 0).text).toMatch(/Det er alt\.$/u)
  })

  it.each([
    ['a short last sentence', 'Jeg henviser til svaret.'],
    ['a source line', 'Kilde: Danmarks Statistik'],
    ['an annex heading', 'Bilag 1'],
    ['a place’s name', 'Aarhus Kommune'],
    ['a region’s name', 'Region Syddanmark'],
    ['a sentence’s last line that is capitalised words', 'Det oplyser\nJens Hansen'],
    ['a table’s last row', 'Region\t2020\t2021\nRegion Syddanmark\t12\t14'],
    // An office's name (the signature's `NOT_A_PERSON`, now the bare signature's too).
    ['an office’s name', 'Folketingets Lovsekretariat'],
    ['a department’s name', 'Juridisk Afdeling'],
    // A list of one bullet after a line with one: no footer wrapped at a bullet (two parts are none).
    ['a list item after a line with a bullet', 'Ordningen omfatter • kommunerne\n• Region Syddanmark'],
  ])('does not read %s before the footer as a signature', async (_, last) => {
    const context = await letterContext(letter(`Det er alt.\n\n${last}\n\n${footer}`))
    expect(findSignature(context)).toBeUndefined()
    expect(codes(context)).not.toContain('signature-without-greeting')
  })

  it('reads a person’s name near a body’s words before the footer as the signature', async () => {
    // Near miss: `Konrad` is not `råd`, `Bang` is not `bank`.
    const context = await letterContext(letter(`Det er alt.\n\nKonrad Bang\n\n${footer}`))
    expect(findSignature(context)?.signature).toEqual({ name: 'Konrad Bang', title: null })
  })
})

describe('a cover page’s signature before the question', () => {
  const cover = (signature: string) =>
    `Folketinget\nRetsudvalget\nChristiansborg\n\nHermed sendes besvarelse af spørgsmål nr. 18 (Alm. del), som Folketingets Retsudvalg har stillet til justitsministeren den 13. november 2023.\n\nSpørgsmålet er stillet efter ønske fra Christian Friis Bach (RV).\n\n${signature}\n\nSpørgsmål nr. 18 fra Folketingets Retsudvalg (Alm. del):\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa, det vil jeg gerne.\n`

  it.each([
    ['name, "/" and official (Justitsministeriet)', 'Peter Hummelgaard\n/\nMorten Holland Heide'],
    ['name and "/ Official" (Skatteministeriet)', 'Peter Hummelgaard\n/ Merete Godvin Jensen'],
    ['"Name/Official" on one line', 'Peter Hummelgaard/Anette Görtz'],
    ['the name alone between the sentence that sends the answer and the question', 'Peter Hummelgaard'],
    ['the name right after that sentence, the J.nr. and the page after it', 'Peter Hummelgaard\nJ. NR. 2004-25486-2\nSide 2'],
  ])('%s', async (_, signature) => {
    const context = await letterContext(cover(signature))
    expect(findSignature(context)?.signature).toEqual({ name: 'Peter Hummelgaard', title: null })
  })

  it.each([
    ['as written', 'Spørgsmål nr. 356:', 'Svar:'],
    ['in capitals', 'SPØRGSMÅL NR. 356:', 'SVAR:'],
  ])('reads "/", the name and the official after the text, with no greeting, headings %s', async (_, question, answer) => {
    // Udlændinge- og Integrationsministeriet 2016's form (made-up names): the "/" set before both names.
    const context = await letterContext(
      `Udvalget har den 9. februar 2016 stillet følgende spørgsmål nr. 356 (alm. del) efter ønske fra Eva Lund (EL), som hermed besvares.\n${question}\nVil ministeren redegøre for sagen?\n${answer}\nStyrelsen kan generelt oplyse, at praksis er fulgt.\n/\nKaren Holm\nAnette Berg\n4. april 2016\nSlotsholmsgade 10\n1216 København K\nSide\n1/1`,
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Karen Holm', title: null })
  })

  it('reads the name after a cover sentence an old rendition glued onto the date', async () => {
    const context = await letterContext(
      'Folketingets Lovsekretariat\n\n22. januar 2010Hermed fremsendes svar på spørgsmål nr. S 800 stillet af folketingsmedlem Mogens Jensen (S) den 14. januar 2010.\nCarina Christensen\nJ. NR. 2004-25486-2\nSide 2\n\nSpørgsmål nr. S800\n\nFinder ministeren det rimeligt?\n\nSvar:\n\nJa.\n',
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Carina Christensen', title: null })
  })

  it("reads past a question named among the letterhead's fields above the cover sentence", async () => {
    // Skatteministeriet's 2005 cover (names made up): `Spørgsmål 182` is a field of the letterhead, no heading.
    const context = await letterContext(
      'Skatteministeriet\nJ.nr. 2005-318-0412\nDen\nSpørgsmål 182\nTil\nFolketingets Skatteudvalg\nHermed sendes svar på spørgsmål nr. 182 af 12. september 2005. (Alm. del).\nKarl Holm/Birgitte Berg\n\nSpørgsmål:\n\nMinisteren bedes kommentere artiklen.\n\nSvar:\n\nDet gør jeg gerne.\n',
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Karl Holm', title: null })
  })

  it("reads past Word's field error printed in the question's number among the letterhead's fields", async () => {
    // Skatteministeriet's 2004 cover on one line, as an old rendition glued it (names made up).
    const context = await letterContext(
      'SkatteministerietJ.nr. 2004-318-0292DenSpørgsmål Fejl! Intet bogmærkenavn opgivet.70TilFolketingets SkatteudvalgHermed fremsendes svar på spørgsmål nr. 70 af 26. oktober 2004.Karl Holm/Birgitte Berg\nSpørgsmål:Ministeren bedes forklare forskellen?Svar:Det gør jeg gerne.\n',
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Karl Holm', title: null })
  })

  it("reads the names before the case number and date at a one-line cover's end", async () => {
    const context = await letterContext(
      'Til Folketingets Skatteudvalg Hermed sendes svar på spørgsmål nr. 185 af 3. februar 2006. (Alm. del). Karl Holm /Kirsten Berg j.nr. 06-004979 Dato :\nSpørgsmål 185: "Hvorfor?" Svar: Derfor.\n',
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Karl Holm', title: null })
  })

  it("takes no names that running text follows at a one-line cover's end (near miss)", async () => {
    const context = await letterContext(
      'Til Folketingets Skatteudvalg Hermed sendes svar på spørgsmål nr. 185 af 3. februar 2006. (Alm. del). Karl Holm /Kirsten Berg har drøftet sagen med styrelsen\nSpørgsmål 185: "Hvorfor?" Svar: Derfor.\n',
    )
    expect(findSignature(context)).toBeUndefined()
  })

  it("reads the minister's name before the case number on a cover set on one line", async () => {
    // Kulturministeriet's 2004 cover (names made up): the letterhead, the sentence, the name, then `J. NR.`.
    const context = await letterContext(
      'KULTURMINISTERIET NYBROGADE 2 1015 KØBENHAVN K Folketingets Finansudvalg 1. november 2004 Hermed fremsendes svar på spørgsmål nr. 2 vedrørende Akt 14, stillet af Finansudvalget den 27. oktober 2004. Karl Holm J. NR. 2004-4511-10 JAH\nSpørgsmål nr. 2:\n"Hvorfor?"\nSvar:\nDerfor.\n',
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Karl Holm', title: null })
  })

  it("reads the minister's name last on a cover set on one line, the case number above it", async () => {
    // Kulturministeriet's 2005 cover (names made up): `J. NR.` opens the line, the name ends it; the question's page after.
    const context = await letterContext(
      'J. NR. 2004-4588-122 Kulturministeren Kulturministeriet Nybrogade 2 1203 København K Folketingets Kulturudvalg Christiansborg 1240 København K 4. maj 2005 Hermed fremsendes i 5 eksemplarer svar på spørgsmål nr. 7 (L 51 - bilag 5), stillet af Folketingets Kulturudvalg den 21. marts 2005. Karl Holm\nSide 2 Spørgsmål nr. 7: "Hvorfor?" Svar: Derfor.\n',
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Karl Holm', title: null })
    expect(codes(context)).toContain('signature-without-greeting')
  })

  it('takes no office last on a one-line cover (near miss)', async () => {
    const context = await letterContext(
      'Folketingets Kulturudvalg 4. maj 2005 Hermed fremsendes svar på spørgsmål nr. 7, stillet af Folketingets Kulturudvalg den 21. marts 2005. Folketingets Lovsekretariat\nSide 2 Spørgsmål nr. 7: "Hvorfor?" Svar: Derfor.\n',
    )
    expect(findSignature(context)).toBeUndefined()
  })

  it('takes no name before a case number that a sentence, not the cover sentence, ends before (near miss)', async () => {
    const context = await letterContext(
      'KULTURMINISTERIET NYBROGADE 2 1015 KØBENHAVN K Folketingets Finansudvalg 1. november 2004 Sagen blev oprettet i Kulturministeriet. Karl Holm J. NR. 2004-4511-10 JAH\nSpørgsmål nr. 2:\n"Hvorfor?"\nSvar:\nDerfor.\n',
    )
    expect(findSignature(context)).toBeUndefined()
  })

  it('takes no office right after the cover sentence', async () => {
    // Near miss: the addressee's office set after the sentence, with the J.nr. after it.
    const context = await letterContext(
      'Hermed sendes besvarelse af spørgsmål nr. 18 (Alm. del).\nFolketingets Lovsekretariat\nJ.nr. 2023-1234\n\nSpørgsmål nr. 18:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa.\n',
    )
    expect(findSignature(context)).toBeUndefined()
  })

  it('takes no name from the letterhead before the question', async () => {
    // Near miss: the case officer's name in the label column is followed by a value, not by an official.
    const context = await letterContext(
      'Sagsbeh:\nSagsnr.:\nAnne Hansen\n2023-09110\n\nRetsudvalget har i brev af 3. marts 2023 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 12:\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\n\nJa.\n',
    )
    expect(findSignature(context)).toBeUndefined()
  })
})

describe("a minister's title in brackets after the name, under a cover sentence (Kulturministeriet, 2010)", () => {
  const cover = (signed: string) =>
    `Kulturministeren\nFolketingets Kulturudvalg\n19. oktober 2010\nHermed fremsendes svar på spørgsmål nr. 179 (Alm. del), stillet af Folketingets Kulturudvalg den 28. september 2010.\n${signed}\nDok. nr. 701834\nSide 2\n\nSpørgsmål nr. 179\n\nVil ministeren oplyse repertoiret?\n\nSvar:\n\nRepertoiret er lagt.\n`

  it.each([
    ['Charlotte Sahl-Madsen(fung. kulturminister)', 'fung. kulturminister'],
    ['Charlotte Sahl-Madsen (kulturminister)', 'kulturminister'],
  ])('%s', async (signed, title) => {
    const context = await letterContext(cover(signed))
    expect(findSignature(context)?.signature).toEqual({ name: 'Charlotte Sahl-Madsen', title })
  })

  it('near miss: words in brackets that are no title leave the line no signature', async () => {
    const context = await letterContext(cover('Charlotte Sahl-Madsen (se bilag)'))
    expect(findSignature(context)?.signature.name).not.toBe('Charlotte Sahl-Madsen')
  })
})

describe('a committee chair’s title glued onto the name', () => {
  it.each([
    ['På udvalgets vegne\nLars-Emil Johansenformand', 'Lars-Emil Johansen', 'formand'],
    ['På udvalgets vegne\nRasmus Prehnnæstformand', 'Rasmus Prehn', 'næstformand'],
    ['På udvalgets vegne\nMette HansenFormand', 'Mette Hansen', 'Formand'],
    // The stop that ends the phrase after the title (a 2008 bill committee's letter).
    ['På udvalgets vegne\nPreben Rudiengaardformand.', 'Preben Rudiengaard', 'formand'],
  ])('%s', async (tail, name, title) => {
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature).toEqual({ name, title })
  })

  it('parts no name that only ends in the same letters', async () => {
    // Near miss: "Normand" is a surname, not "N" + "ormand"; nothing glued.
    const context = await letterContext(letter('På udvalgets vegne\nOle Normand'))
    expect(findSignature(context)?.signature).toEqual({ name: 'Ole Normand', title: null })
    const stopped = await letterContext(letter('På udvalgets vegne\nOle Normand.'))
    // With a stop after it, still one surname: no title split off (`N` + `ormand.`).
    expect(findSignature(stopped)?.signature.title).toBeNull()
    expect(findSignature(stopped)?.signature.name).toMatch(/^Ole Normand/u)
  })
})

describe('a side column of labels, then their values, between the greeting and the name', () => {
  it.each([
    [
      'Forsvarsministeriet: five labels, five values, the address',
      'Dato:\nEnhed:\nSagsnr.:\nDok.nr.:\nBilag:\n28. august 2023\nTHK\n2023/006048\n607634\nIngen\nForsvarsministeriet\nHolmens Kanal 9\n1060 København K\nTlf.: +45 7281 0000\nwww.fmn.dk',
    ],
    [
      'a case officer’s name among the values',
      'Kontor:\nSagsbeh:\nSagsnr.:\nStrafferetskontoret\nAnne Hansen\n2025-02927\nSlotsholmsgade 10\n1216 København K',
    ],
  ])('%s', async (_, column) => {
    const context = await letterContext(letter(`Med venlig hilsen\n${column}\nTroels Lund Poulsen`))
    expect(findSignature(context)?.signature).toEqual({ name: 'Troels Lund Poulsen', title: null })
  })

  it('takes a name after the labels’ values for the signature, not as a value no label wants', async () => {
    // Near miss: no case officer's label, so a name is no value of the column: it is the signer.
    const context = await letterContext(letter('Med venlig hilsen\nDato:\nSagsnr.:\n28. august 2023\nTroels Lund Poulsen\n2023/006048'))
    expect(findSignature(context)?.signature.name).toBe('Troels Lund Poulsen')
  })
})

describe('the list of enclosures under the name', () => {
  it.each([['Bilag'], ['Bilag:'], ['Vedlagt'], ['Kopi til']])('is no title: %s', async (line) => {
    const context = await letterContext(letter(`Med venlig hilsen\n\nKaare Dybvad Bek\n${line}\nBOU alm. del`))
    expect(findSignature(context)?.signature).toEqual({ name: 'Kaare Dybvad Bek', title: null })
  })
})

describe('a signature a rendition moved about, with no greeting', () => {
  it.each([
    [
      'the "/" before both names (Udlændinge-, Integrations- og Boligministeriet)',
      'Det er alt.\n/\nInger Støjberg\nAnette Görtz\n4. april 2016',
    ],
    ['the "/" before both names, then a street', 'Det er alt.\n/\nInger Støjberg\nJohan Legarth\nSlotsholmsgade 10'],
  ])('%s', async (_, tail) => {
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature).toEqual({ name: 'Inger Støjberg', title: null })
    expect(codes(context)).toContain('signature-without-greeting')
  })

  it.each([
    [
      'glued onto the last sentence (Socialministeriet 2010)',
      'I øvrigt henvises til svaret af 16. november 2009.Benedikte Kiær/ Mikael Lynnerup Kristensen',
      'Benedikte Kiær',
    ],
    [
      'every line break a space, the letterhead after it (Socialministeriet 2005)',
      'Bemyndigelsen er beregnet til denne finansiering. Eva Kjer Hansen /Aksel Meyer Departementet Holmens Kanal 22 1060 København K Tlf. 3392 9300 FRS/ J.nr. 601-31',
      'Eva Kjer Hansen',
    ],
    [
      'a hyphenated name after a closing quote',
      'Det fremgår af loven, at ”alle skal have ret”. Ane Halsboe-Jørgensen / Kristian Vinter',
      'Ane Halsboe-Jørgensen',
    ],
    [
      'a gap of spaces after the sentence (Miljøministeriet 2005)',
      'Jeg orienterede udvalget om udsendelsen af vejledningen i høring.     Connie Hedegaard /Karsten Skov Miljøministeriet Departementet Højbro Plads 4 1200 København K',
      'Connie Hedegaard',
    ],
  ])('the names and the official run on after the text: %s', async (_, tail, name) => {
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature).toEqual({ name, title: null })
    expect(codes(context)).toContain('signature-without-greeting')
  })

  it.each([
    ['a sentence goes on after the slash', 'Det oplyses. Dansk Folkeparti/ Venstre Regeringen stemte imod forslaget og begrundede det.'],
    ['an institution, not a person', 'Det oplyses. Styrelsen For Arbejdsmarked/ Anne Hansen'],
    ['a "/" between two names that follow a name', 'Det er alt.\nKaren Hansen\nJens Olsen\n/\nAnne Hansen'],
  ])('reads no signature where %s', async (_, tail) => {
    const context = await letterContext(letter(tail))
    expect(codes(context)).not.toContain('signature-without-greeting')
  })
})

describe('a cover letter with no question or answer heading, glued into a line (Miljøministeriet 2005)', () => {
  const cover = (tail: string) =>
    `Miljø- og Planlægningsudvalget 2005-06\nMPU Alm.del Bilag 17\nFolketingets Miljø- og Planlægningsudvalg Christiansborg 1240 København K J.nr. M 2034-0005 Den 7. oktober 2005 Til udvalgets orientering fremsendes vedlagt Miljøstyrelsens vejledning om dumpning af optaget havbundsmateriale. Jeg orienterede ved brev af 23. juni 2005 udvalget om udsendelsen af vejledningen i høring.${tail}\n`

  it('reads the names run on after the last sentence', async () => {
    const context = await letterContext(
      cover('     Connie Hedegaard /Karsten Skov Miljøministeriet Departementet Højbro Plads 4 1200 København K'),
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Connie Hedegaard', title: null })
    expect(codes(context)).toContain('signature-without-greeting')
  })

  it('near miss: prose after the slash is no signature', async () => {
    const context = await letterContext(cover('     Dansk Folkeparti/ Venstre Regeringen stemte imod forslaget og begrundede det.'))
    expect(findSignature(context)).toBeUndefined()
  })
})

describe('signature at the end of a cover page set on one line (round 8)', () => {
  const cover = (line: string) =>
    `${line}\n\nSpørgsmål:\n\nVil ministeren oplyse tallet?\n\nSvar:\n\nDer findes ikke oplysninger om det. Tallet kendes ikke.\n`

  it.each([
    [
      'Skatteministeriet 2004',
      'Skatteministeriet J.nr. 2004-318 - 0303 Den Spørgsmål    103 Til Folketingets Skatteudvalg Hermed fremsendes svar på spørgsmål nr.    103 af 5. november 2004. (Alm. del). Kristian Holm /Birgitte Dal',
      'Kristian Holm',
    ],
    [
      'another ministry, "oversendes", a hyphened name',
      'Folketingets Trafikudvalg    Christiansborg    Hermed oversendes svar på spørgsmål nr. 12 (alm. del). Anne-Mette Berg / Ole Lund',
      'Anne-Mette Berg',
    ],
  ])('%s', async (_, line, name) => {
    const context = await letterContext(cover(line))
    expect(findSignature(context)?.signature).toEqual({ name, title: null })
    expect(codes(context)).toContain('signature-without-greeting')
  })

  it('near miss: names after a slash mid-line, with more of the sentence after them', async () => {
    const context = await letterContext(
      cover(
        'Til Folketingets Skatteudvalg Hermed fremsendes svar på spørgsmål nr. 7. Kristian Holm /Birgitte Dal har bidraget til svaret.',
      ),
    )
    expect(findSignature(context)).toBeUndefined()
  })
})

describe('a greeting after a sentence on a cover page set on one line (round 8)', () => {
  it('reads the name after "Med venlig hilsen" at the end of the one-line cover page', async () => {
    const context = await letterContext(
      'Ministeriet for Videnskab, Teknologi og Udvikling Bredgade 43 1260 København K Telefon 3392 9700 Udvalget for Videnskab og Teknologi Folketinget Christiansborg 1240 København K Hermed fremsendes i 5 eksemplarer svar på spørgsmål nr. 13 ( L 114 ) stillet af Udvalget for Videnskab og Teknologi den 18. marts 2005. Med venlig hilsen Helge Holm\nSpørgsmål nr. 13 stillet af Udvalget for Videnskab og Teknologi den 18. marts 2005 til Ministeren for videnskab, teknologi og udvikling ( L 114 ). Spørgsmål 13 Hvordan? Svar: Sådan.\n',
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Helge Holm', title: null })
  })

  it('near miss: "Med venlig hilsen" in a letterhead column line of its own is left to the closing', async () => {
    const context = await letterContext(letter('Med venlig hilsen\n\nAnne Hansen'))
    expect(findSignature(context)?.signature).toEqual({ name: 'Anne Hansen', title: null })
  })
})

describe('a bare signature by a minister acting for another (round 11)', () => {
  it.each([
    [
      'Justitsministeriet: name, "Fg. justitsminister", "/" and the official',
      'Carina Holm\n\nFg. justitsminister\n\n   /    Lars Dal',
      'Carina Holm',
      'Fg. justitsminister',
    ],
    ['Skatteministeriet: lower-case "fg."', 'Peter Lund\nfg. skatteminister\n/ Anne Berg', 'Peter Lund', 'fg. skatteminister'],
    [
      '"Fungerende minister for …"',
      'Ida Friis\nFungerende minister for ligestilling\n/Ole Hansen',
      'Ida Friis',
      'Fungerende minister for ligestilling',
    ],
    [
      '"Konstitueret …minister" with nothing after',
      'Det er alt.\n\nJens Kro\n\nKonstitueret kirkeminister',
      'Jens Kro',
      'Konstitueret kirkeminister',
    ],
  ])('%s', async (_, tail, name, title) => {
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature).toEqual({ name, title })
  })

  it('near miss: a sentence that opens "Fg." is no title', async () => {
    const context = await letterContext(letter('Det er alt.\n\nJens Kro\n\nFg. sagsbehandler skriver senere'))
    expect(findSignature(context)?.signature.title ?? null).toBeNull()
  })
})

describe("the minister's name with the official's slash at its end, the official on a later line (round 11)", () => {
  it.each([
    [
      'Kirkeministeriet, 2007: spaces, the slash, a stray line',
      'Det er alt.\n\nBertel Holm                                    /\n\u00a0\nTorben Dal',
      'Bertel Holm',
    ],
    ['the slash right after the name', 'Det er alt.\n\nKaren Lund /\nPeter Berg', 'Karen Lund'],
  ])('%s', async (_, tail, name) => {
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature.name).toBe(name)
  })

  it('near miss: a sentence ending in a slash is no name', async () => {
    const context = await letterContext(letter('Det er alt.\n\nSe tabellen for 2019 /\nPeter Berg'))
    expect(findSignature(context)?.signature.name).not.toBe('Se tabellen for 2019')
  })
})

describe('a minister’s title a narrow column wrapped', () => {
  it.each([
    ['between words', 'Venlig hilsen\nPeter Hummelgaard\nBeskæftigelsesminister og minister for\nligestilling'],
    ['at a word’s printed hyphen', 'Venlig hilsen\nPeter Hummelgaard\nBeskæftigelsesminister og minister for ligestil-\nling\n2'],
    ['at a soft hyphen', 'Venlig hilsen\nPeter Hummelgaard\nBeskæftigelsesminister og minister for ligestil\u00ad\nling'],
  ])('%s', async (_, tail) => {
    const context = await letterContext(letter(tail))
    expect(findSignature(context)?.signature).toEqual({
      name: 'Peter Hummelgaard',
      title: 'Beskæftigelsesminister og minister for ligestilling',
    })
  })

  it('joins a title whose last part starts its line in capitals (`Klima-, Energi- og` / `Forsyningsminister`)', async () => {
    const context = await letterContext(letter('Med venlig hilsen\nDan Jørgensen\nKlima-, Energi- og\nForsyningsminister'))
    expect(findSignature(context)?.signature).toEqual({ name: 'Dan Jørgensen', title: 'Klima-, Energi- og Forsyningsminister' })
  })

  it('reads no title where the text breaks off inside it, and says so', async () => {
    const context = await letterContext(letter('Med venlig hilsen\nDan Jørgensen\nKlima-, Energi- og\nForsyningsmin'))
    expect(findSignature(context)?.signature).toEqual({ name: 'Dan Jørgensen', title: null })
    expect(context.messages.list.map((message) => message.code)).toContain('signature-unclear')
  })

  it('near miss: a title that ends whole keeps the line under it apart', async () => {
    const context = await letterContext(letter('Venlig hilsen\nPeter Hummelgaard\nBeskæftigelsesminister\nlige nu på rejse'))
    expect(findSignature(context)?.signature).toEqual({ name: 'Peter Hummelgaard', title: 'Beskæftigelsesminister' })
  })
})

describe("a ministry's unit under the name is no title", () => {
  it.each(['Departementet', 'Miljøstyrelsen', 'Økonomiafdelingen', 'Skatteministeriet'])('takes no title from %j', async (unit) => {
    const context = await letterContext(letter(`Med venlig hilsen\nJesper Wulff Pedersen\n${unit}\nSlotsholmsgade 12\nDK-1216 København K`))
    expect(findSignature(context)?.signature).toEqual({ name: 'Jesper Wulff Pedersen', title: null })
  })

  it.each(['Kontorchef', 'Fuldmægtig', 'Departementschef'])('near miss: keeps the title %j', async (title) => {
    const context = await letterContext(letter(`Med venlig hilsen\nJesper Wulff Pedersen\n${title}`))
    expect(findSignature(context)?.signature).toEqual({ name: 'Jesper Wulff Pedersen', title })
  })
})

describe('a footer a narrow column broke at its bullet is no title (Miljø- og Fødevareministeriet, 2016)', () => {
  it('takes no title from the footer’s first part under the official', async () => {
    const context = await letterContext(
      letter('Esben Lunde Larsen\n/\nHans Christian Karsten\nStyrelsen for Vand- og Naturforvaltning •\nHaraldsgade 53 • 2100 København Ø'),
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Esben Lunde Larsen', title: null })
  })

  it('near miss: the minister’s title under the name, the footer broken at its bullet after it', async () => {
    const context = await letterContext(
      letter(
        'Med venlig hilsen\nEsben Lunde Larsen\nMiljø- og fødevareminister\nStyrelsen for Vand- og Naturforvaltning •\nHaraldsgade 53 • 2100 København Ø',
      ),
    )
    expect(findSignature(context)?.signature).toEqual({ name: 'Esben Lunde Larsen', title: 'Miljø- og fødevareminister' })
  })
})

describe('a cover page on one line: the greeting after the date, the name before the sender in capitals (Økonomi- og Erhvervsministeriet, 2005)', () => {
  const line = (tail: string) =>
    `Folketingets Lovsekretariat Vedlagt fremsender jeg i 5 eksemplarer min besvarelse af spørgsmål 1 -3 (L 48) stillet af Folketingets Erhvervsudvalg den 4. marts 2005 og spørgsmål 4 (L 48) stillet af Folketingets Erhvervsudvalg den 7. marts 2005 Med venlig hilsen ${tail}`

  it('reads the name and the letter’s date', async () => {
    const record = await parse(
      line(
        'Bendt Bendtsen ØKONOMI- OG ERHVERVSMINISTEREN 8. marts 2005 ØKONOMI- OG ERHVERVSMINISTERIET Slotsholmsgade 10-12 1216 København K',
      ),
      { requireFolketingDocument: false },
    )
    expect(record.signature).toEqual({ name: 'Bendt Bendtsen', title: null })
    expect(record.answer.answeredOn).toBe('2005-03-08')
  })

  it('near miss: after a year, a greeting with no sender in capitals after the name is not read from the line', async () => {
    const record = await parse(line('og tak for sidst, skriver Bendt Bendtsen i sit brev til udvalget om sagen.'), {
      requireFolketingDocument: false,
    })
    expect(record.signature).toBeNull()
  })
})

describe("a cover letter's signature with the minister's title under the name (Kulturministeriet 2006)", () => {
  const cover = (title: string) =>
    `Folketingets Kulturudvalg\nChristiansborg\n6. juli 2006\nHermed fremsendes i 5 eksemplarer svar på spørgsmål nr. 85 (Alm.del), stillet af Folketingets Kulturudvalg den 12. juni 2006.\nFlemming Hansen\n${title}\nSpørgsmål nr. 85:\n"Vil ministeren redegøre for reglerne?"\nSvar:\nReglerne fremgår af momsloven.\n`

  it.each(['Fungerende kulturminister', 'Kulturminister'])('reads the name and the title under it: %s', async (title) => {
    const record = await parse(cover(title))
    expect(record.signature).toEqual({ name: 'Flemming Hansen', title })
  })

  it('near miss: a line under the name that is no minister’s title leaves the name unread there', async () => {
    const record = await parse(cover('Kulturudvalgets sekretariat har modtaget brevet'))
    expect(record.signature?.name).not.toBe('Flemming Hansen')
  })
})
