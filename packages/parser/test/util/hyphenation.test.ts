import { describe, expect, it } from 'vitest'
import { joinLines } from '../../src/index.js'
import { GUESSED_JOIN, joinedByGuess, KEPT_HYPHEN, repairSpacedLineEnds } from '../../src/util/hyphenation.js'

describe('joinLines', () => {
  it('joins a word split by hyphenation', () => {
    expect(joinLines(['Op-', 'gørelsen sker'])).toBe('Opgørelsen sker')
  })
  it('keeps a suspended hyphen', () => {
    expect(joinLines(['på førtidspension-', 'og fleksjobreformen'])).toBe('på førtidspension- og fleksjobreformen')
  })
  it('keeps compound hyphens after capitals and digits', () => {
    expect(joinLines(['afskedigelse af SOSU-', 'frontpersonale'])).toBe('afskedigelse af SOSU-frontpersonale')
    expect(joinLines(['status på 2020-', 'målene'])).toBe('status på 2020-målene')
    expect(joinLines(['EU-', 'borgere'])).toBe('EU-borgere')
  })
  it('joins alternatives at a line end’s slash without a space', () => {
    expect(joinLines(['foretaget og/', 'eller planlagt'])).toBe('foretaget og/eller planlagt')
    expect(joinLines(['den lokale/', 'regionale forskellighed'])).toBe('den lokale/regionale forskellighed')
    expect(joinLines(['128.000 kr./', 'ha'])).toBe('128.000 kr./ha')
  })
  it('near miss: a date’s slash or a slash alone keeps the space', () => {
    expect(joinLines(['sendt den 12/', '3 til udvalget'])).toBe('sendt den 12/ 3 til udvalget')
    expect(joinLines(['Jesper Olsen /', 'Anne Hansen'])).toBe('Jesper Olsen / Anne Hansen')
  })
  it('joins a stop or a bracket a line end left alone onto the word before it (sixty-second session)', () => {
    expect(joinLines(['til de pågældende afgørelser', '.'])).toBe('til de pågældende afgørelser.')
    expect(joinLines(['den påtænkte ændring', '?'])).toBe('den påtænkte ændring?')
    expect(joinLines(['(jf. bilag 1', ').'])).toBe('(jf. bilag 1).')
    // Near misses: a line that opens with a stop and goes on, and a dash alone, keep the space.
    expect(joinLines(['til de pågældende afgørelser', '. Herefter'])).toBe('til de pågældende afgørelser . Herefter')
    expect(joinLines(['kr.', '–'])).toBe('kr. –')
  })
  it('keeps a hyphen before a capital', () => {
    expect(joinLines(['Lennart Damsbo-', 'Andersen'])).toBe('Lennart Damsbo-Andersen')
  })
  it('joins at a soft hyphen and drops soft hyphens inside lines', () => {
    expect(joinLines(['Op\u00AD', 'gørelsen ud\u00ADført'])).toBe('Opgørelsen udført')
  })
  it('treats U+2010 and U+2011 at a line end as a hyphen (Chromium draws a soft hyphen taken as U+2010)', () => {
    expect(joinLines(['overgang til fleksjob\u2010', 'ordningen?'])).toBe('overgang til fleksjobordningen?')
    expect(joinLines(['kvindelige ikke\u2011', 'vestlige'])).toBe('kvindelige ikke-vestlige')
    expect(joinLines(['social\u2010', 'og indenrigsministeren'])).toBe('social- og indenrigsministeren')
    // A suspended hyphen keeps the mark the line set, as the same words inside a line do (`familie‑ og`).
    expect(joinLines(['samråd med familie\u2011', 'og forbrugerministeren'])).toBe('samråd med familie\u2011 og forbrugerministeren')
  })
  it('repairs glued lines of old renditions', () => {
    expect(joinLines(['medvirke til,at'])).toBe('medvirke til, at')
  })
})

