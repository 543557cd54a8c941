/**
 * The About view, written at build time from the version folder: version,
 * licence, how to cite, the changelog, row counts, the accuracy figures for
 * this version and a download link for every file the folder holds.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esc, externalLink, htmlTable } from './html.ts';

/** The evaluation gate's pinned floors, used when the version folder has no measured figures. */
export const FLOORS_FILE = fileURLToPath(new URL('../../test/gates/floors.json', import.meta.url));
/** A metrics file a version folder may carry with the figures measured for it. */
export const METRICS_FILE = 'metrics.json';

interface DataPackage {
  name?: string;
  title?: string;
  version?: string;
  created?: string | null;
  homepage?: string;
  licenses?: Array<{ name?: string; path?: string; title?: string }>;
}

async function readOptional(file: string): Promise<string | null> {
  return existsSync(file) ? readFile(file, 'utf8') : null;
}

/** Figures as rows (set, figure, value) from a metrics or floors file; comments left out. */
function figureRows(json: unknown): Array<[string, string, string]> {
  const rows: Array<[string, string, string]> = [];
  if (!json || typeof json !== 'object') return rows;
  for (const [set, figures] of Object.entries(json as Record<string, unknown>)) {
    if (set.startsWith('_') || !figures || typeof figures !== 'object') continue;
    for (const [name, value] of Object.entries(figures as Record<string, unknown>)) {
      if (!name.startsWith('_') && typeof value === 'number') rows.push([set, name, String(value)]);
    }
  }
  return rows;
}

/** The accuracy section: measured figures when the folder has them, else the gate's floors, labelled as such. */
async function accuracyHtml(dataDir: string, floorsFile: string): Promise<string> {
  const metrics = await readOptional(join(dataDir, METRICS_FILE));
  if (metrics) {
    return `<p>Figures measured for this version (<code>${METRICS_FILE}</code>).</p>\n${htmlTable('Accuracy', ['set', 'figure', 'value'], figureRows(JSON.parse(metrics)))}`;
  }
  const floors = await readOptional(floorsFile);
  if (!floors) return '<p>No accuracy figures were recorded for this version.</p>';
  return `<p>No figures measured for this version are in its folder. Below are the floors of the project's evaluation gate: <code>make test</code> fails when a figure measured on a build falls below its floor (F1 of quotes, people, organisations and countries against hand-made annotations; the share of speakers right). <em>dev</em>: development pages with gold annotations; <em>seed</em>: the example article; <em>holdout</em>, <em>holdout2</em>: pages annotated by the team; <em>articles</em>: pages scored.</p>\n${htmlTable('Accuracy floors of the evaluation gate', ['set', 'figure', 'floor'], figureRows(JSON.parse(floors)))}`;
}

const units = ['B', 'kB', 'MB', 'GB'];
function size(bytes: number): string {
  let i = 0;
  let n = bytes;
  while (n >= 1000 && i < units.length - 1) [n, i] = [n / 1000, i + 1];
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}

/**
 * Files whose size is not shown: DuckDB leaves unused block bytes and blocks
 * uncleared, so its file's size differs from one build of the same rows to
 * the next (12.07 to 12.40 MB for one 1,000-page corpus), and the site must
 * be the same bytes for the same tables.
 */
const SIZE_VARIES = new Set(['who-said-what.duckdb']);

/** Every file of the version folder (not the site itself), with a relative link from the site. */
async function downloadsHtml(dataDir: string, siteDir: string): Promise<string> {
  const base = relative(siteDir, dataDir).split(sep).join('/');
  const names = (await readdir(dataDir)).filter((f) => !f.startsWith('.') && f !== 'site').sort();
  const rows: string[] = [];
  for (const name of names) {
    const info = await stat(join(dataDir, name));
    if (!info.isFile()) continue;
    const href = `${base ? `${base}/` : ''}${encodeURIComponent(name)}`;
    rows.push(`<tr><td><a href="${esc(href)}" download>${esc(name)}</a></td><td class="num">${SIZE_VARIES.has(name) ? 'varies' : esc(size(info.size))}</td></tr>`);
  }
  return `<table class="downloads">\n<caption>Files of this version</caption>\n<thead><tr><th scope="col">file</th><th scope="col">size</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** A citation: CITATION.cff when the folder has one, else one built from the Data Package. */
async function citationHtml(dataDir: string, pkg: DataPackage): Promise<string> {
  const cff = await readOptional(join(dataDir, 'CITATION.cff'));
  if (cff) return `<pre class="citation">${esc(cff)}</pre>`;
  const year = pkg.created ? pkg.created.slice(0, 4) : 'n.d.';
  return `<p class="citation">${esc(`${pkg.title ?? pkg.name ?? 'Dataset'} (version ${pkg.version ?? '?'}, ${year}).`)}</p>`;
}

/** The About view; `rows` gives the rows of each table, in table order. */
export async function aboutHtml(dataDir: string, siteDir: string, rows: Record<string, number>, floorsFile = FLOORS_FILE): Promise<{ html: string; version: string; title: string }> {
  const pkgText = await readOptional(join(dataDir, 'datapackage.json'));
  const pkg: DataPackage = pkgText ? (JSON.parse(pkgText) as DataPackage) : {};
  const changelog = (await readOptional(join(dataDir, 'CHANGELOG.md'))) ?? 'No changelog in this version.';
  const licences = (pkg.licenses ?? []).map((l) => `<li>${externalLink(l.path, l.name ?? 'licence')}${l.title ? ` — ${esc(l.title)}` : ''}</li>`);
  const counts = Object.entries(rows);
  const version = pkg.version ?? 'unversioned';
  const html = `<dl class="facts">
<dt>Dataset</dt><dd>${esc(pkg.title ?? pkg.name ?? '')}</dd>
<dt>Version</dt><dd data-version>${esc(version)}</dd>
<dt>Created</dt><dd>${esc(pkg.created ?? 'not recorded')}</dd>
</dl>
<h3>Licence</h3>
<ul>${licences.join('\n') || '<li>Not stated.</li>'}</ul>
<h3>How to cite</h3>
${await citationHtml(dataDir, pkg)}
<h3>Rows</h3>
${htmlTable('Rows per table', ['table', 'rows'], counts)}
<h3>Accuracy</h3>
${await accuracyHtml(dataDir, floorsFile)}
<h3>Downloads</h3>
${await downloadsHtml(dataDir, siteDir)}
<h3>Changelog</h3>
<pre class="changelog">${esc(changelog)}</pre>`;
  return { html, version, title: pkg.title ?? pkg.name ?? 'Who said what' };
}
