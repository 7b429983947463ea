import { describe, expect, it } from 'vitest'
import { joinLines } from '../../src/index.js'
import { KEPT_HYPHEN } from '../../src/util/hyphenation.js'

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
  })
  it('repairs glued lines of old renditions', () => {
    expect(joinLines(['medvirke til,at'])).toBe('medvirke til, at')
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
  it("takes one spaced hyphen for a compound's own and joins the glued line ends", () => {
    expect(joinLines([glued('kommune- regionsniveau og sygedagpengemod-tagere.')])).toMatch(
      /^kommune- regionsniveau og sygedagpengemodtagere\./u,
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
