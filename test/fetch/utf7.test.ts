import { describe, expect, it } from 'vitest';
import { decodeHtml, detectCharset, pageEncoding } from '../../pipeline/lib/charset.ts';

// Made-up pages: UTF-7 spells "<script>" as "+ADw-script+AD4-", which a UTF-7 decoder turns into live markup.
const UTF7_PAYLOAD = '+ADw-script+AD4-alert(1)+ADw-/script+AD4-';
const page = (head: string) => Buffer.from(`<!doctype html><html><head>${head}<title>made-up</title></head><body><p>${UTF7_PAYLOAD}</p></body></html>`, 'latin1');

describe('UTF-7 is never a page encoding (HTML standard)', () => {
  it('ignores <meta charset="utf-7"> and the http-equiv form', () => {
    for (const head of ['<meta charset="utf-7">', "<meta charset='UTF-7'>", '<meta http-equiv="Content-Type" content="text/html; charset=utf-7">']) {
      const bytes = page(head);
      const found = detectCharset(bytes);
      expect(found.charset, head).not.toMatch(/7/);
      const text = decodeHtml(bytes, found.charset);
      expect(text).toContain(UTF7_PAYLOAD);
      expect(text).not.toContain('<script>');
    }
  });

  it('ignores charset=utf-7 in the Content-Type header, and falls to the meta tag or the default', () => {
    expect(detectCharset(page(''), 'text/html; charset=utf-7')).toEqual({ charset: 'utf-8', source: 'default' });
    expect(detectCharset(page('<meta charset="windows-1252">'), 'text/html; charset=UTF-7')).toEqual({ charset: 'windows-1252', source: 'meta' });
  });

  it('takes no UTF-7 byte-order mark for one', () => {
    const bytes = Buffer.concat([Buffer.from([0x2b, 0x2f, 0x76, 0x38]), page('')]);
    expect(detectCharset(bytes).charset).toBe('utf-8');
    expect(decodeHtml(bytes, detectCharset(bytes).charset)).not.toContain('<script>');
  });

  it('does not honour utf-7 recorded in a manifest', () => {
    expect(decodeHtml(page(''), 'utf-7')).toContain(UTF7_PAYLOAD);
  });

  it('maps labels as browsers do: aliases, UTF-16 from a meta tag, x-user-defined; unknown labels give null', () => {
    expect(pageEncoding('latin1')).toBe('windows-1252');
    expect(pageEncoding('GB2312')).toBe('gbk');
    expect(pageEncoding(' Shift_JIS ')).toBe('shift_jis');
    expect(pageEncoding('utf-16', 'meta')).toBe('utf-8');
    expect(pageEncoding('utf-16le', 'header')).toBe('utf-16le');
    expect(pageEncoding('x-user-defined', 'meta')).toBe('windows-1252');
    for (const label of ['utf-7', 'UTF7', 'csUnicode11UTF7', 'hz-gb-2312', 'iso-2022-kr', 'cesu-8', 'no-such-charset']) expect(pageEncoding(label), label).toBeNull();
  });
});
