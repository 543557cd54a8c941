/**
 * The three build stages in a row: extract, validate, publish. This is what
 * `make` and `make datasets` run (make calls the stages one by one so it can
 * skip what is up to date; this function is for the CLI's `datasets` command
 * and for tests).
 */
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { type ExtractReport, recordsDir, runExtract } from './extract/extract-stage.ts';
import { type PublishReport, runPublish } from './publish/publish-stage.ts';
import { type ValidateReport, runValidate } from './validate/validate-stage.ts';

/** Options of {@link buildDatasets}. */
export interface BuildOptions {
  rawDir: string;
  outRoot: string;
  /** Working folder for the stages' intermediate files; defaults to {@link defaultBuildDir}. */
  buildDir?: string;
  allowInvalid?: boolean;
  /** Publish pages with no readable text as empty articles instead of reporting them. */
  keepUnreadable?: boolean;
}

/** The folder of valid tables inside a build folder. */
export const validDir = (buildDir: string): string => join(buildDir, 'valid');

/** A build folder of its own for each raw folder: `build/<hash of the raw folder's absolute path>`. */
export function defaultBuildDir(rawDir: string): string {
  return join('build', createHash('sha256').update(resolve(rawDir)).digest('hex').slice(0, 12));
}

/** Runs extract, validate and publish. */
export async function buildDatasets(options: BuildOptions): Promise<{
  extract: ExtractReport;
  validate: ValidateReport;
  publish: PublishReport;
}> {
  const buildDir = options.buildDir ?? defaultBuildDir(options.rawDir);
  const extract = await runExtract({ rawDir: options.rawDir, buildDir, keepUnreadable: options.keepUnreadable });
  const validate = await runValidate({ inDir: recordsDir(buildDir), outDir: validDir(buildDir), allowInvalid: options.allowInvalid });
  const publish = await runPublish({ inDir: validDir(buildDir), outRoot: options.outRoot });
  return { extract, validate, publish };
}
