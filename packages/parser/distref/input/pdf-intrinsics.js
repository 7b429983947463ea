/**
 * pdf.js's legacy build bundles core-js, and on Node 20 (V8 11.3) core-js decides that some built-ins are not
 * good enough and replaces them for the whole process: `Array.prototype.push` (V8 bug 12681, fixed in V8 12.2),
 * `JSON.parse` (the JSON.parse source text proposal) and `JSON.stringify` (`JSON.rawJSON`). The replacements are
 * plain JavaScript: every `push` and every JSON call in the process — ours, zod's, micromark's, the user's —
 * then runs several times slower and allocates an `arguments` object each time. pdf.js uses none of the
 * corner cases these replacements exist for, so the engine's own functions are put back once pdf.js's modules
 * have run. Additions (`Promise.withResolvers`, iterator helpers, …) stay: pdf.js needs them on Node 20.
 */
/** The built-ins core-js may replace that pdf.js does not need replaced: [owner, property]. */
const GUARDED = [
    [Array.prototype, 'push'],
    [JSON, 'parse'],
    [JSON, 'stringify'],
];
/** Run `load` (which evaluates pdf.js's modules), then restore the guarded built-ins it replaced. */
export async function withIntrinsicsKept(load) {
    const saved = GUARDED.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)]);
    try {
        return await load();
    }
    finally {
        for (const [owner, key, descriptor] of saved) {
            if (descriptor && Object.getOwnPropertyDescriptor(owner, key)?.value !== descriptor.value) {
                Object.defineProperty(owner, key, descriptor);
            }
        }
    }
}
//# sourceMappingURL=pdf-intrinsics.js.map