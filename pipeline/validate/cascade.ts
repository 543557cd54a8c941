/**
 * When invalid records are dropped (`--allow-invalid`), what refers to them
 * must go too, or the published tables hold rows that point at nothing
 * (mentions of an article that is not there, child quotes of a missing
 * block…). A reference that a row cannot do without drops the row; an
 * optional one (the actor a quote is attributed to, the link crediting it…)
 * is set to null. Repeated until nothing changes, since a dropped quote may
 * drop its child quotes in turn. The counts of the actors and countries
 * whose mentions went are then recounted from the mentions that remain, and
 * an actor or country left with no mention goes too (see {@link recount}).
 */
import type { TableName } from '../lib/schemas.ts';

/** A column of one table that holds the key of a row of another. */
interface Reference {
  from: TableName;
  column: string;
  to: TableName;
  /** `drop`: the row means nothing without the one it refers to; `clear`: the reference becomes null. */
  onMissing: 'drop' | 'clear';
}

/** The foreign keys of DESIGN.md's tables (single-column keys). */
const REFERENCES: readonly Reference[] = [
  { from: 'quotes', column: 'article_id', to: 'articles', onMissing: 'drop' },
  { from: 'links', column: 'article_id', to: 'articles', onMissing: 'drop' },
  { from: 'actor_mentions', column: 'article_id', to: 'articles', onMissing: 'drop' },
  { from: 'country_mentions', column: 'article_id', to: 'articles', onMissing: 'drop' },
  { from: 'actor_mentions', column: 'actor_id', to: 'actors', onMissing: 'drop' },
  { from: 'country_mentions', column: 'country', to: 'countries', onMissing: 'drop' },
  { from: 'quotes', column: 'parent_quote_id', to: 'quotes', onMissing: 'drop' },
  { from: 'quotes', column: 'actor_id', to: 'actors', onMissing: 'clear' },
  { from: 'quotes', column: 'link_id', to: 'links', onMissing: 'clear' },
  { from: 'links', column: 'quote_id', to: 'quotes', onMissing: 'clear' },
  { from: 'actors', column: 'affiliation', to: 'actors', onMissing: 'clear' },
];

/** The key column of each table that others refer to. */
const KEY_COLUMN: Partial<Record<TableName, string>> = { articles: 'article_id', quotes: 'quote_id', links: 'link_id', actors: 'actor_id', countries: 'country' };

type Row = Record<string, unknown>;

/** A row dropped or a reference cleared because of a record that was dropped. */
export interface CascadeEntry {
  table: TableName;
  /** The row's own key (or its index when the table has no single key column). */
  row: string;
  /** `dropped`, or `cleared <column>`. */
  action: string;
  /** e.g. "its article_id art_… was dropped". */
  because: string;
}

/**
 * Removes from `tables` (in place) the rows that refer to a dropped row, and
 * clears optional references to one. `dropped` holds, per table, the key
 * values of the records already dropped as invalid. Returns what it did.
 */
export function cascadeDrops(tables: Map<TableName, Row[]>, dropped: Map<TableName, Set<string>>): CascadeEntry[] {
  const done: CascadeEntry[] = [];
  const goneMentions: Row[] = [];
  for (;;) {
    dropReferring(tables, dropped, done, goneMentions);
    if (!recount(tables, dropped, done, goneMentions.splice(0))) return done;
  }
}

/** Drops (or clears) what refers to a dropped row, until nothing changes; collects the dropped mention rows. */
function dropReferring(tables: Map<TableName, Row[]>, dropped: Map<TableName, Set<string>>, done: CascadeEntry[], goneMentions: Row[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const ref of REFERENCES) {
      const gone = dropped.get(ref.to);
      const rows = tables.get(ref.from);
      if (!gone?.size || !rows) continue;
      const keyColumn = KEY_COLUMN[ref.from];
      const kept: Row[] = [];
      rows.forEach((row, index) => {
        const value = row[ref.column];
        if (typeof value !== 'string' || !gone.has(value)) return void kept.push(row);
        const key = keyColumn && typeof row[keyColumn] === 'string' ? (row[keyColumn] as string) : `row ${index}`;
        const because = `its ${ref.column} ${value} was dropped`;
        if (ref.onMissing === 'clear') {
          kept.push({ ...row, [ref.column]: null });
          done.push({ table: ref.from, row: key, action: `cleared ${ref.column}`, because });
          return;
        }
        done.push({ table: ref.from, row: key, action: 'dropped', because });
        if (ref.from in COUNTED_BY) goneMentions.push(row);
        if (keyColumn) addDropped(dropped, ref.from, key);
        changed = true;
      });
      tables.set(ref.from, kept);
    }
  }
}

