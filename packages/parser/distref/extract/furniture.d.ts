/** `text` without the page furniture inside it (see the module's comment); the same string where there is none. */
export declare function withoutFurniture(text: string): string;
//# sourceMappingURL=furniture.d.ts.map