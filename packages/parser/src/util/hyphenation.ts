/**
 * Joining lines of running text back into one string.
 *
 * A line that ends in a hyphen is one of four things:
 * - a word split by hyphenation: `Op-` + `gørelsen` → `Opgørelsen`;
 * - a suspended compound: `førtidspension-` + `og fleksjob` → `førtidspension- og fleksjob`;
 * - a real compound hyphen after an abbreviation or a number: `EU-` + `borgere`,
 *   `2020-` + `målene` → `EU-borgere`, `2020-målene`;
 * - a hyphen before a capital: `Damsbo-` + `Andersen` → `Damsbo-Andersen`.
 * U+00AD (soft hyphen) at a line end always joins; inside a line it is dropped. U+2010 (HYPHEN) and U+2011
 * (NON-BREAKING HYPHEN) at a line end count as `-`: Chromium's PDFs draw a soft hyphen taken at a line break as
 * U+2010.
 */
import { isMonthAbbreviation, isMonthName } from './dates.js'
import { hot } from './hot-patterns.js'
import { readOnceByText } from './memo.js'
import { isListedWord } from './word-list.js'

/** The soft hyphen (U+00AD): a place a word may break, printed only where it does. */
export const SOFT_HYPHEN = '\u00AD'

/**
 * U+2060 (WORD JOINER) right after a hyphen: the hyphen is the word's own, set there by `layout/lost-hyphens.ts`
 * where the document writes the same compound with its hyphen inside a line (`to-` / `voksen-undervisning` beside
 * `to-voksen-undervisning`; `Gedser-Rostock-ruten` twice in a glued line). Kept at a line end, not joined inside a
 * glued line; the joiner itself is dropped from the joined text.
 */
export const KEPT_HYPHEN = '-\u2060'
const WORD_JOINER = '\u2060'

/**
 * A line's text as the document writes it: a hyphen kept as the word's own (`KEPT_HYPHEN`, by `settleGluedTextLines`
 * before the layout) is the plain hyphen it was (`Ammitzbøll-⁠Bille` → `Ammitzbøll-Bille`): for counting a compound's
 * hyphens, and for a name read from the line.
 */
export function asWritten(text: string): string {
  return text.includes(KEPT_HYPHEN) ? text.replaceAll(KEPT_HYPHEN, '-') : text
}

/**
 * A soft hyphen followed by U+2063 (INVISIBLE SEPARATOR): a line end that `layout/lost-hyphens.ts` joined by the word's
 * shape alone, with nothing in the document to confirm it (`parlamen` / `tariske` in a rendition that dropped its soft
 * hyphens). Joined like a soft hyphen; the extractors that read the text warn `text-join-unsure` where they find it
 * (`joinedByGuess`).
 */
export const GUESSED_JOIN = '\u00AD\u2063'
const INVISIBLE_SEPARATOR = '\u2063'

/** Whether any of `lines` ends in a join guessed from the word's shape (`GUESSED_JOIN`). */
export function joinedByGuess<T extends { text: string }>(lines: readonly T[]): T | undefined {
  return lines.find((line) => line.text.endsWith(GUESSED_JOIN))
}

/** A line-end hyphen other than `-`: `fleksjob‐` (U+2010), `fleksjob‑` (U+2011). */
const UNICODE_HYPHEN_END = /[\u2010\u2011]$/u

/** Words that follow a suspended hyphen: `social- og indenrigsministeren`, `arbejds- eller`. */
export const SUSPENDED_FOLLOWERS = /^(og|eller|samt|til|som|&|,)(?=[\s,]|$)/u

/**
 * Whether a line end's hyphen before a suspended compound's follower is one: always before `og`, `eller`, `samt`, `&`
 * or a comma; before `som` only after `både` or `såvel` (`både social- som sundhedsområdet`) and before `til` only
 * after `fra` (`fra børne- til ungeområdet`), on the line — else the follower is the rest of a word a line end split
 * (`vold-` / `som på dette område`, `opmærk-` / `som`, `lige-` / `som`).
 */
function suspends(left: string, right: string): boolean {
  if (right.startsWith('som')) return CORRELATIVE_SOM.test(left)
  if (right.startsWith('til')) return CORRELATIVE_TIL.test(left)
  return true
}

