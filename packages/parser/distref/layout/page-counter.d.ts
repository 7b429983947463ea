/**
 * The letterhead's page counter split over two lines by a text rendition (`Side` / `1/2`): the page's furniture,
 * no cell of a table beside it.
 */
import type { SourceLine } from '../tree.js';
/** Marks `Side` and the `1/2` on the line after it as `page-footer`. Mutates `lines`. */
export declare function markSplitPageCounters(lines: SourceLine[]): void;
//# sourceMappingURL=page-counter.d.ts.map