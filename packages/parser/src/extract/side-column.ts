/**
 * Lines of a letterhead's side column wherever a text rendition puts them: ministries that print the date, the
 * ministry's address and the case number in a column beside the text (Uddannelses- og Forskningsministeriet,
 * Udlændinge- og Integrationsministeriet, Transportministeriet) come out with that column between the answer and
 * "Med venlig hilsen", between the greeting and the name, or after the name. Finders skip these lines, and read the
 * date and the ministry off them.
 */

import { PAGE_NUMBER } from '../layout/roles.js'
import { ministryByName, saysMinistry } from '../registry/index.js'
import { parseDateLine } from '../util/dates.js'
import { joinLines } from '../util/hyphenation.js'
import type { Line } from './lines.js'

/**
 * A line that breaks a ministry's name: after "og", a comma or a hyphen (`Udlændinge- og` / `Integrationsministeriet`,
 * `Ministeriet for Børn,` / `Undervisning og Ligestilling`).
 */
export const BROKEN_NAME = /(?:-|,|\s(?:og|OG))$/u

/**
 * The ways a name broken over two lines may read joined, tried in turn: with a space (`Udlændinge- og` /
 * `Integrationsministeriet`, `ØKONOMI-` / `OG ERHVERVSMINISTEREN`), as the text joins its lines (`Udlændinge- og Inte-` /
 * `grationsministeriet`), and a hyphen before a capital dropped, which capitals leave undecided (`BESKÆFTIGELSES-` /
 * `MINISTEREN`).
 */
export function brokenNameReadings(first: string, second: string): string[] {
  const head = first.trim()
  const tail = second.trim()
  const readings = [`${head} ${tail}`, joinLines([head, tail])]
  if (/\p{L}-$/u.test(head) && !/^(?:og|OG)(?!\p{L})/u.test(tail)) readings.push(`${head.slice(0, -1)}${tail}`)
  return readings
}

/** The longest line taken for a broken name's first part: a letterhead's line, not a line of text. */
const BROKEN_LINE_MAX = 40

/** `Side` left alone when a rendition splits "Side 1/2" over two lines; `Side 2` opening a page. */
const PAGE_WORD = /^(?:Side|Page)(?:\s\d{1,3})?$/u

/**
 * A label of the column, alone or with its value: `Tel.`, `CVR-nr. 1680 5408`, `Ref.-nr.`, `Akt-id`, `• EAN`, `J nr.
 * 2015-2093` (the stop after the J left out), `J. NR. 2004-25486-2`.
 */
const COLUMN_LABEL =
  /^(?:•\s*)?(?:T|F|E|Tel\.?|Tlf\.?|Telefon|Telefax|Fax\.?|Mail|E-?mail|E-post|Web|Post|Postboks|Direkte|CVR|EAN|Ref\.?-?\s?nr\.?|Sags\s?nr\.?|Sagsnr\.?|J\.?\s?(?:nr|NR)\.?|Akt-?id|Dok\.|Kontor|Sagsbeh\.?)(?:\s|:|$)/u

/** A value of the column: phone, CVR, case and document numbers (`6198 4000`, `16/005791-05`, `2023 - 8197`). */
const COLUMN_VALUE = /^[\d+][\d\s./–-]*$/u

/** A street: the word a Danish street name ends with (`Slotsholmsgade`, `Frederiksholms Kanal`, `Postboks`). */
const STREET = 'gade|vej|vænget|plads|Plads|torv|Torv|stræde|Stræde|allé|Allé|Kanal|Stranden|Mønt|Boulevard|Postboks'

/** A street and its number: `Slotsholmsgade 10`, `Frederiksholms Kanal 27 F`, `Asiatisk Plads 2`. */
const STREET_NUMBER = String.raw`(?:\p{Lu}[\p{L}.'-]*\s){0,2}\p{L}*(?:${STREET})\s\d{1,4}(?:\s?[A-Z])?`

/**
 * A line that opens with a street address and goes on with more of a footer's contact line: `Asiatisk Plads 2, 1448
 * København K Tlf.: +45 3392 0000 Fax: …`, or with the footer's next label glued to the number, as old renditions
 * glue a footer's cells (`Slotsholmsgade 10PostPostboks 2135…`).
 */
const ADDRESS_START = new RegExp(String.raw`^${STREET_NUMBER}(?:,?\s+(?:DK-)?\d{4}\s\p{Lu}|(?=\p{Lu}\p{Ll}))`, 'u')

/** Whether a line opens with a street address, its postcode and town or a glued label after it (`ADDRESS_START`). */
export function opensWithAddress(text: string): boolean {
  return ADDRESS_START.test(text.trim())
}

/** A street address or postcode and town: `Slotsholmsgade 10-12`, `Frederiksholms Kanal 27 F`, `1216 København K`. */
const ADDRESS = new RegExp(String.raw`^(?:${STREET_NUMBER}(?:[-,]\s?\d{1,3})?|(?:DK-)?\d{4}\s+\p{Lu}[\p{L} ]*)\.?$`, 'u')

