/**
 * Lines → mdast blocks. A small state machine: each line either continues the open block or starts a new
 * one. What starts a block: a break the input stage saw (blank line, vertical gap), a line that ended the
 * previous paragraph (short last line), a marker line (heading, bullet, "Tabel 1", "Anm.:"), or a change of
 * role (letterhead lines never mix with running text).
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast'
import { isLayoutTable, type LayoutItem, type LayoutLine, type SourceLine } from '../tree.js'
import { hot } from '../util/hot-patterns.js'
import { splitRunInHeadings } from './inline-headings.js'
import { markLostHyphens, settleGluedHyphens } from './lost-hyphens.js'
import { ANSWER_HEADING, BULLET, CLOSING, isBlockStart, isHeading, ORDERED_BULLET, SALUTATION } from './markers.js'
import { finishesOpenSentence, sentenceBeforeDash } from './roles.js'

type OpenKind = 'paragraph' | 'item'

interface Open {
  kind: OpenKind
  lines: LayoutLine[]
}

function position(lines: readonly SourceLine[]) {
  const first = lines[0]
  const last = lines.at(-1)
  return {
    start: { line: first?.line ?? 1, column: 1 },
    end: { line: last?.line ?? 1, column: (last?.text.length ?? 0) + 1 },
  }
}

function textOf(lines: readonly SourceLine[]): string {
  return lines.map((line) => line.text).join('\n')
}

function paragraph(lines: LayoutLine[]): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: textOf(lines) }],
    position: position(lines),
    data: { lines: lines.map(stripLayout) },
  }
}

function heading(line: LayoutLine): Heading {
  return {
    type: 'heading',
    depth: 2,
    children: [{ type: 'text', value: line.text }],
    position: position([line]),
    data: { lines: [stripLayout(line)] },
  }
}

function stripLayout(line: LayoutLine): SourceLine {
  const { breakBefore: _break, endsParagraph: _ends, ...source } = line
  return source
}

/** `1. en fast frist …`, `2. 12 uger …`: a number, a full stop, and text that BULLET does not take as an item. */
const NUMBERED = /^(\d{1,2})\.\s+\S/u

/** How far (in lines) the next number of a numbered run may follow the one before: an item may wrap. */
const MAX_ITEM_LINES = 8

/**
 * Numbered items that start in lower case or with a number. A line like that is as often a date (`1. januar 2020
 * trådte …`), so they are items only in a run numbered 1, 2, 3, … (as Markdown's ordered lists come out too).
 */
function numberedRuns(lines: readonly LayoutLine[]): Set<LayoutLine> {
  // `lines`: the running text only (no letterhead, footer or footnote lines).
  const items = new Set<LayoutLine>()
  const numberOf = (line: LayoutLine) => (BULLET.test(line.text) ? undefined : Number(NUMBERED.exec(line.text)?.[1]))
  for (let start = 0; start < lines.length; start++) {
    const first = lines[start] as LayoutLine
    if (numberOf(first) !== 1) continue
    const run = [first]
    let at = start
    for (let next = at + 1; next < lines.length && next <= at + MAX_ITEM_LINES; next++) {
      const line = lines[next] as LayoutLine
      if (numberOf(line) === run.length + 1) {
        run.push(line)
        at = next
      }
    }
    if (run.length >= 2) for (const line of run) items.add(line)
  }
  return items
}

/** `1. Indledning`, `2. Regler på området`: a numbered heading — a few words after the number, no stop. */
const NUMBERED_HEADING = /^\d{1,2}\.\s+\p{Lu}[\p{L} ,–-]{0,60}$/u

/**
 * A numbered line that heads a section rather than opening a list: short and unstopped, not after a list item
 * (the last item of a list is followed by text too), and followed by a sentence, not by the next item.
 */
function isNumberedHeading(line: LayoutLine, previous: LayoutLine | undefined, next: LayoutLine | undefined): boolean {
  const text = line.text.trim()
  if (!NUMBERED_HEADING.test(text) || /[,–-]$/u.test(text) || text.split(/\s+/u).length > 7) return false
  if (
    previous &&
    (BULLET.test(previous.text) || NUMBERED.test(previous.text) || (/:$/u.test(previous.text.trim()) && !isHeading(previous.text.trim())))
  ) {
    return false
  }
  return next !== undefined && /^\p{Lu}/u.test(next.text) && !BULLET.test(next.text) && !NUMBERED.test(next.text)
}

/** An item line too short to have wrapped, and not open at its end (`Vejledning`, not `nye it-systemer, og`). */
const SHORT_ITEM = 40

function isShortItemEnd(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.length < SHORT_ITEM && !/[,–-]$|\s(?:og|eller|samt)$/u.test(trimmed)
}

/**
 * A heading's words that finish the sentence the line before left open, wrapped before them: in lower case, `… bedes
 * ministeren besvare følgende` / `spørgsmål:` is no heading (`Spørgsmål 5:`, with its capital, is); in any case after
 * a word no sentence ends on, `… i forlængelse af sin besvarelse af` / `MOF alm. del -spørgsmål 312 af 20. januar
 * 2017:` — the case's code opens the line, and the heading's form is the sentence's object.
 */
