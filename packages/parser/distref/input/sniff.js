import { textDecoder, utf16Encoding } from './decode.js';
/** What a PDF's header starts with. */
export const PDF_MAGIC = '%PDF-';
/** PDF readers accept the header within the first 1024 bytes. */
export const PDF_HEADER_WINDOW = 1024;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p[\s>])/iu;
export function sniffFormat(bytes, path = '') {
    const utf16 = utf16Encoding(bytes);
    const head = textDecoder(utf16 ?? 'latin1').decode(bytes.subarray(0, PDF_HEADER_WINDOW));
    if (head.includes(PDF_MAGIC))
        return 'pdf';
    const lower = path.toLowerCase();
    if (lower.endsWith('.pdf'))
        return 'pdf';
    if (!utf16 && isBinary(bytes))
        return undefined;
    if (HTML_START.test(head) || /\.x?html?$/u.test(lower))
        return 'html';
    if (/\.(?:md|markdown|mdown)$/u.test(lower))
        return 'markdown';
    return 'text';
}
/** NUL bytes or a high share of control characters: not text. */
function isBinary(bytes) {
    const sample = bytes.subarray(0, 4096);
    let control = 0;
    for (let at = 0; at < sample.length; at++) {
        const byte = sample[at];
        if (byte === 0)
            return true;
        if (byte < 9 || (byte > 13 && byte < 32))
            control++;
    }
    return sample.length > 0 && control / sample.length > 0.1;
}
//# sourceMappingURL=sniff.js.map