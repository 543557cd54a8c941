// Made-up sentences: organisation recall rules of session 5 (business nouns as heads, weak people handed to
// context rules, world regions, gazetteer names outside English, teams named by match results).
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';
import { teamsFromResults, SPORTS_RESULT } from '../../pipeline/extract/actors/sports-results.ts';
import { isWorldRegion, looksLikePlace } from '../../pipeline/extract/actors/places.ts';
import { modelOrganisation } from '../../pipeline/extract/actors/classify-orgs.ts';
import type { Token } from '../../pipeline/extract/actors/tokens.ts';

describe('a business noun ends a company name', () => {
  it('types "… Tours", "… Transit" and "… Bus Lines" as organisations, never people', () => {
    const text = 'Guided walks are offered by Quellmoor Tours in the old town. Tarrowby Transit runs buses every hour, and Fenwick Bus Lines goes to the coast.';
    const orgs = names(actorsOf(text), 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Quellmoor Tours', 'Tarrowby Transit', 'Fenwick Bus Lines']));
    expect(names(actorsOf(text), 'person')).toEqual([]);
  });

  it('a surname-like first word does not make a travel company a person', () => {
    const text = 'We booked the ferry through Sun Harbour Travel, which was cheaper than the port office.';
    expect(names(actorsOf(text), 'person')).toEqual([]);
    expect(names(actorsOf(text), 'organization')).toContain('Sun Harbour Travel');
  });
});

describe('a weak person goes back to the context rules', () => {
  it('a capitalised pair with no person evidence becomes an organisation when the words around it say so', () => {
    // "Brellin Dorcas" has no given name, no reporting verb and no surname used alone: no person; "works for" makes it an organisation.
    const text = 'Her cousin works for Brellin Dorcas in the harbour district. The weather was mild that year.';
    expect(names(actorsOf(text), 'organization')).toContain('Brellin Dorcas');
    expect(names(actorsOf(text), 'person')).not.toContain('Brellin Dorcas');
  });
});

describe('lists with organisations', () => {
  it('a name right after "in" inside such a list is a place, not a listed body', () => {
    const text = 'Boat trips are sold by Quellmoor Tours in Brindlecombe or Fenwick Tours in the harbour.';
    const orgs = names(actorsOf(text), 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Quellmoor Tours', 'Fenwick Tours']));
    expect(orgs).not.toContain('Brindlecombe');
  });
});

describe('continents and world regions are places', () => {
  it('knows the regions of the UN list and their everyday forms', () => {
    expect(isWorldRegion('North America')).toBe(true);
    expect(isWorldRegion('Southeast Asia')).toBe(true);
    expect(isWorldRegion('Harbour Asia')).toBe(false);
    expect(looksLikePlace('Europe')).toBe(true);
  });

  it('the name model never makes a region an organisation', () => {
    const t = (text: string, start: number): Token => ({ text, start, end: start + text.length, sentenceStart: false, capitalised: true, gapBefore: ' ', nameModel: { label: 'ORG', personMargin: -3 } });
    expect(modelOrganisation([t('North', 0), t('America', 6)], 'North America', 0, false)).toBeNull();
    expect(modelOrganisation([t('Norvale', 0), t('Builders', 8)], 'Norvale Builders', 0, false)).not.toBeNull();
  });

  it('a region in a list of companies is no company', () => {
    const text = 'The firm sells to Quillspark Holdings, Tidebrook Systems and Europe.';
    expect(names(actorsOf(text), 'organization')).not.toContain('Europe');
  });
});

describe('gazetteer names outside English', () => {
  it('keeps a company of the public lists on a German page, where capitals alone say nothing', () => {
    const text = 'Die Klinik speichert ihre Daten seit dem Frühjahr bei IBM in einem Rechenzentrum. Der Vertrag läuft fünf Jahre, sagte die Leiterin der Abteilung am Montag. Die Daten bleiben in Deutschland.';
    expect(names(actorsOf(text, [], 'de'), 'organization')).toContain('IBM');
  });
});

describe('teams named by match results', () => {
  it('the sides of a result with a score are teams, countries included', () => {
    const text = 'On the second day of the cup, Norway defeated debutants Peru 2 – 0, and Chile lost 1 – 2 to Ghana.';
    expect(names(actorsOf(text), 'organization')).toEqual(expect.arrayContaining(['Norway', 'Peru', 'Chile', 'Ghana']));
  });

  it('reads results lines and team records ("A d. B 70-44", "B (0-1): …"), and says why', () => {
    const text = 'GIRLS BASKETBALL\n\nQuillby d. Tarrow Bay 70-44\n\nQuillby (1-0): Ross 25 points.\n\nTarrow Bay (0-1): Vell 12 points.';
    const proposals = teamsFromResults(text, [], () => false);
    expect(proposals.map((p) => p.surface)).toEqual(expect.arrayContaining(['Quillby', 'Tarrow Bay']));
    expect(proposals.every((p) => p.type === 'organization' && p.reason === SPORTS_RESULT)).toBe(true);
  });

  it('two players are not teams: neither side is a place, an organisation or a team with a record', () => {
    expect(teamsFromResults('In the final, Rossi beat Marsh 6-4 in the first set.', [], () => false)).toEqual([]);
  });

  it('a side already read as a person keeps the whole result out', () => {
    const text = 'Ann Ross beat Chile 6-4 in an exhibition set.';
    const actors = actorsOf(text);
    expect(names(actors, 'organization')).not.toContain('Ann Ross');
  });
});
