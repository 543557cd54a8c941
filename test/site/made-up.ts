/**
 * MADE-UP datasets for the site tests and the site benchmark: every name,
 * title and sentence here is invented. `hostileTables` carries markup and a
 * javascript: link in every field a page controls, and emoji before its
 * quotes; `syntheticTables` makes any number of quotes for timing.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Tables } from '../../pipeline/site/tables.ts';
import { seededRandom } from '../helpers/random.ts';

/** Markup that would run if any view wrote data as HTML. */
export const SCRIPT = '<script>window.__pwned = 1</script>';
export const IMG = '<img src="x" onerror="window.__pwned = 2">';

/** Code-point offsets of `part` in `text` (the first occurrence). */
export function codePointSpan(text: string, part: string): [number, number] {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`'${part}' is not in the text`);
  const start = Array.from(text.slice(0, at)).length;
  return [start, start + Array.from(part).length];
}

/** Writes tables as a version folder (JSON tables, a datapackage.json, a changelog). */
export async function writeVersion(dir: string, tables: Tables, title = 'Made-up dataset'): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const [name, rows] of Object.entries(tables)) await writeFile(join(dir, `${name}.json`), `${JSON.stringify(rows, null, 2)}\n`);
  const pkg = { name: 'made-up', title, version: '9.9.9-test', created: '2024-01-02T00:00:00.000Z', licenses: [{ name: 'ODC-BY-1.0', path: 'javascript:alert(1)', title: SCRIPT }] };
  await writeFile(join(dir, 'datapackage.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  await writeFile(join(dir, 'CHANGELOG.md'), `# Changelog\n\n- 9.9.9-test: ${SCRIPT}\n`);
  return dir;
}

const ARTICLE = 'art_00000000000000a1';
/** Text with emoji (two UTF-16 units each, a flag is two code points) before every span. */
export const HOSTILE_TEXT = `Flags 🇨🇳🇺🇳 first. 👋 Then “Hello 😀 world ${SCRIPT}” said Ada Quill, the ${IMG} minister.\n\nIn Ruritania 𝒳 the reply came.`;

/** One made-up article whose title, site, speaker, quote, cue and links hold markup. */
export function hostileTables(): Tables {
  const text = HOSTILE_TEXT;
  const quote = codePointSpan(text, `Hello 😀 world ${SCRIPT}`);
  const name = codePointSpan(text, 'Ada Quill');
  const country = codePointSpan(text, 'Ruritania');
  return {
    articles: [{ article_id: ARTICLE, url: 'javascript:alert(1)', site: `<i>Site</i>${SCRIPT}`, title: `${SCRIPT}${IMG} A <b>bold</b> title`, authors: [IMG], published: '2024-01-01T00:00:00+00:00', language: 'en', text, word_count: 20 }],
    quotes: [
      { quote_id: 'q_00000000000000b1', article_id: ARTICLE, text: `Hello 😀 world ${SCRIPT}`, kind: 'direct', speaker: `Ada Quill${IMG}`, speaker_type: 'person', actor_id: 'act_00000000000000c1', cue: `said${SCRIPT}`, parent_quote_id: null, link_id: 'lnk_00000000000000d1', char_start: quote[0], char_end: quote[1] },
    ],
    actors: [{ actor_id: 'act_00000000000000c1', name: `Ada Quill${IMG}`, type: 'person', aliases: [SCRIPT], titles: [`minister${SCRIPT}`], affiliation: null, country: 'RU', wikidata: `Q1${SCRIPT}`, article_count: 1, mention_count: 1 }],
    actor_mentions: [{ article_id: ARTICLE, actor_id: 'act_00000000000000c1', surface: 'Ada Quill', char_start: name[0], char_end: name[1] }],
    country_mentions: [{ article_id: ARTICLE, country: 'RU', surface: 'Ruritania', via: 'name', char_start: country[0], char_end: country[1] }],
    countries: [{ country: 'RU', iso3: 'RUR', name: `Ruritania${SCRIPT}`, article_count: 1, mention_count: 1 }],
    links: [{ link_id: 'lnk_00000000000000d1', article_id: ARTICLE, url: 'javascript:alert(1)', domain: 'x', anchor_text: SCRIPT, kind: 'source', quote_id: 'q_00000000000000b1', char_start: null, char_end: null }],
  };
}

const hex = (n: number, width = 16) => n.toString(16).padStart(width, '0');
const WORDS = ['water', 'court', 'border', 'harvest', 'council', 'report', 'river', 'school', 'trade', 'camp', 'law', 'press', 'rights', 'village', 'budget', 'strike'];
const GIVEN = ['Ada', 'Bram', 'Cleo', 'Dov', 'Esme', 'Fen', 'Gus', 'Hana', 'Ivo', 'Juno', 'Kit', 'Lior'];
const FAMILY = ['Quill', 'Marsh', 'Thorne', 'Vale', 'Brook', 'Holt', 'Reed', 'Stone', 'Wren', 'Frost'];
const CODES = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH'];

/** `quotes` made-up quotes in articles of ten quotes each, with actors, mentions, countries and links. */
export function syntheticTables(quotes: number, seed = 1): Tables {
  const rnd = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const t: Tables = { articles: [], quotes: [], actors: [], actor_mentions: [], country_mentions: [], countries: [], links: [] };
  const actors = Math.max(1, Math.floor(quotes / 5));
  for (let a = 0; a < actors; a += 1) {
    t.actors.push({ actor_id: `act_${hex(a)}`, name: `${pick(GIVEN)} ${pick(FAMILY)} ${a}`, type: 'person', aliases: [], titles: ['spokesperson'], affiliation: null, country: pick(CODES), wikidata: null, article_count: 1, mention_count: 1 });
  }
  for (const code of CODES) t.countries.push({ country: code, iso3: `${code}X`, name: `Land ${code}`, article_count: 1, mention_count: 0 });
  for (let i = 0; i < quotes; i += 10) {
    const id = `art_${hex(i)}`;
    const parts: string[] = [];
    let length = 0;
    const count = Math.min(10, quotes - i);
    for (let k = 0; k < count; k += 1) {
      const actor = t.actors[Math.floor(rnd() * actors)]!;
      const words = Array.from({ length: 6 + Math.floor(rnd() * 12) }, () => pick(WORDS)).join(' ');
      const code = pick(CODES);
      const sentence = `In Land ${code}, ${actor.name} said “${words}.” `;
      const start = length + Array.from(sentence.slice(0, sentence.indexOf('“') + 1)).length;
      const landAt = length + 3;
      t.country_mentions.push({ article_id: id, country: code, surface: `Land ${code}`, via: 'name', char_start: landAt, char_end: landAt + 7 });
      const nameAt = length + Array.from(sentence.slice(0, sentence.indexOf(actor.name))).length;
      t.actor_mentions.push({ article_id: id, actor_id: actor.actor_id, surface: actor.name, char_start: nameAt, char_end: nameAt + actor.name.length });
      t.quotes.push({ quote_id: `q_${hex(i + k)}`, article_id: id, text: `${words}.`, kind: 'direct', speaker: actor.name, speaker_type: 'person', actor_id: actor.actor_id, cue: 'said', parent_quote_id: null, link_id: null, char_start: start, char_end: start + words.length + 1 });
      parts.push(sentence);
      length += Array.from(sentence).length;
    }
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    t.articles.push({ article_id: id, url: `https://news.example/${i}`, site: `Site ${i % 7}`, title: `Made-up story ${i}`, authors: [], published: `20${10 + Math.floor(rnd() * 10)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00+00:00`, language: 'en', text: parts.join(''), word_count: 100 });
    t.links.push({ link_id: `lnk_${hex(i)}`, article_id: id, url: `https://source.example/${i}`, domain: 'source.example', anchor_text: 'source', kind: 'external', quote_id: null, char_start: null, char_end: null });
  }
  for (const c of t.countries) c.mention_count = t.country_mentions.filter((m) => m.country === c.country).length;
  return t;
}
