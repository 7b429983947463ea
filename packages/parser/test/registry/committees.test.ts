import { describe, expect, it } from 'vitest'
import { committeeByCode, committeeByName, committeeNamedIn, committees } from '../../src/registry/index.js'

describe('committee registry: every name with the sessions it was used in', () => {
  it.each([
    ['Folketingets Sundhedsudvalg', 'SUU', 'Sundhedsudvalget'],
    ['Sundheds- og Ældreudvalget', 'SUU', 'Sundheds- og Ældreudvalget'],
    ['Trafikudvalget', 'TRU', 'Trafikudvalget'],
    ['Transport-, Bygnings- og Boligudvalget', 'TRU', 'Transport-, Bygnings- og Boligudvalget'],
    ['Folketingets Udvalg for Fødevarer,Landbrug og Fiskeri', 'FLF', 'Udvalget for Fødevarer, Landbrug og Fiskeri'],
    ['Udlændinge-, Integrations- og Boligudvalget', 'UUI', 'Udlændinge-, Integrations- og Boligudvalget'],
    ['Undervisningsudvalget', 'UNU', 'Undervisningsudvalget'],
    ['Det Politisk-Økonomiske Udvalg', 'PØU', 'Det Politisk-Økonomiske Udvalg'],
    ['Udvalget for Landdistrikter og Øer', 'ULØ', 'Udvalget for Landdistrikter og Øer'],
    ['Folketingets Økontaktudvalg', 'ØKU', 'Økontaktudvalget'],
    ['Folketingets Epidemiudvalg', 'EPI', 'Epidemiudvalget'],
    ['Folketingets Sundheds- og Forebyggelsesudvalg', 'SUU', 'Sundheds- og Forebyggelsesudvalget'],
    ['Social-, Indenrigs- og Børneudvalget', 'SOU', 'Social-, Indenrigs- og Børneudvalget'],
    ['Energipolitisk Udvalg', 'EPU', 'Det Energipolitiske Udvalg'],
    ['Folketingets Energipolitiske Udvalg', 'EPU', 'Det Energipolitiske Udvalg'],
    [
      'Folketingets Udvalg for Forskning, Innovation og Videregående Uddannelser',
      'FIV',
      'Udvalget for Forskning, Innovation og Videregående Uddannelser',
    ],
    // Old renditions set a stray space before a name's hyphen.
    ['Folketingets Miljø - og Planlægningsudvalg', 'MPU', 'Miljø- og Planlægningsudvalget'],
    // Every `Udvalget for …` in its indefinite form after "Folketingets", listed as an alias or not (round 17).
    ['Folketingets Udvalg for Videnskab og Teknologi', 'UVT', 'Udvalget for Videnskab og Teknologi'],
    ['Folketingets Udvalg for Forretningsordenen', 'UFO', 'Udvalget for Forretningsordenen'],
    ['Udvalg for Landdistrikter og Øer', 'ULØ', 'Udvalget for Landdistrikter og Øer'],
    // The interior committee after the 2022 election, and the housing committee whose name also holds the word.
    ['Folketingets Indenrigsudvalg', 'INU', 'Indenrigsudvalget'],
    ['Indenrigs- og Boligudvalget', 'BOU', 'Indenrigs- og Boligudvalget'],
    // The two election committees: the new Folketing's examination of its election, the standing one on complaints.
    ['Folketingets Udvalg til Prøvelse af Valgene', 'UPV', 'Udvalget til Prøvelse af Valgene'],
    ['Udvalget til Valgs Prøvelse', 'UVP', 'Udvalget til Valgs Prøvelse'],
    // Grønlandsudvalget's predecessor, to 2008-09.
    ['Udvalget vedrørende Grønlandske Forhold', 'UGF', 'Udvalget vedrørende Grønlandske Forhold'],
  ])('%s → %s / %s (the name as written, not the current one)', (name, code, canonical) => {
    expect(committeeByName(name)).toMatchObject({ code, name: canonical })
  })

  it.each([
    ['SUU', '20072', 'Sundhedsudvalget'],
    ['SUU', '20101', 'Sundhedsudvalget'],
    ['SUU', '20121', 'Sundheds- og Forebyggelsesudvalget'],
    ['SUU', '20142', 'Sundheds- og Ældreudvalget'],
    ['SUU', '20181', 'Sundheds- og Ældreudvalget'],
    ['SOU', '20151', 'Social- og Indenrigsudvalget'],
    // Renamed within 2016-17: ft.dk's stamps give the whole session the later name.
    ['SOU', '20161', 'Social-, Indenrigs- og Børneudvalget'],
    ['TRU', '20161', 'Transport-, Bygnings- og Boligudvalget'],
    ['SOU', '20191', 'Social- og Indenrigsudvalget'],
    ['SUU', '20231', 'Sundhedsudvalget'],
    ['TRU', '20081', 'Trafikudvalget'],
    ['TRU', '20171', 'Transport-, Bygnings- og Boligudvalget'],
    ['BOU', '20211', 'Indenrigs- og Boligudvalget'],
    ['INU', '20231', 'Indenrigsudvalget'],
    ['ERU', '20151', 'Erhvervs-, Vækst- og Eksportudvalget'],
    // A 2012-13 letter already names it so: the rename came with the 2011 government.
    ['ERU', '20121', 'Erhvervs-, Vækst- og Eksportudvalget'],
    ['ERU', '20091', 'Erhvervsudvalget'],
    ['FIV', '20121', 'Udvalget for Forskning, Innovation og Videregående Uddannelser'],
    // Renamed with its ministry before its code changed: FIV in 2014-15 under the name UFU has carried since.
    ['FIV', '20141', 'Uddannelses- og Forskningsudvalget'],
    ['UFU', '20151', 'Uddannelses- og Forskningsudvalget'],
    ['FOU', '20231', 'Forsvarsudvalget'],
    ['FOU', '20241', 'Forsvars-, Samfundssikkerheds- og Beredskabsudvalget'],
  ])('code %s in session %s → %s', (code, session, name) => {
    expect(committeeByCode(code, session)?.name).toBe(name)
  })

  it('tells apart two codes that carried one name by the code the stamp gives, else by the session', () => {
    const name = 'Uddannelses- og Forskningsudvalget'
    expect(committeeByName(name, { code: 'FIV' })?.code).toBe('FIV')
    expect(committeeByName(name, { code: 'UFU' })?.code).toBe('UFU')
    expect(committeeByName(`Folketingets Uddannelses- og Forskningsudvalg`, { session: '20141' })?.code).toBe('FIV')
    // Renamed during 2013-14: ft.dk's stamp of that session gives the new name (a letter of November 2013 the old).
    expect(committeeByName(name, { session: '20131' })?.code).toBe('FIV')
    expect(committeeByName(name, { session: '20221' })?.code).toBe('UFU')
    // No hint: the first the registry lists; a code the name was never filed under is no hint.
    expect(committeeByName(name)?.code).toBe('UFU')
    expect(committeeByName(name, { code: 'BEU', session: '20221' })?.code).toBe('UFU')
    // A name one code alone carried is that code's, whatever the hint.
    expect(committeeByName('Forsvars-, Samfundssikkerheds- og Beredskabsudvalget', { code: 'FIV' })?.code).toBe('FOU')
  })

  it('knows Granskningsudvalget (GRA) by its name and its code', () => {
    expect(committeeByName('Folketingets Granskningsudvalg')?.code).toBe('GRA')
    expect(committeeByCode('GRA', '20211')?.name).toBe('Granskningsudvalget')
  })

  it('knows the committee on proposals for a new constitution (GRL) by its name, as a letter of 2004 writes it (round 72)', () => {
    expect(committeeByName('Folketingets udvalg til Behandling af Grundlovsforslag')?.code).toBe('GRL')
    expect(committeeNamedIn('stillet af Folketingets udvalg til Behandling af Grundlovsforslag (Alm. del)')?.entry.code).toBe('GRL')
    expect(committeeByCode('GRL', '20031')?.name).toBe('Udvalget til Behandling af Grundlovsforslag')
  })

  it('gives a code without a session its latest name', () => {
    expect(committeeByCode('TRU')?.name).toBe('Transportudvalget')
    expect(committeeByCode('XYZ')).toBeUndefined()
  })

  it('has no two names of one code in use in the same session, except where a rename fell within one', () => {
    const overlaps = committees.flatMap((a, i) =>
      committees
        .slice(i + 1)
        .filter((b) => b.code === a.code && b.name !== a.name && (a.from ?? '0') <= (b.until ?? '9') && (b.from ?? '0') <= (a.until ?? '9'))
        .map((b) => `${a.code}: ${a.name} / ${b.name}`),
    )
    // Renamed during a session: both names are used in it.
    expect(overlaps).toEqual([
      'BOU: Boligudvalget / Indenrigs- og Boligudvalget',
      'FIV: Udvalget for Forskning, Innovation og Videregående Uddannelser / Uddannelses- og Forskningsudvalget',
      'SOU: Social- og Indenrigsudvalget / Social-, Indenrigs- og Børneudvalget',
      'SOU: Social- og Indenrigsudvalget / Social- og Ældreudvalget',
      'TRU: Transport- og Bygningsudvalget / Transport-, Bygnings- og Boligudvalget',
      'UUI: Udlændinge-, Integrations- og Boligudvalget / Udlændinge- og Integrationsudvalget',
    ])
  })

  it('finds a known committee named in running text, in the genitive too, and not inside a longer word', () => {
    expect(committeeNamedIn('Vedlagt fremsendes til Retsudvalgets orientering kopi af …')?.entry.code).toBe('REU')
    expect(committeeNamedIn('stillet af Folketingets Miljø- og Planlægningsudvalg.')?.entry.code).toBe('MPU')
    expect(committeeNamedIn('Samråd i Børne- og Undervisningsudvalget')?.entry.code).toBe('BUU')
    expect(committeeNamedIn('stillet af Folketingets Miljø - og Planlægningsudvalg den 2. november')?.entry.code).toBe('MPU')
    // A hyphen that joins words is no stray space: not `Miljø` + `- og`.
    expect(committeeNamedIn('Miljø -og Planlægningsudvalg')).toBeUndefined()
    expect(committeeNamedIn('Ekspertudvalget for socialområdet er et uafhængigt udvalg.')).toBeUndefined()
    // A compound's hyphen kept from a line end (Udenrigsministeriet 2008, round 137); near miss: no registry name after it.
    expect(committeeNamedIn('Spørgsmål fra Udenrigs-udvalget til ministeren for udviklingsbistand')?.entry.code).toBe('URU')
    expect(committeeNamedIn('Spørgsmål fra Ekspert-udvalget til ministeren')).toBeUndefined()
    expect(committeeNamedIn('som Udvalget for\nLanddistrikter og Øer har stillet')?.entry.code).toBe('ULØ')
    // Not a committee: the islands' own contact body is named with a space.
    expect(committeeNamedIn('Sammenslutningen af Danske Småøer og Økontakt-gruppen')).toBeUndefined()
  })

  it.each([
    // Words a PDF's letter spacing broke apart (Miljøministeriet 2006; made-up others).
    ['stillet af Folketingets Miljø  - og Planlægningsu   dvalg.', 'MPU'],
    ['stillet af Folketingets Retsu  dvalg den 3. maj', 'REU'],
    ['Til Folketingets Sundheds- og Ældre   udvalg', 'SUU'],
  ])('reads a name with its words broken apart, and says so: %s', (text, code) => {
    expect(committeeNamedIn(text)).toMatchObject({ entry: { code }, spaced: true })
  })

  it.each([
    // Near misses: a line with no wide gap is not read with its spaces out, nor is a gap that breaks no name.
    'stillet af Folketingets Retsu dvalg den 3. maj',
    'Jeg har   bedt om udvalgets   bemærkninger.',
  ])('near miss: no committee in %s', (text) => {
    expect(committeeNamedIn(text)).toBeUndefined()
  })
})

