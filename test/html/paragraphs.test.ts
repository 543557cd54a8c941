import { describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import { buildBody } from '../../pipeline/extract/body.ts';
import { collectParagraphs } from '../../pipeline/extract/html/paragraphs.ts';

/** Paragraphs of the first element matching `selector` in made-up HTML, built into a body. */
function bodyOf(html: string, base: string | null = 'https://example.com/news/a.html') {
  const $ = load(html);
  return buildBody(collectParagraphs($('#root').toArray(), base), 'test');
}

describe('collectParagraphs (made-up HTML)', () => {
  it('makes each p, heading, li and pre its own paragraph, inline elements join', () => {
    const body = bodyOf(
      '<div id="root"><h2>Sub  head</h2><p>One <em>two</em>\n <strong>three</strong><br>four</p><ul><li>a</li><li>b <span>c</span></li></ul><pre>x   y</pre></div>',
    );
    expect(body.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['heading', 'Sub head'],
      ['p', 'One two three four'],
      ['li', 'a'],
      ['li', 'b c'],
      ['pre', 'x y'],
    ]);
    expect(body.text).toBe('Sub head\n\nOne two three four\n\na\n\nb c\n\nx y');
  });

  it('gives blockquote paragraphs kind blockquote and one block number per quotation', () => {
    const body = bodyOf(
      '<div id="root"><p>Intro.</p><blockquote><p>First.</p><p>Second.</p></blockquote><p>Between.</p><blockquote>Bare text <a href="/s">[Source]</a></blockquote></div>',
    );
    expect(body.paragraphs.map((p) => [p.kind, p.block, p.text])).toEqual([
      ['p', null, 'Intro.'],
      ['blockquote', 0, 'First.'],
      ['blockquote', 0, 'Second.'],
      ['p', null, 'Between.'],
      ['blockquote', 1, 'Bare text [Source]'],
    ]);
  });

  it('keeps links with absolute normalised URLs and offsets pointing at the anchor text', () => {
    const body = bodyOf(
      '<div id="root"><p>See <a href="/report?utm_source=x#p2"> the  report </a> and <a href="https://Other.org:443/x">this</a>.</p><p><a href="mailto:a@b.c">mail</a> <a href="javascript:0">js</a> <a href="b.html"><img src="i.png"></a></p></div>',
    );
    expect(body.links.map((l) => [l.href, l.anchor, l.paragraph])).toEqual([
      ['https://example.com/report', 'the report', 0],
      ['https://other.org/x', 'this', 0],
      ['https://example.com/news/b.html', '', 1],
    ]);
    for (const link of body.links) expect(body.text.slice(link.start, link.end)).toBe(link.anchor);
  });

  it('keeps only absolute links when there is no base URL', () => {
    const body = bodyOf('<div id="root"><p><a href="/rel">rel</a> <a href="https://abs.com/">abs</a></p></div>', null);
    expect(body.links.map((l) => l.href)).toEqual(['https://abs.com/']);
  });
});

describe('collectParagraphs line breaks and links spanning blocks (made-up HTML)', () => {
  it('treats one br as a space and two in a row as a paragraph break', () => {
    const body = bodyOf('<div id="root">Line one<br>still one<br> <br>\n<br>Two <a href="/x">link<br><br>after</a> end</div>');
    expect(body.paragraphs.map((p) => p.text)).toEqual(['Line one still one', 'Two link', 'after end']);
    expect(body.links.map((l) => l.anchor)).toEqual(['after']);
    for (const link of body.links) expect(body.text.slice(link.start, link.end)).toBe(link.anchor);
  });

  it('keeps link offsets right when a block sits inside a link', () => {
    const body = bodyOf('<div id="root"><p>Lead <a href="/card"><div>Card title</div><span>teaser text</span></a></p></div>');
    for (const link of body.links) expect(body.text.slice(link.start, link.end)).toBe(link.anchor);
    expect(body.links[0]?.anchor).toBe('teaser text');
  });
});
