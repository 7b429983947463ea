/** Longest source text kept per field. */
const MAX_TEXT = 300;
/** The fields every record has provenance for. */
export const PROVENANCE_FIELDS = [
    'source',
    'documentType',
    'committee',
    'session',
    'caseNumber',
    'questionKey',
    'url',
    'question.kind',
    'question.number',
    'question.bill',
    'question.askedOn',
    'question.askers',
    'question.askedByCommittee',
    'question.recipient',
    'question.text',
    'answer.answeredOn',
    'answer.text',
    'answer.blocks',
    'answer.tables',
    'signature',
    'ministry',
    'references',
    'quality',
    'qualityReasons',
    'warnings',
];
/** The value of a record field by its path: `fieldValue(record, 'question.number')`. */
export function fieldValue(record, field) {
    let value = record;
    for (const key of field.split('.'))
        value = value?.[key];
    return value;
}
function union(boxes) {
    if (boxes.length === 0)
        return undefined;
    return [
        Math.min(...boxes.map((box) => box[0])),
        Math.min(...boxes.map((box) => box[1])),
        Math.max(...boxes.map((box) => box[2])),
        Math.max(...boxes.map((box) => box[3])),
    ];
}
/**
 * The provenance of a value found by `rule` with `confidence` at `where`: the lines' range, page, box and text when
 * it was read off the document, else `derived` (or `input`, for what the caller gave).
 */
export function provenanceAt(where, rule, confidence) {
    if (where === 'input')
        return { source: 'input', rule, confidence };
    const sorted = byIndex(Array.isArray(where) ? where : [where]);
    if (sorted.length === 0)
        return { source: 'derived', rule, confidence };
    const first = sorted[0];
    const last = sorted.at(-1);
    const entry = { source: 'document', rule, confidence, lines: [first.line, last.line] };
    if (first.page !== undefined)
        entry.page = first.page;
    // A loop, not `filter` and `map`: an answer's provenance names hundreds of lines, a text's have no box.
    const boxes = [];
    for (const line of sorted)
        if (line.page === first.page && line.bbox)
            boxes.push(line.bbox);
    const bbox = union(boxes);
    if (bbox)
        entry.bbox = bbox;
    const text = joinedUpTo(sorted, MAX_TEXT);
    entry.text = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
    return entry;
}
/**
 * The lines given, holes left out, in the order of their index (a stable sort). Copied only where needed: most runs
 * of lines come whole and in order (an answer's hundreds of lines), and are then their own order.
 */
function byIndex(lines) {
    const list = lines.includes(undefined) ? lines.filter((line) => line !== undefined) : lines;
    for (let at = 1; at < list.length; at++) {
        if (list[at].index < list[at - 1].index)
            return [...list].sort((a, b) => a.index - b.index);
    }
    return list;
}
/**
 * The lines' texts joined by line breaks, stopped once longer than `limit`: the whole joined text where it is no
 * longer, else a start of it longer than `limit`, which is all that is kept of it. An answer's provenance names
 * hundreds of lines, of which the first few give its text.
 */
function joinedUpTo(lines, limit) {
    let text = '';
    for (let at = 0; at < lines.length && text.length <= limit; at++)
        text = at === 0 ? lines[at].text : `${text}\n${lines[at].text}`;
    return text;
}
/** The first line of `where`, if it names lines. */
export function firstLine(where) {
    if (where === undefined || where === 'input')
        return undefined;
    return Array.isArray(where) ? where.find((line) => line !== undefined) : where;
}
//# sourceMappingURL=provenance.js.map