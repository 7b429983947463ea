export function isLayoutTable(item) {
    return 'kind' in item && item.kind === 'table';
}
//# sourceMappingURL=tree.js.map