import { ANSWER_HEADING } from '../layout/markers.js';
import { matchesOf } from '../util/matches.js';
import { fieldValue } from './provenance.js';
import { LOW_CONFIDENCE } from './rules.js';
/** Signs of a text layer that lost glyphs: a lone comma or full stop between spaces ("rejst hje , jf."). */
const DAMAGED_TEXT = /\p{L} [,.](?=\s|$)/gu;
/** How many such signs make the text damaged (intact text has none). */
const DAMAGE_THRESHOLD = 2;
/** Several numbered questions; an answer whose "Svar:" heading is missing. */
export function checkQuestions(found) {
    const { question, documentType, context } = found;
    if (question && question.numbers.length > 1) {
        context.messages.warn('question-multiple', `The document answers several questions (${question.numbers.join(', ')}); question.number is the first`, question.lines[0], 'question.number');
    }
    if (question?.unheaded && documentType === 'answer') {
        context.messages.warn('answer-heading-missing', question.unheaded === 'cut'
            ? 'No "Svar:" heading: the question was taken to end at its question mark and the answer to begin after it'
            : 'No "Svar:" heading and no question mark ending a paragraph: the question may run on into the answer', question.lines.at(-1), 'answer.text');
    }
}
/** A text layer that lost glyphs; a document of no kind recognised. */
export function checkText(found) {
    const { question, answer, documentType, context } = found;
    const text = `${question?.text ?? ''}\n${answer.text}`;
    // Each sign has a space before a comma or a full stop; intact text seldom does, and is not searched further.
    const damaged = text.includes(' ,') || text.includes(' .') ? [...matchesOf(DAMAGED_TEXT, text)] : [];
    if (damaged.length >= DAMAGE_THRESHOLD) {
        context.messages.warn('text-damaged', `The text layer looks damaged (${damaged.length} places with lost glyphs, such as "${damaged[0]?.[0] ?? ''}")`, question?.lines[0], 'question.text');
    }
    if (documentType === 'unknown') {
        context.messages.warn('document-type-unknown', 'Neither an answer, a question letter nor a speech paper could be recognised', undefined, 'documentType');
    }
}
/** More than one answer in one document: several "Svar:" headings after several numbered questions. */
export function checkAnswers(found) {
    const { question, documentType, context } = found;
    const headings = context.lines.filter((line) => !line.role && ANSWER_HEADING.test(line.text));
    if (headings.length > 1 && question && question.numbers.length > 1 && documentType === 'answer') {
        context.messages.warn('answers-multiple', `The document answers ${question.numbers.length} questions (${question.numbers.join(', ')}); the record's question is the first (or all, where they come before one answer), and its answer holds all answers, with any later question where it stands`, headings[1], 'answer.text');
    }
}
/**
 * A value found by a weak rule, that no more specific warning already explains. (Not a review code, so quality
 * stands; the warning lands in record.warnings, which is the message list.)
 */
export function checkConfidence(found, record) {
    const { messages } = found.context;
    for (const [field, entry] of Object.entries(record.provenance)) {
        if (entry.confidence >= LOW_CONFIDENCE || entry.rule === 'absent')
            continue;
        const value = fieldValue(record, field);
        if (value === null || value === undefined)
            continue;
        if (messages.list.some((warning) => warning.field === field))
            continue;
        messages.warn('low-confidence', `${field} was found by the rule "${entry.rule}" only (confidence ${entry.confidence})`, undefined, field);
    }
}
//# sourceMappingURL=checks.js.map