/**
 * Bullets drawn as shapes. Word and LibreOffice set a list's bullets as text (`•`, a Symbol-font glyph);
 * browsers draw them (Chromium's disc is a small filled path), so the text layer has none and the items read as
 * an indented paragraph. Pages where a list is likely — a line ending in a colon followed by indented lines —
 * have their operator list read for small filled shapes; a line with such a mark just before its first character
 * gets a `•` run there, as if the bullet had been set as text.
 */
import { BULLET } from '../markers.js';
import { makeLine } from './lines.js';
import { findColumn } from './regions.js';
/** An item's text starts this far right of the text column's left edge at least, and at most (points). */
const INDENT = { min: 8, max: 45 };
/** The mark ends at most this many font sizes before the line's first character. */
const MARK_REACH = 1.5;
/** Whether the page may hold a list with drawn bullets: a line ending in `:` and, right below, an indented line without a bullet of text. */
export function mayHaveDrawnBullets(lines) {
    const endsInColon = (line) => line.text.trim().endsWith(':');
    // Most pages have no line ending in a colon before another line: no column to find for them.
    if (!lines.some((line, index) => index + 1 < lines.length && endsInColon(line)))
        return false;
    const { left, bodySize } = findColumn(lines);
    return lines.some((line, index) => {
        const next = lines[index + 1];
        if (!next || !endsInColon(line) || Math.abs(line.x0 - left) > bodySize * 0.5)
            return false;
        const indent = next.x0 - left;
        return next.segments.length === 1 && indent >= INDENT.min && indent <= INDENT.max && !BULLET.test(next.text);
    });
}
/** The page's lines, those with a drawn mark right before their text starting with a `•` run at the mark. */
export function withDrawnBullets(lines, marks) {
    return lines.map((line) => {
        const mark = marks.find(([x0, y0, x1, y1]) => {
            const middle = (y0 + y1) / 2;
            return (x1 <= line.x0 && line.x0 - x1 <= line.size * MARK_REACH && x0 < line.x0 && middle >= line.y && middle <= line.y + line.size * 0.8);
        });
        if (!mark)
            return line;
        const bullet = { text: '•', x0: mark[0], x1: mark[2], y: line.y, size: line.size, font: 'drawn-bullet' };
        return makeLine(line.page, [bullet, ...line.segments.flatMap((segment) => segment.runs)], line.markers);
    });
}
//# sourceMappingURL=bullets.js.map