/**
 * A record as Markdown: YAML front matter with the metadata, then the question and the answer as GFM (tables as
 * GFM tables), written with remark-stringify.
 */
import type { FtRecord } from '@ft-answers/schema';
export declare function recordToMarkdown(record: FtRecord): string;
//# sourceMappingURL=markdown.d.ts.map