/**
 * Plain text → mdast. Text renditions of ft.dk documents come in three shapes:
 * - one line per PDF line, no blank lines (most HTML renditions);
 * - "double-spaced": a blank line after every line, a whitespace-only line between paragraphs (pdftotext-like);
 * - one line per paragraph, blank lines between (older renditions).
 * Paragraph ends are recovered from blank lines, trailing double spaces, and short lines that end a sentence.
 */
import type { Root } from 'mdast'
import { buildTree } from '../layout/blocks.js'
import { TEXT_LAYOUT } from '../layout/constants.js'
import { mendDropCap } from '../layout/drop-caps.js'
import { settleGluedTextLines } from '../layout/lost-hyphens.js'
import { CUT_GREETING_WORDS, MARKED_NOTE } from '../layout/markers.js'
import {
  BRACKETED_TITLE,
  endsByWidth,
  endsSentence,
  isGluedParagraph,
  nextWordFits,
  sentenceEnds,
  typicalWidth,
} from '../layout/paragraph-ends.js'
import { assignRoles } from '../layout/roles.js'
import { sideColumn, splitAtSideColumn } from '../layout/text/columns.js'
import { withHeadLinesJoined } from '../layout/text/head-lines.js'
import { collapseLetterSpacing, splitLetterSpacedTail } from '../layout/text/letter-spacing.js'
import { withLetteredQuestionsLabelled } from '../layout/text/lettered-questions.js'
import { joinStackedLabels } from '../layout/text/stacked-labels.js'
import { withTables } from '../layout/text/tables.js'
import { GLUED_LETTER_LINE, showsStrandedLetters, unglueLetterLine, withStrandedLettersJoined } from '../layout/text/unglue-lines.js'
import { withWrappedHeadingsJoined } from '../layout/text/wrapped-headings.js'
import type { Messages } from '../messages.js'
import type { LayoutLine } from '../tree.js'
import { LONG_DATE } from '../util/dates.js'
import { matchesOf } from '../util/matches.js'
import { NAME_PARTICLES } from '../util/person-name.js'
import { withPlainSpaces } from '../util/spaces.js'

interface RawLine {
  text: string
  line: number
  breakBefore: boolean
  trailingSpaces: number
  /** Split off from the letterhead column beside the text (`pdftotext -layout`). */
  side?: boolean
  /** The line as it stands, indentation and inner gaps kept, where it has a gap (tables in layout-keeping text). */
  layout?: string
  /** In double-spaced text, a blank line stands before the line (`LayoutLine.spacedBefore`). */
  spacedBefore?: boolean
}

/**
 * The marker some stored renditions of old Word letters hold where the document's first bookmark stood, inside a
 * word's place or on a line alone: `Besvarelse af spørgsmål nr.<DOCUMENT_START> 217 af …`, `Kære<DOCUMENT_START>
 * udenrigsminister.` — no text of the letter.
 */
const DOCUMENT_MARKER = /<DOCUMENT_(?:START|END)>/gu

/**
 * A document system's merge field left around its value in a ministry's letter template:
 * `<<JM.SAGSNR>>2008-154-0116<</JM.SAGSNR>>`, `<<JM.DOKUMENT_DATO>>19. februar 2008<</JM.DOKUMENT_DATO>>`
 * (Justitsministeriet, 2008) — the field's name, no text.
 */
const MERGE_FIELD = /<<\/?[A-Z][A-Z\d_.]{1,40}>>/gu

/**
 * The label Word's HTML export sets before the text of a text box, on the line's start: `Text Box: November 2006`
 * (the letter's date in a box of Beskæftigelsesministeriet's letters of 2005–07), `Text Box: PRESSEMEDDELELSE` — the
 * export's, not the letter's; the line's indent kept.
 */
const TEXT_BOX = /^([ \t\u00a0]*)Text Box:[ \u00a0]/gmu

/**
 * Normalise line ends, no-break spaces, tabs, the byte order mark, stored renditions' document markers, templates'
 * merge fields and Word's text-box labels. A tab between words becomes two spaces, which keeps table cells apart
 * (`År⇥Fleksjob`) as `pdftotext -layout` keeps them; running text collapses them later.
 */
export function normaliseText(text: string): string {
  const unbookmarked = text.includes('<DOCUMENT_') ? text.replace(DOCUMENT_MARKER, '') : text
  const unmerged = unbookmarked.includes('<<') ? unbookmarked.replace(MERGE_FIELD, '') : unbookmarked
  const unmarked = unmerged.includes('Text Box:') ? unmerged.replace(TEXT_BOX, '$1') : unmerged
  // Each replacement of the whole text only where its characters are (`includes` is several times cheaper than a
  // replacement that finds nothing, Node 20): most texts hold no carriage return and no no-break space.
  const unbommed = unmarked.replace(/^\uFEFF/u, '')
  const lineEnds = unbommed.includes('\r') ? unbommed.replace(/\r\n?/gu, '\n') : unbommed
  const spaced = withPlainSpaces(lineEnds)
  // Most texts hold no tab: the gap pattern would look ahead for one at every space of the document.
  return spaced.includes('\t') ? spaced.replace(/(?<![ \t])(?=[ \t]*\t)[ \t]+(?=\S)/gu, '  ').replace(/\t/gu, ' ') : spaced
}

/** A long date glued to the word before it: `Justitsministeren3. oktober 2012`. */
const GLUED_DATE = new RegExp(`^(.*\\p{Ll})(${LONG_DATE.source})$`, 'iu')
/**
 * A long date opening the line, glued to the capitalised word after it: `29. juni 2010Besvarelse af spørgsmål nr.
 * 242 …` (the letter's date run into its title: a capitalised word, then one in lower case). No sentence runs a year
 * into a word. Not a letterhead's row of values glued together (`17. oktober 2012PolitikontoretKarina Kok Sand…`,
 * `3. maj 2016Politikontoret Peter Berg2016-…`: names, no running text), which `extract/letterhead.ts` reads whole.
 */
