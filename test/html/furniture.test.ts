// Made-up pages: page furniture inside the article container ("DON'T MISS" boxes, hover cards, taglines) stays out of the text.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../pipeline/extract/html/read-page.ts';

const SENTENCE = 'The minister said on Tuesday that the plan, which was agreed last year, would go ahead despite objections. ';
const para = (n: number): string => `<p>${SENTENCE.repeat(n)}</p>`;
const page = (inner: string): string => `<html><head><title>Plan goes ahead</title></head><body><article>${inner}</article></body></html>`;

describe('page furniture inside the article (made-up)', () => {
  it('drops a "DON\'T MISS" box of headline links', () => {
    const box = '<div class="story-element"><h3>DON\'T MISS</h3><ul><li><a href="/a">Harbour fire closes the old pier</a></li><li><a href="/b">Tarn Valley votes on the new bridge</a></li></ul></div>';
    const { body } = readPage(page(`${para(2)}${box}${para(2)}`), 'https://example.com/a');
    expect(body.text).not.toContain('MISS');
    expect(body.text).not.toContain('Harbour fire');
    expect(body.paragraphs).toHaveLength(2);
  });

  it('drops a "Don\'t miss" line with a headline link, and a "Read more:" line', () => {
    const { body } = readPage(page(`${para(2)}<p><strong>Don't miss:</strong> <a href="/a">Harbour fire closes the old pier</a></p><p>Read more: <a href="/b">Tarn Valley votes</a></p>${para(2)}`), 'https://example.com/a');
    expect(body.text).not.toContain('Harbour fire');
    expect(body.text).not.toContain('Tarn Valley');
  });

  it('drops a hover card of an author or a linked name', () => {
    const card = '<span class="author-hovercard"><span>Dana Whitfield</span><span>Dana covers city hall for the Harbour Herald.</span></span>';
    const { body } = readPage(page(`<p>The mayor, <a href="/p/x">Rosa Pell</a>${card}, said the plan would go ahead despite objections from two councils.</p>${para(2)}`), 'https://example.com/a');
    expect(body.text).not.toContain('Dana');
    expect(body.text).toContain('Rosa Pell');
  });

  it('drops a site tagline', () => {
    const { body } = readPage(page(`<p class="tagline">Harbour Herald: news you can trust</p>${para(3)}<div class="site-slogan">Independent since 1921</div>`), 'https://example.com/a');
    expect(body.text).not.toContain('news you can trust');
    expect(body.text).not.toContain('Independent since');
  });
});

describe('furniture words do not hit content (made-up)', () => {
  it('keeps a standfirst classed as a tagline when it runs over a line (thresholds.ts WEAK_EXEMPTION_MIN_CHARS)', () => {
    const standfirst = '<div class="article-tagline"><p>The council agreed the harbour plan after a long night of debate, and two members walked out before the final vote was taken by the chair, who then adjourned the meeting until the spring session of the harbour board.</p></div>';
    const { body } = readPage(page(`${standfirst}${para(3)}`), 'https://example.com/a');
    expect(body.text).toContain('two members walked out');
  });
});
