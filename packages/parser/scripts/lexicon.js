#!/usr/bin/env node
/**
 * `pnpm lexicon`: the word list `src/registry/words.json` that `layout/lost-hyphens.ts` reads a line end by where the
 * document itself gives no evidence (a rendition that dropped its soft hyphens: `pri` / `vate`).
 *
 * The words are read from the training documents only (`realCases`: the corpus's training part, the seeds, the
 * answers and the question letters — never the check set), as ft.dk's renditions write them. A word counts where it
 * stands inside a line with a space or a punctuation mark on either side — not a line's first or last word, nor a part
 * of a hyphenated compound or a word glued to a digit — so that the halves of a word a rendition broke at a line end
 * are not taken for words. A word is kept when two documents or more write it so: one document's misprint or glued
 * words (`fårhandicap`) are not.
 *
 *   pnpm lexicon            how many words, and whether the file is up to date
 *   pnpm lexicon --write    rewrite src/registry/words.json
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { realCases } from './score.js'

const FILE = new URL('../src/registry/words.json', import.meta.url)

/** How many training documents must write a word. */
const MIN_DOCUMENTS = 2

/** The shortest word kept: a single letter is no evidence of anything. */
const MIN_LENGTH = 2

/**
 * A run of letters inside a line: after a space or an opening mark, before a space or a closing mark (a word at either
 * end of the line, or touching a hyphen, a digit, a slash or another letter-like mark, is not read).
 */
const INNER_WORD = /(?<=[\s(“”"'»«,;:.!?]\s?|\s)(\p{L}+)(?=[\s)“”"'»«,;:.!?])/gu

/** The words of one document's lines (lowercased, each once). */
function wordsOf(text) {
  const words = new Set()
  for (const line of text.split('\n')) {
    // The line's first and last words are left out: the lookbehind needs a mark before a word, the lookahead one after.
    for (const match of line.trim().matchAll(INNER_WORD)) {
      const word = match[1].toLowerCase()
      if (word.length >= MIN_LENGTH) words.add(word)
    }
  }
  return words
}

/** The sorted words two training documents or more write (`MIN_DOCUMENTS`). */
export function buildLexicon() {
  const documents = new Map()
  for (const c of realCases()) {
    if (c.check) continue
    for (const word of wordsOf(readFileSync(c.input, 'utf8'))) documents.set(word, (documents.get(word) ?? 0) + 1)
  }
  return [...documents]
    .filter(([, count]) => count >= MIN_DOCUMENTS)
    .map(([word]) => word)
    .sort()
}

/** The file's content for `words`. */
export function lexiconFile(words) {
  return {
    source:
      'Words written inside a line by two or more of ft-answers’ training documents (ft.dk text renditions; never the check set), lowercased; built by scripts/lexicon.js',
    words,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const words = buildLexicon()
  const current = JSON.parse(readFileSync(FILE, 'utf8'))
  if (process.argv.includes('--write')) {
    // Two spaces a level, one word a line: as Biome formats the file, so that `pnpm lint` passes after a rebuild.
    writeFileSync(FILE, `${JSON.stringify(lexiconFile(words), null, 2)}\n`)
    console.log(`wrote ${words.length} words to src/registry/words.json`)
  } else {
    const fresh = isDeepStrictEqual(current, lexiconFile(words))
    console.log(`${words.length} words; src/registry/words.json is ${fresh ? 'up to date' : 'out of date: pnpm lexicon --write'}`)
    if (!fresh) process.exitCode = 1
  }
}
