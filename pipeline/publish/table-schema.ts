/**
 * Frictionless Table Schemas derived from our JSON Schemas, so the Data
 * Package never holds a second, hand-written list of fields.
 */
import { CSV_LIST_DELIMITER } from './csv.ts';
import { type PropertySchema, type TableName, columns, csvColumns, tableSchema } from '../lib/schemas.ts';

/** A field of a Frictionless Table Schema (v2). */
export interface FrictionlessField {
  name: string;
  type: string;
  description?: string;
  format?: string;
  delimiter?: string;
  itemType?: string;
  constraints?: Record<string, unknown>;
}

function fieldType(prop: PropertySchema): { type: string; format?: string; delimiter?: string; itemType?: string } {
  const types = Array.isArray(prop.type) ? prop.type : [prop.type];
  const main = types.find((t) => t !== 'null') ?? 'string';
  if (main === 'array') return { type: 'list', delimiter: CSV_LIST_DELIMITER, itemType: prop.items?.type ?? 'string' };
  if (main === 'string' && prop.format === 'uri') return { type: 'string', format: 'uri' };
  return { type: main };
}

function field(name: string, prop: PropertySchema, required: boolean): FrictionlessField {
  const constraints: Record<string, unknown> = {};
  if (required && !(Array.isArray(prop.type) && prop.type.includes('null'))) constraints.required = true;
  const values = prop.enum?.filter((v) => v !== null);
  if (values && values.length > 0) constraints.enum = values;
  if (prop.pattern) constraints.pattern = prop.pattern;
  if (prop.minimum !== undefined) constraints.minimum = prop.minimum;
  return {
    name,
    ...fieldType(prop),
    ...(prop.description ? { description: prop.description } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** The Table Schema of a table as published in CSV or JSON (CSV leaves out JSON-only columns). */
export function frictionlessSchema(table: TableName, format: 'csv' | 'json'): { fields: FrictionlessField[]; primaryKey: string[] } {
  const schema = tableSchema(table);
  const names = format === 'csv' ? csvColumns(table) : columns(table);
  return {
    fields: names.map((n) => field(n, schema.properties[n]!, schema.required.includes(n))),
    primaryKey: schema['x-primary-key'],
  };
}
