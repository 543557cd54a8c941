/**
 * The contract between the extractors of the `extract` stage.
 *
 * The page reader (`html/`) turns HTML into an {@link ArticleBody} and
 * {@link PageMetadata}; the quote, actor and country extractors read the body
 * and return drafts whose offsets point into `body.text`. The orchestrator
 * (`article.ts`) turns drafts into the records of DESIGN.md's tables (ids,
 * cross-references); extractors never build ids themselves.
 */

/** Which kind of block a paragraph of the main text came from. */
export type ParagraphKind = 'p' | 'heading' | 'li' | 'blockquote' | 'pre';

/** One paragraph of the main text, in reading order. */
export interface Paragraph {
  /** Plain text, inner whitespace collapsed to single spaces, no newlines. */
  text: string;
  kind: ParagraphKind;
  /** Offset of the first character in {@link ArticleBody.text}. */
  start: number;
  /** Offset just past the last character in {@link ArticleBody.text}. */
  end: number;
  /**
   * Paragraphs of the same block quotation share one number (0, 1, 2 … in
   * reading order); null outside block quotations.
   */
  block: number | null;
}

/** A hyperlink found inside the main text. */
export interface BodyLink {
  /** Absolute, normalised URL. */
  href: string;
  /** Anchor text as shown (whitespace collapsed). */
  anchor: string;
  /** Offsets of the anchor text in {@link ArticleBody.text} (start === end when it has no text). */
  start: number;
  end: number;
  /** Index of the paragraph holding the link. */
  paragraph: number;
}

/** The main text of a page. */
export interface ArticleBody {
  /** Paragraph texts joined by one blank line ("\n\n"). */
  text: string;
  paragraphs: Paragraph[];
  links: BodyLink[];
  /** Which step of the main-text cascade produced the text (e.g. "site:cdt", "container:article", "score"). */
  method: string;
  /** Problems worth telling the user (e.g. "no main text found"); never fatal. */
  warnings: string[];
}

/** Where a metadata field was read from. */
export type MetaSource = 'json-ld' | 'opengraph' | 'meta' | 'byline' | 'url' | 'title-tag' | 'html' | null;

/** Page metadata. */
export interface PageMetadata {
  title: string | null;
  title_source: MetaSource;
  authors: string[];
  authors_source: MetaSource;
  /** ISO 8601 (date, or date-time with offset). */
  published: string | null;
  published_source: MetaSource;
  /** BCP 47 primary tag such as "en", or null. */
  language: string | null;
  /** Site name (og:site_name, publisher) or null. */
  site_name: string | null;
  /** Canonical URL from link[rel=canonical] or og:url, absolute, or null. */
  canonical_url: string | null;
}

/** Result of reading one HTML page. */
export interface PageReading {
  meta: PageMetadata;
  body: ArticleBody;
}

export type QuoteKind = 'direct' | 'partial' | 'block';
export type SpeakerType = 'person' | 'organization' | 'document' | 'unknown';

/** A quote found in the body, before ids are assigned. */
export interface QuoteDraft {
  /** Words inside the marks, without the marks; parts of a split quote joined with one space. */
  text: string;
  kind: QuoteKind;
  /** Fullest name the article gives, as written; null when the article does not say. */
  speaker: string | null;
  speaker_type: SpeakerType;
  /** Role or title the article gives the speaker ("foreign ministry spokesman"), or null. */
  speaker_title?: string | null;
  /** For an unnamed source (null speaker): how the article describes it ("one interviewee"), or null. */
  speaker_description?: string | null;
  /** Which step chose the speaker ("rules:attribution", "model", …); kept for explaining, not published. */
  speaker_reason?: string;
  /** Reporting verb or phrase ("said", "according to", "tweeted"), or null. */
  cue: string | null;
  /** Offsets into body.text spanning the quote (first part's start to last part's end, marks excluded). */
  start: number;
  end: number;
  /** Index (in the returned array) of the block quote containing this one, or null. */
  parent: number | null;
  /** Index into body.links of the credit link ([Source]) of a block quote, or null. */
  link: number | null;
}

export type ActorType = 'person' | 'organization';

/** One place an actor is named in the body. */
export interface MentionDraft {
  surface: string;
  start: number;
  end: number;
}

/** A person or organisation found in one article. */
export interface ActorDraft {
  /** Fullest name the article gives (or the registry's canonical name). */
  name: string;
  type: ActorType;
  /**
   * Stable key used to derive actor_id across articles: a registry id when the
   * actor is in the registry, otherwise a normalised form of name and type.
   */
  key: string;
  aliases: string[];
  titles: string[];
  /** `key` of the organisation the actor belongs to, or null. */
  affiliation: string | null;
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
  /** Wikidata QID such as "Q123", or null. */
  wikidata: string | null;
  mentions: MentionDraft[];
}

export type CountryVia = 'name' | 'short_form' | 'demonym' | 'capital' | 'flag';

/** One mention of a country in the body. */
export interface CountryMentionDraft {
  /** ISO 3166-1 alpha-2. */
  country: string;
  surface: string;
  via: CountryVia;
  start: number;
  end: number;
}
