/** What the inflated Flate streams of one PDF may add up to by default (the PDF fixtures inflate to 300 KB at most). */
export declare const DEFAULT_MAX_INFLATED_BYTES: number;
/**
 * The most that deflate data can inflate to per byte: a match of 258 bytes coded in two bits (a one-bit
 * length code and a one-bit distance code, RFC 1951), 258 × 8 / 2. zlib's own documentation gives 1032:1.
 */
export declare const MAX_DEFLATE_RATIO = 1032;
/**
 * What the PDF's Flate streams inflate to in total, counted until it passes `limit`. Each `stream` keyword's
 * dictionary is looked for only since the previous keyword (or the end of the previous stream's data), so the scan
 * is linear in the bytes, plus what is inflated.
 */
export declare function inflatedBytes(pdf: Uint8Array, limit: number): Promise<number>;
/**
 * Refuse (`E_TOO_LARGE`) a PDF whose Flate streams inflate to more than `maxInflatedBytes` in total. The scan reads
 * each byte into zlib at most once, so a PDF of n bytes cannot count more than `MAX_DEFLATE_RATIO` × n: below the
 * limit, the answer is known without inflating anything (with the default limit, PDFs up to ~254 KB: ~0.4 ms each
 * saved for the answer letters, which run to tens of KB).
 */
export declare function checkInflatedSize(pdf: Uint8Array, maxInflatedBytes?: number): Promise<void>;
//# sourceMappingURL=pdf-inflate-guard.d.ts.map