/** Lines of running text (no stamp, letterhead or footer). */
export function bodyLines(context) {
    return context.lines.filter((line) => !line.role);
}
//# sourceMappingURL=context.js.map