/** `både` or `såvel`, which a suspended compound's `som` answers. */
const CORRELATIVE_SOM = /(?<!\p{L})(?:både|såvel)(?!\p{L})/iu

/** `fra`, which a suspended compound's `til` answers. */
const CORRELATIVE_TIL = /(?<!\p{L})fra(?!\p{L})/iu

/**
 * `hvor-` / `til` is `hvortil`, not a suspended compound: hvor-, der- and her- join the preposition after them
 * (`hvortil`, `derfor`, `hermed`, `hvorefter`) — `til` would otherwise read as a suspended hyphen's follower. Tested
 * on the word before the hyphen (`wordBeforeHyphen`), the whole run of letters there: what
 * `/(?:^|[^\p{L}])(?:hvor|der|her)-$/iu` finds at the end of the paragraph joined so far, without trying it at every
 * place of that paragraph at every line end.
 */
const PRONOMINAL_ADVERB = /^(?:hvor|der|her)$/iu
const PREPOSITION_RIGHT = /^(?:til|for|med|af|om|på|ved|under|efter|fra|imod|mod|over|ud|ind|igennem|i|hos|blandt)(?=[\s,.;:]|$)/u

/**
 * Prefixes that keep their hyphen before a lowercase word: `ikke-vestlige`, `ikke-medlem`, `ex-minister`, `e-boks`,
 * `non-food`, `it-området` (no Danish word opens with a syllable `it` that hyphenation splits off: `i-ta-li-ensk`).
 * Danish writes its other prefixes closed (`antibiotika`, `vicedirektør`, `supersygehus`, `postnummer`, `semifinale`,
 * `kontraspionage`, `økonomi`, `corona`, `projekt`), and hyphenation splits them off at line ends (`anti-` / `biotika`,
 * `øko-` / `nomisk`): there the hyphen goes, unless the document writes the compound with its hyphen inside a line
 * (`layout/lost-hyphens.ts`).
 */
const KEPT_PREFIXES = 'ikke|non|ex|e|it'
const HYPHENATED_PREFIX = new RegExp(`(?:^|[\\s(])(?:${KEPT_PREFIXES})-$`, 'iu')
const KEPT_PREFIX_WORD = new RegExp(`^(?:${KEPT_PREFIXES})$`, 'iu')

/**
 * `alm. del` as a compound's first part, as the Folketing writes its cases' questions and annexes: `alm. del-spørgsmål`,
 * `KUU alm del-spørgsmål 75`, `alm. del-bilag`. The hyphen is the compound's, at a line end or inside a glued line;
 * not `del-` after another word (`del-` / `tagelse` is a split `deltagelse`).
 */
const CASE_COMPOUND_LEFT = /(?:^|[^\p{L}])alm\.?\s?del-$/iu

/**
 * What the word before the hyphen (`wordBeforeHyphen`) ends in wherever `CASE_COMPOUND_LEFT` matches (its `del` is
 * letters right before the final hyphen): the pattern, which is tried at every place of the paragraph joined so far,
 * only where the word does.
 */
const DEL_END = /del$/iu

/** `alm. ` or `alm ` just before `del` in a glued line (tested on the few characters before it). */
const CASE_BEFORE_DEL = /(?:^|[^\p{L}])alm\.?\s?$/iu

/** How many characters before `del` hold `alm. ` (and the character before it). */
const CASE_BEFORE_DEL_SPAN = 6

/**
 * The letter before the hyphen is a capital or a digit, or an abbreviation's full stop: an abbreviation or number
 * compound (`EU-`, `2020-`, `pct.-` / `point`).
 */
const COMPOUND_LEFT = /(?:[\p{Lu}\d]|\p{L}\.)-$/u

/** A word split by hyphenation: a lowercase letter, a hyphen, the line end. */
const SPLIT_WORD_LEFT = /\p{Ll}-$/u

/** One letter (`\p{L}`), a character or a surrogate pair: the word before a line end's hyphen is read back by it. */
const ONE_LETTER = /^\p{L}$/u

