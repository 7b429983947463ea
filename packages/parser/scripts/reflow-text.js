#!/usr/bin/env node
/**
 * `node packages/parser/scripts/reflow-text.js <input.txt>`: a text rendition with each paragraph it wrapped set on one
 * line again (`metamorphic.js`'s `rewrap`, with no width to wrap at: its own reading of where a paragraph goes on, not
 * the parser's; a line end's hyphen joined as the text reader joins it, a dropped one made a soft hyphen), for `fixtures/printed/print_probe.py --reflow` to print as flowing paragraphs that the typesetter
 * wraps itself. Prints nothing for a rendition `rewrap` leaves alone (double-spaced, glued, decoded twice).
 */
import { readFileSync } from 'node:fs'
import { joinPair } from '../dist/util/hyphenation.js'
import { rewrap } from './metamorphic.js'

/** Wider than any paragraph: nothing is wrapped again. */
const NO_WIDTH = 100_000

const path = process.argv[2]
if (!path) {
  console.error('usage: reflow-text.js <input.txt>')
  process.exit(2)
}
const text = readFileSync(path, 'utf8')
const flowed = rewrap(text, NO_WIDTH)
/**
 * `rewrap` keeps a line end's hyphen with its line break (`ud-` / `møntning`). The two lines are joined as the text
 * reader joins them (`joinPair`): a hyphen it drops becomes a soft hyphen, so that the typesetter breaks the word
 * there only where a line ends (and pdf.js then drops it, as it drops a word processor's); a compound's own hyphen
 * (`brodne-kar-` / `problematik`) and a suspended one (`Social-` / `og Boligstyrelsen`) stay as they are read.
 */
function joinedHyphens(flowed) {
  const lines = flowed.split('\n')
  const out = []
  for (const line of lines) {
    const last = out.at(-1)
    if (last === undefined || !/\p{L}-$/u.test(last) || !/^\p{L}/u.test(line)) {
      out.push(line)
      continue
    }
    const joined = joinPair(last, line)
    out[out.length - 1] = joined === `${last.slice(0, -1)}${line}` ? `${last.slice(0, -1)}\u00AD${line}` : joined
  }
  return out.join('\n')
}

if (flowed && flowed !== text) process.stdout.write(joinedHyphens(flowed))
