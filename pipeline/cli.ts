/**
 * The command line that make calls: one command per stage, plus `datasets`
 * (all build stages) and `bench`. Run with `npx tsx pipeline/cli.ts <command>`.
 */
import type { ExtractReport } from './extract/extract-stage.ts';
import { type CommandHelp, EXIT_USAGE, type OptionHelp, parseCommandOptions } from './lib/cli-help.ts';
import { PipelineError } from './lib/errors.ts';

const USAGE = `usage: tsx pipeline/cli.ts <command> [options]

commands:
  fetch     --sources FILE --raw DIR [fetch options]   fetch the source list into raw snapshots
  extract   --raw DIR [--build DIR]                     read every snapshot into the tables
  validate  --raw DIR [--build DIR] [--allow-invalid]   check every record against schemas/
  publish   --raw DIR [--build DIR] --out DIR           write the versioned dataset
  datasets  --raw DIR --out DIR [--build DIR] [--allow-invalid]   extract, validate and publish
  bench     [--raw DIR] [--rounds N]                    time and measure memory of the extract stage
  help                                                  this text

<command> --help lists a command's options.`;

const RAW: OptionHelp = { name: 'raw', value: 'DIR', text: 'folder of snapshots and manifest.json (default: raw)' };
const BUILD: OptionHelp = { name: 'build', value: 'DIR', text: "working folder of the stages (default: build/<hash of the raw folder's path>)" };
const OUT: OptionHelp = { name: 'out', value: 'DIR', text: 'output folder; the version goes to DIR/<version>, DIR/latest points at it (default: out)' };
const ALLOW_INVALID: OptionHelp = { name: 'allow-invalid', text: 'publish the valid records even when some fail validation (they are reported)' };

/** The build commands' help; `fetch` and `bench` carry their own. */
const COMMANDS: Record<string, CommandHelp> = {
  extract: {
    usage: 'usage: tsx pipeline/cli.ts extract [--raw DIR] [--build DIR]',
    summary: 'Reads every snapshot under the raw folder into the seven tables (BUILD/records).',
    options: [RAW, BUILD],
  },
  validate: {
    usage: 'usage: tsx pipeline/cli.ts validate [--raw DIR] [--build DIR] [--allow-invalid]',
    summary: 'Checks every extracted record against schemas/ (BUILD/records to BUILD/valid).',
    options: [RAW, BUILD, ALLOW_INVALID],
  },
  publish: {
    usage: 'usage: tsx pipeline/cli.ts publish [--raw DIR] [--build DIR] [--out DIR]',
    summary: 'Writes the versioned dataset (CSV, JSON, Parquet, DuckDB, workbook, datapackage.json, changelog) from BUILD/valid.',
    options: [RAW, BUILD, OUT],
  },
  datasets: {
    usage: 'usage: tsx pipeline/cli.ts datasets [--raw DIR] [--out DIR] [--build DIR] [--allow-invalid]',
    summary: 'Runs extract, validate and publish in a row.',
    options: [RAW, OUT, BUILD, ALLOW_INVALID],
  },
};

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
  // The build stages are loaded only here, so `fetch` runs even while an extractor does not load.
  const { buildDatasets, defaultBuildDir, validDir } = await import('./datasets.ts');
  const { recordsDir, runExtract } = await import('./extract/extract-stage.ts');
  const { runValidate } = await import('./validate/validate-stage.ts');
  const { runPublish } = await import('./publish/publish-stage.ts');
  const rawDir = str('raw') ?? 'raw';
  const options = {
    rawDir,
    outRoot: str('out') ?? 'out',
    buildDir: str('build') ?? defaultBuildDir(rawDir),
    allowInvalid: parsed.values['allow-invalid'] === true,
  };
  const buildDir = options.buildDir;
  switch (command) {
    case 'extract':
      printExtractReport(await runExtract({ rawDir: options.rawDir, buildDir }));
      return 0;
    case 'validate': {
      const report = await runValidate({ inDir: recordsDir(buildDir), outDir: validDir(buildDir), allowInvalid: options.allowInvalid });
      console.error(`validate: ${Object.values(report.valid).reduce((a, b) => a + b, 0)} valid record(s), ${report.invalid.length} invalid`);
      for (const r of report.invalid.slice(0, 20)) console.error(`  invalid: ${r.file} record ${r.index}: ${r.message}`);
      return 0;
    }
    case 'publish': {
      const report = await runPublish({ inDir: validDir(buildDir), outRoot: options.outRoot });
      console.error(`publish: ${report.dir} (${Object.entries(report.rows).map(([t, n]) => `${n} ${t}`).join(', ')})`);
      return 0;
    }
    case 'datasets': {
      const result = await buildDatasets(options);
      printExtractReport(result.extract);
      console.error(`publish: ${result.publish.dir} (${Object.entries(result.publish.rows).map(([t, n]) => `${n} ${t}`).join(', ')})`);
      return 0;
    }
    default:
      console.error(`unknown command '${command}'\n${USAGE}`);
      return EXIT_USAGE;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof PipelineError ? error.message : error);
    process.exitCode = 1;
  },
);
