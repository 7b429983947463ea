import { splitLine } from './lines.js';
/** A full line of running text spans at least this share of the column's width. */
const FULL_LINE = 0.85;
/** The letterhead's right column starts at least this share of the column's width from its left edge. */
const RIGHT_HALF = 0.4;
/** Segments starting within this many points of each other start at one edge. */
const EDGE_TOLERANCE = 2;
/** An edge is the right column's when at least this many lines of the head start a segment at it. */
const MIN_EDGE_LINES = 3;
/** A part ends flush with the column's right edge within this many font sizes (ragged text ends short of the edge). */
const FLUSH_RIGHT = 3;
/** A segment that opens with a figure: a table's value (`715`, `632 (111)`, `25 (9,8 %) (9)`). */
const FIGURE_FIRST = /^[-−–]?\d/u;
/**
 * A table's row: three segments or more, two of them after the first opening with a figure (`2013  715  357  358 …`).
 * A letterhead's line holds one at most (`Folketinget  Dato:  1. april 2025`).
 */
function isValueRow(line) {
    if (line.segments.length < 3)
        return false;
    let figures = 0;
    for (const segment of line.segments.slice(1))
        if (FIGURE_FIRST.test(segment.text.trim()))
            figures++;
    return figures >= 2;
}
/**
 * The lines above the first full line of running text at the column's left edge (the letter's head) — or above a
 * table's first row, where a page opens with a table (an annex of one table: its right-aligned figures in one column
 * start at one edge, as a letterhead's right column does).
 */
function headOf(lines, column) {
    const width = column.right - column.left;
    const first = lines.findIndex((line) => (line.segments.length === 1 && Math.abs(line.x0 - column.left) <= column.bodySize && line.x1 - line.x0 >= FULL_LINE * width) ||
        isValueRow(line));
    return first === -1 ? [] : lines.slice(0, first);
}
/**
 * Where the head's right column begins: the leftmost edge right of the column's middle at which at least three lines
 * of the head start a segment (`Dato:`, `Kontor:`, `Sagsnr.:` at 368.5 pt).
 */
export function rightColumnEdge(head, column) {
    const start = column.left + RIGHT_HALF * (column.right - column.left);
    // Each line's segment starts right of the middle, each edge once per line (in loops: `flatMap` and a `Set` per line
    // cost more than the few segments of a head line).
    const starts = [];
    for (const line of head) {
        const from = starts.length;
        for (const segment of line.segments) {
            if (segment.x0 >= start && !starts.includes(segment.x0, from))
                starts.push(segment.x0);
        }
    }
    // The leftmost start that enough lines share.
    let edge;
    for (const x of starts) {
        if (edge !== undefined && x >= edge)
            continue;
        let near = 0;
        for (const other of starts)
            if (Math.abs(other - x) <= EDGE_TOLERANCE)
                near++;
        if (near >= MIN_EDGE_LINES)
            edge = x;
    }
    return edge;
}
/** A head line cut where its right-column part begins, or the line itself. */
function cut(line, edge, start) {
    const at = line.segments.findIndex((segment) => segment.x0 >= edge - EDGE_TOLERANCE);
    if (at < 1 || (line.segments[0]?.x0 ?? 0) >= start)
        return [line];
    const left = line.segments.slice(0, at);
    if (left.some((segment) => segment.x1 >= edge))
        return [line];
    return splitLine(line, left, line.segments.slice(at));
}
/**
 * A head line that starts at the column's left edge and whose last segment stands flush with its right edge, in its
 * right part, cut in two: a reference and the date on one line (`MFVM 404` … `Den 26. november 2017`, set with a right tab).
 */
function cutFlushRight(line, column, start) {
    const last = line.segments.at(-1);
    const atLeft = Math.abs(line.x0 - column.left) <= column.bodySize;
    if (line.segments.length < 2 || !last || !atLeft || last.x0 < start || Math.abs(last.x1 - column.right) > FLUSH_RIGHT * column.bodySize)
        return [line];
    return splitLine(line, line.segments.slice(0, -1), [last]);
}
/**
 * The first page's head lines that join the addressee column and the letterhead's right column, cut in two; and
 * head lines that set a part flush right beside a part at the left.
 */
export function splitHeadColumns(pages, column) {
    const [first, ...rest] = pages;
    if (!first)
        return pages;
    // The head is the page's first lines: those are cut, the lines after it stay as they are (a loop, not a `flatMap`
    // with an array per line, over every line of the page).
    const head = headOf(first, column);
    const edge = rightColumnEdge(head, column);
    const start = column.left + RIGHT_HALF * (column.right - column.left);
    const lines = [];
    for (const line of head) {
        const parts = edge === undefined ? [line] : cut(line, edge, start);
        for (const part of parts.length > 1 ? parts : cutFlushRight(line, column, start))
            lines.push(part);
    }
    for (let at = head.length; at < first.length; at++)
        lines.push(first[at]);
    return [lines, ...rest];
}
//# sourceMappingURL=head-columns.js.map