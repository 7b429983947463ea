/** Committees and parties as data (registry/*.json), with lookups by name, alias and code. */
import committeeData from './committees.json' with { type: 'json' }
import ministryData from './ministries.json' with { type: 'json' }
import partyData from './parties.json' with { type: 'json' }

export interface CommitteeEntry {
  code: string
  name: string
  aliases: string[]
  from?: string
  until?: string
  successor?: string
}

export interface PartyEntry {
  code: string
  name: string
  aliases: string[]
  from?: string
  until?: string
}

export const committees: readonly CommitteeEntry[] = committeeData.committees
export const parties: readonly PartyEntry[] = partyData.parties

function key(name: string): string {
  return name
    .toLowerCase()
    .replace(/^folketingets\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
}

const byName = new Map<string, CommitteeEntry>()
for (const committee of committees) {
  for (const name of [committee.name, ...committee.aliases]) byName.set(key(name), committee)
}

/** `Beskæftigelsesudvalget`, `Folketingets Beskæftigelsesudvalg`, `Børne- og undervisningsudvalget` → entry. */
export function committeeByName(name: string): CommitteeEntry | undefined {
  const normal = key(name)
  return byName.get(normal) ?? byName.get(normal.replace(/et$/u, '')) ?? byName.get(`${normal}et`)
}

export function committeeByCode(code: string): CommitteeEntry | undefined {
  const upper = code.toUpperCase()
  return committees.find((committee) => committee.code === upper)
}

export function partyByCode(code: string): PartyEntry | undefined {
  return parties.find((party) => party.code === code || party.aliases.includes(code))
}

/** A party by its full name, in any case (`Enhedslisten`, `Det Konservative Folkeparti`, `Konservative Folkeparti`). */
export function partyByName(name: string): PartyEntry | undefined {
  const normal = name.replace(/\s+/gu, ' ').trim().toLowerCase()
  return parties.find((party) => {
    const full = party.name.toLowerCase()
    return full === normal || full.replace(/^det\s+/u, '') === normal
  })
}

export interface MinistryEntry {
  name: string
  titles: string[]
  aliases: string[]
}

export const ministries: readonly MinistryEntry[] = ministryData.ministries

/**
 * `Beskæftigelsesministeriet` (a letterhead line) → entry. Older renditions glue the letterhead into one line
 * (`BeskæftigelsesministerietVed Stranden 8…`), so a line that starts with the name counts.
 */
export function ministryByName(name: string): MinistryEntry | undefined {
  const text = name.replace(/\s+/gu, ' ').trim()
  const normal = text.toLowerCase()
  return ministries.find((ministry) =>
    [ministry.name, ...ministry.aliases].some((candidate) => {
      const known = candidate.replace(/\s+/gu, ' ').toLowerCase()
      // Glued onto the next letterhead item, which starts with a capital or a digit: `…ministerietVed Stranden 8`.
      return normal === known || (normal.startsWith(known) && /^[\p{Lu}\d]/u.test(text.slice(known.length)))
    }),
  )
}

/** `Beskæftigelsesminister og minister for ligestilling` → the ministry whose title it starts with. */
export function ministryByTitle(title: string): MinistryEntry | undefined {
  const normal = title.replace(/\s+/gu, ' ').trim().toLowerCase()
  let best: MinistryEntry | undefined
  let length = 0
  for (const ministry of ministries) {
    for (const candidate of ministry.titles) {
      const lower = candidate.toLowerCase()
      if (normal.startsWith(lower) && lower.length > length) {
        best = ministry
        length = lower.length
      }
    }
  }
  return best
}