describe('committee names in running text (round 17)', () => {
  it.each([
    ['Under henvisning til Folketingets Udvalg for Forretningsordenens brev af 2. februar 2015', 'UFO'],
    ['har Folketingets Udvalg for Videnskab og Teknologi stillet følgende spørgsmål', 'UVT'],
  ])('an `Udvalget for …` name written indefinite or in the genitive: %s → %s', (text, code) => {
    expect(committeeNamedIn(text)?.entry.code).toBe(code)
  })

  it('near miss: an `Udvalg for …` that is no committee’s whole name names none', () => {
    expect(committeeNamedIn('et rådgivende Udvalg for Videnskabelig Uredelighed i ministeriet')).toBeUndefined()
    expect(committeeNamedIn('Folketingets Udvalg for Forretningsgange')).toBeUndefined()
  })
})

describe('the § 71 board by the names ministries write (sixty-second session)', () => {
  it.each([
    ['Folketingets § 71-tilsyn', '§71'],
    ['Folketingets § 71-udvalg har d. 20. juni 2025 stillet følgende spørgsmål nr. 13', '§71'],
    ['Til § 71-udvalget', '§71'],
    ['i forlængelse af § 71-tilsynets besøg', '§71'],
  ])('%s → %s', (text, code) => {
    expect(committeeNamedIn(text)?.entry.code).toBe(code)
  })

  it('near miss: a section 71 without the board’s word names no committee', () => {
    expect(committeeNamedIn('efter grundlovens § 71, stk. 7, og udlændingelovens § 71-ophold')).toBeUndefined()
    expect(committeeNamedIn('lovens § 7-udvalg')).toBeUndefined()
  })
})
