/**
 * Test files that replace modules or globals (`vi.mock`, a proxied `RegExp` or `Function`) or must load the
 * parser's modules afresh: vitest runs each in a module registry of its own (`vitest.config.ts`). Every other file
 * shares its worker's registry with the files before it. `test/isolation.test.ts` fails when a file that replaces a
 * module or a global is missing here.
 */
export const ISOLATED = [
  'packages/cli/test/failures.test.ts',
  'packages/parser/test/broken.test.ts',
  'packages/parser/test/input/pdf-engine.test.ts',
  'packages/parser/test/regex-safety.test.ts',
]
