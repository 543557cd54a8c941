/**
 * The site's one HTML page: navigation, the five views (Quotes, Article,
 * Speaker, Charts, About) and the scripts. Charts and About are written here
 * at build time; Quotes, Article and Speaker are filled by the client scripts
 * from the data files. Everything from the data is escaped.
 */
import { esc } from './html.ts';

/** Client scripts, in load order (files of `pipeline/site/client/`). */
export const CLIENT_SCRIPTS = ['core.js', 'spans.js', 'quotes-view.js', 'article-view.js', 'speaker-view.js', 'main.js'];

/** What the page shows outside the dynamic views. */
export interface ShellParts {
  title: string;
  version: string;
  chartsHtml: string;
  aboutHtml: string;
}

/**
 * The content security policy: scripts and styles only from the site's own
 * files (never inline), no network at view time.
 */
const CSP = "default-src 'self' file:; script-src 'self' file:; style-src 'self' file:; img-src 'self' file: data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

function select(id: string, label: string): string {
  return `<div class="field"><label for="${id}">${label}</label><select id="${id}" name="${id.replace('f-', '')}"><option value="">All</option></select></div>`;
}

/** The quotes view: the search box, the filters, the list and the pager. */
function quotesView(): string {
  return `<section id="view-quotes" class="view" aria-labelledby="h-quotes">
<h2 id="h-quotes" tabindex="-1">Quotes</h2>
<form id="quote-filters" class="filters" role="search" aria-label="Search and filter quotes">
<div class="field wide"><label for="f-q">Search quotes, speakers and article titles</label><input id="f-q" name="q" type="search" autocomplete="off" placeholder="e.g. a name or a word"></div>
<details id="more-filters" class="more-filters" open><summary>Filters and sorting</summary>
<div class="filter-grid">
<div class="field"><label for="f-speaker">Speaker</label><input id="f-speaker" name="speaker" list="speaker-names" autocomplete="off"><datalist id="speaker-names"></datalist></div>
${select('f-type', 'Speaker type')}
${select('f-country', 'Country (named in the quote, or the speaker’s)')}
${select('f-site', 'Site')}
${select('f-kind', 'Kind of quote')}
<div class="field"><label for="f-from">Published from</label><input id="f-from" name="from" type="date"></div>
<div class="field"><label for="f-to">Published to</label><input id="f-to" name="to" type="date"></div>
<div class="field"><label for="f-sort">Sort by</label><select id="f-sort" name="sort"><option value="">Newest first</option><option value="relevance">Best match (when searching)</option><option value="old">Oldest first</option><option value="speaker">Speaker A–Z</option></select></div>
</div>
</details>
<div class="field buttons"><button type="submit">Apply</button> <button type="reset">Clear</button></div>
</form>
<p id="quote-count" class="count" role="status" aria-live="polite">Loading the quotes…</p>
<ol id="quote-list" class="quote-list"></ol>
<nav class="pager" aria-label="Pages of quotes"><button type="button" id="page-prev">Previous page</button> <span id="page-info"></span> <button type="button" id="page-next">Next page</button></nav>
</section>`;
}

/** The whole page. */
export function shellHtml(parts: ShellParts): string {
  const scripts = CLIENT_SCRIPTS.map((s) => `<script src="js/${s}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${esc(parts.title)} — version ${esc(parts.version)}</title>
<link rel="stylesheet" href="site.css">
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="top">
<h1><span>${esc(parts.title)}</span> <small>version ${esc(parts.version)}</small></h1>
<nav aria-label="Views"><ul>
<li><a href="#/quotes" data-view="quotes">Quotes</a></li>
<li><a href="#/charts" data-view="charts">Charts</a></li>
<li><a href="#/about" data-view="about">About</a></li>
</ul></nav>
</header>
<main id="main" tabindex="-1">
<noscript><p class="note">The quotes, article and speaker views need JavaScript; the charts and the About section below work without it.</p></noscript>
${quotesView()}
<section id="view-article" class="view" aria-labelledby="h-article" hidden>
<h2 id="h-article" tabindex="-1">Article</h2>
<div id="article-body"></div>
</section>
<section id="view-speaker" class="view" aria-labelledby="h-speaker" hidden>
<h2 id="h-speaker" tabindex="-1">Speaker</h2>
<div id="speaker-body"></div>
</section>
<section id="view-charts" class="view" aria-labelledby="h-charts">
<h2 id="h-charts" tabindex="-1">Charts</h2>
${parts.chartsHtml}
</section>
<section id="view-about" class="view" aria-labelledby="h-about">
<h2 id="h-about" tabindex="-1">About this dataset</h2>
${parts.aboutHtml}
</section>
</main>
<script src="vendor/minisearch.js"></script>
<script src="data/meta.js"></script>
${scripts}
</body>
</html>
`;
}
