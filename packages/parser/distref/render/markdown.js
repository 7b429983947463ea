import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { tableNode } from '../util/mdast-table.js';
const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', rule: '-' });
/** YAML scalars as JSON strings, which YAML reads as they are. */
function frontMatter(record) {
    const fields = [
        ['path', record.source.path],
        ['format', record.source.format],
        ['sha256', record.source.sha256],
        ['document_type', record.documentType],
        ['committee', record.committee?.code ?? null],
        ['committee_name', record.committee?.name ?? null],
        ['session', record.session],
        ['case_number', record.caseNumber],
        ['question_kind', record.question.kind],
        ['question_number', record.question.number],
        ['bill', record.question.bill],
        ['asked_on', record.question.askedOn],
        ['askers', record.question.askers.map((asker) => (asker.party ? `${asker.name} (${asker.party})` : asker.name))],
        ['answered_on', record.answer.answeredOn],
        ['signature', record.signature ? [record.signature.name, record.signature.title].filter(Boolean).join(', ') : null],
        ['quality', record.quality],
        ['warnings', record.warnings.map((warning) => warning.code)],
    ];
    return `---\n${fields.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')}\n---\n\n`;
}
function text(value) {
    return { type: 'paragraph', children: [{ type: 'text', value }] };
}
function title(record) {
    const { kind, number, bill } = record.question;
    const what = kind === 'section20'
        ? `§ 20-spørgsmål S ${number ?? ''}`
        : kind === 'consultation'
            ? `Samrådsspørgsmål ${number ?? ''}`
            : `Spørgsmål ${number ?? ''}`;
    const where = bill ?? (record.committee ? `${record.committee.code} alm. del` : '');
    return [where, what.trim(), record.session ? `(${record.session})` : ''].filter(Boolean).join(' – ').replace(' – (', ' (');
}
export function recordToMarkdown(record) {
    const children = [{ type: 'heading', depth: 1, children: [{ type: 'text', value: title(record) }] }];
    if (record.question.text) {
        children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Spørgsmål' }] });
        children.push({ type: 'blockquote', children: record.question.text.split('\n\n').map((part) => text(part)) });
    }
    if (record.answer.blocks.length > 0)
        children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Svar' }] });
    for (const block of record.answer.blocks) {
        switch (block.type) {
            case 'heading':
                children.push({ type: 'heading', depth: 3, children: [{ type: 'text', value: block.text }] });
                break;
            case 'list':
                children.push({
                    type: 'list',
                    ordered: block.ordered,
                    ...(block.start === undefined ? {} : { start: block.start }),
                    spread: false,
                    children: block.items.map((item) => ({ type: 'listItem', spread: false, children: [text(item)] })),
                });
                break;
            case 'table': {
                const table = record.answer.tables[block.table];
                if (!table)
                    break;
                if (table.label || table.caption) {
                    children.push({
                        type: 'paragraph',
                        children: [{ type: 'strong', children: [{ type: 'text', value: [table.label, table.caption].filter(Boolean).join('. ') }] }],
                    });
                }
                const width = Math.max(table.header.length, ...table.rows.map((cells) => cells.length));
                if (width > 0) {
                    children.push(tableNode([table.header, ...table.rows.map((cells) => cells.map((cell) => cell.raw))], (column) => column === 0 ? 'left' : 'right'));
                }
                break;
            }
            case 'figure':
                children.push({
                    type: 'paragraph',
                    children: [{ type: 'emphasis', children: [{ type: 'text', value: [block.label, block.caption].filter(Boolean).join('. ') }] }],
                });
                break;
            case 'note':
                children.push(text(`Anm.: ${block.text}`));
                break;
            case 'source':
                children.push(text(`Kilde: ${block.text}`));
                break;
            case 'footnote':
                children.push(text(`[${block.identifier}] ${block.text}`));
                break;
            case 'quote':
                children.push({ type: 'blockquote', children: [text(block.text)] });
                break;
            default:
                children.push(text(block.text));
        }
    }
    if (record.signature) {
        children.push(text([record.signature.name, record.signature.title].filter(Boolean).join(', ')));
    }
    const tree = { type: 'root', children };
    return frontMatter(record) + processor.stringify(tree);
}
//# sourceMappingURL=markdown.js.map