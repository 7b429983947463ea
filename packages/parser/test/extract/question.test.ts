import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lineView } from '../../src/extract/lines.js'
import { findPreamble } from '../../src/extract/preamble.js'
import { findQuestion, unquote } from '../../src/extract/question.js'
import { findTidendeHead } from '../../src/extract/tidende.js'
import { textToTree } from '../../src/input/text.js'
import { Messages } from '../../src/messages.js'
import { parse, parseAll } from '../../src/parse.js'

function question(text: string) {
  const tree = textToTree(text)
  const context = { tree, lines: lineView(tree), messages: new Messages() }
  // As the record reads it: the question after the preamble.
  const preamble = findPreamble(context)?.lines.at(-1)
  return findQuestion(context, preamble ? preamble.index + 1 : 0)
}

describe('unquote: the quotes around a question', () => {
  it.each([
    ['”Vil ministeren oplyse, hvorfor?”', 'Vil ministeren oplyse, hvorfor?'],
    ['”Hvor mange patienter er henvist til centret?”.', 'Hvor mange patienter er henvist til centret?'],
    ['„Vil ministeren redegøre for sagen?“', 'Vil ministeren redegøre for sagen?'],
    ['»Vil ministeren kommentere artiklen?«', 'Vil ministeren kommentere artiklen?'],
    ['’Vil ministeren kommentere ’Foreningens’ synspunkter?’', 'Vil ministeren kommentere ’Foreningens’ synspunkter?'],
    // Two single quotes for a double one at both ends (round 17: Udenrigsministeriet, 2006).
    ['’’Vil udenrigsministeren redegøre for udviklingen i Irak?’’', 'Vil udenrigsministeren redegøre for udviklingen i Irak?'],
    ['‘‘Hvor mange sager er der?’’.', 'Hvor mange sager er der?'],
    ['”Vil ministeren oplyse, hvorfor?', 'Vil ministeren oplyse, hvorfor?'],
    ['Vil ministeren oplyse, hvorfor?”', 'Vil ministeren oplyse, hvorfor?'],
    // A closing mark alone at the end (its opening lost) after quotations the text closes itself (sixty-eighth
    // session, from \`pnpm question-probe\`); near misses: a quotation the text opens and that mark closes.
    ['Er Søby Havn en »ekstra havn« i ordningen?”', 'Er Søby Havn en »ekstra havn« i ordningen?'],
    [
      'Vil ministeren kommentere artiklen ”Muligt lovbrud”, Berlingske den 18. januar 2015.”',
      'Vil ministeren kommentere artiklen ”Muligt lovbrud”, Berlingske den 18. januar 2015.',
    ],
    ['Vil ministeren kommentere artiklen ”Muligt lovbrud”', 'Vil ministeren kommentere artiklen ”Muligt lovbrud”'],
    ['Vil ministeren kommentere udtalelsen om at, ”der er for få”.', 'Vil ministeren kommentere udtalelsen om at, ”der er for få”.'],
    // A closing mark doubled, with no quotation inside it could close (a 2004 rendition).
    [
      '"Ministeren bedes kommentere henvendelsen, jf. alm. del – bilag 60”"',
      'Ministeren bedes kommentere henvendelsen, jf. alm. del – bilag 60',
    ],
    ['»Ministeren bedes kommentere henvendelsen, jf. bilag 60«"', 'Ministeren bedes kommentere henvendelsen, jf. bilag 60'],
    ['’’Ministeren bedes kommentere henvendelsen, jf. bilag 60”"', 'Ministeren bedes kommentere henvendelsen, jf. bilag 60'],
    // Near miss: an inner quotation closed right before the outer one keeps its mark.
    ['"Vil ministeren kommentere artiklen ”Flere ledige”"', 'Vil ministeren kommentere artiklen ”Flere ledige”'],
    // An inner quotation's opening mark glued to the word before it (a glued rendition, seventy-first session).
    [
      '”Mener ministeren, at der står et ”bør” og ikke et”skal”, at politiet skal rykke ud?”',
      'Mener ministeren, at der står et ”bør” og ikke et”skal”, at politiet skal rykke ud?',
    ],
    // Near miss: two quotations, the first closing before the text ends, stay as they are.
    ['”Vil ministeren svare?” og”Vil ministeren oplyse?”', '”Vil ministeren svare?” og”Vil ministeren oplyse?”'],
  ])('%s', (text, expected) => {
    expect(unquote(text)).toBe(expected)
  })

  it.each([
    ['Alm. del – ”Vil ministeren oplyse antallet?”', 'Vil ministeren oplyse antallet?'],
    ['BEU alm. del - Vil ministeren oplyse antallet?', 'Vil ministeren oplyse antallet?'],
    ['L 22 – ”Vil ministeren oplyse antallet?”', 'Vil ministeren oplyse antallet?'],
  ])('drops the case named before the question: %s', (text, expected) => {
    expect(unquote(text)).toBe(expected)
  })

  it.each([
    [
      'Hvorfor har regeringen så kun afsat et mindre beløb? Spørger: Christine Antorini (S)',
      'Hvorfor har regeringen så kun afsat et mindre beløb?',
    ],
    ['Vil ministeren oplyse antallet? Medspørgere: Holger K. Nielsen (SF)', 'Vil ministeren oplyse antallet?'],
    // Near miss: no sentence's end before the word.
    ['Vil ministeren svare den spørger: hvad nu?', 'Vil ministeren svare den spørger: hvad nu?'],
  ])('drops the asker’s label after the question’s last sentence: %s', (text, expected) => {
    expect(unquote(text)).toBe(expected)
  })

  it('drops the asker sentence’s first words glued to the question’s end, the rest on the next line', () => {
    expect(unquote('Vil ministeren sikre centrets eksistens, jf. svaret af 28. marts 2003.Spørgsmålet er')).toBe(
      'Vil ministeren sikre centrets eksistens, jf. svaret af 28. marts 2003.',
    )
    // Near miss: the word in lower case ending a question that names it is the question's.
    expect(unquote('Vil ministeren svare på det stillede spørgsmålet')).toBe('Vil ministeren svare på det stillede spørgsmålet')
  })

  it('keeps a question that opens with the case in its sentence', () => {
    expect(unquote('Alm. del-spørgsmål 12 blev ikke besvaret; vil ministeren besvare det?')).toBe(
      'Alm. del-spørgsmål 12 blev ikke besvaret; vil ministeren besvare det?',
    )
  })

  it.each([
    'Ministeren bedes bekræfte forholdet om at, ”der er opgaver forbundet med statistikken”.',
    'Vil ministeren kommentere artiklen ”Fonden et misfoster”?',
    'Vil ministeren oplyse, hvad ’gråzone’ betyder?',
  ])('keeps the quotes inside "%s"', (text) => {
    expect(unquote(text)).toBe(text)
  })
})

describe('unquote: a deadline inside the question’s own quotes (round 155’s training, MOF 2024)', () => {
  it('keeps the deadline before the closing quote as the question’s words', () => {
    expect(unquote('”Mener ministeren, at det er betryggende? Svaret bedes oversendt forud for besvarelsen af samrådsspørgsmål AD.”')).toBe(
      'Mener ministeren, at det er betryggende? Svaret bedes oversendt forud for besvarelsen af samrådsspørgsmål AD.',
    )
  })

  it('near miss: a deadline after the closing quote, or with no quotes, goes', () => {
    expect(unquote('”Mener ministeren, at det er betryggende?” Svaret bedes oversendt forud for besvarelsen af samrådsspørgsmål AD.')).toBe(
      'Mener ministeren, at det er betryggende?',
    )
    expect(unquote('Mener ministeren, at det er betryggende? Svaret bedes oversendt forud for besvarelsen af samrådsspørgsmål AD.')).toBe(
      'Mener ministeren, at det er betryggende?',
    )
  })
})

describe('unquote: a question that quotes someone', () => {
  it.each([
    [
      '”Hvad er regeringens svar til Robert, der stillede følgende spørgsmål: »Hvorfor fjerner I en helligdag?«?”',
      'Hvad er regeringens svar til Robert, der stillede følgende spørgsmål: »Hvorfor fjerner I en helligdag?«?',
    ],
    [
      '„Vil ministeren kommentere udtalelsen »Det gør vi ikke« i avisen?“',
      'Vil ministeren kommentere udtalelsen »Det gør vi ikke« i avisen?',
    ],
    ['”Vil ministeren kommentere artiklen "Ny plan" i Politiken?”', 'Vil ministeren kommentere artiklen "Ny plan" i Politiken?'],
    ['”Vil ministeren kommentere udtalelsen »Det gør vi ikke«”', 'Vil ministeren kommentere udtalelsen »Det gør vi ikke«'],
  ])('only the outer quotes go: %s', (text, expected) => {
    expect(unquote(text)).toBe(expected)
  })

  it('keeps two quoted questions in one paragraph two, quotes and all', () => {
    const text = '”Vil ministeren oplyse antallet?” og ”Vil ministeren oplyse prisen?”'
    expect(unquote(text)).toBe(text)
  })

  it('unquotes paragraphs each quoted on their own each on its own', () => {
    expect(unquote('”Vil ministeren oplyse antallet?”\n\n”Vil ministeren oplyse prisen?”')).toBe(
      'Vil ministeren oplyse antallet?\n\nVil ministeren oplyse prisen?',
    )
  })

  it('keeps the quotation of a question with no quotes of its own', () => {
    const text = 'Hvad er regeringens svar til Robert, der spurgte: »Hvorfor fjerner I en helligdag?«'
    expect(unquote(text)).toBe(text)
  })
})