const DATE_GLUED_BEFORE = new RegExp(`^(${LONG_DATE.source})(\\p{Lu}\\p{Ll}+\\s+\\p{Ll}.*)$`, 'u')
/**
 * A committee chair's title glued to the name: `Karina Lorentzen Dehnhardtformand`, `Lars-Emil Johansenformand`,
 * `Rasmus Prehnnæstformand` (the surname's letters taken lazily, so `næst` stays with the title).
 */
const GLUED_CHAIR = /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*)*\s+\p{Lu}\p{Ll}+?)\s*((?:næst)?formand)$/u

/**
 * A salutation glued to the letter's first sentence, as an old rendition ran the lines together: `Kære Susanne
 * HansenTak for din henvendelse af 17. januar 2010 om …` (Fødevareministeriet 2010). The name is one to four
 * capitalised words, the last of them double-barrelled or not (`Kære Andreas Peters-LehmJeg har modtaget …`), its last
 * letter in lower case right before the sentence's capital; what follows is a paragraph
 * (`SALUTED_TEXT` characters or more), not a name's second half (`Kære Ole McDonald`).
 */
const SALUTATION_GLUED = /^(Kære\s(?:\p{Lu}[\p{Ll}.-]*\s){0,3}\p{Lu}[\p{Ll}-]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?)(\p{Lu}\p{Ll}+\s.+)$/u

/** How long the text glued after a salutation is at least: a sentence, not a name (`SALUTATION_GLUED`). */
const SALUTED_TEXT = 60

/**
 * A salutation ending in its comma glued to the letter's first sentence: `Kære medlemmer af Folketingets
 * Økontaktudvalg,Hermed vedlægges regeringens redegørelse …` (Indenrigs- og Sundhedsministeriet 2011, an old
 * rendition). The comma with no space after it, then a capitalised word and a paragraph (`SALUTED_TEXT` characters or
 * more); a salutation with its comma and a space (`Kære Anne, tak …`) is as the writer set it.
 */
const SALUTATION_COMMA_GLUED = /^(Kære\s[^,]{2,80},)(\p{Lu}\p{Ll}+\s.+)$/u

/** A salutation glued to the first sentence (`SALUTATION_GLUED`, `SALUTATION_COMMA_GLUED`) as its two lines. */
function gluedSalutation(text: string): string[] | undefined {
  for (const pattern of [SALUTATION_GLUED, SALUTATION_COMMA_GLUED]) {
    const glued = pattern.exec(text)
    if (glued?.[1] && glued[2] && glued[2].length >= SALUTED_TEXT) return [glued[1], glued[2]]
  }
  return undefined
}

/**
 * A drawn rule glued between a line's words and what follows it, as an old rendition ran a signature into the footer
 * under its rule: `Nicolai Wammen_____…_____HOLMENS KANAL 421060 KØBENHAVN K…`. Cut before the rule: the rule goes
 * with the footer it tops (`extract/furniture.ts` reads it there).
 */
const RULE_GLUED = /^(.*?[\p{L}\d.)])_{10,}(?=[^\s_])/u

/**
 * A greeting cut off where the stored text ends, glued to the last sentence before it: `… i kreditinstitutter.Med
 * venlig ` (Finansministeriet 2011, a rendition that glues lines, stored up to its limit). Only on the text's last line.
 */
const GLUED_CUT_CLOSING = new RegExp(String.raw`^(.*[.?!”"])\s*(${CUT_GREETING_WORDS})$`, 'u')

/** The text's last line as its last sentence and the cut greeting glued to it (`GLUED_CUT_CLOSING`), or undefined. */
function gluedCutClosing(line: string): string[] | undefined {
  const trimmed = line.trim()
  const cut = trimmed.includes('venl') ? GLUED_CUT_CLOSING.exec(trimmed) : null
  return cut?.[1] && cut[2] ? [cut[1], cut[2]] : undefined
}

