/**
 * A heading with its text on the same line — `Svar: Det er korrekt, at …`, `Spørgsmål nr. 128: ”Vil ministeren …` —
 * as some letters set them (a bold run-in heading) and some renditions glue them. The line is cut in two, the
 * heading and its text, both keeping the line's place in the source, so that the heading reads as one.
 */
import { type LayoutItem, type LayoutLine, isLayoutTable } from '../tree.js'
import { isHeading } from './markers.js'

/** A heading ending in a colon, then text: the colon is required (`Svar på …` opens a sentence). */
const RUN_IN = /^((?:(?:samråds)?spørgsmål|spm\.|(?:endeligt\s+|supplerende\s+)?svar)[^:]{0,30}:)\s+(\S.*)$/iu

export function splitRunInHeadings(items: readonly LayoutItem[]): LayoutItem[] {
  return items.flatMap((item): LayoutItem[] => {
    // A whole line that is a heading stays whole: `Spørgsmål nr.: L 85` names the bill after its colon.
    if (isLayoutTable(item) || item.role || isHeading(item.text)) return [item]
    const match = RUN_IN.exec(item.text)
    const heading = match?.[1]
    const rest = match?.[2]
    if (!heading || !rest || !isHeading(heading)) return [item]
    const head: LayoutLine = { ...item, text: heading, endsParagraph: true }
    const text: LayoutLine = { ...item, text: rest, breakBefore: true }
    return [head, text]
  })
}
