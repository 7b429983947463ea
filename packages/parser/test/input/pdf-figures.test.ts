import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFile, parseToTree } from '../../src/index.js'

describe('figures', () => {
  it('finds the image of "Figur 1": 9 × 4 cm at the left margin, between its caption and its source line', async () => {
    const pdf = new URL('../../../../fixtures/pdf/beu-20161-spm128/input.pdf', import.meta.url)
    const record = await parseFile(pdf.pathname)
    const figure = record.answer.blocks.find((block) => block.type === 'figure')
    expect(figure).toMatchObject({ label: 'Figur 1', page: 1 })
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (figure?.type === 'figure' && figure.bbox) || []
    const CM = 72 / 2.54
    expect(x0).toBeCloseTo(2.5 * CM, 0) // the page's left margin in make_pdfs.py
    expect(x1 - x0).toBeCloseTo(9 * CM, 0) // the frame: 9cm × 4cm
    expect(y1 - y0).toBeCloseTo(4 * CM, 0)
    // The caption's last line and the source line, from the tree.
    const { tree } = await parseToTree(new Uint8Array(readFileSync(pdf)))
    const lines = tree.children.flatMap((node) => node.data?.lines ?? [])
    const captionBox = lines.find((line) => line.text.startsWith('ned i arbejdstid, pct.'))?.bbox
    const sourceBox = lines.find((line) => line.text.startsWith('Kilde: Styrelsen'))?.bbox
    expect(y1).toBeLessThanOrEqual((captionBox?.[1] ?? 0) + 1)
    expect(y0).toBeGreaterThanOrEqual((sourceBox?.[3] ?? 0) - 1)
  })
})
