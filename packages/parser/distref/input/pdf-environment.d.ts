/**
 * A 2D affine matrix with the fields of the DOM's `DOMMatrix` (`a`–`f`) and nothing else: pdf.js's text
 * extraction only constructs one on load. Not a general polyfill — it is installed only where no real
 * `DOMMatrix` exists, and rendering cannot run there anyway (it needs the canvas package).
 */
export declare class MinimalDOMMatrix {
    a: number;
    b: number;
    c: number;
    d: number;
    e: number;
    f: number;
    /** `init`: `[a, b, c, d, e, f]`, as pdf.js passes transforms; the identity without it. */
    constructor(init?: ArrayLike<number>);
    get is2D(): boolean;
    get isIdentity(): boolean;
}
/**
 * Run `load` (which evaluates pdf.js's modules, resolved from `pdfjsEntry`) in an environment where it can load
 * without the canvas package. Does nothing when `DOMMatrix` exists (Node has none up to 24) or the canvas package
 * loads.
 */
export declare function withPdfjsEnvironment<T>(pdfjsEntry: string, load: () => Promise<T>): Promise<T>;
//# sourceMappingURL=pdf-environment.d.ts.map