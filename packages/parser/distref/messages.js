export class Messages {
    list = [];
    /** Record a warning at a source line (or none), about a record field; `code` is one of the schema's list. */
    warn(code, message, place, field) {
        const warning = { code, message };
        if (place) {
            warning.line = place.line;
            if (place.page !== undefined)
                warning.page = place.page;
        }
        if (field !== undefined)
            warning.field = field;
        this.add(warning);
    }
    /** Record a warning already made (another list's), unless the same one is recorded at the same line. */
    add(warning) {
        const { code, message, line } = warning;
        if (!this.list.some((other) => other.code === code && other.message === message && other.line === line))
            this.list.push(warning);
    }
}
//# sourceMappingURL=messages.js.map