/** Whether UTF-16 code unit `code` is the second half of a surrogate pair. */
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * A vowel. Every syllable hyphenation splits off holds one (`ek-` / `sempel`, `Ne-` / `penthes`); a part without one is an
 * abbreviation written in lowercase, whose hyphen is the compound's: `tv-avisen`, `sms-beskeder`, `pc-`, `cd-`, `mrsa-`.
 */
const VOWEL = /[aeiouyæøåáàâäéèêëíìîïóòôöúùûüý]/iu

/** Whether `word` (the letters before a hyphen) is no syllable but a lowercase abbreviation: it holds no vowel. */
export function isVowelless(word: string): boolean {
  return word.length >= ABBREVIATION_MIN && !VOWEL.test(word)
}

/**
 * Whether the word at `at` in `text`, after a hyphen, holds no vowel (`live-tv`, `DR-tv`, `gratis-sms`): no syllable
 * hyphenation splits off, so the hyphen is the compound's, as before a vowelless word (`isVowelless`).
 */
function vowellessAfter(text: string, at: number): boolean {
  const word = WORD_AFTER.exec(text.slice(at, at + VOWELLESS_AFTER_SPAN))?.[0]
  return word !== undefined && word.length < VOWELLESS_AFTER_SPAN && isVowelless(word)
}

/** The characters after a hyphen read for `vowellessAfter`: an abbreviation is short. */
const VOWELLESS_AFTER_SPAN = 8

/** A letter alone before a hyphen is no abbreviation but one stranded by a spaced rendition (`udarbe j-` / `delsen`). */
const ABBREVIATION_MIN = 2

/**
 * A web address continued on the next line: its last run holds `http://` or `https://` or opens with `www.` (`… se
 * http://www.ft.dk/` + `…`, `… fra www.infomigrants.net/en/post/22235/` + `serbia-to-take-…`).
 * A line break in an address falls at its own hyphens far more often than hyphenation splits a word of it: a hyphen at
 * its line end is kept (`…/Isenkraemmer--FOedevarekontrollen-spilder-` / `tiden.`) unless it splits a double consonant
 * (`splitsDoubleConsonant`) or the document writes the halves as one word (`layout/lost-hyphens.ts` made it soft); the
 * next line goes on without a space — as it does after any break where the next line opens with a character only an
 * address has there (`…/Pressemoede_Eigtveds_Pakhus_om` / `_mink_4_november_2020_qtp.mp4`).
 */
