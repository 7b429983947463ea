import { describe, expect, it } from 'vitest'
import { mayHaveDrawnBullets, withDrawnBullets } from '../../../src/layout/pdf/bullets.js'
import { toLines } from '../../../src/layout/pdf/lines.js'
import type { Run } from '../../../src/layout/pdf/runs.js'

describe('drawn bullets', () => {
  const run = (text: string, x0: number, x1: number, y: number, size: number): Run => ({ text, x0, x1, y, size, font: 'f' })

  it('a line with a drawn mark just before its text gets a bullet, where a list is likely', () => {
    // As Chromium prints a list: an intro line ending in a colon, items indented 21 pt, a 2.9 pt disc before each.
    const lines = toLines(1, [
      run('Regeringen har siden 2009 iværksat en række initiativer, som skal styrke', 70.5, 414, 521, 10.6),
      run('sagsbehandlingen i de regionale beskæftigelsesråd. Initiativerne', 70.5, 414, 507, 10.6),
      run('omfatter blandt andet:', 70.5, 173, 493.5, 10.6),
      run('en fast frist på otte uger,', 92, 230, 471.2, 10.6),
      run('som gælder alle sager, og', 92, 220, 457.4, 10.6),
      run('en årlig redegørelse.', 92, 200, 429.8, 10.6),
    ])
    expect(mayHaveDrawnBullets(lines)).toBe(true)
    const disc = (y: number): [number, number, number, number] => [81.3, y, 84.2, y + 2.9]
    const withBullets = withDrawnBullets(lines, [disc(473), disc(431.6)])
    expect(withBullets.slice(2).map((line) => line.text)).toEqual([
      'omfatter blandt andet:',
      '• en fast frist på otte uger,',
      'som gælder alle sager, og',
      '• en årlig redegørelse.',
    ])
    // Bullets set as text need no operator list.
    expect(mayHaveDrawnBullets(toLines(1, [run('andet:', 70.5, 100, 493.5, 10.6), run('• en frist', 81, 140, 471.2, 10.6)]))).toBe(false)
  })
})
