/**
 * Where the letter's closing starts: "Med venlig hilsen" / "Venlig hilsen" or a committee's "På udvalgets
 * vegne" — or, in letters that sign without a greeting (as some ministries do), a bare signature at the very end:
 * the minister's name on a block of its own, then the official who signs for the minister (`/ Lise Hansen`) or
 * a minister's title.
 */
import { CLOSING } from '../layout/markers.js'
import type { Line } from './lines.js'

/** Lines that open the closing. */
export const ANSWER_END = [CLOSING, /^På\s+udvalgets\s+vegne/u]

/** The official's line below a minister's name: `/ Peter Bach-Mortensen`, or `/` alone. */
export const OFFICIAL = /^\/\s*(?:\p{Lu}|$)/u

/** A name: capitalised words, hyphens allowed (`Ane Halsboe-Jørgensen`). */
export const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|af)){1,5}$/u

export interface Closing {
  line: Line
  /** A signature without a greeting: the line is the name itself. */
  bare: boolean
}

/** The closing at or after line index `from`, if any. */
export function findClosing(lines: readonly Line[], from = 0): Closing | undefined {
  const greeting = lines.find((line) => line.index >= from && !line.role && ANSWER_END.some((pattern) => pattern.test(line.text)))
  if (greeting) return { line: greeting, bare: false }
  const line = bareSignature(lines)
  return line && line.index >= from ? { line, bare: true } : undefined
}

/** The name line of a signature that ends the document without a greeting, if the last lines read as one. */
function bareSignature(lines: readonly Line[]): Line | undefined {
  const tail = lines.filter((line) => !line.role).slice(-4)
  for (let at = 0; at < tail.length - 1; at++) {
    const name = tail[at] as Line
    const rest = tail.slice(at + 1)
    if (!NAME.test(name.text)) continue
    const before = lines[name.index - 1]
    // The name opens a block of its own (not the end of a paragraph that happens to be capitalised words).
    if (before && before.block === name.block) continue
    const official = rest.findIndex((line) => OFFICIAL.test(line.text))
    const titled = rest[0] !== undefined && isMinisterTitle(rest[0].text)
    // Everything after the name is the title and/or the official (whose name may follow a lone "/").
    const signedFor = official >= 0 && official <= 1 && rest.length - official <= 2
    if ((signedFor && (official === 0 || titled)) || (titled && rest.length === 1)) return name
  }
  return undefined
}

/** `Beskæftigelsesminister`, `Minister for ligestilling`, `Beskæftigelsesminister og minister for ligestilling`. */
const MINISTER_TITLE = /^(?:\p{L}+minister|[Mm]inister\s+for\s+\p{Ll}[\p{L} ,-]{0,120})(?:\s+og\s+\p{Ll}[\p{L} ,-]{0,120})?$/u

function isMinisterTitle(text: string): boolean {
  return MINISTER_TITLE.test(text)
}
