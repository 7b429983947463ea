#!/usr/bin/env node
/**
 * `node packages/parser/scripts/reflow-text.js <input.txt>`: a text rendition with each paragraph it wrapped set on one
 * line again (`metamorphic.js`'s `rewrap`, with no width to wrap at: its own reading of where a paragraph goes on, not
 * the parser's; a line end's hyphen inside a word made a soft hyphen), for `fixtures/printed/print_probe.py --reflow` to print as flowing paragraphs that the typesetter
 * wraps itself. Prints nothing for a rendition `rewrap` leaves alone (double-spaced, glued, decoded twice).
 */
import { readFileSync } from 'node:fs'
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
// `rewrap` keeps a line end's hyphen with its line break (`ud-` / `møntning`): between lowercase letters it becomes a
// soft hyphen, so that the typesetter breaks the word there only where the line ends (and pdf.js then drops it, as it
// drops a word processor's), else sets the word whole.
if (flowed && flowed !== text) process.stdout.write(flowed.replace(/(?<=\p{Ll})-\n(?=\p{Ll})/gu, '\u00AD'))
