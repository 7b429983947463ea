// Adversarial lines (issue #15): a small letter with one hostile line grown from 10k to 1M characters, each timed
// against the same letter padded to the same size with ordinary running text. Every shape once cost minutes
// (exponential, cubic or quadratic regular expressions); the ratio column should stay small and flat as the size
// grows. Run: `pnpm bench adversarial`.
import { readFileSync } from 'node:fs'
import { parse } from '@ft-answers/parser'

const LETTER = readFileSync(new URL('../fixtures/answers/20161_beu_spm167_svar1371974_1707858/input.txt', import.meta.url), 'utf8')
const SIZES = [10_000, 100_000, 1_000_000]

/** Repeat `unit` to about `size` characters. */
const grow = (unit, size) => unit.repeat(Math.ceil(size / unit.length))

/** Each shape: a line of about `size` characters. */
const SHAPES = {
  'recipient (til a og a …)': (size) => `til ${grow('a og ', size)}.`,
  'phone line (F + spaces + .)': (size) => `F${' '.repeat(size)}.`,
  'run of letters': (size) => grow('sygedagpengemodtager', size),
  'run of spaces': (size) => `a${' '.repeat(size)}b`,
  '@. repeated': (size) => grow('@.', size),
  'URL repeated': (size) => grow('http://', size),
  'asked-by (stillet af … til …)': (size) => `stillet af ${grow('Åse til r ', size)}`,
}

/** Ordinary text of about `size` characters, in lines of prose. */
const ordinary = (size) => grow('Der er tale om en opgørelse af antallet af personer i perioden.\n', size)

async function time(text) {
  const start = performance.now()
  try {
    await parse(text, { format: 'text', requireFolketingDocument: false })
  } catch (error) {
    // A refused input still took its time; the time is what is measured.
    if (!(error instanceof Error && 'code' in error)) throw error
  }
  return performance.now() - start
}

/** The letter's lines, with `line` put in among the preamble's (where the recipient and askers are read). */
const AT_LINE = 8
const withLine = (line) => {
  const lines = LETTER.split('\n')
  lines.splice(AT_LINE, 0, line)
  return lines.join('\n')
}

for (const size of SIZES) {
  const baseline = await time(withLine(ordinary(size)))
  console.log(`\n${size.toLocaleString('en')} characters — ordinary text: ${baseline.toFixed(0)} ms`)
  for (const [name, make] of Object.entries(SHAPES)) {
    const ms = await time(withLine(make(size)))
    console.log(`  ${name.padEnd(32)} ${ms.toFixed(0).padStart(7)} ms  ×${(ms / baseline).toFixed(2)}`)
  }
}
