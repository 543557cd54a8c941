/** Dates as published: the page's calendar day, and the UTC instant only when the page gives a zone. */
import { describe, expect, it } from 'vitest';
import { publicationDate, utcInstant } from '../../pipeline/extract/dates.ts';

describe('publication dates', () => {
  it('keeps the day the page gives and converts the instant to UTC', () => {
    expect(publicationDate('2024-05-06T23:30:00+08:00')).toEqual({ published: '2024-05-06', published_at: '2024-05-06T15:30:00Z' });
    expect(publicationDate('2024-05-06T23:30:00.250Z')).toEqual({ published: '2024-05-06', published_at: '2024-05-06T23:30:00Z' });
    expect(publicationDate('2024-05-06T01:00-0500')).toEqual({ published: '2024-05-06', published_at: '2024-05-06T06:00:00Z' });
  });

  it('gives no instant for a date alone or a time without a zone, and nothing for what is not a date', () => {
    expect(publicationDate('2024-05-06')).toEqual({ published: '2024-05-06', published_at: null });
    expect(publicationDate('2024-05-06T10:00')).toEqual({ published: '2024-05-06', published_at: null });
    expect(publicationDate('last Tuesday')).toEqual({ published: null, published_at: null });
    expect(publicationDate(null)).toEqual({ published: null, published_at: null });
  });

  it('writes fetch times as UTC to the second', () => {
    expect(utcInstant('2026-12-01T07:45:00.123+01:00')).toBe('2026-12-01T06:45:00Z');
    expect(utcInstant('not a date')).toBeNull();
  });
});
