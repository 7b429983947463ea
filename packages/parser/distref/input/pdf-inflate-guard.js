/**
 * A bound on what pdf.js may inflate. pdf.js inflates Flate streams into ArrayBuffers outside the JS heap, so a
 * worker's heap limit does not stop a 1 MB PDF whose content stream inflates to 1 GB. Before the document is handed
 * to pdf.js, every stream whose first filter is Flate (object streams too) is inflated here with Node's zlib,
 * counting the bytes that come out without keeping them; over the limit in total, the PDF is refused
 * (`E_TOO_LARGE`). One pass over the bytes: the dictionary of each stream is looked for only between the previous
 * stream's end and its `stream` keyword, and each stream's data is inflated once. A PDF too small to reach the
 * limit at deflate's highest possible ratio is not scanned at all.
 */
import { constants, createInflate, inflateSync } from 'node:zlib';
import { ParseError } from '../errors.js';
/** What the inflated Flate streams of one PDF may add up to by default (the PDF fixtures inflate to 300 KB at most). */
export const DEFAULT_MAX_INFLATED_BYTES = 256 * 1024 * 1024;
/**
 * The most that deflate data can inflate to per byte: a match of 258 bytes coded in two bits (a one-bit
 * length code and a one-bit distance code, RFC 1951), 258 × 8 / 2. zlib's own documentation gives 1032:1.
 */
export const MAX_DEFLATE_RATIO = 1032;
/** Streams up to this size inflate in one synchronous call; larger ones are counted chunk by chunk, not kept. */
const SYNC_OUTPUT_WINDOW = 4 * 1024 * 1024;
/** Output chunk size when a large stream is counted chunk by chunk. */
const COUNT_CHUNK = 256 * 1024;
/** pdf.js skips to the next line after `stream`; further than this, the keyword opens no stream here. */
const MAX_KEYWORD_LINE = 256;
const CR = 0x0d;
const LF = 0x0a;
const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const FILTER = Buffer.from('/Filter');
/** The keyword that opens an indirect object: a stream's dictionary follows the last one before it. */
const OBJ = Buffer.from('obj');
/** `/Filter /FlateDecode` or `/Filter [/FlateDecode …]` (`/Fl` is its abbreviation, which pdf.js also reads). */
const FLATE_FIRST = /^\/Filter\s*(?:\[\s*)?\/(?:FlateDecode|Fl)(?![A-Za-z])/;
/** A direct `/Length n` (an indirect `n 0 R` is not resolved here: its stream ends at `endstream`). */
const DIRECT_LENGTH = /\/Length\s+(\d+)(?!\d)(?!\s+\d+\s+R)/;
/** The first byte after the line the `stream` keyword ends, as pdf.js reads it; -1 when there is no line end near. */
function dataStart(bytes, afterKeyword) {
    const limit = Math.min(afterKeyword + MAX_KEYWORD_LINE, bytes.length);
    for (let at = afterKeyword; at < limit; at++) {
        if (bytes[at] === LF)
            return at + 1;
        if (bytes[at] === CR)
            return bytes[at + 1] === LF ? at + 2 : at + 1;
    }
    return -1;
}
/** A zlib header as pdf.js checks it (deflate method, check bits): data without one is not inflated by pdf.js. */
function hasZlibHeader(data) {
    const [method = 0, flags = 0] = data;
    return (method & 0x0f) === 8 && ((method << 8) | flags) % 31 === 0;
}
/**
 * The data of the stream whose keyword ends at `afterKeyword`, `dictionary` being the text before it. pdf.js trusts
 * `/Length` when `endstream` follows it: so do we. An indirect `/Length` is not resolved here, and the bytes
 * `endstream` may occur inside compressed data, so without a direct one the data runs as far as zlib reads it.
 */
function streamAt(bytes, afterKeyword, dictionary) {
    const start = dataStart(bytes, afterKeyword);
    if (start === -1)
        return undefined;
    const length = Number(DIRECT_LENGTH.exec(dictionary)?.[1] ?? Number.NaN);
    if (Number.isSafeInteger(length) && start + length <= bytes.length) {
        const after = bytes.subarray(start + length, start + length + END_STREAM.length + 2).toString('latin1');
        if (after.trimStart().startsWith('endstream'))
            return { start, end: start + length };
    }
    return { start, end: undefined };
}
/**
 * How many bytes `data` inflates to, counting at most a little past `limit`, and how much of `data` zlib read (it
 * stops at the end of the compressed stream). A damaged stream counts what came out before the damage (pdf.js keeps
 * that much too); one that does not inflate at all counts 0 and is left to pdf.js.
 */
async function inflatedSize(data, limit) {
    const window = Math.min(limit + 1, SYNC_OUTPUT_WINDOW);
    try {
        const options = { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: window, info: true };
        // With `info`, Node returns the engine beside the output (its typings do not say so).
        const { buffer, engine } = inflateSync(data, options);
        return { size: buffer.length, consumed: engine.bytesWritten };
    }
    catch {
        // Over the window, or damaged: count chunk by chunk, keeping nothing.
    }
    return new Promise((resolve) => {
        let size = 0;
        const inflater = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: COUNT_CHUNK });
        const finish = () => {
            resolve({ size, consumed: inflater.bytesWritten });
            inflater.destroy();
        };
        inflater.on('data', (chunk) => {
            size += chunk.length;
            if (size > limit)
                finish();
        });
        inflater.on('error', finish);
        inflater.on('end', finish);
        inflater.end(data);
    });
}
/**
 * What the PDF's Flate streams inflate to in total, counted until it passes `limit`. Each `stream` keyword's
 * dictionary is looked for only since the previous keyword (or the end of the previous stream's data), so the scan
 * is linear in the bytes, plus what is inflated.
 */