function finishesSentence(line: LayoutLine, previous: LayoutLine | undefined, beforePrevious?: LayoutLine): boolean {
  if (previous === undefined || previous.endsParagraph || line.breakBefore) return false
  const before = sentenceBeforeDash(previous.text, beforePrevious?.endsParagraph ? undefined : beforePrevious?.text)
  return finishesOpenSentence(before, line.text)
}

/** A dash, then a lowercase word: `– regeringen offentliggør …` (a dash in the sentence, or a list item). */
const DASH_LOWERCASE = /^[–-]\s+\p{Ll}/u

/** A dash, then a number: the second end of a range wrapped before its dash (`i perioden 2010` / `– 2020?`). */
const DASH_NUMBER = /^[–-]\s?\d/u

/** A line that ends in a number, the first end of a range: `… opført i perioden 2010`. */
const NUMBER_END = /\d$/u

/** A line that leaves its sentence open: no stop, colon or semicolon at its end (`… og ”P1 Morgen`). */
const OPEN_SENTENCE = /[\p{L}\d,”"»)]$/u

/**
 * A line opening with a dash that goes on with the paragraph's sentence, wrapped before the dash: `… og ”P1 Morgen`
 * / `– regeringen offentliggør ny vandområdeplan”, dr.dk`; a range wrapped at its dash, a number on both sides
 * (`… opført i perioden 2010` / `– 2020?`, `… kl. 8` / `- 16`). A list item follows a colon or another item instead.
 */
function continuesWithDash(line: LayoutLine, previous: LayoutLine): boolean {
  const text = line.text.trim()
  const before = previous.text.trim()
  return (DASH_LOWERCASE.test(text) && OPEN_SENTENCE.test(before)) || (DASH_NUMBER.test(text) && NUMBER_END.test(before))
}

/** A line that opens with a letter's or a number's bracket (`a) `, `1) `): the letter or number captured. */
const BRACKETED_MARK = /^(?:([a-z])|(\d))\)\s/u

/**
 * Whether `text` opens with a bracketed mark and names the next mark of its series in the same line after a comma or
 * a space (`a) 4000, b) 6000 og c) 8000 ikke omfattes …`): an enumeration inside a sentence, not a list's item, which
 * a list sets on a line of its own.
 */
function opensInlineEnumeration(text: string): boolean {
  const mark = BRACKETED_MARK.exec(text)
  if (!mark) return false
  const next = `${mark[1] ? String.fromCharCode((mark[1].codePointAt(0) ?? 0) + 1) : String(Number(mark[2]) + 1)}) `
  // The next mark after a space or a comma, not inside a longer one (`2) ` of `12) `).
  for (let at = text.indexOf(next, 3); at !== -1; at = text.indexOf(next, at + 1)) {
    if (/[\s,]/u.test(text.charAt(at - 1))) return true
  }
  return false
}

/** A line that ends in a word or a number: no punctuation, a sentence left open (`… over henholdsvis`). */
const WORD_END = /[\p{L}\d]$/u

/**
 * A line that goes on with the paragraph's sentence through an enumeration the wrapping began it with: `… så elforbrug
 * over henholdsvis` / `a) 4000, b) 6000 og c) 8000 ikke omfattes af sænket elafgift?`. Not after a line that ends its
 * sentence or announces (`… følgende:`), where an item may stand however it goes on.
 */
function continuesWithEnumeration(line: LayoutLine, previous: LayoutLine): boolean {
  return WORD_END.test(previous.text.trim()) && opensInlineEnumeration(line.text.trim())
}

/**
 * A line that ends inside a word broken at a hyphen (`… grundet covid-`, `… besva-`, `… Gedser-`; not a dash ` -`), or
 * with a sign or an abbreviation whose number follows (`… under §` / `21. Kulturministeriet`, `… jf. stk.` / `2. …`).
 */
const BROKEN_WORD_END = hot(/(?:[\p{L}\d]-|§|\b(?:nr|stk|pkt|kap|art)\.)$/u)

/**
 * Whether `text` ends so (`BROKEN_WORD_END`): its last character is a hyphen, `§` or a full stop, as each alternative's
 * is (`$` is the text's end), told before the pattern, which would be tried at every place of the line.
 */
function endsBrokenWord(text: string): boolean {
  const last = text.at(-1)
  return (last === '-' || last === '§' || last === '.') && BROKEN_WORD_END.test(text)
}

/**
 * A line that goes on with a word the paragraph's last line broke at its end: `… grundet covid-` / `19. Spørgeren …`
 * is one sentence, though `19. Spørgeren` reads as a numbered item on its own; so is `… under §` / `21. Kulturministeriet`.
 */
function continuesBrokenWord(line: LayoutLine, previous: LayoutLine): boolean {
  return endsBrokenWord(previous.text.trimEnd()) && !isHeading(line.text.trim())
}

/**
 * The line before `line` where `line` may go on with its sentence though it opens like an item (`continuesWithDash`,
 * `continuesBrokenWord`, `continuesWithEnumeration` tell whether it does): an open paragraph, no break or paragraph's
 * end between the two.
 */
