/** The middle value (the upper middle of an even count); 0 for none. */
export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
//# sourceMappingURL=median.js.map