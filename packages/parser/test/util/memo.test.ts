import { describe, expect, it } from 'vitest'
import { readOnce, readOnceByText } from '../../src/util/memo.js'

describe('readOnce', () => {
  it('reads each key object once while it lives', () => {
    let reads = 0
    const length = readOnce((lines: string[]) => {
      reads++
      return lines.length
    })
    const lines = ['a', 'b']
    expect([length(lines), length(lines), length(['c'])]).toEqual([2, 2, 1])
    expect(reads).toBe(2)
  })
})

describe('readOnceByText', () => {
  it('reads each text once, an undefined answer included', () => {
    const asked: string[] = []
    const date = readOnceByText((text: string) => {
      asked.push(text)
      return text.startsWith('1') ? text : undefined
    }, 10)
    expect([date('1. maj'), date('Svar'), date('1. maj'), date('Svar')]).toEqual(['1. maj', undefined, '1. maj', undefined])
    expect(asked).toEqual(['1. maj', 'Svar'])
  })

  it('starts over once it holds `kept` texts', () => {
    const asked: string[] = []
    const same = readOnceByText((text: string) => {
      asked.push(text)
      return text
    }, 2)
    for (const text of ['a', 'b', 'c', 'a']) same(text)
    // 'c' found the memo full and emptied it, so 'a' is read again.
    expect(asked).toEqual(['a', 'b', 'c', 'a'])
  })
})
