/**
 * Round 81's rule, from a training document the parser refused: ft.dk's page of a bill question's answer, holding only
 * its title (`L 35 - svar på spm. 76 om …, fra ministeren for …`), is the question's page, as an alm. del question's
 * page is (`MIU alm. del - svar på spm. 418 om …`).
 */
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

const TITLE =
  'L 35 - svar på spm. 76 om ministeren kan bekræfte, at der med en kilometergrænse på 20 km vil være flere apoteker, der konkurrerer lokalt, fra ministeren for sundhed og forebyggelse'

describe("ft.dk's title page of a bill question's answer", () => {
  it('is the question’s page: its bill and number from the title', async () => {
    const record = await parse(`${TITLE}\n`)
    expect(record.documentType).toBe('question')
    expect(record.question).toMatchObject({ kind: 'bill', bill: 'L 35', number: '76' })
  })

  it('under a page image set above it, too', async () => {
    const record = await parse(`1183678_0001.png\n${TITLE}\n`)
    expect(record.documentType).toBe('question')
    expect(record.question.number).toBe('76')
  })

  it('near miss: the same words inside a letter after its first line name no page', async () => {
    const record = await parse(`Sundheds- og Forebyggelsesudvalget har stillet mig et spørgsmål.\nDer henvises til ${TITLE}.\nSvar:\nJa.\n`)
    expect(record.documentType).not.toBe('question')
  })
})
