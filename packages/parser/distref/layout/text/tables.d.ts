import type { LayoutItem, LayoutLine } from '../../tree.js';
/**
 * Find table bodies: after `Tabel N` and its caption, up to `Anm.:`, `Kilde:` or prose (cells one per paragraph
 * first, then lines of a table). Returns the items with each recognised table body replaced by a table item.
 */
export declare function withTables(input: LayoutLine[]): LayoutItem[];
//# sourceMappingURL=tables.d.ts.map