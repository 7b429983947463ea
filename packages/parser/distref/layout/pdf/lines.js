/**
 * Runs → lines. Runs whose baselines agree within a fraction of the font size form a line; inside a line, a
 * gap wider than a cell gap starts a new segment (table cells, a sidebar beside the text). A small run raised
 * just above a line's baseline right after its text is a footnote marker; before its text, the line's number.
 */
import { MONTH_WORD } from '../../util/dates.js';
import { median } from '../../util/median.js';
import { PDF_LAYOUT } from '../constants.js';
import { flatMapped } from './flatten.js';
/** A raised marker is smaller than this share of the line's font size (ReportLab sets a superscript at 82%). */
const MARKER_SIZE = 0.85;
/** A raised number before a line's text may be nearly as large as footnote-size text (7 pt over 8.5 pt). */
const LEADING_MARKER_SIZE = 0.9;
/** …and its baseline is at most this share of the line's font size above the line's baseline. */
const MARKER_RISE = 0.7;
/** A raised marker's text: a footnote number or sign, at most this many characters (`MARKER_TEXT`). */
const MAX_MARKER_LENGTH = 3;
const MARKER_TEXT = /^[\d*†]{1,3}$/u;
/** How a marker's first run starts (implied by `MARKER_TEXT`): the joined text is made only for groups that do. */
const MARKER_START = /^\s*[\d*†]/u;
/**
 * Whitespace that collapsing to single spaces changes: a space of another kind, or two in a row. Most segments have
 * none, and one scan for it is cheaper than a replace that matches every space.
 */
const SPACE_TO_COLLAPSE = /[^\S ]|\s\s/u;
function segmentText(runs) {
    let text = '';
    let previous;
    for (const run of runs) {
        if (previous) {
            const gap = run.x0 - previous.x1;
            const needsSpace = gap > PDF_LAYOUT.wordGap * Math.max(run.size, previous.size) && !text.endsWith(' ') && !run.text.startsWith(' ');
            if (needsSpace)
                text += ' ';
        }
        text += run.text;
        previous = run;
    }
    return (SPACE_TO_COLLAPSE.test(text) ? text.replace(/\s+/gu, ' ') : text).trim();
}
/** Gaps this close (points) are one stretched word space. */
const SAME_SPACE = 0.5;
/** A loose justified line has at least this many equal spaces between words… */
const MIN_STRETCHED_SPACES = 3;
/** …none wider than this many font sizes (justification stretches a space ~4×; table columns stand further apart). */
const MAX_STRETCHED_SPACE = 2;
const WORD = /\p{L}/u;
/**
 * The word space of a loose justified line. Justification stretches every space of a line alike, so that a line of
 * few long words can have spaces wider than a cell gap: three or more equal gaps between words are its spaces,
 * and only a gap clearly wider than those separates segments.
 */
function stretchedSpace(sorted) {
    // Fewer runs have too few gaps (most lines are one run).
    if (sorted.length <= MIN_STRETCHED_SPACES)
        return undefined;
    const gaps = [];
    let wordBefore = WORD.test(sorted[0]?.text ?? '');
    for (let index = 1; index < sorted.length; index++) {
        const run = sorted[index - 1];
        const next = sorted[index];
        const word = WORD.test(next.text);
        const gap = next.x0 - run.x1;
        if (wordBefore && word && gap <= MAX_STRETCHED_SPACE * Math.max(run.size, next.size))
            gaps.push(gap);
        wordBefore = word;
    }
    gaps.sort((a, b) => a - b);
    let best;
    let bestCount = 0;
    for (let start = 0; start < gaps.length; start++) {
        let end = start;
        while (end + 1 < gaps.length && (gaps[end + 1] ?? 0) - (gaps[start] ?? 0) <= SAME_SPACE)
            end++;
        if (end - start + 1 > bestCount) {
            bestCount = end - start + 1;
            best = gaps[end];
        }
    }
    return bestCount >= MIN_STRETCHED_SPACES ? best : undefined;
}
/** A piece that ends with a date's day: `17.`, `1`. */
const DAY_END = /(?:^|\s)\d{1,2}[.,]?$/u;
/** A year. */
const YEAR = /^\d{4}$/u;
/**
 * Whether `after` goes on the date that `before` ends: a month after its day (`17.` + `marts`), a year after its day
 * and month (`17. marts` + `2022`). A date set a word per item is one phrase even where its spaces are wide, so
 * that its year is not taken for a table's value (the month alone, `Marts` + `2022`, is not a date: a row label).
 */
