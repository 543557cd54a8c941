// Made-up page: `cli.ts explain` tells which rule found an actor and why.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainActor, formatExplanation } from '../../pipeline/extract/actors/explain.ts';

const PAGE = `<html lang="en"><body><article><h1>Harbour plans</h1>
<p>The harbour plan was approved on Monday after a long debate. Charlene Rose said the vote was close, and the Marwick Harbour Authority agreed.</p>
<p>Rose added that work would start in spring.</p></article></body></html>`;

describe('explain (made-up page)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'explain-'));
  const page = join(dir, 'page.html');
  writeFileSync(page, PAGE);

  it('gives the type and the reason of every mention of the asked actor', () => {
    const result = explainActor(page, 'Charlene Rose');
    expect(result.language).toBe('en');
    expect(result.actors).toHaveLength(1);
    expect(result.actors[0]!.type).toBe('person');
    expect(result.actors[0]!.mentions.map((m) => m.reason)).toEqual([expect.stringMatching(/^person shape \+ /), expect.stringContaining('surname')]);
    expect(formatExplanation('Charlene Rose', result)).toContain('person: Charlene Rose | Rose');
  });

  it('names the head word that made an organisation', () => {
    const [org] = explainActor(page, 'Marwick Harbour Authority').actors;
    expect(org?.type).toBe('organization');
    expect(org?.mentions[0]?.reason).toContain("head word: 'Authority'");
  });

  it('says so when no actor has the name', () => {
    expect(formatExplanation('Nobody', explainActor(page, 'Nobody'))).toContain('did not propose it');
  });
});
