/** Items whose text direction is tilted more than this (sine) are not horizontal text. */
const MAX_SKEW = 0.05;
/** The no-break space, which the layout reads as a space. */
const NBSP = '\u00A0';
export function toRuns(items) {
    const runs = [];
    for (const raw of items) {
        const item = raw;
        if (typeof item.str !== 'string' || !item.transform)
            continue;
        const text = item.str.includes(NBSP) ? item.str.replaceAll(NBSP, ' ') : item.str;
        if (text.trim() === '')
            continue;
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
        // Upright text has b = 0, where the hypotenuse is |a| (the same number: `Math.hypot` is slow on Node 20).
        const scale = b === 0 ? Math.abs(a) : Math.hypot(a, b);
        if (scale === 0 || Math.abs(b / scale) > MAX_SKEW || Math.abs(c) > Math.abs(d) * MAX_SKEW)
            continue;
        const size = Math.abs(d) || scale;
        runs.push({ text, x0: e, x1: e + (item.width ?? 0), y: f, size, font: item.fontName ?? '' });
    }
    return runs;
}
//# sourceMappingURL=runs.js.map