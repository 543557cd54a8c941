/** Made-up rows of invented articles, for the tests of the tables grouped by article. */

/** A made-up country mention of article `a`, fields in an order other than the schema's. */
export const mention = (a: number, i: number, surface = `Lowland ${i}`): Record<string, unknown> => ({
  surface,
  country: i % 3 === 0 ? 'FR' : 'DE',
  article_id: `art_${String(a).padStart(16, '0')}`,
  char_start: i * 10,
  char_end: i * 10 + 7,
  via: 'name',
});
