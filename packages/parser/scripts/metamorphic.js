/**
 * Meaning-preserving transformations of a text rendition, for `pnpm robustness` (scripts/robustness.js). Each takes
 * the text (and, where it needs them, values known from the original's record) and returns the variants it can make —
 * `[{ name, text }]`, none where it does not apply. A careful reader reads the same letter in every variant: lines
 * broken elsewhere, other quotation marks, a heading with or without its colon or in capitals, a blank line more or
 * less, ft.dk's page furniture and page breaks, CRLF, no-break spaces, white space nobody sees, the text
 * double-encoded, double spacing, words hyphenated at a narrow column's line ends (a printed, a soft or a lost hyphen),
 * a page number inside a paragraph, the letterhead's date and case number in the other order, a paragraph's lines glued
 * as old renditions glue them. Where the parser's record differs between the original and a variant, a rule depends on
 * the form rather than on what the document says.
 */

/** A line that is empty or white space only. */
const BLANK = /^\s*$/u

/**
 * A line that opens with a heading word (`Spørgsmål nr. 50:`, `Svar:`, `Endeligt svar`, `Spm. nr. 3`, `Stillet den …`,
 * `Besvarelse af …`) or a closing (`Med venlig hilsen`): never joined to the next line nor broken, so that a heading stays a heading.
 */
const HEADING_START =
  /^\s*(?:Spørgsmål|Spm\.|Svar|Endeligt svar|Supplerende svar|Foreløbigt svar|Besvarelse|Stillet|Tillægsspørgsmål|Samrådsspørgsmål|Bilag|Med venlig(?:e)? hilsen?|Venlig hilsen|Med venlige hilsner)(?!\p{L})/iu

/** A table row: a tab, two spaces between words, or a Word-export cell (`… |`). */
const TABLE_ROW = /\S(?:\t| {2,})\S|\|\s*$/u

/**
 * A list item: a bullet or a number/letter and a closing mark (`- `, `• `, `1) `, `a. `) — not a date that a wrapped
 * line opens with (`10. januar 2025 oplyst …`).
 */
const LIST_ITEM =
  /^\s*(?:[-•–*·▪]|\d{1,2}[.)](?! (?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b)|[a-zæøå][.)])\s/u

/** A date in words (`18. marts 2021`): a line that holds one and is short is a date line. */
const DATE_IN_WORDS = /\d{1,2}\.\s?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s\d{4}/iu

/** A date line is at most this long (`København, den 18. marts 2021`); longer lines holding a date are prose. */
const DATE_LINE_MAX = 50

/**
 * Page furniture: ft.dk's page image (`1603943_0001.png`), page numbers (`Side 2 af 8`) and ft.dk's running line
 * (`L 95 - 2018-19 (1. samling) - Endeligt svar på spørgsmål 22: …`), which ft.dk sets on a line of its own whatever
 * the letter's column.
 */
const FURNITURE = /_\d{4}\.png\s*$|^\s*Side \d+(?: af \d+)?\s*$|^\s*(?:[A-ZÆØÅ]{2,5},? (?:Alm\.del|[LB] \d+)|[LB] \d+) - \d{4}-\d{2}/u

/** A line shorter than this is not taken to have been wrapped (addresses, names, figures). */
const WRAPPED_MIN = 40

/**
 * A line is taken to have been wrapped only when it fills at least this share of the column (the 90th percentile of
 * the rendition's line lengths): a shorter line that does not end a sentence is a letterhead line, a name, a title.
 */
const WRAPPED_SHARE = 0.8

/** The column width of a rendition: the 90th percentile of its filled lines' lengths. */
function columnWidth(lines) {
  const lengths = lines.map((line) => line.trimEnd().length).sort((a, b) => a - b)
  return lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0
}

/** A line that ends a sentence or a quotation (`…besvares.`, `…?”`): its break may end a paragraph, so it is kept. */
const SENTENCE_END = /(?:[.!?:;]["”“»«']?|["”“«])\s*$/u

