import { describe, expect, it } from 'vitest';
import { isCreditAnchor, linkKind } from '../../pipeline/extract/html/link-kind.ts';

const PAGE = 'https://chinadigitaltimes.net/2022/09/some-post/';

describe('linkKind', () => {
  it('marks credit anchors as source, wherever they point', () => {
    expect(linkKind('https://www.reuters.com/x', '[Source]', PAGE)).toBe('source');
    expect(linkKind('https://www.reuters.com/x', '(source)', PAGE)).toBe('source');
    expect(linkKind('https://www.reuters.com/x', 'Source', PAGE)).toBe('source');
    expect(linkKind('https://www.reuters.com/x', 'Read more at Reuters', PAGE)).toBe('source');
    expect(linkKind('https://chinadigitaltimes.net/x', 'via', PAGE)).toBe('source');
  });
  it('marks same-site links (www. and subdomains) as internal', () => {
    expect(linkKind('https://www.chinadigitaltimes.net/2022/08/other/', 'an earlier post', PAGE)).toBe('internal');
    expect(linkKind('https://chinese.chinadigitaltimes.net/x', 'Chinese edition', PAGE)).toBe('internal');
  });
  it('marks other sites, and everything when the page URL is unknown, as external', () => {
    expect(linkKind('https://www.ohchr.org/report', 'the report', PAGE)).toBe('external');
    expect(linkKind('https://chinadigitaltimes.net/x', 'a post', null)).toBe('external');
  });
  it('does not take ordinary words containing "source" for credits', () => {
    expect(isCreditAnchor('open-source software')).toBe(false);
    expect(isCreditAnchor('sources say')).toBe(false);
    expect(isCreditAnchor(' [ Source ] ')).toBe(true);
  });
});
