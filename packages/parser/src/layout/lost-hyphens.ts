/**
 * Words split at a line end whose hyphen was lost. pdf.js drops a soft hyphen (U+00AD) from the text it extracts,
 * so a PDF that hyphenates with soft hyphens gives "Op" / "gørelsen"; some text renditions lost the hyphen the same
 * way ("eksem" / "pelvis"). Nothing in the text tells such a split from two words, except the document itself:
 * where it uses the whole word elsewhere ("opgørelsen") and never the two words side by side ("op gørelsen"), the
 * line end gets back a soft hyphen, which joining lines then removes (`util/hyphenation.ts`).
 */

import { isLayoutTable, type LayoutItem } from '../tree.js'
import {
  asWritten,
  GLUED_LINE_LENGTH,
  GUESSED_JOIN,
  KEPT_HYPHEN,
  keptLineEndsAsSpaces,
  NAME_WORD,
  SOFT_HYPHEN,
  SUSPENDED_FOLLOWERS,
  wordBeforeHyphen,
} from '../util/hyphenation.js'
import { matchesOf } from '../util/matches.js'
import { isListedWord } from '../util/word-list.js'
import { isHeading, TIDENDE_ADDRESS } from './markers.js'

/** A letter, and a lowercase one: tested one character at a time from a line's end. */
const LETTER = /^\p{L}$/u
const LOWERCASE_LETTER = /^\p{Ll}$/u

/** Whether UTF-16 code unit `code` is the second half of a surrogate pair. */
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * The last word of a line that ends in a lowercase letter: `Op` in `… viser Op` (the whole run of letters the line
 * ends with). Read back from the end, not with an end-anchored pattern, which would be tried at every place in the
 * line: this runs for every line.
 */
function lastWord(text: string): string | undefined {
  let start = text.length
  while (start > 0) {
    const width = start > 1 && isLowSurrogate(text.charCodeAt(start - 1)) ? 2 : 1
    const character = text.slice(start - width, start)
    if (!(start === text.length ? LOWERCASE_LETTER : LETTER).test(character)) break
    start -= width
  }
  return start === text.length ? undefined : text.slice(start)
}

/** The first word of a line that starts with a lowercase letter: `gørelsen` in `gørelsen af …`. */
const FIRST_WORD = /^(\p{Ll}\p{L}*)/u

/**
 * The endings of a noun's inflected forms: a split word the document writes only so (`justits` / `minister` beside
 * `justitsministeren`) is the same word.
 */
const INFLECTIONS = ['en', 'et', 'e', 'er', 'ne', 's'] as const

/**
 * A noun's ending alone after a consonant (`patient` / `er`, `udvalg` / `et`): no split of a word. Danish hyphenation
 * takes the consonant before a vowel to the next line (`patien-ter`, `udval-get`), so a line that ends in a consonant
 * before a line that opens with the ending is a break between two words (`… en patient` / `er fundet …`).
 */
const ENDING = /^e(?:n|ne|nes|ns|r|rne|rnes|rs|t|ts)$/u
const CONSONANT_END = /[bcdfghjklmnpqrstvwxz]$/iu

/** After a word that stands alone: a space, the line's end, or a mark and then either (not `erne._printvenlig.pdf`). */
const WORD_ENDS = /^(?:[,.;:!?)”"]*(?:\s|$))/u

/** Whether `right`, the next line's first word of `next`, is a noun's ending alone after `left`'s consonant. */
function endingAlone(left: string, right: string, next: string): boolean {
  return ENDING.test(right) && CONSONANT_END.test(left) && WORD_ENDS.test(next.slice(right.length))
}

/** Both halves at least this long: `i` / `alt` are words, not a split. */
const MIN_PART = 2

/** Runs of letters: the words of a line. */
const WORDS = /\p{L}+/gu

/**
 * Whether each UTF-16 code unit outside the ASCII range is a letter (`LETTER`): 0 not yet asked, 1 a letter, 2 none.
 * Filled as `wordsOf` meets the units (a unit's category never changes); a lone surrogate is none, as under `/u`.
 */
const LETTER_UNITS = new Uint8Array(0x10000)

/** Whether UTF-16 code unit `code` (no surrogate of a pair) is a letter, asked of `LETTER` once per unit. */
function isLetterUnit(code: number): boolean {
  let known = LETTER_UNITS[code] as number
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2
    LETTER_UNITS[code] = known
  }
  return known === 1
}

/** Whether UTF-16 code unit `code` is the first half of a surrogate pair. */
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/**
 * The set of `text`'s runs of letters (`WORDS`), read character by character: what `new Set(text.match(WORDS))`
 * holds, without the array of every word between them (~45% faster on a document's text, Node 20). A letter outside
 * the Basic Multilingual Plane (a surrogate pair) is tested whole.
 */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>()
  let start = -1
  let at = 0
  while (at < text.length) {
    const code = text.charCodeAt(at)
    let width = 1
    let letter: boolean
    if (code < 0x80) {
      // ASCII: `A`–`Z` and `a`–`z` alone are letters; `| 0x20` lowercases the capitals and moves no other unit there.
      const lower = code | 0x20
      letter = lower >= 0x61 && lower <= 0x7a
    } else if (isHighSurrogate(code) && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1))) {
      width = 2
      letter = LETTER.test(text.slice(at, at + 2))
    } else letter = isLetterUnit(code)
    if (letter) {
      if (start === -1) start = at
    } else if (start !== -1) {
      words.add(text.slice(start, at))
      start = -1
    }
    at += width
  }
  if (start !== -1) words.add(text.slice(start))
  return words
}