/** A web or mail address: `www.ufm.dk`, `[email protected]`, the corpus's `[email protected]`. */
const WEB_OR_MAIL = /^(?:(?:https?:\/\/)?www\.\S+|[^\s@]+@\S+|\[email[\s\u00a0]protected\])$/u

/**
 * Whether `line` reads as part of a letterhead's side column (or a page's footer), not as text of the letter.
 * `lines` (the line view `line` is from) lets a ministry's name broken over two lines count on both.
 */
export function isSideColumnLine(line: Line, lines: readonly Line[] = []): boolean {
  if (line.role) return true
  const text = line.text.trim()
  const next = lines[line.index + 1]
  const previous = lines[line.index - 1]
  return (
    parseDateLine(text) !== undefined ||
    PAGE_NUMBER.test(text) ||
    PAGE_WORD.test(text) ||
    COLUMN_LABEL.test(text) ||
    COLUMN_VALUE.test(text) ||
    ADDRESS.test(text) ||
    WEB_OR_MAIL.test(text) ||
    ministryByName(text) !== undefined ||
    (next !== undefined && BROKEN_NAME.test(text) && ministryByName(`${text} ${next.text.trim()}`) !== undefined) ||
    (previous !== undefined && BROKEN_NAME.test(previous.text.trim()) && ministryByName(`${previous.text.trim()} ${text}`) !== undefined)
  )
}

/** "og" glued to the word after it in an old rendition: `ERHVERVS- OGVÆKSTMINISTERIET`, `Social- ogIndenrigs…`. */
const GLUED_OG = /(\p{L}-\s)(og)(?=\p{L})/giu

/** A ministry's name or title with a glued "og" parted again: `ERHVERVS- OGVÆKST…` → `ERHVERVS- OG VÆKST…`. */
export function withOgApart(text: string): string {
  // Asked of every line: one without a hyphen has no glued "og" (the pattern, case-insensitive, tries each letter).
  return text.includes('-') ? text.replace(GLUED_OG, '$1$2 ') : text
}

/**
 * A ministry's name and, after it on the line, the unit of it that writes: `Justitsministeriet Lovafdelingen`,
 * `Justitsministeriet Civil- og Politiafdelingen` (a letterhead's two lines a rendition set on one), perhaps after the
 * date the draft was printed (`21-11-05 Justitsministeriet Civil- og Politiafdelingen`). Group 1: the name.
 */
const NAME_AND_UNIT =
  /^(?:\d{1,2}-\d{1,2}-\d{2}\s+)?(\p{Lu}.{0,60}?ministeriet)\s+(?:[\p{L}-]+\s){0,3}[\p{L}-]*(?:afdeling|afdelingen|kontor|kontoret|sekretariatet|enheden|[Dd]epartementet)$/u

/**
 * The ministry a line names, alone (or with the unit that writes after it: `NAME_AND_UNIT`) or broken over it and the
 * next line (`Uddannelses- og` / `Forskningsministeriet`), or the next two after a comma (`Ministeriet for Forskning,` /
 * `Innovation og Videregående` / `Uddannelser`).
 */
export function ministryNamedAt(lines: readonly Line[], line: Line): { name: string; last: Line } | undefined {
  // A name read from the line, alone or with the next, says `minister` on one of them (`saysMinistry`: `withOgApart`
  // and the join only add spaces): most lines of a document do not, and are not read further.
  const next = lines[line.index + 1]
  if (!saysMinistry(line.text) && (next === undefined || !saysMinistry(next.text))) return undefined
  // A line the short line before breaks into (`Ø KONOMI- OG` / `ERHVERVSMINISTERIET`) ends a longer name, read or not
  // from there: alone it would name another ministry.
  const previous = lines[line.index - 1]?.text.trim()
  const continues = previous !== undefined && previous.length <= BROKEN_LINE_MAX && BROKEN_NAME.test(previous)
  const unit = continues ? undefined : NAME_AND_UNIT.exec(line.text.trim())?.[1]
  const alone = continues ? undefined : ministryByName(withOgApart(unit ?? line.text))
  if (alone) return { name: alone.name, last: line }
  if (!next || !BROKEN_NAME.test(line.text.trim())) return undefined
  let broken: ReturnType<typeof ministryByName>
  for (const two of brokenNameReadings(line.text, next.text)) broken ??= ministryByName(withOgApart(two))
  if (broken) return { name: broken.name, last: next }
  // A long name broken twice, its first line ending in a comma (`Ministeriet for Forskning,` / `Innovation og
  // Videregående` / `Uddannelser`): the three lines as one name, where that is a ministry's.
  const third = lines[line.index + 2]
  if (!third || !line.text.trim().endsWith(',') || next.text.trim().length > BROKEN_LINE_MAX) return undefined
  const thrice = ministryByName(withOgApart(`${line.text.trim()} ${next.text.trim()} ${third.text.trim()}`))
  return thrice ? { name: thrice.name, last: third } : undefined
}
