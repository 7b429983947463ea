/**
 * Bytes → text for the text formats (text, HTML, Markdown): a UTF-16 byte order mark is honoured, then UTF-8 is
 * tried, and what is not valid UTF-8 is read as Windows-1252 (older files).
 */
/**
 * The UTF-16 encoding a byte order mark names (Windows tools such as PowerShell 5 write text so), else undefined.
 */
export declare function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined;
type Decoder = InstanceType<typeof TextDecoder>;
/** The decoder for `label` (`fatal`: an invalid byte sequence throws instead of becoming U+FFFD). */
export declare function textDecoder(label: string, fatal?: boolean): Decoder;
/**
 * Windows-1252 text. Node 20 decodes the label as ISO-8859-1 (bytes 0x80–0x9F become C1 controls instead of
 * `€ – “ ”`); Node 22 and later decode it as the standard says. The controls are mapped to the standard's
 * characters, which leaves a correct decoder's output unchanged.
 */
export declare function decodeWindows1252(bytes: Uint8Array): string;
/** The text of a text-format input. */
export declare function decodeText(bytes: Uint8Array): string;
export {};
//# sourceMappingURL=decode.d.ts.map