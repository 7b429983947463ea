import { describe, expect, it } from 'vitest'
import { readOnce, readOnceByText } from '../../src/util/memo.js'

describe('readOnce', () => {
  it('reads each key object once while it is one of the last two asked', () => {
    let reads = 0
    const length = readOnce((lines: string[]) => {
      reads++
      return lines.length
    })
    const lines = ['a', 'b']
    const head = ['c']
    expect([length(lines), length(head), length(lines), length(head)]).toEqual([2, 1, 2, 1])
    expect(reads).toBe(2)
    // A third key pushes the oldest out: it is read anew, with the same answer.
    expect([length(['d', 'e', 'f']), length(lines)]).toEqual([3, 2])
    expect(reads).toBe(4)
  })

  it('keeps an undefined answer', () => {
    let reads = 0
    const none = readOnce((_lines: string[]) => {
      reads++
      return undefined
    })
    const lines = ['a']
    expect([none(lines), none(lines)]).toEqual([undefined, undefined])
    expect(reads).toBe(1)
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