/** An abbreviation's stop at a line's end ends no sentence: `… spørgsmål nr.` / `50 (L 113)`, `jf.`, `bl.a.`, `hhv.` */
const ABBREVIATION_END = /(?:^|[\s(])(?:nr|jf|bl\.a|f\.eks|hhv|vedr|inkl|ekskl|spm|alm|stk|evt)\.$/iu

/** A line that ends in two spaces: the text input takes it as a paragraph's end. */
const HARD_END = / {2}$/u

/**
 * A line that ends in a word's hyphen (`Fødeva-`, `EU-`) or a slash after a word (`og/` over `eller`, which a reader
 * reads as `og/eller`): the break is part of the word and is kept as it is.
 */
const HYPHEN_END = /[\p{L}\p{N}]-$|\p{L}\.?\/$/u

/** Renditions with an empty line after most lines ("double-spaced") are not rewrapped: their breaks are paragraphs. */
const DOUBLE_SPACED_SHARE = 0.6

/**
 * Older ft.dk renditions glue a paragraph's lines into one line longer than any printed line (GLUED_LENGTH, as in
 * util/hyphenation.ts), leaving marks where the lines met: a full stop or comma before the next word (`muligt.Jeg`,
 * `til,at`), a line-end hyphen between lowercase letters with or without a space (`sygedagpengemod-tagere`,
 * `procesbe- villingsnævnet`). Broken into short lines, those marks would no longer say where lines met: such a line is
 * kept as it is — and a rendition that has such lines is not rewrapped at all: its shorter lines are glued paragraphs
 * too (`private univer-siteter?`), which the parser repairs because the rendition is glued.
 */
const GLUED_LENGTH = 160
const GLUE_MARK = /\p{Ll}[.?!,]\p{L}|\p{Ll}{2}- ?\p{Ll}{2}/u

/** Double-decoded UTF-8: `â€` (a quotation mark), `Ã¥` (å). */
const MOJIBAKE = /â€|Ã[\u0080-\u00bf]/u

/** Two sentences glued at any length: `… tilDanmark?Svar`, `… muligt.Jeg` — a glued rendition. */
const GLUED_SENTENCE = /\p{Ll}{2}[.?!]\p{Lu}\p{Ll}/u

/** A line set apart by a deep indent (a right-aligned `Dato: 20. februar 2007`, a layout-kept column). */
const SET_APART = /^\s{4}/u

/** A table's caption: `Tabel 1`, `Tabel 2.3: …`, `Figur 4`, `Boks 1` — it and the lines just below it are its head. */
const CAPTION = /^\s*(?:Tabel|Figur|Boks|Bilagstabel)\s\d{1,2}(?:\.\d{1,2})?(?![\d\p{L}])/u

/** How many lines under a caption are the table's head (its title and unit lines), not prose. */
const CAPTION_LINES = 3

/** A figure or a code in a table row: `443,2`, `12.496`, `-3,5`, `14K3`, `(2,1)`, `47 %`. */
const FIGURE = /^[(-]?\d[\d.,]*(?:K\d|%|\))?$|^%$/u

/** A row of figures has at least this many words, at least half of them figures. */
const FIGURE_ROW_WORDS = 3

/** Whether a line is a row of figures (`443,2 440,0 436,6 …`, `14K3 14K4 15K1`): a table's, not prose. */
function isFigureRow(line) {
  const words = line.trim().split(/\s+/u)
  return words.length >= FIGURE_ROW_WORDS && 2 * words.filter((word) => FIGURE.test(word)).length >= words.length
}

/** A cell of a table set one cell a line: a short line. */
const CELL_LINE_MAX = 30

/** So many short lines in a row are a table set one cell a line (or a letterhead's block): not prose. */
const CELL_RUN = 3

/** How many lines before a run of cells are the table's head. */
const CELL_HEAD_LINES = 2

/**
 * The lines that belong to a table although each alone could be prose: a caption and the lines under it, rows of
 * figures, a run of short cell lines and the lines just above it (the header cells, which wrap inside their cell:
 * `Realiserede merudgifter i 2020 vedrørende` / `bortskaffelse af mink (mio. kr.)`). Joining those lines would join
 * cells.
 */
function tableLines(lines) {
  const kept = new Set()
  let run = 0
  lines.forEach((line, at) => {
    if (CAPTION.test(line)) for (let next = at; next <= at + CAPTION_LINES; next++) kept.add(next)
    if (isFigureRow(line)) kept.add(at)
    const cell = !BLANK.test(line) && line.trim().length <= CELL_LINE_MAX
    run = cell ? run + 1 : 0
    if (run > CELL_RUN) kept.add(at)
    else if (run === CELL_RUN) {
      for (let cellAt = at - CELL_RUN + 1; cellAt <= at; cellAt++) kept.add(cellAt)
      // The header cells above, which end no sentence (a paragraph before a signature's lines does).
      for (let head = at - CELL_RUN; head > at - CELL_RUN - CELL_HEAD_LINES && head >= 0; head--) {
        if (BLANK.test(lines[head]) || SENTENCE_END.test(lines[head])) break
        kept.add(head)
      }
    }
  })
  return kept
}

/**
 * A line shorter than this share of the column, capitalised and ending no sentence, is a label or a title's second
 * line (`Taletid`, `Det talte ord gælder`), not a paragraph's last line.
 */
const LABEL_SHARE = 0.35

/** A word of letters, lowercased, for `splitWords`. */
const WORD = /\p{L}+/gu

/** The last and first letters of two lines: `parlamen` / `tariske`. */
const LAST_LETTERS = /\p{Ll}+$/u
const FIRST_LETTERS = /^\p{Ll}+/u

/**
 * The line ends that split a word whose hyphen the rendition lost (`den parlamen` / `tariske arbejdsgruppe`, `skat` /
 * `teministeren`): the two halves make a word the document writes whole elsewhere, and never side by side. A reader
 * reads the one word; a rewrap must keep the halves together (as it keeps a hyphen's break).
 */
function splitWords(lines) {
  const words = new Set((lines.join(' ').toLowerCase().match(WORD) ?? []).filter((word) => word.length > 5))
  const split = new Set()
  lines.forEach((line, at) => {
    const last = LAST_LETTERS.exec(line.trimEnd())?.[0]
    const first = FIRST_LETTERS.exec((lines[at + 1] ?? '').trimStart())?.[0]
    if (last && first && words.has(`${last}${first}`)) split.add(at)
  })
  return split
}

/** Whether a rendition glues its paragraphs' lines (old ft.dk: `… til Danmark?Svar`, `muligt.Jeg`): its lines are paragraphs. */
function isGlued(filled) {
  return filled.some((line) => (line.length > GLUED_LENGTH && GLUE_MARK.test(line)) || GLUED_SENTENCE.test(line))
}

/** A line that opens in lower case. */
const LOWERCASE_START = /^\s*\p{Ll}/u

/** Whether a line is running text that may be joined and broken again. */
export function isProse(line) {
  // A heading word in lower case goes on a sentence (`… til samrådets` / `spørgsmål A, B, C og D.`).
  const heading = HEADING_START.test(line) && !LOWERCASE_START.test(line)
  if (BLANK.test(line) || heading || TABLE_ROW.test(line.trim()) || LIST_ITEM.test(line)) return false
  if (FURNITURE.test(line) || SET_APART.test(line)) return false
  return !(line.length <= DATE_LINE_MAX && DATE_IN_WORDS.test(line))
}

/** Words that follow a suspended hyphen (`social- og`), after which a line may break as anywhere. */
const SUSPENDED_FOLLOWER = /^(?:og|eller|samt|til|som|&|,)$/u

/**
 * The words a line must not break between: a word ending in a hyphen inside a line and the word after it, unless
 * that is a suspended hyphen's follower (`CO2- udledninger` is read as written; broken after `CO2-` it would read
 * as the compound `CO2-udledninger`).
 */
function unbreakable(words) {
  const out = []
  for (const word of words) {
    const last = out.at(-1)
    if (last !== undefined && HYPHEN_END.test(last) && !last.includes('\n') && !SUSPENDED_FOLLOWER.test(word))
      out[out.length - 1] = `${last}\u0000${word}`
    else out.push(word)
  }
  return out
}

/** Danish vowels: a syllable's core. */
const VOWEL = /[aeiouyæøåéü]/iu

/** A word a line end may hyphenate: letters only (a stop or comma after them), at least HYPHENATE_MIN long. */
const HYPHENATABLE = /^\p{L}+[,.;:?!)”"]?$/u

/** The shortest word hyphenated, and the fewest letters left on either side of the break. */
const HYPHENATE_MIN = 8
const HYPHEN_SIDE = 3

/**
 * Where Danish hyphenation may break a word: before a consonant that a vowel follows, a vowel somewhere before it
 * (`be-sva-rel-se`, `kon-trol-len`, `mi-ni-ste-ren`: one consonant between vowels goes to the next syllable, of two
 * one to each). The indexes, each leaving HYPHEN_SIDE letters at least on either side.
 */
export function syllableBreaks(word) {
  const letters = /^\p{L}+/u.exec(word)?.[0] ?? ''
  const breaks = []
  for (let at = HYPHEN_SIDE; at <= letters.length - HYPHEN_SIDE; at++) {
    const consonant = !VOWEL.test(letters[at]) && VOWEL.test(letters[at + 1] ?? '')
    if (consonant && VOWEL.test(letters.slice(0, at))) breaks.push(at)
  }
  return breaks
}

/**
 * A long word broken at a line end by Danish hyphenation (`syllableBreaks`) so that its head and `mark` fit in `room`
 * characters: `[head + mark, tail]`, or undefined where no break fits or `may` (if given, asked once a break fits)
 * refuses the word. `mark` is
 * `-` (a printed hyphen), U+00AD (a soft hyphen a converter kept) or nothing (one it dropped).
 */
function hyphenate(word, room, { mark, may }) {
  if (word.length < HYPHENATE_MIN || !HYPHENATABLE.test(word)) return undefined
  const at = syllableBreaks(word).findLast((index) => index + mark.length <= room)
  return at === undefined || (may && !may(word)) ? undefined : [`${word.slice(0, at)}${mark}`, word.slice(at)]
}

/**
 * Breaks one paragraph's words at spaces into lines of at most `width` characters (a longer word stays whole). With
 * `hyphenation` (`{ mark, may }`), a long word that does not fit is hyphenated there (`hyphenate`) rather than moved whole.
 */
function breakAt(words, width, indent, hyphenation) {
  const lines = []
  let line = indent
  let column = indent.length
  let empty = true
  for (const whole of words) {
    // A word the rendition split without its hyphen (`euro` / `pæiske`) gets the mark the variant hyphenates with: a
    // rendition keeps its line ends' hyphens or drops them all. (Not at a slash: `og/` / `eller` is no split word.)
    const lost = whole.indexOf('\n')
    const marked = lost > 0 && whole[lost - 1] !== '-' && whole[lost - 1] !== '/'
    let word = hyphenation && marked ? `${whole.slice(0, lost)}${hyphenation.mark}${whole.slice(lost)}` : whole
    const room = width - column - 1
    const parts = hyphenation && !empty && column + 1 + word.length > width ? hyphenate(word, room, hyphenation) : undefined
    if (parts) {
      lines.push(`${line} ${parts[0]}`)
      line = ''
      column = 0
      empty = true
      word = parts[1]
    }
    // A kept hyphen break (`Fødeva-\nremyndighedernes`) ends a line inside the word.
    let firstBreak = word.indexOf('\n')
    if (!empty && column + 1 + (firstBreak < 0 ? word.length : firstBreak) > width) {
      lines.push(line)
      line = ''
      column = 0
      empty = true
    }
    // A word split without its hyphen (`euro` / `pæiske`) is read as one only at a full line's end: on a short line
    // no reader (nor the parser) could tell it from two words, so there it is written whole.
    const head = column + (empty ? 0 : 1) + firstBreak
    if (firstBreak > 0 && word[firstBreak - 1] !== '-' && head < WRAPPED_SHARE * width) {
      word = word.replace('\n', '')
      firstBreak = word.indexOf('\n')
    }
    line += empty ? word : ` ${word}`
    const lastBreak = word.lastIndexOf('\n')
    column = lastBreak < 0 ? column + (empty ? 0 : 1) + word.length : word.length - lastBreak - 1
    empty = false
  }
  lines.push(line)
  return lines.map((text) => text.replaceAll('\u0000', ' '))
}

/**
 * Joins each paragraph's wrapped lines (a prose line that fills the column — WRAPPED_SHARE — and does not end a
 * sentence, followed by a prose line) and breaks them again at `width`, at spaces, or with `hyphenation` inside a long
 * word by Danish hyphenation (`hyphenate`). Headings, table rows, date lines, list items,
 * furniture and blank lines stay as they are; a line-end hyphen keeps its break. Undefined where nothing changes or
 * the rendition is double-spaced or glued.
 */
export function rewrap(text, width, hyphenation) {
  const lines = text.split('\n')
  const filled = lines.filter((line) => !BLANK.test(line))
  const followedByBlank = lines.filter((line, at) => !BLANK.test(line) && BLANK.test(lines[at + 1] ?? 'x')).length
  if (filled.length === 0 || followedByBlank / filled.length > DOUBLE_SPACED_SHARE) return undefined
  if (isGlued(filled)) return undefined
  // UTF-8 read as Windows-1252 (`â€` for ”): its quotation marks and letters are not what the line ends are judged by.
  if (MOJIBAKE.test(text)) return undefined
  const column = columnWidth(filled)
  const wrapped = Math.max(WRAPPED_MIN, WRAPPED_SHARE * column)
  const label = LABEL_SHARE * column
  const table = tableLines(lines)
  const split = splitWords(lines)
  const prose = (index) => !table.has(index) && isProse(lines[index])
  // A paragraph goes on into the next line unless that is a short capitalised label ending no sentence (`… (SF)` /
  // `Taletid`), which a reader reads as a line of its own.
  const goesOn = (index) => {
    const line = lines[index].trim()
    return !(line.length < label && /^\p{Lu}/u.test(line) && !SENTENCE_END.test(line))
  }
  const out = []
  let at = 0
  while (at < lines.length) {
    if (!prose(at)) {
      out.push(lines[at])
      at++
      continue
    }
    const indent = /^\s*/u.exec(lines[at])[0]
    let joined = lines[at].trim()
    while (
      at + 1 < lines.length &&
      prose(at + 1) &&
      goesOn(at + 1) &&
      lines[at].trimEnd().length >= wrapped &&
      (!SENTENCE_END.test(lines[at]) || ABBREVIATION_END.test(lines[at].trimEnd())) &&
      !HARD_END.test(lines[at])
    ) {
      at++
      joined += HYPHEN_END.test(joined) || split.has(at - 1) ? `\n${lines[at].trim()}` : ` ${lines[at].trim()}`
    }
    at++
    out.push(...breakAt(unbreakable(joined.split(' ').filter(Boolean)), width, indent, hyphenation))
  }
  const result = out.join('\n')
  return result === text ? undefined : result
}

/** The quotation mark pairs a question is set in: „…“ (German-Danish), ”…” (Danish), "…" (typewriter), »…« (guillemets). */
export const QUOTE_PAIRS = [
  ['„', '“'],
  ['”', '”'],
  ['"', '"'],
  ['»', '«'],
]

const OPENING_MARKS = new Set(['„', '”', '"', '»', '“', '«'])
const CLOSING_MARKS = new Set(['“', '”', '"', '«', '»'])

/** A pattern for a phrase of the record's text in the source: its words apart by any white space or a kept hyphen. */
function phrasePattern(words) {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  return new RegExp(escaped.join('(?:\\s+|-\\s*)'), 'u')
}

/**
 * Where the question's quotation marks stand in the source: the opening mark just before its text's first words and
 * the closing mark just after its last words. Undefined where the text is not found set in quotation marks.
 */
export function questionQuotes(text, questionText) {
  const words = (questionText ?? '').split(/\s+/u).filter(Boolean)
  if (words.length < 3) return undefined
  const head = phrasePattern(words.slice(0, 3)).exec(text)
  if (!head) return undefined
  let open = head.index - 1
  while (open >= 0 && /[ \t]/u.test(text[open])) open--
  if (open < 0 || !OPENING_MARKS.has(text[open])) return undefined
  const tailWords = words.slice(-3)
  const tail = phrasePattern(tailWords).exec(text.slice(head.index))
  if (!tail) return undefined
  let close = head.index + tail.index + tail[0].length
  while (close < text.length && /[ \t]/u.test(text[close])) close++
  if (!CLOSING_MARKS.has(text[close])) return undefined
  return { open, close }
}

/** The question set in each other pair of quotation marks (`quotes »«`, …). */
export function swapQuotes(text, questionText) {
  const at = questionQuotes(text, questionText)
  if (!at) return []
  const now = `${text[at.open]}${text[at.close]}`
  const inside = text.slice(at.open + 1, at.close)
  // Not a pair the question quotes with inside (`"… artiklen "Kommuner skal spare" …"`): nested alike, it is ambiguous.
  return QUOTE_PAIRS.filter(([open, close]) => `${open}${close}` !== now && !inside.includes(open) && !inside.includes(close)).map(
    ([open, close]) => ({
      name: `quotes ${open}${close}`,
      text: `${text.slice(0, at.open)}${open}${text.slice(at.open + 1, at.close)}${close}${text.slice(at.close + 1)}`,
    }),
  )
}

/**
 * A heading on a line of its own: `Spørgsmål:`, `Spørgsmål nr. 50:`, `Spørgsmål 28 :`, `Spørgsmål nr. S 800`,
 * `Spørgsmål nr. 12 (L 113):`, `Svar:`, `Endeligt svar`. Groups: indent, heading, colon.
 */
const HEADING_LINE =
  /^(\s*)(Spørgsmål(?: nr\.)?(?: [A-Z]{0,2} ?\d{1,4}[a-z]?)?(?: \([^()\n]{1,30}\))?|(?:Endeligt |Supplerende |Foreløbigt )?[Ss]var)( ?:)?\s*$/u

/** A heading and its text on one line: `Svar: Ja, …`. Groups: indent, heading, text. */
const HEADING_RUN_IN = /^(\s*)(Spørgsmål(?: nr\.)? ?(?:[A-Z]{0,2} ?\d{1,4}[a-z]?)?|(?:Endeligt |Supplerende )?[Ss]var) ?: +(\S.*)$/u

/** The fewest words of a line that is taken for a heading's text (`run-in`): a sentence, not a label. */
const RUN_IN_WORDS = 4

/** Maps each line through `change` (a line or lines, or undefined to keep it); undefined where nothing changed. */
function mapLines(text, change) {
  const lines = text.split('\n')
  const out = []
  let changed = false
  for (let at = 0; at < lines.length; at++) {
    const result = change(lines[at], at, lines)
    if (result === undefined) out.push(lines[at])
    else {
      changed = true
      out.push(...[result].flat())
    }
  }
  return changed ? out.join('\n') : undefined
}

/** The index of the first non-blank line after `at`, or -1. */
function nextFilled(lines, at) {
  for (let next = at + 1; next < lines.length; next++) if (!BLANK.test(lines[next])) return next
  return -1
}

/**
 * The headings' colons and placement changed: `colons off` (`Svar:` → `Svar`), `colons on` (`Svar` → `Svar:`),
 * `run-in` (`Svar:` over its first line → `Svar: <first line>`), `own line` (`Svar: text` → `Svar:` and `text`).
 */
export function headingForms(text) {
  const variants = []
  const off = mapLines(text, (line) => {
    const m = HEADING_LINE.exec(line)
    return m?.[3] ? `${m[1]}${m[2]}` : undefined
  })
  if (off) variants.push({ name: 'colons off', text: off })
  const on = mapLines(text, (line) => {
    const m = HEADING_LINE.exec(line)
    return m && !m[3] ? `${m[1]}${m[2]}:` : undefined
  })
  if (on) variants.push({ name: 'colons on', text: on })
  const lines = text.split('\n')
  const skip = new Set()
  const runIn = mapLines(text, (line, at) => {
    if (skip.has(at)) return []
    const m = HEADING_LINE.exec(line)
    if (!m?.[3]) return undefined
    const next = nextFilled(lines, at)
    // The heading's text, not a letterhead's label set between them (`J.nr. -`, `L 85`): a sentence's words.
    if (next < 0 || !isProse(lines[next]) || lines[next].trim().split(/\s+/u).length < RUN_IN_WORDS) return undefined
    for (let gone = at + 1; gone <= next; gone++) skip.add(gone)
    return `${m[1]}${m[2]}: ${lines[next].trim()}`
  })
  if (runIn) variants.push({ name: 'run-in', text: runIn })
  const ownLine = mapLines(text, (line) => {
    const m = HEADING_RUN_IN.exec(line)
    // Not `Spørgsmål nr.: L 85`: what follows the colon must be the heading's text.
    return m && m[3].split(/\s+/u).length >= RUN_IN_WORDS ? [`${m[1]}${m[2]}:`, m[3]] : undefined
  })
  if (ownLine) variants.push({ name: 'own line', text: ownLine })
  return variants
}

/** A blank line added under each heading on a line of its own (`blank added`), or the blank lines there removed. */
export function headingBlanks(text) {
  const variants = []
  const lines = text.split('\n')
  const added = mapLines(text, (line, at) =>
    HEADING_LINE.test(line) && at + 1 < lines.length && !BLANK.test(lines[at + 1]) ? [line, ''] : undefined,
  )
  if (added) variants.push({ name: 'blank added', text: added })
  const removed = mapLines(text, (line, at) => {
    if (!BLANK.test(line)) return undefined
    let heading = at - 1
    while (heading >= 0 && BLANK.test(lines[heading])) heading--
    return heading >= 0 && HEADING_LINE.test(lines[heading]) && nextFilled(lines, at) >= 0 ? [] : undefined
  })
  if (removed) variants.push({ name: 'blank removed', text: removed })
  return variants
}

/** ft.dk's stamp: `Beskæftigelsesudvalget 2015-16`, `L 113` / `BEU Alm.del`, `Offentligt` — its last line. */
const STAMP_END = /^\s*Offentligt\s*$/u

/** The first page's image line of an ft.dk rendition: `1603943_0001.png`. */
const PAGE_IMAGE = /^\d+_0001\.png\s*$/mu

/** ft.dk's running line: `BEU, Alm.del - 2015-16 - Endeligt svar på spørgsmål 50: …`, `L 95 - 2018-19 - …` (any page). */
const RUNNING_LINE = /^(?:[A-ZÆØÅ]{2,5}, (?:Alm\.del|[LB] \d+)|[LB] \d+) - \d{4}-\d{2}/mu

/** How ft.dk writes a session: `2015-16`, `2018-19 (1. samling)` where the year had two. */
export function sessionLabel(session, twoSessions) {
  const year = Number(session.slice(0, 4))
  const label = `${year}-${String((year + 1) % 100).padStart(2, '0')}`
  return twoSessions ? `${label} (${session.slice(4)}. samling)` : label
}

/**
 * The running line for a record, from its own values: `<CODE>, Alm.del - <session> - Endeligt svar på spørgsmål N:
 * Spm. om …, til <recipient>`, a bill's `L 95 - <session> - …`; undefined where a value it needs is not known.
 */
export function runningLine(record, code, session) {
  const { question } = record
  if (!code || !session || !question?.number || record.documentType !== 'answer') return undefined
  let matter
  if (question.kind === 'ordinary') matter = 'Alm.del'
  else if (question.bill && /^[LB] ?\d+/u.test(question.bill)) matter = question.bill.replace(/^([LB]) ?/u, '$1 ')
  else return undefined
  const words = (question.text ?? '').split(/\s+/u).filter(Boolean).slice(0, 8).join(' ')
  if (!words) return undefined
  const recipient = question.recipient ? `, til ${question.recipient}` : ''
  // A bill's running line names no committee (`L 95 - 2018-19 (1. samling) - …`); an alm. del case's does.
  const matterOf = question.kind === 'ordinary' ? `${code}, ${matter}` : matter
  return `${matterOf} - ${session} - Endeligt svar på spørgsmål ${question.number}: Spm. om ${words.replace(/[?.]$/u, '')}${recipient}`
}

/**
 * ft.dk's furniture added where the rendition lacks it: the first page's image line under the stamp (`page image`),
 * the running line there too (`running line`), and the running line just above the question's heading (`running
 * line above question`), as ft.dk sets it where a page starts there.
 */
export function furniture(text, { docId, running }) {
  const variants = []
  const lines = text.split('\n')
  const stampEnd = lines.slice(0, 5).findIndex((line) => STAMP_END.test(line))
  const insertAt = (at, added) => [...lines.slice(0, at), ...added, ...lines.slice(at)].join('\n')
  const top = stampEnd + 1
  if (docId && !PAGE_IMAGE.test(text)) variants.push({ name: 'page image', text: insertAt(top, [`${docId}_0001.png`]) })
  if (running && !RUNNING_LINE.test(text)) {
    variants.push({ name: 'running line', text: insertAt(top, [running]) })
    const question = lines.findIndex((line, at) => at > top && /^\s*Spørgsmål(?!\p{L})/u.test(line))
    if (question > 0) variants.push({ name: 'running line above question', text: insertAt(question, [running]) })
  }
  return variants
}

/** The variant named `name` where `text` changed, else none. */
function variantIf(name, text, changed) {
  return changed !== undefined && changed !== text ? [{ name, text: changed }] : []
}

/** CRLF line ends (`crlf`): Windows' line ends, as renditions saved on Windows have them. */
export function lineEnds(text) {
  return variantIf('crlf', text, text.includes('\r') ? undefined : text.replace(/\n/gu, '\r\n'))
}

/** A date in words whose spaces a no-break space may stand for: `15. maj 2020`, `15. maj`. Groups: day, month. */
const DATE_SPACES = /(\d{1,2}\.) (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)(?= \d{4}\b)/gu

/** A number after a label a no-break space keeps with it: `nr. 12`, `§ 20`, `kl. 10`, `stk. 2`. Group: the label. */
const LABEL_SPACE = /(?<![\p{L}])(nr\.|§|kl\.|stk\.|pkt\.) (?=\d)/gu

/** A year after a month in words: the space before it (`maj 2020`). */
const YEAR_SPACE = /(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) (?=\d{4}\b)/gu

/**
 * The spaces in dates and before a label's number set as no-break spaces, as word processors keep them together
 * (`15.\u00a0maj\u00a02020`, `nr.\u00a012`, `§\u00a020`): `no-break spaces` (U+00A0) and `narrow no-break spaces`
 * (U+202F, as newer Word sets them in dates).
 */
export function noBreakSpaces(text) {
  return [
    ['no-break spaces', '\u00a0'],
    ['narrow no-break spaces', '\u202f'],
  ].flatMap(([name, space]) =>
    variantIf(name, text, text.replace(DATE_SPACES, `$1${space}$2`).replace(YEAR_SPACE, `$1${space}`).replace(LABEL_SPACE, `$1${space}`)),
  )
}

/** A line that ends in two spaces or more: where a rendition has one, its line ends' spaces may mark paragraphs. */
const PADDED = / {2,}$/mu

/**
 * White space a reader does not see: a space after every line (`trailing space`), two after every line of a rendition
 * that pads none (`trailing spaces`: padding everywhere marks no paragraph), every line indented alike by three spaces
 * (`indent`) or by a tab (`tab indent`).
 */
export function invisibleSpace(text) {
  const lines = text.split('\n')
  const every = (change) => lines.map((line) => (BLANK.test(line) ? line : change(line))).join('\n')
  return [
    ...variantIf(
      'trailing space',
      text,
      every((line) => `${line} `),
    ),
    ...(PADDED.test(text)
      ? []
      : variantIf(
          'trailing spaces',
          text,
          every((line) => `${line}  `),
        )),
    ...variantIf(
      'indent',
      text,
      every((line) => `   ${line}`),
    ),
    ...variantIf(
      'tab indent',
      text,
      every((line) => `\t${line}`),
    ),
  ]
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F; `undefined` where it has none (0x81, 0x8D, 0x8F, 0x90, 0x9D): the
 * byte is lost in a double decoding.
 */
const CP1252_HIGH = [...'€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ'].map((char) => (char === '\u0000' ? undefined : char))

/** The characters the parser's repair of double-decoded text restores (util/mojibake.ts: Latin letters, marks). */
const REPAIRABLE = /^[\u00A0-\u024F\u2010-\u2027\u2030-\u203A\u20AC\u2122]$/u

/**
 * The whole text's UTF-8 read as Windows-1252 (`double-encoded`): `på` → `pÃ¥`, `”` → `â€` (its last byte lost), as
 * older ft.dk renditions are. Not a rendition that is double-decoded already; only where every character outside ASCII is one the parser's repair restores and none
 * but `”` loses a byte (`Ý` would lose its 0x9D for good).
 */
export function doubleEncoded(text) {
  // A rendition already double-decoded would be encoded twice over, which no repair undoes.
  if (MOJIBAKE.test(text)) return []
  let out = ''
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) {
      out += char
      continue
    }
    if (!REPAIRABLE.test(char)) return []
    for (const byte of Buffer.from(char, 'utf8')) {
      const shown = byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
      if (shown === undefined && char !== '”') return []
      out += shown ?? ''
    }
  }
  return variantIf('double-encoded', text, out)
}

