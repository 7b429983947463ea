/**
 * The question: under "Spørgsmål nr. 128:" (or "Spørgsmål:", "Spørgsmål E", "Spørgsmål 213"), up to the
 * answer heading, or — where there is no heading — the quoted paragraph after the preamble.
 */
import type { Context } from './context.js';
import { type Line } from './lines.js';
/**
 * The title of the Folketing's § 20 question letter: `§ 20-spørgsmål til skriftlig besvarelse`, `§ 20-SPØRGSMÅL TIL
 * SKRIFTLIG BESVARELSE`, a question for oral answer's `§ 20-SPØRGSMÅL TIL MUNDTLIG BESVARELSE` (with the day of the
 * answer after it, `DEN 18. JANUAR 2017`), also with its word gaps lost where a letter-spaced line was collapsed
 * (`§20-SPØRGSMÅLTILSKRIFTLIGBESVARELSE`).
 */
export declare const SECTION20_LETTER_TITLE: RegExp;
/**
 * Whether a line is the § 20 question letter's title (`SECTION20_LETTER_TITLE`) or one of its two parts where the
 * layout broke it after the sign (`§ 20` / `spørgsmål til mundtlig besvarelse den 6. november 2024`).
 */
export declare function isSection20Title(line: Line, lines: readonly Line[]): boolean;
/**
 * Whether a line stands next to a question letter's own labelled field (`QUESTION_HEAD_FIELD`): a date alone there is
 * the question's, its label dropped where the labels were stacked (`layout/text/stacked-labels.ts`: `Til:
 * Ældreministeren` / `16. oktober 2017` / `Stillet af: …`).
 */
export declare function besideQuestionField(line: Line, lines: readonly Line[]): boolean;
/** The number or letter a question heading gives (`Spørgsmål nr. 92:` → `92`), or undefined. */
export declare function headingNumber(text: string): string | undefined;
export interface QuestionResult {
    /** How the question was found. */
    rule: 'question-heading' | 'quoted-paragraph' | 'announced-paragraph' | 'question-page';
    /**
     * No answer heading followed an unquoted question under its heading: `cut` when the question was ended at a
     * question mark that ends a paragraph, `open` when nothing ended it (it may run on into the answer).
     */
    unheaded?: 'cut' | 'open';
    text: string;
    numbers: string[];
    bill?: string;
    lines: Line[];
    /**
     * Where the question starts in its first line, when the line holds the head's words before it (a preamble and
     * the question run into one line: `… den 12. maj 2005 Spørgsmål 55: ”…`); undefined where the question opens it.
     */
    startsAt?: number;
    /** Index in the line view where the question ends (exclusive). */
    end: number;
    /** Each heading's own question, in order (more than one where the document asks several questions). */
    headings?: HeadingQuestion[];
    /** Several questions each followed by its own answer heading (Q1, Svar, Q2, Svar), rather than all before one. */
    interleaved?: boolean;
    /** A page of the question's words alone (`bareQuestionPage`): nothing on it says what kind of question it is. */
    kindUnsaid?: boolean;
}
/** One question heading and the question under it. */
export interface HeadingQuestion {
    /** The number or letter the heading gives (`128`, `E`), where it gives one. */
    number: string | undefined;
    heading: Line;
    /** The question's own lines (empty where the heading has none). */
    lines: Line[];
    /** The question without its quotes, paragraphs separated by a blank line. */
    text: string;
}
/**
 * Strip the quotes around a question: ”…”, "…", »…«, „…“, ’…’ (single quotes only when at both ends), and a full
 * stop after the closing quote (`…DG9333A?”.`). Quotes inside the question stay, a quotation it quotes too:
 * `”Hvad er regeringens svar til Robert, der spurgte: »Hvorfor …?«?”` keeps `»Hvorfor …?«?`. Paragraphs each in
 * quotes of their own (`”Vil … A?”` / `”Vil … B?”`) lose each their own; one quotation that closes before the text
 * ends (`”Vil … A?” og ”Vil … B?”`) is no quote around the whole and stays as it is. Square brackets around the
 * whole (a speech paper's template: `[Vil ministeren …?]`, or its closing one alone) go too.
 */
export declare function unquote(text: string): string;
/** Every quotation mark a question may hold. */
export declare const QUOTE_MARKS: RegExp;
export declare function findQuestion(context: Context, afterIndex: number): QuestionResult | undefined;
/**
 * The question under ft.dk's label `Spørgsmålets ordlyd:` on its old case page of a question, up to the page's next
 * label (`Skriftlig begrundelse:`), wherever the page sets it (the page's fields above it read as a letterhead).
 */
export declare function labelledWording(all: readonly Line[]): QuestionResult | undefined;
/**
 * The question of ft.dk's § 20 answer page that holds only its title and the question's one paragraph, ending in its
 * question mark (`SECTION20_ANSWER_TITLE`), or only the title that holds the question: a page of the question, its
 * answer a document of its own. Undefined where the page holds anything more (an answer's text, the case page's fields).
 */
export declare function section20PageQuestion(all: readonly Line[]): QuestionResult | undefined;
/**
 * ft.dk's page of a question stored with nothing but the question's words and the frame of the table they stood in
 * (`Hvordan ser ministeren på …?` / `|`): one paragraph that asks the minister and ends in its question mark, and a
 * line that is the frame's remnant alone (`isPageText`) — a letter keeps no such line. A question's page, its answer a
 * document of its own; no number (the page's address alone gives it).
 */
export declare function bareQuestionPage(all: readonly Line[]): QuestionResult | undefined;
//# sourceMappingURL=question.d.ts.map