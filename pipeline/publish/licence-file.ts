/**
 * The licence file written beside every published version (`LICENSE.md`):
 * which licence covers which tables, that quoted text stays its authors', and
 * how to credit the dataset. Generated from `dataset.json` and the country
 * data source, so it never disagrees with `datapackage.json`.
 */
import { COUNTRY_DATA_SOURCE } from '../extract/countries/gazetteer.ts';
import type { DatasetInfo } from './datapackage.ts';

/** File name of the licence inside a version folder. */
export const LICENCE_FILE = 'LICENSE.md';

/** The licence text of a version. */
export function licenceText(info: DatasetInfo): string {
  const licence = (l: { name: string; title: string; path: string }) => `${l.title} (${l.name}), ${l.path}`;
  return [
    `# Licence of ${info.name} ${info.version}`,
    '',
    `The data in this folder is licensed under the ${info.licenses.map(licence).join('; ')}.`,
    '',
    `Except the countries table (countries.csv, countries.json, countries.parquet, and the countries sheet and table of the workbook and the database): its codes and names come from ${COUNTRY_DATA_SOURCE.title} and keep that data's licence, the ${COUNTRY_DATA_SOURCE.licenses.map(licence).join('; ')} (share-alike).`,
    '',
    'Quoted text, titles and article text remain the work of their authors and publishers: the licence covers the extracted data, not the right to republish what the articles say beyond what the law allows for quotation.',
    '',
    `Credit: "${info.title}", version ${info.version}, The who-said-what contributors (see CITATION.cff in the repository). The code that made it is MIT-licensed (LICENSE in the repository).`,
    '',
  ].join('\n');
}
