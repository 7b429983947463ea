/**
 * pdf.js text items → runs: horizontal pieces of text with their baseline, extent and font size, in PDF user
 * space (origin bottom-left). Empty items (LibreOffice emits one per paragraph) and rotated text are dropped.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js'

export interface Run {
  text: string
  /** Left edge. */
  x0: number
  /** Right edge. */
  x1: number
  /** Baseline. */
  y: number
  /** Font size in points. */
  size: number
  font: string
}

/** Items whose text direction is tilted more than this (sine) are not horizontal text. */
const MAX_SKEW = 0.05

/** The no-break space, which the layout reads as a space. */
const NBSP = '\u00A0'

export function toRuns(items: readonly unknown[]): Run[] {
  const runs: Run[] = []
  for (const raw of items) {
    const item = raw as Partial<TextItem>
    if (typeof item.str !== 'string' || !item.transform) continue
    const text = item.str.includes(NBSP) ? item.str.replaceAll(NBSP, ' ') : item.str
    if (text.trim() === '') continue
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform
    // Upright text has b = 0, where the hypotenuse is |a| (the same number: `Math.hypot` is slow on Node 20).
    const scale = b === 0 ? Math.abs(a) : Math.hypot(a, b)
    if (scale === 0 || Math.abs(b / scale) > MAX_SKEW || Math.abs(c) > Math.abs(d) * MAX_SKEW) continue
    const size = Math.abs(d) || scale
    runs.push({ text, x0: e, x1: e + (item.width ?? 0), y: f, size, font: item.fontName ?? '' })
  }
  return runs
}
