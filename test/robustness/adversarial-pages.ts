/**
 * Generators of adversarial pages (issue 14). MADE-UP TEXT: every sentence
 * and name here is invented for these tests; none comes from a real page or
 * a gold file. Each generator takes a size and returns a complete HTML page,
 * so a test can build the same shape at two sizes and compare the work done.
 */

/** Invented given names (common first names, no real person meant). */
const GIVEN = ['Anna', 'Maria', 'John', 'Peter', 'Laura', 'David', 'Susan', 'Mark', 'Helen', 'Paul', 'Emma', 'George'];
/** Invented capitalised words that are not names. */
const CAPITALISED = ['Harbour', 'Meadow', 'Lantern', 'Copper', 'Willow', 'Granite', 'Thistle', 'Orchard', 'Falcon', 'Pebble'];
/** Invented lower-case words. */
const PLAIN = ['the', 'river', 'rose', 'again', 'after', 'heavy', 'rain', 'and', 'farmers', 'waited', 'for', 'news'];

/** Made-up ordinary news paragraphs (invented town, people and events). */
const ORDINARY = [
  'The council of the small river town of Eastmere voted on Tuesday to rebuild the old footbridge, which was closed last spring after floods damaged its supports.',
  '“We have waited long enough for this bridge,” said Clara Hendricks, who runs a bakery on the east bank. “Our customers walk an extra mile every day.”',
  'Engineers from the regional transport office said the work would take about eight months and cost less than the original estimate.',
  'Some residents asked whether the money would be better spent on the school, but the mayor, Tomas Reyes, said both projects could go ahead this year.',
];

/** Wraps body paragraphs (already HTML) in a page with a title and an article element. */
export function page(title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${bodyHtml}</article></body></html>`;
}

function words(list: readonly string[], count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(list[i % list.length]!);
  return out.join(' ');
}

/** An ordinary short article (the control page: it must still extract normally). */
export function controlPage(): string {
  return page('Eastmere votes to rebuild its footbridge (made-up)', ORDINARY.map((p) => `<p>${p}</p>`).join(''));
}

/** A quote followed by `said` and a run of `names` capitalised given names. */
export function nameRunPage(names: number): string {
  const quote = '<p>“The harvest came early this year and we were ready for it,” said ' + words(GIVEN, names) + '.</p>';
  return page('Harvest notes (made-up)', ORDINARY.slice(0, 2).map((p) => `<p>${p}</p>`).join('') + quote);
}

/** One line of about `bytes` characters of capitalised words, no punctuation, no newline. */
export function capitalisedLinePage(bytes: number): string {
  return page('A long line (made-up)', `<p>${words(CAPITALISED, Math.ceil(bytes / 7))}</p>`);
}

/** One line of about `bytes` characters of lower-case words, no punctuation, no newline. */
export function plainLinePage(bytes: number): string {
  return page('A long line (made-up)', `<p>${words(PLAIN, Math.ceil(bytes / 5))}</p>`);
}

/** Ordinary paragraphs repeated until the page holds about `bytes` characters. */
export function repeatedParagraphsPage(bytes: number): string {
  const one = ORDINARY.map((p) => `<p>${p}</p>\n`).join('');
  return page('Eastmere, again and again (made-up)', one.repeat(Math.max(1, Math.round(bytes / one.length))));
}

/** A made-up lower-case word suffix, different for every `n` ("ba", "be", … "baba"…). */
function syllables(n: number): string {
  const parts = ['ba', 'de', 'ki', 'lo', 'mu', 'ne', 'po', 'ri', 'su', 'to'];
  let out = '';
  for (let k = n; ; k = Math.floor(k / 10) - 1) {
    out = parts[k % 10]! + out;
    if (k < 10) return out;
  }
}

/** `count` paragraphs, each a short quote attributed to a different made-up person. */
export function attributedQuotesPage(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${GIVEN[i % GIVEN.length]} ${CAPITALISED[i % CAPITALISED.length]}${syllables(i)}`; // a different person each time
    parts.push(`<p>“The water is rising again near the mill,” said ${name}, a farmer.</p>`);
  }
  return page('Voices from the valley (made-up)', parts.join('\n'));
}

