/**
 * The package's `created` date falls back to the newest article date, read
 * off the validated table's lines without parsing the articles (table-files.ts):
 * the result must be the one a parse of every row gives, whatever the layout,
 * the chunk boundaries or the dates' spelling. Rows are made up.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonArray } from '../../pipeline/lib/json-array-file.ts';
import { newestPublished, newestPublishedByLine } from '../../pipeline/publish/table-files.ts';

/** A made-up article row with a `published` value and a text of `size` characters (some of them outside ASCII). */
const article = (i: number, published: unknown, size = 40) => ({
  article_id: `art_${i}`,
  title: `Made-up title ${i} — “quoted”`,
  published,
  text: `Ann Ross said “no” ${i}. ${'é…'.repeat(size / 2)}\n"published": "2999-01-01"`,
  nested: { published: '2998-01-01' },
});

async function folder(rows: unknown[], raw?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wsw-newest-'));
  if (raw !== undefined) await writeFile(join(dir, 'articles.json'), raw);
  else await writeJsonArray(join(dir, 'articles.json'), rows);
  return dir;
}

/** The newest date as a parse of every row finds it. */
function parsedNewest(rows: Array<{ published: unknown }>): string | null {
  let newest: string | null = null;
  for (const { published } of rows) if (typeof published === 'string' && published && (newest === null || published > newest)) newest = published;
  return newest;
}

describe('the newest article date, read off the lines of the validated table', () => {
  it('is the date a parse of every row gives, across chunk boundaries, ignoring dates inside strings and nested values', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => article(i, i % 7 === 0 ? null : `2020-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`, 600));
    rows[1234]!.published = '2021-06-30';
    const dir = await folder(rows);
    expect(await newestPublishedByLine(join(dir, 'articles.json'))).toBe('2021-06-30');
    expect(await newestPublished(dir)).toBe('2021-06-30');
    expect(parsedNewest(rows)).toBe('2021-06-30');
  });

  it('falls back to parsing when a date is not plain ASCII without escapes, or the layout is not the writer\'s', async () => {
    const escaped = [article(1, '2020-01-01'), article(2, '2030-01-01 \\"late\\"'), article(3, '2021-01-01')];
    const withEscapes = await folder(escaped);
    expect(await newestPublishedByLine(join(withEscapes, 'articles.json'))).toBeUndefined();
    expect(await newestPublished(withEscapes)).toBe(parsedNewest(escaped));
    const compact = [article(1, '2020-01-01'), article(2, '2022-05-05')];
    expect(await newestPublished(await folder([], JSON.stringify(compact)))).toBe('2022-05-05');
    const empty = [article(1, ''), article(2, null)];
    expect(await newestPublished(await folder(empty))).toBeNull();
    expect(await newestPublished(await folder([]))).toBeNull();
  });
});
