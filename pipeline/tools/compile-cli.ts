/**
 * Compiles the CLI and the extraction worker to plain JavaScript with esbuild,
 * once per code change (make calls this when a file under pipeline/ is newer
 * than the output). Running the compiled CLI spares each build the ~1 s that
 * tsx spends on start-up (measured with --cpu-prof: its loader thread and the
 * transform of ~150 modules), and each worker thread as much again.
 *
 * Usage: tsx pipeline/tools/compile-cli.ts [OUT_DIR]   (default node_modules/.cache/who-said-what)
 *
 * Packages stay external (resolved from node_modules at run time), but for
 * the extraction worker: it is one CommonJS file with every package it uses,
 * run with a V8 code cache (pool/extract-worker-boot.ts, pool/code-cache.ts),
 * since each build that extracts a page starts one and its start is on the
 * critical path of a one-page rebuild (issue 12). Every
 * `import.meta.url` keeps the URL of its source file, so the code finds
 * schemas/, dataset.json and its own sources exactly as it does under tsx.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BuildOptions, type Plugin, build } from 'esbuild';
import { standaloneValidatorsCode } from '../validate/validators.ts';

const DEFAULT_OUT = 'node_modules/.cache/who-said-what';
const ENTRY_POINTS = { cli: 'pipeline/cli.ts', 'publish-worker': 'pipeline/pool/publish-worker.ts' };
/** The extraction worker: its entry (which runs the bundle with a code cache) and the bundle, each one file. */
const WORKER_ENTRY_POINTS = { 'extract-worker-boot': 'pipeline/pool/extract-worker-boot.ts', 'extract-worker': 'pipeline/pool/extract-worker.ts' };
/** The tables' validators, compiled (see pipeline/validate/validators.ts). */
const VALIDATORS_FILE = 'validators.cjs';
const IMPORT_META_URL = /\bimport\.meta\.url\b/g;

/** Replaces `import.meta.url` in each TypeScript source by the file URL of that source. */
const sourceUrls: Plugin = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replace(IMPORT_META_URL, JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

const outDir = resolve(process.argv[2] ?? DEFAULT_OUT);
const tmpDir = `${outDir}.tmp-${process.pid}`;
/** What every bundle shares. */
const COMMON = { outdir: tmpDir, bundle: true, platform: 'node', target: 'node20', plugins: [sourceUrls], logLevel: 'warning' } satisfies BuildOptions;
await build({
  ...COMMON,
  entryPoints: ENTRY_POINTS,
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  packages: 'external',
  // Each lazily imported stage in its own chunk, with its own package imports
  // (one file would load every package, cheerio to undici, for `help`).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // The pools start their workers from the compiled workers (see pipeline/pool/extract-pool.ts, publish-workers.ts).
  define: {
    WSW_COMPILED_WORKER: JSON.stringify(resolve(outDir, 'extract-worker-boot.cjs')),
    WSW_COMPILED_WORKER_BUNDLE: JSON.stringify(resolve(outDir, 'extract-worker.cjs')),
    WSW_COMPILED_VALIDATORS: JSON.stringify(resolve(outDir, VALIDATORS_FILE)),
    WSW_COMPILED_PUBLISH_WORKER: JSON.stringify(resolve(outDir, 'publish-worker.mjs')),
  },
});
await build({
  ...COMMON,
  entryPoints: WORKER_ENTRY_POINTS,
  outExtension: { '.js': '.cjs' },
  // CommonJS, since Node 20 keeps a code cache of a vm.Script but not of an ES module; the sources are still
  // resolved as ES modules (the packages' "import" conditions), as in the other bundles.
  format: 'cjs',
});
// The tables' validators as ajv's standalone code (validate/validators.ts checks that the schemas are still these).
await writeFile(join(tmpDir, VALIDATORS_FILE), standaloneValidatorsCode());
// Swap the new files in whole, so an interrupted compile never leaves a half-written CLI.
await rm(outDir, { recursive: true, force: true });
await rename(tmpDir, outDir);