function continuesAddress(a: string, b: string): boolean {
  const broken = a.endsWith('/') || ADDRESS_ONLY_START.test(b) || (a.endsWith('-') && a.includes('://'))
  return broken && (a.includes('://') || a.includes('www.')) && /^[\w/.?&=#%-]/u.test(b) && ADDRESS_WORD.test(lastWord(a))
}

/**
 * A word that is a web address: `https://…`, `http://…`, `www.…` — the last only where it breaks at a `/` or before a
 * character only an address has: a hyphen at its line end is read as any word's (`…/minderjaehrige-flue-` /
 * `chtlinge-…`, hyphenation's), as it was before addresses without their scheme were joined at all.
 */
const ADDRESS_WORD = /https?:\/\/|^www\./u

/** A line that opens with a character only an address has there: `_mink_4_november_2020.mp4`, `?id=3`, `&side=2`. */
const ADDRESS_ONLY_START = /^[_?&=#%]/u

/**
 * A consonant doubled across a hyphen: `sik-` / `kerhedsproblemer`. Danish hyphenation splits a double consonant between
 * its letters (`sik-kerhed`, `mid-dag`, `let-te`), so a web address's hyphen that falls there was set by hyphenation, not
 * by the address (`…/aktion-afsloerer-store-sik-` / `kerhedsproblemer-paa-…`).
 */
function splitsDoubleConsonant(a: string, b: string): boolean {
  const letter = a.at(-2)?.toLowerCase() ?? ''
  return letter !== '' && !VOWEL.test(letter) && /^\p{Ll}$/u.test(letter) && b.startsWith(letter)
}

const LOWERCASE_START = /^\p{Ll}/u

/**
 * The last run of non-whitespace: `… se http://www.ft.dk/` → `http://www.ft.dk/`. The lookbehind starts the search
 * only where a run starts, so a long run is read once (a plain `\S*$` retries it from every character).
 */
const LAST_WORD = /(?<!\S)\S*$/u

function lastWord(text: string): string {
  return LAST_WORD.exec(text)?.[0] ?? ''
}

/**
 * The run of letters before a line end's hyphen: `tv` in `… i tv-` (empty where `text` does not end in a hyphen after
 * a letter). Read back from the hyphen a letter at a time, not with an end-anchored pattern: a paragraph's text grows
 * with each line joined, and a pattern (`(?<!\p{L})\p{L}+(?=-$)`, whose match is this run: letters only, ending at the
 * last hyphen, starting where no letter stands before) would be tried at every word start of it, at every hyphen.
 */
export function wordBeforeHyphen(text: string): string {
  if (!text.endsWith('-')) return ''
  const end = text.length - 1
  let start = end
  while (start > 0) {
    // A surrogate pair is one character; a lone half is no letter, alone or with the unit before it.
    const width = start > 1 && isLowSurrogate(text.charCodeAt(start - 1)) ? 2 : 1
    if (!ONE_LETTER.test(text.slice(start - width, start))) break
    start -= width
  }
  return text.slice(start, end)
}

/** `text` with a line end's U+2010 or U+2011 as `-` (`UNICODE_HYPHEN_END`), tested at the end only. */
function withPlainHyphenEnd(text: string): string {
  const last = text.at(-1)
  return last === '\u2010' || last === '\u2011' ? text.replace(UNICODE_HYPHEN_END, '-') : text
}

/** A word or an abbreviation before a line end's slash: `og/`, `kr./` (not a date's `12/`, nor a slash alone). */
const SLASHED_WORDS = /\p{L}\.?\/$/u

/** Closing punctuation and nothing else: `.`, `,`, `).`, `?`. */
const LONE_CLOSING = /^[.,;:!?)]+$/u

/** Join two lines of one paragraph. */
export function joinPair(left: string, right: string): string {
  const a = withPlainHyphenEnd(left.trimEnd())
  const b = right.replace(/^\s+/u, '')
  if (a === '') return b
  if (b === '') return a
  if (a.endsWith(SOFT_HYPHEN)) return a.slice(0, -1) + b
  if (a.endsWith(GUESSED_JOIN)) return a.slice(0, -GUESSED_JOIN.length) + b
  if (a.endsWith(KEPT_HYPHEN)) return a + b
  // A sentence's stop or a bracket's close that a line end left alone on the next line (`… afgørelser` / `.`) closes
  // the word before it, with no space.
  if (b.length <= 3 && LONE_CLOSING.test(b)) return a + b
  // Alternatives apart at a slash are written without spaces (`og/` + `eller` → `og/eller`, `kr./` + `ha`).
  if (a.endsWith('/') && SLASHED_WORDS.test(a.slice(-3)) && /^\p{L}/u.test(b)) return a + b
  // The cheap tests first: this runs for every line end.
  if (continuesAddress(a, b)) return a.endsWith('-') && splitsDoubleConsonant(a, b) ? a.slice(0, -1) + b : a + b
  if (a.endsWith('-') && !a.endsWith(' -')) {
    // The word before the hyphen, read once: the tests of `a`'s end below that are about it read it, not `a`.
    const word = wordBeforeHyphen(a)
    if (PRONOMINAL_ADVERB.test(word) && PREPOSITION_RIGHT.test(b)) return a.slice(0, -1) + b
    // A suspended non-breaking hyphen is kept as set, as the same words inside a line keep it (`familie‑` / `og`).
    if (SUSPENDED_FOLLOWERS.test(b) && suspends(a, b)) return `${left.trimEnd().endsWith('\u2011') ? left.trimEnd() : a} ${b}`
    // `HYPHENATED_PREFIX`'s prefix is the word before the hyphen too (after a space, a bracket or nothing).
    const compound =
      COMPOUND_LEFT.test(a) ||
      (KEPT_PREFIX_WORD.test(word) && HYPHENATED_PREFIX.test(a)) ||
      (DEL_END.test(word) && CASE_COMPOUND_LEFT.test(a))
    if (compound) return a + b
    if (isMonthRange(word, b, 0) || isPhraseCompound(word, a.slice(0, a.length - word.length - 1))) return a + b
    if (SPLIT_WORD_LEFT.test(a) && LOWERCASE_START.test(b)) return isVowelless(word) || vowellessAfter(b, 0) ? a + b : a.slice(0, -1) + b
    if (SPLIT_WORD_LEFT.test(a)) return a + b
  }
  return `${a} ${b}`
}

/**
 * Older ft.dk renditions glue a paragraph's lines into one (`til,at`, `muligt.Jeg`, `sygedagpengemod-tagere`).
 * A line longer than any printed line is such a glued paragraph.
 */
export const GLUED_LINE_LENGTH = 160

/**
 * A line end kept as a space inside a glued line: `procesbe- villingsnævnet` (not `hoved- og`, `for- eller`). The match
 * is the hyphen and the space; the letters before them are read behind it, so that a search finds the hyphens first
 * instead of trying two letters at every place of the line (joining it drops the match).
 */
const SPACED_LINE_ENDS = /- (?<=\p{Ll}{2}- )(?=\p{Ll}{2})(?!(?:og|eller|samt|til|som)\b)/gu
/**
 * One line end kept as a space in a glued line whose others were glued (`energieffektivi- sering`): not before a
 * suspended compound's follower, even glued to the next word (`miljø- ogenergiminister`), nor before a further
 * suspended part (`transport- bygnings- og boligministeren`), nor a case's `del-` (`alm. del- bilag 633`).
 */
const SPACED_LINE_END_ALONE = hot(/(?<!alm\.\s?)(?<!\p{L})(\p{L}*\p{Ll}{2})- (?=\p{Ll}{2})(?!og|eller|samt|til|som|\p{L}+-)/gu)

/** How many such line ends make a line one that kept its line ends as spaces (one may be a compound's own). */
const SPACED_LINE_ENDS_SEEN = 2

/** Whether a glued line kept its line ends as spaces (`procesbe- villingsnævnet … Rigsad- vokaten`). */
export function keptLineEndsAsSpaces(text: string): boolean {
  return text.includes('- ') && (text.match(SPACED_LINE_ENDS)?.length ?? 0) >= SPACED_LINE_ENDS_SEEN
}

/** A hyphen between letters with no space after it: in a line that kept its line ends as spaces, a word's own. */
const INNER_HYPHEN = /(?<=\p{L})-(?=\p{L})/gu

/**
 * A piece cut from a line that kept its line ends as spaces (`keptLineEndsAsSpaces` said so of the whole line, though
 * the piece may hold only one: `… landsdelsdæk- kende tilbud`): its spaced line ends are joined and its hyphens without a
 * space kept as words' own (`Tønder-sagen`), so that a later `repairGlued` of the piece alone does not join them.
 */
export function repairSpacedLineEnds(piece: string): string {
  return piece.replace(INNER_HYPHEN, KEPT_HYPHEN).replace(SPACED_LINE_ENDS, '')
}

/**
 * The pieces a glued line was cut into (at headings, at a letter's parts), each repaired as the glued paragraph it
 * came from though it is short (`besparel-ser` was a line end) — or, where `line` kept its line ends as spaces, with
 * those joined and its hyphens without a space kept (`repairSpacedLineEnds`).
 */
export function repairGluedPieces(line: string, pieces: readonly string[]): string[] {
  return keptLineEndsAsSpaces(line) ? pieces.map(repairSpacedLineEnds) : pieces.map((piece) => repairGlued(piece, true))
}

/**
 * A hyphen inside a glued paragraph that was a line end: between lowercase letters (`sygedagpengemod-tagere`,
 * `Naturstyrel-sen`), or after a capitalised syllable of two letters (`Ne-penthes`, `Ju-stitsministeriet`, `Den So-ciale`);
 * not before a suspended hyphen's follower (`hoved- og`). The match is the hyphen; the whole word before it is read
 * behind it and captured: a prefix that keeps its hyphen (`ikke-vestlige`) or a part without a vowel (`Tv-avisen`,
 * `isVowelless`) keeps it. (Read from the hyphen, a search skips to the hyphens; a pattern that opened with the word
 * would try every place of the line, ~15x slower on glued lines.)
 */
const GLUED_LINE_END = /-(?<=(?<!\p{L})(\p{L}*\p{Ll}{2}|\p{Lu}\p{Ll})-)(?=\p{Ll}{2})(?!(?:og|eller|samt|til)\s)/gu

/**
 * A full stop glued to the next sentence's capitalised word after a word (`muligt.Jeg`), or to its capitalised
 * abbreviation (`undtagelser.F.eks.`), the letters read behind it.
 */
const STOP_BEFORE_WORD = /\.(?<=\p{Ll}{2}\.)(?=\p{Lu}\.?\p{Ll})/gu

/** A colon glued to the capitalised word after it, a word before it (`spænder ben:Frygter`, `til:Opgørelsen`). */
const COLON_BEFORE_WORD = /:(?<=\p{Ll}{2}:)(?=\p{Lu}\p{Ll})/gu

/** A comma glued to the word after it: `til,at`. */
const COMMA_BEFORE_WORD = /,(?=\p{L}{2})/gu

/** How many repairs of glued lines are kept before the memo starts over: more than any one document's glued lines. */
const REPAIRED_KEPT = 256

/**
 * Repair what gluing did: a comma or full stop before a word, and line-end hyphens between lowercase letters.
 * `glued` says the line was a glued paragraph (by default: it is longer than a printed line); a piece cut from one
 * (`layout/inline-headings.ts`) is short but glued all the same.
 */
export function repairGlued(line: string, glued = line.length > GLUED_LINE_LENGTH): string {
  // Most lines are short and hold no comma: nothing to repair (the comma pattern would scan them all the same).
  if (!glued) return line.includes(',') ? line.replace(COMMA_BEFORE_WORD, ', ') : line
  return repairedGlued(line)
}

/** A glued line repaired anew (`repairGlued`). */
function repairGluedLine(line: string): string {
  // Each pattern only where its character is: they are tried at every place of a long line.
  let text = line.includes(',') ? line.replace(COMMA_BEFORE_WORD, ', ') : line
  if (text.includes('.')) text = text.replace(STOP_BEFORE_WORD, '. ')
  if (text.includes(':')) text = text.replace(COLON_BEFORE_WORD, ': ')
  if (text.includes('?') || text.includes('!')) text = text.replace(/([?!])(?=\p{Lu}\p{Ll})/gu, '$1 ')
  if (!text.includes('-')) return text
  // A line whose line ends were kept as spaces (`procesbe- villingsnævnet`, `Rigsad- vokaten`; not `hoved- og
  // bigader`), more than once, joins those; its hyphens without a space are words' own (`Tønder-sagen`). Otherwise a hyphen between
  // lowercase letters was a line end (`sygedagpengemod-tagere`), unless a prefix keeps it (`ikke-vestlige`).
  if (keptLineEndsAsSpaces(text)) return text.replace(SPACED_LINE_ENDS, '')
  text = text.replace(GLUED_LINE_END, (hyphen: string, word: string, at: number) => {
    // `at` is the hyphen's place: the word starts before it, the next word after it.
    const start = at - word.length
    const after = at + 1
    return KEPT_PREFIX_WORD.test(word) ||
      isVowelless(word) ||
      vowellessAfter(text, after) ||
      isCaseCompound(word, text, start) ||
      isAdjectivePair(word, text, after) ||
      isMonthRange(word, text, after) ||
      isPhraseCompound(word, text.slice(Math.max(0, start - word.length - PHRASE_BEFORE), start)) ||
      isInWebAddress(text, start) ||
      isListedNameCompound(word, text, after) ||
      isChainLink(word, text, start, after)
      ? hyphen
      : ''
  })
  // A single line end kept as a space among them (`energieffektivi- sering`) was a line end all the same.
  return text.includes('- ') ? text.replace(SPACED_LINE_END_ALONE, '$1') : text
}

/**
 * Glued lines repaired so far, by their text: the tree's pieces and several finders (the answer, the question, the
 * preamble, the split) join the same glued paragraph, and its repair is the costly part of a join (a few hundred
 * characters through three patterns). The repair is a function of the line alone, so a repair kept is the one it
 * would make again.
 */
const repairedGlued = readOnceByText(repairGluedLine, REPAIRED_KEPT)

/**
 * Two adjectives joined by their hyphen (`jysk-fynske`, `offentligt-private`, `økonomisk-politiske`): the first ends as
 * an adjective does (`-sk`, `-gt`), the second ends in `-e`. Danish hyphenation leaves no `sk` or `gt` before a line
 * end (a consonant goes to the next line: `fi-skeri`, `dan-skerne`), so in a glued line such a hyphen is the words' own.
 */
const ADJECTIVE_END = /(?:sk|gt)$/u
const ADJECTIVE_AFTER = /^\p{Ll}{2,}e(?!\p{L})/u

/** Whether the hyphen after `word`, the next word starting at `after` in `text`, joins two adjectives (`ADJECTIVE_END`). */
function isAdjectivePair(word: string, text: string, after: number): boolean {
  return word.length >= 4 && ADJECTIVE_END.test(word) && ADJECTIVE_AFTER.test(text.slice(after, after + 40))
}

/**
 * Whether the hyphen after a capitalised `word` in a glued line, the next word starting at `after`, joins a name to a
 * word (`Laval-udvalget`, `Ritzau-telegram`): the word after it is a listed word of six letters or more (or five, after
 * a name the list holds too: `Brønderslev-sagen`), the two as one are no listed word, and the name ends in neither `s`
 * nor `e`, the joints of Danish compounds that hyphenation breaks at (`Beskæftigelses-` / `ministeriet`, `Udlændinge-` /
 * `styrelsen`).
 */
function isListedNameCompound(word: string, text: string, after: number): boolean {
  if (!NAME_WORD.test(word) || COMPOUND_JOINT.test(word)) return false
  const tail = compoundTail(text, after)
  // A tail one letter shorter (`sagen`) only after a name the list holds too (`Brønderslev-sagen`, not `Kronjyl-lands`).
  const short = tail.length === NAME_COMPOUND_TAIL - 1 && isListedWord(word.toLowerCase())
  if ((tail.length < NAME_COMPOUND_TAIL && !short) || !LOWERCASE_WORD.test(tail) || text.charAt(after + tail.length) === '-') return false
  return isListedWord(tail) && !isListedWord(`${word.toLowerCase()}${tail}`)
}

/**
 * Whether the hyphen after `word` (starting at `start` in `text`, the next word at `after`) links a chain of three
 * words or more (`åben-dør-ordningen`, `dual-use-produkter`, `Dna-profil-register`) where the two words it joins make
 * no listed word: a line end splits a word once, so a chain's hyphens are its own, but for a line end inside one of
 * its words (`ik-ke-medlem`, `BAT-konklu-sioner`: `ikke`, `konklusioner` are listed words).
 */
function isChainLink(word: string, text: string, start: number, after: number): boolean {
  const tail = compoundTail(text, after)
  if (tail === '') return false
  const end = after + tail.length
  // A hyphen after the word after links on only before a word in lower case: `innovations- og` is a suspended hyphen,
  // `En-gel-Schmidt` a double name broken at a line end.
  const chained =
    (text.charAt(start - 1) === '-' && LETTER.test(text.charAt(start - 2))) ||
    (text.charAt(end) === '-' && LOWER.test(text.charAt(end + 1)))
  if (!chained) return false
  const joined = `${word}${tail}`
  return !isListedWord(joined.toLowerCase()) && !writesWhole(text, joined)
}

/** A letter: either side of a chain's hyphen; one in lower case. */
const LETTER = /^\p{L}$/u
const LOWER = /^\p{Ll}$/u

/** Whether `text` writes `word` whole somewhere, as a word or a compound's first part (`Schengen` of `Schengen-området`). */
function writesWhole(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(at + word.length))) return true
  }
  return false
}

