/** A page's number and count on the line after `Side` (`Side` / `1/2`, `Side` / `2 af 3`). */
const PAGE_OF_COUNT = /^\d{1,3}\s*(?:\/|af)\s*\d{1,3}$/u;
/** Marks `Side` and the `1/2` on the line after it as `page-footer`. Mutates `lines`. */
export function markSplitPageCounters(lines) {
    lines.forEach((line, at) => {
        const next = lines[at + 1];
        if (line.role || !next || next.role || line.text.trim() !== 'Side' || !PAGE_OF_COUNT.test(next.text.trim()))
            return;
        line.role = 'page-footer';
        next.role = 'page-footer';
    });
}
//# sourceMappingURL=page-counter.js.map