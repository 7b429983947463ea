/**
 * UTF-8 text that was read as Windows-1252 and written out again ("double-decoded"), as in some older ft.dk
 * renditions, often only in patches: `pÃ¥` for `på`, `Ã¸` for `ø`, `Ã¦` for `æ`, `â€œ` for `“`, `Â§` for `§`.
 *
 * A run of characters is repaired only where the repair is certain: the Windows-1252 bytes the characters stand for
 * are one valid UTF-8 sequence, and it decodes to a letter of the Latin alphabets or a typographic mark (quotes,
 * dashes, `§`, `°`, a no-break space …) — a sequence no Danish text writes on purpose. Two leftovers of the double
 * decoding, where Windows-1252 had no character for a byte and it was lost, are repaired too: `â€` alone (the
 * closing quote `”`, U+201D, whose last byte 0x9D Windows-1252 lacks) and `Â` alone before a space, a line end or a
 * tag (a no-break space, whose 0xA0 was taken for a space and trimmed); and, in a text with such sequences, `Â` inside
 * a word (a soft hyphen, whose 0xAD was dropped).
 */

import type { Messages } from '../messages.js'

/** Windows-1252's characters for bytes 0x80–0x9F (U+0081, U+008D, U+008F, U+0090, U+009D where it has none). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** The byte a character stands for in Windows-1252, for bytes 0x80–0xFF; undefined for any other character. */
function cp1252Byte(char: string): number | undefined {
  const high = CP1252_HIGH.indexOf(char)
  if (high !== -1) return 0x80 + high
  const code = char.codePointAt(0) ?? 0
  // 0x80–0x9F as C1 controls: the same text read as ISO-8859-1 rather than Windows-1252.
  return code >= 0x80 && code <= 0xff ? code : undefined
}

/** A continuation byte's character (0x80–0xBF) as Windows-1252 (or ISO-8859-1) shows it. */
const CONTINUATION = `[${CP1252_HIGH}\\u0080-\\u00BF]`

/**
 * A lead byte's character and its continuations: `Ã¥` (C3 A5), `â€œ` (E2 80 9C), `Â§` (C2 A7). Bounded: at most
 * three continuations.
 */
const SEQUENCE = new RegExp(
  `[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`,
  'gu',
)

/** `â€` whose third byte was lost: the closing quote ” (E2 80 9D; 0x9D has no Windows-1252 character). */
const LOST_QUOTE = new RegExp(`â€(?!${CONTINUATION})`, 'gu')

/**
 * `Â` before a space, the line end or, in HTML, a tag or a no-break space's entity (`<p>Â</p>`, `Â&#160;`): a no-break
 * space (C2 A0) whose A0 became a space or was trimmed.
 */
