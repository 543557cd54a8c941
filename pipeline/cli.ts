/**
 * The command line that make calls: one command per stage, plus `datasets`
 * (all build stages), `bench`, `site` and `explain`. Run with
 * `npx tsx pipeline/cli.ts <command>`; every command answers `--help`.
 */
import type { ExtractReport } from './extract/extract-stage.ts';
import { type CommandHelp, EXIT_USAGE, type OptionHelp, parseCommandOptions, wantsHelp } from './lib/cli-help.ts';
import { PipelineError, asPipelineError, type Stage } from './lib/errors.ts';
import { boundHeapGrowth } from './lib/heap.ts';

const USAGE = `usage: tsx pipeline/cli.ts <command> [options]

commands:
  fetch     --sources FILE --raw DIR [fetch options]   fetch the source list into raw snapshots
  extract   --raw DIR [--build DIR] [--keep-unreadable] read every snapshot into the tables
  validate  --raw DIR [--build DIR] [--allow-invalid]   check every record against schemas/
  publish   --raw DIR [--build DIR] --out DIR           write the versioned dataset
  datasets  --raw DIR --out DIR [options]               extract, validate and publish, unless the last build is current
  bench     [--raw DIR] [--rounds N] [--synthetic N]    speed and memory figures
  site      --data DIR --out DIR                        build the static site of a published version
  explain   PAGE "Name"                                 how an actor of one HTML page was found and typed
  train-speakers --corpus DIR --weights FILE            fit the speaker chooser on annotated pages (PolNeAR train)
  train-names --corpus DIR --out FILE                   train the name model from GUM pages and their gold lists
  help                                                  this text

<command> --help lists a command's options.`;

const RAW: OptionHelp = { name: 'raw', value: 'DIR', text: 'folder (or WARC file) of snapshots and manifest.json (default: raw)' };
const BUILD: OptionHelp = { name: 'build', value: 'DIR', text: "working folder of the stages (default: build/<hash of the raw folder's path>)" };
const OUT: OptionHelp = { name: 'out', value: 'DIR', text: 'output folder; the version goes to DIR/<version>, DIR/latest points at it (default: out)' };
const ALLOW_INVALID: OptionHelp = { name: 'allow-invalid', text: 'publish the valid records even when some fail validation (they, and what refers to them, are reported)' };
const KEEP_UNREADABLE: OptionHelp = { name: 'keep-unreadable', text: 'publish pages with no readable text as empty articles instead of reporting them' };

/** The build commands' help; `fetch`, `bench` and `site` carry their own. */
const COMMANDS: Record<string, CommandHelp> = {
  extract: {
    usage: 'usage: tsx pipeline/cli.ts extract [--raw DIR] [--build DIR] [--keep-unreadable]',
    summary: 'Reads every snapshot under the raw folder into the seven tables (BUILD/records).',
    options: [RAW, BUILD, KEEP_UNREADABLE],
  },
  validate: {
    usage: 'usage: tsx pipeline/cli.ts validate [--raw DIR] [--build DIR] [--allow-invalid]',
    summary: 'Checks every extracted record against schemas/ (BUILD/records to BUILD/valid).',
    options: [RAW, BUILD, ALLOW_INVALID],
  },
  publish: {
    usage: 'usage: tsx pipeline/cli.ts publish [--raw DIR] [--build DIR] [--out DIR]',
    summary: 'Writes the versioned dataset (CSV, JSON, Parquet, DuckDB, workbook, datapackage.json, changelog, site) from BUILD/valid; refuses tables that failed validation.',
    options: [RAW, BUILD, OUT],
  },
  datasets: {
    usage: 'usage: tsx pipeline/cli.ts datasets [--raw DIR] [--out DIR] [--build DIR] [options]',
    summary:
      'Runs extract, validate and publish in one process, unless the last build into OUT is current (same pages, code and options). ' +
      'Without --release the build is ad hoc: named after its raw folder, version 0.0.0-adhoc, and never written into the committed out/.',
    options: [
      RAW,
      OUT,
      BUILD,
      ALLOW_INVALID,
      KEEP_UNREADABLE,
      { name: 'release', text: 'build the release (name and version from pipeline/publish/dataset.json); what plain `make` does' },
      { name: 'threads', value: 'N', text: 'worker threads for extraction (default: one per core; 0: none, no time budget)' },
      { name: 'page-budget', value: 'SECONDS', text: 'time one page may take in a worker before it is stopped and reported (default: 60)' },
      { name: 'max-snapshot-bytes', value: 'N', text: 'the most bytes a snapshot may have, on disk and gunzipped (default: 32 MiB)' },
      { name: 'max-html-chars', value: 'N', text: 'characters of decoded HTML read per page; a longer page is cut and its article says so (default: 10,000,000)' },
      { name: 'max-text-chars', value: 'N', text: 'characters of main text kept per page; a longer text is cut at a paragraph and its article says so (default: 2,000,000)' },
      { name: 'shard', value: 'i/N', text: 'extract only slice i of N (by a hash of each path) into the shared build folder' },
      { name: 'merge', value: 'N', text: 'publish the N slices extracted with --shard' },
    ],
  },
};

/** A number option, or undefined when absent. */
function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new PipelineError('cli', `--${name} needs a number, not '${value}'`);
  return n;
}

/** The fields that were given (an absent option must not override a default when spread). */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function printExtractReport(report: ExtractReport): void {
  console.error(`extract: ${report.articles} article(s) from ${report.snapshots} snapshot(s) (${report.cached} unchanged)`);
  for (const p of report.warnings) console.error(`  warning: ${p.file}: ${p.reason} (${p.hint})`);
  for (const p of report.problems) console.error(`  problem: ${p.file}: ${p.reason} (${p.hint})`);
}

