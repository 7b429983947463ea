/**
 * Drawn rules (table borders) from a page's operator list: `constructPath` paths in user space, mapped through
 * the current transformation matrix (tracked over `save`/`restore`/`transform`). Thin filled rectangles count
 * as rules too (Word and LibreOffice draw borders either way). Small filled shapes are marks: list bullets drawn
 * as shapes (Chromium's disc) rather than set as text.
 */
export interface Rule {
    /** Horizontal rules: y, from x0 to x1. Vertical rules: x, from y0 (as x0) to y1 (as x1). */
    at: number;
    from: number;
    to: number;
}
export interface Rules {
    horizontal: Rule[];
    vertical: Rule[];
    /** Images drawn on the page: the unit square under the current matrix, `[x0, y0, x1, y1]`. */
    images: Array<[number, number, number, number]>;
    /** Small filled shapes, about square (drawn bullets): `[x0, y0, x1, y1]`. */
    marks: Array<[number, number, number, number]>;
}
interface OperatorList {
    fnArray: ArrayLike<number>;
    argsArray: unknown[];
}
interface Ops {
    save: number;
    restore: number;
    transform: number;
    constructPath: number;
    paintImageXObject: number;
    paintInlineImageXObject: number;
    paintImageMaskXObject: number;
    fill: number;
    eoFill: number;
}
export declare function rulesFromOperatorList(list: OperatorList, ops: Ops): Rules;
export {};
//# sourceMappingURL=rules.d.ts.map