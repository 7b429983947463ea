/**
 * ft.dk's summary of a question, standing alone as a saved page's whole text: `Spm. om …, til
 * beskæftigelsesministeren`, `Samrådsspm. om …, til sundhedsministeren`, `MFU spm. om …, til …` — how ft.dk titles
 * every question ("Spm. om …, til <the minister asked>"), and all that a question's page keeps when nothing else was
 * stored. The page of a question, whose letter and answer are documents of their own: it tells the minister asked,
 * and a samråd question by its word.
 */
import { joinLines } from '../util/hyphenation.js'
import { isPageText, type Line } from './lines.js'

/**
 * The summary's opening: `Spm. om`, `Spm., om`, `MFU spm. om`, `Samrådsspm. om`, and with the comma ft.dk sets
 * before a question word (`Spm. om, hvilke …`, `Spm. om, hvorvidt …`).
 */
const SUMMARY_START = /^(?:MFU\s+spm\.|Samrådsspm\.|Spm\.),?\s+om,?\s/u

/** A summary's opening in words only ft.dk writes: a member outside the committee's question, a samråd question. */
const OWN_WORDS = /^(?:MFU\s+spm\.|Samrådsspm\.)/u

/**
 * The longest summary ft.dk writes, with room: one paragraph, however a rendition wraps it — one that quotes the passage
 * the question asks about runs to some 850 characters (`Spm. om ministeren er enig i Banedanmarks kommentarer …, som
 * lyder: ”…”, til transport-, bygnings- og boligministeren`).
 */
const SUMMARY_CHARS = 1200

/** At most this many words name the minister (`ministeren for fødevarer, landbrug og fiskeri`). */
const MINISTER_WORDS = 8

/**
 * The minister `text` ends naming after `, <word> ` (`, fra justitsministeren`, `, til ministeren for sundhed og
 * forebyggelse`): ft.dk's title names who answered, its summary who was asked — lower-case words, one of them a
 * minister's. Undefined where the text ends otherwise (`…, til september 2023`).
 */
export function ministerNamedAtEnd(text: string, word: 'fra' | 'til'): string | undefined {
  const at = text.lastIndexOf(`, ${word} `)
  if (at === -1) return undefined
  const named = text.slice(at + word.length + 3).trim()
  const words = named.split(' ')
  return words.length <= MINISTER_WORDS &&
    words.some((each) => each.includes('minister')) &&
    words.every((each) => each === each.toLowerCase())
    ? named
    : undefined
}

export interface PageSummary {
  /** The summary's lines. */
  lines: Line[]
  /** The minister asked, as ft.dk names them (two where the question is put to two); undefined where not named. */
  recipient: string | undefined
  /** ft.dk calls it a samråd question (`Samrådsspm.`). */
  consultation: boolean
}

/**
 * The summary, where it is all the page's text holds: one paragraph, as long as a summary runs, that opens as ft.dk's
 * summary and ends naming the minister asked. Undefined for any other document.
 */
export function findPageSummary(all: readonly Line[]): PageSummary | undefined {
  const lines = all.filter(isPageText)
  const [first] = lines
  if (!first || !SUMMARY_START.test(first.text.trim()) || lines.some((line) => line.block !== first.block)) return undefined
  const text = joinLines(lines.map((line) => line.text.trim())).replace(/\s+/gu, ' ')
  if (text.length > SUMMARY_CHARS) return undefined
  const recipient = ministerNamedAtEnd(text, 'til')
  // `MFU spm.` and `Samrådsspm.` are ft.dk's words alone: such a summary is ft.dk's though it names no minister at its
  // end (a page that kept its first words only); `Spm. om …` needs the minister, as a sentence may open so.
  if (!recipient && !OWN_WORDS.test(text)) return undefined
  return { lines, recipient, consultation: text.startsWith('Samrådsspm.') }
}

/**
 * ft.dk's summary as a paragraph of a question's case page (`Transportudvalget (TRU) Alm. del` / `Samling: 2013-14` /
 * the question / `Dato: …` / `Status: Ikke besvaret` / `Samrådsspm. om fremtidens jernbanedrift, til
 * transportministeren`): a line that opens as ft.dk's summary and, with the lines of its paragraph after it (a
 * narrow column wraps it: `…, til` / `transportministeren`), ends naming the minister asked. The caller reads it on a
 * case page only.
 */
export function summaryOnCasePage(lines: readonly Line[]): { lines: Line[]; recipient: string } | undefined {
  for (const [at, line] of lines.entries()) {
    if (line.text.length > SUMMARY_CHARS || !SUMMARY_START.test(line.text.trim())) continue
    // The summary's lines, each the source line after the one before (no blank line between), up to the first that
    // ends it naming the minister.
    const paragraph = [line]
    for (let next = lines[at + 1]; ; next = lines[at + paragraph.length]) {
      const text = joinLines(paragraph.map((each) => each.text.trim())).replace(/\s+/gu, ' ')
      if (text.length > SUMMARY_CHARS) break
      const recipient = ministerNamedAtEnd(text, 'til')
      if (recipient) return { lines: paragraph, recipient }
      const last = paragraph.at(-1) as Line
      if (!next || next.block !== line.block || next.line !== last.line + 1) break
      paragraph.push(next)
    }
  }
  return undefined
}
