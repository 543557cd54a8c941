import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../pipeline/publish/csv.ts';

describe('toCsv', () => {
  it('writes RFC 4180: header row, CRLF, quoting of commas, quotes and line breaks', () => {
    const csv = toCsv(
      [
        { a: 'plain', b: 'with, comma', c: 'she said "no"' },
        { a: 'two\nlines', b: null, c: 3 },
      ],
      ['a', 'b', 'c'],
    );
    expect(csv).toBe('a,b,c\r\nplain,"with, comma","she said ""no"""\r\n"two\nlines",,3\r\n');
  });

  it('joins arrays with "; " and keeps only the given columns in their order', () => {
    const csv = toCsv([{ x: 1, list: ['A', 'B'], hidden: 'no' }], ['list', 'x']);
    expect(csv).toBe('list,x\r\nA; B,1\r\n');
  });

  it('round-trips through a CSV parser', () => {
    const rows = [{ t: '“curly” and ‘single’, é, 🇨🇳' }];
    const parsed = Papa.parse<{ t: string }>(toCsv(rows, ['t']), { header: true, skipEmptyLines: true });
    expect(parsed.data).toEqual(rows);
  });
});