function continuesDate(before, after) {
    if (MONTH_WORD.test(after))
        return DAY_END.test(before);
    if (!YEAR.test(after))
        return false;
    const words = before.trim().split(/\s+/u);
    return words.length >= 2 && MONTH_WORD.test(words.at(-1) ?? '') && DAY_END.test(words.at(-2) ?? '');
}
/**
 * Runs that are words of one phrase, joined: an item per word (pdfkit) reads like an item per phrase (LibreOffice),
 * so that a number inside a sentence is not taken for a table's value.
 */
function phrases(sorted, space) {
    const joined = [];
    for (const run of sorted) {
        const last = joined.at(-1);
        if (last === undefined) {
            joined.push(run);
            continue;
        }
        const size = Math.max(run.size, last.size);
        const gap = run.x0 - last.x1;
        const wordSpace = Math.max(PDF_LAYOUT.phraseGap * size, space === undefined ? 0 : space + SAME_SPACE);
        const words = gap <= wordSpace && (WORD.test(last.text) || WORD.test(run.text));
        if (gap >= 0 && (words || (gap <= PDF_LAYOUT.cellGap * size && continuesDate(last.text, run.text)))) {
            const spaced = gap > PDF_LAYOUT.wordGap * size && !last.text.endsWith(' ') && !run.text.startsWith(' ');
            // A new run, field by field (a spread is slow on Node 20).
            const text = `${last.text}${spaced ? ' ' : ''}${run.text}`;
            joined[joined.length - 1] = { text, x0: last.x0, x1: run.x1, y: last.y, size, font: last.font };
        }
        else
            joined.push(run);
    }
    return joined;
}
function toSegments(runs) {
    // A line of one run (most lines of most letters) is one segment of that run.
    if (runs.length === 1)
        return [makeSegment(runs)];
    const words = [...runs].sort((a, b) => a.x0 - b.x0);
    const space = stretchedSpace(words);
    const sorted = phrases(words, space);
    const segments = [];
    let current = [];
    for (const run of sorted) {
        const last = current.at(-1);
        const gap = last ? run.x0 - last.x1 : 0;
        const stretched = space !== undefined && gap <= space + SAME_SPACE;
        if (last && !stretched && gap > PDF_LAYOUT.cellGap * Math.max(run.size, last.size)) {
            segments.push(makeSegment(current));
            current = [];
        }
        current.push(run);
    }
    if (current.length > 0)
        segments.push(makeSegment(current));
    return segments;
}
function makeSegment(runs) {
    // One pass for the extent (as `Math.min(...runs.map(…))` would give it, without the arrays).
    let x0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    let size = Number.NEGATIVE_INFINITY;
    for (const run of runs) {
        x0 = Math.min(x0, run.x0);
        x1 = Math.max(x1, run.x1);
        size = Math.max(size, run.size);
    }
    return { text: segmentText(runs), x0, x1, size, runs };
}
export function makeLine(page, runs, markers = []) {
    const segments = toSegments(runs);
    let size = Number.NEGATIVE_INFINITY;
    for (const run of runs)
        size = Math.max(size, run.size);
    // The baseline: the median of the full-size runs' (of one run, its own, without the median's sorted copy).
    let y;
    if (runs.length === 1)
        y = runs[0].y;
    else {
        const baselines = [];
        for (const run of runs)
            if (run.size >= size * MARKER_SIZE)
                baselines.push(run.y);
        y = median(baselines);
    }
    let x0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    let text = '';
    for (let at = 0; at < segments.length; at++) {
        const segment = segments[at];
        x0 = Math.min(x0, segment.x0);
        x1 = Math.max(x1, segment.x1);
        text += at === 0 ? segment.text : `  ${segment.text}`;
    }
    return { page, y, size, x0, x1, segments, markers, text };
}
/**
 * A line cut in two between its segments: the first part keeps the line's markers (a list bullet stands before it),
 * the second starts afresh. Used where one baseline holds two columns' text (the sidebar's, the letterhead's).
 */
