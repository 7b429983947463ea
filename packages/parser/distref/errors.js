/**
 * An input that cannot become a record: not a PDF, encrypted, no text layer, not a Folketing document…
 * Problems *inside* a document that still parses are warnings on the record, not errors.
 */
export class ParseError extends Error {
    name = 'ParseError';
    code;
    page;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.code = code;
        this.page = options.page;
    }
}
export function isParseError(value) {
    return value instanceof ParseError;
}
//# sourceMappingURL=errors.js.map