describe("joinLines: 'alm. del' as a compound's first part", () => {
  /** A glued paragraph: longer than a printed line, its line ends' hyphens left between lowercase letters. */
  const glued = (inside: string) =>
    `Ministeren bedes i forlængelse af sit svar på ${inside} redegøre for, hvordan det i kontrakten er præciseret, at DR skal dække morgenandagt og kristne højtider i sin programflade.`

  it.each(['KUU alm del-spørgsmål 75', 'alm. del-spørgsmål nr. 12', 'SOU Alm. del-bilag 4'])(
    'keeps the hyphen of %s inside a glued line',
    (inside) => {
      expect(joinLines([glued(inside)])).toContain(inside)
    },
  )

  it('keeps it at a line end', () => {
    expect(joinLines(['i mit svar på BEU alm. del-', 'spørgsmål 12 fremgår det'])).toBe(
      'i mit svar på BEU alm. del-spørgsmål 12 fremgår det',
    )
    expect(joinLines(['svaret på alm del-', 'spørgsmål 3'])).toBe('svaret på alm del-spørgsmål 3')
  })

  it('not del- after another word, a split word', () => {
    expect(joinLines(['om hans del-', 'tagelse i mødet'])).toBe('om hans deltagelse i mødet')
    expect(joinLines([glued('hans del-tagelse i arbejdet')])).toContain('hans deltagelse i arbejdet')
    expect(joinLines([glued('normaldel-spørgsmål')])).toContain('normaldelspørgsmål')
  })
})

describe('repairing glued lines whose line ends were kept as spaces', () => {
  const glued = (text: string) => `${text} ${'Det bemærkes, at sagen behandles af ministeriet i den kommende tid.'.repeat(2)}`
  it("joins the line ends and keeps the words' own hyphens", () => {
    expect(joinLines([glued('søge procesbe- villingsnævnet om Tønder-sagen for Højeste- ret.')])).toMatch(
      /^søge procesbevillingsnævnet om Tønder-sagen for Højesteret\./u,
    )
  })
  it('keeps suspended hyphens before og/eller', () => {
    expect(joinLines([glued('hoved- og bigader, for- eller bagside, Rigsad- vokaten og Højeste- ret.')])).toMatch(
      /^hoved- og bigader, for- eller bagside, Rigsadvokaten og Højesteret\./u,
    )
  })
  it('joins one line end kept as a space with the glued line ends (real glued letters: `energieffektivi- sering`)', () => {
    expect(joinLines([glued('energieffektivi- sering og sygedagpengemod-tagere.')])).toMatch(
      /^energieffektivisering og sygedagpengemodtagere\./u,
    )
  })
})

describe('joining a pronominal adverb split before its preposition', () => {
  it.each([
    [['databasen, hvor-', 'til hændelser rapporteres'], 'databasen, hvortil hændelser rapporteres'],
    [['og der-', 'for er det'], 'og derfor er det'],
  ])('%j', (lines, text) => {
    expect(joinLines(lines)).toBe(text)
  })
  it('keeps a suspended hyphen before til elsewhere', () => {
    expect(joinLines(['fra børne-', 'til ungeområdet'])).toBe('fra børne- til ungeområdet')
  })
})

describe('joinLines: a hyphen marked the word’s own', () => {
  it('keeps a line end’s hyphen marked with a word joiner, and drops the joiner', () => {
    expect(joinLines([`baseret på to${KEPT_HYPHEN}`, 'voksen-undervisning'])).toBe('baseret på to-voksen-undervisning')
  })
  it('keeps a marked hyphen inside a glued paragraph, where an unmarked one between lowercase letters goes', () => {
    const glued = `Trafikken på Gedser-Rostock${KEPT_HYPHEN}ruten er steget, og besparel-ser er ikke opnået. ${'Der er ingen opgørelse af trafikken. '.repeat(4)}`
    expect(joinLines([glued])).toContain('Gedser-Rostock-ruten er steget, og besparelser er')
  })
})

