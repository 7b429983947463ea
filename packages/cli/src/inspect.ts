/**
 * `inspect FILE.pdf --html out.html`: a page a person can open in a browser to see why fields came out as they
 * did. Each PDF page is drawn from the layout analysis: every line in its box, coloured by role (running text,
 * sidebar, stamp, header/footer, footnote), table regions outlined, and the boxes fields were read from
 * labelled, over the page itself rendered by pdf.js (with @napi-rs/canvas; without it, the boxes alone). The
 * drawing is done by a small script from data embedded in the page.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { extractRecords, fieldValue, openPdf, ParseError, parseToTree } from '@ft-answers/parser'
import type { FtRecord } from '@ft-answers/schema'
import type { RootContent } from 'mdast'

interface Box {
  page: number
  bbox: [number, number, number, number]
}

export interface InspectData {
  path: string
  pages: Array<{ width: number; height: number }>
  lines: Array<Box & { text: string; role: string; block: number }>
  tables: Array<Box & { label: string | null; rows: number; columns: number }>
  /** Where each field was read; `record` is the index in `records` (0 for a letter answering one question). */
  fields: Array<Box & { field: string; value: string; record: number }>
  /** Each page rendered as a PNG data URL (empty when no canvas package is installed). */
  images: string[]
  /** A record per question the document answers (as `parseAll` gives them). */
  records: FtRecord[]
}

/** Pages are rendered at this many pixels per point. */
const RENDER_SCALE = 1.5

/** Each page as a PNG data URL, drawn by pdf.js with the parser's load options; none without @napi-rs/canvas. */
export async function renderPages(bytes: Uint8Array): Promise<string[]> {
  let createCanvas: typeof import('@napi-rs/canvas').createCanvas
  try {
    ;({ createCanvas } = await import('@napi-rs/canvas'))
  } catch {
    return []
  }
  const document = await openPdf(bytes)
  try {
    const images: string[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      try {
        const viewport = page.getViewport({ scale: RENDER_SCALE })
        const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
        const context = canvas.getContext('2d')
        // pdf.js draws on a browser canvas; @napi-rs/canvas implements the same 2D API.
        await page.render({ canvas, canvasContext: context, viewport } as unknown as Parameters<typeof page.render>[0]).promise
        images.push(`data:image/png;base64,${canvas.toBuffer('image/png').toString('base64')}`)
      } finally {
        page.cleanup()
      }
    }
    return images
  } finally {
    await document.destroy()
  }
}

type Bbox = [number, number, number, number]

function union(boxes: readonly Bbox[]): Bbox {
  return [
    Math.min(...boxes.map((box) => box[0])),
    Math.min(...boxes.map((box) => box[1])),
    Math.max(...boxes.map((box) => box[2])),
    Math.max(...boxes.map((box) => box[3])),
  ]
}

function linesOf(node: RootContent) {
  if (node.type === 'list') return node.children.flatMap((item) => item.children.flatMap((child) => child.data?.lines ?? []))
  return node.data?.lines ?? []
}

export async function inspectData(path: string): Promise<InspectData> {
  const bytes = new Uint8Array(await readFile(path))
  const { tree, format, pages, messages } = await parseToTree(bytes, { path })
  if (format !== 'pdf') throw new ParseError('E_NOT_PDF', `inspect draws PDF pages; ${path} is ${format}`)
  const records = extractRecords(
    tree,
    { source: { path, format, sha256: createHash('sha256').update(bytes).digest('hex'), pages } },
    messages,
  )
  const data: InspectData = {
    path,
    pages: tree.data?.pages ?? [],
    lines: [],
    tables: [],
    fields: [],
    images: await renderPages(bytes),
    records,
  }
  const tables = records.flatMap((record) => record.answer.tables)
  tree.children.forEach((node, block) => {
    const lines = linesOf(node)
    for (const line of lines) {
      if (line.page && line.bbox)
        data.lines.push({
          page: line.page,
          bbox: line.bbox,
          text: line.text,
          role: line.role ?? (node.type === 'heading' ? 'heading' : 'body'),
          block,
        })
    }
    if (node.type === 'table') {
      const boxes = lines.filter((line) => line.bbox && line.page === lines[0]?.page).map((line) => line.bbox as Bbox)
      const page = lines[0]?.page
      if (page && boxes.length > 0) {
        const label = tables.find((table) => table.page === page)?.label ?? null
        data.tables.push({ page, bbox: union(boxes), label, rows: node.children.length, columns: node.children[0]?.children.length ?? 0 })
      }
    }
  })
  records.forEach((record, index) => {
    // With several questions each field is named by its record, as `pnpm accuracy` names them: `#2 question.text`.
    const prefix = records.length > 1 ? `#${index + 1} ` : ''
    for (const [field, entry] of Object.entries(record.provenance)) {
      if (!entry.page || !entry.bbox) continue
      const value = fieldValue(record, field)
      data.fields.push({
        field: `${prefix}${field}`,
        page: entry.page,
        bbox: entry.bbox,
        value: typeof value === 'string' ? value : JSON.stringify(value),
        record: index,
      })
    }
  })
  return data
}

