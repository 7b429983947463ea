/**
 * The rules that find a record's values, and how sure each is: one row per rule, its confidence and why.
 * A rule's id is what a record's provenance shows (`rule`), unless the row names another (`shows`): a few rules
 * keep the name they have always been published under, shared with a rule of another confidence.
 *
 * Adding a way to find a value means a row here and a candidate proposer in `fields/`.
 */
export interface Rule {
    /** How sure a value found by this rule is, from 0 (nothing found) to 1 (the archive says so). */
    confidence: number;
    /** Why it is that sure (one line). */
    why: string;
    /** The rule name a record's provenance shows, where it is not the id. */
    shows?: string;
}
export declare const RULES: {
    readonly input: {
        readonly confidence: 1;
        readonly why: "The caller named the source; nothing is read.";
    };
    readonly extraction: {
        readonly confidence: 1;
        readonly why: "The warnings are the extractor's own findings.";
    };
    readonly 'from-warnings': {
        readonly confidence: 1;
        readonly why: "Quality follows from the warnings by a fixed list of review codes.";
    };
    readonly absent: {
        readonly confidence: 0;
        readonly why: "No rule found a value.";
    };
    readonly stamp: {
        readonly confidence: 1;
        readonly why: "ft.dk's stamp, page footer or address names committee, session and case as the archive files them.";
    };
    readonly 'source-path': {
        readonly confidence: 0.9;
        readonly why: "A mirror of ft.dk keeps the archive's address as folders; a file can be moved or misnamed.";
    };
    readonly preamble: {
        readonly confidence: 0.95;
        readonly why: "The opening sentence states committee, date, kind and number in set phrases.";
    };
    readonly 'preamble-kind-unsaid': {
        readonly confidence: 0.9;
        readonly shows: "preamble";
        readonly why: "The opening sentence names the question's number but not its case: an alm. del question, as such letters most often answer (75 of 83 training records), not always (a bill's question whose letter never names the bill).";
    };
    readonly 'preamble-recipient': {
        readonly confidence: 0.85;
        readonly shows: "preamble";
        readonly why: "The minister asked (\"til …ministeren\") is read by a looser pattern than the case.";
    };
    readonly 'stated-date': {
        readonly confidence: 0.9;
        readonly why: "A § 20 answer sheet dates the question on a line of its own under its number (\"Stillet den 14. januar 2010\").";
    };
    readonly 'preamble-year-session': {
        readonly confidence: 0.7;
        readonly shows: "preamble";
        readonly why: "The preamble dates the question without a year and the letter has no full date; the year is the session's.";
    };
    readonly 'preamble-year-finance-bill': {
        readonly confidence: 0.5;
        readonly shows: "preamble";
        readonly why: "The preamble dates the question without a year, and no date or stamp gives one; the year is that of the finance bill the text names (`FFL26`: August–December 2025).";
    };
    readonly 'running-title': {
        readonly confidence: 0.8;
        readonly why: "ft.dk's running line titles the question \"…, til <minister>\"; a letter filed again under a later case carries that case's line.";
    };
    readonly 'preamble-year-inferred': {
        readonly confidence: 0.8;
        readonly shows: "preamble";
        readonly why: "The preamble dates the question without a year; the year is the latest that puts it before the letter's date.";
    };
    readonly 'question-occasion': {
        readonly confidence: 0.75;
        readonly why: "A question put at a meeting is reported with its day (\"Ved samrådet den 30. maj 2023 spurgte et medlem …\"): the day it was asked.";
    };
    readonly 'preamble-date': {
        readonly confidence: 0.75;
        readonly shows: "preamble";
        readonly why: "The first date in the preamble, where no set phrase placed one: most often, not always, the question's.";
    };
    readonly 'question-heading': {
        readonly confidence: 0.9;
        readonly why: "A \"Spørgsmål nr. 128:\" heading gives the number and opens the question.";
    };
    readonly 'question-list': {
        readonly confidence: 0.9;
        readonly why: "The opening names the questions answered in a list (\"spørgsmål nr. 12 og 13\", \"samrådsspørgsmål A-C\"); each gets a record.";
    };
    readonly 'section20-title': {
        readonly confidence: 0.9;
        readonly why: "The Folketing's § 20 question letter titles itself \"§ 20-spørgsmål til skriftlig besvarelse\": a § 20 question.";
    };
    readonly 'lettered-number': {
        readonly confidence: 0.8;
        readonly why: "The question is numbered with letters (\"spørgsmål nr. AA, AB …\", \"Spørgsmål A\"), as only samråd questions are, and nothing names its case: a samråd question.";
    };
    readonly 'bill-in-question': {
        readonly confidence: 0.5;
        readonly why: "Nothing names the case, and the question speaks of \"lovforslaget\" / \"lovforslagets bemærkninger\" (the bill before the committee): a bill's question.";
    };
    readonly 'quoted-paragraph': {
        readonly confidence: 0.7;
        readonly why: "A quoted paragraph after the preamble is the question when no heading marks it.";
    };
    readonly 'announced-paragraph': {
        readonly confidence: 0.7;
        readonly why: "The paragraph that asks right after a preamble announcing the question (\"… følgende spørgsmål:\"), or the quote after the colon in its own paragraph, is the question when no heading marks it.";
    };
    readonly 'question-page': {
        readonly confidence: 0.5;
        readonly why: "On ft.dk's question page the question is the text between the address and \"Dato:\".";
    };
    readonly 'asked-by': {
        readonly confidence: 0.9;
        readonly why: "\"efter ønske fra …\" names the askers in a set phrase.";
    };
    readonly 'answer-section': {
        readonly confidence: 0.85;
        readonly why: "The answer runs from its heading (or the preamble) to the closing; its edges are inferred.";
    };
    readonly closing: {
        readonly confidence: 0.9;
        readonly why: "The name, and a title, follow \"Med venlig hilsen\".";
    };
    readonly 'document-type': {
        readonly confidence: 0.9;
        readonly why: "A set phrase (a request for an answer, \"TALE\", \"Svar:\") tells the kind of document.";
    };
    readonly 'page-summary': {
        readonly confidence: 0.7;
        readonly why: "ft.dk's summary of a question (\"Spm. om …, til <minister>\", \"Samrådsspm. om …\") is all the page holds: the minister asked, and a samråd question by its word.";
    };
    readonly 'question-page-title': {
        readonly confidence: 0.7;
        readonly why: "Nothing but ft.dk's title of a question's page (and its summary of the question): the question's page, with no answer on it.";
    };
    readonly 'filed-as-answer': {
        readonly confidence: 0.7;
        readonly why: "No letter of its own (a table, a note): ft.dk files it as the answer to the question its heading names.";
    };
    readonly 'document-type-unknown': {
        readonly confidence: 0.3;
        readonly shows: "absent";
        readonly why: "No phrase told the kind of document; \"unknown\" is a guess.";
    };
    readonly letterhead: {
        readonly confidence: 0.95;
        readonly why: "A labelled letterhead line (J.nr., the ministry) says what it is.";
    };
    readonly 'letterhead-ambiguous': {
        readonly confidence: 0.7;
        readonly shows: "letterhead";
        readonly why: "The letterhead holds several different case numbers; the first is taken.";
    };
    readonly 'letter-date': {
        readonly confidence: 0.9;
        readonly shows: "letterhead";
        readonly why: "A date alone in the letterhead is the letter's date, seldom another.";
    };
    readonly 'tidende-answer': {
        readonly confidence: 0.9;
        readonly why: "Folketingstidende dates each answer in its heading ('Svar (3/3 04)'); of a holding and a supplementary answer, the last is taken.";
    };
    readonly 'letterhead-title': {
        readonly confidence: 0.9;
        readonly shows: "letterhead";
        readonly why: "A minister's title alone in the letterhead (\"Finansministeren\") names the ministry that writes.";
    };
    readonly 'letterhead-reference': {
        readonly confidence: 0.9;
        readonly shows: "letterhead";
        readonly why: "The letterhead's \"bedes oplyst ved henvendelse til …\" names the ministry the number is to be quoted to.";
    };
    readonly 'letterhead-web': {
        readonly confidence: 0.85;
        readonly shows: "letterhead";
        readonly why: "The letterhead's web address names the ministry, where the registry knows it as one ministry's.";
    };
    readonly address: {
        readonly confidence: 0.8;
        readonly why: "A committee named alone on a line of the letter is its addressee or sender.";
    };
    readonly 'head-recipient': {
        readonly confidence: 0.8;
        readonly why: "A sentence of the letter's head other than the preamble (\"Spørgsmål nr. 3 … stillet … til Ministeren for …\") names the minister asked.";
    };
    readonly 'minister-addressed': {
        readonly confidence: 0.85;
        readonly shows: "address";
        readonly why: "A minister named alone on a line of a question letter is the one asked.";
    };
    readonly 'case-code': {
        readonly confidence: 0.85;
        readonly why: "A committee code with its case in the first lines (\"BEU alm. del\", \"TRU spm. 325\", \"FOU Samråd A\") names the case.";
    };
    readonly 'case-line': {
        readonly confidence: 0.85;
        readonly why: "A bill alone on a line in the first lines names the case.";
    };
    readonly 'opening-line': {
        readonly confidence: 0.8;
        readonly why: "A line of the opening that starts with the question's number, or names the question (and bill) answered; no preamble was read.";
    };
    readonly 'consultation-speech': {
        readonly confidence: 0.9;
        readonly why: "A speech paper that names a \"samrådsspørgsmål\" answers a consultation question.";
    };
    readonly 'samraad-title': {
        readonly confidence: 0.8;
        readonly why: "The title at the top names a samråd as the occasion (\"Åbent samråd i …udvalget\", \"Ministerens tale ved åbent samråd\"): a consultation.";
    };
    readonly 'named-in-text': {
        readonly confidence: 0.5;
        readonly why: "The first committee the text names; it may be another committee.";
    };
    readonly 'signature-title': {
        readonly confidence: 0.8;
        readonly why: "The minister's title under the signature names the ministry.";
    };
    readonly 'answering-minister': {
        readonly confidence: 0.8;
        readonly why: "The opening sentence names the minister who answers (\"velfærdsministerens endelige svar\"); that ministry writes.";
    };
    readonly 'annex-head': {
        readonly confidence: 0.8;
        readonly why: "An annex's head names the minister whose letter it is sent with (\"Bilag til forsvarsministerens skrivelse af …\"); that ministry writes.";
    };
    readonly 'speech-title': {
        readonly confidence: 0.8;
        readonly why: "A speech paper's title names whose speech it is (\"Velfærdsministeriets tale ved afholdelse af samråd …\"); that ministry speaks.";
    };
    readonly 'question-recipient': {
        readonly confidence: 0.7;
        readonly why: "The minister the question was put to usually, not always, answers it.";
    };
    readonly 'answer-text': {
        readonly confidence: 0.5;
        readonly why: "The one ministry the answer names as acting (\"Skatteministeriet beklager …\"); it may be another that contributed.";
    };
    readonly 'table:separated': {
        readonly confidence: 0.85;
        readonly why: "Cells set apart by tabs or runs of spaces, one row per line.";
    };
    readonly 'table:period-blocks': {
        readonly confidence: 0.85;
        readonly why: "A wide table set in blocks under lines of years or period codes, the row labels repeated in every block.";
    };
    readonly 'table:row-wise': {
        readonly confidence: 0.85;
        readonly why: "Rows led by a label or a year, their values after them.";
    };
    readonly 'table:label-value': {
        readonly confidence: 0.85;
        readonly why: "Two columns: a label and its value on a line.";
    };
    readonly 'table:cell-per-line': {
        readonly confidence: 0.85;
        readonly why: "One cell per line, a row per group of lines as wide as the header.";
    };
    readonly 'table:heading-apart': {
        readonly confidence: 0.6;
        readonly why: "A series' first heading before the row labels, the others after them: the values' order inferred from what decides it.";
    };
    readonly 'table:column-major': {
        readonly confidence: 0.6;
        readonly why: "Cells listed column by column: rows and columns inferred from their order.";
    };
    readonly 'table:column-major-years': {
        readonly confidence: 0.6;
        readonly why: "A column of years listed before its values: rows inferred from the order.";
    };
    readonly 'table:years-labels-values': {
        readonly confidence: 0.6;
        readonly why: "A header of years, all the row labels, then all the values: which value is whose inferred from the order.";
    };
    readonly 'table:typed-grid': {
        readonly confidence: 0.6;
        readonly why: "One cell a line, row by row, counted out by the kinds of its columns: rows and columns inferred from the count.";
    };
    readonly 'table:word-cells': {
        readonly confidence: 0.8;
        readonly why: "Word's HTML export, a cell per line: row width inferred from where labels and values stand.";
    };
    readonly 'table:split-column': {
        readonly confidence: 0.6;
        readonly why: "A column of labels, then the text beside the table, then a column of as many values: matched by count.";
    };
    readonly 'table:cell-groups': {
        readonly confidence: 0.85;
        readonly why: "One cell per paragraph, rows led by a year or a label.";
    };
    readonly 'table:layout-columns': {
        readonly confidence: 0.85;
        readonly why: "Layout-kept text: cells by the columns they stand in.";
    };
    readonly 'table:layout-lost': {
        readonly confidence: 0.6;
        readonly why: "Cells one per line in an order that gives no layout away: no cells read.";
    };
    readonly 'table:pdf-lattice': {
        readonly confidence: 0.85;
        readonly why: "A PDF table with drawn rules: cells from the grid.";
    };
    readonly 'table:pdf-stream': {
        readonly confidence: 0.85;
        readonly why: "A PDF table without rules: cells from the positions of the text.";
    };
    readonly 'table:markup': {
        readonly confidence: 0.85;
        readonly why: "An HTML or Markdown table: cells as marked up.";
    };
    readonly 'from-question.askedOn': {
        readonly confidence: 0.8;
        readonly why: "The session follows from the date the question was asked.";
    };
    readonly 'from-opening-date': {
        readonly confidence: 0.7;
        readonly why: "The session follows from the first dated line of the letter's opening; it may be another event's date.";
    };
    readonly 'from-cited-date': {
        readonly confidence: 0.5;
        readonly why: "The session of the latest date the text cites; the question came after it, most often but not always in the same session.";
    };
    readonly 'from-letter-month': {
        readonly confidence: 0.7;
        readonly why: "The session follows from a letter dated by month alone (\"Maj 2005\"), when the whole month lies in one session.";
    };
    readonly 'from-answer.answeredOn': {
        readonly confidence: 0.8;
        readonly why: "The session follows from the answer date; an answer may come in the next session.";
    };
    readonly 'from-question.text-and-answer.text': {
        readonly confidence: 0.8;
        readonly why: "References are read from the text by patterns.";
    };
    readonly 'derived-key': {
        readonly confidence: 1;
        readonly why: "Key and ft.dk address follow from session, committee, kind, number and bill by ft.dk's scheme.";
    };
};
export type RuleId = keyof typeof RULES;
/** Below this confidence a found value gets a `low-confidence` warning. */
export declare const LOW_CONFIDENCE = 0.6;
/** How sure a value found by `rule` is. */
export declare function confidenceOf(rule: RuleId): number;
/** The rule name a record's provenance shows for `rule`. */
export declare function shownName(rule: RuleId): string;
//# sourceMappingURL=rules.d.ts.map