/**
 * Frictionless Table Schemas (Data Package v1) derived from our JSON Schemas,
 * so the Data Package never holds a second, hand-written list of fields.
 *
 * - Lists are `array` fields in JSON and Parquet; in CSV they are `string` fields whose
 *   items are joined with {@link CSV_LIST_DELIMITER} (v1 has no list type).
 * - Strings with `format: date` / `date-time` are `date` / `datetime` fields.
 * - `required` is declared only where a value is always present: a
 *   non-nullable scalar that cannot be empty (a number, an enum, a pattern
 *   that needs characters, or `minLength` ≥ 1). Lists can be empty, so never.
 * - Foreign keys come from each schema's `x-foreign-keys`.
 */
import { CSV_LIST_DELIMITER } from './csv.ts';
import { type PropertySchema, type TableName, columns, csvColumns, tableSchema } from '../lib/schemas.ts';

/** Formats a table is published in, each a resource of the Data Package. */
export type TableFormat = 'csv' | 'json' | 'parquet';

/** A field of a Frictionless Table Schema (v1). */
export interface FrictionlessField {
  name: string;
  type: string;
  description?: string;
  format?: string;
  constraints?: Record<string, unknown>;
}

/** A foreign key of a Frictionless Table Schema (v1; an empty resource name is the table itself). */
export interface FrictionlessForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** The resource name of a table in a format, e.g. `actor-mentions-csv`. */
export function resourceName(table: TableName, format: TableFormat): string {
  return `${table.replaceAll('_', '-')}-${format}`;
}

/** The non-null JSON type of a property. */
export function mainType(prop: PropertySchema): string {
  const types = Array.isArray(prop.type) ? prop.type : [prop.type];
  return types.find((t) => t !== 'null') ?? 'string';
}

function fieldType(prop: PropertySchema, format: TableFormat): { type: string; format?: string } {
  const main = mainType(prop);
  if (main === 'array') return format === 'csv' ? { type: 'string' } : { type: 'array' };
  if (main !== 'string') return { type: main };
  if (prop.format === 'date') return { type: 'date' };
  if (prop.format === 'date-time') return { type: 'datetime' };
  if (prop.format === 'uri') return { type: 'string', format: 'uri' };
  return { type: 'string' };
}

/** True when every valid record has a non-empty value in this field. */
export function alwaysPresent(prop: PropertySchema, required: boolean): boolean {
  if (!required || (Array.isArray(prop.type) && prop.type.includes('null'))) return false;
  const main = mainType(prop);
  if (main === 'array') return false;
  if (main !== 'string') return true;
  if ((prop.minLength ?? 0) >= 1 || (prop.enum?.length ?? 0) > 0) return true;
  return prop.pattern !== undefined && !new RegExp(prop.pattern, 'u').test('');
}

function field(name: string, prop: PropertySchema, required: boolean, format: TableFormat): FrictionlessField {
  const constraints: Record<string, unknown> = {};
  if (alwaysPresent(prop, required)) constraints.required = true;
  const values = prop.enum?.filter((v) => v !== null);
  if (values && values.length > 0) constraints.enum = values;
  // Table Schema patterns are implicitly anchored (XML Schema style), so the JSON Schema anchors go.
  if (prop.pattern && mainType(prop) === 'string' && !prop.format) constraints.pattern = prop.pattern.replace(/^\^/, '').replace(/\$$/, '');
  if (prop.minimum !== undefined) constraints.minimum = prop.minimum;
  const listNote = mainType(prop) === 'array' && format === 'csv' ? ` A list: items joined with '${CSV_LIST_DELIMITER}'; empty when there is none.` : '';
  const description = `${prop.description ?? ''}${listNote}`.trim();
  return {
    name,
    ...fieldType(prop, format),
    ...(description ? { description } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** The Table Schema of a table as published in CSV, JSON or Parquet (CSV leaves out JSON-only columns). */
export function frictionlessSchema(
  table: TableName,
  format: TableFormat,
): { fields: FrictionlessField[]; primaryKey: string[]; foreignKeys?: FrictionlessForeignKey[] } {
  const schema = tableSchema(table);
  const names = format === 'csv' ? csvColumns(table) : columns(table);
  const foreignKeys = (schema['x-foreign-keys'] ?? []).map((fk) => ({
    fields: fk.fields,
    reference: { resource: fk.reference.table === table ? '' : resourceName(fk.reference.table, format), fields: fk.reference.fields },
  }));
  return {
    fields: names.map((n) => field(n, schema.properties[n]!, schema.required.includes(n), format)),
    primaryKey: schema['x-primary-key'],
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}
