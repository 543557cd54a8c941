/**
 * `site --data DIR --out DIR`: builds the static site of a published version
 * folder (publish also builds one into `out/<version>/site/`).
 */
import { type CommandHelp, EXIT_USAGE, parseCommandOptions } from '../lib/cli-help.ts';
import { buildSite } from './site-build.ts';

const SITE_HELP: CommandHelp = {
  usage: 'usage: tsx pipeline/cli.ts site --data DIR --out DIR',
  summary: 'Builds the static site of a published version folder (publish also builds one into out/<version>/site/).',
  options: [
    { name: 'data', value: 'DIR', text: 'a published version folder (e.g. out/latest)' },
    { name: 'out', value: 'DIR', text: 'where to write the site (replaced when complete)' },
  ],
};

/** Runs the site command; returns the exit code. */
export async function siteCommand(args: string[]): Promise<number> {
  const parsed = parseCommandOptions('site', args, SITE_HELP);
  if (parsed.exit !== undefined) return parsed.exit;
  const { data, out } = parsed.values;
  if (typeof data !== 'string' || typeof out !== 'string') {
    console.error(`site: --data and --out are both needed\n${SITE_HELP.usage}`);
    return EXIT_USAGE;
  }
  const report = await buildSite({ dataDir: data, outDir: out });
  console.error(`site: ${report.quotes} quote(s), ${report.articles} article(s); open ${report.index}`);
  return 0;
}