/**
 * Whether `text` holds `word` as a whole word: a run of letters neither preceded nor followed by a letter. (Two
 * characters either side, so a letter outside the Basic Multilingual Plane counts as one.)
 */
function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) if (isWholeAt(text, at, at + word.length)) return true
  return false
}

/** Whether `text` from `at` to `end` is a whole word: no letter right before it nor right after it. */
function isWholeAt(text: string, at: number, end: number): boolean {
  return !LETTER_AT_END.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_AT_START.test(text.slice(end, end + 2))
}

/**
 * How many times `text` holds `word` as a whole word (`holdsWord`): for `left-right`, how many times `HYPHEN_PAIR`
 * reads those halves, each a whole run of letters.
 */
function countWord(text: string, word: string): number {
  let count = 0
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) if (isWholeAt(text, at, at + word.length)) count++
  return count
}

/** How many times `text` holds `start` where a word starts: no letter right before it (what follows is not tested). */
function countWordStarts(text: string, start: string): number {
  let count = 0
  for (let at = text.indexOf(start); at !== -1; at = text.indexOf(start, at + 1)) {
    if (!LETTER_AT_END.test(text.slice(Math.max(0, at - 2), at))) count++
  }
  return count
}

/** A run of letters and nothing else. */
const ALL_LETTERS = /^\p{L}+$/u

const LETTER_AT_START = /^\p{L}/u
const LETTER_AT_END = /\p{L}$/u

/** The two characters before a word inside a sentence: a lowercase letter or a comma, then a space (`om Europol`). */
const IN_SENTENCE_BEFORE = /[\p{Ll},] $/u
/** A letter or a hyphen right after a word: the word goes on (`Europolforordningen`, `Europol-`). */
const WORD_GOES_ON = /^[\p{L}-]/u

/**
 * Words looked up by searching the text before the set of all words is built: a search is one pass over the text,
 * much cheaper than building the set, which pays off only when many line ends are looked up (and keeps a long
 * document linear).
 */
const SEARCHES_BEFORE_SET = 32

/**
 * The document's words, lowercased, and its pairs of words side by side on a line, read on first need: a document
 * without a line end whose halves qualify reads neither; the first words are searched for in the text, later ones
 * in a set of all words; pairs are wanted only for a whole word found.
 */
class Vocabulary {
  readonly #items: readonly (LayoutItem | string)[]
  #lines: string[] | undefined
  #text: string | undefined
  #searches = 0
  #pairSearches = 0
  #words: Set<string> | undefined
  #pairs: Set<string> | undefined
  #hyphenated: Map<string, number> | undefined
  #original: string | undefined

  /** `items`: a layout's items, or the lines of a text before its layout. */
  constructor(items: readonly (LayoutItem | string)[]) {
    this.#items = items
  }

