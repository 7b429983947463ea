#!/usr/bin/env node
/**
 * `node packages/parser/scripts/reflow-text.js <input.txt>`: a text rendition with each paragraph it wrapped set on one
 * line again (`metamorphic.js`'s `rewrap`, with no width to wrap at: its own reading of where a paragraph goes on, not
 * the parser's), for `fixtures/printed/print_probe.py --reflow` to print as flowing paragraphs that the typesetter
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
if (flowed && flowed !== text) process.stdout.write(flowed)