describe('joinLines: pro- and pre- are split words, not kept prefixes', () => {
  it('joins pro- at a line end and inside a glued paragraph', () => {
    expect(joinLines(['det samme pro-', 'jekt i anlægsoverslaget'])).toBe('det samme projekt i anlægsoverslaget')
    const glued = `${'Trafikstyrelsen har analyseret togforbindelserne mellem landsdelene. '.repeat(3)}Forskellen skyldes det samme pro-jekt?`
    expect(joinLines([glued])).toContain('det samme projekt?')
  })
  it('still keeps ikke- and e-', () => {
    expect(joinLines(['borgere fra ikke-', 'vestlige lande'])).toBe('borgere fra ikke-vestlige lande')
  })
})

describe('joinLines: prefixes Danish writes closed are syllables at a line end', () => {
  it.each([
    [['oversigt over anti-', 'biotikaforbruget'], 'oversigt over antibiotikaforbruget'],
    [['Det Europæiske Øko-', 'nomiske Samarbejdsområde'], 'Det Europæiske Økonomiske Samarbejdsområde'],
    [['et nyt super-', 'sygehus'], 'et nyt supersygehus'],
    [['den nye vice-', 'direktør'], 'den nye vicedirektør'],
    [['de fem post-', 'distrikter'], 'de fem postdistrikter'],
  ])('joins %j', (lines, joined) => {
    expect(joinLines(lines)).toBe(joined)
  })
  it('joins them inside a glued paragraph', () => {
    const glued = `${'Ministeriet har opgjort forbruget i husdyrproduktionen for hvert af årene. '.repeat(3)}Det samlede anti-biotikaforbrug er faldet, og Øko-nomiske forhold spiller ind.`
    expect(joinLines([glued])).toContain('Det samlede antibiotikaforbrug er faldet, og Økonomiske forhold')
  })
  it('keeps ikke-, e-, ex- and non-, which Danish writes with their hyphen', () => {
    expect(joinLines(['sendt til hendes e-', 'boks i går'])).toBe('sendt til hendes e-boks i går')
    expect(joinLines(['hans ex-', 'minister'])).toBe('hans ex-minister')
    expect(joinLines(['varer af non-', 'food-typen'])).toBe('varer af non-food-typen')
  })
})

describe('repairSpacedLineEnds: a piece of a line that kept its line ends as spaces', () => {
  it.each([
    // One spaced line end left in the piece: the whole line said what such a space is.
    [
      'hvilke tilbud der er "mest specialiserede lands- og landsdelsdæk- kende tilbud".',
      'hvilke tilbud der er "mest specialiserede lands- og landsdelsdækkende tilbud".',
    ],
    [
      'Skatteministeriet har ind- hentet en udtalelse om Gedser-Rostock-ruten.',
      'Skatteministeriet har indhentet en udtalelse om Gedser-Rostock-ruten.',
    ],
    ['førtidspension- eller fleksjobområdet i Øresunds- regionen', 'førtidspension- eller fleksjobområdet i Øresundsregionen'],
  ])('%s', (piece, joined) => {
    expect(joinLines([repairSpacedLineEnds(piece)])).toBe(joined)
  })
  it("keeps a word's own hyphen though the piece is later repaired alone as a glued line", () => {
    const piece = repairSpacedLineEnds(`dommene i Tønder-sagen for ${'sagen behandles af ministeriet i den kommende tid. '.repeat(4)}`)
    expect(joinLines([piece])).toMatch(/^dommene i Tønder-sagen for/u)
  })
})

