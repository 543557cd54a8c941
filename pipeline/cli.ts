/**
 * The command line that make calls: one command per stage, plus `datasets`
 * (all build stages) and `bench`. Run with `npx tsx pipeline/cli.ts <command>`.
 */
import { parseArgs } from 'node:util';
import type { ExtractReport } from './extract/extract-stage.ts';
import { PipelineError, asPipelineError, type Stage } from './lib/errors.ts';

const USAGE = `usage: tsx pipeline/cli.ts <command> [options]

commands:
  fetch     --sources FILE --raw DIR [fetch options]   fetch the source list into raw snapshots
  extract   --raw DIR [--build DIR] [--keep-unreadable] read every snapshot into the tables
            (pages with no readable text are reported, not published, unless --keep-unreadable)
  validate  --raw DIR [--build DIR] [--allow-invalid]   check every record against schemas/
  publish   --raw DIR [--build DIR] --out DIR           write the versioned dataset
  datasets  --raw DIR --out DIR [--build DIR] [--allow-invalid] [--keep-unreadable] [--release] [--threads N]
            [--page-budget SECONDS] [--max-snapshot-bytes N] [--shard i/N | --merge N]
                                                        extract, validate and publish, unless the last build is current;
                                                        an ad-hoc build (no --release) is named after its raw folder;
                                                        --shard i/N extracts one slice, --merge N publishes N slices
  bench     [--raw DIR] [--rounds N]                    time and measure memory of the extract stage
  site      --data DIR --out DIR                        build the static site of a published version
  help                                                  this text`;

const OPTIONS = {
  raw: { type: 'string', default: 'raw' },
  out: { type: 'string', default: 'out' },
  build: { type: 'string' },
  'allow-invalid': { type: 'boolean', default: false },
  'keep-unreadable': { type: 'boolean', default: false },
  rounds: { type: 'string', default: '3' },
  release: { type: 'boolean', default: false },
  threads: { type: 'string' },
  'page-budget': { type: 'string' },
  'max-snapshot-bytes': { type: 'string' },
  shard: { type: 'string' },
  merge: { type: 'string' },
} as const;

/** A number option, or undefined when absent. */
function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new PipelineError('cli', `--${name} needs a number, not '${value}'`);
  return n;
}

function printExtractReport(report: ExtractReport): void {
  console.error(`extract: ${report.articles} article(s) from ${report.snapshots} snapshot(s) (${report.cached} unchanged)`);
  for (const p of report.warnings) console.error(`  warning: ${p.file}: ${p.reason} (${p.hint})`);
  for (const p of report.problems) console.error(`  problem: ${p.file}: ${p.reason} (${p.hint})`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'fetch') {
    const { fetchCommand } = await import('./fetch/command.ts');
    return fetchCommand(rest);
  }
  if (command === 'bench') {
    const { benchCommand } = await import('./bench/bench-command.ts');
    return benchCommand(rest);
  }
  if (command === 'site') {
    const { siteCommand } = await import('./site/command.ts');
    return siteCommand(rest);
  }
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  // The build stages are loaded only here, so `fetch` runs even while an extractor does not load.
  // Each stage loads only when its command runs: an up-to-date `datasets` loads no extractor.
  const { datasetsCommand, defaultBuildDir, extractShardCommand, validDir } = await import('./datasets.ts');
  const stages = {
    extract: () => import('./extract/extract-stage.ts'),
    validate: () => import('./validate/validate-stage.ts'),
    publish: () => import('./publish/publish-stage.ts'),
  };
  const { siteIndex } = await import('./site/site-build.ts');
  const { values } = parseArgs({ args: rest, options: OPTIONS, strict: true });
  const options = {
    rawDir: values.raw,
    outRoot: values.out,
    buildDir: values.build ?? defaultBuildDir(values.raw),
    allowInvalid: values['allow-invalid'],
    keepUnreadable: values['keep-unreadable'],
  };
  const buildDir = options.buildDir;
  switch (command) {
    case 'extract': {
      const { runExtract } = await stages.extract();
      printExtractReport(await runExtract({ rawDir: options.rawDir, buildDir, keepUnreadable: options.keepUnreadable }));
      return 0;
    }
    case 'validate': {
      const { recordsDir } = await stages.extract();
      const { runValidate } = await stages.validate();
      const { summariseCascade } = await import('./validate/cascade.ts');
      const report = await runValidate({ inDir: recordsDir(buildDir), outDir: validDir(buildDir), allowInvalid: options.allowInvalid });
      console.error(`validate: ${Object.values(report.valid).reduce((a, b) => a + b, 0)} valid record(s), ${report.invalid.length} invalid`);
      for (const r of report.invalid.slice(0, 20)) console.error(`  invalid: ${r.file} record ${r.index}: ${r.message}`);
      if (report.cascaded.length > 0) console.error(`  because they referred to a dropped record: ${summariseCascade(report.cascaded)} (listed in validate-report.json)`);
      return 0;
    }
    case 'publish': {
      const { runPublish } = await stages.publish();
      const report = await runPublish({ inDir: validDir(buildDir), outRoot: options.outRoot });
      console.error(`publish: ${report.dir} (${Object.entries(report.rows).map(([t, n]) => `${n} ${t}`).join(', ')})`);
      console.error(`site: open ${siteIndex(report.dir)} in a browser`);
      return 0;
    }
    case 'datasets': {
      const budget = numberOption('page-budget', values['page-budget']);
      const datasetsOptions = {
        ...options,
        release: values.release,
        threads: numberOption('threads', values.threads),
        pageBudgetMs: budget === undefined ? undefined : budget * 1000,
        maxSnapshotBytes: numberOption('max-snapshot-bytes', values['max-snapshot-bytes']),
        mergeShards: numberOption('merge', values.merge),
      };
      if (values.shard) {
        const done = await extractShardCommand({ ...datasetsOptions, shard: values.shard });
        console.error(`datasets: shard ${values.shard}: ${done.snapshots} snapshot(s) extracted into ${done.file}`);
        return 0;
      }
      const result = await datasetsCommand(datasetsOptions);
      if (result.upToDate) {
        console.error(`datasets: ${result.latest} is up to date (${result.listing.files.length} file(s) under ${options.rawDir} unchanged)`);
        return 0;
      }
      printExtractReport(result.extract);
      console.error(`publish: ${result.publish.dir} (${Object.entries(result.publish.rows).map(([t, n]) => `${n} ${t}`).join(', ')})`);
      console.error(`site: open ${siteIndex(result.publish.dir)} in a browser`);
      return 0;
    }
    default:
      console.error(`unknown command '${command}'\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const command = process.argv[2] ?? '';
    const stage: Stage = ['fetch', 'extract', 'validate', 'publish'].includes(command) ? (command as Stage) : 'cli';
    // A file-system error becomes one line naming the stage, the file and what to do; anything else is a bug: show its stack.
    console.error(asPipelineError(stage, error)?.message ?? error);
    process.exitCode = 1;
  },
);
