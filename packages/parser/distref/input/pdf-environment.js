/**
 * What pdf.js's legacy build (5.6) needs from Node before it loads, when `@napi-rs/canvas` is not there.
 *
 * On loading in Node, `pdf.mjs` requires `@napi-rs/canvas` (an optional dependency of pdfjs-dist, 32 MB of
 * native code) and copies its `DOMMatrix`, `ImageData` and `Path2D` onto `globalThis` where Node has none. Text
 * extraction (`getTextContent`, `getOperatorList`) uses none of the three; but one module-level statement
 * (`const SCALE_MATRIX = new DOMMatrix()`, for rendering meshes) runs on load, so without the canvas package
 * (`npm install --omit=optional`, or a platform it has no binary for) the import throws "DOMMatrix is not
 * defined" and pdf.js prints three warnings. Here, only when `DOMMatrix` is missing and the canvas package
 * cannot be loaded, a minimal `DOMMatrix` is provided and those three load-time warnings are dropped; rendering
 * (the CLI's `inspect` page) still needs the canvas package, which then supplies the real `DOMMatrix`.
 */
import { createRequire } from 'node:module';
/** The package pdf.js takes its canvas globals from in Node. */
const CANVAS_PACKAGE = '@napi-rs/canvas';
/** The warnings pdf.js prints on load when the canvas package is missing (`Warning: Cannot load "@napi-rs/canvas"…`). */
const CANVAS_MISSING_WARNING = /^Warning: Cannot (load "@napi-rs\/canvas" package|polyfill `(ImageData|Path2D)`)/;
/**
 * A 2D affine matrix with the fields of the DOM's `DOMMatrix` (`a`–`f`) and nothing else: pdf.js's text
 * extraction only constructs one on load. Not a general polyfill — it is installed only where no real
 * `DOMMatrix` exists, and rendering cannot run there anyway (it needs the canvas package).
 */
export class MinimalDOMMatrix {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
    /** `init`: `[a, b, c, d, e, f]`, as pdf.js passes transforms; the identity without it. */
    constructor(init) {
        if (init && init.length === 6) {
            ;
            [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init);
        }
    }
    get is2D() {
        return true;
    }
    get isIdentity() {
        return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
    }
}
/** Whether pdf.js will find its canvas package: the same `require` from the same place as `pdf.mjs` does. */
function canvasLoads(pdfjsEntry) {
    try {
        createRequire(pdfjsEntry)(CANVAS_PACKAGE);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Run `load` (which evaluates pdf.js's modules, resolved from `pdfjsEntry`) in an environment where it can load
 * without the canvas package. Does nothing when `DOMMatrix` exists (Node has none up to 24) or the canvas package
 * loads.
 */
export async function withPdfjsEnvironment(pdfjsEntry, load) {
    if ('DOMMatrix' in globalThis || canvasLoads(pdfjsEntry))
        return load();
    Object.defineProperty(globalThis, 'DOMMatrix', { value: MinimalDOMMatrix, writable: true, configurable: true });
    // pdf.js warns through console.warn while its module body runs; only its three known canvas warnings are dropped.
    const warn = console.warn;
    const filtered = (...args) => {
        if (typeof args[0] === 'string' && CANVAS_MISSING_WARNING.test(args[0]))
            return;
        warn.apply(console, args);
    };
    console.warn = filtered;
    try {
        return await load();
    }
    finally {
        // Put it back unless someone replaced it meanwhile.
        if (console.warn === filtered)
            console.warn = warn;
    }
}
//# sourceMappingURL=pdf-environment.js.map