import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../pipeline/extract/html/authors.ts';
import { dateFromText, dateFromUrl, normalizeDate } from '../../pipeline/extract/html/dates.ts';

describe('cleanAuthors', () => {
  it('splits, strips prefixes, roles, credentials and agencies', () => {
    expect(cleanAuthors(['By TOM KRISHER, AP Auto Writer'], [])).toEqual(['TOM KRISHER']);
    expect(cleanAuthors(['Rachael Link, MS, RD'], [])).toEqual(['Rachael Link']);
    expect(cleanAuthors(['By DANICA KIRKA and JILL LAWLESS Associated Press'], [])).toEqual(['DANICA KIRKA', 'JILL LAWLESS']);
    expect(cleanAuthors(['Ursula von der Leyen'], [])).toEqual(['Ursula von der Leyen']);
  });
  it('drops site names (also when contained) and de-duplicates', () => {
    expect(cleanAuthors(['LinkNaija', 'Ann Lee', 'ann lee'], ["LinkNaija | Nigeria's popular news platform"])).toEqual(['Ann Lee']);
  });
  it('keeps names in caseless scripts', () => {
    expect(cleanAuthors(['山田太郎'], [])).toEqual(['山田太郎']);
  });
});

describe('dates', () => {
  it('normalises ISO forms, keeping an offset only when the source has one', () => {
    expect(normalizeDate('2019-11-20T06:35:39+0000')).toBe('2019-11-20T06:35:39+00:00');
    expect(normalizeDate('2019-11-20T06:35')).toBe('2019-11-20');
    expect(normalizeDate('Wed, 20 Nov 2019 10:00:00 GMT')).toBe('2019-11-20T10:00:00Z');
    expect(normalizeDate('November 20, 2019')).toBe('2019-11-20');
    expect(normalizeDate('2019-02-30')).toBeNull();
    expect(normalizeDate('soon')).toBeNull();
  });
  it('reads dates from URL paths', () => {
    expect(dateFromUrl('https://x.com/2022/09/01/a')).toBe('2022-09-01');
    expect(dateFromUrl('https://x.com/2022/09/a-post/')).toBeNull();
    expect(dateFromUrl('https://x.com/article/3834/1')).toBeNull();
  });
  it('finds dates in visible text, numeric ones day-first unless the page is en-US', () => {
    expect(dateFromText('Monday, November 18, 2019', false)).toBe('2019-11-18');
    expect(dateFromText('by X ／ 2016.12.01', false)).toBe('2016-12-01');
    expect(dateFromText('05/10/2018 - Publicado por', false)).toBe('2018-10-05');
    expect(dateFromText('05/10/2018', true)).toBe('2018-05-10');
    expect(dateFromText('13/10/2018', true)).toBe('2018-10-13');
  });
});
