/** Group 1: the number; group 2: the question's first words. */
export const NUMBERED_QUESTION = /^(\d{2,4})\.\s+(\p{Lu}.*)$/u;
/** The end of a sentence that announces the questions listed under it: `… besvarelse af følgende spørgsmål:`. */
const ANNOUNCES_QUESTIONS = /spørgsmål(?:ene)?\s*:\s*$/iu;
/** Whether a line opens the first of such questions: numbered, right after the sentence that announces them. */
export function isNumberedQuestion(line, lines) {
    return NUMBERED_QUESTION.test(line.text) && ANNOUNCES_QUESTIONS.test(lines[line.index - 1]?.text ?? '');
}
//# sourceMappingURL=numbered-questions.js.map