describe('findQuestion', () => {
  it('reads a quoted question that quotes someone, across lines, as one paragraph', () => {
    const found = question(
      'Spørgsmål nr. S 231:\n”Hvad er regeringens svar til Robert på 9 år, der i et læserbrev lørdag den 4. fe-\nbruar 2023 i Politiken stillede følgende spørgsmål: »Hvorfor fjerner I en helligdag,\nnår det ikke gør noget godt for klimaet?«?”\nSvar\nFsa. spørgsmål om helligdage henvises der til ministeren.',
    )
    expect(found?.text).toBe(
      'Hvad er regeringens svar til Robert på 9 år, der i et læserbrev lørdag den 4. februar 2023 i Politiken stillede følgende spørgsmål: »Hvorfor fjerner I en helligdag, når det ikke gør noget godt for klimaet?«?',
    )
  })

  it('goes on past a line that closes only the inner quotation', () => {
    const found = question(
      'Spørgsmål nr. 12:\n\n„Vil ministeren kommentere borgmesterens udtalelse »Det gør vi ikke«\nog oplyse, om ministeren er enig?“\n\nSvar:\nJa.',
    )
    expect(found?.text).toBe('Vil ministeren kommentere borgmesterens udtalelse »Det gør vi ikke« og oplyse, om ministeren er enig?')
  })

  it('ends a quoted question whose inner quote lost its closing at the closing quote all the same', () => {
    const found = question(
      'Spørgsmål nr. 1:\n”Ministeren bedes oplyse, hvor mange der modtager ”hjælp i særlige tilfælde efter reglerne”\nEfter loven kan kommunerne udbetale hjælp.\n\nMed venlig hilsen',
    )
    expect(found?.text).toBe('Ministeren bedes oplyse, hvor mange der modtager ”hjælp i særlige tilfælde efter reglerne')
  })

  it("ends a question on ft.dk's question page at its page fields", () => {
    const found = question('Spørgsmål 16\n\nHvad er ministerens kommentar til artiklen?\nDato: 16-11-2004\nStatus: Endeligt besvaret')
    expect(found?.text).toBe('Hvad er ministerens kommentar til artiklen?')
  })

  it("reads ft.dk's question page stored without its address: the question from the top to the page's fields", () => {
    const found = question(
      'Ministeren bedes redegøre for planerne og herunder oplyse:\n- om tidsplanen holder?\nDato: 28-05-2010\nStatus: Besvaret',
    )
    expect(found?.text).toBe('Ministeren bedes redegøre for planerne og herunder oplyse: - om tidsplanen holder?')
  })

  it("keeps a long paragraph's hyphens on ft.dk's question page: a line there is a paragraph, not a glued one", () => {
    const item =
      '- om ministeren finder, at Danmark midt i en økonomisk krisetid har behov for nye radioeksperimenter fremfor at styrke og forbedre de public service-medier, vi allerede har,'
    const found = question(
      `Ministeren bedes redegøre for planerne og herunder oplyse:\n${item}\n- om tidsplanen holder?\nDato: 28-05-2010\nStatus: Besvaret`,
    )
    expect(item.length).toBeGreaterThan(160)
    expect(found?.text).toContain('de public service-medier, vi allerede har, - om tidsplanen holder?')
  })

  it('near miss: a status line under no page date is no question page', () => {
    const found = question('Ministeren bedes redegøre for planerne og herunder oplyse:\n- om tidsplanen holder?\nStatus: Besvaret')
    expect(found).toBeUndefined()
  })

  it("takes a cover page's heading of the same number for a title", () => {
    const found = question(
      'Spørgsmål nr. 57\n(alm. del)\nSkrivelse af 14. marts 2006\nSvar til Folketingets kulturudvalg fra kulturministeren.\n\nSpørgsmål nr. 57:\n”Vil ministeren kommentere synspunkterne?”\n\nSvar:\nJa.',
    )
    expect(found?.text).toBe('Vil ministeren kommentere synspunkterne?')
    expect(found?.numbers).toContain('57')
  })

  it("takes a cover page's numbered heading for a title before a bare label", () => {
    const found = question(
      'Spørgsmål nr. 31\n(alm. del), museer\nSkrivelse af 2. marts 2006\nSvar til Folketingets kulturudvalg fra kulturministeren.\n\nSpørgsmål:\n"Vil ministeren oplyse antallet af statsanerkendte museer?"\n\nSvar:\nDer er 110.',
    )
    expect(found?.text).toBe('Vil ministeren oplyse antallet af statsanerkendte museer?')
    expect(found?.numbers).toEqual(['31'])
  })

  it('reads a quoted question on after an inner quotation closed with the other mark ("… ”inner … ." / … ")', () => {
    const found = question(
      'Spørgsmål:\n"Ministeren skriver i svaret på spørgsmål 21, ”ved ændringen af ferieloven gennemførtes en kampagne."\n\nMinisteren bedes redegøre for, hvorfor kampagnen ikke ændrede praksis."\n\nSvar:\nDet gør jeg gerne.',
    )
    expect(found?.text).toBe(
      // The inner quotation's closing mark stays as written; the outer quotation's marks go.
      'Ministeren skriver i svaret på spørgsmål 21, ”ved ændringen af ferieloven gennemførtes en kampagne."\n\nMinisteren bedes redegøre for, hvorfor kampagnen ikke ændrede praksis.',
    )
  })

  it('keeps both where the numbered heading already asks before a bare label (near miss)', () => {
    const found = question('Spørgsmål nr. 31\nHvor mange museer er der?\n\nSpørgsmål:\nHvor mange besøgende har de?\n\nSvar:\nDer er 110.')
    expect(found?.text).toBe('Hvor mange museer er der?\n\nHvor mange besøgende har de?')
  })

  it('keeps the first question of a further answer that repeats it after the answer', () => {
    const found = question('Spørgsmål 3:\n”Hvorfor?”\n\nSvar:\nDerfor.\n\nSpørgsmål 3:\n”Hvorfor?”\n\nSupplerende svar:\nOgså derfor.')
    expect(found?.text).toBe('Hvorfor?')
  })

  it('reads the question after a preamble that ends "… følgende / spørgsmål:", past the case named again', () => {
    const found = question(
      'I brev af 17. december 2018 har Undervisningsudvalget stillet mig følgende\nspørgsmål:\n\nAlm. del spørgsmål 142\nVil ministeren redegøre for antallet af studerende?\n\nSvar\nBestanden fremgår af tabel 1.',
    )
    expect(found?.text).toBe('Vil ministeren redegøre for antallet af studerende?')
  })

  it('… and past the case named with a stop after `del` (`Alm. del. spørgsmål 113`)', () => {
    const found = question(
      'I brev af 3. december 2021 har udvalget stillet mig følgende\nspørgsmål:\n\nAlm. del. spørgsmål 113\nVil ministeren redegøre for tolkeuddannelsen?\n\nSvar\nUdvalget har inddraget bidragene.',
    )
    expect(found?.text).toBe('Vil ministeren redegøre for tolkeuddannelsen?')
  })

  it('… and past the case named with a comma and a full stop (`EUU alm. del, spørgsmål nr. 20.`)', () => {
    const found = question(
      'Udvalget udbeder sig ministerens besvarelse af følgende\nspørgsmål:\nEUU alm. del, spørgsmål nr. 20.\nRegeringen bedes oplyse, i hvilke tilfælde Kommissionen\nnotificeres.\n\nSvar:\nMedlemsstaterne er ansvarlige.',
    )
    expect(found?.text).toBe('Regeringen bedes oplyse, i hvilke tilfælde Kommissionen notificeres.')
  })

  it.each([
    // A case document's or a bill's case named the same way (sixty-ninth session; a training letter, 20181_euu_kom20180367_spm2).
    ['KOM (2018) 0367, spørgsmål 2'],
    ['L 45 - spørgsmål nr. 2'],
    ['Aktstk. 12, spørgsmål 2:'],
  ])('… and past a case document or bill named so (`%s`)', (title) => {
    const found = question(
      `I brev af 26. november 2018 har udvalget efter ønske fra Søren Søndergaard (EL)\nstillet mig følgende spørgsmål:\n${title}\nMinisteren bedes redegøre for, hvorvidt der kan blive tale om brugerbetaling\ni forbindelse med programmet.\nSvar:\nDer er ikke tale om brugerbetaling.`,
    )
    expect(found?.text).toBe('Ministeren bedes redegøre for, hvorvidt der kan blive tale om brugerbetaling i forbindelse med programmet.')
  })

  it('near miss: a first line that names a case and goes on in a sentence stays the question’s', () => {
    const found = question(
      'I brev af 26. november 2018 har udvalget stillet mig følgende spørgsmål:\nKOM (2018) 0367, spørgsmål 2 i udvalgets liste, bedes besvaret:\nVil ministeren redegøre for brugerbetalingen?\nSvar:\nDer er ikke tale om brugerbetaling.',
    )
    expect(found?.text).toMatch(/^KOM \(2018\) 0367, spørgsmål 2 i udvalgets liste/u)
  })

  it('… and past a title that names the case and the question in words (`Vedr. forslag til lov … (L29), spørgsmål nr. 34`)', () => {
    const found = question(
      'Udvalget udbeder sig ministerens besvarelse af følgende\nspørgsmål:\nVedr. forslag til lov om omdannelse af retsforbeholdet til\nen tilvalgsordning (L29), spørgsmål nr. 34\n\nMinisteren bedes forklare, hvori forskellen mellem den\ndanske og den britiske tilvalgsordning består.\n\nSvar:\nVed en overgang til tilvalgsordningen vil Danmark få en ordning som Storbritannien.',
    )
    expect(found?.text).toBe('Ministeren bedes forklare, hvori forskellen mellem den danske og den britiske tilvalgsordning består.')
  })

  it('near miss: a question that ends by citing another answer keeps its text (`… jf. L 147 - svar på spm. 11.`)', () => {
    const found = question(
      'Udvalget udbeder sig ministerens besvarelse af følgende\nspørgsmål:\nVil ministeren kontakte kommunerne om de brugte timer, jf. L 147 - svar på spm. 11.\n\nSvar:\nJa.',
    )
    expect(found?.text).toBe('Vil ministeren kontakte kommunerne om de brugte timer, jf. L 147 - svar på spm. 11.')
  })

  it('reads a quoted question glued to the sentence that announces it', () => {
    const found = question(
      'Kirkeudvalget har ved brev af 6. december 2013 bedtom min besvarelse af spørgsmål:”Vil ministeren klargøre sagen?”\n\nSvar:\nJa.',
    )
    expect(found?.text).toBe('Vil ministeren klargøre sagen?')
  })

  it('takes no heading from a line that is only the word "spørgsmålet"', () => {
    expect(question('Tak for ordet. Jeg er klar over, at\nspørgsmålet\nblev stillet for længe siden.')).toBeUndefined()
  })

  it('takes no quote the answer cites after running text for the question', () => {
    expect(
      question(
        'Berigtigelse af svar på spørgsmål nr. 7 (alm. del) fra Folketingets Retsudvalg\nRetsudvalget stillede den 10. oktober 2019 spørgsmål nr. 7 (alm. del) til ministeren.\n\nDet fremgår blandt andet af besvarelsen af 18. februar 2020, at der er tre personer i udsendelsesposition til landet.\n\nRigspolitiet har oplyst følgende:\n\n”Politiet anvender en kategorisering af landene.”',
      ),
    ).toBeUndefined()
  })

  it("reads a quoted question after a cover page's signature, address and title", () => {
    const found = question(
      'Søren Pape Poulsen\n/\nMads Møller Langtved Slotsholmsgade 10 1216 København K. Telefon 7226 8400 Telefax 3393 3510\n\nSpørgsmål nr. 22 fra Folketingets Retsudvalg vedrørende forslag til lov om ændring af straffeloven (L 95):\n\n”Vil ministeren redegøre for forslaget?”\n\nSvar:\nJa.',
    )
    expect(found?.text).toBe('Vil ministeren redegøre for forslaget?')
  })

  it('keeps the references a committee adds after an unheaded question mark', () => {
    const found = question(
      'Samrådsspørgsmål A\nI lyset af afsløringerne af, at KL har overdrevet de administrative byrder, bedes ministeren\nforklare, om regeringen stadig har tillid til oplysningerne?\nDer henvises til artiklen ”Afsløring: KL fik amputeret minimumsnormeringer på falsk grundlag”,\nbupl.dk, den 12. september 2024.\nLad mig begynde med at sige, at sagen er vigtig for alle de mange børn og\nforældre, og at regeringen tager den alvorligt.',
    )
    expect(found?.text).toBe(
      'I lyset af afsløringerne af, at KL har overdrevet de administrative byrder, bedes ministeren forklare, om regeringen stadig har tillid til oplysningerne?\n\nDer henvises til artiklen ”Afsløring: KL fik amputeret minimumsnormeringer på falsk grundlag”, bupl.dk, den 12. september 2024.',
    )
  })

  it('does not take the speech after an unheaded question for a reference', () => {
    const found = question(
      'Samrådsspørgsmål A\n\nVil ministeren forklare sagen?\n\nDer er tale om en vigtig sag, og jeg henviser til min tale.',
    )
    expect(found?.text).toBe('Vil ministeren forklare sagen?')
  })
})

