/**
 * The warning codes a record may carry: one list, each code with whether it sends the record to review and a
 * one-line description. The parser's `warn()` takes only these codes; docs/warnings.md is checked against this
 * list by a test; the record's JSON Schema lists each code with its description.
 */
import { z } from 'zod'

/** What a warning code means. */
export interface WarningCodeInfo {
  /** The warning says a value may be wrong: the record becomes `needs-review` and the code is a quality reason. */
  readonly review: boolean
  /** When the warning is given (one line; the same text as in docs/warnings.md). */
  readonly description: string
}

/** Every warning code, in the order docs/warnings.md lists them. */
export const warningCodes = {
  'session-inferred': {
    review: false,
    description:
      "no ft.dk stamp or address gives the session; it was derived from the question's date, else from the answer's (letter's) date when that lies 90 days or more after its session began",
  },
  'session-near-start': {
    review: true,
    description:
      "no stamp, address or question date: the session is the one the answer's (letter's) date falls in, which lies 21–89 days after that session's opening or election — the question may be of the session before",
  },
  'session-ambiguous': {
    review: true,
    description:
      "no stamp, address or question date, and the answer's (letter's) date lies within 21 days after a session's opening or election: the question may be of either session, so `session` is empty",
  },
  'session-from-cited-date': {
    review: true,
    description:
      'no stamp and no date of the letter\'s own: the session is that of the latest date the text cites ("artiklen den 15. december 2009"), which the question came after',
  },
  'session-filed-later': {
    review: true,
    description:
      "ft.dk's stamp or address files the letter under another question of a later session than the one the letter's own question was asked in; the session is the question's",
  },
  'answer-annex-only': {
    review: false,
    description:
      'no letter, question or answer heading (a table, a note, a publication): ft.dk files the document as the answer to the question its heading names, so `documentType` is `answer`',
  },
  'question-page-only': {
    review: false,
    description:
      "nothing but ft.dk's title of a question's page (`REU alm. del - svar på spm. 391, fra justitsministeren`, perhaps with its summary `Spm. om …, til …`), or its summary alone (`Samrådsspm. om …, til …`): `documentType` is `question`; the question's words and its answer are documents of their own",
  },
  'committee-inferred': {
    review: false,
    description: 'no stamp, preamble or address block names the committee; the first committee named in the text was taken',
  },
  'committee-cited': {
    review: true,
    description:
      "nothing names the committee but the question's text, which cites a case or a committee (`jf. FLF alm. del – bilag 69`); the committee cited was taken, which may be another than the one that asked",
  },
  'committee-unknown': { review: true, description: 'a committee name that is not in the registry' },
  'committee-missing': {
    review: true,
    description:
      "a committee's question (alm. del, samråd, a bill's), or a cover letter, whose committee no stamp, address or sentence names: `committee` is empty and no key is built",
  },
  'question-kind-finance-act': {
    review: false,
    description:
      'a question of a finance-act paragraph\'s series ("spørgsmål nr. 14 (§ 12 - bilag 34)", the Finance Committee before 2007), which no question kind names: `question.kind` is empty, no key is built',
  },
  'question-unnumbered': {
    review: false,
    description:
      'no place numbers the question and ft.dk filed it as an alm. del annex (a question put at a briefing or meeting): `question.kind` is `general` from where it was filed, no key',
  },
  'question-kind-assumed': {
    review: true,
    description:
      'the letter names its question\'s number but not its case (no "(alm. del)", bill or § 20), and no stamp or case code names it: `question.kind` is `general`, as such letters most often answer, not always (a bill\'s question whose letter never names the bill)',
  },
  'question-kind-from-text': {
    review: true,
    description:
      'nothing names the question\'s case (no stamp, preamble or code); it is read as a bill\'s question because its text speaks of "lovforslaget"',
  },
  'question-kind-unknown': {
    review: true,
    description:
      'the head names an aktstykke or a Commission document (`Aktstk. 172`, `KOM (2013) 0173`), but nothing says if the question is on it: `question.kind` is null, not alm. del',
  },
  'question-case-disagrees': {
    review: true,
    description:
      'the opening calls the question an alm. del one ("(FIU alm. del)"), but a title over it with its number names its case ("Spørgsmål nr. 1 til aktstykke 79"): the case was taken',
  },
  'question-filed-elsewhere': {
    review: true,
    description:
      "ft.dk's stamp files the letter under a bill with no question number (`L 89`) or under another case's question (`S 365`, `B 150` question 6), but the letter calls its question an alm. del one (`spørgsmål nr. 22 (alm. del)`); the question is the letter's",
  },
  'question-date-before-case': {
    review: false,
    description:
      'the question is dated in a year before the Commission document it is on ("i brev af 4. marts 2010" on KOM (2011) 0011): a slip; `question.askedOn` is empty',
  },
  'committee-filed-elsewhere': {
    review: true,
    description:
      "ft.dk's stamp files the letter with one committee, but the letter's own statement of its question names another's case (`spørgsmål nr. 356 (FLF alm. del)`), or a paper the stamp files as an annex names its own samråd's committee in its head (`Samrådsspørgsmål (EUU) A`), or a second ft.dk stamp of the same session names the question answered (`Finansudvalget 2023-24` / `L 191 - endeligt svar på spørgsmål 11`) under an outer one of another committee that names none; the committee is the letter's",
  },
  'committee-of-annex': {
    review: true,
    description:
      "ft.dk's stamp files the letter as an annex of a committee's case (`FOU Alm.del Bilag 33`), and the letter answers a numbered question but names no committee the registry knows (`Besvarelse af miljøudvalgsspørgsmål nr. 199`); the committee is the stamp's, where the letter was filed, which may not be the one that asked",
  },
  'committee-name-differs': {
    review: true,
    description:
      "the stamp and the letter name one committee by two names (renamed within the session); the record takes the stamp's name, ft.dk's when it filed the letter",
  },
  'party-unknown': { review: true, description: "an asker's party abbreviation that is not in the registry" },
  'party-not-active': {
    review: true,
    description: "an asker's party that the registry says was not in the Folketing in the year the question was asked (else answered)",
  },
  'asker-unclear': {
    review: true,
    description: 'the text after "efter ønske fra" does not read as a person\'s name, or no asker at all was read after it',
  },
  'asker-non-member-shared': {
    review: true,
    description:
      'one mark "ikkemedlem af udvalget (MFU)" stands before several askers (`… (MFU) A (V) og B (DF)`); committees write it so both for all of them and for the first alone: each is read as a non-member',
  },
  'asker-name-glued': {
    review: true,
    description:
      'an asker\'s name has words run together ("MartinHenriksen") and the document does not write it apart anywhere; each word glued once at one capital is parted there; any other is kept as it is',
  },
  'asker-name-rejoined': {
    review: false,
    description:
      'an asker\'s name ends in a word in lower case after a capitalised one ("Kristian Pihl Lorent" / "zen (V)"): the surname broken at a line end whose hyphen was lost, read whole ("Lorentzen"); or keeps a line end\'s hyphen between lower-case letters, as an old glued rendition does ("Jesper Pe-tersen"), read whole ("Petersen")',
  },
  'asker-from-address': {
    review: false,
    description:
      'no sentence names the asker; the member named under the committee in the address block ("Folketingets Beskæftigelsesudvalg" / "Mikkel Bjørn (DF)") was taken',
  },
  'signature-unclear': {
    review: true,
    description: 'the line after "Venlig hilsen" does not read as a name, or the title under the name breaks off',
  },
  'title-unknown': {
    review: false,
    description: "the signature's title is not a minister's title in the registry, so it does not give the ministry",
  },
  'case-number-multiple': { review: false, description: 'the letterhead has more than one J.nr.; the first was taken' },
  'date-partial': { review: false, description: 'the letter is dated with a month only ("Maj 2005"); `answeredOn` is null' },
  'case-number-glued': {
    review: false,
    description:
      'a rendition glued the letterhead\'s values into one string ("23. juni 2009857639004-1109") with two numbers after the date; `caseNumber` is null',
  },
  'case-number-split': {
    review: true,
    description:
      'glued letterhead values run a document number of digits on after the case number ("2013-0035-0175785055"), or a document number of initials and digits into it ("MKO416722010-792-1192"): the case number was parted by its shape (after its last group of four digits; a year and two groups ending the values)',
  },
  'letter-date-in-text': {
    review: false,
    description:
      'no letterhead line dates the letter: the date is a "Dato:" line or a date alone by the greeting, by a side column set in the text or after the signature',
  },
  'case-number-unlabelled': {
    review: true,
    description:
      'the letterhead has no case-number label (its labels were lost): its one value shaped as a year-first case number ("2006/4000-78") was taken',
  },
  'case-number-by-form': {
    review: true,
    description:
      'labels in a column or row whose values do not pair with them by place (a value left empty or of several words shifts them): the one value shaped as a case number ("2015-0035-0271") was taken',
  },
  'case-number-unpaired': {
    review: false,
    description:
      'the case-number label stands in a column of labels whose values do not pair with them by place, and no value reads as its case number for sure; `caseNumber` is null',
  },
  'ministry-from-text': {
    review: true,
    description:
      'no letterhead, title or recipient names the ministry: it is the one ministry the answer names as acting ("Skatteministeriet beklager denne fejl")',
  },
  'letter-date-glued': {
    review: true,
    description:
      'no letterhead line dates the letter: the date was read where an old rendition glued it into the opening ("FORSVARSMINISTEREN2. juli 2013Folketingets …", "… den 6. oktober 2010.3. november 2010")',
  },
  'letter-date-covering': {
    review: false,
    description:
      'the answer is an annex to a covering letter ("Bilag til udenrigsministerens skrivelse af 23. januar 2006") and has no date of its own: `answer.answeredOn` is the covering letter\'s date',
  },
  'answer-date-later': {
    review: false,
    description:
      'a Folketingstidende § 20 page prints a holding answer and a later one ("Svar (3/3 04)" … "Supplerende svar (2/4 04)"); the record holds both, and `answer.answeredOn` is the last one\'s date',
  },
  'signature-unconfirmed': {
    review: true,
    description: "the letter ends with a person's name alone (no greeting, title or official); it was read as the signature",
  },
  'signature-without-greeting': {
    review: false,
    description:
      "no greeting before the signature: the name was read from its place at the letter's end, with the official who signs, a title or the ministry's footer after it",
  },
  'date-order': { review: true, description: 'the answer is dated before the question' },
  'recipient-multiple': {
    review: false,
    description:
      'the question is put to two ministers ("BeskæftigelsesministerenErhvervs- og vækstministeren", glued in an old rendition); the record holds one, so `question.recipient` is null',
  },
  'question-date-missing': { review: false, description: 'an answer that does not say when the question was asked' },
  'question-date-year-from-finance-bill': {
    review: true,
    description:
      'the letter dates the question without a year and has no date or stamp; the year is inferred from the finance bill its text names (`FFL26`: asked August–December 2025)',
  },
  'question-date-conflict': {
    review: true,
    description:
      'the opening dates the question twice and the dates disagree ("har stillet … den 5. november 2024", "Spørgsmålet er stillet den 13. februar 2025"): `question.askedOn` is the asker\'s sentence\'s',
  },
  'question-date-respaced': {
    review: false,
    description: 'stray spaces broke the question\'s date ("1 4.dece  mber 2004", a justified PDF\'s text): read with them taken out',
  },
  'question-date-year-inferred': {
    review: false,
    description:
      'the letter dates the question without a year ("den 5. november"); the year is the latest that puts it on or before the letter\'s date',
  },
  'question-multiple': {
    review: false,
    description:
      'the document answers several questions (samråd E and F), each a record of its own: `parse` returned the first, `parseAll` returns them all',
  },
  'answers-multiple': {
    review: true,
    description:
      'several questions each with its own "Svar:", but the answers could not be told apart: each record holds every answer as they stand',
  },
  'answer-joint': {
    review: false,
    description:
      'one answer to several questions ("Spørgsmålene besvares samlet", a samråd speech): each question\'s record holds the whole answer',
  },
  'answer-heading-missing': {
    review: true,
    description:
      'an answer with its question under a heading but no "Svar:" heading: the question was ended at its question mark (a guess)',
  },
  'questions-listed-not-quoted': {
    review: true,
    description:
      'the opening names more questions than the letter quotes ("spørgsmål 2-6" over one "Spørgsmål 5:"): the record is the quoted question\'s; the others were taken as answered elsewhere',
  },
  'question-number-by-order': {
    review: true,
    description:
      'the letter quotes the questions its opening lists one after the other, each followed by its answer, with no number over any: each quoted question was given the number listed in its place',
  },
  'question-number-mismatch': { review: true, description: 'the preamble and the question heading give different numbers' },
  'table-layout-lost': {
    review: true,
    description: 'a table in a text rendition whose columns cannot be recovered (cells one per line)',
  },
  'table-not-found': {
    review: true,
    description:
      'a "Tabel N" label with no table after it that could be read (cells of running text in text input, a table set as an image); what follows is kept as text',
  },
  'table-header-inferred': {
    review: true,
    description:
      'a table whose headings were put over its columns by a guess (in layout-kept text: group headings shared out evenly, a year under the headings read as theirs), or that has a value column without a heading beside headed ones (its cells may be shifted), or no heading over any of two value columns or more (its header read as the caption or as text)',
  },
  'table-layout-inferred': {
    review: true,
    description:
      'a table whose text rendition lost its layout (cells one per line, column by column or in an order that fits more than one reading; the words of several cells run together on a line; columns of text side by side) was read in one of the orders the text allows: its rows, columns and label joins were inferred, and the message says from what; or a table read from the positions of the text in a PDF whose cells show the marks of a misreading (a heading of two years, the same heading over two neighbouring columns, a heading joining the lines of several, a number and words in one value cell, a column with no cells, no heading over several value columns, header lines read as a first row), the message says which; or, on any input, a table with a cell that holds several values run together (`11,0 30,0 37,5`: the columns of a row read as one cell)',
  },
  'text-damaged': { review: true, description: 'the text layer lost glyphs ("rejst hje , jf. Ritzau telegra")' },
  'text-mojibake-repaired': {
    review: false,
    description:
      'UTF-8 read as Windows-1252 ("pÃ¥", "â€œ", a lone "â€" for ”, "Â" for a no-break space, or inside a word for a lost soft hyphen) was repaired where the bytes decode to a letter or mark',
  },
  'text-lines-unglued': {
    review: false,
    description:
      'a line holding a whole letter (letterhead, headings, answer and closing glued, gaps for line ends) was cut into lines at its gaps and headings',
  },
  'text-letter-spacing-collapsed': {
    review: false,
    description:
      'a line set with a space between its characters (a spaced-out letterhead or heading: "K U L T U R M I N I S T E R I E T") was read with its characters joined; the word gaps it lost are guessed where letters meet digits',
  },
  'text-drop-cap-mended': {
    review: false,
    description: 'a paragraph opened with a drop cap an old rendition doubled ("BB Besvarelse esvarelse af …"): mended to the word once',
  },
  'pages-without-text': {
    review: false,
    description: 'some pages of a PDF have no text layer (scanned pages); their content is missing',
  },
  'document-type-unknown': {
    review: true,
    description: 'neither an answer, a question letter nor a speech paper was recognised',
  },
  'session-missing': {
    review: true,
    description: 'no stamp, address or date gives the session; `session` is empty',
  },
  'answer-date-missing': {
    review: true,
    description:
      'an answer or cover letter with a date line ("Dato:", a date alone on a line) from which no letter date was read; `answeredOn` is empty',
  },
  'case-number-missing': {
    review: true,
    description:
      'an answer or a speech paper whose letterhead has a case-number label ("J.nr.", "Sagsnr.", "Ref.-nr.", "Eksp.nr.") from which no case number was read; `caseNumber` is empty',
  },
  'case-number-cut': {
    review: true,
    description:
      'the case number read is followed on its line by a joiner and more of it ("004 - u18 - 000049" read as "004"): it may be cut short',
  },
  'ministry-missing': {
    review: true,
    description:
      'an answer with a line naming a ministry ("…ministeriet", "Ministeriet for …") from which no ministry was read; `ministry` is empty',
  },
  'signature-missing': {
    review: true,
    description:
      'an answer that shows a signature (a closing, a "/" before the official\'s name, a name as its last line or alone after a sentence) from which no name was read',
  },
  'question-number-missing': {
    review: true,
    description:
      "an answer whose question's text was read but whose number no stamp, address, opening or heading gave; `question.number` is empty and the record has no `questionKey` (not given where `question-unnumbered` explains it)",
  },
  'question-text-missing': {
    review: true,
    description:
      "an answer or samråd speech paper that names its question's number, or a committee's question letter, whose question text was not found; `question.text` is empty (a document answering several questions: each record under its own number); or an answer whose question's number and text were both not found",
  },
  'answer-text-missing': {
    review: true,
    description: 'an answer, cover letter or speech paper in which no text was found; `answer.text` is empty',
  },
  'text-join-unsure': {
    review: true,
    description:
      'a rendition that dropped its hyphens broke a word over a line end with nothing to mark it ("parlamen" / "tariske", "pri" / "vate"): the halves were joined by their shape or by the word list alone',
  },
  'text-edge-unsure': {
    review: true,
    description:
      "the answer opens with a question heading, or the question runs on past an answer heading or into ft.dk's page fields: an edge was misplaced",
  },
  'question-text-implausible': {
    review: true,
    description:
      'the question holds an answer\'s heading, a closing, a letterhead\'s or a question form\'s label ("Til:"), a heading in capitals run together, a word broken around a hyphen ("Fisk e- riforening"), opens or ends mid-sentence, glues a sentence to the next ("kontanthjælp?”Endeligt"), stands in the letter\'s quotation marks, or is implausibly short or long',
  },
  'answer-text-implausible': {
    review: true,
    description:
      "the answer's text opens mid-sentence or with a cover letter's subject line before the sentence that sends it, or holds a letterhead's label or a converter's line (\"PDF to HTML\"): its start or end was misplaced",
  },
  'person-implausible': {
    review: true,
    description:
      'an asker\'s or the signature\'s name is not two to five capitalised words (a phrase, a title, words glued, a title glued on: "Johansenformand"), the signature\'s title is a label ("Bilag 1"), or an answer is signed by its asker',
  },
  'date-implausible': {
    review: true,
    description:
      "a date does not fit the others: the answer the same day as the question or more than 400 days after it, the question outside the record's session, the answer before the session began",
  },
  'document-type-implausible': {
    review: true,
    description:
      'the document is read as a question letter, but a line of it is an answer\'s heading ("Svar:"): it may be an answer that quotes the question form',
  },
  'question-kind-implausible': {
    review: true,
    description:
      'the question is read as an alm. del question, but a line above it names a case it may be on: an aktstykke, a Commission document or a bill ("Aktstk. 17", "KOM (2012) 0011", "(KOU L 172)"); or as a bill\'s question, but no line above it names the bill (its text only cites it) or the letter calls it an alm. del question ("spørgsmål nr. 59 (Alm. del)"); or its kind and number do not go together (a samråd question numbered in digits, another kind lettered like a samråd question)',
  },
  'committee-disagrees': {
    review: true,
    description:
      "the committee taken is contradicted by another place that states it (the stamp against the letter's address or case code), where the stamp does not file the letter as another case's annex",
  },
  'ministry-disagrees': {
    review: true,
    description:
      "the letterhead, the signature's title or the opening names another ministry than the one taken, or a letterhead or footer line does (in use that year, or not in the registry)",
  },
  'low-confidence': {
    review: false,
    description: 'a value found only by a weak rule (confidence below 0.6) that no other warning on its field explains',
  },
} as const satisfies Record<string, WarningCodeInfo>

/** A stable, kebab-case warning code: `party-unknown`, `date-partial`, … */
export type WarningCode = keyof typeof warningCodes

/** The codes in list order. */
const codes = Object.keys(warningCodes) as [WarningCode, ...WarningCode[]]

/** The codes that make a record `needs-review`. */
export const reviewWarningCodes: ReadonlySet<WarningCode> = new Set(codes.filter((code) => warningCodes[code].review))

/** Suffix of a review code's description in the JSON Schema, as the ★ in docs/warnings.md. */
const REVIEW_NOTE = ' (sets quality to needs-review)'

/**
 * One of the listed codes. A union of literals, not an enum, so that the JSON Schema (`$defs.WarningCode`) gives
 * each code its description. Only listed codes validate: see "Compatibility" in the package README.
 */
export const warningCodeSchema = z
  .union(
    codes.map((code) => {
      const { review, description } = warningCodes[code]
      return z.literal(code).describe(review ? `${description}${REVIEW_NOTE}` : description)
    }) as [z.ZodLiteral<WarningCode>, ...z.ZodLiteral<WarningCode>[]],
  )
  .meta({ id: 'WarningCode', description: 'A warning code from the list in docs/warnings.md.' })