/** A closing glued to the end of the text before it: `… til spørgeren.På udvalgets vegne`. */
const GLUED_CLOSING = /^(.*[.?!”"])\s*((?:Med\s+)?[Vv]enlig\s+hilsen|På\s+udvalgets\s+vegne)$/u

/**
 * A closing glued to the name after it, and perhaps to the text before it: `… kompetence. Med venlig hilsenClaus Hjort
 * Frederiksen` (Finansministeriet 2010: the signature's lines run together); with the greeting's own words run
 * together too: `runTogetherClosing`. The name is one to five capitalised
 * words ending the line (a particle before one: `Lise von Seelen`); the greeting never runs into a word otherwise.
 */
const CLOSING_GLUED_TO_NAME = new RegExp(
  String.raw`^(?:(.*[.?!”"])\s*)?((?:Med\s+)?[Vv]enlig\s+hilsen)(\p{Lu}[\p{L}.-]*(?:\s(?:${NAME_PARTICLES}\s)?\p{Lu}[\p{L}.-]*){0,4})$`,
  'u',
)

/** The greeting's words run together (`Medvenlighilsen`), found apart from what stands around it (`runTogetherClosing`). */
const RUN_TOGETHER_GREETING = /(?:Med)?[Vv]enlighilsen/u

/** A name of one to five capitalised words (a particle before one), the whole of what it is tested on. */
const WHOLE_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}.-]*(?:\s(?:${NAME_PARTICLES}\s)?\p{Lu}[\p{L}.-]*){0,4}$`, 'u')

/**
 * `CLOSING_GLUED_TO_NAME` with the greeting's own words run together: `MedvenlighilsenPia Olsen Dyhr`, after the text's
 * last sentence or alone. Read in steps (the greeting, then the name after it and the sentence's end before it): one
 * pattern for the whole line would backtrack over a long one, the name's letters being the greeting's too.
 */
function runTogetherClosing(text: string): string[] | undefined {
  const greeting = RUN_TOGETHER_GREETING.exec(text)
  if (!greeting) return undefined
  const before = text.slice(0, greeting.index).trimEnd()
  const name = text.slice(greeting.index + greeting[0].length)
  if (!WHOLE_NAME.test(name) || (before !== '' && !/[.?!”"]$/u.test(before))) return undefined
  return [...(before ? [before] : []), greeting[0], name]
}

/**
 * The § 20 question letter's three fields glued together with their labels lost (ft.dk's old rendition, 2010):
 * `Videnskabsministeren8. juni 2010Flemming Bonne (SF)` — the minister asked, the day, the asker and party. Cut into
 * the lines a letter whose labels stand beside their values gives (`Til: …`, the day alone, `Stillet af: …`,
 * `layout/text/stacked-labels.ts`), so that the finders read them as they read that letter. Only where the first
 * piece names a minister and the line ends with a name (a particle before a word: `Lise von Seelen`) and a party.
 */
const SECTION20_FIELDS_GLUED = new RegExp(
  `^(\\p{Lu}[\\p{L} ,-]{2,80}\\p{Ll})(${LONG_DATE.source})(\\p{Lu}[\\p{L}.'-]*(?: (?:${NAME_PARTICLES} )?\\p{Lu}[\\p{L}.'-]*){1,4} ?\\(\\p{Lu}\\p{L}{0,3}\\))$`,
  'u',
)

/**
 * The § 20 question's end glued to its last sentence, and the motivation's heading to the end: `… Lindholm?(Spm. nr.
 * S 2387).Begrundelse` (the same old rendition). Each a line of its own, as the letter sets them.
 */
const SECTION20_END_GLUED = /^(.*[?.!”"])(\(Spm\.\s?nr\.\s?S\s?\d{1,5}\)\.?)(Begrundelse:?)?$/u

/**
 * A title naming the question and its case glued to the question's quote: `URU spørgsmål 9 vedr. forslag til lov om
 * internationalt udviklingssamarbejde (L153):”Vil Ministeren …` (Udenrigsministeriet 2012, a rendition that lost the
 * line end after the colon). The title and the quote, each a line of its own.
 */
const QUESTION_TITLE_BEFORE_QUOTE =
  /^((?:\p{Lu}{2,5}\s)?[Ss]pørgsmål\s(?:nr\.\s?)?\d{1,4}\s(?:vedr\.|vedrørende|ad|om|til)\s[^:”“"„»]{1,160}:)\s*([”“"„»]\p{Lu}.*)$/u

/**
 * A ministry's name written out glued to the answer's last sentence, its footer after it: `… ikke truffet.Ministeriet
 * for VidenskabTeknologi og UdviklingBredgade 43…` (Videnskabsministeriet 2008–10). Cut there: the footer is no
 * sentence of the answer.
 */
function ministryGluedAfterSentence(text: string): [string, string] | undefined {
  const at = text.indexOf(MINISTRY_AFTER_STOP)
  if (at < 1 || !/\p{Ll}/u.test(text.charAt(at - 1)) || !/\p{Lu}/u.test(text.charAt(at + MINISTRY_AFTER_STOP.length))) return undefined
  return [text.slice(0, at + 1), text.slice(at + 1)]
}

/** A sentence's stop and the ministry's name written out after it, with no space: `.Ministeriet for `. */
const MINISTRY_AFTER_STOP = '.Ministeriet for '

/** The three glued fields (`SECTION20_FIELDS_GLUED`) as the labelled lines they stand for, else undefined. */
function gluedSection20Fields(text: string): string[] | undefined {
  if (!text.endsWith(')') || !/minister/iu.test(text)) return undefined
  const match = SECTION20_FIELDS_GLUED.exec(text)
  const minister = match?.[1]
  const date = match?.[2]
  const asker = match?.at(-1)
  if (!minister || !date || !asker || !/minister/iu.test(minister)) return undefined
  return [`Til: ${minister}`, date, `Stillet af: ${asker}`]
}

/**
 * A quotation's close glued to the sentence after it: `… det seneste år?"I tabellerne 1 og 2 …` — the question's
 * closing quote and the answer's first word, a line end lost between them (a stop or a question mark, the quote, a
 * capitalised word, `I` alone too). An opening quote follows a space or a colon instead (`sagde: "Der er …`).
 */
const GLUED_QUOTE_CLOSE = /[?.!][”"«»](?=\p{Lu}[\p{Ll} ])/u

/** Whether a line may hold a closing quote: a cheap test before `GLUED_QUOTE_CLOSE`. */
const QUOTE_MARK = /[”"«»“]/u

/**
 * `“` after a stop glued to a capitalised word: the close of a quotation opened `„` (`„Vil ministeren …?“Hovedkonklusion
 * …`) where the text before it leaves one so opened; an opening `“` (`… sagde.“Hej …`, English quoting) where not.
 */
const LOW_OPENED_CLOSE = /[?.!]“(?=\p{Lu}[\p{Ll} ])/gu

/**
 * A line cut after each quotation's close glued to the next sentence (`GLUED_QUOTE_CLOSE`): the pieces are paragraphs
 * of their own (the question and the answer), each keeping the source line number.
 */
function splitAtQuoteClose(line: string): string[] {
  if (!QUOTE_MARK.test(line)) return [line]
  const pieces: string[] = []
  let rest = line
  for (let at = quoteCloseEnd(rest); at !== -1; at = quoteCloseEnd(rest)) {
    pieces.push(rest.slice(0, at))
    rest = rest.slice(at)
  }
  pieces.push(rest)
  return line.includes('pørgsmål') ? pieces.flatMap((piece) => piece.split(GLUED_QUOTED_QUESTION)) : pieces
}

/**
 * A question's heading glued after a closing bracket or a sentence's end and glued to the question it quotes: `…
 * FØDEVAREUDVALG(det talte ord gælder)Spørgsmål AI”Vil ministeren …` (a speech paper flattened onto one line), `…
 * besvares.Spørgsmål nr. 12”Kan …`. Its number in digits or a samråd's one or two capitals, the opening quote and a
 * capitalised word right after it. Cut before the heading, which then opens a paragraph of its own, as a heading
 * does. Not `… jf. spørgsmål 12 ”…` (lower case, spaced), nor `(Spørgsmål AI og AJ)` (no quote after the number).
 */
const GLUED_QUOTED_QUESTION = /(?<=[)\].?!”"])(?=(?:Samrådss|S)pørgsmål\s?(?:nr\.\s?)?(?:\d{1,4}|[A-ZÆØÅ]{1,2})\s?[”“"»„]\p{Lu})/u