function addDropped(dropped: Map<TableName, Set<string>>, table: TableName, key: string): void {
  const set = dropped.get(table) ?? new Set<string>();
  set.add(key);
  dropped.set(table, set);
}

/** The mention tables whose rows the `article_count` and `mention_count` of a table count: mentions table → [counted table, its key]. */
const COUNTED_BY: Partial<Record<TableName, readonly [TableName, string]>> = {
  actor_mentions: ['actors', 'actor_id'],
  country_mentions: ['countries', 'country'],
};

/**
 * Recounts `article_count` and `mention_count` of the actors and countries
 * that lost mentions, from the mentions that remain (as extract/assemble.ts
 * counts them). One left with no mention (and, for an actor, no quote
 * attributed to it) is dropped. Returns true when it dropped a row, so that
 * what refers to it goes in turn.
 */
function recount(tables: Map<TableName, Row[]>, dropped: Map<TableName, Set<string>>, done: CascadeEntry[], goneMentions: readonly Row[]): boolean {
  let droppedAny = false;
  for (const [mentionsTable, [table, key]] of Object.entries(COUNTED_BY) as [TableName, readonly [TableName, string]][]) {
    const touched = new Set(goneMentions.map((m) => m[key]).filter((v): v is string => typeof v === 'string'));
    const rows = tables.get(table);
    if (touched.size === 0 || !rows) continue;
    const remaining = new Map<string, { articles: Set<unknown>; mentions: number }>();
    for (const m of tables.get(mentionsTable) ?? []) {
      const id = m[key];
      if (typeof id !== 'string' || !touched.has(id)) continue;
      const counts = remaining.get(id) ?? { articles: new Set(), mentions: 0 };
      counts.articles.add(m.article_id);
      counts.mentions += 1;
      remaining.set(id, counts);
    }
    const quoted = new Set(table === 'actors' ? (tables.get('quotes') ?? []).map((q) => q.actor_id) : []);
    const because = 'mentions of it in a dropped article were dropped';
    const kept: Row[] = [];
    for (const row of rows) {
      const id = row[key];
      if (typeof id !== 'string' || !touched.has(id)) {
        kept.push(row);
        continue;
      }
      const counts = remaining.get(id);
      if (!counts && !quoted.has(id)) {
        done.push({ table, row: id, action: 'dropped', because: `${because}, and none is left` });
        addDropped(dropped, table, id);
        droppedAny = true;
        continue;
      }
      kept.push({ ...row, article_count: counts?.articles.size ?? 0, mention_count: counts?.mentions ?? 0 });
      done.push({ table, row: id, action: 'recounted article_count and mention_count', because });
    }
    tables.set(table, kept);
  }
  return droppedAny;
}

/** The key value of an invalid record, if it has one (to drop what refers to it). */
export function keyOf(table: TableName, record: unknown): string | null {
  const column = KEY_COLUMN[table];
  const value = column && typeof record === 'object' && record !== null ? (record as Row)[column] : undefined;
  return typeof value === 'string' ? value : null;
}

/** One line for the user: "17 actor_mentions dropped, 2 quotes: cleared actor_id…", or '' when nothing cascaded. */
export function summariseCascade(entries: readonly CascadeEntry[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(`${e.table} ${e.action}`, (counts.get(`${e.table} ${e.action}`) ?? 0) + 1);
  return [...counts].map(([what, n]) => `${n} ${what}`).join(', ');
}