/** A capitalised word: `Europol`, `Nato`, `Laval`. */
export const NAME_WORD = /^\p{Lu}\p{Ll}{2,}$/u

/** The last letter of a Danish compound's first part where hyphenation breaks it: `Beskæftigelses-`, `Udlændinge-`. */
const COMPOUND_JOINT = /[se]$/u

/** A word in lower case. */
const LOWERCASE_WORD = /^\p{Ll}+$/u

/** How many characters after a name's hyphen its compound's word is read in. */
const NAME_COMPOUND_SPAN = 40

/** The word after a hyphen, starting at `after` in `text` (read within `NAME_COMPOUND_SPAN`), or `''`. */
const compoundTail = (text: string, after: number): string => WORD_AFTER.exec(text.slice(after, after + NAME_COMPOUND_SPAN))?.[0] ?? ''

/** The shortest word after a name's hyphen that `isListedNameCompound` reads as a word of its own. */
const NAME_COMPOUND_TAIL = 6

/** The characters before a word that `isPhraseCompound` reads: ` til `, and the letter before the first word. */
const PHRASE_BEFORE = 6

/**
 * A phrase of a word, `til` and the word again made the first part of a compound (`kyst til kyst-forbindelsen`, `dør
 * til dør-salg`, `ende til ende-kryptering`): the hyphen is the phrase's own. `before` is the text before `word`.
 */
