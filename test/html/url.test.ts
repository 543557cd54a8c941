import { describe, expect, it } from 'vitest';
import { hostOf, normalizeUrl, registrableDomain } from '../../pipeline/extract/html/url.ts';

describe('normalizeUrl', () => {
  it('resolves relative links against the base', () => {
    expect(normalizeUrl('/a/b?x=1', 'https://example.com/news/story.html')).toBe('https://example.com/a/b?x=1');
    expect(normalizeUrl('c.html', 'https://example.com/news/story.html')).toBe('https://example.com/news/c.html');
  });
  it('lowercases scheme and host, drops fragment, default port and utm_* parameters', () => {
    expect(normalizeUrl('HTTPS://Example.COM:443/Path?utm_source=tw&id=3&utm_medium=x#top', null)).toBe('https://example.com/Path?id=3');
    expect(normalizeUrl('http://example.com:80/', null)).toBe('http://example.com/');
    expect(normalizeUrl('http://example.com:8080/', null)).toBe('http://example.com:8080/');
  });
  it('keeps http(s) only', () => {
    expect(normalizeUrl('mailto:a@b.org', null)).toBeNull();
    expect(normalizeUrl('javascript:void(0)', 'https://example.com/')).toBeNull();
    expect(normalizeUrl('ftp://example.com/file', null)).toBeNull();
  });
  it('drops relative links when there is no base', () => {
    expect(normalizeUrl('/a', null)).toBeNull();
    expect(normalizeUrl('', 'https://example.com/')).toBeNull();
  });
});

describe('registrableDomain', () => {
  it('keeps the site name and public suffix', () => {
    expect(registrableDomain('www.nytimes.com')).toBe('nytimes.com');
    expect(registrableDomain('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('g1.globo.com.br')).toBe('globo.com.br');
    expect(registrableDomain('example.org')).toBe('example.org');
  });
  it('hostOf drops www.', () => {
    expect(hostOf('https://WWW.Example.com/x')).toBe('example.com');
    expect(hostOf('not a url')).toBeNull();
  });
});
