/**
 * Cuts of a line into pieces at a pattern's matches: where the piece before a cut ends and where the piece after it
 * begins. The glued-heading and glued-letter readers (`inline-headings.ts`, `text/unglue-lines.ts`) gather them and cut
 * the line at them.
 */
import { matchesOf } from '../util/matches.js'

export interface Cut {
  /** Where the piece before the cut ends. */
  index: number
  /** Where the piece after the cut begins. */
  at: number
}

/** Cuts before and after each match of `pattern` (global) in `text` that `keep` keeps: the match stands as a piece of its own. */
export function cutsAround(text: string, pattern: RegExp, keep: (match: RegExpMatchArray) => boolean = () => true): Cut[] {
  return [...matchesOf(pattern, text)].filter(keep).flatMap((match) => [
    { index: match.index, at: match.index },
    { index: match.index + match[0].length, at: match.index + match[0].length },
  ])
}
