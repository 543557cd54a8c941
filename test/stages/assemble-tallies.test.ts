/**
 * The tables built across articles (pipeline/extract/assemble.ts), counted
 * article by article: actors merged by id and countries counted, with made-up
 * actors ("Ann Ross", "Aerolux Airlines"), not rows from any page.
 */
import { describe, expect, it } from 'vitest';
import { TableAssembler } from '../../pipeline/extract/assemble.ts';
import type { ArticleActor } from '../../pipeline/extract/records.ts';

const actor = (over: Partial<ArticleActor>): ArticleActor => ({
  actor_id: 'act-ann',
  name: 'Ann Ross',
  type: 'person',
  aliases: [],
  titles: [],
  affiliation: null,
  country: null,
  wikidata: null,
  mention_count: 1,
  ...over,
});

const mentions = (article_id: string, countries: string[]) => countries.map((country) => ({ country, article_id }));

describe('tables built across articles', () => {
  it('merges an actor seen in several articles: most frequent name, every other spelling an alias, counts summed', () => {
    const assembler = new TableAssembler();
    assembler.count({ actors: [actor({ name: 'Ross', titles: ['minister'], mention_count: 2 })], country_mentions: [] });
    assembler.count({ actors: [actor({ aliases: ['A. Ross'], affiliation: 'Aerolux Airlines', country: 'NO' })], country_mentions: [] });
    assembler.count({ actors: [actor({ titles: ['chair', 'minister'], affiliation: 'Aerolux Airlines', mention_count: 3 })], country_mentions: [] });
    assembler.count({ actors: [actor({ actor_id: 'act-aerolux', name: 'Aerolux Airlines', type: 'organization' })], country_mentions: [] });
    const { actors } = assembler.finish();
    expect(actors).toEqual([
      { actor_id: 'act-aerolux', name: 'Aerolux Airlines', type: 'organization', aliases: [], titles: [], affiliation: null, country: null, wikidata: null, article_count: 1, mention_count: 1 },
      { actor_id: 'act-ann', name: 'Ann Ross', type: 'person', aliases: ['A. Ross', 'Ross'], titles: ['chair', 'minister'], affiliation: 'Aerolux Airlines', country: 'NO', wikidata: null, article_count: 3, mention_count: 6 },
    ]);
  });

  it('breaks a tie between spellings by code point order', () => {
    const assembler = new TableAssembler();
    assembler.count({ actors: [actor({ name: 'Ross' })], country_mentions: [] });
    assembler.count({ actors: [actor({ name: 'Ann Ross' })], country_mentions: [] });
    expect(assembler.finish().actors[0]).toMatchObject({ name: 'Ann Ross', aliases: ['Ross'] });
  });

  it('counts each article once per country however many times it names it', () => {
    const assembler = new TableAssembler();
    assembler.count({ actors: [], country_mentions: mentions('a1', ['NO', 'FR', 'NO']) });
    assembler.count({ actors: [], country_mentions: mentions('a2', ['NO']) });
    assembler.count({ actors: [], country_mentions: mentions('a3', ['FR', 'FR', 'FR']) });
    const rows = assembler.finish().countries.map(({ country, article_count, mention_count }) => ({ country, article_count, mention_count }));
    expect(rows).toEqual([
      { country: 'FR', article_count: 2, mention_count: 4 },
      { country: 'NO', article_count: 2, mention_count: 3 },
    ]);
  });
});
