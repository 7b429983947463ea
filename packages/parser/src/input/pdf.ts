/**
 * PDF → mdast: pdf.js text items per page → runs → lines (drawn bullets added where a list is likely) → regions →
 * tables from positions (then, for what positions could not build, from text) → the shared block builder.
 */

import type { Root } from 'mdast'
import { checkpoint } from '../abort.js'
import { ParseError } from '../errors.js'
import { buildTree } from '../layout/blocks.js'
import { FIGURE_LABEL } from '../layout/markers.js'
import { mayHaveDrawnBullets, withDrawnBullets } from '../layout/pdf/bullets.js'
import { layoutPdf } from '../layout/pdf/layout.js'
import { type PdfLine, toLines } from '../layout/pdf/lines.js'
import type { PageBox } from '../layout/pdf/regions.js'
import { type Rules, rulesFromOperatorList } from '../layout/pdf/rules.js'
import { toRuns } from '../layout/pdf/runs.js'
import { mapLineRuns, withTextTables } from '../layout/pdf/text-tables.js'
import { assignRoles } from '../layout/roles.js'
import { joinHeadLines } from '../layout/text/head-lines.js'
import { collapseLetterSpacing } from '../layout/text/letter-spacing.js'
import { joinStackedLabels } from '../layout/text/stacked-labels.js'
import { joinWrappedHeadings } from '../layout/text/wrapped-headings.js'
import type { Messages } from '../messages.js'
import { type Bbox, isLayoutTable, type LayoutItem, type LayoutLine } from '../tree.js'
import { repairMojibake } from '../util/mojibake.js'
import { loadPdfjs, openPdf, toParseError } from './pdf-load.js'

/** PDFs with more pages than this are refused by default (the longest answer letters run to ~60 pages). */
export const DEFAULT_MAX_PAGES = 300

/** Characters of text per page below which a page counts as having no text layer. */
const MIN_PAGE_TEXT = 20

export interface PdfOptions {
  messages: Messages
  maxPages?: number
  /** What the Flate streams may inflate to in total (see `pdf-inflate-guard.ts`). */
  maxInflatedBytes?: number
  /** Checked before each page is read (see `abort.ts`). */
  signal?: AbortSignal
}

export interface PdfResult {
  tree: Root
  pages: number
}

export async function pdfToTree(bytes: Uint8Array, options: PdfOptions): Promise<PdfResult> {
  const document = await openPdf(bytes, options.maxInflatedBytes === undefined ? {} : { maxInflatedBytes: options.maxInflatedBytes })
  const { OPS } = await loadPdfjs()
  try {
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
    if (document.numPages > maxPages) {
      throw new ParseError('E_TOO_LARGE', `The PDF has ${document.numPages} pages; the limit is ${maxPages}`)
    }
    const pages: PdfLine[][] = []
    const boxes: PageBox[] = []
    /** Pages whose drawn rules the table layout uses (lattice mode). */
    const rules = new Map<number, Rules>()
    /** Every operator list read, each page at most once (lattice, drawn bullets, figures). */
    const drawn = new Map<number, Rules>()
    const readDrawn = async (number: number): Promise<Rules> => {
      const known = drawn.get(number)
      if (known) return known
      const page = await document.getPage(number)
      try {
        const read = rulesFromOperatorList(await page.getOperatorList(), OPS)
        drawn.set(number, read)
        return read
      } finally {
        page.cleanup()
      }
    }
    let characters = 0
    let emptyPages = 0
    const repairs = { count: 0, page: 0 }
    for (let number = 1; number <= document.numPages; number++) {
      await checkpoint(options.signal)
      const page = await document.getPage(number)
      try {
        const viewport = page.getViewport({ scale: 1 })
        const [x0 = 0, y0 = 0, x1 = viewport.width, y1 = viewport.height] = page.view
        boxes.push({ page: number, width: x1 - x0, height: y1 - y0 })
        const content = await page.getTextContent()
        const runs = withMojibakeRepaired(toRuns(content.items), number, repairs)
        const text = runs.reduce((sum, run) => sum + run.text.trim().length, 0)
        characters += text
        if (text < MIN_PAGE_TEXT) emptyPages++
        pages.push(toLines(number, runs))
      } finally {
        page.cleanup()
      }
    }
    if (characters === 0) {
      throw new ParseError('E_NO_TEXT_LAYER', `None of the ${document.numPages} pages has a text layer (a scanned document?)`)
    }
    if (repairs.count > 0) {
      options.messages.warn(
        'text-mojibake-repaired',
        `${repairs.count} character sequence(s) of UTF-8 read as Windows-1252 ("Ã¥" for "å", "â€" for "”") were repaired, the first on page ${repairs.page}`,
      )
    }
    if (emptyPages > 0) {
      options.messages.warn(
        'pages-without-text',
        `${emptyPages} of ${document.numPages} pages have no text layer; their content is missing`,
        undefined,
        'answer.text',
      )
    }
    // Lists whose bullets are drawn, not set as text: read the marks where a list is likely.
    for (const [index, lines] of pages.entries()) {
      if (mayHaveDrawnBullets(lines)) pages[index] = withDrawnBullets(lines, (await readDrawn(index + 1)).marks)
    }
    let { items, uncertainPages } = layoutPdf({ pages, boxes, rules })
    if (uncertainPages.size > 0) {
      // Lattice mode: read the drawn rules of pages whose table columns were a guess, and lay out again.
      for (const number of uncertainPages) rules.set(number, await readDrawn(number))
      ;({ items, uncertainPages } = layoutPdf({ pages, boxes, rules }))
    }
    items = withWrappedLinesJoined(withStackedLabelsJoined(withLetterSpacingCollapsed(items, options.messages)))
    // Roles that text patterns decide (addressee block, J.nr. lines in the body column, ft.dk footers).
    assignRoles(items.filter((item): item is LayoutLine => !isLayoutTable(item)))
    const tree = buildTree(withTextTables(items))
    // Figures: the images drawn on pages that carry a figure caption (their operator lists are read only there).
    const images: Array<{ page: number; bbox: Bbox }> = []
    for (const [index, lines] of pages.entries()) {
      if (!lines.some((line) => FIGURE_LABEL.test(line.text))) continue
      const number = index + 1
      const pageRules = await readDrawn(number)
      for (const bbox of pageRules.images) images.push({ page: number, bbox: bbox.map((value) => Math.round(value * 10) / 10) as Bbox })
    }
    tree.data = { pages: boxes.map(({ width, height }) => ({ width, height })), images }
    return { tree, pages: document.numPages }
  } catch (error) {
    throw toParseError(error)
  } finally {
    await document.destroy()
  }
}

