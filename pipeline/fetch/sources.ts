import { readFile } from 'node:fs/promises';
import { PipelineError } from '../lib/errors.ts';
import { hasCredentials, withoutCredentials } from '../lib/credentials.ts';

/** A `#` at the start of a line or after a space begins a comment (a `#` inside a URL is its fragment). */
const COMMENT = /(?:^|\s)#.*$/;

/** One line of the source list. */
export interface SourceLine {
  /** The URL normalised by the WHATWG URL parser, or the line as written when it does not parse. */
  url: string;
  /** 1-based line number in the list, for messages. */
  line: number;
  /** False when the line is not a URL at all. */
  valid: boolean;
  /** True when the line had a user name or password, which were removed (they are never sent, stored or logged). */
  hadCredentials: boolean;
}

/**
 * Parses a source list: one URL a line, `#` comments, blank lines ignored.
 * URLs are normalised (`new URL(u).href`), stripped of any credentials
 * (`user:password@`: public pages need none, and they must not end up in the
 * manifest or the logs), and duplicates dropped, first kept.
 */
export function parseSources(text: string): SourceLine[] {
  const seen = new Set<string>();
  const out: SourceLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.replace(COMMENT, '').trim();
    if (trimmed === '') return;
    let url = trimmed;
    let valid = true;
    try {
      url = new URL(trimmed).href;
    } catch {
      valid = false;
    }
    const hadCredentials = hasCredentials(url);
    url = withoutCredentials(url);
    if (seen.has(url)) return;
    seen.add(url);
    out.push({ url, line: index + 1, valid, hadCredentials });
  });
  return out;
}

/** Reads and parses the source list file. */
export async function readSources(file: string): Promise<SourceLine[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PipelineError('fetch', 'cannot read the source list', {
      file,
      cause: error,
      hint: 'give a file with one URL a line, e.g. --sources raw/sources.txt',
    });
  }
  return parseSources(text);
}