export function splitLine(line, first, second) {
    return [
        makeLine(line.page, flatMapped(first, (segment) => segment.runs), line.markers),
        makeLine(line.page, flatMapped(second, (segment) => segment.runs)),
    ];
}
/** Group a page's runs into lines, top to bottom. */
export function toLines(page, runs) {
    const sorted = [...runs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
    const groups = [];
    // Groups start top to bottom, so those whose first run stands higher above this run than any size allows cannot
    // take it nor any run after it: the search for a run's group starts past them.
    const reach = PDF_LAYOUT.sameLine * runs.reduce((largest, run) => Math.max(largest, run.size), 0);
    let open = 0;
    for (const run of sorted) {
        while (open < groups.length && (groups[open]?.[0]?.y ?? 0) - run.y > reach)
            open++;
        let group;
        for (let index = open; index < groups.length && !group; index++) {
            const candidate = groups[index];
            const y = candidate[0]?.y ?? 0;
            // The smaller size sets the tolerance: a superscript (7 pt, raised ~3.5 pt over 11 pt text) stays a group of
            // its own for the marker rule below, whatever the line's size allows.
            const size = Math.min(run.size, candidate[0]?.size ?? run.size);
            if (Math.abs(run.y - y) <= PDF_LAYOUT.sameLine * size)
                group = candidate;
        }
        if (group)
            group.push(run);
        else
            groups.push([run]);
    }
    // Raised markers: a group of small digits just above a line. Right after a run of that line it refers to a
    // footnote (`råd.¹`); right before the line's first run it numbers the line itself (`¹ Jf. aftalen …`, a
    // footnote as Word and Chromium set it) and joins the line's text.
    const markerOf = new Map();
    for (const group of groups) {
        // Each run holds a character besides spaces (see `toRuns`), so a group of more than three runs is no marker.
        if (group.length > MAX_MARKER_LENGTH || !MARKER_START.test(group[0].text))
            continue;
        const text = group.map((run) => run.text.trim()).join('');
        if (!MARKER_TEXT.test(text))
            continue;
        const size = Math.max(...group.map((run) => run.size));
        const first = group[0];
        const last = group.at(-1);
        let leading = false;
        const target = groups.find((candidate) => {
            if (candidate === group)
                return false;
            const lineSize = Math.max(...candidate.map((run) => run.size));
            const rise = first.y - (candidate[0]?.y ?? 0);
            if (size >= lineSize * LEADING_MARKER_SIZE || rise <= 0 || rise > lineSize * MARKER_RISE)
                return false;
            const reach = lineSize * PDF_LAYOUT.wordGap * 3;
            if (size < lineSize * MARKER_SIZE && candidate.some((run) => Math.abs(first.x0 - run.x1) < reach))
                return true;
            const start = Math.min(...candidate.map((run) => run.x0));
            leading = start - last.x1 >= 0 && start - last.x1 < reach * 2;
            return leading;
        });
        if (target)
            markerOf.set(group, { target, text, leading });
    }
    const markers = new Map();
    const prefixes = new Map();
    for (const [group, { target, text, leading }] of markerOf) {
        const baseline = target[0]?.y ?? 0;
        if (leading) {
            // The number joins the line's text, on the line's baseline.
            prefixes.set(target, [...(prefixes.get(target) ?? []), ...group.map((run) => ({ ...run, y: baseline }))]);
            continue;
        }
        markers.set(target, [...(markers.get(target) ?? []), text]);
        // The word before the marker reaches over it, so that the gap the marker leaves does not split the line.
        const end = Math.max(...group.map((run) => run.x1));
        const start = Math.min(...group.map((run) => run.x0));
        const before = target.findIndex((run) => Math.abs(start - run.x1) < run.size * PDF_LAYOUT.wordGap * 3);
        const word = target[before];
        if (word)
            target[before] = { ...word, x1: Math.max(word.x1, end) };
    }
    return groups
        .filter((group) => !markerOf.has(group))
        .map((group) => {
        // The group's own array where no number joins it (a fresh array, not used again).
        const prefix = prefixes.get(group);
        return makeLine(page, prefix ? [...prefix, ...group] : group, markers.get(group));
    })
        .sort((a, b) => b.y - a.y);
}
//# sourceMappingURL=lines.js.map