  /** The text of every line of the items (each line of a table too), as written. */
  #texts(): string[] {
    // A loop, not `flatMap` over an array per item: read for every document with a hyphen to settle.
    const texts: string[] = []
    for (const item of this.#items) {
      if (typeof item === 'string') texts.push(asWritten(item))
      else if (isLayoutTable(item)) for (const line of item.lines) texts.push(asWritten(line.text))
      else texts.push(asWritten(item.text))
    }
    return texts
  }

  /** The text of every line of the items (each line of a table too), lowercased. */
  #lowercased(): string[] {
    this.#lines ??= this.#texts().map((text) => text.toLowerCase())
    return this.#lines
  }

  hasWord(word: string): boolean {
    if (!this.#words && this.#searches++ < SEARCHES_BEFORE_SET) {
      return holdsWord(this.#joined(), word)
    }
    // The words of the joined lines are theirs: no word runs over the line break between two.
    this.#words ??= wordsOf(this.#joined())
    return this.#words.has(word)
  }

  /**
   * Whether the document writes `word` whole or with one of `endings` after it: `hasWord` of each form in turn. Each
   * form starts with `word`, so while words are searched for, a text that does not hold `word` at all holds none of
   * them: one search then answers for every form, each counted as `hasWord` counts it.
   */
  hasWordOrForm(word: string, endings: readonly string[]): boolean {
    const forms = 1 + endings.length
    if (!this.#words && this.#searches + forms <= SEARCHES_BEFORE_SET && !this.#joined().includes(word)) {
      this.#searches += forms
      return false
    }
    return this.hasWord(word) || endings.some((ending) => this.hasWord(`${word}${ending}`))
  }

  /** How many times the document writes `left-right` inside a line (lowercased halves: `to-voksen`, `tal-let`). */
  hyphenated(left: string, right: string): number {
    // As for words (`hasWord`): the first pairs are counted by a search, the map of every pair built past that. Halves
    // that are not all letters (a lowercased `İ` is two characters, one no letter) are left to the map's reading.
    if (!this.#hyphenated && this.#pairSearches < SEARCHES_BEFORE_SET && ALL_LETTERS.test(left) && ALL_LETTERS.test(right)) {
      this.#pairSearches++
      return countWord(this.#joined(), `${left}-${right}`)
    }
    if (!this.#hyphenated) {
      const counts = new Map<string, number>()
      for (const line of this.#lowercased()) {
        if (!line.includes('-')) continue
        for (const match of matchesOf(HYPHEN_PAIR, line)) {
          const key = `${match[1]}-${match[2]}`
          counts.set(key, (counts.get(key) ?? 0) + 1)
        }
      }
      this.#hyphenated = counts
    }
    return this.#hyphenated.get(`${left}-${right}`) ?? 0
  }

  /**
   * How many times the document writes `left-` before a word that starts as `right` does (its first
   * `HYPHENATED_STEM` letters: `lejde-aktioner` beside `lejde-aktionen`), the hyphen inside a line: the same compound in
   * another of its forms. 0 where `right` is no longer than that.
   */
  hyphenatedStem(left: string, right: string): number {
    // A first part of a syllable or two (`ar-` / `bejdsmarkedet`, `ar-` / `bejdsløshed…`) is where hyphenation breaks
    // many words alike: only a first part of a word's length counts.
    if (right.length <= HYPHENATED_STEM || left.length < HYPHENATED_FIRST_PART) return 0
    const text = this.#joined()
    const prefix = right.slice(0, HYPHENATED_STEM)
    // A form the document writes whole (`lejdeaktionerne` beside `lejde-aktioner`, `lejde-aktionen`) says the hyphens
    // were line ends.
    if (countWordStarts(text, `${left}${prefix}`) > 0) return 0
    return countWordStarts(text, `${left}-${prefix}`)
  }

  /** The lowercased lines as one text, a line break between them: what the searches for whole words read. */
  #joined(): string {
    // The lines joined, then lowercased as one text: the same text as the lowercased lines joined (lowercasing reads
    // no context across a line break, which is neither cased nor case-ignorable), without a copy of each line.
    this.#text ??= this.#written().toLowerCase()
    return this.#text
  }

  /** The text of every line as written, in the case it is written (for the tests that care for capitals). */
  #written(): string {
    this.#original ??= this.#texts().join('\n')
    return this.#original
  }

  /**
   * Whether the document writes `stem` (capitalised: `Europol`) as a name: whole, after a lowercase word or a comma inside
   * a sentence (`om Europol erstattes`), and never in lowercase (`For`, `Under` stand capitalised only at a sentence's
   * start, and in lowercase elsewhere).
   */
  writesAsName(stem: string): boolean {
    // The cheap tests first: whether the word occurs at all (in any case), then whether it occurs in lowercase.
    if (!this.hasWord(stem.toLowerCase())) return false
    // Searched for, not looked up in a set of every word: a document asks of one or two stems.
    const text = this.#written()
    if (holdsWord(text, stem.toLowerCase())) return false
    for (let at = text.indexOf(stem); at !== -1; at = text.indexOf(stem, at + 1)) {
      const end = at + stem.length
      if (IN_SENTENCE_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !WORD_GOES_ON.test(text.slice(end, end + 1))) return true
    }
    return false
  }

  /** Whether the document writes `word` (lowercase) whole at least `times` times. */
  writesWord(word: string, times: number): boolean {
    if (!this.hasWord(word)) return false
    const text = this.#joined()
    let seen = 0
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1))
      if (isWholeAt(text, at, at + word.length) && ++seen >= times) return true
    return false
  }

  /** Whether the document writes `left` and `right` (lowercase) as two words side by side, a space between them. */
  writesApart(left: string, right: string): boolean {
    return holdsWord(this.#joined(), `${left} ${right}`)
  }

  hasPair(left: string, right: string): boolean {
    if (!this.#pairs) {
      const pairs = new Set<string>()
      for (const line of this.#lowercased()) {
        const words = line.match(WORDS) ?? []
        for (let index = 1; index < words.length; index++) pairs.add(`${words[index - 1]} ${words[index]}`)
      }
      this.#pairs = pairs
    }
    return this.#pairs.has(`${left} ${right}`)
  }
}

/** Two runs of letters joined by a hyphen inside a line: `to-voksen`, `tal-let`, `rostock-ruten` (halves captured). */
const HYPHEN_PAIR = /(?<!\p{L})(\p{L}+)-(?=(\p{L}+))/gu

/**
 * A hyphen inside a line between lowercase halves, each two letters at least: `tal-let`, `Rostock-ruten` (not
 * `EU-borgere`, `e-mail`). The match is the hyphen; the halves are captured, read behind and ahead of it: the left one
 * is the whole run of letters before the hyphen. The right half is read, not taken, so that each hyphen of a chain is
 * settled: `dual-use-produkter` (its second hyphen was left for joining lines to read as a line end:
 * `dual-useprodukter`). (Read from the hyphen, a search skips to the hyphens; a pattern that opened with the left half
 * would try every place of the line.)
 */
const LOWER_HYPHEN = /-(?<=(?<![\p{L}\u2060])(\p{L}*\p{Ll}{2})-)(?=(\p{Ll}{2}\p{L}*))/gu

