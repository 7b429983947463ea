/** Committees and parties as data (registry/*.json), with lookups by name, alias and code. */

import { hot } from '../util/hot-patterns.js'
import committeeData from './committees.json' with { type: 'json' }
import ministryData from './ministries.json' with { type: 'json' }
import partyData from './parties.json' with { type: 'json' }

/**
 * One name of a committee: a committee renamed keeps its code and has an entry per name, each with the sessions it
 * was used in (`from`/`until`, samling codes such as `20111`; open where it runs on or is not known).
 */
export interface CommitteeEntry {
  code: string
  name: string
  aliases: string[]
  from?: string
  until?: string
  /** Where the name or its sessions come from, and which boundary no document shows. */
  note?: string
  /** The code the committee took when it was renamed with a new code (`AMU` → `BEU`). */
  renamedAs?: string
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

/**
 * `Folketingets Udvalg for Fødevarer,Landbrug og Fiskeri` → `udvalg for fødevarer, landbrug og fiskeri`; a stray
 * space before a name's hyphen, as old renditions print it (`Miljø - og Planlægningsudvalg`), taken out.
 */
function key(name: string): string {
  // Each replacement only where what it needs is there (`folketingets` first, a hyphen, a comma): a search costs far
  // less than a replacement that finds nothing, and every asker list and committee name a letter gives is keyed.
  let text = name.toLowerCase()
  if (text.startsWith('folketingets')) text = text.replace(/^folketingets\s+/u, '')
  // A stray space before a suspended hyphen (`Miljø -`), and the comma a list of them lost (`Klima- Energi- og …`).
  if (text.includes('-')) text = text.replace(/(?<=\p{L})\s{1,3}-(?=\s)/gu, '-').replace(/(?<=\p{L}-)\s+(?=\p{L}+-\s)/gu, ', ')
  if (text.includes(',')) text = text.replace(/,\s*/gu, ', ')
  return text.replace(/\s+/gu, ' ').trim()
}

/** A name that opens with the definite `Udvalget for …`: `Udvalg for …` too. */
const DEFINITE_OPENING = /^udvalget\s/u

/**
 * A key (`key`) and, for a name that opens `Udvalget for …`, its indefinite form, as a letter writes it after
 * "Folketingets" (`Folketingets Udvalg for Videnskab og Teknologi`, `… Udvalg for Forretningsordenens brev`): every
 * such committee, not only those whose entry lists the form as an alias.
 */
function withIndefinite(name: string): string[] {
  return DEFINITE_OPENING.test(name) ? [name, name.replace(DEFINITE_OPENING, 'udvalg ')] : [name]
}

/**
 * Each name and alias → the entries that carry it, in the registry's order: one name may be two codes' (a committee
 * renamed before its code changed: `Uddannelses- og Forskningsudvalget` was FIV's in 2014-15, UFU's after).
 */
const byName = new Map<string, CommitteeEntry[]>()
for (const committee of committees) {
  for (const name of new Set([committee.name, ...committee.aliases].map(key).flatMap(withIndefinite))) {
    byName.set(name, [...(byName.get(name) ?? []), committee])
  }
}

/**
 * A name's suspended hyphen (`Udlændinge- og`, `Børne- og`): a letter may leave it out (`Folketingets Udvalg for
 * Udlændinge og Integrationspolitik`, Integrationsministeriet 2008).
 */
const SUSPENDED_HYPHEN = /-(?= )/gu

/** Each name and alias with its suspended hyphens left out (`udvalget for udlændinge og integrationspolitik`) → its entries. */
const byUnhyphenated = new Map<string, CommitteeEntry[]>()
for (const [name, entries] of byName) {
  if (!name.includes('- ')) continue
  const unhyphenated = name.replace(SUSPENDED_HYPHEN, '')
  if (!byName.has(unhyphenated) && !byUnhyphenated.has(unhyphenated)) byUnhyphenated.set(unhyphenated, entries)
}

/** The entries a key names, or the entries of a name whose suspended hyphens the key left out. */
function entriesOf(normal: string): CommitteeEntry[] | undefined {
  return byName.get(normal) ?? byUnhyphenated.get(normal)
}

/** What tells apart the entries one name has: the code the document files it under, the session it was written in. */
export interface CommitteeHint {
  code?: string | undefined
  session?: string | null | undefined
}

/** Of the entries that carry one name: the one with the hint's code, else the one in use in its session, else the first. */
function pickEntry(entries: readonly CommitteeEntry[] | undefined, hint: CommitteeHint): CommitteeEntry | undefined {
  if (!entries || entries.length < 2) return entries?.[0]
  const code = hint.code?.toUpperCase()
  const { session } = hint
  return (
    (code ? entries.find((entry) => entry.code === code) : undefined) ??
    (session ? entries.findLast((entry) => inUse(entry, session)) : undefined) ??
    entries[0]
  )
}

/**
 * `Beskæftigelsesudvalget`, `Folketingets Beskæftigelsesudvalg`, `Børne- og undervisningsudvalget` → entry; of a name
 * two codes have carried, the one `hint` (the stamp's code, the session) points to.
 */
export function committeeByName(name: string, hint: CommitteeHint = {}): CommitteeEntry | undefined {
  const normal = key(name)
  return pickEntry(entriesOf(normal) ?? entriesOf(normal.replace(/et$/u, '')) ?? entriesOf(`${normal}et`), hint)
}

/**
 * Regular-expression source for `text` matched literally; a name's suspended hyphen also after up to three stray
 * spaces (`Miljø -`, `Udlændinge  - og`, a justified line's) or left out (`Udlændinge og`), and the comma after one
 * left out (`Klima- Energi- og Forsyningsudvalget`).
 */
function literal(text: string): string {
  return text
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
    .replace(/,\s*/gu, String.raw`,\s*`)
    .replace(/-,\\s\*/gu, String.raw`-,?\s*`)
    .replace(/-(?= )/gu, String.raw`(?:\s{0,3}-)?`)
    .replace(/ /gu, String.raw`\s+`)
}

/**
 * Every committee name and alias the registry knows, longest first, as they stand in running text: with or without
 * "Folketingets", in the genitive ("Retsudvalgets orientering"), never inside a longer word ("Ekspertudvalget").
 * One alternation of literals, compiled once: linear in the text.
 */
const NAMED = hot(
  new RegExp(
    String.raw`(?<![\p{L}-])(${[...byName.keys()]
      .sort((a, b) => b.length - a.length)
      .map(literal)
      .join('|')})(?:s|et|ets)?(?![\p{L}-])`,
    'iu',
  ),
)

/**
 * What every committee name the registry knows says (`Udvalget for …`, `Finansudvalget`; the § 71 board's `Tilsynet
 * i henhold til grundlovens § 71`, `§ 71-tilsynet`; `Det Udenrigspolitiske Nævn`), in any case: a line without one names
 * no committee, and is not run through `NAMED` (every line of a document is asked). Where a name without one is ever
 * added, the check is off.
 */
const COMMITTEE_WORDS = ['udvalg', 'tilsyn', 'nævn']
const SAYS_COMMITTEE = [...byName.keys()].every((name) => COMMITTEE_WORDS.some((word) => name.includes(word)))
  ? new RegExp(COMMITTEE_WORDS.join('|'), 'iu')
  : /(?:)/u

/**
 * A word a PDF's letter spacing broke apart: letters on both sides of a gap of two or more spaces (`Planlægningsu
 * dvalg` with three spaces, `Miljø  - og`). A line with one is read once more with its spaces taken out.
 */
const BROKEN_WORD = /\p{L} {2,}[\p{L}-]/u

/**
 * Each name and alias without its spaces and its definite ending (`miljø-ogplanlægningsudvalg`) → its entries, for
 * `BROKEN_WORD` lines.
 */
const bySpaceless = new Map<string, CommitteeEntry[]>()
for (const [name, entries] of byName) {
  const spaceless = name.replace(/\s+/gu, '').replace(/et$/u, '')
  if (!bySpaceless.has(spaceless)) bySpaceless.set(spaceless, entries)
}

/**
 * Every name without its spaces, longest first, matched in a line with its spaces taken out: no word boundary on
 * either side, the spaces that marked them being gone (`FolketingetsMiljø-ogPlanlægningsudvalg.`,
 * `FolketingetsRetsudvalgden3.maj`).
 */
const NAMED_SPACELESS = new RegExp(
  `(${[...bySpaceless.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|')})`,
  'iu',
)

/** A hyphen between a compound's first part and `udvalg` (`Udenrigs-udvalget`): no name of the registry has one there. */
const HYPHEN_BEFORE_UDVALG = /(?<=\p{Ll})-(?=udvalg)/gu

/**
 * The first committee the registry knows named in `text`: `… stillet af Folketingets Kulturudvalg den …` → KUU. In a
 * line whose words a PDF's letter spacing broke apart (`Folketingets Miljø  - og Planlægningsu   dvalg`), the name
 * is also looked for with the line's spaces taken out; `spaced` says so (the caller may warn).
 */
export function committeeNamedIn(text: string): { entry: CommitteeEntry; text: string; spaced?: boolean } | undefined {
  const match = SAYS_COMMITTEE.test(text) ? NAMED.exec(text) : null
  const entry = match?.[1] ? entriesOf(key(match[1]))?.[0] : undefined
  if (entry && match) return { entry, text: match[0] }
  // A compound's hyphen a rendition kept from a line end (`Spørgsmål fra Udenrigs-udvalget til …`): read without it.
  if (text.includes('-udvalg')) {
    const unbroken = NAMED.exec(text.replace(HYPHEN_BEFORE_UDVALG, ''))
    const found = unbroken?.[1] ? entriesOf(key(unbroken[1]))?.[0] : undefined
    if (found && unbroken) return { entry: found, text: unbroken[0] }
  }
  // Every line is asked: a line without two spaces in a row has no such gap, and the pattern would try each letter.
  if (!text.includes('  ') || !BROKEN_WORD.test(text)) return undefined
  const joined = text.replace(/\s+/gu, '')
  const spaceless = SAYS_COMMITTEE.test(joined) ? NAMED_SPACELESS.exec(joined) : null
  const found = spaceless?.[1] ? bySpaceless.get(spaceless[1].toLowerCase())?.[0] : undefined
  return found && spaceless ? { entry: found, text: spaceless[0], spaced: true } : undefined
}

/** Whether `session` (`20161`) falls within the sessions the entry's name was used in. */
function inUse(entry: CommitteeEntry, session: string): boolean {
  return (!entry.from || entry.from <= session) && (!entry.until || session <= entry.until)
}

/** Each committee code → its names, in the registry's order. */
const BY_CODE = new Map<string, CommitteeEntry[]>()
for (const committee of committees) BY_CODE.set(committee.code, [...(BY_CODE.get(committee.code) ?? []), committee])

/**
 * The committee with ft.dk code `code` (`BEU`), named as it was called in `session` where that is known — of two
 * names in one session (renamed within it), the later, which ft.dk's stamps give the whole session —; without a
 * session, or for a session no name is known for, by its latest name.
 */
export function committeeByCode(code: string, session?: string | null): CommitteeEntry | undefined {
  const names = BY_CODE.get(code.toUpperCase()) ?? []
  return (session ? names.findLast((entry) => inUse(entry, session)) : undefined) ?? names.find((entry) => !entry.until) ?? names.at(-1)
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

/** Calendar years a ministry's name was in use, both inclusive; `until` left out while it runs on. */
export interface MinistryPeriod {
  from: number
  until?: number
}

/**
 * One name of a ministry: a ministry renamed (Trafikministeriet → Transport- og Energiministeriet →
 * Transportministeriet) has an entry per name, with the years it was used, so that a letter's ministry is the name it
 * prints.
 */
export interface MinistryEntry {
  name: string
  periods: MinistryPeriod[]
  titles: string[]
  aliases: string[]
  /** Web addresses its letterheads print (`jm.dk`), where no other ministry has used them. */
  domains: string[]
}

export const ministries: readonly MinistryEntry[] = ministryData.ministries

/** Whether the ministry had this name in `year` (any year when none is given). */
export function ministryInUse(ministry: MinistryEntry, year?: number): boolean {
  return (
    year === undefined || ministry.periods.some((period) => period.from <= year && (period.until === undefined || year <= period.until))
  )
}

/**
 * Of the names that share a title (`Transportminister`: Transportministeriet 2007–15 and since 2021, Transport- og
 * Boligministeriet 2019–21), the one in use in `year`; else one still in use; else the first.
 */
function inYear(candidates: readonly MinistryEntry[], year?: number): MinistryEntry | undefined {
  return (
    candidates.find((ministry) => year !== undefined && ministryInUse(ministry, year)) ??
    candidates.find((ministry) => ministry.periods.some((period) => period.until === undefined)) ??
    candidates[0]
  )
}

/**
 * Each ministry's name and aliases, spaces collapsed and lower-cased, in the registry's order (the first ministry
 * that matches wins): built once, as every line of a document is looked up.
 */
const MINISTRY_NAMES: readonly { ministry: MinistryEntry; known: string }[] = ministries.flatMap((ministry) =>
  [ministry.name, ...ministry.aliases].map((candidate) => ({ ministry, known: candidate.replace(/\s+/gu, ' ').toLowerCase() })),
)

/**
 * `MINISTRY_NAMES` by the first UTF-16 code unit of `known`, each list in the registry's order: a name that `normal`
 * equals or starts with shares its first unit, so only those are tried (`ministryByName` asks of every line that says
 * "minister", and would compare it with all 76 names).
 */
const MINISTRY_NAMES_BY_FIRST = new Map<string, { ministry: MinistryEntry; known: string }[]>()
for (const name of MINISTRY_NAMES) {
  const first = name.known.charAt(0)
  const list = MINISTRY_NAMES_BY_FIRST.get(first)
  if (list) list.push(name)
  else MINISTRY_NAMES_BY_FIRST.set(first, [name])
}

/**
 * What every ministry's name and alias says (`…ministeriet`), in any case: a line without it names no ministry
 * (every line of a letter is asked). Off where a name without it is ever added.
 */
const MINISTRY_WORD = 'minister'
const SAYS_MINISTRY = MINISTRY_NAMES.every(({ known }) => known.includes(MINISTRY_WORD)) ? new RegExp(MINISTRY_WORD, 'iu') : /(?:)/u

/**
 * Whether `text` says what every ministry's name says (`SAYS_MINISTRY`): a text without it, and any text made of it by
 * adding spaces or joining it to another without it, names no ministry (`ministryByName` answers undefined).
 */
export function saysMinistry(text: string): boolean {
  return SAYS_MINISTRY.test(text)
}

/** The longest ministry name or alias, in characters. */
const MAX_NAME_LENGTH = Math.max(...MINISTRY_NAMES.map(({ known }) => known.length))

/** What may follow a ministry's name on a footer line: `Miljøministeriet • Frederiksholms Kanal 26 • …`. */
const FOOTER_SEPARATOR = /^\s*[•·|¶]/u

/**
 * `Beskæftigelsesministeriet`, `ØKONOMI- OG ERHVERVSMINISTERIET` (a letterhead line, in any case) → entry. Older
 * renditions glue the letterhead into one line (`BeskæftigelsesministerietVed Stranden 8…`) and footers set the
 * address after a bullet (`Miljøministeriet • Frederiksholms Kanal 26`), so a line that starts with the name counts.
 */
export function ministryByName(name: string): MinistryEntry | undefined {
  if (!SAYS_MINISTRY.test(name)) return undefined
  const text = name.replace(/\s+/gu, ' ').trim()
  const normal = text.toLowerCase()
  for (const { ministry, known } of MINISTRY_NAMES_BY_FIRST.get(normal.charAt(0)) ?? []) {
    // Glued onto the next letterhead item, which starts with a capital or a digit: `…ministerietVed Stranden 8`.
    if (normal === known) return ministry
    if (!normal.startsWith(known)) continue
    const rest = text.slice(known.length)
    if (/^[\p{Lu}\d]/u.test(rest) || FOOTER_SEPARATOR.test(rest)) return ministry
  }
  return undefined
}

/**
 * The ministry whose name opens `sentence` as its subject, a verb in lower case after it: `Skatteministeriet beklager
 * denne fejl` → Skatteministeriet; `Børne- og Undervisningsministeriet har foretaget …`. Not `Skatteministeriets …`.
 */
export function ministryOpening(sentence: string): MinistryEntry | undefined {
  if (!SAYS_MINISTRY.test(sentence.slice(0, MAX_NAME_LENGTH))) return undefined
  const normal = sentence.slice(0, MAX_NAME_LENGTH + 2).replace(/\s+/gu, ' ')
  const lower = normal.toLowerCase()
  for (const { ministry, known } of MINISTRY_NAMES) {
    if (lower.startsWith(known) && /^ \p{Ll}/u.test(normal.slice(known.length))) return ministry
  }
  return undefined
}

/** Every ministry's titles, lower-cased, in the registry's order. */
const MINISTRY_TITLES: readonly { ministry: MinistryEntry; lower: string }[] = ministries.flatMap((ministry) =>
  ministry.titles.map((title) => ({ ministry, lower: title.toLowerCase() })),
)

/**
 * `Beskæftigelsesminister og minister for ligestilling` → the ministry whose title it starts with (the longest title
 * that fits); of several names with that title, the one in use in `year`.
 */
export function ministryByTitle(title: string, year?: number): MinistryEntry | undefined {
  // An acting minister's title names the ministry the minister acts for: `fung. kulturminister`, `fg. justitsminister`;
  // a title in its definite form reads as the indefinite (`ministeren for ligestilling` → `minister for ligestilling`).
  const normal = title
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
    .replace(ACTING, '')
    .replace(/^(minister)en(?= for )/u, '$1')
  let best: MinistryEntry[] = []
  let length = 0
  for (const { ministry, lower } of MINISTRY_TITLES) {
    if (!normal.startsWith(lower) || lower.length < length) continue
    if (lower.length > length) best = []
    if (!best.includes(ministry)) best.push(ministry)
    length = lower.length
  }
  return inYear(best, year)
}

/** The words that make a title an acting minister's: `fung.`, `fg.`, `fungerende`, `konst.`, `konstitueret`. */
const ACTING = /^(?:fg\.|fung\.|fungerende|konst\.|konstitueret)\s?/u

/**
 * A title in its definite form: `Finansministeren` → `finansminister`, `Ministeren for børn, undervisning og
 * ligestilling` → `minister for børn, undervisning og ligestilling`.
 */
function indefinite(title: string): string {
  return title
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
    .replace(/(minister)en$/u, '$1')
    .replace(/^(minister)en(?= for )/u, '$1')
}

/** Each title's indefinite form → the ministries with that title, each once, in the registry's order. */
const BY_TITLE = new Map<string, MinistryEntry[]>()
for (const ministry of ministries) {
  for (const title of ministry.titles) {
    const named = BY_TITLE.get(indefinite(title)) ?? []
    if (!named.includes(ministry)) BY_TITLE.set(indefinite(title), [...named, ministry])
  }
}

/**
 * A letterhead line that is a minister's title and nothing else — `Finansministeren`, `ØKONOMI- OG
 * ERHVERVSMINISTEREN` — → entry. Not `Ministeren` alone, nor a title with more after it.
 */
export function ministryByTitleLine(line: string, year?: number): MinistryEntry | undefined {
  return inYear(BY_TITLE.get(indefinite(line)) ?? [], year)
}

/**
 * `www.jm.dk`, `http://www.um.dk`, `jm.dk` → the ministry that address belongs to, if the registry is sure: an address
 * several names of a ministry printed (`uvm.dk`: Undervisningsministeriet, Ministeriet for Børn og Undervisning, …)
 * names the one in use in `year`, and none where no year is given or two were in use that year.
 */
export function ministryByDomain(domain: string, year?: number): MinistryEntry | undefined {
  const address = domain.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/u, '')
  const normal = address.split('/')[0] ?? address
  const named = ministries.filter((ministry) => ministry.domains.includes(normal))
  if (named.length <= 1) return named[0]
  const inUse = year === undefined ? [] : named.filter((ministry) => ministryInUse(ministry, year))
  return inUse.length === 1 ? inUse[0] : undefined
}

/** Whether `former` is a code the committee of code `current` had before a renaming gave it a new code (`AMU`, `BEU`). */
export function formerCode(former: string, current: string): boolean {
  return committees.some((entry) => entry.code === former && entry.renamedAs === current)
}
