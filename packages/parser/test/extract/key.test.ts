import { readFileSync } from 'node:fs'
import type { QuestionKind } from '@ft-answers/schema'
import { describe, expect, it } from 'vitest'
import { type KeyParts, questionKey } from '../../src/extract/fields/key.js'
import { parseFile } from '../../src/index.js'
import { FIXTURES } from '../fixture-harness.js'

const RECORD_DOC = new URL('../../../../docs/record.md', import.meta.url)

/** A cell of the Keys table in docs/record.md: `` `BEU` `` → `BEU`, empty or `null` → null. */
function cell(text: string | undefined): string | null {
  const value = (text ?? '').trim().replace(/^`|`$/gu, '')
  return value === '' || value === 'null' ? null : value
}

/** The rows of the table under "## Keys" in docs/record.md. */
function documentedKeys(): { parts: KeyParts; key: string | null; url: string | null }[] {
  const text = readFileSync(RECORD_DOC, 'utf8')
  const section = text.slice(text.indexOf('## Keys'), text.indexOf('## Blocks'))
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| session') && !line.startsWith('| ---'))
    .map((line) => {
      const [session, committee, kind, number, bill, key, url] = line.split('|').slice(1, -1).map(cell)
      return {
        parts: {
          session: session ?? null,
          committee: committee ?? null,
          kind: (kind ?? null) as QuestionKind | null,
          number: number ?? null,
          bill: bill ?? null,
        },
        key: key ?? null,
        url: url ?? null,
      }
    })
}

const parts = (overrides: Partial<KeyParts>): KeyParts => ({
  session: '20241',
  committee: 'BEU',
  kind: 'general',
  number: '75',
  bill: null,
  ...overrides,
})

describe('questionKey', () => {
  it('docs/record.md: every example in the Keys table', () => {
    const rows = documentedKeys()
    expect(rows.length).toBeGreaterThanOrEqual(8)
    for (const row of rows) {
      const built = questionKey(row.parts)
      expect({ key: built?.key ?? null, url: built?.url ?? null }, JSON.stringify(row.parts)).toEqual({ key: row.key, url: row.url })
    }
  })

  it('reads a bill however it is spaced, and a bill split in parts', () => {
    expect(questionKey(parts({ kind: 'bill', bill: 'L141', number: '27' }))?.key).toBe('20241-L141-27')
    expect(questionKey(parts({ kind: 'bill', bill: 'L 13 A', number: '2' }))).toEqual({
      key: '20241-L13A-2',
      url: 'https://www.ft.dk/samling/20241/lovforslag/l13a/spm/2/index.htm',
    })
  })

  it('is null when a part it needs is missing or not what the kind needs', () => {
    expect(questionKey(parts({ kind: null }))).toBeNull()
    expect(questionKey(parts({ kind: 'bill', bill: null }))).toBeNull()
    expect(questionKey(parts({ kind: 'general', number: 'A' }))).toBeNull()
    expect(questionKey(parts({ kind: 'consultation', number: '12' }))).toBeNull()
    expect(questionKey(parts({ session: '2024-25' }))).toBeNull()
    expect(questionKey(parts({ kind: 'section20', committee: null, number: '1188' }))?.key).toBe('20241-S-1188')
  })

  it("keys a question on an aktstykke or a Commission document under the document, as ft.dk's addresses do", () => {
    expect(questionKey(parts({ committee: 'FIU', kind: 'appropriation', bill: 'Aktstk. 172', number: '1' }))).toEqual({
      key: '20241-AKTSTK172-1',
      url: 'https://www.ft.dk/samling/20241/aktstykke/aktstk.172/spm/1/index.htm',
    })
    // Whichever committee asked (EUU, or the committee of the subject): the document's question, not an alm. del one.
    expect(questionKey(parts({ session: '20131', committee: 'REU', kind: 'eu-proposal', bill: 'KOM (2013) 0173', number: '4' }))).toEqual({
      key: '20131-KOM(2013)0173-4',
      url: 'https://www.ft.dk/samling/20131/kommissionsforslag/kom(2013)0173/spm/4/index.htm',
    })
    // The document as the text may write it.
    expect(questionKey(parts({ kind: 'eu-proposal', bill: 'KOM(2013) 173', number: '4' }))?.key).toBe('20241-KOM(2013)0173-4')
    expect(questionKey(parts({ kind: 'appropriation', bill: 'aktstykke nr. 17', number: '4' }))?.key).toBe('20241-AKTSTK17-4')
  })

  it('near misses: no key for such a question without its document, or with another kind of case', () => {
    expect(questionKey(parts({ kind: 'appropriation', bill: null, number: '1' }))).toBeNull()
    expect(questionKey(parts({ kind: 'appropriation', bill: 'KOM (2013) 0173', number: '1' }))).toBeNull()
    expect(questionKey(parts({ kind: 'eu-proposal', bill: 'L 85', number: '1' }))).toBeNull()
    expect(questionKey(parts({ kind: 'eu-proposal', bill: 'KOM (2013) 0173', number: 'A' }))).toBeNull()
  })

  it('a consultation letter written in lower case is keyed in upper case', () => {
    expect(questionKey(parts({ kind: 'consultation', number: 'ø' }))?.key).toBe('20241-BEU-samspm-Ø')
  })
})

describe('questionKey and url on parsed records', () => {
  it.each([
    ['pdf/beu-20241-spm75', '20241-BEU-almdel-75', 'https://www.ft.dk/samling/20241/almdel/beu/spm/75/index.htm'],
    ['pdf/beu-20191-l85-spm11', '20191-L85-11', 'https://www.ft.dk/samling/20191/lovforslag/l85/spm/11/index.htm'],
    ['pdf/s20-s1188-synthetic', '20091-S-1188', 'https://www.ft.dk/samling/20091/spoergsmaal/s1188/index.htm'],
  ])('%s → %s', async (fixture, key, url) => {
    const record = await parseFile(`${FIXTURES}${fixture}/input.pdf`)
    expect(record.questionKey).toBe(key)
    expect(record.url).toBe(url)
    expect(record.provenance.questionKey).toEqual({ source: 'derived', rule: 'derived-key', confidence: 1 })
  })
})