const LOST_NBSP = /Â(?=[ \u00A0<]|&(?:nbsp|#160|#[xX][aA]0);|$)/gmu

/**
 * `Â` inside a word (`katastrofesituÂationer`, `enÂheder`): a soft hyphen (C2 AD) whose AD, an invisible character, was
 * dropped. Repaired only in a text with other double-decoded sequences, where `Â` cannot be a letter of its own.
 */
const LOST_SOFT_HYPHEN = /(?<=\p{Ll})Â(?=\p{Ll})/gu

/**
 * `†` (U+2020, E2 80 A0) where a quote mark stood: the closing quote and the no-break space after it (E2 80 9D C2 A0),
 * their 9D and C2 lost (`… kaldet ”gal†medicin, …`, `artikel ”…” i Politiken` as `…ven†i Politiken`). Between two letters
 * it is the mark and the space; elsewhere the mark alone (`†Ministeren bedes …`, an opening quote). Repaired only in a
 * text with other double-decoded sequences, where no dagger is meant.
 */
const LOST_QUOTE_AND_SPACE = /(?<=\p{L})†(?=\p{L})/gu
const DAGGER_QUOTE = /†/gu

/** What a repaired character may be: Latin letters, the Latin-1 signs, general punctuation, € and ™. */
const PLAUSIBLE = /^[\u00A0-\u024F\u2010-\u2027\u2030-\u203A\u20AC\u2122]$/u

const decoder = new TextDecoder('utf-8', { fatal: true })

/** The text a double-decoded sequence stood for, or undefined where it is not one for certain. */
function repairSequence(sequence: string): string | undefined {
  const bytes = [...sequence].map(cp1252Byte)
  if (bytes.some((byte) => byte === undefined)) return undefined
  try {
    const decoded = decoder.decode(new Uint8Array(bytes as number[]))
    return PLAUSIBLE.test(decoded) ? decoded : undefined
  } catch {
    return undefined
  }
}

export interface MojibakeRepair {
  text: string
  /** How many sequences were repaired. */
  repaired: number
  /** The 1-based line of the first repair. */
  firstLine?: number
}

/**
 * How many times a text is repaired over: a rendition decoded twice as a whole that already held a cell decoded twice
 * (`Ã…r` for `År`) holds it decoded three times (`Ãƒâ€¦r`), which a second pass repairs.
 */
const REPAIR_PASSES = 3

/** Repair double-decoded UTF-8 in `text` where the repair is certain (see the module comment). */
export function repairMojibake(text: string): MojibakeRepair {
  const result: MojibakeRepair = { text, repaired: 0 }
  for (let pass = 0; pass < REPAIR_PASSES; pass++) {
    const before = result.repaired
    repairOnce(result)
    if (result.repaired === before) break
  }
  if (result.repaired > 0 && result.text.includes('Â')) replaceCounted(result, LOST_SOFT_HYPHEN, () => '')
  if (result.repaired > 0 && result.text.includes('†')) replaceCounted(result, LOST_QUOTE_AND_SPACE, (mark) => mark.replace('†', '” '))
  if (result.repaired > 0 && result.text.includes('†')) replaceCounted(result, DAGGER_QUOTE, () => '”')
  return result
}

/** `result.text` with each match of `pattern` replaced where `repair` gives a replacement, counted in `result`. */
function replaceCounted(result: MojibakeRepair, pattern: RegExp, repair: (match: string) => string | undefined): void {
  const before = result.text
  result.text = before.replace(pattern, (match: string, offset: number) => {
    const replacement = repair(match)
    if (replacement === undefined) return match
    result.repaired++
    // Repairs never add or remove a line break, so a line counted in any pass's text is the source line.
    const line = before.slice(0, offset).split('\n').length
    result.firstLine = Math.min(result.firstLine ?? line, line)
    return replacement
  })
}

/** One pass of the repairs over `result.text`, counting them in `result`. */
function repairOnce(result: MojibakeRepair): void {
  // Quick exit: every pattern starts with one of these characters.
  if (!/[\u00C2-\u00F4]/u.test(result.text)) return
  // Each pass with what every match of its pattern holds ('' for none): a text without it is not scanned by the
  // pattern (a search is several times cheaper than a replacement that finds nothing, Node 20). Danish text holds
  // `æ` and `å`, which pass the quick exit above.
  const passes: ReadonlyArray<readonly [RegExp, (match: string) => string | undefined, string]> = [
    [SEQUENCE, repairSequence, ''],
    [LOST_QUOTE, () => '”', 'â€'],
    [LOST_NBSP, () => '\u00A0', 'Â'],
  ]
  for (const [pattern, repair, holds] of passes) {
    if (result.text.includes(holds)) replaceCounted(result, pattern, repair)
  }
}

/** `text` repaired, with a `text-mojibake-repaired` warning at the first repair where anything was repaired. */
export function repairedText(text: string, messages: Messages): string {
  const { text: fixed, repaired, firstLine } = repairMojibake(text)
  if (repaired > 0) {
    messages.warn(
      'text-mojibake-repaired',
      `${repaired} character sequence(s) of UTF-8 read as Windows-1252 ("Ã¥" for "å", "â€" for "”") were repaired`,
      firstLine === undefined ? undefined : { text: '', line: firstLine },
    )
  }
  return fixed
}
