/**
 * The codebook: every table and field with its meaning, type, whether it can
 * be empty, its allowed values and an example, generated from `schemas/` (the
 * single source of truth) and the published rows. It is the workbook's first
 * sheet, so a spreadsheet user reads it before the data.
 */
import { CONTROL_REPLACEMENT } from '../extract/control-chars.ts';
import { type PropertySchema, TABLES, type TableName, csvColumns, tableSchema } from '../lib/schemas.ts';
import { CSV_LIST_DELIMITER, cellText } from './csv.ts';
import { alwaysPresent, mainType } from './table-schema.ts';

/** Columns of the codebook sheet. */
export const CODEBOOK_COLUMNS = ['table', 'field', 'type', 'meaning', 'can_be_empty', 'allowed_values', 'example'] as const;
export type CodebookRow = Record<(typeof CODEBOOK_COLUMNS)[number], string>;

/** Longest example shown, in code points. */
const EXAMPLE_LENGTH = 80;

/** What every table shares, said once under the fields. */
export const CODEBOOK_NOTES: string[] = [
  'Empty cell: no value (null), or an empty list. Read the CSVs with pandas.read_csv(path, keep_default_na=False) so that the country code NA (Namibia) and empty cells stay text.',
  `Lists (e.g. aliases, authors) are joined with '${CSV_LIST_DELIMITER}' in the CSVs and here; they are arrays in the JSON, and list columns in DuckDB and Parquet.`,
  'Offsets (char_start, char_end) count Unicode code points of the article text (articles.json, field text), from 0, end exclusive: text[char_start:char_end] in Python, R (substr(text, start + 1, end)) and DuckDB.',
  `Control characters (C0 but tab and newline, DEL, C1, and the bidirectional embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069) are replaced by ${CONTROL_REPLACEMENT} (U+FFFD), one for one, in every copy.`,
  'Every cell of this workbook is text: nothing is a formula, even a value starting with =, +, - or @. A value longer than a cell holds (32,767 characters) is cut with …; the CSV and JSON hold it whole.',
  'published is the calendar day the page gives (YYYY-MM-DD); published_at and fetched_at are UTC instants (YYYY-MM-DDTHH:MM:SSZ).',
];

/** The type of a field in words a spreadsheet user reads. */
export function typeInWords(prop: PropertySchema): string {
  const main = mainType(prop);
  if (main === 'array') return `list of ${prop.items?.type === 'string' ? 'text' : (prop.items?.type ?? 'text')}`;
  if (main === 'integer') return 'integer';
  if (main === 'number') return 'number';
  if (main === 'boolean') return 'true/false';
  if (prop.format === 'date') return 'date (YYYY-MM-DD)';
  if (prop.format === 'date-time') return 'date-time (UTC, YYYY-MM-DDTHH:MM:SSZ)';
  if (prop.format === 'uri') return 'URL';
  return 'text';
}

/** A value that gives no example, at the start of the bytes after its field's name: null, "" or [] and the end of its line. */
const PLAINLY_EMPTY = /^(?:null|""|\[\])(?:,?\n|$)/;

/** The example of each field of each table: the first non-empty value, cut to {@link EXAMPLE_LENGTH}. */
export type FieldExamples = Record<TableName, Record<string, string>>;

/**
 * Collects a table's examples from its rows, one at a time; `complete` says
 * when every field has one, so a reader can stop early.
 */
export class ExampleCollector {
  readonly examples: Record<string, string> = {};
  private readonly missing: Set<string>;

  constructor(table: TableName) {
    this.missing = new Set(Object.keys(tableSchema(table).properties));
  }

  get complete(): boolean {
    return this.missing.size === 0;
  }

  /**
   * Whether a row, given as its element's bytes in the JSON array writer's
   * layout (a top-level field is a line `    "name": value`), may give an
   * example: false only when every field still missing is plainly empty in
   * it (absent, null, "" or []), so a reader parses only the rows that may
   * (issue 12: a field empty in every row made the whole table parsed).
   */
  mayFill(element: Buffer): boolean {
    for (const field of this.missing) {
      const line = Buffer.from(`\n    ${JSON.stringify(field)}: `);
      const at = element.indexOf(line);
      if (at < 0) continue;
      const value = element.subarray(at + line.length, at + line.length + 6).toString('latin1');
      if (!PLAINLY_EMPTY.test(value)) return true;
    }
    return false;
  }

  add(row: Record<string, unknown>): void {
    for (const field of this.missing) {
      const text = cellText(row[field]);
      if (text === '') continue;
      const points = Array.from(text);
      this.examples[field] = points.length > EXAMPLE_LENGTH ? `${points.slice(0, EXAMPLE_LENGTH - 1).join('')}…` : text;
      this.missing.delete(field);
    }
  }
}

/** The examples of a table held in memory. */
export function examplesOf(table: TableName, rows: Iterable<Record<string, unknown>>): Record<string, string> {
  const collector = new ExampleCollector(table);
  for (const row of rows) {
    if (collector.complete) break;
    collector.add(row);
  }
  return collector.examples;
}

/** The row introducing a table: its meaning, primary key and the files it is in. */
function tableRow(table: TableName): CodebookRow {
  const schema = tableSchema(table);
  return {
    table,
    field: '',
    type: 'table',
    meaning: `${schema.description} Key: ${schema['x-primary-key'].join(' + ')}. Files: ${table}.csv, ${table}.json, ${table}.parquet; sheet ${table}.`,
    can_be_empty: '',
    allowed_values: '',
    example: '',
  };
}

/** Every table and field, in publication order, with the examples collected from the published rows. */
export function codebookRows(examples: FieldExamples): CodebookRow[] {
  return TABLES.flatMap((table) => {
    const schema = tableSchema(table);
    const csv = new Set(csvColumns(table));
    const fields = Object.entries(schema.properties).map(([name, prop]): CodebookRow => ({
      table,
      field: name,
      type: typeInWords(prop),
      meaning: `${prop.description ?? ''}${csv.has(name) ? '' : ' (JSON, DuckDB and Parquet only: too long for a cell.)'}`,
      can_be_empty: alwaysPresent(prop, schema.required.includes(name)) ? 'no' : 'yes',
      allowed_values: (prop.enum ?? []).filter((v) => v !== null).join(', ') || (prop.pattern ? `pattern ${prop.pattern}` : ''),
      example: examples[table]?.[name] ?? '',
    }));
    return [tableRow(table), ...fields];
  });
}