describe('joinLines: a hyphen at the end of a web address is the address’s own', () => {
  it('keeps it and joins without a space', () => {
    expect(joinLines(['jf. http://www.tvsyd.dk/artikel/259885:Isenkraemmer--FOedevarekontrollen-spilder-', 'tiden.'])).toBe(
      'jf. http://www.tvsyd.dk/artikel/259885:Isenkraemmer--FOedevarekontrollen-spilder-tiden.',
    )
    expect(joinLines(['se https://www.dr.dk/nyheder/regionale/syd/flere-', 'unge-faar-job'])).toBe(
      'se https://www.dr.dk/nyheder/regionale/syd/flere-unge-faar-job',
    )
  })
  it('near-miss: a word after an address on the same line is a word like any other', () => {
    expect(joinLines(['se http://www.ft.dk om admini-', 'strationen'])).toBe('se http://www.ft.dk om administrationen')
  })
})

describe('joinLines: a part without a vowel is an abbreviation, not a syllable', () => {
  it('keeps the hyphen of tv-, sms-, pc- at a line end', () => {
    expect(joinLines(['indslaget i tv-', 'avisen i går'])).toBe('indslaget i tv-avisen i går')
    expect(joinLines(['antallet af sms-', 'beskeder'])).toBe('antallet af sms-beskeder')
    expect(joinLines(['en bærbar pc-', 'løsning'])).toBe('en bærbar pc-løsning')
  })
  it('still joins syllables, each with its vowel', () => {
    expect(joinLines(['et ek-', 'sempel'])).toBe('et eksempel')
    expect(joinLines(['sprog-', 'brug'])).toBe('sprogbrug')
  })
  it('keeps the hyphen before a part without a vowel (`live-` / `tv`, `hoved-` / `tv-kanalerne`)', () => {
    expect(joinLines(['andelen af live-', 'tv i DR'])).toBe('andelen af live-tv i DR')
    expect(joinLines(['via de store hoved-', 'tv-kanaler'])).toBe('via de store hoved-tv-kanaler')
    // Near miss: a syllable after the hyphen, with its vowel.
    expect(joinLines(['andelen af live-', 'musik i DR'])).toBe('andelen af livemusik i DR')
  })
  it('keeps the hyphen of `it-` (`it-området`): no word opens with a syllable `it` split off', () => {
    expect(joinLines(['på it-', 'området'])).toBe('på it-området')
    // Near miss: `it` ending a longer word's first part is a syllable's (`kvalit-` / `eten`).
    expect(joinLines(['den kvalit-', 'eten'])).toBe('den kvaliteten')
  })
  it("keeps the hyphen after an abbreviation's full stop (`pct.-` / `point`), with no space", () => {
    expect(joinLines(['med 1, 2, 5 og 10 pct.-', 'point?'])).toBe('med 1, 2, 5 og 10 pct.-point?')
    expect(joinLines(['et mio.-', 'beløb'])).toBe('et mio.-beløb')
    // Near miss: a suspended hyphen before `og` keeps its space.
    expect(joinLines(['5 pct.-', 'og 10 pct.-point'])).toBe('5 pct.- og 10 pct.-point')
  })
  it('counts accented vowels as vowels (a syllable of a name: `Sól-` / `bjørg`)', () => {
    expect(joinLines(['efter ønske fra Sól-', 'bjørg Jakobsen (LA).'])).toBe('efter ønske fra Sólbjørg Jakobsen (LA).')
    expect(joinLines(['Bjørn Bú-', 'gvason'])).toBe('Bjørn Búgvason')
    expect(joinLines(['en Tô-', 'kyo'])).toBe('en Tôkyo')
  })
})