const rowCounts = (rows: Record<string, number>): string =>
  Object.entries(rows)
    .map(([t, n]) => `${n} ${t}`)
    .join(', ');

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
  if (command === 'train-speakers') {
    const { trainSpeakersCommand } = await import('./extract/quotes/speaker-model/command.ts');
    return trainSpeakersCommand(rest);
  }
  if (command === 'explain') {
    const [page, name] = rest;
    if (wantsHelp(rest) || !page || !name || rest.length > 2) {
      console.error(`usage: tsx pipeline/cli.ts explain PAGE "Name"\n\nPrints every mention of Name in the HTML page PAGE with the type the actor extractor gave it and the rule (and evidence) that decided.`);
      return wantsHelp(rest) ? 0 : EXIT_USAGE;
    }
    const { explainActor, formatExplanation } = await import('./extract/actors/explain.ts');
    console.log(formatExplanation(name, explainActor(page, name)));
    return 0;
  }
  if (command === 'train-names') {
    const { trainNamesCommand } = await import('./extract/actors/name-model/command.ts');
    return trainNamesCommand(rest);
  }
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : EXIT_USAGE;
  }
  const help = COMMANDS[command];
  if (!help) {
    console.error(`unknown command '${command}'\n${USAGE}`);
    return EXIT_USAGE;
  }
  const parsed = parseCommandOptions(command, rest, help);
  if (parsed.exit !== undefined) return parsed.exit;
  const str = (name: string): string | undefined => (typeof parsed.values[name] === 'string' ? (parsed.values[name] as string) : undefined);
  const flag = (name: string): boolean => parsed.values[name] === true;
  // Each stage loads only when its command runs: an up-to-date `datasets` loads no extractor.
  const { datasetsCommand, defaultBuildDir, extractShardCommand, validDir } = await import('./datasets.ts');
  const { siteIndex } = await import('./site/site-build.ts');
  const rawDir = str('raw') ?? 'raw';
  const options = {
    rawDir,
    outRoot: str('out') ?? 'out',
    buildDir: str('build') ?? defaultBuildDir(rawDir),
    allowInvalid: flag('allow-invalid'),
    keepUnreadable: flag('keep-unreadable'),
  };
  const buildDir = options.buildDir;
  switch (command) {
    case 'extract': {
      const { runExtract } = await import('./extract/extract-stage.ts');
      printExtractReport(await runExtract({ rawDir, buildDir, keepUnreadable: options.keepUnreadable }));
      return 0;
    }
    case 'validate': {
      const { recordsDir } = await import('./extract/extract-stage.ts');
      const { runValidate } = await import('./validate/validate-stage.ts');
      const { summariseCascade } = await import('./validate/cascade.ts');
      const report = await runValidate({ inDir: recordsDir(buildDir), outDir: validDir(buildDir), allowInvalid: options.allowInvalid });
      console.error(`validate: ${Object.values(report.valid).reduce((a, b) => a + b, 0)} valid record(s), ${report.invalid.length} invalid`);
      for (const r of report.invalid.slice(0, 20)) console.error(`  invalid: ${r.file} record ${r.index}: ${r.message}`);
      if (report.cascaded.length > 0) console.error(`  because they referred to a dropped record: ${summariseCascade(report.cascaded)} (listed in validate-report.json)`);
      return 0;
    }
    case 'publish': {
      const { runPublish } = await import('./publish/publish-stage.ts');
      const report = await runPublish({ inDir: validDir(buildDir), outRoot: options.outRoot });
      console.error(`publish: ${report.dir} (${rowCounts(report.rows)})`);
      console.error(`site: open ${siteIndex(report.dir)} in a browser`);
      return 0;
    }
    case 'datasets': {
      const budget = numberOption('page-budget', str('page-budget'));
      const datasetsOptions = {
        ...options,
        release: flag('release'),
        threads: numberOption('threads', str('threads')),
        pageBudgetMs: budget === undefined ? undefined : budget * 1000,
        maxSnapshotBytes: numberOption('max-snapshot-bytes', str('max-snapshot-bytes')),
        pageLimits: definedOnly({
          maxHtmlChars: numberOption('max-html-chars', str('max-html-chars')),
          maxTextChars: numberOption('max-text-chars', str('max-text-chars')),
        }),
        mergeShards: numberOption('merge', str('merge')),
      };
      const shard = str('shard');
      if (shard) {
        const done = await extractShardCommand({ ...datasetsOptions, shard });
        console.error(`datasets: shard ${shard}: ${done.snapshots} snapshot(s) extracted into ${done.file}`);
        return 0;
      }
      const result = await datasetsCommand(datasetsOptions);
      if (result.upToDate) {
        console.error(`datasets: ${result.latest} is up to date (${result.listing.files.length} file(s) under ${rawDir} unchanged)`);
        return 0;
      }
      printExtractReport(result.extract);
      console.error(`publish: ${result.publish.dir} (${rowCounts(result.publish.rows)})`);
      console.error(`site: open ${siteIndex(result.publish.dir)} in a browser`);
      return 0;
    }
    default:
      console.error(`unknown command '${command}'\n${USAGE}`);
      return EXIT_USAGE;
  }
}

boundHeapGrowth(); // a build's peak memory is what is live, not garbage V8 has not collected yet (lib/heap.ts)
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
