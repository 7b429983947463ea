/** The format of an input from its bytes first, its name second. */
import type { SourceFormat } from '@ft-answers/schema';
/** What a PDF's header starts with. */
export declare const PDF_MAGIC = "%PDF-";
/** PDF readers accept the header within the first 1024 bytes. */
export declare const PDF_HEADER_WINDOW = 1024;
export declare function sniffFormat(bytes: Uint8Array, path?: string): SourceFormat | undefined;
//# sourceMappingURL=sniff.d.ts.map