import { describe, expect, it } from 'vitest'
import { ministries, ministryByName, ministryByTitle, ministryByTitleLine, ministryInUse } from '../../src/registry/index.js'

describe('ministry registry: every name since 2000 with the years it was used', () => {
  it.each([
    ['Transport-, Bygnings- og Boligministeriet', 2018],
    ['TRAFIKMINISTERIET', 2003],
    ['Transport- og Energiministeriet', 2006],
    ['Sundheds- og Ældreministeriet', 2019],
    ['Ministeriet for Børn, Undervisning og Ligestilling', 2015],
    ['Undervisningsministeriet', 2017],
    ['Velfærdsministeriet', 2008],
    ['Indenrigs- og Socialministeriet', 2010],
    ['Energi-, Forsynings- og Klimaministeriet', 2017],
  ])('%s is read as the name the letter prints, in use in %i', (name, year) => {
    const entry = ministryByName(name)
    expect(entry?.name.toLowerCase()).toBe(name.toLowerCase())
    expect(entry && ministryInUse(entry, year)).toBe(true)
  })

  it('takes, of the names that shared a title, the one in use in the letter’s year', () => {
    expect(ministryByTitle('Transportminister', 2010)?.name).toBe('Transportministeriet')
    expect(ministryByTitle('Transportminister', 2020)?.name).toBe('Transport- og Boligministeriet')
    expect(ministryByTitle('Transportminister')?.name).toBe('Transportministeriet')
    expect(ministryByTitle('Minister for sundhed og forebyggelse', 2012)?.name).toBe('Ministeriet for Sundhed og Forebyggelse')
    expect(ministryByTitleLine('Indenrigs- og sundhedsministeren', 2005)?.name).toBe('Indenrigs- og Sundhedsministeriet')
  })

  it('reads a "for …" title in its definite form, as the minister asked is named (sixty-seventh session)', () => {
    expect(ministryByTitle('ministeren for fødevarer, landbrug og fiskeri', 2012)?.name).toBe(
      'Ministeriet for Fødevarer, Landbrug og Fiskeri',
    )
    expect(ministryByTitle('Ministeren for ligestilling og kirke', 2012)?.name).toBe('Ministeriet for Ligestilling og Kirke')
    // Near miss: `ministeren` alone names no ministry.
    expect(ministryByTitle('ministeren', 2012)).toBeUndefined()
  })

  it("reads an acting minister's title as the ministry the minister acts for", () => {
    expect(ministryByTitle('fung. kulturminister', 2010)?.name).toBe('Kulturministeriet')
    expect(ministryByTitle('Fg. justitsminister', 2007)?.name).toBe('Justitsministeriet')
    expect(ministryByTitle('Konstitueret skatteminister', 2015)?.name).toBe('Skatteministeriet')
    // Near miss: another word before the title is no acting mark.
    expect(ministryByTitle('tidligere kulturminister', 2010)).toBeUndefined()
  })

  it('does not read a later name of the ministry into an earlier letter, nor a name inside a longer word (near misses)', () => {
    expect(ministryByName('Transportministeriet')?.name).toBe('Transportministeriet')
    expect(ministryByName('Trafikministeriets vurdering')).toBeUndefined()
    expect(ministryByTitle('Trafikminister', 2020)?.name).toBe('Trafikministeriet')
  })

  it('has one entry per name, each period from a year to a later one', () => {
    const names = ministries.map((ministry) => ministry.name)
    expect(new Set(names).size).toBe(names.length)
    for (const ministry of ministries) {
      expect(ministry.periods.length).toBeGreaterThan(0)
      for (const period of ministry.periods) {
        expect(period.from).toBeGreaterThanOrEqual(2000)
        if (period.until !== undefined) expect(period.until).toBeGreaterThanOrEqual(period.from)
      }
    }
  })
})
