/**
 * HTML (ft.dk's rendition of a PDF, a word processor's export) → hast with rehype-parse → data tables given one
 * header row, footnotes taken out → mdast with hast-util-to-mdast → block tree.
 */
import { toMdast } from 'hast-util-to-mdast'
import type { Root } from 'mdast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { fromMdast } from './from-mdast.js'
import { takeFootnotes } from './html-footnotes.js'
import { normaliseTables } from './html-tables.js'

const processor = unified().use(rehypeParse)

export function htmlToTree(html: string): Root {
  const hast = processor.parse(html)
  normaliseTables(hast)
  const footnotes = takeFootnotes(hast)
  return fromMdast(toMdast(hast) as Root, footnotes)
}