/**
 * About `bytes` characters of quoted paragraphs: each paragraph opens a
 * quotation and some close it, some leave it open for the next paragraph (the
 * newspaper convention for long quotes), with no attribution anywhere.
 */
export function quotedParagraphsPage(bytes: number): string {
  const sentence = 'We planted the lower fields twice and the water took them both times, so this year we will wait';
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = i % 3 === 2 ? `<p>“${sentence}.”</p>` : `<p>“${sentence}, and then we will see.</p>`;
    parts.push(p);
    size += p.length + 1;
  }
  return page('Long testimony (made-up)', parts.join('\n'));
}

/**
 * About `bytes` characters of quoted text in one paragraph: quote after
 * quote, each attributed with a pronoun, every third one left open.
 */
export function quotedTextPage(bytes: number): string {
  const sentence = 'The bridge matters more to the east bank than anyone on the council will admit';
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const q = i % 3 === 2 ? `“${sentence} ` : `“${sentence},” she said. `;
    parts.push(q);
    size += q.length;
  }
  return page('One long testimony (made-up)', `<p>${parts.join('')}</p>`);
}

/** One long paragraph naming countries (and the ambiguous "Georgia") about every 40 characters. */
export function countryNamesPage(bytes: number): string {
  const names = ['France', 'Georgia', 'Chinese', 'Jordan', 'Georgia'];
  const parts: string[] = [];
  for (let i = 0; i * 40 < bytes; i++) parts.push(`${names[i % names.length]} officials met in town.`);
  return page('Many delegations (made-up)', `<p>${parts.join(' ')}</p>`);
}

/** One article paragraph, then `count` share-button blocks and scripts side by side in one parent (page furniture). */
export function pageFurniturePage(count: number): string {
  const furniture: string[] = [];
  for (let i = 0; i < count; i++) furniture.push(`<div class="share-buttons">Share ${i}</div><script>var x${i};</script>`);
  return page('Eastmere footbridge (made-up)', `<p>${ORDINARY[0]}</p><p>${ORDINARY[2]}</p><div>${furniture.join('')}</div>`);
}

/** `count` short paragraphs naming the same made-up person, in full and by surname. */
export function sameNamePage(count: number): string {
  return page('One councillor (made-up)', '<p>Clara Hendricks spoke. Hendricks left.</p>'.repeat(count));
}

/** `depth` nested unclosed inline tags, each followed by a word. */
export function nestedTagsPage(depth: number): string {
  const tags = ['b', 'i', 'font', 'span', 'em'];
  const parts: string[] = [];
  for (let i = 0; i < depth; i++) parts.push(`<${tags[i % tags.length]}>word `);
  return page('Broken markup (made-up)', `<p>${ORDINARY[0]}</p><div>${parts.join('')}</div>`);
}

/** Every case with a size comparable to the issue's table, for the folder check. */
export const ISSUE_CASES: ReadonlyArray<{ name: string; html: () => string }> = [
  { name: 'name-run-2500', html: () => nameRunPage(2500) },
  { name: 'capitalised-line-1mb', html: () => capitalisedLinePage(1_000_000) },
  { name: 'plain-line-1mb', html: () => plainLinePage(1_000_000) },
  { name: 'repeated-paragraphs-12mb', html: () => repeatedParagraphsPage(12_000_000) },
  { name: 'attributed-quotes-10000', html: () => attributedQuotesPage(10_000) },
  { name: 'quoted-paragraphs-0.5mb', html: () => quotedParagraphsPage(500_000) },
  { name: 'quoted-text-0.5mb', html: () => quotedTextPage(500_000) },
  { name: 'nested-tags-100000', html: () => nestedTagsPage(100_000) },
  { name: 'country-names-1mb', html: () => countryNamesPage(1_000_000) },
  { name: 'page-furniture-20000', html: () => pageFurniturePage(20_000) },
  { name: 'same-name-50000', html: () => sameNamePage(50_000) },
];