export async function inflatedBytes(pdf, limit) {
    const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    let total = 0;
    let from = 0;
    for (let keyword = bytes.indexOf(STREAM, from); keyword !== -1 && total <= limit; keyword = bytes.indexOf(STREAM, from)) {
        const head = bytes.subarray(from, keyword);
        from = keyword + STREAM.length;
        const filter = head.lastIndexOf(FILTER);
        if (filter === -1 || !FLATE_FIRST.test(head.subarray(filter).toString('latin1')))
            continue;
        const stream = streamAt(bytes, from, head.subarray(head.lastIndexOf(OBJ) + 1).toString('latin1'));
        if (!stream)
            continue;
        const data = bytes.subarray(stream.start, stream.end);
        // Without a zlib header pdf.js does not inflate it either; scanning goes on inside, in case it was no stream.
        if (!hasZlibHeader(data))
            continue;
        const inflated = await inflatedSize(data, limit - total);
        total += inflated.size;
        // Each byte is read by zlib at most once, so the scan stays linear however the streams are laid out.
        from = stream.start + Math.max(inflated.consumed, stream.end === undefined ? 0 : stream.end - stream.start);
    }
    return total;
}
/**
 * Refuse (`E_TOO_LARGE`) a PDF whose Flate streams inflate to more than `maxInflatedBytes` in total. The scan reads
 * each byte into zlib at most once, so a PDF of n bytes cannot count more than `MAX_DEFLATE_RATIO` × n: below the
 * limit, the answer is known without inflating anything (with the default limit, PDFs up to ~254 KB: ~0.4 ms each
 * saved for the answer letters, which run to tens of KB).
 */
export async function checkInflatedSize(pdf, maxInflatedBytes = DEFAULT_MAX_INFLATED_BYTES) {
    if (pdf.byteLength * MAX_DEFLATE_RATIO <= maxInflatedBytes)
        return;
    if ((await inflatedBytes(pdf, maxInflatedBytes)) > maxInflatedBytes) {
        throw new ParseError('E_TOO_LARGE', `The PDF's compressed streams inflate to more than ${maxInflatedBytes} bytes (the limit, maxInflatedBytes)`);
    }
}
//# sourceMappingURL=pdf-inflate-guard.js.map