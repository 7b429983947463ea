/** Markdown → mdast with remark-parse and GFM (tables), then the shared block tree. */
import type { Root } from 'mdast';
/** Most container markers (`>`, list bullets) one Markdown line may open; real letters use two or three. */
export declare const MAX_MARKDOWN_NESTING = 64;
/** Markdown → block tree; `E_TOO_LARGE` for Markdown nested too deeply to parse in reasonable time. */
export declare function markdownToTree(markdown: string): Root;
//# sourceMappingURL=markdown.d.ts.map