describe('repairing glued lines: a capitalised syllable of two letters', () => {
  /** A glued paragraph: longer than a printed line. */
  const glued = (inside: string) =>
    `Ministeren bedes oplyse, hvordan sagen er forløbet, og hvilke skridt der er taget siden sidste år, ${inside} og om der er truffet afgørelse i sagen.`
  it('joins Ne-penthes, Ju-stitsministeriet and So-ciale', () => {
    expect(joinLines([glued('herunder af Ne-penthes Consult')])).toContain('herunder af Nepenthes Consult')
    expect(joinLines([glued('har Ju-stitsministeriet oplyst')])).toContain('har Justitsministeriet oplyst')
    expect(joinLines([glued('i Den So-ciale Ankestyrelse')])).toContain('i Den Sociale Ankestyrelse')
  })
  it('near-misses: an abbreviation without a vowel, a capital alone, a suspended hyphen', () => {
    expect(joinLines([glued('i Tv-avisen den 18. januar')])).toContain('i Tv-avisen den 18. januar')
    expect(joinLines([glued('i tv-avisen den 18. januar')])).toContain('i tv-avisen den 18. januar')
    expect(joinLines([glued('via E-boks og e-mail')])).toContain('via E-boks og e-mail')
    expect(joinLines([glued('for Ud- og indrejse')])).toContain('for Ud- og indrejse')
  })
  it('keeps the hyphen of `it-` and before a part without a vowel inside a glued line', () => {
    expect(joinLines([glued('herunder køb af it-systemer og live-tv')])).toContain('herunder køb af it-systemer og live-tv')
  })
})

describe('joinLines: a web address’s line end that splits a double consonant', () => {
  it('joins it: hyphenation set that hyphen, not the address', () => {
    expect(joinLines(['se https://www.bt.dk/danmark/aktion-afsloerer-store-sik-', 'kerhedsproblemer-paa-byggepladser'])).toBe(
      'se https://www.bt.dk/danmark/aktion-afsloerer-store-sikkerhedsproblemer-paa-byggepladser',
    )
  })
  it('near-miss: different letters either side keep the address’s hyphen', () => {
    expect(joinLines(['se https://www.bt.dk/danmark/store-', 'sikkerhedsproblemer'])).toBe(
      'se https://www.bt.dk/danmark/store-sikkerhedsproblemer',
    )
  })
  it('near-miss: a letter stranded by a spaced rendition is no abbreviation', () => {
    expect(joinLines(['udarbe j-', 'delsen'])).toBe('udarbe jdelsen')
  })
})

describe('joinLines: a line end joined by the word’s shape alone', () => {
  it('joins it like a soft hyphen and leaves no mark in the text', () => {
    expect(joinLines([`den parlamen${GUESSED_JOIN}`, 'tariske arbejdsgruppe'])).toBe('den parlamentariske arbejdsgruppe')
  })
  it('is found by joinedByGuess; a plain soft hyphen is not', () => {
    expect(joinedByGuess([{ text: 'op\u00AD' }, { text: `euro${GUESSED_JOIN}` }])?.text).toBe(`euro${GUESSED_JOIN}`)
    expect(joinedByGuess([{ text: 'op\u00AD' }])).toBeUndefined()
  })
})

describe('repairing a glued line with one line end kept as a space', () => {
  const glued = (inner: string) =>
    `Spørgsmål 31: ”Hvad er begrundelsen for, at det kommende cirkulære ${inner} ikke umiddelbart kommer til at gælde samtlige offentlige institutioner i kommuner og amter?” Svar: I henhold til udkastet vil regeringen undersøge mulighederne.`

  it.each([
    ['for energieffektivi- sering i staten', 'for energieffektivisering i staten'],
    ['om en enkel ernæringsmærknings- ordning', 'om en enkel ernæringsmærkningsordning'],
  ])('joins %j', (inner, joined) => {
    expect(joinLines([glued(inner)])).toBe(glued(joined))
  })

  it.each([
    // A suspended compound's follower, also glued to the next word by the rendition.
    'om miljø- og energiministerens',
    'om miljø- ogenergiministerens',
    // A further suspended part.
    'om transport- bygnings- og boligministeren',
    // A case's `del-`.
    'jf. FLF alm. del- bilag 633',
  ])('near miss: keeps %j', (inner) => {
    expect(joinLines([glued(inner)])).toBe(glued(inner))
  })
})

