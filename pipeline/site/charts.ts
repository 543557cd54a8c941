/**
 * The charts view, drawn at build time as static SVG (no chart library in the
 * browser): quotes over time, top speakers, countries by mentions and speaker
 * types. Each chart draws one `<rect class="mark">` per row of its data, and
 * ships that data beside it as a table and a CSV file.
 */
import { toCsv } from '../publish/csv.ts';
import { attr, esc, htmlTable } from './html.ts';
import { compareText, type Facets } from './quote-index.ts';
import type { Tables } from './tables.ts';

/** Bars in the top-N charts. */
export const TOP_N = 15;
/** Above this many months between the first and last quote, time is binned by year. */
export const MAX_MONTHS = 72;

/** One chart: its data (label, value) and where its CSV goes. */
export interface Chart {
  id: string;
  title: string;
  description: string;
  columns: [string, string];
  rows: Array<[string, number]>;
  note: string | null;
  kind: 'columns' | 'bars';
}

function counts(values: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return map;
}

/** Largest first, ties by label. */
function top(map: Map<string, number>, n: number): Array<[string, number]> {
  return [...map].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, n);
}

/** Every month (or year) from the first to the last dated quote, with its number of quotes. */
function timeBuckets(days: number[]): { rows: Array<[string, number]>; unit: 'month' | 'year' } {
  const dated = days.filter((d) => d > 0);
  if (dated.length === 0) return { rows: [], unit: 'month' };
  const months = dated.map((d) => Math.floor(d / 100));
  const first = Math.min(...months);
  const last = Math.max(...months);
  const span = (Math.floor(last / 100) - Math.floor(first / 100)) * 12 + (last % 100) - (first % 100) + 1;
  const unit = span > MAX_MONTHS ? 'year' : 'month';
  const key = (m: number) => (unit === 'year' ? String(Math.floor(m / 100)) : `${Math.floor(m / 100)}-${String(m % 100).padStart(2, '0')}`);
  const found = counts(months.map(key));
  const rows: Array<[string, number]> = [];
  if (unit === 'year') {
    for (let y = Math.floor(first / 100); y <= Math.floor(last / 100); y += 1) rows.push([String(y), found.get(String(y)) ?? 0]);
  } else {
    for (let m = first; m <= last; m = m % 100 === 12 ? m + 89 : m + 1) rows.push([key(m), found.get(key(m)) ?? 0]);
  }
  return { rows, unit };
}

/** The four charts of a version. */
export function buildCharts(tables: Pick<Tables, 'countries'>, { facets }: { facets: Facets }): Chart[] {
  const { rows: time, unit } = timeBuckets(facets.day);
  const undated = facets.day.filter((d) => d === 0).length;
  const countries = tables.countries
    .filter((c) => (c.mention_count ?? 0) > 0)
    .map((c): [string, number] => [c.name, c.mention_count ?? 0]);
  return [
    {
      id: 'quotes-over-time',
      title: 'Quotes over time',
      description: `Number of quotes per ${unit} of the article's publication date.`,
      columns: [unit, 'quotes'],
      rows: time,
      note: undated ? `${undated} quote(s) from articles without a date are not drawn.` : null,
      kind: 'columns',
    },
    {
      id: 'top-speakers',
      title: 'Top speakers',
      description: `The ${TOP_N} speakers quoted most often.`,
      columns: ['speaker', 'quotes'],
      rows: top(counts(facets.speaker.map((i) => facets.speakers[i]!)), TOP_N),
      note: null,
      kind: 'bars',
    },
    {
      id: 'countries-by-mentions',
      title: 'Countries by mentions',
      description: `The ${TOP_N} countries mentioned most often in the articles' text.`,
      columns: ['country', 'mentions'],
      rows: top(new Map(countries), TOP_N),
      note: null,
      kind: 'bars',
    },
    {
      id: 'speaker-types',
      title: 'Speaker types',
      description: 'Quotes by the kind of source speaking.',
      columns: ['speaker type', 'quotes'],
      rows: top(counts(facets.type.map((i) => facets.types[i]!)), Number.POSITIVE_INFINITY),
      note: null,
      kind: 'bars',
    },
  ];
}

