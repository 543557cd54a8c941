/**
 * Help and option errors for every command of the CLI: `--help` (or `-h`)
 * prints the usage and each option with what it does, exit 0; an unknown or
 * malformed option prints one line saying which, then the usage, exit 2,
 * never a stack trace.
 */
import { parseArgs } from 'node:util';

/** One option as the help lists it. */
export interface OptionHelp {
  /** Long name without dashes. */
  name: string;
  /** Placeholder of its value (e.g. "DIR"); absent for a flag. */
  value?: string;
  /** What it does, and its default. */
  text: string;
}

/** A command's help: its usage line, what it does, its options. */
export interface CommandHelp {
  usage: string;
  summary: string;
  options: OptionHelp[];
}

/** Exit status of a command given options it does not know (as most Unix tools do). */
export const EXIT_USAGE = 2;

/** True when the arguments ask for help. */
export function wantsHelp(argv: string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/** The full help text of a command. */
export function helpText(help: CommandHelp): string {
  const flag = (o: OptionHelp) => `--${o.name}${o.value ? ` ${o.value}` : ''}`;
  const width = Math.max(0, ...help.options.map((o) => flag(o).length)) + 2;
  const lines = help.options.map((o) => `  ${flag(o).padEnd(width)}${o.text}`);
  return [help.usage, '', help.summary, ...(lines.length > 0 ? ['', 'options:', ...lines, `  ${'--help'.padEnd(width)}this text`] : [])].join('\n');
}

/** The one-line message of an option parsing error (node's parseArgs messages can span lines). */
export function optionError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** Parsed option values, or the exit status when help was shown or the options were wrong. */
export type ParsedOptions = { values: Record<string, string | boolean | undefined>; exit?: undefined } | { values?: undefined; exit: number };

/**
 * Parses a command's options strictly against its help (string options take
 * a value, the others are flags). Prints the help on `--help` (stdout) or a
 * one-line error and the usage on a bad option (stderr).
 */
export function parseCommandOptions(command: string, argv: string[], help: CommandHelp): ParsedOptions {
  if (wantsHelp(argv)) {
    console.log(helpText(help));
    return { exit: 0 };
  }
  const options = Object.fromEntries(help.options.map((o) => [o.name, { type: o.value ? ('string' as const) : ('boolean' as const) }]));
  try {
    return { values: parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values };
  } catch (error) {
    console.error(`${command}: ${optionError(error)}\n${help.usage}\n(${command} --help lists the options)`);
    return { exit: EXIT_USAGE };
  }
}
