/**
 * `site --data DIR --out DIR`: builds the static site of a published version
 * folder (publish also builds one into `out/<version>/site/`).
 */
import { parseArgs } from 'node:util';
import { PipelineError } from '../lib/errors.ts';
import { buildSite } from './site-build.ts';

const USAGE = `usage: tsx pipeline/cli.ts site --data DIR --out DIR

  --data DIR   a published version folder (e.g. out/latest)
  --out DIR    where to write the site (replaced when complete)`;

/** Runs the site command; returns the exit code. */
export async function siteCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', default: false } }, strict: true });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.data || !values.out) {
    throw new PipelineError('cli', 'site needs --data and --out', { hint: USAGE });
  }
  const report = await buildSite({ dataDir: values.data, outDir: values.out });
  console.error(`site: ${report.quotes} quote(s), ${report.articles} article(s); open ${report.index}`);
  return 0;
}