/**
 * The hyphens inside one line settled by how the document writes the word elsewhere:
 * - in a paragraph set on one line, a hyphen the document writes nowhere else, in a word it writes whole elsewhere,
 *   or in one of its inflected forms (`Ander-sen` beside `Andersens`), was a line end and goes: `tal-let` (beside
 *   `tallet`, twice) → `tallet` (old renditions that set a paragraph on a line kept its line ends' hyphens); in a
 *   rendition that glues paragraphs, so does one the word list reads as a split word (`splitsOneWord`:
 *   `forsøgsdyrsdirek-tivets`); not in a line of a paragraph whose line ends the rendition kept;
 * - in a glued paragraph, whose hyphens between lowercase letters joining reads as line ends (`util/hyphenation.ts`),
 *   a hyphen the document writes in the same word again, and never the word whole, is the word's own and is kept:
 *   `Gedser-Rostock-ruten` (twice);
 * - in a long line of a rendition that glues no paragraph (`gluesParagraphs`: a web page that sets each paragraph on
 *   a line of its own), a hyphen is the word's own and is kept (`dual-use`, `alm. del-spørgsmål`) unless the document writes
 *   the word whole elsewhere, as in a line of running text.
 */
function settleInnerHyphens(text: string, vocabulary: Vocabulary, glues: boolean, wrapped: boolean): string {
  if (!text.includes('-')) return text
  const long = text.length > GLUED_LINE_LENGTH
  // A short line of a wrapped paragraph keeps every hyphen (each branch below returns the hyphen as it stands): no pass over it.
  if (!long && wrapped) return text
  const glued = long && glues
  if (glued && keptLineEndsAsSpaces(text)) return text
  return text.replace(LOWER_HYPHEN, (hyphen: string, left: string, right: string, at: number) => {
    // `at` is the hyphen's place; the left half ends there.
    const start = at - left.length
    const [a, b] = [left.toLowerCase(), right.toLowerCase()]
    const count = vocabulary.hyphenated(a, b)
    if (glued) {
      // The searches of the whole text last: most hyphens are settled by the cheaper tests before them.
      const own =
        count >= 2 ||
        isNameCompound(left, b, vocabulary) ||
        namedStem(left, b, vocabulary) ||
        gluedCompound(left, a, b, text.slice(Math.max(0, start - NAME_BEFORE), start), vocabulary) ||
        vocabulary.hyphenatedStem(a, b) >= 2
      return own && !vocabulary.hasWord(`${a}${b}`) ? KEPT_HYPHEN : hyphen
    }
    // A line of a paragraph whose line ends the rendition kept (`wrapped`) holds no earlier line end: its hyphen is
    // the writer's (`… omkostninger på` / `anbringelses-området, herunder …` beside `anbringelsesområdet`).
    if (!wrapped && count === 1 && (vocabulary.hasWordOrForm(`${a}${b}`, INFLECTIONS) || (glues && splitsOneWord(a, b)))) return ''
    // A long line that is no glued paragraph: joining lines would read its hyphens as line ends (`repairGlued`).
    return long ? KEPT_HYPHEN : hyphen
  })
}

/** How many first letters of a compound's second part make two of its forms one compound (`aktio` of `aktioner`, `aktionen`). */
const HYPHENATED_STEM = 5

/** The shortest first part of such a compound: shorter ones are syllables hyphenation splits off (`ar-`, `be-`). */
const HYPHENATED_FIRST_PART = 4

/** How far before a hyphen's stem the word before it is looked for (`Grøn ` before `Vækst-pakken`). */
const NAME_BEFORE = 24

/** A capitalised word and a space right before the stem: the stem is a name's second word (`Grøn Vækst`). */
const NAME_WORD_BEFORE = /\p{Lu}\p{Ll}+ $/u

/**
 * Whether a hyphen inside a glued paragraph is a compound's own by more of the document's evidence (the caller checks
 * that it never writes the two halves as one): it writes the two halves side by side as words elsewhere (`TAC/kvote-
 * forordning` beside `TAC/kvote forordning`), or the stem is a two-word name's second word that the document writes
 * as a name elsewhere (`Grøn Vækst-pakken` beside `Med Grøn Vækst er …`; a line end splits no name's word it writes
 * whole: `Naturstyrel-sen`).
 */
function gluedCompound(stem: string, a: string, b: string, before: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.writesApart(a, b)) return true
  return NAME_WORD.test(stem) && NAME_WORD_BEFORE.test(before) && vocabulary.writesAsName(stem)
}

/**
 * Whether `stem` (`Europol`) and the lowercase `tail` after its hyphen (`forordningen`) are a name's compound by the
 * document's own evidence: it writes the stem as a name inside a sentence and never in lowercase, and the tail as a
 * word twice (once where it is joined to the stem). The caller checks that the two are never written as one.
 */
function isNameCompound(stem: string, tail: string, vocabulary: Vocabulary): boolean {
  return NAME_WORD.test(stem) && vocabulary.writesAsName(stem) && vocabulary.writesWord(tail, 2)
}

/**
 * Whether a glued line's hyphen after a capitalised stem is a name's compound because the document writes the stem as
 * a name inside a sentence elsewhere, standing alone (`i Helmand` beside `Helmand-provinsen`), before a tail long
 * enough to be a word of its own (`provinsen`, not `en` or `sen`): a line end that splits a word inside itself leaves a
 * stem the document never writes alone (`Naturstyrel-sen`).
 */
function namedStem(stem: string, tail: string, vocabulary: Vocabulary): boolean {
  return tail.length >= NAMED_STEM_TAIL && NAME_WORD.test(stem) && vocabulary.writesAsName(stem)
}

/** The shortest tail after a named stem's hyphen read as a word of its own. */
const NAMED_STEM_TAIL = 6

/** How far into a page Folketingstidende's address line stands (under the question's number, a blank line between). */
const TIDENDE_ADDRESS_WITHIN = 5

