/**
 * Loading PDFs with pdfjs-dist 5.6 (legacy build: Node 20 has no DOMMatrix for the modern one).
 * Safe options: no eval (CVE-2024-4367), no font faces, no system fonts, no network: standard font data and
 * CMaps come from the package's own folders. Every document is destroyed after use.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ParseError } from '../errors.js';
import { withPdfjsEnvironment } from './pdf-environment.js';
import { checkInflatedSize } from './pdf-inflate-guard.js';
import { withIntrinsicsKept } from './pdf-intrinsics.js';
import { PDF_HEADER_WINDOW, PDF_MAGIC } from './sniff.js';
const require = createRequire(import.meta.url);
const packageRoot = dirname(require.resolve('pdfjs-dist/package.json'));
/** pdf.js reads these with fs in Node; they must end in a slash. */
const STANDARD_FONT_DATA_URL = `${join(packageRoot, 'standard_fonts')}/`;
const CMAP_URL = `${join(packageRoot, 'cmaps')}/`;
/** The module `loadPdfjs` imports; pdf.js looks for its canvas package from here. */
const PDFJS_ENTRY = join(packageRoot, 'legacy', 'build', 'pdf.mjs');
let pdfjs;
/**
 * pdf.js, loaded on first use so that text-only users never pay for it. Its worker module is loaded here too
 * (it sets `globalThis.pdfjsWorker`, which pdf.js's in-thread "fake worker" uses) so that both modules have
 * run before the built-ins they replace are restored (see `pdf-intrinsics.ts`). Without `@napi-rs/canvas`, a
 * minimal `DOMMatrix` is provided first (see `pdf-environment.ts`).
 */
export function loadPdfjs() {
    pdfjs ??= withIntrinsicsKept(() => withPdfjsEnvironment(PDFJS_ENTRY, async () => {
        const library = await import('pdfjs-dist/legacy/build/pdf.mjs');
        await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
        return library;
    }));
    return pdfjs;
}
/** The options every document is opened with (a test pins the security-relevant ones). */
export const PDF_LOAD_OPTIONS = {
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    standardFontDataUrl: STANDARD_FONT_DATA_URL,
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    verbosity: 0,
    stopAtErrors: false,
};
/** Refuse bytes without a PDF header (`E_NOT_PDF`) before pdf.js is loaded for them. */
function checkPdfHeader(bytes) {
    if (!new TextDecoder('latin1').decode(bytes.subarray(0, PDF_HEADER_WINDOW)).includes(PDF_MAGIC)) {
        throw new ParseError('E_NOT_PDF', 'The input is named or declared a PDF but has no PDF header');
    }
}
/**
 * Open a document; errors become `ParseError`s with a code (`E_NOT_PDF` without a PDF header, `E_TOO_LARGE` when
 * its Flate streams inflate to more than `maxInflatedBytes`: see `pdf-inflate-guard.ts`). The caller must
 * `destroy()` it.
 */
export async function openPdf(bytes, options = {}) {
    checkPdfHeader(bytes);
    await checkInflatedSize(bytes, options.maxInflatedBytes);
    const { getDocument } = await loadPdfjs().catch((error) => {
        // The engine itself could not start (a missing global such as DOMMatrix, a damaged install): not the input's
        // fault, but still a typed error, so a batch reports it per file and goes on.
        const reason = error instanceof Error ? error.message : String(error);
        throw new ParseError('E_INTERNAL', `pdf.js could not be loaded: ${reason}`, { cause: error });
    });
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy — a plain Uint8Array, which pdf.js insists
    // on (a Buffer's slice() would be a Buffer, and share its memory).
    const task = getDocument({ ...PDF_LOAD_OPTIONS, data: new Uint8Array(bytes) });
    try {
        return await task.promise;
    }
    catch (error) {
        await task.destroy().catch(() => undefined);
        throw toParseError(error);
    }
}
/** Map pdf.js's exceptions to stable codes. */
export function toParseError(error) {
    if (error instanceof ParseError)
        return error;
    const name = error?.name ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (name === 'PasswordException') {
        return new ParseError('E_PDF_ENCRYPTED', 'The PDF is encrypted with a password', { cause: error });
    }
    if (name === 'InvalidPDFException') {
        return new ParseError('E_PDF_CORRUPT', `The PDF is damaged: ${message}`, { cause: error });
    }
    return new ParseError('E_PDF_CORRUPT', `The PDF cannot be read: ${message}`, { cause: error });
}
//# sourceMappingURL=pdf-load.js.map