/**
 * One level of nesting taken out, in a loop: on Node 20 `Array.prototype.flat` and `flatMap` cost several times
 * as much as pushing the items one by one, and the PDF layout flattens its pages and lines on every document.
 */
/** The items of `groups`, in order: `groups.flat()`. */
export function flatten(groups) {
    const items = [];
    for (const group of groups)
        for (const item of group)
            items.push(item);
    return items;
}
/** The items `each` gives for each of `values`, in order: `values.flatMap(each)` for an `each` that returns arrays. */
export function flatMapped(values, each) {
    const items = [];
    for (const value of values)
        for (const item of each(value))
            items.push(item);
    return items;
}
//# sourceMappingURL=flatten.js.map