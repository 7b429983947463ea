export { isParseError, ParseError } from './errors.js';
export { fieldValue, PROVENANCE_FIELDS } from './extract/provenance.js';
export { extractRecord, extractRecords } from './extract/record.js';
export { sessionFromDate } from './extract/session.js';
export { openPdf } from './input/pdf-load.js';
export { sniffFormat } from './input/sniff.js';
export { DEFAULT_MAX_BYTES, parse, parseAll, parseFile, parseFileAll, parseToTree } from './parse.js';
export { recordToMarkdown } from './render/markdown.js';
export { findDate, parseDateLine } from './util/dates.js';
export { joinLines } from './util/hyphenation.js';
export { parseDanishNumber } from './util/numbers.js';
//# sourceMappingURL=index.js.map