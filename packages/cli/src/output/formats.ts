/** The output formats `convert` writes (a module of its own: `--help` lists them without loading the writers). */
export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv', 'parquet', 'md'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]