describe('findQuestion: a heading that names the case before the question', () => {
  it.each([
    [
      'URU alm. del spørgsmål 3:\nHvad er ministerens holdning til henvendelsen?\nSvar:\nPunkt 1:',
      'Hvad er ministerens holdning til henvendelsen?',
    ],
    [
      'Alm. del spørgsmål 123\nVil ministeren oversende en oversigt over ansøgere?\nSvar\nTilgangen er steget.',
      'Vil ministeren oversende en oversigt over ansøgere?',
    ],
    [
      '§ 16 Spørgsmål nr. 14:\n’’Hvor stort et beløb modtager kommunerne i 2011?”\nSvar:\nTilskudsrammen udgør 500 mio. kr.',
      'Hvor stort et beløb modtager kommunerne i 2011?',
    ],
    [
      'L 195 – Spørgsmål 41:\nVil ministeren fremsende en opgørelse over skattelettelsen?\nSvar:\nTabel 1 viser fordelingen.',
      'Vil ministeren fremsende en opgørelse over skattelettelsen?',
    ],
    [
      'Aktstykke spørgsmål\nVil ministeren redegøre for, hvem der bruger det fleksible su-år?\nSvar\nSU-modtagere gør i højere grad brug af det.',
      'Vil ministeren redegøre for, hvem der bruger det fleksible su-år?',
    ],
    ['Aktstykke 108 spørgsmål 3:\nKan ministeren oplyse udgiften?\nSvar:\nUdgiften er 4 mio. kr.', 'Kan ministeren oplyse udgiften?'],
    // The committee's code alone before the word.
    ['FOU spørgsmål 289:\nMinisteren bedes redegøre for sagen.\nSvar:\nSagen er belyst.', 'Ministeren bedes redegøre for sagen.'],
  ])('%s', (text, expected) => {
    expect(question(text)?.text).toBe(expected)
  })

  it.each([
    ['Beslutningsforslag B 137 - spørgsmål nr. 2:\n”Hvad er klimabelastningen?”\nSvar:\nDen kendes ikke.', '2', 'B 137'],
    ['L 195 – Spørgsmål 41:\nVil ministeren fremsende en opgørelse?\nSvar:\nTabel 1 viser den.', '41', 'L 195'],
    // The bill after the heading's own word (Transportministeriet 2013; fifty-fourth session).
    ['Spørgsmål nr. B33 spm. 4:\nMinisteren bedes kommentere henvendelsen.\nSvar:\nJeg har forelagt spørgsmålet.', '4', 'B33'],
    // The committee's code before the bill, also with a dash between (Udenrigsministeriet 2014; sixty-second session).
    ['FOU – B 122 spørgsmål 12:\nVil ministeren redegøre for operationen?\nSvar:\nDet danske bidrag sker efter samtykke.', '12', 'B 122'],
    ['FOU B 26 – spørgsmål 3:\nVil ministeren redegøre for operationen?\nSvar:\nDet danske bidrag sker efter samtykke.', '3', 'B 26'],
    // Near miss: an ordinary question's case before the word names no bill.
    ['URU alm. del spørgsmål 3:\nHvad er holdningen?\nSvar:\nPunkt 1:', '3', undefined],
    ['FOU spørgsmål 289:\nHvad er holdningen?\nSvar:\nPunkt 1:', '289', undefined],
  ])('reads the number and the bill the heading names before its word: %s', (text, number, bill) => {
    const found = question(text)
    expect(found?.numbers).toEqual([number])
    expect(found?.bill).toBe(bill)
  })

  it('reads a heading whose case has a stop after "del" (`Alm. del. spørgsmål 113`; fifty-third session)', async () => {
    const text =
      'Ministeren\nUdlændinge- og Integrationsudvalget\nI brev af 3. december 2021 har udvalget efter ønske fra Rosa Lund (EL) stillet mig følgende spørgsmål:\nAlm. del. spørgsmål 113\nVil ministeren redegøre for, hvilke aktører udvalget har inddraget?\nSvar\nTolkeudvalget har inddraget de skriftlige bidrag.\n'
    const record = await parse(text)
    expect(record.question).toMatchObject({ number: '113', text: 'Vil ministeren redegøre for, hvilke aktører udvalget har inddraget?' })
    // Near miss: a stop after `del` that ends a sentence naming no question heads nothing.
    expect(question('Alm. del. Spørgsmålet er besvaret.\nSvar:\nJa.')?.numbers ?? []).toEqual([])
  })

  it('near miss: a word that is no committee’s code before a dash and a bill heads no question', () => {
    expect(question('Svar – B 122 spørgsmål 12:\nHvad er holdningen?\nSvar:\nPunkt 1:')?.bill).toBeUndefined()
  })

  it('near miss: a bill after the heading word with no second question word is no case before the heading', () => {
    expect(question('Spørgsmål nr. B33 om alkolåse:\nMinisteren bedes kommentere henvendelsen.\nSvar:\nJa.')?.bill).toBeUndefined()
  })

  it('takes no question from such a line titling an answer that has no answer heading', () => {
    expect(question('KOU alm. del - Spørgsmål 154\nFordelingen af udgifter på regioner fremgår af tabellen.')).toBeUndefined()
  })
})

describe('ft.dk’s old case page of a § 20 question (forty-second session)', () => {
  const page = (wording: string) =>
    `§ 20-spørgsmål S 1682 Om influenzamedicin.\n\nTil: Indenrigs- og sundhedsminister Lars Løkke Rasmussen (V)\nDato: 23-12-2004\nSamling: 2004-05 (1. samling)\nStatus: Besvaret, endeligt\n\nOm § 20-spørgsmålet\n\nSagsgang:\nAnmeldelse 23-12-2004\n${wording}\nSkriftlig begrundelse:\nIfølge avisen har styrelsen anbefalet et mindre indkøb.\nDokumentdato: 18-01-2005\n\nSvar på spm. nr. S 1682\n\nsvarspmS1682 (pdf-version)\nHtml-version\n`

  it('reads the question under `Spørgsmålets ordlyd:`, up to the next label', async () => {
    const record = await parse(page('Spørgsmålets ordlyd:\nVil ministeren redegøre for indkøbet af influenzamedicin?'))
    expect(record.question.text).toBe('Vil ministeren redegøre for indkøbet af influenzamedicin?')
    expect(record.question.number).toBe('1682')
  })

  it('near miss: the words in a sentence are no label', async () => {
    const record = await parse(page('Spørgsmålets ordlyd: se nedenfor.\nVil ministeren redegøre for indkøbet af influenzamedicin?'))
    expect(record.question.text).toBeNull()
  })
})

describe('findQuestion: the head of a § 20 answer', () => {
  it('passes over "Stillet den …" and "Svar til folketingsmedlem …" between the number and the question', () => {
    const found = question(
      'Spørgsmål nr. S 800\n\nStillet den 14. januar 2010\nSvar til folketingsmedlem Mogens Jensen (S) fra kulturministeren.\n\nSpørgsmål:\n\nFinder ministeren det rimeligt?\n\nSvar:\n\nVed et møde fik ordføreren en oversigt.',
    )
    expect(found?.text).toBe('Finder ministeren det rimeligt?')
  })
  it('passes over "Stillet af … den …" before the question itself', () => {
    const found = question(
      'Spørgsmål nr. S 4711:\nStillet af Per Hansen (V) den 3. marts 2009\n”Vil ministeren oplyse prisen?”\nSvar:\nPrisen er 5 kr.',
    )
    expect(found?.text).toBe('Vil ministeren oplyse prisen?')
  })
  it('keeps a question that opens with "Stillet over for …" as its own text', () => {
    const found = question('Spørgsmål nr. 12:\nStillet over for kritikken, vil ministeren så ændre reglerne?\nSvar:\nNej.')
    expect(found?.text).toBe('Stillet over for kritikken, vil ministeren så ændre reglerne?')
  })
})

