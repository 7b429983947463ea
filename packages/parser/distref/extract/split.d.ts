/**
 * One record per question: the questions a document answers, each with its own number, question text, askers and
 * answer. A letter names them in its opening ("stillet følgende spørgsmål nr. 93 og 94", "svar på spørgsmål nr. 3,
 * 4, 5, 6 og 7", "svares samlet på spørgsmål nr. 12 og 13", "besvarelse af samrådsspørgsmål A-C") or heads each with
 * its own "Spørgsmål nr. N:" (samråd E and F; "Spørgsmål 3" … "Svar" … "Spørgsmål 4" … "Svar"). Where each question
 * has its own "Svar:", each record gets its own answer; where one answer serves them all, each gets the whole answer
 * (warning `answer-joint`). A question named in the answer ("jf. svaret på spørgsmål 13", "I svarene på spørgsmål
 * 38 og 49-50") is a reference, not a question of this document: only the opening is read for the list.
 */
import type { Block, Table } from '@ft-answers/schema';
import type { TableSource } from './answer.js';
import type { Findings } from './findings.js';
import type { Line } from './lines.js';
import { type AskersResult } from './preamble.js';
/** The items of a list in order, ranges expanded; undefined where a range is not plainly a run of questions. */
export declare function expandList(list: string): string[] | undefined;
/**
 * The questions an opening's text names as answered, in order: the first list of two or more that is not a reference
 * to other answers nor answered another way (`ANSWERED_ELSEWHERE`). Empty when it names one question or none.
 */
export declare function listedQuestions(text: string, speech?: boolean): string[];
/**
 * The kind of each question a mixed list names (`MIXED_LIST`), in order: the samråd's letters `consultation`, the
 * numbers the committee's `general` questions. Undefined where the opening names no such list, or names it as
 * others' answers.
 */
export declare function mixedListKinds(text: string): Map<string, 'consultation' | 'general'> | undefined;
/** One question of a document that answers several. */
export interface QuestionPart {
    number: string;
    /** Its own kind, where the opening's list names a samråd's questions and ordinary ones (`mixedListKinds`). */
    kind?: 'consultation' | 'general';
    /** Where the number was read: its heading, or the opening's list. */
    rule: 'question-heading' | 'question-list';
    numberLines: Line[];
    /** Its own question text; null where the document has others' but not its own; undefined: the document's. */
    text: string | null | undefined;
    textLines: Line[];
    /** Its own answer, where each question has one; undefined: the whole answer (joint or not told apart). */
    answer: PartAnswer | undefined;
    /** Its own askers, where the document names them per question; undefined: the document's. */
    askers: AskersResult | undefined;
}
export interface PartAnswer {
    blocks: Block[];
    tables: Table[];
    tableSources: TableSource[];
    text: string;
    lines: Line[];
}
export interface QuestionSplit {
    parts: QuestionPart[];
    /** One answer serves every question. */
    joint: boolean;
    /** Each question has its own "Svar:", but the answers could not be matched to the questions. */
    unaligned: boolean;
    /** The line where the answer (or the second answer) begins, for the warning. */
    answerLine: Line | undefined;
    /** Each question's number is the one the opening lists in its place: no number stands over the quoted questions. */
    byOrder?: boolean;
}
/** The questions a letter's opening lists and those it heads with their own text. */
export interface ListedAndQuoted {
    listed: string[];
    quoted: string[];
}
/**
 * A letter whose opening lists more questions than it quotes: `Trafikudvalget har i brev af 22. marts 2006 stillet
 * mig følgende spørgsmål 2-6 (L 163), som jeg hermed skal besvare.` over one `Spørgsmål 5:`, its text and `Svar:` —
 * the ministry answered the others in letters of their own, each a copy of the same opening. The questions quoted
 * (each heading with its text, every one among the listed, fewer than listed) are the letter's; undefined where it
 * quotes all it lists, none, or one it does not list, and where no greeting closes the letter after its last question
 * (a text cut short). Read once a document: the question's number (`fields/question-id.ts`) and the split both ask, and
 * the answer depends on the findings alone.
 */
export declare const partlyQuoted: (key: Findings) => ListedAndQuoted | undefined;
/**
 * The questions of a document that answers several, each with what is its own; undefined for a document with one
 * question (or none).
 */
export declare function splitQuestions(found: Findings): QuestionSplit | undefined;
//# sourceMappingURL=split.d.ts.map