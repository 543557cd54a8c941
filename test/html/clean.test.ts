import { describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import { removeBoilerplate } from '../../pipeline/extract/html/clean.ts';

const LONG = 'This sentence is part of a real article paragraph and carries enough words to count as prose. '.repeat(4);

describe('removeBoilerplate (made-up HTML)', () => {
  it('removes chrome by tag, role, hidden state and class words', () => {
    const $ = load(`<body>
      <nav>Home News</nav><script>var x</script><style>p{}</style>
      <div role="navigation">Menu</div><div hidden>secret</div><div style="display: none">none</div>
      <div class="share-bar">Share on Facebook</div><div id="related-stories">Other story</div>
      <div class="newsletterSignup">Sign up</div><p class="wp-caption-text">A caption</p>
      <div class="post-content"><p>Kept text.</p></div></body>`);
    removeBoilerplate($);
    expect($('body').text().replace(/\s+/g, ' ').trim()).toBe('Kept text.');
  });

  it('keeps wrappers with boilerplate-looking classes when they hold much prose', () => {
    const $ = load(`<body><form id="aspnetForm"><div class="page-content with-sidebar"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div></form></body>`);
    removeBoilerplate($);
    expect($('p')).toHaveLength(3);
  });

  it('does not match words inside other words ("ad" in "header", "share" in "shared")', () => {
    const $ = load('<body><div class="reader-shared-text"><p>Kept.</p></div></body>');
    removeBoilerplate($);
    expect($('p').text()).toBe('Kept.');
  });

  it('removes a short byline even when its class also has a content word', () => {
    const $ = load('<body><div class="story-byline">By A. Writer</div><div class="story-text"><p>Kept.</p></div></body>');
    removeBoilerplate($);
    expect($('body').text().trim()).toBe('Kept.');
  });
});

describe('removeBoilerplate keeps embedded posts (made-up HTML)', () => {
  it('keeps a tweet inside a "widget" wrapper but not a menu of linked blockquote titles', () => {
    const $ = load(`<body><div class="article-widget tweet"><blockquote class="twitter-tweet"><p>Club statement</p></blockquote></div>
      <div class="menu-widget"><blockquote><a href="/a">Categories</a></blockquote><a href="/b">News</a></div></body>`);
    removeBoilerplate($);
    expect($('body').text().replace(/\s+/g, ' ').trim()).toBe('Club statement');
  });

  it('drops elements moved off-screen (hidden spam links)', () => {
    const $ = load('<body><div style="position:absolute; top:0; left:-9999px;"><a href="https://spam.example">Free themes</a></div><p>Kept.</p></body>');
    removeBoilerplate($);
    expect($('body').text().trim()).toBe('Kept.');
  });
});

describe('removeBoilerplate and responsive classes (made-up HTML)', () => {
  it('ignores responsive visibility utilities but not a bare "hidden"', () => {
    const $ = load('<body><div class="col-md-8 hidden-xs hidden-sm"><p>Kept.</p></div><div class="md:hidden lg:block"><p>Also kept.</p></div><div class="hidden">Gone.</div></body>');
    removeBoilerplate($);
    expect($('p').toArray().map((p) => $(p).text())).toEqual(['Kept.', 'Also kept.']);
    expect($('.hidden')).toHaveLength(0);
  });
});