function isPhraseCompound(word: string, before: string): boolean {
  if (word.length < 2 || !before.endsWith(' til ')) return false
  const phrase = before.slice(-(word.length + PHRASE_BEFORE - 1))
  return phrase.toLowerCase() === `${word.toLowerCase()} til ` && !/\p{L}/u.test(before.at(-(word.length + PHRASE_BEFORE)) ?? '')
}

/** The word a hyphen is followed by: its run of letters. */
const WORD_AFTER = hot(/^\p{L}+/u)

/**
 * Whether the hyphen after `word`, the next word starting at `after` in `text`, joins two months' names: a range
 * (`august-september 2003`, `maj-juni`, `april-dec.` — the second may be abbreviated with a full stop). Hyphenation
 * splits no month's name into two others.
 */
function isMonthRange(word: string, text: string, after: number): boolean {
  if (!isMonthName(word)) return false
  const next = WORD_AFTER.exec(text.slice(after, after + 12))?.[0] ?? ''
  return isMonthName(next) || (text.charAt(after + next.length) === '.' && isMonthAbbreviation(next))
}

/**
 * Whether the word at `at` in `text` is part of a web address (`https://www.bt.dk/politik/heunicke-lovede-…`): a glued
 * line's address keeps its hyphens, which are the address's own (a line end inside an address is read where the
 * lines are still apart, `continuesAddress`).
 */
