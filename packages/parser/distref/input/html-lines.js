/**
 * An HTML page's lines, as a reader sees them: each block element (`<p>`, `<div>`, a heading, a list item) a line of
 * its own, `<br>` a line end, the markup's own line ends a space, `<pre>` as it stands. ft.dk's HTML rendition of an
 * answer's PDF sets each line of the PDF in a block of its own (a `<p>`, or an absolutely placed `<div>` of spans); its
 * lines are then the text rendition's lines, and the text reader reads them with everything it knows of such lines
 * (`html.ts`). Each line keeps the source line it starts on.
 */
/** Elements that hold no text a reader sees. */
const HIDDEN = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link']);
/** Elements that start and end a line: block-level, as a browser lays them out. */
const BLOCK = new Set([
    'address',
    'article',
    'aside',
    'blockquote',
    'body',
    'caption',
    'center',
    'dd',
    'details',
    'dialog',
    'div',
    'dl',
    'dt',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'header',
    'hr',
    'html',
    'legend',
    'li',
    'main',
    'nav',
    'ol',
    'p',
    'pre',
    'section',
    'summary',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'tr',
    'ul',
]);
/** A line end in the markup (the source's wrapping). */
const SOURCE_LINE_END = /[\n\r\f]/u;
/** Whether a character is a space or tab a browser collapses (not the no-break space). */
const isCollapsible = (character) => character === ' ' || character === '\t';
/** `text` without the spaces and tabs at its start (`start`) and at its end (`end`); a no-break space stays. */
function trimSpaces(text, start = true, end = true) {
    let from = 0;
    let to = text.length;
    if (start)
        while (from < to && isCollapsible(text[from]))
            from++;
    if (end)
        while (to > from && isCollapsible(text[to - 1]))
            to--;
    return text.slice(from, to);
}
/**
 * A text node's value with each line end of the markup, and the spaces and tabs around it (the source's wrapping and
 * indentation), as one space. Runs of spaces inside a line are kept, as the text rendition keeps them (an old
 * rendition's cells and glued lines stand apart by them), and so is the no-break space, which a rendition uses for an
 * empty paragraph. (Read in a loop: a pattern for the space around a line end is tried at every place of a long run of
 * spaces.)
 */
function withSourceLineEnds(value) {
    if (!SOURCE_LINE_END.test(value))
        return value;
    const parts = value.split(/\r\n|[\n\r\f]/u);
    const last = parts.length - 1;
    const kept = parts.map((part, at) => trimSpaces(part, at > 0, at < last)).filter((part, at) => part !== '' || at === 0 || at === last);
    return kept.join(' ');
}
/** The lines of a parsed HTML page (`hast`). */
export function htmlLines(tree) {
    const lines = [];
    const sourceLines = [];
    let current = '';
    let currentLine;
    let lastLine = 1;
    /** The line so far ends; an empty one is kept only at a `<br>` (`<br><br>` shows an empty line, an empty block none). */
    const flush = (keepEmpty = false) => {
        const text = trimSpaces(current);
        // A block of a no-break space alone is a word processor's empty paragraph, kept.
        if (text !== '' || keepEmpty) {
            lines.push(text);
            sourceLines.push(currentLine ?? lastLine);
        }
        current = '';
        currentLine = undefined;
    };
    const add = (text, line) => {
        if (line !== undefined)
            lastLine = line;
        if (text === '')
            return;
        if (currentLine === undefined && text.trim() !== '')
            currentLine = line ?? lastLine;
        current += text;
    };
    const walk = (node, pre) => {
        if (node.type === 'text') {
            const start = node.position?.start.line;
            // The line the text's first word stands on, past the markup's line ends before it (`<br>` / `Tredje`).
            const lead = /^\s*/u.exec(node.value)?.[0] ?? '';
            const line = start === undefined ? undefined : start + (lead.includes('\n') ? lead.split('\n').length - 1 : 0);
            if (!pre) {
                add(withSourceLineEnds(node.value), line);
                return;
            }
            // In `<pre>` every line end is a line's end.
            node.value.split('\n').forEach((part, at) => {
                if (at > 0)
                    flush();
                add(part, start === undefined ? undefined : start + at);
            });
            return;
        }
        if (node.type !== 'element' && node.type !== 'root')
            return;
        const element = node.type === 'element' ? node : undefined;
        if (element && HIDDEN.has(element.tagName))
            return;
        if (element?.tagName === 'br') {
            if (element.position)
                lastLine = element.position.start.line;
            flush(true);
            return;
        }
        const block = element !== undefined && BLOCK.has(element.tagName);
        if (block)
            flush();
        for (const child of node.children)
            walk(child, pre || element?.tagName === 'pre');
        if (block)
            flush();
    };
    walk(tree, false);
    flush();
    return { lines, sourceLines };
}
/** Whether a page holds a table: its cells are read from the markup (`html-tables.ts`), not as lines. */
export function holdsTable(node) {
    return node.children.some((child) => child.type === 'element' && (child.tagName === 'table' || holdsTable(child)));
}
/**
 * A tree the text reader made of a page's lines, and the warnings it gave, placed at the HTML's source lines: each
 * position, provenance line and warning line `n` becomes `sourceLines[n - 1]`, each once (a line object may be shared).
 */
export function placeAtSourceLines(tree, sourceLines, warnings) {
    const place = (line) => sourceLines[line - 1] ?? line;
    const moved = new WeakSet();
    const move = (point) => {
        if (moved.has(point))
            return;
        moved.add(point);
        point.line = place(point.line);
    };
    const visit = (node) => {
        if (node.position) {
            move(node.position.start);
            move(node.position.end);
        }
        for (const line of node.data?.lines ?? [])
            move(line);
        if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    visit(tree);
    for (const warning of warnings)
        if (warning.line !== undefined)
            warning.line = place(warning.line);
}
//# sourceMappingURL=html-lines.js.map