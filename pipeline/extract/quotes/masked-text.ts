/**
 * The body with quoted words masked, paragraph by paragraph, computed on
 * demand: the writer's text around quotes, and its sentences.
 */
import type { ArticleBody } from '../types.ts';
import type { QuoteSpan } from './scan-marks.ts';
import { maskParagraph, type MaskedParagraph } from './sentences.ts';

/** Masked paragraphs of one body, cached. */
export class MaskedText {
  private readonly cache = new Map<number, MaskedParagraph>();
  /** The spans touching each paragraph. */
  private readonly byParagraph = new Map<number, QuoteSpan[]>();

  constructor(private readonly body: ArticleBody, spans: readonly QuoteSpan[]) {
    for (const span of spans) {
      for (const part of span.parts) {
        const list = this.byParagraph.get(part.paragraph) ?? [];
        if (list[list.length - 1] !== span) list.push(span);
        this.byParagraph.set(part.paragraph, list);
      }
    }
  }

  /** Paragraph `pi` with its quotes masked, and its sentences. */
  paragraph(pi: number): MaskedParagraph {
    let m = this.cache.get(pi);
    if (!m) {
      m = maskParagraph(this.body, pi, this.byParagraph.get(pi) ?? []);
      this.cache.set(pi, m);
    }
    return m;
  }

  /** Masked text of paragraph `pi` between two body offsets. */
  slice(pi: number, from: number, to: number): string {
    const m = this.paragraph(pi);
    return m.masked.slice(from - m.start, to - m.start);
  }

  /** The whole body text with quotes masked (same length and offsets as body.text). */
  full(): string {
    const { paragraphs, text } = this.body;
    return paragraphs.map((p, i) => this.paragraph(i).masked + (i < paragraphs.length - 1 ? text.slice(p.end, paragraphs[i + 1]!.start) : '')).join('');
  }
}
