/**
 * Reads a package's data file without keeping it in Node's module cache.
 * `require` keeps every module it loads (a JSON array, a `module.exports =
 * new Map(…)`) alive for the life of the thread, in its cache and in the
 * requiring module's `children`; a word list read once to build a compact
 * table (`sorted-words.ts`) then costs its full size twice in every worker.
 * These read the file and let it go once the caller has taken what it needs.
 */
import { readFileSync } from 'node:fs';
import type { createRequire } from 'node:module';

type Require = ReturnType<typeof createRequire>;

/** The parsed JSON of a package file (`pkg/path.json`), resolved as `require` would, not cached. */
export function readDataJson(require: Require, specifier: string): unknown {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
}

/**
 * The `module.exports` of a package's data-only CommonJS file (one that
 * assigns literals to `module.exports` and requires nothing), evaluated once
 * and not cached.
 */
export function readDataModule(require: Require, specifier: string): unknown {
  const file = require.resolve(specifier);
  const module = { exports: {} as unknown };
  // A data file: literals assigned to module.exports, nothing else (the caller names which).
  new Function('module', 'exports', readFileSync(file, 'utf8'))(module, module.exports);
  return module.exports;
}
