import { describe, expect, it } from 'vitest';
import { readPage } from '../../pipeline/extract/html/read-page.ts';

const SENTENCE = 'The minister said on Tuesday that the plan, which was agreed last year, would go ahead despite objections. ';
const para = (n: number): string => `<p>${SENTENCE.repeat(n)}</p>`;
const CHROME = '<header><h1>Site</h1><nav><a href="/">Home</a><a href="/world">World</a></nav></header>';
const FOOTER = '<footer><p>Copyright Example News. All rights reserved.</p></footer>';

describe('main-text cascade (made-up pages)', () => {
  it('step 1: reads a CDT post from its WordPress body', () => {
    const html = `<html><body>${CHROME}<div class="post-content">${para(2)}<blockquote><p>${SENTENCE}</p><p><a href="https://example.org/a">[Source]</a></p></blockquote></div>
      <div class="sidebar">${para(1)}</div>${FOOTER}</body></html>`;
    const { body } = readPage(html, 'https://chinadigitaltimes.net/2022/09/a-post/');
    expect(body.method).toBe('site:cdt');
    expect(body.paragraphs.map((p) => p.kind)).toEqual(['p', 'blockquote', 'blockquote']);
    expect(body.links[0]?.anchor).toBe('[Source]');
  });

  it('step 2: takes a generic container that passes the quality checks', () => {
    const html = `<html><body>${CHROME}<div itemprop="articleBody">${para(2)}${para(1)}</div><aside>${para(1)}</aside>${FOOTER}</body></html>`;
    const { body } = readPage(html, 'https://example.com/a');
    expect(body.method).toBe('container:[itemprop="articleBody"]');
    expect(body.paragraphs).toHaveLength(2);
    expect(body.text).not.toContain('Copyright');
  });

  it('step 2 reads every block of a body split around ads, in order', () => {
    const html = `<html><body><div class="article-body"><p>First part. ${SENTENCE.repeat(2)}</p></div><div class="ad-slot">Ad</div>
      <div class="article-body"><p>Second part. ${SENTENCE.repeat(2)}</p></div></body></html>`;
    const { body } = readPage(html, 'https://example.com/a');
    expect(body.method).toBe('container:.article-body');
    expect(body.paragraphs.map((p) => p.text.slice(0, 11))).toEqual(['First part.', 'Second part']);
  });

  it('step 2 rejects a container holding only part of the article (a teaser)', () => {
    const html = `<html><body><div class="layout"><article><p>${SENTENCE.repeat(3)}</p></article><div class="main-col">${para(3)}${para(3)}${para(3)}${para(3)}</div></div></body></html>`;
    const { body } = readPage(html, 'https://example.com/a');
    expect(body.method).toBe('score');
    expect(body.paragraphs.length).toBeGreaterThanOrEqual(4);
  });

  it('step 3: scores the DOM when no container is marked up', () => {
    const links = '<div class="col">' + '<p><a href="/1">Link one</a> <a href="/2">Link two</a></p>'.repeat(5) + '</div>';
    const html = `<html><body>${CHROME}${links}<div class="col"><div>${para(2)}${para(2)}${para(1)}</div></div>${FOOTER}</body></html>`;
    const { body } = readPage(html, 'https://example.com/a');
    expect(body.method).toBe('score');
    expect(body.paragraphs).toHaveLength(3);
    expect(body.links).toHaveLength(0);
  });

  it('drops link rows, title headings, bylines and date lines from the text', () => {
    const html = `<html><head><title>Plan goes ahead</title><meta name="author" content="Ann Lee"></head><body><article>
      <h1>Plan goes ahead</h1><p>By Ann Lee</p><p>Nov. 20, 2019 6:02 AM EST</p>${para(3)}<h4>More:</h4><p><a href="/x">Another story about something</a></p></article></body></html>`;
    const { body } = readPage(html, 'https://example.com/a');
    expect(body.paragraphs).toHaveLength(1);
    expect(body.text.startsWith('The minister')).toBe(true);
  });
});
