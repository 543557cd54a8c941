import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding one JSON Schema per table. */
export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

/** The published tables, in the order they are written and listed. */
export const TABLES = ['articles', 'quotes', 'actors', 'actor_mentions', 'country_mentions', 'countries', 'links'] as const;
export type TableName = (typeof TABLES)[number];

/** The subset of JSON Schema our table schemas use. */
export interface PropertySchema {
  type: string | string[];
  description?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
  minLength?: number;
  items?: { type: string };
  /** false: the column is published in JSON only (e.g. the article text). */
  'x-csv'?: boolean;
}

export interface TableSchema {
  $schema: string;
  title: string;
  description: string;
  'x-primary-key': string[];
  /** Columns whose values are keys of another table (or of this one). */
  'x-foreign-keys'?: Array<{ fields: string[]; reference: { table: TableName; fields: string[] } }>;
  type: 'object';
  properties: Record<string, PropertySchema>;
  required: string[];
  additionalProperties: boolean;
}

const cache = new Map<TableName, TableSchema>();

/** The JSON Schema of a table, read once from `schemas/<table>.schema.json`. */
export function tableSchema(table: TableName): TableSchema {
  let schema = cache.get(table);
  if (!schema) {
    schema = JSON.parse(readFileSync(schemaPath(table), 'utf8')) as TableSchema;
    cache.set(table, schema);
  }
  return schema;
}

/** Path of a table's schema file. */
export function schemaPath(table: TableName): string {
  return join(SCHEMA_DIR, `${table}.schema.json`);
}

/** Every column of a table, in schema order (the JSON field order). */
export function columns(table: TableName): string[] {
  return Object.keys(tableSchema(table).properties);
}

/** The columns published in CSV (those not marked `"x-csv": false`), in schema order. */
export function csvColumns(table: TableName): string[] {
  const props = tableSchema(table).properties;
  return Object.keys(props).filter((name) => props[name]?.['x-csv'] !== false);
}
