/** HTML (ft.dk's rendition of a PDF) → hast with rehype-parse → mdast with hast-util-to-mdast → block tree. */
import { toMdast } from 'hast-util-to-mdast'
import type { Root } from 'mdast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { fromMdast } from './from-mdast.js'

const processor = unified().use(rehypeParse)

export function htmlToTree(html: string): Root {
  const hast = processor.parse(html)
  return fromMdast(toMdast(hast) as Root)
}