function isInWebAddress(text: string, at: number): boolean {
  if (!text.includes('://')) return false
  const start = Math.max(text.lastIndexOf(' ', at), text.lastIndexOf('\n', at)) + 1
  return text.slice(start, at).includes('://')
}

/** Whether `word` at `at` in `text` is the `del` of `alm. del-spørgsmål` (`CASE_COMPOUND_LEFT`). */
function isCaseCompound(word: string, text: string, at: number): boolean {
  return word.toLowerCase() === 'del' && CASE_BEFORE_DEL.test(text.slice(Math.max(0, at - CASE_BEFORE_DEL_SPAN), at))
}

/** Join the lines of one paragraph into running text, without soft hyphens. */
export function joinLines(lines: readonly string[]): string {
  return joined(lines, true)
}

/**
 * Join lines each of which is a paragraph as its source set it (a web page's `<p>`, one a line): no line is a glued
 * one, however long, so none is repaired as one (`public service-medier` keeps its hyphen).
 */
export function joinWholeLines(lines: readonly string[]): string {
  return joined(lines, false)
}

/** `joinLines`, each line repaired first as a glued paragraph where it is one (`repair`), or `joinWholeLines`. */
function joined(lines: readonly string[], repair: boolean): string {
  let text = ''
  for (const line of lines) text = joinPair(text, repair ? repairGlued(line) : line)
  // Most joined texts hold none of the three invisible characters: a search for each (`includes`, several times faster
  // than a replacement that finds nothing or a pattern of the three, Node 20) before any replacement.
  const visible =
    text.includes(SOFT_HYPHEN) || text.includes(WORD_JOINER) || text.includes(INVISIBLE_SEPARATOR)
      ? text.replaceAll(SOFT_HYPHEN, '').replaceAll(WORD_JOINER, '').replaceAll(INVISIBLE_SEPARATOR, '')
      : text
  // Two spaces or tabs in a row need a space or a tab beside another: most joined texts have neither pair.
  return (visible.includes('  ') || visible.includes('\t') ? visible.replace(/[ \t]{2,}/gu, ' ') : visible).trim()
}
