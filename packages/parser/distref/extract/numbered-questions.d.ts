/**
 * A question numbered at its start with the committee's own number (`313.   Kan ministeren oplyse, …?`), as the
 * committees' letters of 2004 list their questions under `Udvalget udbeder sig … besvarelse af følgende spørgsmål:`.
 * Two to four digits: a list's items inside one question count from 1. The preamble ends before the first such line
 * (`preamble.ts`); the question's finder reads each as a headed question (`question.ts`).
 */
import type { Line } from './lines.js';
/** Group 1: the number; group 2: the question's first words. */
export declare const NUMBERED_QUESTION: RegExp;
/** Whether a line opens the first of such questions: numbered, right after the sentence that announces them. */
export declare function isNumberedQuestion(line: Line, lines: readonly Line[]): boolean;
//# sourceMappingURL=numbered-questions.d.ts.map