/** The drawing script, run in the browser: one SVG per page from the embedded data. */
const DRAW = `
const data = JSON.parse(document.getElementById('data').textContent)
const SVG = 'http://www.w3.org/2000/svg'
const make = (name, attributes, parent) => {
  const element = document.createElementNS(SVG, name)
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value)
  parent.appendChild(element)
  return element
}
const pagesElement = document.getElementById('pages')
data.pages.forEach((size, index) => {
  const page = index + 1
  const figure = document.createElement('figure')
  figure.className = 'page'
  figure.dataset.page = page
  const caption = document.createElement('figcaption')
  caption.textContent = 'Side ' + page
  figure.appendChild(caption)
  const svg = make('svg', { viewBox: '0 0 ' + size.width + ' ' + size.height, width: size.width, height: size.height }, figure)
  make('rect', { x: 0, y: 0, width: size.width, height: size.height, class: 'sheet' }, svg)
  // The rendered page under the boxes; the boxes then need no text of their own.
  if (data.images[index]) {
    make('image', { href: data.images[index], x: 0, y: 0, width: size.width, height: size.height, class: 'page-image' }, svg)
    svg.classList.add('rendered')
  }
  // PDF space has its origin bottom-left; SVG top-left.
  const box = (bbox, className, parent) => make('rect', { x: bbox[0], y: size.height - bbox[3], width: Math.max(1, bbox[2] - bbox[0]), height: Math.max(1, bbox[3] - bbox[1]), class: className }, parent)
  for (const line of data.lines.filter((line) => line.page === page)) {
    const group = make('g', { class: 'line role-' + line.role }, svg)
    box(line.bbox, 'line-box', group)
    const text = make('text', { x: line.bbox[0], y: size.height - line.bbox[1] - 1, 'font-size': Math.max(4, (line.bbox[3] - line.bbox[1]) * 0.8) }, group)
    text.textContent = line.text
    make('title', {}, group).textContent = line.role + ': ' + line.text
  }
  for (const table of data.tables.filter((table) => table.page === page)) {
    const region = box(table.bbox, 'table-region', svg)
    region.dataset.label = table.label ?? ''
    make('title', {}, region).textContent = (table.label ?? 'Tabel') + ': ' + table.rows + ' rows × ' + table.columns + ' columns'
  }
  for (const field of data.fields.filter((field) => field.page === page)) {
    const rect = box(field.bbox, 'field', svg)
    rect.dataset.field = field.field
    make('title', {}, rect).textContent = field.field + ' = ' + field.value
    const label = make('text', { x: field.bbox[2] + 2, y: size.height - field.bbox[3] + 6, class: 'field-label' }, svg)
    label.textContent = field.field
  }
  pagesElement.appendChild(figure)
})
const list = document.getElementById('fields')
data.records.forEach((record, index) => {
  if (data.records.length > 1) {
    const row = document.createElement('tr')
    const th = document.createElement('th')
    th.colSpan = 4
    th.textContent = 'Spørgsmål ' + (record.question.number ?? '?') + ' (' + (index + 1) + ' of ' + data.records.length + ')'
    row.appendChild(th)
    list.appendChild(row)
  }
  for (const [field, entry] of Object.entries(record.provenance)) {
    const row = document.createElement('tr')
    let value = record
    for (const key of field.split('.')) value = value == null ? value : value[key]
    for (const cell of [field, typeof value === 'string' ? value : JSON.stringify(value), entry.rule + ' (' + entry.confidence.toFixed(2) + ')', entry.page ? 'p.' + entry.page + ' l.' + entry.lines[0] : '']) {
      const td = document.createElement('td')
      td.textContent = cell == null ? '—' : String(cell).slice(0, 160)
      row.appendChild(td)
    }
    list.appendChild(row)
  }
})
document.body.dataset.drawn = 'true'
`

const STYLE = `
body { font: 13px/1.4 system-ui, sans-serif; margin: 1rem; color: #222; }
.layout { display: flex; gap: 1.5rem; align-items: flex-start; }
.page { margin: 0 0 1.5rem; } figcaption { font-weight: 600; margin-bottom: .25rem; }
svg { border: 1px solid #999; background: #fff; }
.sheet { fill: #fff; }
.line-box { fill: none; stroke-width: .6; }
.role-body .line-box { stroke: #3b6fd8; } .role-heading .line-box { stroke: #1b3f8a; stroke-width: 1.2; }
.role-sidebar .line-box { stroke: #2e9e5b; } .role-stamp .line-box { stroke: #e08a00; }
.role-page-footer .line-box, .role-page-header .line-box { stroke: #888; stroke-dasharray: 2 2; }
.role-footnote .line-box { stroke: #9c3fc9; }
text { font-family: sans-serif; fill: #333; }
svg.rendered .line text { display: none; }
.table-region { fill: rgba(220, 40, 40, .08); stroke: #d42828; stroke-width: 1.5; }
.field { fill: rgba(255, 200, 0, .18); stroke: #c99700; stroke-width: 1; }
.field-label { font-size: 6px; fill: #8a6800; }
table { border-collapse: collapse; } td { border-bottom: 1px solid #ddd; padding: 2px 6px; vertical-align: top; }
.legend span { display: inline-block; margin-right: 1rem; } .legend i { display: inline-block; width: 1em; height: .8em; border: 2px solid; margin-right: .3em; }
`

function escapeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c')
}

export function inspectHtml(data: InspectData): string {
  const title = `ft-answers inspect: ${data.path}`
  return `<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>${title.replace(/[<&]/gu, ' ')}</title><style>${STYLE}</style></head>
<body>
<h1>${title.replace(/[<&]/gu, ' ')}</h1>
<p class="legend"><span><i style="border-color:#3b6fd8"></i>text</span><span><i style="border-color:#2e9e5b"></i>sidebar</span><span><i style="border-color:#e08a00"></i>stamp</span><span><i style="border-color:#888"></i>header/footer</span><span><i style="border-color:#9c3fc9"></i>footnote</span><span><i style="border-color:#d42828"></i>table</span><span><i style="border-color:#c99700"></i>field source</span></p>
<div class="layout"><div id="pages"></div><table><tbody id="fields"></tbody></table></div>
<script type="application/json" id="data">${escapeJson(data)}</script>
<script>${DRAW}</script>
</body>
</html>
`
}
