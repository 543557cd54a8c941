/**
 * Runs a compiled CommonJS bundle with a V8 code cache (issue 12: an
 * extraction worker spent most of its ~0.6 s start compiling the extractors'
 * modules, in every build). The first run compiles the bundle as usual, and
 * {@link LoadedScript.save} then stores V8's compiled code, including the
 * functions compiled lazily while the first page was extracted; later runs
 * hand it back to V8 instead of compiling again.
 *
 * The cache is a cache, never a source: a file beside the bundle (in
 * `node_modules/.cache/`, which the CLI's compile replaces whole), named by
 * the SHA-256 of the bundle's text, since V8 checks only the source's length
 * and its own version and flags. A cache V8 rejects (another Node, other
 * flags) is written again; one that cannot be written leaves the bundle
 * compiled as before the cache existed. Either way the code run is the same.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { tempPathBeside } from '../lib/atomic-write.ts';
import { sha256 } from '../lib/hash.ts';

/** What became of the code cache: used, absent (first run), or rejected by V8 (it is then written again). */
export type CodeCacheState = 'used' | 'absent' | 'rejected';

/** A bundle run with {@link loadCachedScript}. */
export interface LoadedScript {
  /** The bundle's `module.exports`. */
  exports: unknown;
  state: CodeCacheState;
  /** The cache file this bundle's text is named to. */
  cacheFile: string;
  /** Stores the compiled code (call once the code has run, so that lazily compiled functions are in); false when it could not be written. */
  save: () => boolean;
}

/** The code cache file of a bundle's text: beside it, named by the text's digest. */
export function codeCachePath(bundle: string, source: string): string {
  return `${bundle}.${sha256(source).slice(0, 24)}.v8-cache`;
}

/** Runs the CommonJS file `bundle` (as `require` would, in this thread) with its code cache when there is one. */
export function loadCachedScript(bundle: string): LoadedScript {
  const source = readFileSync(bundle, 'utf8');
  const cacheFile = codeCachePath(bundle, source);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // not stored yet (or unreadable): compiled as usual
  }
  const script = new Script(wrap(source), { filename: bundle, cachedData });
  const state: CodeCacheState = cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const save = (): boolean => {
    const tmp = tempPathBeside(cacheFile);
    try {
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
      return true;
    } catch {
      // A read-only install: the bundle is compiled in every run, as before the cache existed. Nothing is lost.
      rmSync(tmp, { force: true });
      return false;
    }
  };
  return { exports: module.exports, state, cacheFile, save };
}
