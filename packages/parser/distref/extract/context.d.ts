import type { Root } from 'mdast';
import type { Messages } from '../messages.js';
import type { Line } from './lines.js';
/** What every extractor gets: the tree, its line view, and the message list. */
export interface Context {
    tree: Root;
    lines: Line[];
    messages: Messages;
}
/** Lines of running text (no stamp, letterhead or footer). */
export declare function bodyLines(context: Context): Line[];
//# sourceMappingURL=context.d.ts.map