/**
 * The signature after "Venlig hilsen" / "Med venlig hilsen" (or a committee's "På udvalgets vegne"):
 * the name, then a title when the next line reads as one ("Beskæftigelsesminister", "formand").
 */
import type { Signature } from '@ft-answers/schema'
import { PAGE_NUMBER } from '../layout/roles.js'
import { ANSWER_END, NAME, OFFICIAL, findClosing } from './closing.js'
import type { Context } from './context.js'
import type { Line } from './lines.js'

/** Longest title seen is "Beskæftigelsesminister og minister for ligestilling" (50). */
const MAX_TITLE_LENGTH = 90

/** `P.M.V.`, `E.B.`, `Efter bemyndigelse`: an official signs on the minister's behalf; the name follows. */
const ON_BEHALF = /^(?:p\.\s?m\.\s?v\.?|e\.\s?b\.?|efter\s+bemyndigelse|på\s+ministerens\s+vegne)$/iu

export interface SignatureResult {
  signature: Signature
  line: Line
  /** The name line and, when there is one, the title line. */
  lines: Line[]
}

export function findSignature(context: Context): SignatureResult | undefined {
  const { lines } = context
  const closing = findClosing(lines)?.line
  if (!closing) return undefined
  const glued = closing.text
    .replace(ANSWER_END[0] as RegExp, '')
    .replace(/^På\s+udvalgets\s+vegne/u, '')
    .replace(/^[\s,.:;!]+/u, '') // `Venlig hilsen,`
    .trim()
  // The official who signs for the minister: "/ Peter Bach-Mortensen", or "/" alone with the name on the next line.
  const official = new Set<number>()
  for (const line of lines) {
    if (line.index <= closing.index) continue
    if (line.text.trim() === '/') official.add(line.index).add(line.index + 1)
    else if (OFFICIAL.test(line.text)) official.add(line.index)
  }
  const after = lines.filter((line) => line.index > closing.index && !line.role && !official.has(line.index) && !ON_BEHALF.test(line.text))
  const candidates = (glued ? [{ ...closing, text: glued }, ...after] : after).map((line) => {
    // `Peter Hummelgaard / Anne Hansen`: the minister, and the official who signs for the minister.
    const minister = / \/ /u.test(line.text) ? line.text.split(' / ')[0]?.trim() : undefined
    return minister ? { ...line, text: minister } : line
  })
  const [nameLine, titleLine] = candidates
  if (!nameLine || !NAME.test(nameLine.text)) {
    if (nameLine)
      context.messages.warn('signature-unclear', `"${nameLine.text}" after the closing does not read as a name`, nameLine, 'signature')
    return undefined
  }
  let title: string | null = null
  const used = [nameLine]
  if (
    titleLine &&
    titleLine.text.length <= MAX_TITLE_LENGTH &&
    !PAGE_NUMBER.test(titleLine.text) &&
    !/\d/u.test(titleLine.text) &&
    !/[.:]$/u.test(titleLine.text) &&
    (titleLine.block === nameLine.block || titleLine.index === nameLine.index + 1)
  ) {
    title = titleLine.text
    used.push(titleLine)
    // A title wrapped in a narrow column: `Beskæftigelsesminister og minister for` / `ligestilling`.
    const rest = candidates[2]
    if (
      rest &&
      /\b(?:og|for|,)$|,$/u.test(titleLine.text) &&
      /^\p{Ll}[\p{L} -]*$/u.test(rest.text) &&
      rest.index === titleLine.index + 1 &&
      title.length + rest.text.length < MAX_TITLE_LENGTH
    ) {
      title = `${title} ${rest.text}`
      used.push(rest)
    }
  }
  return { signature: { name: nameLine.text, title }, line: nameLine, lines: used }
}