/**
 * Whether a rendition glues its paragraphs' lines, as older ft.dk renditions of PDF letters do: all but
 * Folketingstidende's § 20 pages (webarkiv.ft.dk, 1997–2007), web pages that set each paragraph on a line of its own
 * with no line end inside it — known by the address line under the question's number (`Til statsministeren (20/2
 * 04) af:`). `entries`: a layout's items, or the lines of a text before its layout.
 */
export function gluesParagraphs(entries: readonly (LayoutItem | string)[]): boolean {
  // The first entries a head is read in: a layout's first items (a table counted, not read), or a text's first lines
  // that are not blank.
  let seen = 0
  for (const entry of entries) {
    if (seen >= TIDENDE_ADDRESS_WITHIN) break
    if (typeof entry === 'string' && entry.trim() === '') continue
    seen++
    const text = typeof entry === 'string' ? entry : isLayoutTable(entry) ? undefined : entry.text
    if (text !== undefined && TIDENDE_ADDRESS.test(text)) return false
  }
  return true
}

/**
 * A line's word before its end's hyphen (`wordBeforeHyphen`) that is lowercase: `to` in `… baseret på to-`. What
 * `/(?<!\p{L})(\p{Ll}{2,})-$/u` captures — the whole run of letters before the hyphen, where all of them are lowercase
 * — read back from the hyphen instead of by the pattern tried at every word start of the line.
 */
const LOWERCASE_WORD = /^\p{Ll}{2,}$/u

/**
 * A compound's capitalised part (a name) at a line end, after a hyphen of the compound's own: `EU-Mercosur-` /
 * `aftalen`, `Gedser-Rostock-` / `ruten`. A name joins the word after it with a hyphen (`Mercosur-aftalen`), and a
 * line that breaks a hyphenated compound breaks it at its hyphens. Not `Mercosur-` alone (`Kronjyl-` / `lands` is a
 * name split by hyphenation) nor `fasttrack-ordnin-` (lowercase).
 */
const NAME_PART_END = /(?<=\p{L}-)(\p{Lu}\p{Ll}{2,})-$/u

/**
 * The shortest word after `NAME_PART_END` read as a compound's last part (`ruten`, `sagen`): shorter, it is a syllable
 * that hyphenation split off the name (`Juel-Jen-` / `sen`, `Holm-Han-` / `sen`).
 */
const NAME_PART_TAIL = 4

/**
 * Whether a line end after a compound's capitalised part (`NAME_PART_END`) split the part itself: the word after is a
 * syllable (`Juel-Jen-` / `sen`), or the document writes the two halves as one word (`EU-Kommis-` / `sionen` beside
 * `EU-Kommissionen`), or the word list has them as one word and the second half as no word of its own, nor does the
 * document beyond this line end (`Europa-Kommis-` / `sionen`; not `Gedser-Rostock-` / `ruten`).
 */
function splitsNamePart(name: string, right: string, vocabulary: Vocabulary): boolean {
  if (right.length < NAME_PART_TAIL) return true
  const [a, b] = [name.toLowerCase(), right.toLowerCase()]
  return vocabulary.hasWord(`${a}${b}`) || (isListedWord(`${a}${b}`) && !isListedWord(b) && !vocabulary.writesWord(b, 2))
}

/**
 * A capitalised word at a line end before a hyphen: `… om Europol-` (the word captured). A compound of a name and a
 * lowercase word keeps its hyphen in Danish (`Europol-forordningen`, `Nato-topmødet`), but far more often such a line
 * end splits a capitalised word inside itself (`Folke-` / `tinget`, `Trafik-` / `udvalget`, `Kronjyl-` / `lands`): the
 * hyphen is kept only where the document settles it (`keepLineEndHyphen`).
 */
const NAME_END = /(?<![\p{L}-])(\p{Lu}\p{Ll}{2,})-$/u

/**
 * The line end's hyphen marked the word's own (`KEPT_HYPHEN`) where the document writes the two halves with the
 * hyphen inside a line and never whole: `to-` / `voksen-undervisning` beside `to-voksen-undervisning`; and after a
 * name that is a hyphenated compound's part (`NAME_PART_END`) where the document never writes the halves whole; and
 * after a capitalised word (`NAME_END`) that the document writes as a name inside a sentence and never in lowercase,
 * before a word it writes whole again, where it never writes the two as one (`Europol-` / `forordningen` beside `om
 * Europol erstattes` and `om forordningen`; not `Trafik-` / `udvalget`, nor `Euro-` / `pol`).
 */
function keepLineEndHyphen(text: string, next: string, vocabulary: Vocabulary): string {
  if (!text.endsWith('-')) return text
  const after = next.trimStart()
  // A suspended hyphen before `og`, `eller` (`KL’s Miljø-` / `og Forsyningsudvalg`): joining lines keeps it apart.
  if (SUSPENDED_FOLLOWERS.test(after)) return text
  const right = FIRST_WORD.exec(after)?.[1]
  if (!right || right.length < MIN_PART) return text
  const word = wordBeforeHyphen(text)
  const left = LOWERCASE_WORD.test(word) ? word : undefined
  if (left) {
    const [a, b] = [left.toLowerCase(), right.toLowerCase()]
    return vocabulary.hyphenated(a, b) > 0 && !vocabulary.hasWord(`${a}${b}`) ? `${text}\u2060` : text
  }
  const name = NAME_PART_END.exec(text)?.[1]
  if (name) return splitsNamePart(name, right, vocabulary) ? text : `${text}\u2060`
  const stem = NAME_END.exec(text)?.[1]
  if (!stem) return text
  const tail = right.toLowerCase()
  // The document writes the compound with its hyphen on one line elsewhere (ft.dk's running title's
  // `Gini-koefficienten` beside `Gini-` / `koefficienten`), as a lowercase stem's is kept above.
  const own = isNameCompound(stem, tail, vocabulary) || vocabulary.hyphenated(stem.toLowerCase(), tail) > 0
  return own && !vocabulary.hasWord(`${stem.toLowerCase()}${tail}`) ? `${text}\u2060` : text
}