/**
 * A quotation's close with no stop before it, glued to a capitalised word: `"Ministeren bedes oplyse … skibe og
 * fly"Udledningen af partikler …` (a question that ends without its mark). The mark closes only where the line opened
 * the quotation with the same mark before it (an odd count of them before); an opening quote glued after a word
 * (`sagde"Hej`) is the first of its pair.
 */
const UNSTOPPED_QUOTE_CLOSE = /(?<=\p{Ll})[”"](?=\p{Lu}\p{Ll})/gu

/** Where the first glued quotation's close in `text` ends (`GLUED_QUOTE_CLOSE`, `UNSTOPPED_QUOTE_CLOSE`), or -1. */
function quoteCloseEnd(text: string): number {
  const stopped = GLUED_QUOTE_CLOSE.exec(text)
  let end = stopped ? stopped.index + stopped[0].length : -1
  if (text.includes('„')) {
    for (const match of matchesOf(LOW_OPENED_CLOSE, text)) {
      if (end !== -1 && match.index >= end) break
      const before = text.slice(0, match.index)
      if (before.split('„').length > before.split('“').length) {
        end = match.index + match[0].length
        break
      }
    }
  }
  for (const match of matchesOf(UNSTOPPED_QUOTE_CLOSE, text)) {
    if (end !== -1 && match.index >= end) break
    const mark = match[0]
    const before = text.slice(0, match.index).split(mark).length - 1
    if (before % 2 === 1) {
      end = match.index + 1
      break
    }
  }
  return end
}

/**
 * Old renditions glue lines together; split the gluings that hide fields (the question letter's date after the
 * minister addressed, the letter's date before its title, the chair's title after the name, a closing after the last
 * sentence or before the name). The pieces keep the source line number.
 */
function unglue(line: string): string[] {
  const trimmed = line.trim()
  const fields = gluedSection20Fields(trimmed)
  if (fields) return fields
  const titled = trimmed.includes('pørgsmål') ? QUESTION_TITLE_BEFORE_QUOTE.exec(trimmed) : null
  if (titled?.[1] && titled[2]) return [titled[1], titled[2]]
  const end = trimmed.includes('(Spm.') ? SECTION20_END_GLUED.exec(trimmed) : null
  if (end?.[1] && end[2]) return [end[1], end[2], ...(end[3] ? [end[3]] : [])]
  // Each pattern backtracks over the whole line; only a line that holds or ends as the gluing does is matched.
  const named = trimmed.includes('hilsen') ? CLOSING_GLUED_TO_NAME.exec(trimmed) : null
  if (named?.[2] && named[3]) return [...(named[1] ? [named[1]] : []), named[2], named[3]]
  const runTogether = trimmed.includes('ighilsen') ? runTogetherClosing(trimmed) : undefined
  if (runTogether) return runTogether
  const ruled = trimmed.includes('__________') ? RULE_GLUED.exec(trimmed) : null
  if (ruled?.[1]) return [ruled[1], trimmed.slice(ruled[1].length)]
  const saluted = trimmed.startsWith('Kære ') ? gluedSalutation(trimmed) : undefined
  if (saluted) return saluted
  const ministry = ministryGluedAfterSentence(trimmed)
  if (ministry) return ministry
  const glued =
    (isDigit(trimmed.charCodeAt(trimmed.length - 1)) ? GLUED_DATE.exec(trimmed) : null) ??
    (isDigit(trimmed.charCodeAt(0)) ? gluedDateBefore(trimmed) : null) ??
    (trimmed.endsWith('formand') ? GLUED_CHAIR.exec(trimmed) : null) ??
    (trimmed.endsWith('hilsen') || trimmed.endsWith('vegne') ? GLUED_CLOSING.exec(trimmed) : null)
  return glued?.[1] && glued[2] ? [glued[1], glued[2]] : [line]
}

/**
 * Whether UTF-16 code unit `code` is a digit as `\d` reads it (`0`–`9`; the `NaN` of a place past the end is none): what
 * `GLUED_DATE` ends with and `DATE_GLUED_BEFORE` opens with, told without a pattern (an end-anchored one is tried at
 * every place of the line; every line of every text is asked).
 */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** `DATE_GLUED_BEFORE`'s match as date and rest (its first and last groups), in the shape of the other gluings' matches. */
function gluedDateBefore(text: string): [string, string, string] | null {
  const match = DATE_GLUED_BEFORE.exec(text)
  const date = match?.[1]
  const rest = match?.at(-1)
  return date && rest ? [text, date, rest] : null
}

/** Share of the running text's lines that must start at one indent for it to be the text's margin. */
const MARGIN_SHARE = 0.6

/**
 * The text's own left margin in layout-kept text: the indent at which most lines of running text start (a long line
 * with no gap inside), where it is not 0 — `pdftotext -layout` sets a letter whose sidebar stands above the text, left
 * of it, with every line of the text indented by the sidebar's width. Undefined where the text starts at the edge.
 */
export function textMargin(lines: readonly string[]): number | undefined {
  const indents = new Map<number, number>()
  let prose = 0
  for (const line of lines) {
    const text = line.trim()
    if (text.length < TEXT_LAYOUT.tableProseLine || text.includes('  ')) continue
    prose++
    const indent = indentOf(line)
    indents.set(indent, (indents.get(indent) ?? 0) + 1)
  }
  let margin: number | undefined
  for (const [indent, count] of indents) if (indent > 0 && count >= prose * MARGIN_SHARE) margin = indent
  return margin
}

/**
 * Lines moved left by the text's margin (`textMargin`); a line that starts further left keeps its place, and a line
 * of blanks stays as it is (a Word rendition's empty paragraph, `setsParagraphsOnLines`: no text the margin is of).
 */
function withoutMargin(lines: string[]): string[] {
  const margin = textMargin(lines)
  if (margin === undefined) return lines
  return lines.map((line) => (line.trim() === '' ? line : line.slice(Math.min(margin, indentOf(line)))))
}

/** The spaces a line starts with. */
function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

/** An inner gap of two spaces or more between words, or an indent: a line that keeps the page's layout (`RawLine.layout`). */
const LAYOUT_GAP = /\S {2,}\S|^ {2,}\S/u

/**
 * A line longer than any printed line of running text (A4 at 9–12 pt sets up to ~110 characters) in a double-spaced
 * rendition: the source set the paragraph on one line, and the blank line after it, which such a rendition sets after
 * every line, is the paragraph's end where the line ends a sentence (`… fra 2008 til 2009.` / `` / `Prioriteringen
 * af …`). Not in a rendition without blank lines, whose column may be as wide (a landscape page, a small font).
 */
const UNWRAPPED_LINE_LENGTH = 120

function unwrappedParagraph(text: string, next: string | undefined, spacedNext: boolean): boolean {
  return spacedNext && text.length > UNWRAPPED_LINE_LENGTH && sentenceEnds(text, next)
}

/**
 * Whether the text is double-spaced: most lines it is judged on have an empty line after them. Judged on the lines of
 * running text where there are enough: a table set one cell per paragraph (pdftotext without -layout) puts a blank
 * line after every short cell line without the text being double-spaced. Counted in one pass, for the lines of running
 * text and for all lines with text alike (each a function of the line's text alone), with no arrays of them or set of
 * their texts to hash: every line of every document passes here.
 */
function isDoubleSpaced(raw: readonly string[]): boolean {
  let content = 0
  let long = 0
  let contentFollowed = 0
  let longFollowed = 0
  for (let index = 0; index < raw.length; index++) {
    const length = (raw[index] as string).trim().length
    if (length === 0) continue
    const followed = raw[index + 1] === ''
    content++
    if (followed) contentFollowed++
    if (length < TEXT_LAYOUT.tableProseLine) continue
    long++
    if (followed) longFollowed++
  }
  const byLong = long >= MIN_JUDGED_LINES
  return content > 3 && (byLong ? longFollowed : contentFollowed) / (byLong ? long : content) >= TEXT_LAYOUT.doubleSpacedShare
}

function readLines(text: string, messages?: Messages): RawLine[] {
  const normalised = normaliseText(text)
  // Words a justified rendition broke with a stranded letter (`ko   n- trolbesøgene`), joined in every line where the
  // document shows them more than once: a short line may hold one alone (`af 3. febr   u- ar 2006.`).
  const stranded = showsStrandedLetters(normalised)
  const raw = withWrappedHeadingsJoined(
    withHeadLinesJoined(
      settleGluedTextLines(
        withoutMargin(stranded ? normalised.split('\n').map(withStrandedLettersJoined) : normalised.split('\n')),
        GLUED_LETTER_LINE,
      ),
    ),
  )
  const doubleSpaced = isDoubleSpaced(raw)
  const lines: RawLine[] = []
  let pendingBreak = false
  let pendingSpace = false
  /** One warning a document: the first glued letter line cut. */
  let warned = false
  const column = sideColumn(raw)
  /** The sidebar's last part so far: a case number's label over its value lets the value go (`splitAtSideColumn`). */
  let lastSide: string | undefined
  const pageBreak = raw.findIndex((line) => line.includes('\f'))
  /** The text's last line with anything on it: where a greeting cut off by the stored text's end may be glued. */
  const lastContent = raw.findLastIndex((line) => line.trim() !== '')
  /** One warning a document: the first letter-spaced line collapsed. */
  let warnedSpacing = false
  raw.forEach((source, index) => {
    // A line set as usual and glued to a letter-spaced tail is two lines: its head, and the tail collapsed.
    const headAndTail = splitLetterSpacedTail(source)
    const collapsed = headAndTail?.[1] ?? collapseLetterSpacing(source)
    if (collapsed !== undefined && !warnedSpacing) {
      warnedSpacing = true
      messages?.warn(
        'text-letter-spacing-collapsed',
        `a line set with a space between its characters was read as "${collapsed.slice(0, 60)}"; the word gaps it lost are guessed`,
        { text: collapsed, line: index + 1 },
      )
    }
    // The collapsed line keeps the source's trailing spaces, which count with every other line's (`spacesMarkBreaks`).
    const trailing = source.slice(source.trimEnd().length)
    const line = collapsed === undefined ? source : `${headAndTail ? `${headAndTail[0]} ` : ''}${collapsed}${trailing}`
    if (line.trim() === '') {
      // In double-spaced text an empty line is only the line's own spacing; whitespace marks a paragraph break.
      if (!doubleSpaced || line !== '') pendingBreak = true
      else pendingSpace = true
      return
    }
    const onFirstPage = pageBreak === -1 || index < pageBreak
    const parts = headAndTail
      ? [
          { text: headAndTail[0], side: false },
          { text: `${headAndTail[1]}${trailing}`, side: false, tail: true },
        ]
      : column !== undefined && onFirstPage
        ? splitAtSideColumn(line, column, lastSide)
        : [{ text: line, side: false }]
    // Beside a sidebar, a blank line may be the sidebar's spacing only: mid-sentence it breaks nothing.
    if (column !== undefined && onFirstPage && pendingBreak && /^\p{Ll}/u.test(parts[0]?.text.trim() ?? '')) {
      const lastText = lines.findLast((candidate) => !candidate.side)
      if (lastText && /[\p{L},]$/u.test(lastText.text)) pendingBreak = false
    }
    for (const columnPart of parts) {
      const { text: columnText, side } = columnPart
      const spacedTail = 'tail' in columnPart
      // A glued letter's pieces are lines of their own (each breaks before it); their inner gaps are no table's.
      const letterLines = side ? [columnText] : unglueLetterLine(columnText)
      const cutLetter = letterLines.length > 1
      if (cutLetter && !warned) {
        warned = true
        messages?.warn(
          'text-lines-unglued',
          `a line of ${columnText.trim().length} characters holding letter parts glued together was cut into ${letterLines.length} lines`,
          { text: letterLines[0] ?? '', line: index + 1 },
        )
      }
      // Loops, not `flatMap` and spreads (several times slower on Node 20): every line of every document passes here.
      for (let piece = 0; piece < letterLines.length; piece++) {
        const quotedPieces = splitAtQuoteClose(letterLines[piece] as string)
        for (let after = 0; after < quotedPieces.length; after++) {
          const quoteBreak = after > 0
          const last = index === lastContent && piece === letterLines.length - 1 && after === quotedPieces.length - 1
          // The cut greeting is a block of its own, the closing after the answer's last paragraph.
          const cutClosing = last ? gluedCutClosing(quotedPieces[after] as string) : undefined
          const ungluedPieces = cutClosing ?? unglue(quotedPieces[after] as string)
          for (let at = 0; at < ungluedPieces.length; at++) {
            const glued = ungluedPieces[at] as string
            const part = at === 0 ? (mendDropCap(glued) ?? glued) : glued
            if (part !== glued) {
              messages?.warn('text-drop-cap-mended', `a doubled drop cap was mended: "${glued.trim().slice(0, 40)}…"`, {
                text: part,
                line: index + 1,
              })
            }
            const rawLine: RawLine = {
              text: part.trim(),
              line: index + 1,
              breakBefore:
                (((pendingBreak && piece === 0 && !quoteBreak) || (cutLetter && piece > 0) || quoteBreak || spacedTail) &&
                  at === 0 &&
                  !side) ||
                (cutClosing !== undefined && at > 0),
              trailingSpaces: side || piece < letterLines.length - 1 ? 0 : columnText.length - columnText.trimEnd().length,
            }
            if (side) {
              rawLine.side = side
              lastSide = rawLine.text
            }
            if (pendingSpace && piece === 0 && at === 0) rawLine.spacedBefore = true
            if (!side && !cutLetter && part.includes('  ') && LAYOUT_GAP.test(part)) rawLine.layout = part.trimEnd()
            lines.push(rawLine)
          }
        }
      }
    }
    pendingBreak = false
    pendingSpace = false
  })
  return lines
}

function toLayoutLines(raw: readonly RawLine[]): LayoutLine[] {
  const width = typicalWidth(raw.map((line) => line.text))
  const padded = raw.filter((line) => line.trailingSpaces >= 2).length
  // Counted by source line: a line cut into pieces (a side column's, a glued letter's) holds its spaces in its last.
  const sourceLines = new Set(raw.filter((line) => !line.side).map((line) => line.line)).size
  const spacesMarkBreaks = sourceLines < 4 || padded / sourceLines < TEXT_LAYOUT.paddedLinesShare
  const speechFrom = speechStart(raw)
  const lines: LayoutLine[] = []
  /** Whether the paragraph so far is the note naming who asked (`ASKER_NOTE`), or a table's marked note (`MARKED_NOTE`). */
  let inAskerNote = false
  let inMarkedNote = false
  raw.forEach((line, index) => {
    const next = raw[index + 1]?.text
    const previous = lines.at(-1)
    const paragraphStart = previous === undefined || previous.endsParagraph
    if (paragraphStart) inAskerNote = ASKER_NOTE.test(line.text)
    // A marked note opens a block wherever it stands (`isBlockStart`), a paragraph's end before it or not.
    inMarkedNote = MARKED_NOTE.test(line.text) || (inMarkedNote && !paragraphStart)
    // In a speech paper's text (below its title) a sentence set on a line of its own ends no paragraph by its width.
    const oneSentence =
      index > speechFrom &&
      /^\p{Lu}/u.test(line.text) &&
      (previous === undefined || previous.endsParagraph || endsSentence(previous.text) || isHeadLine(previous.text, width)) &&
      next !== undefined &&
      /^\p{Lu}/u.test(next) &&
      !isSpeechCue(line.text, next)
    const endsParagraph =
      (spacesMarkBreaks && line.trailingSpaces >= 2) ||
      (endsByWidth(line.text, next, columnWidth(raw, index, width), afterNextInText(raw, index)) && !oneSentence) ||
      isGluedParagraph(line.text, width, next) ||
      unwrappedParagraph(line.text, next, raw[index + 1]?.spacedBefore === true) ||
      (BRACKETED_TITLE.test(line.text) && next !== undefined) ||
      (inAskerNote && ASKER_NOTE_END.test(line.text) && next !== undefined && /^\p{Lu}/u.test(next)) ||
      (inMarkedNote && next !== undefined && noteEndsShort(line.text, next, columnWidth(raw, index, width)))
    // Built field by field, not spread (several times slower on Node 20), its fields in the order they always had.
    const layoutLine = { text: line.text, line: line.line } as LayoutLine
    if (line.side) layoutLine.role = 'sidebar'
    if (line.layout) layoutLine.layout = line.layout
    if (line.spacedBefore) layoutLine.spacedBefore = true
    layoutLine.breakBefore = line.breakBefore
    layoutLine.endsParagraph = endsParagraph
    lines.push(layoutLine)
  })
  return lines
}

/**
 * The text of the line after the next, where both are the letter's text (not a side column's piece, which the next
 * line may be in a text that kept the page's layout): what tells a title's line from a wrapped sentence's.
 */
function afterNextInText(raw: readonly RawLine[], index: number): string | undefined {
  const next = raw[index + 1]
  const after = raw[index + 2]
  return next && after && !next.side && !after.side ? after.text : undefined
}

/** How many lines before a line measure its paragraph's own column (`columnWidth`). */
const COLUMN_LINES = 3

/** A line that breaks off inside a sentence, so that its length is the column's: `… behandling`, `… Region Sjælland og`. */
const WRAPPED_LINE = /[\p{L}\d,]$/u

/**
 * The width of the column a line stands in: the document's typical width (`typicalWidth`), or narrower where the
 * lines just before it in its paragraph, each broken off inside a sentence, are narrower — a document whose notes or
 * tables in a smaller font run longer lines measures too wide a column for its letter's text, and would end a
 * paragraph at every last line of a sentence (`… er acceptable?` / `Opgørelsen bedes …` inside one quotation). A
 * line far longer than those lines stands in no column of theirs.
 */
function columnWidth(raw: readonly RawLine[], index: number, width: number): number {
  let local = 0
  for (let at = index - 1; at >= Math.max(0, index - COLUMN_LINES); at--) {
    const line = raw[at] as RawLine
    if (raw[at + 1]?.breakBefore || line.text.length < TEXT_LAYOUT.minProseLine || !WRAPPED_LINE.test(line.text)) break
    local = Math.max(local, line.text.length)
  }
  // Each of those lines fills at least TEXT_LAYOUT.shortLineRatio of its column, so the column is at most so much
  // wider; a line longer than that does not stand in it (`Den 15. november 2006, kl. 14.00‑15.00` over a speaker's
  // cue of 79 characters): they measure none for it.
  const fits = (raw[index] as RawLine).text.length <= local / TEXT_LAYOUT.shortLineRatio
  return local > 0 && fits ? Math.min(width, local) : width
}

/**
 * A speech paper's title line: `Talepapir (det talte ord gælder)`, `TALEPUNKT`, `UDKAST TIL TALE`, `Udviklingsministerens
 * talepapir til brug for samråd …`, `Taletid: 15 minutter` — the word opening the line (or after whose it is), not
 * inside a sentence (`”Vil ministeren oversende talepapir fra samrådet …`).
 */
const SPEECH_PAPER_TITLE = /^(?:\p{L}{2,30}s\s)?(?:udkast\s+til\s+)?tale(?:papir|punkt(?:er)?)?\b|det\s+talte\s+ord\s+gælder|^taletid\s*:/iu

/**
 * What each of `SPEECH_PAPER_TITLE`'s alternatives holds, in any case (`tale`, `talte`, `taletid`; under `iu` no other
 * character folds to these three): the cheap test first, one check a place where the title's pattern makes three.
 */
const SPEECH_TITLE_STEM = /tal/iu

/** How far into a rendition a speech paper's title stands (its head, before the speech). */
const SPEECH_TITLE_WITHIN = 40

/**
 * The index of a speech paper's title line in a rendition that marks no paragraph by a blank line, or -1. A speech
 * is set in short sentences, often one to a line (`Jeg har set frem til at skulle svare.` / `Folkekirken betyder
 * meget for os alle sammen.`), which the width rule (`endsByWidth`) would take for paragraphs of one line each; below
 * its title such a line ends no paragraph unless a cue (`isSpeechCue`), a heading or a blank line follows. The title
 * is no sentence (`Jeg vedlægger hermed mit talepapir …` is a cover letter's).
 */
function speechStart(raw: readonly RawLine[]): number {
  if (raw.some((line) => line.breakBefore)) return raw.length
  const title = raw
    .slice(0, SPEECH_TITLE_WITHIN)
    .findIndex(
      (line) =>
        SPEECH_TITLE_STEM.test(line.text) && SPEECH_PAPER_TITLE.test(line.text) && !/\.$/u.test(line.text) && !/^Jeg\s/u.test(line.text),
    )
  return title === -1 ? raw.length : title
}

/**
 * The note under a question naming who asked it (`Spørgsmålet er stillet efter ønske fra …`, `… på udvalgets vegne af
 * …`): a paragraph of its own, which ends with its sentence — the answer or a speech may follow on the next line with
 * no width to tell (`… Hans Christian Schmidt (V).` / `Kultur- og sportsdelen af rådsmødet`).
 */
const ASKER_NOTE = /^Spørgsmålet\s+er\s+stillet\s/u

/** The note's sentence ends: a stop after the party's bracket or a word, not after an initial (`Mette F.` / `Frederiksen`). */
const ASKER_NOTE_END = /(?:\)|\p{Ll}{2})\.$/u

