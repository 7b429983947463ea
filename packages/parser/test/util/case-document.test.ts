import { describe, expect, it } from 'vitest'
import { caseDocumentFromFolder, readCase, readCaseDocument } from '../../src/util/case-document.js'

describe('case documents: aktstykker and Commission documents', () => {
  it.each([
    ['Aktstk. 172', 'appropriation', 'Aktstk. 172'],
    ['Aktstk.172', 'appropriation', 'Aktstk. 172'],
    ['aktstk. 17', 'appropriation', 'Aktstk. 17'],
    ['Aktstykke nr. 133', 'appropriation', 'Aktstk. 133'],
    ['aktstykke 172', 'appropriation', 'Aktstk. 172'],
    ['akt. 21', 'appropriation', 'Aktstk. 21'],
    ['Akt 190', 'appropriation', 'Aktstk. 190'],
    ['Aktstk. nr. 9', 'appropriation', 'Aktstk. 9'],
    ['KOM (2013) 0173', 'eu-proposal', 'KOM (2013) 0173'],
    ['KOM(2013) 173', 'eu-proposal', 'KOM (2013) 0173'],
    ['KOM(2012)0788', 'eu-proposal', 'KOM (2012) 0788'],
    ['COM(2011) 398', 'eu-proposal', 'KOM (2011) 0398'],
    ['KOM (2010)\n0367', 'eu-proposal', 'KOM (2010) 0367'],
  ])('%s → %s %s', (raw, kind, code) => {
    expect(readCaseDocument(raw)).toEqual({ kind, code })
  })

  it('near misses: a bill, a word that only contains the letters, a number too long, no number', () => {
    expect(readCaseDocument('L 85')).toBeUndefined()
    expect(readCaseDocument('kontakt. 12')).toBeUndefined()
    expect(readCaseDocument('akt 12')).toBeUndefined()
    expect(readCaseDocument('Akt12')).toBeUndefined()
    expect(readCaseDocument('Aktstk. 12345')).toBeUndefined()
    expect(readCaseDocument('Aktstykke spørgsmål')).toBeUndefined()
    expect(readCaseDocument('KOM (13) 173')).toBeUndefined()
    expect(readCaseDocument('SEK (2011) 0398')).toBeUndefined()
  })

  it('reads a bill as a bill', () => {
    expect(readCase('L85')).toEqual({ kind: 'bill', code: 'L 85' })
    expect(readCase('Aktstk. 9')).toEqual({ kind: 'appropriation', code: 'Aktstk. 9' })
  })

  it("reads ft.dk's folders: with and without the dot, any case", () => {
    expect(caseDocumentFromFolder('aktstk.190')).toEqual({ kind: 'appropriation', code: 'Aktstk. 190' })
    expect(caseDocumentFromFolder('Aktstk.108')).toEqual({ kind: 'appropriation', code: 'Aktstk. 108' })
    expect(caseDocumentFromFolder('aktstk172')).toEqual({ kind: 'appropriation', code: 'Aktstk. 172' })
    expect(caseDocumentFromFolder('kom(2013)0173')).toEqual({ kind: 'eu-proposal', code: 'KOM (2013) 0173' })
    expect(caseDocumentFromFolder('beu')).toBeUndefined()
    expect(caseDocumentFromFolder('l85')).toBeUndefined()
  })
})