describe('repairing glued lines: two adjectives joined by their own hyphen', () => {
  const glued = (inner: string) =>
    `Vil ministeren garantere at en samling af ${inner} statsadvokaturer ikke blot er første skridt i en nedlæggelse af bitingstederne, og hvad betyder det for sygedagpengemod-tagere?`

  it.each(['de jysk-fynske', 'det dansk-tyske', 'de økonomisk-politiske', 'det offentligt-private'])('keeps %j', (inner) => {
    expect(joinLines([glued(inner)])).toBe(glued(inner).replace('sygedagpengemod-tagere', 'sygedagpengemodtagere'))
  })

  it.each([
    // A line end after a syllable (the right part no adjective's ending, or the left no adjective's).
    ['de fiskerimæssige hen-syn', 'de fiskerimæssige hensyn'],
    ['de prak-tiske', 'de praktiske'],
    // An adjective's end before a word that ends as no adjective: a compound broken at its seam.
    ['det dansk-sprogede område og det dansk-sproget', 'det dansk-sprogede område og det dansksproget'],
  ])('near miss: joins %j', (inner, joined) => {
    expect(joinLines([glued(inner)])).toBe(glued(joined).replace('sygedagpengemod-tagere', 'sygedagpengemodtagere'))
  })
})

describe('repairing glued lines: a name joined to a listed word by its own hyphen', () => {
  const glued = (inner: string) =>
    `Hvordan mener ministeren, at det af ${inner} foreslåede ændringsforslag til udstationeringsloven forholder sig til afgørelsen om eksklusivaftaler og fagforeningsfrivillighed for sygedagpengemod-tagere?`
  const repaired = (inner: string) => glued(inner).replace('sygedagpengemod-tagere', 'sygedagpengemodtagere')

  // Beskæftigelsesudvalget 2008 (AMU spm. 213), Retsudvalget 2011, Trafikudvalget 2013.
  it.each(['Laval-udvalget', 'Schengen-samarbejdet', 'Femern Bælt-projektet'])('keeps %j', (inner) => {
    expect(joinLines([glued(inner)])).toBe(repaired(inner))
  })

  it.each([
    // The name ends in a compound's joint (-s, -e): hyphenation broke the compound there.
    ['Beskæftigelses-ministeriet', 'Beskæftigelsesministeriet'],
    ['Udlændinge-styrelsen', 'Udlændingestyrelsen'],
    // The two as one are a listed word.
    ['Trafik-udvalget', 'Trafikudvalget'],
    // A tail of five letters or fewer, or one the list does not hold.
    ['Kronjyl-lands', 'Kronjyllands'],
    ['Ritzau-telegram', 'Ritzautelegram'],
  ])('near miss: joins %j', (inner, joined) => {
    expect(joinLines([glued(inner)])).toBe(repaired(joined))
  })
})

describe('repairing glued lines: a chain of three words or more keeps its own hyphens (thirty-fourth session)', () => {
  const glued = (inner: string) =>
    `Vil ministeren oplyse, hvor mange ${inner} der i de seneste fem år har været omfattet af ordningen i hele landet, og hvad betyder det for de mange sygedagpengemod-tagere i kommunerne?`
  const repaired = (inner: string) => glued(inner).replace('sygedagpengemod-tagere', 'sygedagpengemodtagere')

  it.each(['dual-use-produkter', 'e-post-løsninger', 'åben-dør-ordninger', 'cut-and-cover-tunneller', 'Kom-i-gang-lån'])(
    'keeps %j',
    (inner) => {
      expect(joinLines([glued(inner)])).toBe(repaired(inner))
    },
  )

  it.each([
    // A line end inside one of the chain's words: the two as one are a listed word.
    ['ik-ke-medlemmer', 'ikke-medlemmer'],
    ['BAT-konklu-sioner', 'BAT-konklusioner'],
    // … or a word the line writes whole elsewhere.
    ['Schen-gen-lande (Schengen er et samarbejde)', 'Schengen-lande (Schengen er et samarbejde)'],
    // A suspended hyphen after the chain's last word links nothing; nor does a hyphen before a capitalised name.
    ['inno-vations- og forsknings-projekter', 'innovations- og forskningsprojekter'],
    ['En-gel-Schmidt-sager', 'Engel-Schmidt-sager'],
  ])('near miss: joins %j', (inner, joined) => {
    expect(joinLines([glued(inner)])).toBe(repaired(joined))
  })
})