/** A short line that does not break a sentence off: a head's field (`Taletid: 15 minutter`), not `… fra Christian`. */
function isHeadLine(text: string, width: number): boolean {
  return text.length < width * TEXT_LAYOUT.shortLineRatio && !/[,-]$/u.test(text)
}

/** A speech's own breaks: a cue in brackets (`[Hvad ministeren mener …]`), a row of stars (`***`). */
function isSpeechCue(text: string, next: string | undefined): boolean {
  return /^\*{3}|\]$/u.test(text) || (next !== undefined && /^(?:\[|\*{3})/u.test(next))
}

/** The share of the column a marked note's line must fill to end the note by its width (`noteEndsShort`). */
const NOTE_LINE_SHARE = 0.5

/**
 * Whether a table's marked note ends on `text`, with or without its stop (`**** Antallet af sager, hvor … uhensigtsmæssig`
 * / `Under 2012 angiver tal i parentes …`): the next line opens in capitals and its first word would have fitted on the
 * note's line, so the writer, not the typesetter, broke it there.
 */
function noteEndsShort(text: string, next: string, width: number): boolean {
  // A line of half the column or less may be one a narrow column broke (`*Cand. Scient. Lars` / `Bagge …`).
  return width > 0 && text.length >= width * NOTE_LINE_SHARE && /^\p{Lu}/u.test(next) && nextWordFits(text, next, width)
}