function paragraphLineBefore(open: Open | undefined, line: LayoutLine, previous: LayoutLine | undefined): LayoutLine | undefined {
  return open?.kind === 'paragraph' && previous !== undefined && !previous.endsParagraph && !line.breakBefore ? previous : undefined
}

/** How the input set its text, where the input stage knows it. */
export interface BuildOptions {
  /** Each paragraph on a line of its own, none glued (a Word document's HTML rendition): long lines' hyphens are the writer's. */
  paragraphLines?: boolean
}

/** Build the block tree from lines (and tables the input stage already made). */
export function buildTree(items: readonly LayoutItem[], options: BuildOptions = {}): Root {
  const root: Root = { type: 'root', children: [] }
  let open: Open | undefined
  let list: List | undefined
  /** The last line of running text: role lines (letterhead, footers) do not interrupt a paragraph. */
  let previous: LayoutLine | undefined
  // The line before `previous`, where both are lines of text in a row (`finishesSentence` reads past a lone dash).
  let beforePrevious: LayoutLine | undefined
  /** Role lines met while a paragraph was open: they follow it in the tree. */
  let deferred: Paragraph[] = []
  let roleRun: LayoutLine[] = []

  const flushRoleRun = () => {
    if (roleRun.length === 0) return
    const node = paragraph(roleRun)
    roleRun = []
    if (open || list) deferred.push(node)
    else root.children.push(node)
  }
  const closeBlock = () => {
    if (!open) return
    const node = paragraph(open.lines)
    if (open.kind === 'item' && list) {
      const item: ListItem = { type: 'listItem', spread: false, children: [node], position: node.position }
      list.children.push(item)
      if (list.position && node.position) list.position.end = node.position.end
    } else {
      root.children.push(node)
      root.children.push(...deferred)
      deferred = []
    }
    open = undefined
  }
  const closeList = () => {
    if (list) {
      root.children.push(list)
      root.children.push(...deferred)
      deferred = []
    }
    list = undefined
  }
  const push = (node: RootContent) => {
    closeBlock()
    closeList()
    root.children.push(node)
  }

  const paragraphLines = options.paragraphLines === true
  const prepared = markLostHyphens(splitRunInHeadings(settleGluedHyphens(items, paragraphLines)), paragraphLines)
  const textLines = prepared.filter((item): item is LayoutLine => !isLayoutTable(item) && !item.role)
  const numbered = numberedRuns(textLines)
  const numberedHeadings = new Set(
    textLines.filter((line, at) => !numbered.has(line) && isNumberedHeading(line, textLines[at - 1], textLines[at + 1])),
  )
  for (const item of prepared) {
    if (isLayoutTable(item)) {
      flushRoleRun()
      push({ ...item.table, data: { ...item.table.data, lines: item.lines } })
      previous = undefined
      beforePrevious = undefined
      continue
    }
    const line = item
    const text = line.text.trim()
    if (line.role) {
      // Letterhead, stamp, footnote and footer lines: one paragraph per run of the same role.
      if (roleRun.length > 0 && roleRun[0]?.role !== line.role) flushRoleRun()
      roleRun.push(line)
      continue
    }
    flushRoleRun()
    const headingWords = isHeading(text)
    // A heading's words that finish the sentence before: the paragraph goes on.
    const goesOn = headingWords && finishesSentence(line, previous, beforePrevious)
    if ((headingWords && !goesOn) || numberedHeadings.has(line)) {
      push(heading(line))
      previous = { ...line, endsParagraph: true }
      beforePrevious = undefined
      continue
    }
    const before = paragraphLineBefore(open, line, previous)
    const dashGoesOn =
      before !== undefined &&
      (continuesWithDash(line, before) || continuesBrokenWord(line, before) || continuesWithEnumeration(line, before))
    const startsNew =
      !open ||
      line.breakBefore ||
      // A short item that did not wrap, then a sentence: the list is over (`3. Vejledning` / `De træder i kraft …`).
      (open.kind === 'item' && previous !== undefined && isShortItemEnd(previous.text) && /^\p{Lu}/u.test(text)) ||
      previous?.endsParagraph === true ||
      (isBlockStart(text) && !dashGoesOn && !goesOn) ||
      (previous !== undefined && (CLOSING.test(previous.text.trim()) || SALUTATION.test(previous.text.trim())))
    if ((BULLET.test(text) && !dashGoesOn) || numbered.has(line)) {
      closeBlock()
      const ordered = ORDERED_BULLET.test(text) || numbered.has(line)
      if (!list || list.ordered !== ordered) {
        closeList()
        list = { type: 'list', ordered, spread: false, children: [], position: position([line]) }
      }
      open = { kind: 'item', lines: [line] }
    } else if (startsNew) {
      closeBlock()
      closeList()
      open = { kind: 'paragraph', lines: [line] }
    } else if (open) {
      open.lines.push(line)
    }
    beforePrevious = previous
    previous = line
    if (ANSWER_HEADING.test(text)) previous = { ...line, endsParagraph: true }
  }
  flushRoleRun()
  closeBlock()
  closeList()
  root.children.push(...deferred)
  return root
}