describe('repairing glued lines: a web address keeps its hyphens', () => {
  const glued = (inner: string) =>
    `Hvad er ministerens holdning til artiklen om vaccinerne til de ældre, og hvad betyder det for sygedagpengemod-tagere? ${inner}`

  it('keeps the hyphens of an address glued into the paragraph', () => {
    const address = 'https://www.bt.dk/politik/heunicke-lovede-supervaccine-sidste-aar-nu-er-den-droppet'
    expect(joinLines([glued(address)])).toBe(glued(address).replace('sygedagpengemod-tagere', 'sygedagpengemodtagere'))
  })

  it('near miss: joins a line end in the word after the address', () => {
    expect(joinLines([glued('Se https://www.ft.dk/samling om de nye besparel-ser.')])).toBe(
      glued('Se https://www.ft.dk/samling om de nye besparelser.').replace('sygedagpengemod-tagere', 'sygedagpengemodtagere'),
    )
  })
})

describe('joinLines: an address broken before a character only an address has there', () => {
  it('joins `…_Pakhus_om` / `_mink_…` with no space', () => {
    expect(joinLines(['se https://cdn.example.net/videos/Pressemoede_Eigtveds_Pakhus_om', '_mink_4_november_2020_qtp.mp4'])).toBe(
      'se https://cdn.example.net/videos/Pressemoede_Eigtveds_Pakhus_om_mink_4_november_2020_qtp.mp4',
    )
    expect(joinLines(['se https://www.ft.dk/samling/dokument', '?id=3'])).toBe('se https://www.ft.dk/samling/dokument?id=3')
  })
  it('joins an address without its scheme broken after a `/` (`www.infomigrants.net/en/post/22235/` / `serbia-…`)', () => {
    expect(joinLines(['fra infomigrants.net, www.infomigrants.net/en/post/22235/', 'serbia-to-take-around-100'])).toBe(
      'fra infomigrants.net, www.infomigrants.net/en/post/22235/serbia-to-take-around-100',
    )
    // Its hyphen at a line end is read as any word's: hyphenation's here.
    expect(joinLines(['www.nzz.ch/schweiz/migration-schweiz-will-minderjaehrige-flue-', 'chtlinge-aus-griechenland'])).toBe(
      'www.nzz.ch/schweiz/migration-schweiz-will-minderjaehrige-fluechtlinge-aus-griechenland',
    )
  })
  it('near miss: a word after an address that ends the line keeps its space', () => {
    expect(joinLines(['se https://www.ft.dk/samling', 'for nærmere'])).toBe('se https://www.ft.dk/samling for nærmere')
  })
})

describe('a range of months keeps its hyphen', () => {
  const glued = (inner: string) =>
    `De to seneste aktioner fandt sted i november 1997 og ${inner} 2003, og Justitsministeriet har vurderet, at der ikke er grundlag for en ny aktion på nuværende tidspunkt.`
  it('inside a glued line and at a line end (`august-september 2003`)', () => {
    expect(joinLines([glued('august-september')])).toBe(glued('august-september'))
    expect(joinLines(['i august-', 'september 2003'])).toBe('i august-september 2003')
  })
  it('the second month shortened with its full stop (`april-` / `dec.`, a heading wrapped in its cell)', () => {
    expect(joinLines(['Pr. måned, april-', 'dec.'])).toBe('Pr. måned, april-dec.')
    expect(joinLines(['i januar-', 'sept. 2020'])).toBe('i januar-sept. 2020')
    // No full stop: a word that starts like a month's shortening (`decideret`), joined as hyphenation's line end.
    expect(joinLines(['april-', 'decideret'])).toBe('aprildecideret')
  })
  it('near miss: a month split by hyphenation is joined (`au-` / `gust`), and so is a month before a word no month', () => {
    expect(joinLines(['i au-', 'gust 2003'])).toBe('i august 2003')
    expect(joinLines([glued('marts-møderne')])).toBe(glued('martsmøderne'))
  })
})