/** Lines of running text enough to judge double spacing on them alone. */
const MIN_JUDGED_LINES = 3

/** Plain text → mdast block tree with line provenance; `messages` hears of glued letter lines that were cut. */
export function textToTree(text: string, messages?: Messages): Root {
  const layoutLines = toLayoutLines(joinStackedLabels(withLetteredQuestionsLabelled(readLines(text, messages))))
  assignRoles(layoutLines)
  markPageFootnotes(layoutLines)
  return buildTree(withTables(layoutLines), { paragraphLines: setsParagraphsOnLines(text) })
}

/** A footnote's first line as a rendition that keeps the page's layout sets it: its number glued to its first word. */
const GLUED_FOOTNOTE = /^\d{1,2}\p{Lu}\p{Ll}/u

/** Whether the line at `at` opens a paragraph: a break before it, or the line before ends one or is no text's. */
function opensParagraph(lines: readonly LayoutLine[], at: number): boolean {
  const previous = lines[at - 1]
  return (lines[at] as LayoutLine).breakBefore || previous === undefined || previous.endsParagraph || previous.role !== undefined
}

/** Most lines a page's footnotes take above its footer. */
const MAX_FOOTNOTE_LINES = 6

/**
 * Footnotes at a page's foot, where a rendition that keeps the layout set them (`pdftotext -layout`): a paragraph
 * whose number is glued to its first word (`1Bevillingerne og forløbet …`) and whose lines (further footnotes' too)
 * run to the page's footer or the text's end — the letter's text above ends before them (the signature `Mette Bock`
 * is its last line).
 */