/** A question's heading's number with `nr.` (`Spørgsmål nr. 12`) or without (`Spørgsmål 12`). Group: the number. */
const HEADING_NUMBER = /^(\s*Spørgsmål) (?:nr\. ?)?((?:[A-Z]{1,2} ?)?\d{1,4}[a-z]?)(?=[ :(]|$)/u

/**
 * The headings on a line of their own set otherwise: in capitals (`SPØRGSMÅL NR. 12:`, `SVAR:`), and the question's
 * number with `nr.` or without (`nr. off`: `Spørgsmål 12:`; `nr. on`: `Spørgsmål nr. 12:`).
 */
export function headingWords(text) {
  const capitals = mapLines(text, (line) => {
    const m = HEADING_LINE.exec(line)
    return m ? `${m[1]}${m[2].toUpperCase()}${m[3] ?? ''}` : undefined
  })
  const numbered = (withNr) =>
    mapLines(text, (line) => {
      const m = HEADING_LINE.test(line) ? HEADING_NUMBER.exec(line) : null
      if (!m || /nr\./u.test(m[0]) === withNr) return undefined
      return `${m[1]} ${withNr ? 'nr. ' : ''}${m[2]}${line.slice(m[0].length)}`
    })
  return [
    ...variantIf('capitals', text, capitals),
    ...variantIf('nr. off', text, numbered(false)),
    ...variantIf('nr. on', text, numbered(true)),
  ]
}

/** The greeting on a line of its own: `Med venlig hilsen`, `Venlig hilsen`, `Med venlige hilsner`. */
const GREETING = /^\s*(?:Med venlig(?:e)? hilsen?|Venlig hilsen|Med venlige hilsner)\s*$/iu

/** How many short lines under the greeting are the signature (the name, `/`, the official or the title). */
const SIGNATURE_LINES = 3

/** A signature's line is at most this long. */
const SIGNATURE_LINE_MAX = 40

/**
 * The greeting and the signature's lines under it set apart by blank lines (`closing blanks`): a blank line before
 * the greeting, after it and after each of the signature's short lines.
 */
export function closingBlanks(text) {
  const lines = text.split('\n')
  const greeting = lines.findIndex((line) => GREETING.test(line))
  if (greeting < 0) return []
  const out = [...lines.slice(0, greeting), '', lines[greeting], '']
  let at = greeting + 1
  let signature = 0
  while (at < lines.length && signature < SIGNATURE_LINES) {
    const line = lines[at]
    at++
    if (BLANK.test(line)) continue
    if (line.trim().length > SIGNATURE_LINE_MAX) {
      at--
      break
    }
    out.push(line, '')
    signature++
  }
  out.push(...lines.slice(at))
  return variantIf('closing blanks', text, out.join('\n'))
}

/**
 * The rendition double-spaced, as pdftotext writes a PDF (`double-spaced`): an empty line after every line, a
 * paragraph's blank line a line of one space. Not a rendition that is double-spaced already, nor a glued one (ft.dk's
 * old HTML renditions: pdftotext never glues a paragraph's lines).
 */
export function doubleSpaced(text) {
  const lines = text.split('\n')
  const filled = lines.filter((line) => !BLANK.test(line))
  const followedByBlank = lines.filter((line, at) => !BLANK.test(line) && BLANK.test(lines[at + 1] ?? 'x')).length
  if (filled.length === 0 || followedByBlank / filled.length > DOUBLE_SPACED_SHARE || isGlued(filled)) return []
  return variantIf('double-spaced', text, lines.flatMap((line) => (BLANK.test(line) ? [' '] : [line, ''])).join('\n'))
}

/** An answer's heading on a line of its own: `Svar:`, `Endeligt svar`. */
const ANSWER_LINE = /^\s*(?:(?:Endeligt |Supplerende |Foreløbigt )?[Ss]var)\s?:?\s*$/u

/** A line that ends a sentence with a full stop, a question or an exclamation mark (not a colon before a table). */
const FULL_STOP_END = /[.!?]["”“»«']?\s*$/u

/** A page image line of the rendition's second page: `1603943_0002.png`. */
const SECOND_PAGE = /_0002\.png\s*$/mu

/**
 * ft.dk's page break set inside the answer, as in a rendition of a letter of two pages (`page break`): the running
 * line at the foot of the page and the next page's image line (`<id>_0002.png`), after the first line of the
 * answer's text that ends a sentence with running text after it. Only in a rendition of one page (no `_0002.png`).
 */
export function pageBreak(text, { docId, running }) {
  if (!docId || SECOND_PAGE.test(text)) return []
  const lines = text.split('\n')
  const answer = lines.findIndex((line) => ANSWER_LINE.test(line))
  if (answer < 0) return []
  for (let at = answer + 1; at + 1 < lines.length; at++) {
    const line = lines[at]
    if (!isProse(line) || !FULL_STOP_END.test(line) || ABBREVIATION_END.test(line.trimEnd())) continue
    const next = nextFilled(lines, at)
    // Running text goes on after the break (not a table's first cell after `… i perioden 2013-2016:`).
    if (next < 0 || !isProse(lines[next]) || lines[next].trim().length < WRAPPED_MIN) continue
    const furniture = [...(running ? [running] : []), `${docId}_0002.png`]
    return [{ name: 'page break', text: [...lines.slice(0, at + 1), ...furniture, ...lines.slice(at + 1)].join('\n') }]
  }
  return []
}

/**
 * A heading's colon set apart (`colon spaced`: `Spørgsmål 28 :`, `Svar :`, as older renditions have it) and the
 * number glued to `nr.` (`nr. glued`: `Spørgsmål nr.12:`).
 */
export function headingSpacing(text) {
  const spaced = mapLines(text, (line) => {
    const m = HEADING_LINE.exec(line)
    return m?.[3] === ':' ? `${m[1]}${m[2]} :` : undefined
  })
  const glued = mapLines(text, (line) => (HEADING_LINE.test(line) && /nr\. \S/u.test(line) ? line.replace('nr. ', 'nr.') : undefined))
  return [...variantIf('colon spaced', text, spaced), ...variantIf('nr. glued', text, glued)]
}

/** The width hyphenated renditions are set in: a narrow column, where long words break most. */
const HYPHENATED_WIDTH = 50

/** A word's letters, for counting how often a document writes it. */
const WORD_LETTERS = /^\p{L}+/u

/**
 * A narrow column's line ends hyphenated by Danish hyphenation (`rewrap` with a mark): a printed hyphen (`hyphenated
 * 50`: `besva-` / `relse`), a soft hyphen the converter kept (`soft hyphens 50`: U+00AD at the line's end) and one it
 * dropped (`soft hyphens dropped 50`: `besva` / `relse`, as a PDF's text layer loses an optional hyphen). A dropped
 * hyphen leaves two words a reader reads as one only by knowing it: only a word the document writes whole elsewhere
 * too is broken so, one occurrence kept whole (the parser mends those from the document's words; others no reader of
 * the text alone could).
 */
export function hyphenated(text) {
  const counts = new Map()
  for (const word of text.toLowerCase().match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1)
  // Each break spends one of the word's occurrences; one stays whole.
  const writtenTwice = (word) => {
    const key = WORD_LETTERS.exec(word.toLowerCase())?.[0] ?? ''
    const left = counts.get(key) ?? 0
    if (left < 2) return false
    counts.set(key, left - 1)
    return true
  }
  return [
    ['hyphenated 50', { mark: '-' }],
    ['soft hyphens 50', { mark: '\u00ad' }],
    ['soft hyphens dropped 50', { mark: '', may: writtenTwice }],
  ].flatMap(([name, hyphenation]) => {
    const plain = rewrap(text, HYPHENATED_WIDTH)
    const broken = rewrap(text, HYPHENATED_WIDTH, hyphenation)
    // Only where a word was hyphenated: else it is `rewrap 50` over again.
    return broken !== undefined && broken !== plain ? [{ name, text: broken }] : []
  })
}

/** ft.dk's page number in a letter of N pages: `Side 1 af 2`. */
const PAGE_NUMBER = 'Side 1 af 2'

/**
 * A page number set inside a paragraph of the answer (`page number inside paragraph`), as a page break in mid-sentence
 * leaves it in a rendition (`… har gennemgået de sager, som` / `Side 1 af 2` / `udvalget spørger til …`): after the
 * answer's first line that breaks off a sentence with prose under it.
 */
export function pageNumberInside(text) {
  const lines = text.split('\n')
  const answer = lines.findIndex((line) => ANSWER_LINE.test(line))
  if (answer < 0 || lines.some((line) => /^\s*Side \d+ af \d+\s*$/u.test(line))) return []
  for (let at = answer + 1; at + 1 < lines.length; at++) {
    const line = lines[at]
    if (!isProse(line) || SENTENCE_END.test(line) || line.trim().length < WRAPPED_MIN) continue
    if (!isProse(lines[at + 1]) || !LOWERCASE_START.test(lines[at + 1])) continue
    return [{ name: 'page number inside paragraph', text: [...lines.slice(0, at + 1), PAGE_NUMBER, ...lines.slice(at + 1)].join('\n') }]
  }
  return []
}

/** A letterhead's case number on a line of its own with its value: `J.nr. 2015-1234`, `Sagsnr.: 2023-09110`. */
const CASE_LINE = /^\s*(?:J\.\s?nr\.|Jnr\.|Sagsnr\.|Journalnr\.|Vores ref\.)\s*:?\s*[\p{L}.-]{0,10}\d/iu

/** A letterhead's date on a line of its own with its value: `Dato: 14. november 2023`, `18. marts 2021`, `Den 3. maj 2022`. */
const DATE_LINE = /^\s*(?:Dato:?\s*)?(?:(?:Den|d\.)\s+)?\d{1,2}\.\s?\p{L}+\.?\s\d{4}\s*$/iu

/** How far into a rendition its letterhead stands, and how far apart its date and case number may be. */
const LETTERHEAD_LINES = 30
const LETTERHEAD_GAP = 3

/**
 * The letterhead's date and case number lines swapped (`letterhead order`), as ministries set them in either order
 * (`J.nr. 2015-1234` / `Dato: 3. maj 2016`, or the date first): each line holds its own value, so the order says
 * nothing. Not a column of labels whose values stand in another column (`Dato:` / `Sagsnr.:` / … then the values).
 */
export function letterheadOrder(text) {
  const lines = text.split('\n')
  const head = lines.slice(0, LETTERHEAD_LINES)
  const date = head.findIndex((line) => DATE_LINE.test(line))
  const caseAt = head.findIndex((line) => CASE_LINE.test(line))
  if (date < 0 || caseAt < 0 || Math.abs(date - caseAt) > LETTERHEAD_GAP) return []
  const out = [...lines]
  out[date] = lines[caseAt]
  out[caseAt] = lines[date]
  return variantIf('letterhead order', text, out.join('\n'))
}

/**
 * Old ft.dk renditions glue a paragraph's lines into one (`glued`): a line that fills the column and the prose line
 * under it joined by a space — by nothing where the line ends a sentence and the next opens a new one with a capital
 * (`… (SUU Alm. del).Spørgsmålet er stillet …`, `… muligt.Jeg`). Headings, list items, tables, dates and short lines
 * (names, a signature) stay on lines of their own. Not in a rendition glued or double-spaced already, nor in one with
 * a line-end hyphen in its prose (see below).
 */
export function glued(text) {
  const lines = text.split('\n')
  const filled = lines.filter((line) => !BLANK.test(line))
  const followedByBlank = lines.filter((line, at) => !BLANK.test(line) && BLANK.test(lines[at + 1] ?? 'x')).length
  if (filled.length === 0 || followedByBlank / filled.length > DOUBLE_SPACED_SHARE || isGlued(filled) || MOJIBAKE.test(text)) return []
  const wrapped = Math.max(WRAPPED_MIN, WRAPPED_SHARE * columnWidth(filled))
  const table = tableLines(lines)
  const prose = (index) => !table.has(index) && isProse(lines[index])
  // Glued renditions glue at a line-end hyphen too (`sygedagpengemod-tagere`, `procesbe- villingsnævnet`), where a
  // word broken there and a compound read alike: only a rendition with no such line end is glued.
  if (lines.some((line, at) => prose(at) && HYPHEN_END.test(line.trimEnd()))) return []
  const out = []
  for (let at = 0; at < lines.length; at++) {
    const last = out.at(-1)
    const line = lines[at]
    const joins =
      last !== undefined &&
      prose(at) &&
      prose(at - 1) &&
      lines[at - 1].trimEnd().length >= wrapped &&
      !HARD_END.test(lines[at - 1]) &&
      (!SENTENCE_END.test(lines[at - 1]) || (/^\s*\p{Lu}/u.test(line) && line.trim().length >= WRAPPED_MIN))
    if (!joins) {
      out.push(line)
      continue
    }
    const before = last.trimEnd()
    const tight = SENTENCE_END.test(before) && !ABBREVIATION_END.test(before)
    out[out.length - 1] = `${before}${tight ? '' : ' '}${line.trim()}`
  }
  return variantIf('glued', text, out.join('\n'))
}

/** Every transformation, by name: `(text, context) → [{ name, text }]`. */
export const TRANSFORMATIONS = {
  rewrap: (text) =>
    [50, 60, 75, 95, 120].flatMap((width) => {
      const wrapped = rewrap(text, width)
      return wrapped === undefined ? [] : [{ name: `rewrap ${width}`, text: wrapped }]
    }),
  quotes: (text, context) => swapQuotes(text, context.record?.question?.text),
  'heading colons': (text) => headingForms(text),
  'blank lines': (text) => headingBlanks(text),
  furniture: (text, context) => furniture(text, context),
  'line ends': (text) => lineEnds(text),
  'no-break spaces': (text) => noBreakSpaces(text),
  'invisible space': (text) => invisibleSpace(text),
  encoding: (text) => doubleEncoded(text),
  'heading words': (text) => headingWords(text),
  'closing blanks': (text) => closingBlanks(text),
  'double-spaced': (text) => doubleSpaced(text),
  'page break': (text, context) => pageBreak(text, context),
  'heading spacing': (text) => headingSpacing(text),
  hyphenation: (text) => hyphenated(text),
  'page number': (text) => pageNumberInside(text),
  'letterhead order': (text) => letterheadOrder(text),
  glued: (text) => glued(text),
}
