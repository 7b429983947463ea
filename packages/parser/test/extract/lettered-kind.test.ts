/**
 * A samråd's lettered questions filed by ft.dk under an ordinary question of another number (sixty-second session):
 * the filing's kind is not the paper's own questions' kind.
 */
import { describe, expect, it } from 'vitest'
import { parse, parseAll } from '../../src/index.js'

const STAMP = 'Erhvervsudvalget 2018-19 (1. samling)\nERU Alm.del\nOffentligt'
const RUNNING =
  'ERU, Alm.del - 2018-19 (1. samling) - Endeligt svar på spørgsmål 215: Spm. om talepapiret fra åbent samråd, til erhvervsministeren'

describe('lettered questions under a filing of another number', () => {
  it('reads each of a speech paper’s lettered questions as a samråd’s (ERU 2019)', async () => {
    const text = `${STAMP}\nINSPIRATIONSPUNKTER\n[KUN DET TALTE ORD GÆLDER]\n26. februar 2019\nSamråd i ERU den 28. februar 2019\nSpørgsmål BA-BD stillet efter\nønske fra Morten Bødskov (S)\nTak for invitationen til samrådet.\nJeg er blevet bedt om at redegøre for ansvarsfordelingen.\n${RUNNING}\nDet er uacceptabelt, at der skulle gå så længe.\n`
    const records = await parseAll(text)
    expect(records.map((record) => [record.question.number, record.question.kind])).toEqual([
      ['BA', 'consultation'],
      ['BB', 'consultation'],
      ['BC', 'consultation'],
      ['BD', 'consultation'],
    ])
  })

  it('reads one lettered question under a running line of another number as a samråd’s', async () => {
    const text = `${STAMP}\nTALEPAPIR\nDet talte ord gælder\nSamrådsspørgsmål BA\n”Vil ministeren redegøre for tilsynet?”\nTak for ordet.\nJeg vil redegøre for tilsynet.\n${RUNNING}\n`
    const record = await parse(text)
    expect(record.question).toMatchObject({ number: 'BA', kind: 'consultation' })
  })

  it('near miss: a running line that names the same ordinary number keeps its kind', async () => {
    const text = `${STAMP}\n\nErhvervsudvalget har den 2. februar 2019 stillet følgende spørgsmål nr. 215 (alm. del), som hermed besvares.\n\nSpørgsmål nr. 215:\n”Vil ministeren oversende talepapiret?”\n\nSvar:\nTalepapiret vedlægges.\n\n${RUNNING}\n`
    const record = await parse(text)
    expect(record.question).toMatchObject({ number: '215', kind: 'general' })
  })
})