function markPageFootnotes(lines: LayoutLine[]): void {
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] as LayoutLine
    if (line.role || !opensParagraph(lines, at) || !GLUED_FOOTNOTE.test(line.text)) continue
    // Its lines, and further footnotes' (each opening with its number): a paragraph of the letter's ends the run.
    let end = at + 1
    while (end < lines.length && end - at < MAX_FOOTNOTE_LINES && !lines[end]?.role) {
      if (opensParagraph(lines, end) && !GLUED_FOOTNOTE.test((lines[end] as LayoutLine).text)) break
      end++
    }
    // At the page's footer, or at the text's end where the note ends its sentence (a text cut short ends anywhere).
    const ended = end === lines.length && /[.!?)]\s*$/u.test((lines[end - 1] as LayoutLine).text)
    if (lines[end]?.role !== 'page-footer' && !ended) continue
    for (const note of lines.slice(at, end)) note.role = 'footnote'
    at = end
  }
}

/** Lines of a single blank: a Word document's empty paragraphs (`&nbsp;`) in its HTML rendition. */
const EMPTY_PARAGRAPH = /^[ \u00a0]$/gmu

/** Empty paragraphs that make a rendition a Word document's HTML. */
const MIN_EMPTY_PARAGRAPHS = 2

/**
 * Whether the text is a Word document's HTML rendition, which sets each paragraph on a line of its own and glues
 * none (`layout/lost-hyphens.ts`): its empty paragraphs kept as lines of a single blank, two at least. A text whose
 * lines all end in `\n` (every real fixture's) is searched for them (`blankLinesAtLeast`), ~5 times faster than the
 * multi-line pattern, which tries its line start at every place of the document; one with another line end the
 * pattern reads (`\r`, U+2028, U+2029).
 */
