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

/** The letters right after a word and one space: the next word's, or the part of it a stray space cut off. */
const NEXT_LETTERS = /^\s(\p{L}+)/u

/**
 * The words of one document's lines (lowercased, each once). With `whole` (every word the training documents write),
 * a word is not read where it and the letters after the next space make a word the documents write whole, and those
 * letters are none: a word a justified rendition cut with a stray space (`FN’s pri ncipper`, `som følge af pri s-
 * fald`), whose first half two documents may write so. (`sørge for`, `dags dato`: two words.)
 */
function wordsOf(text, whole) {
  const words = new Set()
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    // The line's first and last words are left out: the lookbehind needs a mark before a word, the lookahead one after.
    for (const match of trimmed.matchAll(INNER_WORD)) {
      const word = match[1].toLowerCase()
      if (word.length < MIN_LENGTH) continue
      const next = whole ? NEXT_LETTERS.exec(trimmed.slice(match.index + match[0].length))?.[1] : undefined
      const rest = next?.toLowerCase()
      if (rest && whole.has(word + rest) && !whole.has(rest)) continue
      words.add(word)
    }
  }
  return words
}

/** The sorted words two training documents or more write (`MIN_DOCUMENTS`). */
export function buildLexicon() {
  const texts = realCases()
    .filter((c) => !c.check)
    .map((c) => readFileSync(c.input, 'utf8'))
  const whole = new Set(texts.flatMap((text) => [...wordsOf(text)]))
  const documents = new Map()
  for (const text of texts) {
    for (const word of wordsOf(text, whole)) documents.set(word, (documents.get(word) ?? 0) + 1)
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
