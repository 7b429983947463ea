/** Markdown → mdast with remark-parse and GFM (tables), then the shared block tree. */
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { fromMdast } from './from-mdast.js'

const processor = unified().use(remarkParse).use(remarkGfm)

export function markdownToTree(markdown: string): Root {
  return fromMdast(processor.parse(markdown) as Root)
}
