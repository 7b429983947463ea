/**
 * The asker on ft.dk's case page of a § 20 question: the label `Af:` under the page's title, the member and party
 * after it (`§ 20-spørgsmål S 1650 Om Dyrekær Mose.` / `Af: Jørn Jespersen (SF)` / `Til: Miljøminister Connie
 * Hedegaard`). A bill's page names the minister who put the bill forward under the same label (`Af: Videnskabsminister
 * Helge Sander`), with no party: only a name with a party in brackets, on a § 20 question's page, is read.
 */
import { NAME_PARTICLES } from '../util/person-name.js'
import type { Line } from './lines.js'
import type { AskersResult } from './preamble.js'

/**
 * `Af: Jørn Jespersen (SF)`: two to five capitalised words (a particle allowed before one: `Lise von Seelen`) and the
 * party's letters in brackets. Groups: name, party.
 */
const PAGE_ASKER = new RegExp(
  String.raw`^Af:\s*(\p{Lu}[\p{L}'.-]*(?:\s(?:${NAME_PARTICLES}\s)?\p{Lu}[\p{L}'.-]*){1,4})\s\((\p{Lu}{1,4})\)$`,
  'u',
)

/** How many lines under the page's title its labels stand in. */
const LABEL_LINES = 6

/** The asker under a § 20 case page's title (`title`, the stamp's line), or undefined. */
export function casePageAsker(lines: readonly Line[], title: Line | undefined): AskersResult | undefined {
  if (!title) return undefined
  for (const line of lines.slice(title.index + 1, title.index + 1 + LABEL_LINES)) {
    const asker = PAGE_ASKER.exec(line.text.trim())
    if (asker?.[1] && asker[2]) {
      return { askers: [{ name: asker[1], party: asker[2], nonMember: false }], byCommittee: false, line, lines: [line] }
    }
  }
  return undefined
}