function setsParagraphsOnLines(text: string): boolean {
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) {
    return (text.match(EMPTY_PARAGRAPH)?.length ?? 0) >= MIN_EMPTY_PARAGRAPHS
  }
  return blankLinesAtLeast(text, MIN_EMPTY_PARAGRAPHS)
}

/** The lines of a single blank (`EMPTY_PARAGRAPH`) between two line ends: a space or a no-break space. */
const BLANK_LINES = ['\n \n', '\n\u00a0\n'] as const

/**
 * Whether `text`, whose only line end is `\n`, holds `wanted` lines of a single blank (`EMPTY_PARAGRAPH`): at its
 * start, at its end, and between two line ends (found by searching, each occurrence a line of its own; two blank
 * lines in a row share the line end between them).
 */
function blankLinesAtLeast(text: string, wanted: number): boolean {
  let found = 0
  const last = text.length - 1
  if (isBlank(text.charCodeAt(0)) && (last === 0 || text.charCodeAt(1) === 0x0a)) found++
  if (last > 0 && isBlank(text.charCodeAt(last)) && text.charCodeAt(last - 1) === 0x0a) found++
  if (found >= wanted) return true
  for (const blank of BLANK_LINES) {
    for (let at = text.indexOf(blank); at !== -1; at = text.indexOf(blank, at + 1)) if (++found >= wanted) return true
  }
  return false
}

/** Whether UTF-16 code unit `code` is a space or a no-break space (`EMPTY_PARAGRAPH`'s blank). */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0xa0
}
