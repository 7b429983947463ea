import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Line } from '../src/extract/lines.js'
import { type Candidate, propose, resolve } from '../src/extract/resolve.js'
import { LOW_CONFIDENCE, RULES, type Rule } from '../src/extract/rules.js'

const line = (index: number, text: string, extra: Partial<Line> = {}): Line => ({ index, line: index + 1, block: index, text, ...extra })

describe('resolve', () => {
  it('takes the first candidate with a value, in the order given, with its provenance', () => {
    const stampLine = line(0, 'BEU Alm.del Spørgsmål 7')
    const preambleLines = [line(4, 'Beskæftigelsesudvalget har i brev af …'), line(5, 'spørgsmål nr. 12 (alm. del)')]
    const result = resolve([propose('preamble', '12', preambleLines), propose('stamp', '7', stampLine)])
    expect(result.value).toBe('12')
    expect(result.from?.rule).toBe('preamble')
    // The stamp is surer (1) than the preamble (0.95), but order, not confidence, decides.
    expect(result.provenance).toEqual({
      source: 'document',
      rule: 'preamble',
      confidence: RULES.preamble.confidence,
      lines: [5, 6],
      text: 'Beskæftigelsesudvalget har i brev af …\nspørgsmål nr. 12 (alm. del)',
    })
  })

  it('passes over candidates without a value: undefined, null, the empty string', () => {
    const result = resolve([
      propose<string>('preamble', undefined),
      propose<string>('question-heading', null),
      propose('stamp', ''),
      propose('case-line', 'L 89'),
    ])
    expect(result.value).toBe('L 89')
    expect(result.from?.rule).toBe('case-line')
  })

  it('says a field is absent when no candidate has a value', () => {
    expect(resolve([propose<string>('preamble', undefined)])).toEqual({
      value: null,
      from: undefined,
      provenance: { source: 'derived', rule: 'absent', confidence: 0 },
      rivals: [],
    })
    expect(resolve([]).provenance.rule).toBe('absent')
  })

  it('reads values in order, only until one is accepted, and cites the one accepted', () => {
    const read: string[] = []
    const known: Record<string, number> = { B: 2, C: 3 }
    const result = resolve([propose('preamble', 'A'), propose('address', 'B', line(2, 'B')), propose('case-code', 'C')], {
      read: (value) => {
        read.push(value)
        return known[value]
      },
    })
    expect(result.value).toBe(2)
    expect(read).toEqual(['A', 'B'])
    expect(result.provenance).toMatchObject({ source: 'document', rule: 'address', text: 'B' })
  })

  it('lists the candidates that disagree with the chosen value, and only those', () => {
    const result = resolve([
      propose('preamble', '12'),
      propose('question-heading', '12'),
      propose('stamp', '13'),
      propose<string>('case-line', undefined),
    ])
    expect(result.rivals.map((rival: Candidate<unknown>) => [rival.rule, rival.value])).toEqual([['stamp', '13']])
    const lenient = resolve([propose('preamble', 'L 89'), propose('stamp', 'L89')], {
      same: (a, b) => a.replace(/\s/gu, '') === b.replace(/\s/gu, ''),
    })
    expect(lenient.rivals).toEqual([])
  })

  it('cites derived values, the input, and rules published under another name', () => {
    expect(resolve([propose('from-question.askedOn', '20161')]).provenance).toEqual({
      source: 'derived',
      rule: 'from-question.askedOn',
      confidence: 0.8,
    })
    expect(resolve([propose('input', { path: 'x' }, 'input')]).provenance).toEqual({ source: 'input', rule: 'input', confidence: 1 })
    expect(resolve([propose('letter-date', '2016-11-17', line(1, '17. november 2016'))]).provenance).toMatchObject({
      rule: 'letterhead',
      confidence: RULES['letter-date'].confidence,
    })
  })

  it('spans the lines it was read from, their page and box, holes allowed', () => {
    const first = line(3, 'Spørgsmål nr. 12:', { page: 1, bbox: [50, 600, 200, 612] })
    const second = line(4, '”Vil ministeren …”', { page: 1, bbox: [50, 580, 300, 592] })
    expect(resolve([propose('question-heading', '12', [undefined, second, first])]).provenance).toEqual({
      source: 'document',
      rule: 'question-heading',
      confidence: 0.9,
      lines: [4, 5],
      page: 1,
      bbox: [50, 580, 300, 612],
      text: 'Spørgsmål nr. 12:\n”Vil ministeren …”',
    })
  })
})

describe('rules', () => {
  it('gives every rule a confidence between 0 and 1 and a reason', () => {
    for (const [id, rule] of Object.entries(RULES) as [string, Rule][]) {
      expect(rule.confidence, id).toBeGreaterThanOrEqual(0)
      expect(rule.confidence, id).toBeLessThanOrEqual(1)
      expect(rule.why.length, id).toBeGreaterThan(10)
    }
    expect(LOW_CONFIDENCE).toBeGreaterThan(0)
  })

  it('keeps every confidence in the rule table: no confidence literal elsewhere in extract/', () => {
    const root = new URL('../src/extract/', import.meta.url).pathname
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && file !== 'rules.ts')
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8')
      expect(source, file).not.toMatch(/\bconfidence\s*[:=]\s*[\d.]|\b0\.\d+\b/u)
    }
  })
})