describe('findQuestion: the opening quote alone on a line', () => {
  it.each([
    [
      'Spørgsmål nr. 658:\n”\nVil ministeren redegøre for, hvad den gennemsnitlige modtager af hjemmehjælp\nmodtog i 2016?”\nSvar:\nDer lægges til grund, at …',
    ],
    ['Spørgsmål nr. 12:\n\n»\n\nKan ministeren oplyse prisen?«\n\nSvar:\n\nPrisen er 5 kr.'],
    ['Spørgsmål:\n"\nHvor mange sager er der?"\nBesvarelse:\nDer er 14 sager.'],
  ])('reads the question after it: %s', (text) => {
    const found = question(text)
    expect(found?.text).toMatch(/^(?:Vil|Kan|Hvor)\s/u)
    expect(found?.text).not.toMatch(/[”»"]/u)
  })

  it('not a quote mark that closes a question on its own line: the question ends there', () => {
    expect(question('Spørgsmål nr. 12:\n”Vil ministeren oplyse prisen?\n”\nSvar:\nPrisen er 5 kr.')?.text).toBe(
      'Vil ministeren oplyse prisen?',
    )
  })
})

describe('findQuestion: a § 20 question as Folketingstidende prints it', () => {
  /** As the record reads it: the question after Folketingstidende's head (the number and the address line). */
  function tidendeQuestion(text: string) {
    const tree = textToTree(text)
    const context = { tree, lines: lineView(tree), messages: new Messages() }
    const head = findTidendeHead(context)?.preamble.lines.at(-1)
    return findQuestion(context, head ? head.index + 1 : 0)
  }
  const page = (address: string, asker: string, question: string) =>
    `Spm. nr. S 2307\n\n${address}\n\n${asker}\n\n${question}\n\nSvar (3/3 04)\n\nStatsministeren (Anders Fogh Rasmussen):\n\nSpørgsmålet kræver gennemgang af et omfattende materiale.`

  it.each([
    ['Til statsministeren (20/2 04) af:', 'Søren Søndergaard (EL):'],
    ['Til ministeren for fødevarer, landbrug og fiskeri (3/12 03) af:', 'Pia Christmas-Møller (KF):'],
    ['Til justitsministeren (14/1 05) af:', 'Anne-Marie Meldgaard (S):'],
  ])('reads the question in »…« under %s', (address, asker) => {
    expect(tidendeQuestion(page(address, asker, '»Vil ministeren oplyse prisen?«'))?.text).toBe('Vil ministeren oplyse prisen?')
  })

  it('drops the number restated after the closing quote, and ends at the answer heading', () => {
    const found = tidendeQuestion(
      page('Til statsministeren (20/2 04) af:', 'Søren Søndergaard (EL):', '»Vil statsministeren redegøre for sagen?« (Spm. nr. S 2307).'),
    )
    expect(found?.text).toBe('Vil statsministeren redegøre for sagen?')
  })

  it('reads a question that lost its opening quote', () => {
    const found = tidendeQuestion(
      page('Til statsministeren (20/2 04) af:', 'Søren Søndergaard (EL):', 'Vil statsministeren oversende en liste over produkterne?«'),
    )
    expect(found?.text).toBe('Vil statsministeren oversende en liste over produkterne?')
  })

  it('reads a question in no quotes at all, up to the answer heading', () => {
    const found = tidendeQuestion(
      page('Til justitsministeren (14/1 05) af:', 'Ole Dal (SF):', 'Hvad vil ministeren gøre ved ventetiderne?'),
    )
    expect(found?.text).toBe('Hvad vil ministeren gøre ved ventetiderne?')
  })

  it('a quoted question in a letter never runs past its answer heading, its closing quote lost', () => {
    const found = question('”Vil ministeren oplyse prisen?\n\nSvar:\n\nPrisen er 5 kr.\n\nMed venlig hilsen\n\nOle Hansen')
    expect(found?.text).toBe('Vil ministeren oplyse prisen?')
  })

  it('ends an unquoted question at its number note on the same line; the reasons after it are not its (§ 20, 2023)', () => {
    const found = question(
      'Spørgsmål nr. S 206:\nHvad er ministerens holdning til at gøre ligesom i Norge, hvor alle lærere\nskal være uddannede? (Spm. nr. S 206).\nDer henvises til artiklen »Kan bli krav for fast jobb« på nrk.no.\nSvar:\nJeg følger sagen.',
    )
    expect(found?.text).toBe('Hvad er ministerens holdning til at gøre ligesom i Norge, hvor alle lærere skal være uddannede?')
    // The note broken over a line end.
    const broken = question(
      'Spørgsmål nr. S 206:\nHvad er ministerens holdning til at gøre ligesom i Norge, hvor alle lærere skal være uddannede? (Spm.\nnr. S 206).\nDer henvises til artiklen »Kan bli krav for fast jobb« på nrk.no.\nSvar:\nJeg følger sagen.',
    )
    expect(broken?.text).toBe('Hvad er ministerens holdning til at gøre ligesom i Norge, hvor alle lærere skal være uddannede?')
    // Near miss: a question that names another's number inside it goes on.
    const inside = question(
      'Spørgsmål nr. S 207:\nHvordan følger ministeren op på svaret (Spm. nr. S 12) i sagen\nom lærerne?\nSvar:\nJeg følger sagen.',
    )
    expect(inside?.text).toBe('Hvordan følger ministeren op på svaret (Spm. nr. S 12) i sagen om lærerne?')
  })

  it('not a number named inside the question, nor a reference in brackets after it that is not its number', () => {
    expect(unquote('»Vil ministeren kommentere svaret (Spm. nr. S 12) igen?«')).toBe(
      'Vil ministeren kommentere svaret (Spm. nr. S 12) igen?',
    )
    expect(unquote('»Vil ministeren kommentere svaret?« (jf. spm. nr. 12).')).toContain('(jf. spm. nr. 12).')
  })
})

describe("findQuestion: the minister's voice ends a question the rendition ran into the answer", () => {
  const letter = (body: string) =>
    `Folketingets Transportudvalg har den 3. maj 2012 stillet følgende spørgsmål nr. 45 (alm. del) til transportministeren, som hermed besvares.\n\nSpørgsmål nr. 45:\n${body}\n\nMed venlig hilsen\n\nHenrik Dam Kristensen`
  it.each([
    ['Vil ministeren oplyse antallet af ulykker?\nJeg kan oplyse, at antallet er 12.', 'Vil ministeren oplyse antallet af ulykker?'],
    ['Kan ministeren bekræfte tallene?\nTransportministeriet har oplyst, at tallene er korrekte.', 'Kan ministeren bekræfte tallene?'],
    [
      'Vil ministeren oplyse prisen?\nTil brug for besvarelsen har jeg indhentet bidrag fra Vejdirektoratet.',
      'Vil ministeren oplyse prisen?',
    ],
    ['Ministeren bedes redegøre for sagen.\nJeg henviser til mit svar på spørgsmål 12.', 'Ministeren bedes redegøre for sagen.'],
    // The first person after its object (sixty-ninth session; a training letter, 20222_tru_spm223).
    [
      'Er ministeren bekendt med, om By og Havn sender problemformuleringen?\nDet er jeg ikke bekendt med.',
      'Er ministeren bekendt med, om By og Havn sender problemformuleringen?',
    ],
    ['Er ministeren enig i kritikken?\nDet er jeg enig i.', 'Er ministeren enig i kritikken?'],
    // … after a request's full stop too (`pnpm question-probe`: another letter's request put in that letter's place).
    [
      'Ministeren bedes kommentere henvendelsen fra Jan Jensen, jf. L 52 - bilag 58.\nDet er jeg ikke bekendt med.',
      'Ministeren bedes kommentere henvendelsen fra Jan Jensen, jf. L 52 - bilag 58.',
    ],
  ])('%s', (body, expected) => {
    expect(question(letter(body))?.text).toBe(expected)
  })

  it('goes on past a question mark when the next line is the question’s own', () => {
    expect(question(letter('Vil ministeren oplyse antallet af ulykker?\nOg vil ministeren oplyse, hvad de har kostet?'))?.text).toBe(
      'Vil ministeren oplyse antallet af ulykker? Og vil ministeren oplyse, hvad de har kostet?',
    )
  })

  it('goes on past a full stop before a sentence about the ministry in the third person', () => {
    expect(question(letter('Ministeriet har tidligere oplyst antallet.\nMinisteriet bedes oplyse prisen?'))?.text).toBe(
      'Ministeriet har tidligere oplyst antallet. Ministeriet bedes oplyse prisen?',
    )
  })
})

describe('findQuestion: a heading that says more after its number, up to its colon', () => {
  const letter = (heading: string) =>
    `Folketingets Retsudvalg har den 4. marts 2025 stillet følgende spørgsmål nr. 671 (alm. del) til justitsministeren, som hermed besvares.\n\n${heading}\nVil ministeren kommentere henvendelsen?\n\nSvar:\nJeg har forståelse for henvendelsen.`
  it.each([
    'Spørgsmål nr. 671 (Alm. del) fra Folketingets Retsudvalg:',
    'Spørgsmål nr. 671 (REU alm. del):',
    'Spørgsmål nr. 671 af 4. marts 2025:',
    'Spørgsmål 671 vedr. L 12:',
    'Spørgsmål nr. 671 stillet af Peter Skaarup (DD):',
    'Spørgsmål nummer 671:',
  ])('%s', (heading) => {
    const found = question(letter(heading))
    expect(found?.text).toBe('Vil ministeren kommentere henvendelsen?')
    expect(found?.headings?.[0]?.number).toBe('671')
  })

  it('not a line that names a question in a sentence without a colon', () => {
    const found = question(letter('Spørgsmål nr. 671 fra Folketingets Retsudvalg er modtaget den 4. marts 2025.'))
    expect(found?.headings ?? []).toHaveLength(0)
  })
})

describe('findQuestion: what follows an unquoted question before its answer', () => {
  const letter = (after: string) =>
    `Folketingets Transportudvalg har den 3. maj 2012 stillet følgende spørgsmål nr. 45 (alm. del) til transportministeren, som hermed besvares.\n\nSpørgsmål nr. 45:\nVil ministeren oplyse antallet af ulykker?\n${after}\n\nSvar:\nAntallet er 12.`
  it.each([
    '(Spørgsmålet er stillet efter ønske fra Kim Christiansen (DF))',
    'Stillet efter ønske fra Kim Christiansen (DF).',
    'Efter ønske fra Kim Christiansen (DF)',
    'Spørger: Kim Christiansen (DF)',
    'Stillet af: Kim Christiansen (DF)',
    'Kim Christiansen (DF)',
    '2/3',
  ])('ends before %s', (after) => {
    expect(question(letter(after))?.text).toBe('Vil ministeren oplyse antallet af ulykker?')
  })

  it.each([
    ['„', '“'],
    ['»', '«'],
    ['”', '”'],
  ])('ends before the asker’s line after a question in %s…%s', (open, close) => {
    const found = question(
      `Spørgsmål nr. 45:\n${open}Vil ministeren oplyse antallet af ulykker?${close}\nKim Christiansen (DF)\n\nSvar:\nAntallet er 12.`,
    )
    expect(found?.text).toBe('Vil ministeren oplyse antallet af ulykker?')
  })

  it('keeps a name and party that a wrapped question names mid-sentence', () => {
    const found = question(
      'Spørgsmål nr. 45:\nVil ministeren kommentere udtalelsen fra\nKim Christiansen (DF)\ni Politiken den 3. maj 2012?\n\nSvar:\nJeg har læst udtalelsen.',
    )
    expect(found?.text).toBe('Vil ministeren kommentere udtalelsen fra Kim Christiansen (DF) i Politiken den 3. maj 2012?')
  })
})

describe('findQuestion: a heading’s words that finish the question’s own sentence', () => {
  it.each([
    ['bedes ministeren på den baggrund besvare følgende', 'spørgsmål:'],
    ['bedes ministeren i den forbindelse svare på følgende tre', 'spørgsmål:'],
    ['beder udvalget ministeren om at besvare', 'spørgsmål 3:'],
  ])('%s / %s', (line, wrapped) => {
    const letter = (join: string) =>
      `Spørgsmål nr. 28:\nDet fremgår af svaret, at politiet vurderede sagen, og at det blev\naftalt at kontakte Arbejdstilsynet, hvis det blev relevant. Derfor\n${line}${join}${wrapped}\nA) Vil ministeren bekræfte, at det er Arbejdstilsynet, der vurderer?\n\nSvar:\nJa.`
    // The same question as where the line did not wrap before the heading's words.
    expect(question(letter('\n'))?.text).toBe(question(letter(' '))?.text)
    expect(question(letter('\n'))?.text).toContain(`${line} ${wrapped}`)
  })

  it('ends at a heading with its capital after a sentence’s end (near miss)', () => {
    const found = question('Spørgsmål nr. 28:\nVil ministeren oplyse tallet?\nSpørgsmål nr. 29:\nVil ministeren oplyse mere?\n\nSvar:\nJa.')
    expect(found?.headings?.map((heading) => heading.number)).toEqual(['28', '29'])
  })
})

describe('findQuestion: paragraphs after the question that are still the question’s', () => {
  it('keeps the committee’s reference after a quoted question, without the quotes', () => {
    const found = question(
      'Spørgsmål nr. 45:\n”Vil ministeren oplyse antallet af ulykker?”\nDer henvises til artiklen i Politiken den 2. maj 2012.\n\nSvar:\nAntallet er 12.',
    )
    expect(found?.text).toBe('Vil ministeren oplyse antallet af ulykker? Der henvises til artiklen i Politiken den 2. maj 2012.')
  })
  it('keeps it as a paragraph of its own where the letter sets it so', () => {
    expect(unquote('”Vil ministeren oplyse antallet?”\n\nDer henvises til artiklen i Politiken.')).toBe(
      'Vil ministeren oplyse antallet?\n\nDer henvises til artiklen i Politiken.',
    )
  })
  it('keeps a further question in a paragraph of its own where no heading says Svar', () => {
    const found = question(
      'Spørgsmål nr. 45:\nVil ministeren oplyse antallet af ulykker?\n\nVil ministeren endvidere oplyse udgifterne?\n\nAntallet er 12.\n\nMed venlig hilsen\nHenrik Dam Kristensen',
    )
    expect(found?.text).toBe('Vil ministeren oplyse antallet af ulykker?\n\nVil ministeren endvidere oplyse udgifterne?')
  })
  it('not an answer paragraph that opens like a question but does not ask', () => {
    const found = question(
      'Spørgsmål nr. 45:\nVil ministeren oplyse antallet af ulykker?\n\nHvad angår antallet, kan ministeren oplyse, at det er 12.\n\nMed venlig hilsen\nHenrik Dam Kristensen',
    )
    expect(found?.text).toBe('Vil ministeren oplyse antallet af ulykker?')
  })
})

describe('findQuestion: a letter’s label column after the question', () => {
  it('ends the question at a label alone on its line (Forsvarsministeriet, 2021)', () => {
    const found = question(
      'Spørgsmål nr. 147:\nMinisteren bedes redegøre for omkostningerne. Omkostningerne bedes udspecificeres.\nDato:\nEnhed:\nSagsnr.:\nDok.nr.:\n18. marts 2021\nTFCOVID\n\nSvar:\nOmkostningerne er opgjort i vedlagte notat.',
    )
    expect(found?.text).toBe('Ministeren bedes redegøre for omkostningerne. Omkostningerne bedes udspecificeres.')
  })
  it('not a label with its value on the line, quoted in the question', () => {
    const found = question(
      'Spørgsmål nr. 147:\nVil ministeren oplyse, hvorfor brevet er mærket\nKontor: Politikontoret\nog ikke andet?\n\nSvar:\nDet er en fejl.',
    )
    expect(found?.text).toBe('Vil ministeren oplyse, hvorfor brevet er mærket Kontor: Politikontoret og ikke andet?')
  })
})

describe('round 11: "Spm 24:" without its stop, a dagger for a lost quote', () => {
  it.each([
    ['Spm 24:', '24'],
    ['SPM 7', '7'],
    ['Spm. 24:', '24'],
  ])('heading %s → %s', (heading, number) => {
    expect(
      question(
        `Udvalget har i brev af 3. maj 2020 stillet følgende spørgsmål:\n\n${heading}\n\n”Vil ministeren oplyse tallet?”\n\nSvar:\nJa.`,
      )?.numbers[0],
    ).toBe(number)
  })

  it('near miss: "Spm" glued to a word or without a number heads nothing', () => {
    expect(
      question(`Udvalget har i brev af 3. maj 2020 stillet følgende spørgsmål:\n\nSpmx 24:\n\nVil ministeren oplyse tallet?`)?.numbers[0],
    ).toBeUndefined()
  })

  it.each([
    ['†Ministeren bedes oplyse tallet.†', 'Ministeren bedes oplyse tallet.'],
    ['†Vil ministeren oplyse tallet?”', 'Vil ministeren oplyse tallet?'],
    ['Vil ministeren kommentere †hjælp i særlige tilfælde† i loven?', 'Vil ministeren kommentere †hjælp i særlige tilfælde† i loven?'],
  ])('unquote(%s)', (text, expected) => {
    expect(unquote(text)).toBe(expected)
  })
})

describe('findQuestion: a list a sentence announces with a colon', () => {
  it.each([
    [
      'Spørgsmål nr. 139:\n”Ministeren bedes oplyse, hvad det ville koste, hvis prisen skulle ændres, hvilket ville betyde:\n– Gratis overfart af fodgængere og cyklister\n– Betaling pr. bil, og kun dette?”\n\nSvar:\nDet vil koste 10 mio. kr.',
      'Ministeren bedes oplyse, hvad det ville koste, hvis prisen skulle ændres, hvilket ville betyde: – Gratis overfart af fodgængere og cyklister – Betaling pr. bil, og kun dette?',
    ],
    [
      'Spørgsmål nr. 103:\n”Vil ministeren oplyse følgende:\n1. Hvor mange har fået afslag?\n2. Hvor mange har klaget?”\n\nSvar:\nDet oplyses, at 12 har fået afslag.',
      'Vil ministeren oplyse følgende: 1. Hvor mange har fået afslag? 2. Hvor mange har klaget?',
    ],
  ])('goes on with the sentence’s paragraph: %s', (text, expected) => {
    expect(question(text)?.text).toBe(expected)
  })

  it('near-miss: a list after a sentence that ends with a full stop stays a paragraph of its own', () => {
    const found = question(
      'Spørgsmål nr. 331:\n”Blandt initiativerne i aftalen var bl.a. følgende tre.\n\n1) en styrket indsats for rekruttering\n2) samarbejde i Øresundsregionen\n\nVil ministeren redegøre for resultaterne?”\n\nSvar:\nResultaterne fremgår af bilaget.',
    )
    expect(found?.text).toContain('følgende tre.\n\n1) en styrket')
  })
})

describe("findQuestion: the askers' line after the question in the phrase's kin", () => {
  it.each(['Stillet på foranledning af Hans Holm (V).', 'Efter anmodning fra Mette Berg (S).', 'På begæring af Frank Aaberg (EL).'])(
    'ends the question before "%s"',
    (line) => {
      expect(question(`Spørgsmål nr. 12:\nVil ministeren oplyse tallet?\n${line}\n\nSvar:\nJa.`)?.text).toBe(
        'Vil ministeren oplyse tallet?',
      )
    },
  )

  it('near miss: a question line that opens with "På foranledning af" and names no member goes on', () => {
    expect(
      question('Spørgsmål nr. 12:\nVil ministeren oplyse, om sagen blev rejst\npå foranledning af Rigsrevisionen?\n\nSvar:\nJa.')?.text,
    ).toBe('Vil ministeren oplyse, om sagen blev rejst på foranledning af Rigsrevisionen?')
  })
})

describe('a question the preamble announces with a colon, with no heading (round 17)', () => {
  const head = 'Ministeriet\nSlotsholmsgade 1\n1216 København K\n\nDato: 12. marts 2015\n\n'
  it.each([
    [
      'Socialudvalget har i brev af 2. februar 2015 stillet mig følgende spørgsmål nr. 95 (alm. del):\n\nVil ministeren redegøre for antallet af anbragte børn i 2014?\n\nAntallet var 12.345.',
      'Vil ministeren redegøre for antallet af anbragte børn i 2014?',
    ],
    [
      'Folketingets Udvalg for Fødevarer, Landbrug og Fiskeri har i brev af 14. december 2004 bedt mig svare på følgende:\n\nMinisteren bedes kommentere henvendelsen fra Danmarks Fiskeriforening.\nDer henvises til alm. del - bilag 134.\n\nJeg henviser til vedlagte notat.',
      'Ministeren bedes kommentere henvendelsen fra Danmarks Fiskeriforening. Der henvises til alm. del - bilag 134.',
    ],
    [
      'Skatteudvalget har den 3. marts 2011 stillet følgende spørgsmål nr. 12 (alm. del), som hermed besvares: ”Kan ministeren\noplyse provenuet af afgiften i 2010?”\n\nProvenuet var 1,2 mia. kr.',
      'Kan ministeren oplyse provenuet af afgiften i 2010?',
    ],
    [
      'Kirkeudvalget har ved brev af 6. december 2013 stillet følgende spørgsmål nr. 3 (alm. del): ”Hvor mange præster er ansat?”\n\nDer er ansat 2.100 præster.',
      'Hvor mange præster er ansat?',
    ],
    // The asker's sentence after the quote in the same paragraph (a probe of a paragraph set on one line, thirtieth
    // session; Sundhedsudvalget 2009 glues it so), with a space or glued.
    [
      'Folketingets Sundhedsudvalg har den 20. november 2009 stillet følgende spørgsmål nr. 161 (Alm. del) til ministeren: ”Ministeren bedes oplyse belægningsprocenten i 2008.” Spørgsmålet er stillet efter ønske fra Sophie Hæstorp Andersen (S).\n\nBelægningsprocenten var 95.',
      'Ministeren bedes oplyse belægningsprocenten i 2008.',
    ],
    [
      'Folketingets Sundhedsudvalg har den 20. november 2009 stillet følgende spørgsmål nr. 161 (Alm. del) til ministeren:»Ministeren bedes oplyse belægningsprocenten i 2008.«Spørgsmålet er stillet efter ønske fra Sophie Hæstorp Andersen (S).\n\nBelægningsprocenten var 95.',
      'Ministeren bedes oplyse belægningsprocenten i 2008.',
    ],
    // Unquoted, the asker's sentence after it on the line.
    [
      'Folketingets Sundhedsudvalg har den 20. november 2009 stillet følgende spørgsmål nr. 161 (Alm. del) til ministeren: Vil ministeren oplyse belægningsprocenten i 2008? Spørgsmålet er stillet efter ønske fra Sophie Hæstorp Andersen (S).\n\nBelægningsprocenten var 95.',
      'Vil ministeren oplyse belægningsprocenten i 2008?',
    ],
    // The samråd's and the shortened question's sentences after the quote on its last line, which names no question
    // (review of the thirtieth session).
    [
      'Folketingets Sundhedsudvalg har den 20. november 2009 stillet følgende spørgsmål nr. 161 (Alm. del) til ministeren: ”Ministeren bedes oplyse\nbelægningsprocenten i 2008.” Samrådet er stillet efter ønske fra Sophie Hæstorp Andersen (S).\n\nBelægningsprocenten var 95.',
      'Ministeren bedes oplyse belægningsprocenten i 2008.',
    ],
    [
      'Folketingets Sundhedsudvalg har den 20. november 2009 stillet følgende spørgsmål nr. 161 (Alm. del) til ministeren: ”Ministeren bedes oplyse\nbelægningsprocenten i 2008.” Spm. stillet efter ønske fra Sophie Hæstorp Andersen (S).\n\nBelægningsprocenten var 95.',
      'Ministeren bedes oplyse belægningsprocenten i 2008.',
    ],
    // A long announcement (`, som hermed besvares`) before its colon.
    [
      'Folketingets Sundhedsudvalg har den 20. november 2009 stillet følgende spørgsmål nr. 161 (Alm. del) til ministeren for sundhed og forebyggelse, som hermed besvares: ”Vil ministeren oplyse belægningsprocenten i 2008?”\n\nBelægningsprocenten var 95.',
      'Vil ministeren oplyse belægningsprocenten i 2008?',
    ],
    // The question on a line of its own, the asker's sentence run into it.
    [
      'Folketingets Sundhedsudvalg har den 20. november 2009 stillet følgende spørgsmål nr. 161 (Alm. del):\n\nVil ministeren oplyse belægningsprocenten i 2008? Spørgsmålet er stillet efter ønske fra Sophie Hæstorp Andersen (S).\n\nBelægningsprocenten var 95.',
      'Vil ministeren oplyse belægningsprocenten i 2008?',
    ],
  ])('%s', (body, text) => {
    expect(question(head + body)?.text).toBe(text)
  })

  it.each([
    // The minister speaks after the announcement: the question is not in the letter.
    'Socialudvalget har i brev af 2. februar 2015 stillet mig følgende spørgsmål nr. 95 (alm. del):\n\nJeg kan oplyse, at antallet var 12.345 i 2014.',
    // A paragraph that neither asks nor requests is no question.
    'Socialudvalget har i brev af 2. februar 2015 stillet mig følgende spørgsmål nr. 95 (alm. del):\n\nAnbringelser af børn og unge.\n\nAntallet var 12.345.',
    // No announcement: a paragraph after a preamble that ends with a full stop is the answer's.
    'Socialudvalget har i brev af 2. februar 2015 stillet spørgsmål nr. 95 (alm. del), som hermed besvares.\n\nHvor mange børn er anbragt? Det er et godt spørgsmål, og antallet var 12.345.',
    // Unquoted, the minister's voice after the announcement: the answer, not the question.
    'Folketingets Sundhedsudvalg har den 20. november 2009 stillet følgende spørgsmål nr. 161 (Alm. del) til ministeren: Jeg kan oplyse, at procenten var 95. Spørgsmålet er stillet efter ønske fra Sophie Hæstorp Andersen (S).\n\nDet er alt.',
    // A quote that does not close before the asker's sentence: no question read from it.
    'Folketingets Sundhedsudvalg har den 20. november 2009 stillet følgende spørgsmål nr. 161 (Alm. del) til ministeren: ”Ministeren bedes oplyse belægningsprocenten i 2008. Spørgsmålet er stillet efter ønske fra Sophie Hæstorp Andersen (S).\n\nBelægningsprocenten var 95.',
  ])('near miss: %s', (body) => {
    expect(question(head + body)).toBeUndefined()
  })
})

describe("the committee's letter quoted under the answer's own head, its announcement blocks after the preamble (round 38)", () => {
  const head =
    'UDENRIGSMINISTERIET\n\nSpørgsmål fra Europaudvalget\ntil Udenrigsministeren af 19.\noktober 2015.\n\nSpørgsmål 34 stillet efter\nønske fra Hans Hansen (DF)\n\n'
  it.each([
    // The title naming the question's case and number over it, broken over two lines; no title at all.
    'Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\n\nVedr. forslag til lov om en tilvalgsordning (L29), spørgsmål\nnr. 34\n\nMinisteren bedes forklare forskellen mellem de to ordninger.\n\nSvar:\n\nForskellen er Schengen.',
    'Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\n\nMinisteren bedes forklare forskellen mellem de to ordninger.\n\nSvar:\n\nForskellen er Schengen.',
    // The title run into the question's paragraph.
    'Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\n\nVedr. forslag til lov om en tilvalgsordning (L29), spørgsmål nr. 34 Ministeren bedes forklare forskellen mellem de to ordninger.\n\nSvar:\n\nForskellen er Schengen.',
    'Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\n\nEUU alm. del, spørgsmål nr. 34. Ministeren bedes forklare forskellen mellem de to ordninger.\n\nSvar:\n\nForskellen er Schengen.',
  ])('%s', async (body) => {
    const record = await parse(head + body, { format: 'text' })
    expect(record.question.text).toBe('Ministeren bedes forklare forskellen mellem de to ordninger.')
    expect(record.answer.text).toBe('Forskellen er Schengen.')
  })

  it('reads it under a head whose title is set like a heading, the asker on the line after it (round 39)', async () => {
    const text = [
      'UDENRIGSMINISTERIET',
      'Spørgsmål fra Europaudvalget',
      'til Udenrigsministeren af 6.',
      'november 2014.',
      'EUU alm. del – spørgsmål 20',
      'stillet efter ønske fra Eva Kjer',
      'Hansen (V)',
      'Udvalget udbeder sig ministerens besvarelse af følgende spørgsmål:',
      'EUU alm. del, spørgsmål nr. 20.',
      'Regeringen bedes oplyse, i hvilke tilfælde Kommissionen notificeres.',
      'Svar:',
      'Det sker i en central database.',
    ].join('\n')
    const record = await parse(text, { format: 'text' })
    expect(record.question).toMatchObject({ number: '20', text: 'Regeringen bedes oplyse, i hvilke tilfælde Kommissionen notificeres.' })
    expect(record.answer.text).toBe('Det sker i en central database.')
  })

  it.each([
    // The announcement more blocks after the preamble than a quoted letter's head has: the answer's own words.
    'Første afsnit.\n\nAndet afsnit.\n\nTredje afsnit.\n\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\n\nMinisteren bedes forklare forskellen.\n\nSvar:\n\nForskellen er Schengen.',
    // After the answer's heading: a quotation in the answer.
    'Svar:\n\nUdvalget har spurgt om følgende:\n\nMinisteren bedes forklare forskellen.\n\nForskellen er Schengen.',
  ])('near miss: %s', async (body) => {
    expect((await parse(head + body, { format: 'text' })).question.text).toBeNull()
  })
})

describe('a question heading run into the preamble with its quote (round 17)', () => {
  it('reads the quote after the heading glued on (a letter in one line)', () => {
    expect(
      question(
        'UDENRIGSMINISTERIETBesvarelse af §20-spørgsmålnr. S 837af14. januar 2013 tilskriftlig besvarelse stillet fraChristian Juhl (EL)§20-spørgsmål nr. S 837:”Vil ministeren kommentere den behandling, som en ung dansk kvinde har fået?”\nSvar:\nUdenrigsministeriet har rettet henvendelse.',
      )?.text,
    ).toBe('Vil ministeren kommentere den behandling, som en ung dansk kvinde har fået?')
  })
})

describe('a heading run into the preamble, in capitals or justified (thirty-first session)', () => {
  it.each([
    [
      'Medlem af Folketinget Meta Fuglsang (SF) har den 10. december 2010 stilletfølgende spørgsmål nr. S 698 til indenrigs- og sundhedsministeren, som hermed besvares.Spørgsmål S 698:”Mener ministeren, at rengøring en gang om måneden er rimeligt?”Svar:Regeringen og KL har indgået en aftale.',
      'Mener ministeren, at rengøring en gang om måneden er rimeligt?',
      ['698'],
    ],
    [
      'Besvarelse  af  spørgsmål  nr.   99  (L  74),  som  Folketingets  Sundhedsudvalg  har  stillet  til  ministeren den 18. april 2005 Spørgsmål  99: "Med  hvilken  fordeling  er  finansieringen kommet patientgrupperne til gode?" Svar: Regeringen har tilført sygehusene 5 mia. kr.',
      'Med hvilken fordeling er finansieringen kommet patientgrupperne til gode?',
      ['99'],
    ],
  ])('%s', (text, want, numbers) => {
    const found = question(text)
    expect(found?.text).toBe(want)
    expect(found?.numbers).toEqual(numbers)
    // The question starts after the heading on its line: the head's words before it are not the question's.
    expect(found?.lines[0]?.text.slice(found.startsAt)).toMatch(/^[”"]/u)
    expect(found?.lines[0]?.text.slice(0, found.startsAt)).toMatch(/pørgsmål\s+(?:S )?\d+:\s*$/u)
  })

  it('near miss: the word ending another (`Underspørgsmål 3: ”…”`) heads no question of the letter', () => {
    const found = question(
      'Besvarelse  af  spørgsmål  nr.   99  (L  74),  som  Folketingets  Sundhedsudvalg  har  stillet den 18. april 2005 Underspørgsmål  3: "Hvor mange?" Svar: Tolv.',
    )
    expect(found?.numbers ?? []).toEqual([])
  })
})

describe("the letterhead's address read between the question and its answer (thirty-first session)", () => {
  const letter = (between: string) =>
    `I brev af 10. februar 2012 har udvalget stillet mig følgende spørgsmål:\nSpørgsmål 48:Kan ministeren redegøre for, hvor mange studerende der får handicaptillæg?\n${between}\nSvar:I 2011 var der 3.700.`
  it('ends the question at the side column’s postcode and town, the contact labels after it read as text', () => {
    expect(question(letter('1260 København KTelefonTelefaxE-postNetstedCVR-nr.3392 9700www.vtu.dk'))?.text).toBe(
      'Kan ministeren redegøre for, hvor mange studerende der får handicaptillæg?',
    )
  })
})

describe("the letterhead's sender set under the question's heading (thirty-first session)", () => {
  const letter = (first: string) =>
    `Udvalget har i brev af 13. september 2012 stillet mig følgende spørgsmål 234 alm. del, som jeg hermed skal besvare.\nSpørgsmål 234:\n${first}\nSvar:\nDer er udstedt to tilladelser.`
  it.each(['Ministeren', 'Klima-, Energi- og Bygningsministeren'])('%s alone over the question is not the question’s', (sender) => {
    expect(question(letter(`${sender}\nVil ministeren oplyse, om der holdes møder?`))?.text).toBe(
      'Vil ministeren oplyse, om der holdes møder?',
    )
  })

  it('near miss: the question’s first word wrapped onto a line of its own', () => {
    expect(question(letter('Ministeren\nbedes oplyse, om der holdes møder.'))?.text).toBe('Ministeren bedes oplyse, om der holdes møder.')
  })
})

describe('a title naming the question, set a line a block, before its quote (thirty-first session)', () => {
  // A training fixture with ft.dk's running line added under the stamp (`pnpm robustness`, `running line`): the
  // rendition's blocks then fall a line each, and the title's wrapped lines were read as running text before the quote.
  const fixture = readFileSync(new URL('../../../../fixtures/real/20131_l74_spm4_1322513/input.txt', import.meta.url), 'utf8')
  const running = 'L 74 - 2013-14 - Endeligt svar på spørgsmål 4: Spm. om I dag sender politiet altid fotodokumentation med ud'

  it('reads the blocks that end mid-sentence as one title, so the quote after it is the question', async () => {
    const lines = fixture.split('\n')
    const withRunning = [...lines.slice(0, 3), running, ...lines.slice(3)].join('\n')
    for (const text of [fixture, withRunning]) {
      expect((await parse(text, { format: 'text' })).question.text).toMatch(/^I dag sender politiet altid fotodokumentation/u)
    }
  })
})

describe('the Folketing’s § 20 question letter: its title above the question (round 17)', () => {
  const letter = (title: string) =>
    `SPØRGSMÅL NR. S 521\n${title}\nTil:\nDato:\nStillet af:\nTransport-, bygnings- og boligministeren\n13. januar 2017\nRasmus Prehn (S)\nEr ministeren enig med sin ordfører i udtalelsen om letbanen i Aarhus?\n(Spm. nr. S 521).\nBegrundelse\nDer henvises til artiklen.\n`
  it.each([
    '§ 20-SPØRGSMÅL TIL SKRIFTLIG BESVARELSE',
    '§ 20-SPØRGSMÅL TIL MUNDTLIG BESVARELSE DEN 18. JANUAR 2017',
    '§ 2 0- SP Ø RG S M Å L T IL M UN DT LIG B E S VA R E L S E',
    '§ 20-spørgsmål til mundtlig besvarelse',
  ])('for written and for oral answer: %s', (title) => {
    expect(question(letter(title))?.text).toBe('Er ministeren enig med sin ordfører i udtalelsen om letbanen i Aarhus?')
  })
})

describe('findQuestion: a heading’s form wrapped after a word no sentence ends on', () => {
  it('reads the question through a line that reads as a heading (MOF, 2017)', () => {
    const found = question(
      'Spørgsmål nr. 487\n”Vil ministeren i forlængelse af sin besvarelse af\nMOF alm. del -spørgsmål 312 af 20. januar 2017:\na. redegøre konkret for rådets tanker?”\n\nSvar\nRådet har drøftet sagen.',
    )
    expect(found?.text).toMatch(
      /^Vil ministeren i forlængelse af sin besvarelse af MOF alm\. del -spørgsmål 312 af 20\. januar 2017: a\. redegøre/u,
    )
  })

  it('near miss: after a line that ends a sentence the heading opens the question', () => {
    const found = question('Hermed sendes svar på spørgsmålet.\nSpørgsmål nr. 312:\n”Vil ministeren oplyse antallet?”\n\nSvar\nDet er 12.')
    expect(found?.text).toBe('Vil ministeren oplyse antallet?')
  })
})

describe('findQuestion: a cited question wrapped after its case, in lower case', () => {
  // fixtures/real/20231_l191_spm54_2912037: ft.dk's link to the cited question set on a line of its own.
  const letter = (wrapped: string) =>
    `Spørgsmål 54:\nVil ministeren i forlængelse af finansministerens svar på L 191\n${wrapped}\noplyse, hvor mange statslige årsværk der nedlægges?\nSvar:\nDer nedlægges 12 årsværk.`

  it('reads the question through the cited number (one question, not two)', () => {
    const found = question(letter('spørgsmål 3'))
    expect(found?.numbers).toEqual(['54'])
    expect(found?.text).toBe(
      'Vil ministeren i forlængelse af finansministerens svar på L 191 spørgsmål 3 oplyse, hvor mange statslige årsværk der nedlægges?',
    )
  })

  it('near miss: a case alone on its line, then the heading, heads a question', () => {
    const found = question('Spørgsmål 54:\nVil ministeren oplyse tallet?\nL 191\nspørgsmål 55:\nVil ministeren oplyse mere?\n\nSvar:\nJa.')
    expect(found?.headings?.map((heading) => heading.number)).toEqual(['54', '55'])
  })
})

describe('a quoted question whose line ends on an inner quotation, the sentence going on below', () => {
  const quotedLines =
    '”Ministeren bedes oplyse, om der blev brugt skalaværdier for ”kommercielt”\nfjerkræ. Hvis ja, bedes ministeren oplyse hvorfor.”'
  const whole =
    'Ministeren bedes oplyse, om der blev brugt skalaværdier for ”kommercielt” fjerkræ. Hvis ja, bedes ministeren oplyse hvorfor.'

  it('under a heading: runs on past the inner close', () => {
    const found = question(`Hermed følger besvarelse af spørgsmål nr. 1349 (Alm. del).\n\nSpørgsmål nr. 1349\n${quotedLines}\nSvar\nJa.`)
    expect(found?.text).toBe(whole)
  })

  it('as a quoted paragraph with no heading: runs on past the inner close', () => {
    const found = question(
      `Hermed følger besvarelse af spørgsmål nr. 1349 (Alm. del).\n\n${quotedLines}\n\nJeg kan oplyse, at det blev de.`,
    )
    expect(found?.text).toBe(whole)
  })

  it('runs on past an inner close where the next line opens with a bracketed year (`”…”` / `(2015), hvor-`)', () => {
    const found = question(
      'Hermed følger besvarelse af spørgsmål nr. 33 (Alm. del).\n\nSpørgsmål 33:\n”Vil ministeren kommentere rapporten\n”Ligebehandling af grønlændere i Danmark”\n(2015), hvoraf det fremgår, at staten har pligter?”\nSvar:\nJa.',
    )
    expect(found?.text).toBe(
      'Vil ministeren kommentere rapporten ”Ligebehandling af grønlændere i Danmark” (2015), hvoraf det fremgår, at staten har pligter?',
    )
  })

  it("runs on past an inner close where the next line opens with the quotation's source in brackets (`(“…”, The Telegraph, …)`)", () => {
    const found = question(
      'Hermed følger besvarelse af spørgsmål nr. 19 (Alm. del).\n\nSpørgsmål nr. 19:\n”Hvad er ministerens holdning til kommentaren: “Europe must act now.”\n(“Being in the EU”, The Telegraph, den 26. februar 2016)? Herunder bedes ministeren\nredegøre for sagen.”\nSvar:\nJa.',
    )
    expect(found?.text).toBe(
      'Hvad er ministerens holdning til kommentaren: “Europe must act now.” (“Being in the EU”, The Telegraph, den 26. februar 2016)? Herunder bedes ministeren redegøre for sagen.',
    )
  })

  it('runs on past an inner close where no sentence ended before it, the next line opening with a capital (`(Arbejderbevægelsens …`)', () => {
    // BUU alm. del spm. 318 (2016-17) wrapped at 60 characters: the line ends on the quoted title's close.
    const found = question(
      'Hermed følger besvarelse af spørgsmål nr. 318 (Alm. del).\n\nSpørgsmål 318:\n”Hvorledes forholder ministeren sig til resultaterne af\nanalysen ”Næsten hver 3. akademikerbarn går i privatskole”\n(Arbejderbevægelsens Erhvervsråd, 8. august 2016), som viser, at\nen stigende andel søger imod privatskolerne?”\nSvar:\nJa.',
    )
    expect(found?.text).toBe(
      'Hvorledes forholder ministeren sig til resultaterne af analysen ”Næsten hver 3. akademikerbarn går i privatskole” (Arbejderbevægelsens Erhvervsråd, 8. august 2016), som viser, at en stigende andel søger imod privatskolerne?',
    )
  })

  it.each([
    ['alone on its line', '–\nog kan'],
    ['before words in lower case', '– og kan'],
  ])('runs on past an inner close where no sentence ended before it, the next line a dash %s', (_, dash) => {
    // B 137 spm. 4 (2020-21) wrapped at 120 characters: the line ends on the quoted word's close.
    const found = question(
      `Hermed følger besvarelse af spørgsmål nr. 4 (B 137).\n\nSpørgsmål nr. 4:\n”Kan ministeren bekræfte, at etnicitet er afgørende for, om et boligområde klassificeres som ”ghetto”\n${dash} ministeren endvidere bekræfte, at der ikke er lige muligheder?”\nSvar:\nNej.`,
    )
    expect(found?.text).toBe(
      'Kan ministeren bekræfte, at etnicitet er afgørende for, om et boligområde klassificeres som ”ghetto” – og kan ministeren endvidere bekræfte, at der ikke er lige muligheder?',
    )
  })

  it('near miss: a dash after a quoted question closed by its own `?` starts no more of it', () => {
    const found = question(
      'Hermed følger besvarelse af spørgsmål nr. 7 (Alm. del).\n\nSpørgsmål nr. 7\n”Vil ministeren kommentere rapporten ”Ny vej”?”\n– og prisen er 5 kr., kan jeg oplyse.',
    )
    expect(found?.text).toBe('Vil ministeren kommentere rapporten ”Ny vej”?')
  })

  it('near miss: a quoted question that ends on its own `?` and mark ends there, an inner quotation before it', () => {
    const found = question(
      'Hermed følger besvarelse af spørgsmål nr. 7 (Alm. del).\n\nSpørgsmål nr. 7\n”Vil ministeren kommentere rapporten ”Ny vej” og oplyse prisen?”\nJeg kan oplyse, at prisen er 5 kr.',
    )
    expect(found?.text).toBe('Vil ministeren kommentere rapporten ”Ny vej” og oplyse prisen?')
  })

  it('near miss: a bracketed sentence after the closed question ends it (`(Spørgsmålet er stillet …)`)', () => {
    const found = question(
      'Hermed følger besvarelse af spørgsmål nr. 7 (Alm. del).\n\nSpørgsmål nr. 7\n”Vil ministeren oplyse prisen?”\n(Spørgsmålet er stillet efter ønske fra Anne Berg (S).)\nJeg kan oplyse, at prisen er 5 kr.',
    )
    expect(found?.text).toBe('Vil ministeren oplyse prisen?')
  })

  it('near miss: a closed question with the answer after it in a capital still ends there', () => {
    const found = question(
      'Hermed følger besvarelse af spørgsmål nr. 7 (Alm. del).\n\nSpørgsmål nr. 7\n”Vil ministeren oplyse prisen?”\nJeg kan oplyse, at prisen er 5 kr.',
    )
    expect(found?.text).toBe('Vil ministeren oplyse prisen?')
  })
})

describe('a case named alone over an unheaded question', () => {
  it('is no part of the question: "ULØ alm. del" / "Ministeren bedes …"', () => {
    const found = question(
      'Udvalget for Landdistrikter og Øer\nI et kommende samråd ønsker udvalget en drøftelse af følgende spørgsmål:\nULØ alm. del\nMinisteren bedes redegøre for, hvorfor regeringen flytter arbejdspladser til København?\nPå udvalgets vegne\nKarina Lorentzen Dehnhardt\nformand',
    )
    expect(found?.text).toBe('Ministeren bedes redegøre for, hvorfor regeringen flytter arbejdspladser til København?')
  })

  it('near miss: a question that opens with a case in its sentence keeps it', () => {
    const found = question(
      'Udvalget for Landdistrikter og Øer\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\nL 140 giver anledning til spørgsmål. Vil ministeren redegøre for lovforslaget?\nPå udvalgets vegne\nKarina Lorentzen Dehnhardt\nformand',
    )
    expect(found?.text).toBe('L 140 giver anledning til spørgsmål. Vil ministeren redegøre for lovforslaget?')
  })
})

describe("a question letter's deadline after the question", () => {
  const letter = (after: string) =>
    `Retsudvalget 2016-17\nREU Alm.del Spørgsmål 84\nOffentligt\nRetsudvalget\nTil:\nJustitsministeren\nDato:\n3. november 2016\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\nREU alm. del\nSpørgsmål 84\nVil ministeren redegøre for sin holdning til indtægtsgrænserne for fri proces?\n${after}\nSpørgsmålet er stillet efter ønske fra Søren Pape Poulsen (KF).\nPå udvalgets vegne\nPeter Skaarup\nformand`

  it.each([
    'Spørgsmålet bedes besvaret senest 2 dage inden besvarelse af samrådsspørgsmål L og M.',
    'Svaret bedes oversendt senest to dage før besvarelsen af samrådsspørgsmål N.',
    'Svaret ønskes sendt inden samrådet den 8. december 2016.',
    'Besvarelsen bedes sendt til udvalget senest den 10. november 2016.',
  ])('ends the question before "%s"', async (after) => {
    expect((await parse(letter(after))).question.text).toBe(
      'Vil ministeren redegøre for sin holdning til indtægtsgrænserne for fri proces?',
    )
  })

  it("near miss: how the question is to be answered is the question's own", async () => {
    expect((await parse(letter('Spørgsmålet bedes besvaret opdelt på regioner.'))).question.text).toBe(
      'Vil ministeren redegøre for sin holdning til indtægtsgrænserne for fri proces? Spørgsmålet bedes besvaret opdelt på regioner.',
    )
  })
})

describe("a dash list whose first item the layout left in the question's paragraph", () => {
  const letter = (question: string) =>
    `Sundhedsudvalget 2021-22\nSUU Alm.del Spørgsmål 772\nOffentligt\nSundhedsudvalget\nTil: Sundhedsministeren\n23. maj 2022\nUdvalget udbeder sig ministerens besvarelse af følgende spørgsmål:\nSUU alm. del\nSpørgsmål 772\n${question}\nSpørgsmålet er stillet efter ønske fra Trine Torp (SF).\nPå udvalgets vegne\nJane Heitmann\nformand`

  it('joins the items that follow into that paragraph, as one sentence', async () => {
    const record = await parse(
      letter(
        'Hvad er ministerens kommentar til undersøgelsen, og kan ministeren oplyse\n– hvornår ordførerne bliver indkaldt til forhandlinger?\n– hvad årsagerne er til stigningen?\n– om der er en sammenhæng?',
      ),
    )
    expect(record.question.text).toBe(
      'Hvad er ministerens kommentar til undersøgelsen, og kan ministeren oplyse – hvornår ordførerne bliver indkaldt til forhandlinger? – hvad årsagerne er til stigningen? – om der er en sammenhæng?',
    )
  })

  it('near miss: a paragraph after a question with no list in it stays a paragraph of its own', async () => {
    const record = await parse(letter('Hvad er ministerens kommentar til undersøgelsen?\n\n– Det er et citat fra rapporten.'))
    expect(record.question.text).toBe('Hvad er ministerens kommentar til undersøgelsen?\n\n– Det er et citat fra rapporten.')
  })
})

describe('findQuestion: a heading with a full stop after its number', () => {
  it('reads `Spørgsmål nr. 57. (alm. del)` as the question’s heading', () => {
    const found = question(
      'Folketingets Miljø- og Planlægningsudvalg har i brev af 13. oktober 2010 stillet følgende spørgsmål nr. 57. (alm. del), som hermed besvares.\n\nSpørgsmål nr. 57. (alm. del)\n\nVil ministeren oplyse, hvad ministeren fremførte på konferencen?\n\nSvar\n\nJeg fremførte det.\n',
    )
    expect(found?.rule).toBe('question-heading')
    expect(found?.text).toBe('Vil ministeren oplyse, hvad ministeren fremførte på konferencen?')
  })

  it('near miss: a sentence ending in a question’s number is no heading', async () => {
    const record = await parse(
      'Spørgsmål nr. 12:\n\nVil ministeren oplyse prisen?\n\nSvar:\n\nPrisen er 12 kr. Der henvises endvidere til besvarelse af KUU alm. del –\nspm. 325.\n\nMed venlig hilsen\n\nJakob Engel-Schmidt\n',
    )
    expect(record.answer.blocks.map((block) => block.type)).toEqual(['paragraph'])
  })
})

describe('findQuestion: a letter that quotes its question and answers it before an enclosure’s headings', () => {
  const letter =
    'Under henvisning til Folketingets Boligudvalgs brev af 25. januar 2006 følger hermed socialministerens svar på spørgsmål nr. 25 (BOU Alm. del).\n\n”Ministeren bedes oversende sit talepapir fra samrådet den 24. januar 2006 om samrådsspørgsmål A-D.”\n\nSvar:\n\nTalepapiret vedlægges som ønsket.\n\nEva Kjer Hansen\n\nTalepapir til brug for samrådsspørgsmål A-D den 24. januar 2006\n\nSpørgsmål A:\n\n”Hvordan forklarer ministeren udviklingen?”\n\nSpørgsmål B:\n\n”Hvordan forklarer ministeren stigningen?”\n'
  it('takes the quoted question and the letter’s number, one record', async () => {
    const records = await parseAll(letter)
    expect(records).toHaveLength(1)
    expect(records[0]?.question.number).toBe('25')
    expect(records[0]?.question.text).toBe(
      'Ministeren bedes oversende sit talepapir fra samrådet den 24. januar 2006 om samrådsspørgsmål A-D.',
    )
  })

  it('near miss: a quoted question under its own heading, then the next heading and answer, keeps both', async () => {
    const records = await parseAll(
      'Hermed sendes svar på spørgsmål nr. 3 og 4.\n\nSpørgsmål nr. 3:\n\n”Vil ministeren oplyse prisen?”\n\nSvar:\n\nPrisen er 12 kr.\n\nSpørgsmål nr. 4:\n\n”Vil ministeren oplyse datoen?”\n\nSvar:\n\nDatoen er i morgen.\n',
    )
    expect(records.map((record) => record.question.number)).toEqual(['3', '4'])
  })
})

describe('findQuestion: a title quoted inside a sentence is no question', () => {
  it('reads a letter that names its enclosure in quotes as a cover letter with no question', async () => {
    const record = await parse(
      'TRANSPORTMINISTEREN\n1. oktober 2020\nTransportudvalget\nFolketinget\nChristiansborg\nI forbindelse med det fælleseuropæiske samarbejde om at styrke jernbanesik-\nkerheden udarbejder de nationale sikkerhedsmyndigheder årlige rapporter om\nsikkerheden på jernbane. Trafik-, Bygge- og Boligstyrelsen har færdiggjort\n”Sikkerhedsrapport\nfor jernbanen 2019”, som medsendes til jeres orientering.\nMed venlig hilsen\nBenny Engelbrecht\n',
    )
    expect(record.documentType).toBe('cover-letter')
    expect(record.question.text).toBeNull()
  })

  it('near miss: a question that names an article in quotes, going on in lower case, is the question', () => {
    const found = question(
      'Hermed sendes endelig besvarelse af spørgsmål nr. 49 (Alm. del), som udvalget har stillet den 19. oktober 2021.\nSpørgsmål nr. 49 (Alm. del) fra Folketingets Miljø- og Fødevareudvalg\n”Vil ministeren kommentere artiklen "Sjællandsk formand rystet efter samråd" fra Effektivt Landbrug den 9. oktober 2021?”\nSvar\nJeg har kommenteret den.\n',
    )
    expect(found?.text).toBe(
      'Vil ministeren kommentere artiklen "Sjællandsk formand rystet efter samråd" fra Effektivt Landbrug den 9. oktober 2021?',
    )
  })
})

describe("a speech paper's template brackets", () => {
  it('reads `[Spørgsmål AE:` as a heading and drops the brackets around each question', async () => {
    const records = await parseAll(
      'Talepapir\nArrangement:\nSamrådsspørgsmål AD-AE\nDET TALTE ORD GÆLDER\nSpørgsmål AD:\n[Vil ministeren kommentere artiklen?]\n[Spørgsmål AE:\nVil ministeren redegøre for sagen?]\nSvar:\n[Indledning]\nTak til formanden for ordet.\n',
    )
    expect(records.map((record) => [record.question.number, record.question.text])).toEqual([
      ['AD', 'Vil ministeren kommentere artiklen?'],
      ['AE', 'Vil ministeren redegøre for sagen?'],
    ])
  })

  it.each([
    ['[Vil ministeren kommentere artiklen?]', 'Vil ministeren kommentere artiklen?'],
    ['Vil ministeren redegøre for sagen?]', 'Vil ministeren redegøre for sagen?'],
    // Near misses: brackets inside the question, or a bracket that opens a part and another that closes it, stay.
    ['Vil ministeren oplyse prisen [i 2020-priser]?', 'Vil ministeren oplyse prisen [i 2020-priser]?'],
    ['[Del 1] Vil ministeren oplyse [prisen]', '[Del 1] Vil ministeren oplyse [prisen]'],
  ])('unquote %s', (text, expected) => {
    expect(unquote(text)).toBe(expected)
  })
})

describe('a question set before the sentence that says who asked it (Kulturministeriet, forty-first session)', () => {
  const head = 'Kulturministeren\nFolketingets Kulturudvalg\nChristiansborg\n1240 København K\n6. marts 2019\n'
  const preamble =
    'Folketingets Kulturudvalg har den 8. februar 2019, efter ønske fra Mette Reissmann (S), stillet mig følgende spørgsmål, nr. 89 (Alm. del),\nsom jeg hermed skal besvare.\n'

  it('reads the question its heading opens above the sentence, and the answer after the sentence', async () => {
    const record = await parse(
      `${head}Spørgsmål:\nVil ministeren redegøre for de årlige besparelser på de kunstneriske uddannelser?\n${preamble}Svar:\nJeg fremsender hermed en opgørelse.\n\nMette Bock\n`,
      { format: 'text' },
    )
    expect(record.question.text).toBe('Vil ministeren redegøre for de årlige besparelser på de kunstneriske uddannelser?')
    expect(record.question.number).toBe('89')
    expect(record.answer.text).toBe('Jeg fremsender hermed en opgørelse.')
  })

  it('near miss: a question after the sentence is the question, the heading above it a title', async () => {
    const record = await parse(
      `${head}Spørgsmål nr. 89\n${preamble}Spørgsmål:\nVil ministeren oplyse antallet af uddannelser?\nSvar:\nDer er fem.\n\nMette Bock\n`,
      { format: 'text' },
    )
    expect(record.question.text).toBe('Vil ministeren oplyse antallet af uddannelser?')
  })
})

describe('a question with no heading before the answer’s label (`before-answer-label`)', () => {
  const head = [
    'Skatteudvalget 2016-17',
    'SAU Alm.del',
    'Offentligt',
    '31. maj 2017',
    'Til Folketinget',
    'Skatteudvalget',
    'Hermed sendes endeligt svar på spørgsmål nr. 296 af 21. marts 2017 (alm. del). Spørgs-',
    'målet er stillet efter ønske fra Rune Lund (EL).',
  ]

  it('reads the lines that ask between the preamble and `Svar`, past the cover page’s signature and a title', () => {
    const read = question(
      [
        ...head,
        'Karsten Lauritzen',
        '/ Claus F. Houmann',
        'Spørgsmål nr. 296.',
        'Ministeren bedes opdatere tallene i svaret på spørgsmål 36 for',
        'Region Hovedstaden med 2016-tal.',
        'Svar:',
        'Tallene fremgår af tabellen nedenfor. Rådet skriver:',
        '”Tallene er foreløbige.”',
        '',
      ].join('\n'),
    )
    expect(read?.rule).toBe('before-answer-label')
    expect(read?.text).toBe('Ministeren bedes opdatere tallene i svaret på spørgsmål 36 for Region Hovedstaden med 2016-tal.')
  })

  it('near miss: lines that ask nothing, or the minister’s voice, are no question', () => {
    const tell = question([...head, 'Sagen vedrører tallene for 2016.', 'Svar:', 'Tallene følger.', ''].join('\n'))
    expect(tell).toBeUndefined()
    const voice = question([...head, 'Jeg kan oplyse, at tallene bedes opdateret.', 'Svar:', 'Tallene følger.', ''].join('\n'))
    expect(voice).toBeUndefined()
  })

  it('keeps a long title quoted inside the question’s sentence in it', () => {
    const read = question(
      [
        ...head,
        'Med henvisning til artiklen',
        '”E-post på skæve tidspunkter: - I grelle tilfælde kan jeg bruge to ugers medicin på en weekend” på',
        'www.TV2fyn.dk den 19. januar, bedes ministeren besvare følgende spørgsmål:',
        'Hvilke regler gælder for digital post?',
        'Svar',
        'Reglerne fremgår af loven.',
        '',
      ].join('\n'),
    )
    expect(read?.rule).toBe('before-answer-label')
    expect(read?.text).toMatch(
      /^Med henvisning til artiklen ”E-post på skæve tidspunkter: .* følgende spørgsmål:\n\nHvilke regler gælder for digital post\?$/u,
    )
  })
})

describe('a speech paper’s label `Tale:` ends the question above it (Udlændinge- og Integrationsministeriet 2024; sixty-ninth session)', () => {
  // A training letter's form (20231_uui_spm433): the samråd question under its heading ends with a full stop, not a
  // question mark, so only the label over the speech, below the side column's fields, ends it.
  const paper = (label: string) =>
    [
      'Talepapir',
      'Arrangement:',
      'Besvarelse af samrådsspørgsmål P stillet',
      'efter ønske fra Mikkel Bjørn (DF)',
      'DET TALTE ORD GÆLDER',
      'Samrådsspørgsmål P:',
      'Hvordan forholder regeringen sig til, at 26 udvisningsdømte er forsvundet? Der henvises til besvarelse',
      'af UUI alm. del – spørgsmål 321, folketingsåret 2022-23 (2. samling).',
      '18. marts 2024',
      'Sags nr.',
      'Akt-id',
      '2024 - 4336',
      '2647081',
      label,
      'Tak for spørgsmålet.',
      'Jeg vil gerne starte med at gøre det helt klart, at udvisningsdømte udlændinge skal forlade Danmark.',
    ].join('\n')

  it.each(['Tale:', 'TALE'])('`%s`: the question ends above it, the speech starts under it', async (label) => {
    const record = await parse(paper(label))
    expect(record.question.text).toBe(
      'Hvordan forholder regeringen sig til, at 26 udvisningsdømte er forsvundet? Der henvises til besvarelse af UUI alm. del – spørgsmål 321, folketingsåret 2022-23 (2. samling).',
    )
    expect(record.answer.text).toMatch(/^Tak for spørgsmålet\. Jeg vil gerne/u)
  })

  it('near miss: `Tale` in running text, with no colon, is no label', async () => {
    const record = await parse(paper('Tale om sagen holdt ministeren i går, og den gentages her.'))
    expect(record.question.text).toContain('Tale om sagen')
  })
})

describe('a speech paper form’s samråd question under `Tekst:` (Udlændinge- og Integrationsministeriet 2025; sixty-fourth session)', () => {
  const form = (occasion: readonly string[], text: readonly string[]) =>
    [
      'Udlændinge- og Integrationsudvalget 2024-25',
      'UUI Alm.del',
      'Offentligt',
      'Talepapir',
      'Arrangement:',
      ...occasion,
      'Hvornår:',
      '12. marts 2025, kl. 16.15',
      'DET TALTE ORD GÆLDER',
      'Tekst:',
      ...text,
      'Sags nr.',
      'Akt-id',
      '2025 - 286',
      'Tale:',
      'Tak for ordet og for at indkalde mig i dag.',
      'Jeg vil gerne starte med at slå fast, at udlændinge uden lovligt ophold skal udrejse.',
    ].join('\n')
  const question = ['Vil ministeren redegøre for, hvilke forbrydelser de 311', 'forsvundne udlændinge samlet set er dømt for?']

  it('is the question where the occasion names the samråd question the paper answers', async () => {
    const record = await parse(form(['Besvarelse af samrådsspm. G'], question))
    expect(record.question.text).toBe(
      'Vil ministeren redegøre for, hvilke forbrydelser de 311 forsvundne udlændinge samlet set er dømt for?',
    )
    expect(record.answer.text).toMatch(/^Tak for ordet/u)
  })

  it('near miss: an occasion that names no samråd question as its own (`opfølgning på samråd B`) leaves `Tekst:` a description', async () => {
    const record = await parse(
      form(
        ['Teknisk gennemgang af sprogprøver på', 'indfødsretsområdet (opfølgning på samråd B)'],
        ['Hvilke sprogprøver opfylder kravet om beståede', 'danskkundskaber i indfødsretssager?'],
      ),
    )
    expect(record.question.text).toBeNull()
  })
})
