import type { Root } from 'mdast'
import { ParseError } from '../errors.js'
import type { Messages } from '../messages.js'

export interface PdfOptions {
  messages: Messages
  maxPages?: number
}

export async function pdfToTree(_bytes: Uint8Array, _options: PdfOptions): Promise<{ tree: Root; pages: number }> {
  throw new ParseError('E_UNSUPPORTED_FORMAT', 'PDF input is not wired yet')
}
