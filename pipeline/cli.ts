/**
 * The command line that make calls: one command per stage, plus `datasets`
 * (all build stages) and `bench`. Run with `npx tsx pipeline/cli.ts <command>`.
 */
import { parseArgs } from 'node:util';
import type { ExtractReport } from './extract/extract-stage.ts';
import { PipelineError } from './lib/errors.ts';

const USAGE = `usage: tsx pipeline/cli.ts <command> [options]

commands:
  fetch     --sources FILE --raw DIR [fetch options]   fetch the source list into raw snapshots
  extract   --raw DIR [--build DIR]                     read every snapshot into the tables
  validate  --raw DIR [--build DIR] [--allow-invalid]   check every record against schemas/
  publish   --raw DIR [--build DIR] --out DIR           write the versioned dataset
  datasets  --raw DIR --out DIR [--build DIR] [--allow-invalid]   extract, validate and publish
  bench     [--raw DIR] [--rounds N]                    time and measure memory of the extract stage
  explain   PAGE "Name"                                 how an actor of one HTML page was found and typed
  help                                                  this text`;

const OPTIONS = {
  raw: { type: 'string', default: 'raw' },
  out: { type: 'string', default: 'out' },
  build: { type: 'string' },
  'allow-invalid': { type: 'boolean', default: false },
  rounds: { type: 'string', default: '3' },
} as const;

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
  if (command === 'explain') {
    const [page, name] = rest;
    if (!page || !name) {
      console.error(`explain needs a page and a name: tsx pipeline/cli.ts explain PAGE "Name"`);
      return 2;
    }
    const { explainActor, formatExplanation } = await import('./extract/actors/explain.ts');
    console.log(formatExplanation(name, explainActor(page, name)));
    return 0;
  }
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  // The build stages are loaded only here, so `fetch` runs even while an extractor does not load.
  const { buildDatasets, defaultBuildDir, validDir } = await import('./datasets.ts');
  const { recordsDir, runExtract } = await import('./extract/extract-stage.ts');
  const { runValidate } = await import('./validate/validate-stage.ts');
  const { runPublish } = await import('./publish/publish-stage.ts');
  const { values } = parseArgs({ args: rest, options: OPTIONS, strict: true });
  const options = {
    rawDir: values.raw,
    outRoot: values.out,
    buildDir: values.build ?? defaultBuildDir(values.raw),
    allowInvalid: values['allow-invalid'],
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
      return 2;
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
