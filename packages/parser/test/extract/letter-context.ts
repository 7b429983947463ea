/** A finder's context built from a made-up letter's text, as the parser builds it (layout roles included). */

import type { Context } from '../../src/extract/context.js'
import { lineView } from '../../src/extract/lines.js'
import { parseToTree } from '../../src/index.js'
import { Messages } from '../../src/messages.js'

export async function letterContext(text: string): Promise<Context> {
  const { tree } = await parseToTree(text, { requireFolketingDocument: false })
  return { tree, lines: lineView(tree), messages: new Messages() }
}

/** The warning codes a context's messages hold. */
export function codes(context: Context): string[] {
  return context.messages.list.map((warning) => warning.code)
}