/**
 * A question letter's labels set as a column of their own and their values after them (`Til:` / `Dato:` / `Stillet
 * af:` / `Udlændinge- og integrationsministeren` / `12. oktober 2023` / `Peter Skaarup (DD)`: a text rendition printed
 * to PDF) joined as the text path joins them (`joinStackedLabels`), each run of lines between tables on its own. A
 * joined line is read for its text: the layout's role for the label alone (a column of labels reads as a sidebar) goes.
 */
function withStackedLabelsJoined(items: LayoutItem[]): LayoutItem[] {
  return mapLineRuns(items, (run) => {
    const kept = new Set(run)
    return joinStackedLabels(run).map((line) => {
      if (kept.has(line)) return line
      const { role: _role, ...rest } = line
      return rest
    })
  })
}

/**
 * Lines a narrow column wrapped, put back on one as the text path puts them, each run of lines between tables on its
 * own: a question's heading wrapped before its case (`Spørgsmål nr. 7 til` / `L 154:`, `joinWrappedHeadings`), a
 * Folketingstidende head line wrapped before its bracket (`Kim Behnke` / `(FRI):`, `joinHeadLines`).
 */
function withWrappedLinesJoined(items: LayoutItem[]): LayoutItem[] {
  return mapLineRuns(items, (run) => [...joinHeadLines(joinWrappedHeadings(run))])
}

/**
 * Lines set with a space between every character (`§ 2 0- SP Ø RG S M Å L T IL S K RI FT LIG BE S V A R E L S E`: a
 * spaced-out heading, a text rendition's damage printed to PDF) collapsed as the text path collapses them, warned once
 * (`text-letter-spacing-collapsed`).
 */
function withLetterSpacingCollapsed(items: LayoutItem[], messages: Messages): LayoutItem[] {
  let warned = false
  return items.map((item) => {
    if (isLayoutTable(item)) return item
    const collapsed = collapseLetterSpacing(item.text)
    if (collapsed === undefined) return item
    if (!warned) {
      warned = true
      messages.warn(
        'text-letter-spacing-collapsed',
        `a line set with a space between its characters was read as "${collapsed.slice(0, 60)}"; the word gaps it lost are guessed`,
        item,
      )
    }
    return { ...item, text: collapsed }
  })
}

/**
 * A page's runs with UTF-8 read as Windows-1252 repaired (`Ã¥` for `å`, `â€` for `”`: a text decoded twice before it was
 * typeset, as a text rendition printed to PDF keeps it), as the text path repairs a whole text (`util/mojibake.ts`);
 * `repairs` counts them and keeps the first page with one.
 */
function withMojibakeRepaired<T extends { text: string }>(runs: T[], page: number, repairs: { count: number; page: number }): T[] {
  // One look at the page's text first: Danish letters (`æ`, `ø`, `å`) pass the repairs' quick test, so run by run every
  // page of every letter would be searched.
  if (repairMojibake(runs.map((run) => run.text).join('\n')).repaired === 0) return runs
  return runs.map((run) => {
    const { text, repaired } = repairMojibake(run.text)
    if (repaired === 0) return run
    repairs.count += repaired
    if (repairs.page === 0) repairs.page = page
    return { ...run, text }
  })
}
