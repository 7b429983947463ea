/** Committees and parties as data (registry/*.json), with lookups by name, alias and code. */
import committeeData from './committees.json' with { type: 'json' }
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
