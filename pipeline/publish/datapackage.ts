/**
 * The Frictionless Tabular Data Package (v1) descriptor of a published
 * version. v1, because its official profile is the one the tests can check
 * (vendored in `profiles/`); v2 tools read it as well.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceControls } from '../extract/control-chars.ts';
import { COUNTRY_DATA_SOURCE } from '../extract/countries/gazetteer.ts';
import type { SourceInfo } from '../extract/extract-stage.ts';
import type { TableName } from '../lib/schemas.ts';
import { type TableFormat, frictionlessSchema, resourceName } from './table-schema.ts';

const DATASET_FILE = join(dirname(fileURLToPath(import.meta.url)), 'dataset.json');
/** The v1 profile names of the package and of each resource. */
const PACKAGE_PROFILE = 'tabular-data-package';
const RESOURCE_PROFILE = 'tabular-data-resource';

/** The dataset's own description (`pipeline/publish/dataset.json`). */
export interface DatasetInfo {
  name: string;
  title: string;
  description: string;
  version: string;
  homepage: string;
  licenses: Array<{ name: string; path: string; title: string }>;
}

/** Reads `pipeline/publish/dataset.json`, where the version is bumped. */
export function datasetInfo(): DatasetInfo {
  return JSON.parse(readFileSync(DATASET_FILE, 'utf8')) as DatasetInfo;
}

/** A table's file in the version, with its size and SHA-256 (hex) as written. */
export interface PublishedFile {
  table: TableName;
  format: TableFormat;
  path: string;
  bytes: number;
  sha256: string;
}

const MEDIA_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv',
  json: 'application/json',
  parquet: 'application/vnd.apache.parquet',
};

/** Builds the descriptor; every resource carries its schema, size and sha256. */
export function buildDataPackage(
  info: DatasetInfo,
  files: PublishedFile[],
  sources: SourceInfo[],
  created: string | null,
): Record<string, unknown> {
  return {
    profile: PACKAGE_PROFILE,
    name: info.name,
    title: info.title,
    description: info.description,
    version: info.version,
    ...(created ? { created } : {}),
    homepage: info.homepage,
    licenses: info.licenses,
    sources: [
      ...sources.map((s) => ({ title: replaceControls(s.title), path: s.path, ...(s.licence ? { description: s.licence } : {}) })),
      COUNTRY_DATA_SOURCE,
    ],
    resources: files.map((f) => ({
      name: resourceName(f.table, f.format),
      profile: RESOURCE_PROFILE,
      path: f.path,
      format: f.format,
      mediatype: MEDIA_TYPES[f.format],
      ...(f.format === 'parquet' ? {} : { encoding: 'utf-8' }),
      bytes: f.bytes,
      hash: `sha256:${f.sha256}`,
      ...(f.format === 'csv' ? { dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', quoteChar: '"', header: true } } : {}),
      // The countries table copies codes and names from the gazetteer, whose licence (ODbL, share-alike) it keeps.
      ...(f.table === 'countries' ? { licenses: COUNTRY_DATA_SOURCE.licenses } : {}),
      schema: frictionlessSchema(f.table, f.format),
    })),
  };
}
