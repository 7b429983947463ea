export { isParseError, ParseError } from './errors.js';
export { DEFAULT_MAX_BYTES, parse, parseAll, parseFile, parseFileAll, parseToTree } from './parse.js';
//# sourceMappingURL=core.js.map