/** The letters before a line end's hyphen inside a web address: `mini` in `…/afsloering-kl-fik-amputeret-mini-`. */
const ADDRESS_PART_END = /(?<!\p{L})(\p{L}+)-$/u

/**
 * A line that ends inside a web address with a hyphen (joining lines keeps it as the address's own,
 * `util/hyphenation.ts`): the hyphen made soft where the document writes the two halves as one word
 * (`…-amputeret-mini-` / `mumsnormeringer-paa-…` beside `minimumsnormeringer`).
 */
function joinAddressSplit(text: string, right: string, vocabulary: Vocabulary): string {
  if (!text.endsWith('-') || !text.includes('://')) return text
  const start = text.lastIndexOf(' ') + 1
  if (!text.includes('://', start)) return text
  const left = ADDRESS_PART_END.exec(text.slice(start))?.[1]
  if (!left || !vocabulary.hasWord(`${left}${right}`.toLowerCase())) return text
  return `${text.slice(0, -1)}${SOFT_HYPHEN}`
}

/**
 * A line end with a hyphen after a lowercase letter (`…  ordnin-`, `fleksjob‐`, `Op\u00AD`): a rendition that has one
 * kept its line ends' hyphens. Not after a capital (`EU-` / `borgere`: the compound's own hyphen, which a rendition
 * that drops soft hyphens keeps).
 */
const HYPHEN_AT_END = /\p{Ll}[-\u00AD\u2010\u2011]$/u

/** A suspended compound's follower opening the next line (`social-` / `og indenrigsministeren`): the hyphen is the words'. */
const SUSPENDED_AFTER = /^\s*(?:og|eller|samt)\s/u

/**
 * Whether no line of the document ends in a hyphen after a lowercase letter, but where the next line opens with a
 * suspended compound's follower: the rendition dropped its hyphens (pdf.js and other extractors drop soft hyphens,
 * `/work/shared/docs/pdf-notes.md`; a printed hyphen of the words' own, `social-` / `og`, stays), so a word broken
 * over a line reads as two.
 */
function dropsHyphens(items: readonly LayoutItem[]): boolean {
  return !items.some((item, index) => {
    if (isLayoutTable(item) || !HYPHEN_AT_END.test(item.text.trimEnd())) return false
    const next = items[index + 1]
    return !(next && !isLayoutTable(next) && SUSPENDED_AFTER.test(next.text))
  })
}

/**
 * The tail of an adjective in -isk, -iske broken off by hyphenation: a syllable of one to three letters before the
 * suffix (`tariske` of `parlamen` / `tariske`, `pæiske` of `euro` / `pæiske`). Danish hyphenation breaks such an
 * adjective before its last syllables; a whole adjective before it has a longer stem (`politiske`, `tekniske`,
 * `kritiske`). Short whole ones exist (`fysiske`, `etiske`): the join is a guess and is flagged.
 */
const ADJECTIVE_TAIL = /^\p{Ll}{1,3}isk(?:e|es)?(?![\p{L}-])/u

/**
 * Words that stand before an adjective (`den`, `meget`, `det`) and so end a line before a whole one: never the head of
 * a split word. (A head of one to three letters is never taken either: `de`, `et`, `så`.)
 */
const BEFORE_ADJECTIVE = new Set([
  'alle',
  'andre',
  'både',
  'deres',
  'disse',
  'eller',
  'flere',
  'helt',
  'hvilke',
  'ikke',
  'jeres',
  'lige',
  'mange',
  'meget',
  'mere',
  'mest',
  'mindre',
  'noget',
  'nogle',
  'rent',
  'samt',
  'sine',
  'særligt',
  'vores',
])

/**
 * A noun in -tion or -sion broken before its ending's last syllable (`evakueringssituatio` / `nen`, `diskussio` / `ner`):
 * Danish hyphenation splits `si-tu-a-tio-nen`, and no word ends in `tio` or `sio` but the odd loan (`ratio`, a head of
 * five letters at least leaves few), nor is `nen` or `nerne` a word. The head's end, and the tail as the next line's
 * whole first word.
 */
const NOUN_HEAD = /\p{Ll}{2}[ts]io$/u
const NOUN_TAIL = /^n(?:en|er|erne|ens|ers|ernes)$/u

/** How long the head of a split adjective is at least: `euro` / `pæiske`. */
const MIN_GUESSED_HEAD = 4

/**
 * A line end joined by the shape of its halves alone, in a rendition that dropped its hyphens (`dropsHyphens`): a
 * lowercase head of four letters or more that stands before no adjective, and an adjective's tail (`ADJECTIVE_TAIL`).
 * Marked `GUESSED_JOIN`, which the extractors report as `text-join-unsure`.
 */
