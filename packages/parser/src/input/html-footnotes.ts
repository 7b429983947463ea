/**
 * Footnotes in HTML, taken out of the tree before it becomes mdast: the definitions as Word exports them
 * (`<div style="mso-element:footnote" id="ftn1">`), as Markdown converters write them (`<li id="fn1">` in
 * `<section class="footnotes">`), or as a paragraph that opens with a raised number (`<p><sup>1</sup> Tallene …`);
 * and the markers in the running text that point to them (`<a href="#_ftn1">[1]</a>`, `<sup>1</sup>`), which
 * would otherwise be glued to the word before (`tabel 1.1`). The definitions become the document's footnote
 * lines, as the PDF path finds them by size and place.
 */
import type { Element, Root } from 'hast'
import { isElement } from 'hast-util-is-element'
import { toText } from 'hast-util-to-text'

export interface HtmlFootnote {
  identifier: string
  text: string
  /** The source line the definition starts on. */
  line?: number
}

/** `#_ftn1`, `#fn1`, `#fn:1`, `#footnote-1`: a link to a footnote's definition (not the way back, `#_ftnref1`). */
const REFERENCE_HREF = /^#(?:_?ftn|fn:?|footnote-?)(\d{1,3})$/iu

/** `ftn1`, `fn1`, `fn:1`, `footnote-1`: a definition's id. */
const DEFINITION_ID = /^(?:_?ftn|fn:?|footnote-?)(\d{1,3})$/iu

/** A definition's own number at its start, and the way back at its end: `[1]`, `1`, `1)`, `↩`. */
const LEADING_MARKER = /^\s*\[?(\d{1,3})\]?\)?\s*/u
const BACK_LINK = /(?<!\s)\s*(?<!\u21A9\uFE0E?)(?:\u21A9\uFE0E?)+\s*$/u

type Parent = Root | Element

function attribute(node: Element, name: string): string {
  const value = node.properties[name]
  return Array.isArray(value) ? value.join(' ') : String(value ?? '')
}

function digitsOnly(node: Element): string | undefined {
  return /^\s*\[?(\d{1,3})\]?\s*$/u.exec(toText(node))?.[1]
}

/** A definition: its number, from its id or from the number it opens with. */
function definitionOf(node: Element): string | undefined {
  const id = DEFINITION_ID.exec(attribute(node, 'id'))?.[1]
  if (id) return id
  if (/mso-element:\s*footnote(?!-)/iu.test(attribute(node, 'style'))) return LEADING_MARKER.exec(toText(node))?.[1]
  if (node.tagName === 'p') {
    // `<p><sup>1</sup> Tallene er foreløbige.</p>`
    const first = node.children.find((child) => !(child.type === 'text' && child.value.trim() === ''))
    if (first && isElement(first) && first.tagName === 'sup' && node.children.length > 1) return digitsOnly(first)
  }
  return undefined
}

function collectDefinitions(parent: Parent, found: HtmlFootnote[]): void {
  parent.children = parent.children.filter((child) => {
    if (!isElement(child)) return true
    const identifier = definitionOf(child)
    if (identifier) {
      const text = toText(child).replace(LEADING_MARKER, '').replace(BACK_LINK, '').replace(/\s+/gu, ' ').trim()
      const line = child.position?.start.line
      found.push(line === undefined ? { identifier, text } : { identifier, text, line })
      return false
    }
    collectDefinitions(child, found)
    // A footnote list emptied of its definitions goes too.
    return !(/footnote/iu.test(`${attribute(child, 'style')} ${attribute(child, 'className')}`) && toText(child).trim() === '')
  }) as typeof parent.children
}

function removeMarkers(parent: Parent, identifiers: ReadonlySet<string>): void {
  parent.children = parent.children.filter((child) => {
    if (!isElement(child)) return true
    if (child.tagName === 'a' && REFERENCE_HREF.test(attribute(child, 'href'))) return false
    if (child.tagName === 'sup') {
      const number = digitsOnly(child)
      if (number && identifiers.has(number)) return false
    }
    removeMarkers(child, identifiers)
    return true
  }) as typeof parent.children
}

/**
 * Take the footnotes out of `tree` (in place): their definitions, in document order, and the markers that point
 * to them. A raised number that no definition answers (`km<sup>2</sup>`) stays.
 */
export function takeFootnotes(tree: Root): HtmlFootnote[] {
  const found: HtmlFootnote[] = []
  collectDefinitions(tree, found)
  if (found.length > 0) removeMarkers(tree, new Set(found.map((footnote) => footnote.identifier)))
  return found
}