describe('a phrase of a word, `til` and the word again keeps its hyphen as a compound’s first part', () => {
  const glued = (inner: string) =>
    `Jeg mener ikke, at Kommissionens forslag om at ændre støtten til ${inner} over Femern Bælt giver anledning til at genforhandle den dansk-tyske traktat om forbindelsen.`
  it('inside a glued line and at a line end (`kyst til kyst-forbindelsen`)', () => {
    expect(joinLines([glued('kyst til kyst-forbindelsen')])).toBe(glued('kyst til kyst-forbindelsen'))
    expect(joinLines(['støtten til kyst til kyst-', 'forbindelsen over Femern'])).toBe('støtten til kyst til kyst-forbindelsen over Femern')
  })
  it('near miss: another word before `til`, or the word inside a longer one, is hyphenation’s line end', () => {
    expect(joinLines([glued('kyst til vest-forbindelsen')])).toBe(glued('kyst til vestforbindelsen'))
    expect(joinLines(['støtten til bakkyst til kyst-', 'forbindelsen over Femern'])).toBe(
      'støtten til bakkyst til kystforbindelsen over Femern',
    )
  })
})

describe('`som` and `til` after a line end’s hyphen: a suspended compound only after `både`/`såvel` and `fra`', () => {
  it.each([
    [['Den metodiske modstand er vold-', 'som på dette område'], 'Den metodiske modstand er voldsom på dette område'],
    [
      ['Kriminalforsorgen har oplyst, at man er opmærk-', 'som på sprogforskellene'],
      'Kriminalforsorgen har oplyst, at man er opmærksom på sprogforskellene',
    ],
    [['Det gælder både social-', 'som sundhedsområdet'], 'Det gælder både social- som sundhedsområdet'],
    [['Det gælder såvel social-', 'som sundhedsområdet'], 'Det gælder såvel social- som sundhedsområdet'],
    [['Midlerne flyttes fra børne-', 'til ungeområdet'], 'Midlerne flyttes fra børne- til ungeområdet'],
  ])('%j', (lines, text) => {
    expect(joinLines(lines)).toBe(text)
  })
})

describe('repairing glued lines: a colon or a stop glued to the capitalised word after it (sixty-sixth session)', () => {
  // Over GLUED_LINE_LENGTH: a glued paragraph.
  const glued = (inner: string) =>
    `Vil ministeren kommentere på den kritik, der fremgår af artiklen ”${inner}”, Dagbladet Ringkøbing Skjern, den 1. november 2024, og redegøre for sagen?`

  it.each([
    ['Styrelsen spænder ben:Frygter at oprensning trækker ud', 'Styrelsen spænder ben: Frygter at oprensning trækker ud'],
    ['Der er undtagelser.F.eks. ved vi det', 'Der er undtagelser. F.eks. ved vi det'],
  ])('parts %j', (inner, parted) => {
    expect(joinLines([glued(inner)])).toBe(glued(parted))
  })

  it.each([
    // A time, a label before a number, an address, a word in capitals after the colon, a stop before an initial's.
    'Mødet kl. 10:30 Bagefter',
    'J.nr.:2006-1234 Sagen',
    'se https://www.ft.dk/Samling',
    'Emne:DSB og IC4',
    'Fra P.S.Hansen',
  ])('near miss: keeps %j', (inner) => {
    expect(joinLines([glued(inner)])).toBe(glued(inner))
  })
})