function guessLostHyphen(text: string, next: string): string {
  const left = lastWord(text)
  if (!left || left.length < MIN_GUESSED_HEAD || BEFORE_ADJECTIVE.has(left.toLowerCase())) return text
  return ADJECTIVE_TAIL.test(next.trimStart()) ? `${text.trimEnd()}${GUESSED_JOIN}` : text
}

/**
 * Whether a line end splits one word by the word list alone, where the document writes neither the whole word nor the
 * two halves side by side (the caller asked): the halves joined are a listed word and one of them is not — `pri` /
 * `vate`, `eksem` / `pelvis` (not `over` / `tid`, two words as much as one; not `af` / `live-tv`, whose second half
 * goes on in a compound; `next` is the next line from its first word). The list holds the words ft.dk's
 * renditions write inside a line (`scripts/lexicon.js`); what it lacks (`Plan` / `tage`, a name) stays apart. Only in
 * a rendition that dropped its hyphens (the caller asks `dropsHyphens`), and flagged as guessed (`GUESSED_JOIN`).
 */
function splitByList(left: string, right: string, next: string): boolean {
  // A first word that goes on in a compound (`live` of `af` / `live-tv`) is no whole half.
  if (next.charAt(right.length) === '-') return false
  return splitsOneWord(left.toLowerCase(), right.toLowerCase())
}

/**
 * Whether lowercase `a` and `b` are one word split, by the word list alone: joined they are a listed word and one half
 * is not (`pri` / `vate`: `splitsListedWord`), or neither half is a listed word and the two end in one
 * (`forsøgsdyrsdirek` / `tivets`: `splitsCompoundTail`).
 */
function splitsOneWord(a: string, b: string): boolean {
  return splitsListedWord(a, b) || splitsCompoundTail(a, b)
}

/** The shortest listed word read as a compound's last part across a line end (`produktionen`). */
const MIN_TAIL_WORD = 6

/**
 * Whether neither half is a listed word but the two joined end in one that starts inside the first half, a compound's
 * last part split by the line end: `træpro` / `duktionen` (`træ` + `produktionen`). Two halves that are no words each
 * seldom end two lines of running text side by side, unless a word was broken between them.
 */
function splitsCompoundTail(a: string, b: string): boolean {
  if (isListedWord(a) || isListedWord(b)) return false
  const whole = `${a}${b}`
  for (let at = 1; at <= a.length - 2; at++) {
    if (whole.length - at >= MIN_TAIL_WORD && isListedWord(whole.slice(at))) return true
  }
  return false
}

/** A line of two to five capitalised words: a name, as a signature sets it. */
const NAME_LINE = /^\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){1,4}$/u

/**
 * Whether a name stands over one word alone on the next line (`Preben Rudiengaard` / `formand`): a signature's name and
 * title, which the word list may know glued (`rudiengaardformand`, learnt from old renditions' signatures), no split.
 */
function nameOverTitle(text: string, next: string, right: string): boolean {
  return next.trim() === right && NAME_LINE.test(text.trim())
}

/** Whether lowercase `a` and `b` joined are a listed word and one of them is not (`pri` / `vate`; not `over` / `tid`). */
function splitsListedWord(a: string, b: string): boolean {
  return isListedWord(`${a}${b}`) && !(isListedWord(a) && isListedWord(b))
}

/** A line that breaks off inside a sentence: it ends with a letter, a digit, a comma or a hyphen (`… omkostninger på`). */
const BREAKS_OFF = /[\p{L}\d,-]$/u

/**
 * A word a justified PDF's text split with a stray space before a line end's hyphen kept as a space: `fugl e-
 * influenza`, `Fisk e- riforening`, `Fødevarest y- relsen`, `De t- te` (one or two letters between the space and the
 * hyphen). Captured: the three pieces.
 */
const STRAY_SPACE_SPLIT = /(?<![\p{L}-])(\p{L}{2,})\s(\p{Ll}{1,2})-\s(\p{Ll}{2,})(?![\p{L}-])/gu

/**
 * `text` with each stray-space split (`STRAY_SPACE_SPLIT`) joined where the document writes the whole word elsewhere
 * (`fugleinfluenza`, four times beside `fugl e- influenza`), or its genitive (`Fiskeriforenings` beside `Fisk e-
 * riforening`); without that evidence the pieces stay as printed (`til for- mål`, `skal mu- tere`).
 */
function joinStraySpaceSplits(text: string, vocabulary: Vocabulary): string {
  // Cheap literal test first: every split holds a hyphen and a space after it.
  if (!text.includes('- ')) return text
  return text.replace(STRAY_SPACE_SPLIT, (match, a: string, b: string, c: string) => {
    const whole = `${a}${b}${c}`.toLowerCase()
    return vocabulary.hasWord(whole) || vocabulary.hasWord(`${whole}s`) ? `${a}${b}${c}` : match
  })
}

/**
 * The hyphens inside each glued paragraph that the document's spelling settles (`settleInnerHyphens`), read before the
 * paragraph is cut at its run-in headings (`layout/inline-headings.ts`): a piece cut from a glued line is repaired as
 * the glued paragraph it came from, which joins a hyphen between lowercase letters as a line end — `efter Irak-krigen`
 * in a question glued to its heading and its answer, where the answer writes `at Irak med` (`namedStem`). A hyphen
 * kept here is the word's own in every piece; the others are left to the repair and to `markLostHyphens`.
 */
