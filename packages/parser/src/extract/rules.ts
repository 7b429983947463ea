/**
 * The rules that find a record's values, and how sure each is: one row per rule, its confidence and why.
 * A rule's id is what a record's provenance shows (`rule`), unless the row names another (`shows`): a few rules
 * keep the name they have always been published under, shared with a rule of another confidence.
 *
 * Adding a way to find a value means a row here and a candidate proposer in `fields/`.
 */

export interface Rule {
  /** How sure a value found by this rule is, from 0 (nothing found) to 1 (the archive says so). */
  confidence: number
  /** Why it is that sure (one line). */
  why: string
  /** The rule name a record's provenance shows, where it is not the id. */
  shows?: string
}

export const RULES = {
  // What the caller gave and what the pipeline itself decides.
  input: { confidence: 1, why: 'The caller named the source; nothing is read.' },
  extraction: { confidence: 1, why: "The warnings are the extractor's own findings." },
  'from-warnings': { confidence: 1, why: 'Quality follows from the warnings by a fixed list of review codes.' },
  absent: { confidence: 0, why: 'No rule found a value.' },

  // ft.dk's own marks on the document: the archive's record of the case.
  stamp: { confidence: 1, why: "ft.dk's stamp, page footer or address names committee, session and case as the archive files them." },
  'source-path': { confidence: 0.9, why: "A mirror of ft.dk keeps the archive's address as folders; a file can be moved or misnamed." },

  // The letter's own sentences.
  preamble: { confidence: 0.95, why: 'The opening sentence states committee, date, kind and number in set phrases.' },
  'preamble-kind-unsaid': {
    confidence: 0.9,
    shows: 'preamble',
    why: "The opening sentence names the question's number but not its case: an alm. del question, as such letters most often answer (75 of 83 training records), not always (a bill's question whose letter never names the bill).",
  },
  'preamble-recipient': {
    confidence: 0.85,
    shows: 'preamble',
    why: 'The minister asked ("til …ministeren") is read by a looser pattern than the case.',
  },
  'stated-date': {
    confidence: 0.9,
    why: 'A § 20 answer sheet dates the question on a line of its own under its number ("Stillet den 14. januar 2010").',
  },
  'preamble-year-session': {
    confidence: 0.7,
    shows: 'preamble',
    why: "The preamble dates the question without a year and the letter has no full date; the year is the session's.",
  },
  'preamble-year-finance-bill': {
    confidence: 0.5,
    shows: 'preamble',
    why: 'The preamble dates the question without a year, and no date or stamp gives one; the year is that of the finance bill the text names (`FFL26`: August–December 2025).',
  },
  'running-title': {
    confidence: 0.8,
    why: 'ft.dk\'s running line titles the question "…, til <minister>"; a letter filed again under a later case carries that case\'s line.',
  },
  'preamble-year-inferred': {
    confidence: 0.8,
    shows: 'preamble',
    why: "The preamble dates the question without a year; the year is the latest that puts it before the letter's date.",
  },
  'question-occasion': {
    confidence: 0.75,
    why: 'A question put at a meeting is reported with its day ("Ved samrådet den 30. maj 2023 spurgte et medlem …"): the day it was asked.',
  },
  'preamble-date': {
    confidence: 0.75,
    shows: 'preamble',
    why: "The first date in the preamble, where no set phrase placed one: most often, not always, the question's.",
  },
  'question-heading': { confidence: 0.9, why: 'A "Spørgsmål nr. 128:" heading gives the number and opens the question.' },
  'question-list': {
    confidence: 0.9,
    why: 'The opening names the questions answered in a list ("spørgsmål nr. 12 og 13", "samrådsspørgsmål A-C"); each gets a record.',
  },
  'question-list-date': {
    confidence: 0.85,
    why: 'A cover sending answers to several lists of questions dates each list ("svar på spørgsmål 3 af 28. november 2005, svar på spørgsmål 5 af 30. november 2005"): each question its list\'s date.',
  },
  'section20-title': {
    confidence: 0.9,
    why: 'The Folketing\'s § 20 question letter titles itself "§ 20-spørgsmål til skriftlig besvarelse": a § 20 question.',
  },
  'lettered-number': {
    confidence: 0.8,
    why: 'The question is numbered with letters ("spørgsmål nr. AA, AB …", "Spørgsmål A"), as only samråd questions are, and nothing names its case: a samråd question.',
  },
  'bill-in-question': {
    confidence: 0.5,
    why: 'Nothing names the case, and the question speaks of "lovforslaget" / "lovforslagets bemærkninger" (the bill before the committee): a bill\'s question.',
  },
  'quoted-paragraph': { confidence: 0.7, why: 'A quoted paragraph after the preamble is the question when no heading marks it.' },
  'announced-paragraph': {
    confidence: 0.7,
    why: 'The paragraph that asks right after a preamble announcing the question ("… følgende spørgsmål:"), or the quote after the colon in its own paragraph, is the question when no heading marks it.',
  },
  'before-answer-label': {
    confidence: 0.6,
    why: 'With no heading and no quote, the lines that ask between the preamble and the answer\'s label ("Svar") are the question.',
  },
  'spoken-question': {
    confidence: 0.7,
    why: 'On question time\'s page of an urgent question ("Spm nr. US 60"), the member\'s words under their name, up to the line naming the minister who speaks, are the question.',
  },
  'speech-form': {
    confidence: 0.6,
    why: 'A speech paper\'s form whose occasion ("Arrangement:") names the samråd question it answers states that question under "Tekst:", up to the form\'s next label.',
  },
  'question-page': { confidence: 0.5, why: 'On ft.dk\'s question page the question is the text between the address and "Dato:".' },
  'asked-by': { confidence: 0.9, why: '"efter ønske fra …" names the askers in a set phrase.' },
  'answer-section': { confidence: 0.85, why: 'The answer runs from its heading (or the preamble) to the closing; its edges are inferred.' },
  closing: { confidence: 0.9, why: 'The name, and a title, follow "Med venlig hilsen".' },
  'document-type': { confidence: 0.9, why: 'A set phrase (a request for an answer, "TALE", "Svar:") tells the kind of document.' },
  'page-summary': {
    confidence: 0.7,
    why: 'ft.dk\'s summary of a question ("Spm. om …, til <minister>", "Samrådsspm. om …") is all the page holds: the minister asked, and a samråd question by its word.',
  },
  'question-page-title': {
    confidence: 0.7,
    why: "Nothing but ft.dk's title of a question's page (and its summary of the question): the question's page, with no answer on it.",
  },
  'filed-as-answer': {
    confidence: 0.7,
    why: 'No letter of its own (a table, a note): ft.dk files it as the answer to the question its heading names.',
  },
  'document-type-unknown': {
    confidence: 0.3,
    shows: 'absent',
    why: 'No phrase told the kind of document; "unknown" is a guess.',
  },

  // The letterhead and the addressee block.
  letterhead: { confidence: 0.95, why: 'A labelled letterhead line (J.nr., the ministry) says what it is.' },
  'letterhead-ambiguous': {
    confidence: 0.7,
    shows: 'letterhead',
    why: 'The letterhead holds several different case numbers; the first is taken.',
  },
  'letter-date': { confidence: 0.9, shows: 'letterhead', why: "A date alone in the letterhead is the letter's date, seldom another." },
  'tidende-answer': {
    confidence: 0.9,
    why: "Folketingstidende dates each answer in its heading ('Svar (3/3 04)'); of a holding and a supplementary answer, the last is taken.",
  },
  'speech-occasion': {
    confidence: 0.8,
    why: 'A speech paper with no letterhead date is dated by the samråd it was written for: the date its head gives the meeting.',
  },
  'date-before-opening': {
    confidence: 0.8,
    why: "A date alone on the line before the letter's opening sentence, with no letterhead date: the letterhead's date column set there.",
  },
  'head-date': {
    confidence: 0.6,
    why: 'A document of no kind recognised (a note, a report) dated by a date alone in its head, before its running text: most likely its own date.',
  },
  'letterhead-title': {
    confidence: 0.9,
    shows: 'letterhead',
    why: 'A minister\'s title alone in the letterhead ("Finansministeren") names the ministry that writes.',
  },
  'letterhead-reference': {
    confidence: 0.9,
    shows: 'letterhead',
    why: 'The letterhead\'s "bedes oplyst ved henvendelse til …" names the ministry the number is to be quoted to.',
  },
  'letterhead-web': {
    confidence: 0.85,
    shows: 'letterhead',
    why: "The letterhead's web address names the ministry, where the registry knows it as one ministry's.",
  },
  address: { confidence: 0.8, why: 'A committee named alone on a line of the letter is its addressee or sender.' },
  'head-recipient': {
    confidence: 0.8,
    why: 'A sentence of the letter\'s head other than the preamble ("Spørgsmål nr. 3 … stillet … til Ministeren for …") names the minister asked.',
  },
  'minister-addressed': {
    confidence: 0.85,
    shows: 'address',
    why: 'A minister named alone on a line of a question letter is the one asked.',
  },
  'case-code': {
    confidence: 0.85,
    why: 'A committee code with its case in the first lines ("BEU alm. del", "TRU spm. 325", "FOU Samråd A") names the case.',
  },
  'case-line': { confidence: 0.85, why: 'A bill alone on a line in the first lines names the case.' },
  'opening-line': {
    confidence: 0.8,
    why: "A line of the opening that starts with the question's number, or names the question (and bill) answered; no preamble was read.",
  },
  'consultation-speech': {
    confidence: 0.9,
    why: 'A speech paper that names a "samrådsspørgsmål" answers a consultation question.',
  },
  'samraad-title': {
    confidence: 0.8,
    why: 'The title at the top names a samråd as the occasion ("Åbent samråd i …udvalget", "Ministerens tale ved åbent samråd"): a consultation.',
  },
  'named-in-text': { confidence: 0.5, why: 'The first committee the text names; it may be another committee.' },
  'cited-in-question': {
    confidence: 0.4,
    why: "A committee whose case or name the question's text cites; askers most often cite their own committee's cases.",
  },
  'signature-title': { confidence: 0.8, why: "The minister's title under the signature names the ministry." },
  'signer-ministry': {
    confidence: 0.75,
    why: "A ministry's name alone on its line under the signer's name, the greeting over it, is the ministry an official signs for.",
  },
  'answering-minister': {
    confidence: 0.8,
    why: 'The opening sentence names the minister who answers ("velfærdsministerens endelige svar"); that ministry writes.',
  },
  'annex-head': {
    confidence: 0.8,
    why: 'An annex\'s head names the minister whose letter it is sent with ("Bilag til forsvarsministerens skrivelse af …"); that ministry writes.',
  },
  'speech-title': {
    confidence: 0.8,
    why: 'A speech paper\'s title names whose speech it is ("Velfærdsministeriets tale ved afholdelse af samråd …"); that ministry speaks.',
  },
  'question-recipient': { confidence: 0.7, why: 'The minister the question was put to usually, not always, answers it.' },
  'answer-text': {
    confidence: 0.5,
    why: 'The one ministry the answer names as acting ("Skatteministeriet beklager …"); it may be another that contributed.',
  },

  // Tables, by the reader that read their cells (`answer.tables.N`). A reader that found the cells where the source
  // set them is as sure as the answer section; one that inferred rows and columns from the order of the cells, or
  // read none, stands at the low-confidence line — its table carries a warning of its own that says what is unsure.
  'table:separated': { confidence: 0.85, why: 'Cells set apart by tabs or runs of spaces, one row per line.' },
  'table:period-blocks': {
    confidence: 0.85,
    why: 'A wide table set in blocks under lines of years or period codes, the row labels repeated in every block.',
  },
  'table:row-wise': { confidence: 0.85, why: 'Rows led by a label or a year, their values after them.' },
  'table:label-value': { confidence: 0.85, why: 'Two columns: a label and its value on a line.' },
  'table:cell-per-line': { confidence: 0.85, why: 'One cell per line, a row per group of lines as wide as the header.' },
  'table:heading-apart': {
    confidence: 0.6,
    why: "A series' first heading before the row labels, the others after them: the values' order inferred from what decides it.",
  },
  'table:column-major': { confidence: 0.6, why: 'Cells listed column by column: rows and columns inferred from their order.' },
  'table:column-major-years': { confidence: 0.6, why: 'A column of years listed before its values: rows inferred from the order.' },
  'table:years-labels-values': {
    confidence: 0.6,
    why: 'A header of years, all the row labels, then all the values: which value is whose inferred from the order.',
  },
  'table:typed-grid': {
    confidence: 0.6,
    why: 'One cell a line, row by row, counted out by the kinds of its columns: rows and columns inferred from the count.',
  },
  'table:word-cells': {
    confidence: 0.8,
    why: "Word's HTML export, a cell per line: row width inferred from where labels and values stand.",
  },
  'table:split-column': {
    confidence: 0.6,
    why: 'A column of labels, then the text beside the table, then a column of as many values: matched by count.',
  },
  'table:cell-groups': { confidence: 0.85, why: 'One cell per paragraph, rows led by a year or a label.' },
  'table:layout-columns': { confidence: 0.85, why: 'Layout-kept text: cells by the columns they stand in.' },
  'table:layout-lost': { confidence: 0.6, why: 'Cells one per line in an order that gives no layout away: no cells read.' },
  'table:pdf-lattice': { confidence: 0.85, why: 'A PDF table with drawn rules: cells from the grid.' },
  'table:pdf-stream': { confidence: 0.85, why: 'A PDF table without rules: cells from the positions of the text.' },
  'table:markup': { confidence: 0.85, why: 'An HTML or Markdown table: cells as marked up.' },

  // Values derived from other fields.
  'from-question.askedOn': { confidence: 0.8, why: 'The session follows from the date the question was asked.' },
  'from-opening-date': {
    confidence: 0.7,
    why: "The session follows from the first dated line of the letter's opening; it may be another event's date.",
  },
  'from-cited-date': {
    confidence: 0.5,
    why: 'The session of the latest date the text cites; the question came after it, most often but not always in the same session.',
  },
  'from-letter-month': {
    confidence: 0.7,
    why: 'The session follows from a letter dated by month alone ("Maj 2005"), when the whole month lies in one session.',
  },
  'from-answer.answeredOn': { confidence: 0.8, why: 'The session follows from the answer date; an answer may come in the next session.' },
  'from-question.text-and-answer.text': { confidence: 0.8, why: 'References are read from the text by patterns.' },
  'derived-key': { confidence: 1, why: "Key and ft.dk address follow from session, committee, kind, number and bill by ft.dk's scheme." },
} as const satisfies Record<string, Rule>

export type RuleId = keyof typeof RULES

/** Below this confidence a found value gets a `low-confidence` warning. */
export const LOW_CONFIDENCE = 0.6

/**
 * The rows by id, as a map: a look-up by a varying key in an object of ~75 properties is a megamorphic property load,
 * about twice as slow as the map's (Node 20), and every candidate of every field asks.
 */
const ROWS: ReadonlyMap<string, Rule> = new Map(Object.entries(RULES))

/** How sure a value found by `rule` is. */
export function confidenceOf(rule: RuleId): number {
  return (ROWS.get(rule) as Rule).confidence
}

/** The rule name a record's provenance shows for `rule`. */
export function shownName(rule: RuleId): string {
  const row = ROWS.get(rule) as Rule
  return row.shows ?? rule
}
