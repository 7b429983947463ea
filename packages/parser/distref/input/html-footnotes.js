import { isElement } from 'hast-util-is-element';
import { toText } from 'hast-util-to-text';
/** `#_ftn1`, `#fn1`, `#fn:1`, `#footnote-1`: a link to a footnote's definition (not the way back, `#_ftnref1`). */
const REFERENCE_HREF = /^#(?:_?ftn|fn:?|footnote-?)(\d{1,3})$/iu;
/** `ftn1`, `fn1`, `fn:1`, `footnote-1`: a definition's id. */
const DEFINITION_ID = /^(?:_?ftn|fn:?|footnote-?)(\d{1,3})$/iu;
/** A definition's own number at its start, and the way back at its end: `[1]`, `1`, `1)`, `↩`. */
const LEADING_MARKER = /^\s*\[?(\d{1,3})\]?\)?\s*/u;
const BACK_LINK = /(?<!\s)\s*(?<!\u21A9\uFE0E?)(?:\u21A9\uFE0E?)+\s*$/u;
function attribute(node, name) {
    const value = node.properties[name];
    return Array.isArray(value) ? value.join(' ') : String(value ?? '');
}
function digitsOnly(node) {
    return /^\s*\[?(\d{1,3})\]?\s*$/u.exec(toText(node))?.[1];
}
/** A definition: its number, from its id or from the number it opens with. */
function definitionOf(node) {
    const id = DEFINITION_ID.exec(attribute(node, 'id'))?.[1];
    if (id)
        return id;
    if (/mso-element:\s*footnote(?!-)/iu.test(attribute(node, 'style')))
        return LEADING_MARKER.exec(toText(node))?.[1];
    if (node.tagName === 'p') {
        // `<p><sup>1</sup> Tallene er foreløbige.</p>`
        const first = node.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
        if (first && isElement(first) && first.tagName === 'sup' && node.children.length > 1)
            return digitsOnly(first);
    }
    return undefined;
}
function collectDefinitions(parent, found) {
    parent.children = parent.children.filter((child) => {
        if (!isElement(child))
            return true;
        const identifier = definitionOf(child);
        if (identifier) {
            const text = toText(child).replace(LEADING_MARKER, '').replace(BACK_LINK, '').replace(/\s+/gu, ' ').trim();
            const line = child.position?.start.line;
            found.push(line === undefined ? { identifier, text } : { identifier, text, line });
            return false;
        }
        collectDefinitions(child, found);
        // A footnote list emptied of its definitions goes too.
        return !(/footnote/iu.test(`${attribute(child, 'style')} ${attribute(child, 'className')}`) && toText(child).trim() === '');
    });
}
function removeMarkers(parent, identifiers) {
    parent.children = parent.children.filter((child) => {
        if (!isElement(child))
            return true;
        if (child.tagName === 'a' && REFERENCE_HREF.test(attribute(child, 'href')))
            return false;
        if (child.tagName === 'sup') {
            const number = digitsOnly(child);
            if (number && identifiers.has(number))
                return false;
        }
        removeMarkers(child, identifiers);
        return true;
    });
}
/**
 * Take the footnotes out of `tree` (in place): their definitions, in document order, and the markers that point
 * to them. A raised number that no definition answers (`km<sup>2</sup>`) stays.
 */
export function takeFootnotes(tree) {
    const found = [];
    collectDefinitions(tree, found);
    if (found.length > 0)
        removeMarkers(tree, new Set(found.map((footnote) => footnote.identifier)));
    return found;
}
//# sourceMappingURL=html-footnotes.js.map