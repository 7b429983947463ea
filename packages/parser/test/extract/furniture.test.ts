import { describe, expect, it } from 'vitest'
import { findAnswer } from '../../src/extract/answer.js'
import { withoutFurniture } from '../../src/extract/furniture.js'
import { lineView } from '../../src/extract/lines.js'
import { textToTree } from '../../src/input/text.js'
import { Messages } from '../../src/messages.js'

// The furniture below is as ft.dk's renditions of real letters have it (fixtures/real: 20131_uui_spm599_1419701,
// 20141_fiu_spm58_1430180, 20101_b93_bilag5_1026905, 20131_reu_spm900_samspmAC_1360351, 20121_fou_spm187_1243741,
// 20151_fiu_aktstk133_spm25_1648304, 20042_sou_spm49_180878, 20081_eru_spm15_620347, 20201_ufu_spm236_2443624,
// 20161_uui_urlspm376_textspm322_1723916); the sentences around it are shortened.
describe('withoutFurniture: page furniture inside a paragraph', () => {
  it.each([
    [
      'a converter’s banner between two pages, a word broken at its hyphen made whole',
      'Ministeriet er ikke i be-PDF to HTML - Convert PDF files to HTML files 2 siddelse af oplysninger om tolkesprog.',
      'Ministeriet er ikke i besiddelse af oplysninger om tolkesprog.',
    ],
    [
      'the banner opening a paragraph, the page numbers before and after it',
      '1 PDF to HTML - Convert PDF files to HTML files 2 I perioden 2009-2013 er der sket en markant stigning.',
      'I perioden 2009-2013 er der sket en markant stigning.',
    ],
    [
      'the banner cut off where the text was cut',
      'Dermed mangler museet 0,4 mio. kr. for at nå op på PDF to HTML',
      'Dermed mangler museet 0,4 mio. kr. for at nå op på',
    ],
    [
      'a glued footer between two sentences: address, postcode glued to the number, labels glued to the values',
      'Dette vil indebære, at domstolene afskæres fra en vurdering i det konkrete tilfælde. Slotsholmsgade 101216 København K.Telefon 7226 8400Telefax 3393 3510www.justitsministeriet.dk[email protected] Som jeg allerede sagde, kan regeringen ikke støtte forslaget.',
      'Dette vil indebære, at domstolene afskæres fra en vurdering i det konkrete tilfælde. Som jeg allerede sagde, kan regeringen ikke støtte forslaget.',
    ],
    [
      'the footer’s contact parts inside a word the page end broke',
      'Det er ikke første gang, at ministeren er kaldt i samråd om politiets ageren i for-Telefon 7226 8400Telefax 3393 3510www.justitsministeriet.dkjm@jm.dk bindelse med præsidentens besøg.',
      'Det er ikke første gang, at ministeren er kaldt i samråd om politiets ageren i forbindelse med præsidentens besøg.',
    ],
    [
      'a rule and the footer in capitals after a sentence’s full stop',
      'Fremme via ambassaden blev valgt fra som en unødig byrde for ambassaden.__________________________________HOLMENS KANAL 421060 KØBENHAVN KTELEFON: 33 92 33 20TELEFAX: 33 32 06 55MAIL: [email protected]WEB: www.FMN.DKCVR: 25-77-56-35EAN: 5798000201200',
      'Fremme via ambassaden blev valgt fra som en unødig byrde for ambassaden.',
    ],
    [
      'the footer run into the last sentence, its parts set apart by middle dots, the ministry’s name before it',
      'Opgørelsen er foretaget med skøn for de statslige anlægs- og vejindeks. Finansministeriet · Christiansborg Slotsplads 1 · 1218 København K · T 33 92 33 33 · E [email protected] · www.fm.dk',
      'Opgørelsen er foretaget med skøn for de statslige anlægs- og vejindeks.',
    ],
    [
      'the footer of an old rendition, cut off inside its e-mail address',
      'Der afsættes en pulje til psykologbehandling af de udsatte unge. Departementet Holmens Kanal 22 1060 København K Tlf. 3392 9300 Fax. 3393 2518 E-mail [email protecte',
      'Der afsættes en pulje til psykologbehandling af de udsatte unge.',
    ],
    [
      'a footer in a row of a table’s bars, the sender in capitals',
      'omsætningstab for området Thy/Mors. | | ØKONOMI- OG ERHVERVSMINISTERIET Slotsholmsgade 10-12 1216 København K Tlf. 33 92 33 50 Fax 33 12 37 78 CVR-nr 10 09 24 85 www.oem.dk |',
      'omsætningstab for området Thy/Mors.',
    ],
    [
      'a post box between the street and the telephone',
      'Uddannelses- og Forskningsministeriet Børsgade 4 Postboks 2135 Tel. 3392 9700',
      '',
    ],
    ['an address alone as a paragraph', 'Slotsholmsgade 101216 København K.', ''],
    ['a column of labels and values alone', 'Mail Web 6198 4000 36977191 2017-237', ''],
    ['a label and its value alone', '33 92 33 50 Fax.', ''],
    ['a rule alone', '_______________________________', ''],
    [
      'a letterhead’s request for its reference, with the reference and the date (20201_kiu_spm4_2285638)',
      'Jeg vil oplyse, om alle menighedsråd bliver fuldtallige. Akt nr.: 133188 Dette akt nr. bedes oplyst ved henvendelse til Kirkeministeriet Dato: 19. november 2020',
      'Jeg vil oplyse, om alle menighedsråd bliver fuldtallige.',
    ],
    [
      'the request glued, the ministry’s name of several words (20131_l84_spm3_1315246)',
      'Dokument nr.: 130487/13Dette dokumentnr. bedes oplyst vedhenvendelse til Ministeriet for Ligestil-ling og Kirke Dato: 18. december 2013',
      '',
    ],
    [
      'the request and the street with its label before it, inside a paragraph (20241_kiu_spm57_3021764)',
      'reglerne om valg til menighedsråd Frederiksholms Kanal 21 e-post Akt nr.: 494242 Dette akt nr. bedes oplyst ved henvendelse ministeriet Dato: 15. maj 2025 Styregruppen har i rapporten redegjort for økonomi.',
      'reglerne om valg til menighedsråd Styregruppen har i rapporten redegjort for økonomi.',
    ],
  ])('takes out %s', (_, text, expected) => {
    expect(withoutFurniture(text)).toBe(expected)
  })

  it.each([
    [
      'a web address in a sentence',
      'Rapporten er tilgængelig på Fødevarestyrelsens hjemmeside www.fvst.dk. Forbrugerrådet har peget på en model.',
    ],
    ['an address in a sentence, with commas', 'Henvendelse kan ske til Styrelsen, Vejlevej 1, 1234 Byen, tlf. 12 34 56 78.'],
    ['a telephone number in a sentence', 'Borgere kan ringe på Tlf. 33 92 33 50 eller skrive til ministeriet.'],
    // Years in a row read as a telephone number, and a year before a name as a postcode: no label, no address.
    ['a chart’s axis of years', 'Danmark 2013 2014 2015 Sverige'],
    ['a date before a unit’s name', '/ Inger Støjberg Anette Görtz 4. april 2016 Koncernøkonomi'],
    ['an address alone under a name (a signature’s block, not the footer’s)', 'Manu Sareen Frederiksholms Kanal 211220 København K'],
    ['a request to give a reference in a sentence of the answer', 'Borgeren bedes oplyse sit akt nr. ved henvendelse til kommunen.'],
    ['a suspended compound after the banner', 'både sundheds- PDF to HTML - Convert PDF files to HTML files 2 og ældreområdet'],
  ])('leaves %s', (_, text) => {
    const result = withoutFurniture(text)
    if (text.includes('PDF to HTML')) expect(result).toBe('både sundheds- og ældreområdet')
    else expect(result).toBe(text)
  })
})

