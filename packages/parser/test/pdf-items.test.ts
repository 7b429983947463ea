/**
 * How a PDF's producer cuts and orders its text does not matter. Word, LibreOffice and Chromium draw the sidebar,
 * stamp, footers and body in different orders, and pdf.js hands the text items over in drawing order; LibreOffice
 * and Chromium set a phrase per item, pdfkit and some Word exports a word per item; superscripts stand higher or
 * lower. Each PDF fixture is parsed with its text items reversed, shuffled, cut into one item per word, and with
 * its footnote markers raised less, page by page, and held to the same hand-written expectation as in
 * `pdf.test.ts`.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { parseFile } from '../src/index.js'
import { loadPdfjs } from '../src/input/pdf-load.js'
import { expectRecord, fixtureCases } from './fixture-harness.js'
import { KNOWN_FAILURES, KNOWN_FAILURES_ITEMS, KNOWN_FAILURES_RENDITION } from './pdf-known-failures.js'

/** A seeded shuffle (mulberry32), so that a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed
  const random = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = [...items]
  for (let index = out.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[out[index], out[other]] = [out[other] as T, out[index] as T]
  }
  return out
}

interface Item {
  str?: unknown
  transform?: number[]
  width?: number
}

/**
 * Each item cut into one item per word, each word placed where it stood: its share of the item's width by its
 * share of the characters (the glyph widths are not known here; for the layout the gaps matter, not their
 * exact size).
 */
function perWord(items: readonly unknown[]): unknown[] {
  return items.flatMap((raw) => {
    const item = raw as Item
    if (typeof item.str !== 'string' || !item.transform || item.width === undefined || !/\S\s+\S/u.test(item.str)) return [raw]
    const { str, width, transform } = item
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = transform
    const scale = Math.hypot(a, b) || 1
    return [...str.matchAll(/\S+/gu)].map((word) => {
      const shift = (width * (word.index ?? 0)) / str.length
      return {
        ...item,
        str: word[0],
        transform: [a, b, c, d, e + (shift * a) / scale, f + (shift * b) / scale],
        width: (width * word[0].length) / str.length,
        hasEOL: false,
      }
    })
  })
}

/** An item's font size: the length of its transform's vertical vector. */
const sizeOf = (item: Item) => Math.hypot(item.transform?.[2] ?? 0, item.transform?.[3] ?? 0)

/**
 * Footnote markers raised less: a producer that sets superscripts a fifth of the font size above the line where
 * LibreOffice sets them a third — every small number moved down by 0.12 × the page's body size.
 */
function markersRaisedLess(items: readonly unknown[]): unknown[] {
  const sizes = items.map((raw) => sizeOf(raw as Item)).filter((size) => size > 0)
  sizes.sort((a, b) => a - b)
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0
  return items.map((raw) => {
    const item = raw as Item
    if (!item.transform || typeof item.str !== 'string' || !/^\d{1,2}$/u.test(item.str.trim()) || sizeOf(item) >= 0.8 * body) return raw
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform
    return { ...item, transform: [a, b, c, d, e, f - 0.12 * body] }
  })
}

type TextContent = { items: unknown[] }
type PageProto = { getTextContent: (...args: unknown[]) => Promise<TextContent> }

let proto: PageProto
let original: PageProto['getTextContent']
/** How the items of each page are reordered in the current test. */
let reorder: (items: unknown[]) => unknown[] = (items) => items

beforeAll(async () => {
  // pdf.js does not export its page class; take it from a page of a fixture.
  const { getDocument } = await loadPdfjs()
  const [first] = fixtureCases('pdf', 'input.pdf')
  const document = await getDocument({ data: new Uint8Array(readFileSync(first?.input ?? '')), isEvalSupported: false }).promise
  proto = Object.getPrototypeOf(await document.getPage(1)) as PageProto
  await document.destroy()
  original = proto.getTextContent
  proto.getTextContent = async function (this: unknown, ...args: unknown[]) {
    const content = await original.apply(this, args)
    return { ...content, items: reorder(content.items) }
  }
})

afterAll(() => {
  proto.getTextContent = original
})

const ORDERS: Record<string, (items: unknown[]) => unknown[]> = {
  reversed: (items) => [...items].reverse(),
  shuffled: (items) => shuffled(items, 7),
  'one item per word': perWord,
  'footnote markers raised less': markersRaisedLess,
}

describe('PDF fixtures with their text items cut and ordered otherwise give the same records', () => {
  // Letters the parser does not read yet (pdf.test.ts lists them with the reason) are left out here.
  const cases = [...fixtureCases('pdf', 'input.pdf'), ...fixtureCases('pdf', 'input.chromium.pdf')].filter(
    (fixture) => !(fixture.name in KNOWN_FAILURES) && !(`${fixture.name} ${fixture.input.split('/').at(-1)}` in KNOWN_FAILURES_RENDITION),
  )
  for (const fixture of cases) {
    for (const [name, order] of Object.entries(ORDERS)) {
      const title = `${fixture.name} (${fixture.input.split('/').at(-1)}), ${name}`
      const reason = KNOWN_FAILURES_ITEMS[title]
      ;(reason ? it.fails : it)(reason ? `${title} — known failure: ${reason}` : title, async () => {
        reorder = order
        try {
          expectRecord(await parseFile(fixture.input), fixture.expected)
        } finally {
          reorder = (items) => items
        }
      })
    }
  }
})
