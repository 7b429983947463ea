import { reviewWarningCodes, schemaVersion } from '@ft-answers/schema';
import { Messages } from '../messages.js';
import { checkAnswers, checkConfidence, checkQuestions, checkText } from './checks.js';
import { checkParties, resolveAskers } from './fields/askers.js';
import { committeeOfKind, resolveCommittee } from './fields/committee.js';
import { checkQuestionDate, resolveDates } from './fields/dates.js';
import { resolveAnswer, resolveCaseNumber, resolveDocumentType, resolveQuestionText, resolveSignature } from './fields/document.js';
import { resolveKeys } from './fields/key.js';
import { resolveMinistry, resolveRecipient } from './fields/minister.js';
import { resolveQuestionId } from './fields/question-id.js';
import { resolveSession } from './fields/session.js';
import { find } from './findings.js';
import { lineView } from './lines.js';
import { checkMissing, checkTextEdges } from './missing.js';
import { documentId, firstRecord, partRecords } from './parts.js';
import { checkPlausibility } from './plausibility.js';
import { findReferences } from './references.js';
import { propose, resolve } from './resolve.js';
import { splitQuestions } from './split.js';
/** The document's record: the first question's, where it answers several (see `extractRecords`). */
export function extractRecord(tree, options, messages = new Messages()) {
    return firstRecord(extractRecords(tree, options, messages));
}
/** The document's records: one per question it answers (at least one). */
export function extractRecords(tree, options, messages = new Messages()) {
    const found = find({ tree, lines: lineView(tree), messages }, options.source.path);
    const { answer, askers } = found;
    const input = {
        ...options.source,
        document: options.source.document ?? documentId(options.source.path, options.source.sha256),
        part: 1,
        parts: 1,
    };
    // Each field from its candidates; the order keeps the warnings in the order of the fields they concern.
    const source = resolve([propose('input', input, 'input')]);
    const caseNumber = resolveCaseNumber(found);
    const filedWith = resolveCommittee(found);
    checkQuestions(found);
    const { kind, number, bill } = resolveQuestionId(found);
    const documentType = resolveDocumentType(found, number);
    const committee = committeeOfKind(filedWith, kind.value);
    const dates = resolveDates(found);
    const { askedOn, answeredOn } = dates;
    const session = resolveSession(found, dates, number.value);
    checkParties(found, Number((askedOn.value ?? answeredOn.value ?? '').slice(0, 4)) || undefined);
    const asked = resolveAskers(found);
    const recipient = resolveRecipient(found);
    const questionText = resolveQuestionText(found);
    const answered = resolveAnswer(found);
    const signature = resolveSignature(found);
    checkText(found);
    checkQuestionDate(found, askedOn.value);
    const ministry = resolveMinistry(found, recipient);
    checkAnswers(found);
    const keys = resolveKeys({
        session: session.value,
        committee: committee.value?.code ?? null,
        kind: kind.value,
        number: number.value,
        bill: bill.value,
    });
    const references = resolve([
        propose('from-question.text-and-answer.text', findReferences([found.question?.text ?? '', answer.text].join('\n\n'), { kind: kind.value, bill: bill.value, committee: committee.value?.code ?? null, number: number.value }, session.value)),
    ]);
    checkTextEdges(found, questionText.value, answer.text);
    checkMissing(found, {
        documentType: documentType.value ?? 'unknown',
        session: session.value,
        committee: committee.value?.code ?? null,
        kind: kind.value,
        caseNumber: caseNumber.value,
        answeredOn: answeredOn.value,
        questionNumber: number.value,
        questionText: questionText.value,
        answerText: answer.text,
        signature: signature.value,
        ministry: ministry.value,
    });
    checkPlausibility(found, {
        questionText: questionText.value,
        kind: kind.value,
        number: number.value,
        bill: bill.value,
        askedOn: askedOn.value,
        answeredOn: answeredOn.value,
        session: session.value,
        committee,
        ministry,
        askers: askers.askers,
        signature: signature.value,
        documentType: documentType.value ?? 'unknown',
    });
    const warnings = messages.list;
    const reasons = [...new Set(warnings.filter((warning) => reviewWarningCodes.has(warning.code)).map((warning) => warning.code))];
    const fromWarnings = resolve([propose('from-warnings', reasons)]).provenance;
    const provenance = {
        source: source.provenance,
        documentType: documentType.provenance,
        committee: committee.provenance,
        session: session.provenance,
        caseNumber: caseNumber.provenance,
        questionKey: keys.questionKey.provenance,
        url: keys.url.provenance,
        'question.kind': kind.provenance,
        'question.number': number.provenance,
        'question.bill': bill.provenance,
        'question.askedOn': askedOn.provenance,
        'question.askers': asked.provenance,
        'question.askedByCommittee': asked.provenance,
        'question.recipient': recipient.provenance,
        'question.text': questionText.provenance,
        'answer.answeredOn': answeredOn.provenance,
        'answer.text': answered.provenance,
        'answer.blocks': answered.provenance,
        'answer.tables': answered.provenance,
        signature: signature.provenance,
        ministry: ministry.provenance,
        references: references.provenance,
        quality: fromWarnings,
        qualityReasons: fromWarnings,
        warnings: resolve([propose('extraction', warnings)]).provenance,
    };
    // Each table has its own entry, naming the reader that read its cells (`answer.tables.0` → `table:column-major`).
    for (const [index, table] of answer.tableSources.entries()) {
        if (table.reader)
            provenance[`answer.tables.${index}`] = resolve([propose(`table:${table.reader}`, table, table.lines)]).provenance;
    }
    const record = {
        schemaVersion,
        source: input,
        documentType: documentType.value ?? 'unknown',
        committee: committee.value,
        session: session.value,
        caseNumber: caseNumber.value,
        questionKey: keys.questionKey.value,
        url: keys.url.value,
        question: {
            kind: kind.value,
            number: number.value,
            bill: bill.value,
            askedOn: askedOn.value,
            askers: askers.askers,
            askedByCommittee: askers.byCommittee,
            recipient: recipient.value,
            text: questionText.value,
        },
        answer: { answeredOn: answeredOn.value, text: answer.text, blocks: answer.blocks, tables: answer.tables },
        signature: signature.value,
        ministry: ministry.value,
        references: references.value ?? [],
        quality: reasons.length > 0 ? 'needs-review' : 'ok',
        qualityReasons: reasons,
        warnings,
        provenance,
    };
    checkConfidence(found, record);
    const split = splitQuestions(found);
    if (!split)
        return [record];
    const caseParts = { session: session.value, committee: committee.value?.code ?? null, kind: kind.value, bill: bill.value };
    return partRecords(record, split, {
        keys: caseParts,
        references: { kind: kind.value, bill: bill.value, committee: committee.value?.code ?? null },
        session: session.value,
    });
}
//# sourceMappingURL=record.js.map