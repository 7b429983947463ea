/**
 * A document re-sent in a later session carries two ft.dk stamps: the new filing's, which may name no question, above
 * the one it was first filed with. Made-up documents in several committees' stamps, and near misses.
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const NOTE = 'STABSNOTAT\nEmne:\nBidrag til evalueringen\n1. FORMÅL\nStaben skal udarbejde en delanalyse.\n'

describe('a stamp printed again below the first', () => {
  it.each([
    [
      'a classification line between (Forsvarsudvalget)',
      `Forsvarsudvalget 2022-23 (1. samling)\nFOU Alm.del\nOffentligt\nUNCLASSIFIED\nForsvarsudvalget 2021-22\nFOU Alm.del - endeligt svar på spørgsmål 331\nOffentligt\n${NOTE}`,
      { session: '20211', number: '331' },
    ],
    [
      'page images between (Sundhedsudvalget)',
      `Sundhedsudvalget 2019-20\nSUU Alm.del\nOffentligt\n1234567_0001.png\nSundhedsudvalget 2018-19\nSUU Alm.del - Spørgsmål 512\nOffentligt\nNotat\nVentetiden er faldet.\n`,
      { session: '20181', number: '512' },
    ],
    [
      'a second samling over the first (Beskæftigelsesudvalget)',
      `Beskæftigelsesudvalget 2018-19 (2. samling)\nBEU Alm.del\nOffentligt\nBeskæftigelsesudvalget 2018-19 (1. samling)\nBEU Alm.del - endeligt svar på spørgsmål 77\nOffentligt\nNotat\nLedigheden er faldet.\n`,
      { session: '20181', number: '77' },
    ],
  ])('takes the earlier stamp\u2019s question and session: %s', async (_, text, expected) => {
    const record = await parse(text)
    expect({ session: record.session, number: record.question.number }).toEqual(expected)
    expect(record.warnings.map((warning) => warning.code)).toContain('session-filed-later')
  })

  it.each([
    [
      'the first stamp names a question itself',
      `Forsvarsudvalget 2022-23 (1. samling)\nFOU Alm.del - endeligt svar på spørgsmål 12\nOffentligt\nForsvarsudvalget 2021-22\nFOU Alm.del - endeligt svar på spørgsmål 331\nOffentligt\n${NOTE}`,
      { session: '20221', number: '12' },
    ],
    [
      'a sentence that opens with the committee and a year, no stamp',
      `Forsvarsudvalget 2022-23 (1. samling)\nFOU Alm.del\nOffentligt\nForsvarsudvalget 2021-22 bad om en analyse.\nFOU Alm.del - endeligt svar på spørgsmål 331 blev sendt.\nAnalysen er vedlagt.\n`,
      { session: '20221', number: null },
    ],
  ])('keeps the first stamp\u2019s facts where %s (near miss)', async (_, text, expected) => {
    const record = await parse(text)
    expect({ session: record.session, number: record.question.number }).toEqual(expected)
  })
})
