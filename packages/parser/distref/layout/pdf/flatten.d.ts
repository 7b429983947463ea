/**
 * One level of nesting taken out, in a loop: on Node 20 `Array.prototype.flat` and `flatMap` cost several times
 * as much as pushing the items one by one, and the PDF layout flattens its pages and lines on every document.
 */
/** The items of `groups`, in order: `groups.flat()`. */
export declare function flatten<Item>(groups: readonly (readonly Item[])[]): Item[];
/** The items `each` gives for each of `values`, in order: `values.flatMap(each)` for an `each` that returns arrays. */
export declare function flatMapped<Value, Item>(values: readonly Value[], each: (value: Value) => readonly Item[]): Item[];
//# sourceMappingURL=flatten.d.ts.map