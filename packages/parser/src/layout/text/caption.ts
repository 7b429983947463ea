/** Where a table's caption ends and its headings or body begin, in text. */

/**
 * A caption's last line ends a sentence or names the period: `… oprindelse.`, `2013-2024*`, `2020.`, or a period in
 * Statistikbanken's code (`2011K2-2015K3`, `2020M03`).
 */
const CAPTION_END = /(?:\.|(?:19|20)\d{2}(?:[KQHM]\d{1,2})?\*?\.?)\s*$/u

/** A line naming only the period, which still belongs to the caption: `2020.`, `2010-2020` */
const PERIOD_LINE = /^(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\*?\.?$/u

/**
 * A heading cell of abbreviations, whose period ends no sentence: `jan.`, `pct.`, `Nr.`, `kr.`, a unit of two or
 * three (`Mio. kr.`, `Mia. kr.`, `t. kr.`).
 */
const ABBREVIATION_LINE = /^(?:\p{L}{1,4}\.\s?){1,3}$/u

/**
 * A column heading naming a month or quarter of a year: `jan. 2023`, `Februar 2023`, `1. kvt. 2022`, `2. halvår
 * 2021` — a heading when another such line follows, though it ends in a year as a caption may.
 */
const PERIOD_HEADING =
  /^(?:[1-4]\.\s?(?:kvt\.?|kvartal|halvår)|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[\p{L}.]{0,8}\s(?:19|20)\d{2}\*?$/iu

/** Whether the line at `at` is one of a run of month or quarter headings (`PERIOD_HEADING`). */
function inPeriodHeadings(lines: readonly string[], at: number): boolean {
  const heading = (index: number) => PERIOD_HEADING.test(lines[index]?.trim() ?? '')
  return heading(at) && (heading(at + 1) || heading(at - 1))
}

/**
 * How many of the lines before a table body are its caption: up to the first line that ends the caption,
 * plus period lines right after it; the rest are column or row headings.
 */
export function captionEnd(lines: readonly string[]): number {
  const end = lines.findIndex((text, at) => CAPTION_END.test(text) && !ABBREVIATION_LINE.test(text.trim()) && !inPeriodHeadings(lines, at))
  if (end === -1) return lines.length
  let length = end + 1
  while (length < lines.length && PERIOD_LINE.test(lines[length] ?? '')) length++
  return length
}
