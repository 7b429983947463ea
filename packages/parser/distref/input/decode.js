/**
 * Bytes → text for the text formats (text, HTML, Markdown): a UTF-16 byte order mark is honoured, then UTF-8 is
 * tried, and what is not valid UTF-8 is read as Windows-1252 (older files).
 */
/**
 * The UTF-16 encoding a byte order mark names (Windows tools such as PowerShell 5 write text so), else undefined.
 */
export function utf16Encoding(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'utf-16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'utf-16be';
    return undefined;
}
/**
 * One decoder per encoding (and fatality), made on first use: a decoder keeps no state between calls that do not
 * stream, and making one (an ICU converter for the single-byte and UTF-16 encodings) costs more than decoding a short
 * text with it.
 */
const decoders = new Map();
/** The decoder for `label` (`fatal`: an invalid byte sequence throws instead of becoming U+FFFD). */
export function textDecoder(label, fatal = false) {
    const key = `${label}${fatal ? ':fatal' : ''}`;
    let decoder = decoders.get(key);
    if (!decoder) {
        decoder = new TextDecoder(label, { fatal });
        decoders.set(key, decoder);
    }
    return decoder;
}
/**
 * Windows-1252's characters for the bytes 0x80–0x9F (`€`, `–`, `“`, `”`, …), in byte order; the five bytes it
 * leaves undefined keep their C1 code point, as the WHATWG encoding standard says.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** A C1 control character, which Node 20's `TextDecoder('windows-1252')` gives for the bytes 0x80–0x9F. */
const C1_CONTROL = /[\u0080-\u009f]/gu;
/**
 * Windows-1252 text. Node 20 decodes the label as ISO-8859-1 (bytes 0x80–0x9F become C1 controls instead of
 * `€ – “ ”`); Node 22 and later decode it as the standard says. The controls are mapped to the standard's
 * characters, which leaves a correct decoder's output unchanged.
 */
export function decodeWindows1252(bytes) {
    return textDecoder('windows-1252')
        .decode(bytes)
        .replace(C1_CONTROL, (control) => WINDOWS_1252_HIGH[control.codePointAt(0) - 0x80]);
}
/** The text of a text-format input. */
export function decodeText(bytes) {
    const utf16 = utf16Encoding(bytes);
    if (utf16)
        return textDecoder(utf16).decode(bytes);
    try {
        return textDecoder('utf-8', true).decode(bytes);
    }
    catch {
        // Older files in Windows-1252.
        return decodeWindows1252(bytes);
    }
}
//# sourceMappingURL=decode.js.map