/** Rounded to two decimals, so the SVG text is the same on every machine. */
const n2 = (x: number) => String(Math.round(x * 100) / 100);

function svgFrame(chart: Chart, width: number, height: number, body: string): string {
  const id = `chart-${chart.id}`;
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t ${id}-d" data-marks="${chart.rows.length}">\n<title id="${id}-t">${esc(chart.title)}</title>\n<desc id="${id}-d">${esc(chart.description)}</desc>\n${body}\n</svg>`;
}

/** Horizontal bars, one row per label. */
function barsSvg(chart: Chart): string {
  const bar = 22;
  const labelWidth = 220;
  const width = 640;
  const max = Math.max(1, ...chart.rows.map((r) => r[1]));
  const scale = (width - labelWidth - 50) / max;
  const marks = chart.rows.map(([label, value], i) => {
    const y = i * (bar + 6) + 4;
    const short = label.length > 32 ? `${label.slice(0, 31)}…` : label;
    return `<g><text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${esc(short)}</text><rect class="mark"${attr('x', labelWidth)} y="${y}" width="${n2(value * scale)}" height="${bar}"><title>${esc(`${label}: ${value}`)}</title></rect><text x="${n2(labelWidth + value * scale + 4)}" y="${y + 15}">${value}</text></g>`;
  });
  return svgFrame(chart, width, Math.max(30, chart.rows.length * (bar + 6) + 8), marks.join('\n'));
}

/** Vertical columns along time, one per bucket. */
function columnsSvg(chart: Chart): string {
  const width = 640;
  const height = 220;
  const base = 190;
  const max = Math.max(1, ...chart.rows.map((r) => r[1]));
  const step = (width - 60) / Math.max(1, chart.rows.length);
  const marks = chart.rows.map(([label, value], i) => {
    const h = (value / max) * (base - 20);
    return `<rect class="mark" x="${n2(50 + i * step + step * 0.1)}" y="${n2(base - h)}" width="${n2(step * 0.8)}" height="${n2(h)}"><title>${esc(`${label}: ${value}`)}</title></rect>`;
  });
  const first = chart.rows[0]?.[0] ?? '';
  const last = chart.rows.at(-1)?.[0] ?? '';
  const axis = `<line x1="50" y1="${base}" x2="${width - 10}" y2="${base}" class="axis"/><text x="46" y="${base - 165}" text-anchor="end">${max}</text><text x="46" y="${base}" text-anchor="end">0</text><text x="50" y="${base + 20}">${esc(first)}</text><text x="${width - 10}" y="${base + 20}" text-anchor="end">${esc(last)}</text>`;
  return svgFrame(chart, width, height, `${axis}\n${marks.join('\n')}`);
}

/** The CSV file of a chart's data. */
export function chartCsv(chart: Chart): string {
  const [a, b] = chart.columns;
  return toCsv(
    chart.rows.map(([label, value]) => ({ [a]: label, [b]: value })),
    [a, b],
  );
}

/** The charts view: each chart as a figure with its table and CSV link. */
export function chartsHtml(charts: Chart[]): string {
  return charts
    .map((c) => {
      const svg = c.rows.length ? (c.kind === 'columns' ? columnsSvg(c) : barsSvg(c)) : '<p class="empty">No data in this version.</p>';
      const note = c.note ? `<p class="note">${esc(c.note)}</p>` : '';
      return `<figure class="chart-figure" id="${esc(c.id)}">\n<figcaption><h3>${esc(c.title)}</h3><p>${esc(c.description)}</p></figcaption>\n${svg}\n${note}<details><summary>Table</summary>\n${htmlTable(c.title, c.columns, c.rows)}\n</details>\n<p><a href="charts/${esc(c.id)}.csv" download>Download CSV</a></p>\n</figure>`;
    })
    .join('\n');
}