describe('findAnswer: furniture in the answer’s paragraphs', () => {
  it('takes a footer glued into the last paragraph out of the text and its blocks', () => {
    const tree = textToTree(
      'Svar:\nOpgørelsen af efterlønsmodtagere er opgjort ultimo året. Finansministeriet · Christiansborg Slotsplads 1 · 1218 København K · T 33 92 33 33 · E [email protected] · www.fm.dk',
    )
    const found = findAnswer({ tree, lines: lineView(tree), messages: new Messages() }, 0)
    expect(found.text).toBe('Opgørelsen af efterlønsmodtagere er opgjort ultimo året.')
    expect(found.blocks).toEqual([{ type: 'paragraph', text: 'Opgørelsen af efterlønsmodtagere er opgjort ultimo året.' }])
  })

  it('drops an address paragraph between the answer’s paragraphs', () => {
    const tree = textToTree(
      'Svar:\nLad mig indledningsvis sige, at spørgsmålet er vigtigt.\n\nSlotsholmsgade 101216 København K.\n\nDet er som bekendt ikke første gang, at sagen er rejst.',
    )
    const found = findAnswer({ tree, lines: lineView(tree), messages: new Messages() }, 0)
    expect(found.text).toBe(
      'Lad mig indledningsvis sige, at spørgsmålet er vigtigt.\n\nDet er som bekendt ikke første gang, at sagen er rejst.',
    )
  })
})
