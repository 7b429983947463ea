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
 * end of the line, or touching a hyphen, a digit, a slash or another letter-like mark, is not read; nor one after a
 * hyphen and a space, a line end's hyphen a rendition kept with the break as a space: `12. de- cember 2005`).
 */
const INNER_WORD = /(?<=[\s(“”"'»«,;:.!?]\s?|\s)(?<!-\s)(\p{L}+)(?=[\s)“”"'»«,;:.!?])/gu

/** The letters right after a word and one space: the next word's, or the part of it a stray space cut off. */
const NEXT_LETTERS = /^\s(\p{L}+)/u

/**
 * The letters right before `at` in `text` and one space: the word before, or the part a stray space cut off; undefined
 * where no single space and letters stand there. Read backwards from `at`, not by a pattern over the text before it,
 * which would read a long glued line once for each of its words.
 */
function lettersBefore(text, at) {
  if (!/\s/u.test(text.charAt(at - 1))) return undefined
  let start = at - 1
  while (start > 0 && LETTER.test(text.charAt(start - 1))) start--
  return start < at - 1 ? text.slice(start, at - 1) : undefined
}

/** A letter. */
const LETTER = /\p{L}/u

/**
 * The words of one document's lines (lowercased, each once). With `whole` (every word the training documents write),
 * a word is not read where it and the letters after the next space make a word the documents write whole, and those
 * letters are none: a word a justified rendition cut with a stray space (`FN’s pri ncipper`, `som følge af pri s-
 * fald`), whose first half two documents may write so. (`sørge for`, `dags dato`: two words.) Nor where the letters
 * before the space and it make a word more documents write whole than write the two apart (`cuts`): the second half
 * of such a cut (`de cember`: `december` is written whole far more often) — not `til rådighed`, a phrase that more
 * documents write apart than old glued renditions write as one (`tilrådighed`). Without `whole`, each two words
 * written apart are added to `pairs`.
 */
function wordsOf(text, whole, cuts, pairs = new Set()) {
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
      // The second half of such a cut (`de cember`, `til bage`): the letters before the space and the word make a word
      // the documents write whole. Only this place is not read; the word counts where it stands alone elsewhere.
      const before = lettersBefore(trimmed, match.index)?.toLowerCase()
      if (before && cuts && (cuts.joined.get(before + word) ?? 0) > (cuts.apart.get(`${before} ${word}`) ?? 0)) continue
      if (before && !whole) pairs.add(`${before} ${word}`)
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
  // How many documents write each word whole, and each two words apart (`de cember`, `til rådighed`).
  const joined = new Map()
  const apart = new Map()
  for (const text of texts) {
    const pairs = new Set()
    for (const word of wordsOf(text, undefined, undefined, pairs)) joined.set(word, (joined.get(word) ?? 0) + 1)
    for (const pair of pairs) apart.set(pair, (apart.get(pair) ?? 0) + 1)
  }
  const whole = new Set(joined.keys())
  const documents = new Map()
  for (const text of texts) {
    for (const word of wordsOf(text, whole, { joined, apart })) documents.set(word, (documents.get(word) ?? 0) + 1)
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