export function settleGluedHyphens(items: readonly LayoutItem[], paragraphLines = false): readonly LayoutItem[] {
  if (paragraphLines || !items.some(isGluedWithHyphen) || !gluesParagraphs(items)) return items
  const vocabulary = new Vocabulary(items)
  return items.map((item) => {
    if (!isGluedWithHyphen(item) || isLayoutTable(item)) return item
    const settled = settleInnerHyphens(item.text, vocabulary, true, false)
    return settled === item.text ? item : { ...item, text: settled }
  })
}

/**
 * `settleGluedHyphens` of a text's lines before its layout, where a glued letter's line is cut into its parts
 * (`layout/text/unglue-lines.ts`, lines of `minLength` and longer) and each part repaired as glued: the hyphens the
 * document's spelling keeps (`Irak-krigen` beside `at Irak med`) are marked kept (`KEPT_HYPHEN`) in such lines first.
 * Not in a text that glues no paragraph (`gluesParagraphs`).
 */
export function settleGluedTextLines(lines: readonly string[], minLength: number): readonly string[] {
  const long = (line: string) => line.length >= minLength && line.includes('-')
  if (!lines.some(long) || !gluesParagraphs(lines)) return lines
  const vocabulary = new Vocabulary(lines)
  return lines.map((line) => (long(line) ? settleInnerHyphens(line, vocabulary, true, false) : line))
}

/** A line of text (no table, no role) longer than any printed line, with a hyphen in it: a glued paragraph to settle. */
function isGluedWithHyphen(item: LayoutItem): boolean {
  return !isLayoutTable(item) && !item.role && item.text.length > GLUED_LINE_LENGTH && item.text.includes('-')
}

/**
 * The items with a soft hyphen put back at each line end that splits a word the document uses whole, and the hyphens
 * the document's own spelling settles (`settleInnerHyphens`, `keepLineEndHyphen`). `paragraphLines`: the input is
 * known to set each paragraph on a line of its own and glue none (a Word document's HTML rendition,
 * `input/text.ts`), whatever `gluesParagraphs` reads.
 */
export function markLostHyphens(items: readonly LayoutItem[], paragraphLines = false): LayoutItem[] {
  const vocabulary = new Vocabulary(items)
  const glues = !paragraphLines && gluesParagraphs(items)
  let dropped: boolean | undefined
  // For each item, the paragraph's next line: the next item that is not a page footer or header between pages.
  const following: (LayoutItem | undefined)[] = []
  let next: LayoutItem | undefined
  for (let index = items.length - 1; index >= 0; index--) {
    following[index] = next
    const item = items[index] as LayoutItem
    if (isLayoutTable(item) || !item.role) next = item
  }
  /**
   * Whether the previous line broke off inside a sentence: the rendition kept the paragraph's line ends there (not a
   * heading's line).
   */
  let broken = false
  return items.map((original, index) => {
    if (isLayoutTable(original)) broken = false
    if (isLayoutTable(original) || original.role) return original
    const after = following[index]
    const breaksOff = BREAKS_OFF.test(original.text)
    // A line of a paragraph whose line ends the rendition kept: it or the line before it breaks off mid-sentence.
    const wrapped = (broken && !original.breakBefore) || (breaksOff && after !== undefined && !isLayoutTable(after) && !after.breakBefore)
    // A heading on a line of its own (`Spørgsmål nr. 11`, `Svar` — with no colon it ends in a digit or a letter)
    // opens what follows: the line after it continues no sentence of its.
    broken = breaksOff && !isHeading(original.text.trim())
    const settled = settleInnerHyphens(joinStraySpaceSplits(original.text, vocabulary), vocabulary, glues, wrapped)
    const item = settled === original.text ? original : { ...original, text: settled }
    if (item.endsParagraph) return item
    const next = following[index]
    if (!next || isLayoutTable(next) || next.breakBefore) return item
    const kept = keepLineEndHyphen(item.text, next.text, vocabulary)
    if (kept !== item.text) return { ...item, text: kept }
    const right = FIRST_WORD.exec(next.text.trimStart())?.[1]
    if (!right || right.length < MIN_PART) return item
    const address = joinAddressSplit(item.text, right, vocabulary)
    if (address !== item.text) return { ...item, text: address }
    const left = lastWord(item.text)
    if (!left || left.length < MIN_PART) return item
    const whole = `${left}${right}`.toLowerCase()
    if (endingAlone(left, right, next.text.trimStart())) return item
    if (vocabulary.hasWordOrForm(whole, INFLECTIONS)) {
      return vocabulary.hasPair(left.toLowerCase(), right.toLowerCase()) ? item : { ...item, text: `${item.text.trimEnd()}${SOFT_HYPHEN}` }
    }
    // Read only where a line end qualifies: most line ends are between words.
    const shaped = ADJECTIVE_TAIL.test(right)
    const noun = !shaped && NOUN_HEAD.test(left) && NOUN_TAIL.test(right)
    if (!shaped && !noun && (nameOverTitle(item.text, next.text, right) || !splitByList(left, right, next.text.trimStart()))) return item
    dropped ??= dropsHyphens(items)
    if (!dropped) return item
    const guessed = shaped ? guessLostHyphen(item.text, next.text) : `${item.text.trimEnd()}${GUESSED_JOIN}`
    return guessed === item.text ? item : { ...item, text: guessed }
  })
}
