import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ParseError } from '../errors.js';
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
/**
 * pdf.js, loaded on first use so that text-only users never pay for it. Its worker module is loaded here too
 * (it sets `globalThis.pdfjsWorker`, which pdf.js's in-thread "fake worker" uses) so that both modules have
 * run before the built-ins they replace are restored (see `pdf-intrinsics.ts`). Without `@napi-rs/canvas`, a
 * minimal `DOMMatrix` is provided first (see `pdf-environment.ts`).
 */
export declare function loadPdfjs(): Promise<Pdfjs>;
/** The options every document is opened with (a test pins the security-relevant ones). */
export declare const PDF_LOAD_OPTIONS: {
    readonly isEvalSupported: false;
    readonly disableFontFace: true;
    readonly useSystemFonts: false;
    readonly useWorkerFetch: false;
    readonly standardFontDataUrl: string;
    readonly cMapUrl: string;
    readonly cMapPacked: true;
    readonly verbosity: 0;
    readonly stopAtErrors: false;
};
export interface OpenPdfOptions {
    /** What the document's Flate streams may inflate to in total (default `DEFAULT_MAX_INFLATED_BYTES`). */
    maxInflatedBytes?: number;
}
/**
 * Open a document; errors become `ParseError`s with a code (`E_NOT_PDF` without a PDF header, `E_TOO_LARGE` when
 * its Flate streams inflate to more than `maxInflatedBytes`: see `pdf-inflate-guard.ts`). The caller must
 * `destroy()` it.
 */
export declare function openPdf(bytes: Uint8Array, options?: OpenPdfOptions): Promise<PDFDocumentProxy>;
/** Map pdf.js's exceptions to stable codes. */
export declare function toParseError(error: unknown): ParseError;
export {};
//# sourceMappingURL=pdf-load.d.ts.map