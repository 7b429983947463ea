/**
 * Bytes → text for the text formats (text, HTML, Markdown): a UTF-16 byte order mark is honoured, then UTF-8 is
 * tried, and what is not valid UTF-8 is read as Windows-1252 (older files).
 */

/**
 * The UTF-16 encoding a byte order mark names (Windows tools such as PowerShell 5 write text so), else undefined.
 */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/** The text of a text-format input. */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes)
  if (utf16) return new TextDecoder(utf16).decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Older files in Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
