/**
 * Block quotations (CDT style): the paragraphs of one <blockquote> form one
 * quote of kind 'block', its text the excerpt exactly as in the body with a
 * trailing credit anchor (" [Source]") dropped; its credit link is that
 * anchor or a credit link right after the block; its speaker is the
 * publication or author the article credits just before the block.
 */
import type { ArticleBody, BodyLink } from '../types.ts';
import { attributionAccordingTo, attributionBefore } from './attribution.ts';
import { BLOCK_INTRO_PREPOSITIONS } from '../lexicon/speech.ts';
import { readSpeaker, type SpeakerPhrase } from './speaker-phrase.ts';
import { DOCUMENT_NOUNS } from '../lexicon/speakers.ts';
import { wordCount } from './classify.ts';
import { MAX_INTERRUPTION_WORDS } from './thresholds.ts';

/** A block quotation before speaker resolution. */
export interface BlockQuote {
  block: number;
  paragraphs: number[];
  start: number;
  end: number;
  link: number | null;
  speaker: SpeakerPhrase | null;
  cue: string | null;
  /** Offset the speaker phrase was read at (for resolution). */
  introOffset: number;
  introParagraph: number;
  /** The sentence of the intro the speaker was read from. */
  introSentence: string;
}

/** Anchors that credit a source rather than say something ("[Source]", CDT's "[Chinese]" for a Chinese-language source, "via", "Read more"). */
const CREDIT_ANCHOR = /^\s*[[(]?\s*(?:source|sources|via|link|read more|more|original|full story|full text|read the full \w+|chinese|english|in chinese|in english|archive|archived)\s*[\])]?\s*$/iu;
const TRAILING_SPACE_PUNCT = /[\s]+$/u;
const DOC_BY = new RegExp(`\\b(?:in|from)\\s+(?:a|an|the|their|its)\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:${DOCUMENT_NOUNS.filter((d) => !d.includes(' ')).join('|')})\\s+(?:by|from|of)\\s+[^,:;]+)`, 'iu');
const FROM_INTRO = new RegExp(`(?:^|[.!?]\\s+)(?:${BLOCK_INTRO_PREPOSITIONS.join('|')})\\s+([^:]+):\\s*$`, 'iu');
/** The credit line of an embedded post: "— Name (@handle) date". */
const POST_CREDIT = /^[—–-]\s*([^(@]+?)\s*\(@[\w.]+\)/u;
const TRAILING_MEDIA_LINK = /\s*pic\.twitter\.com\/\w+\s*$/u;
const SENTENCE_PUNCT = /[.!?:;…]/u;
const SENTENCE_BREAK = /[.!?]["”’]?\s+(?=[\p{Lu}“"‘])/gu;

/** Whether a link is a credit link ("[Source]"). */
export function isCreditLink(link: BodyLink): boolean {
  return CREDIT_ANCHOR.test(link.anchor);
}

/** Index of a credit link ending the paragraph (ignoring trailing spaces/punctuation), or -1. */
export function creditLinkAtEnd(body: ArticleBody, paragraph: number): number {
  const para = body.paragraphs[paragraph]!;
  const tailEnd = para.start + para.text.replace(TRAILING_SPACE_PUNCT, '').length;
  for (let l = body.links.length - 1; l >= 0; l--) {
    const link = body.links[l]!;
    if (link.paragraph !== paragraph || !isCreditLink(link)) continue;
    if (link.end >= tailEnd - 1) return l;
  }
  return -1;
}

/** Reads the credited source from the paragraph before a block ("X reported on …:"). */
function introSpeaker(intro: string): { speaker: SpeakerPhrase | null; cue: string | null; offset: number; sentence: string } {
  const trimmed = intro.trimEnd();
  let offset = 0;
  for (const m of trimmed.matchAll(SENTENCE_BREAK)) offset = m.index + m[0].length;
  const sentence = trimmed.slice(offset);
  const from = FROM_INTRO.exec(trimmed);
  if (from) {
    const speaker = readSpeaker(from[1]!);
    if (speaker) return { speaker, cue: 'from', offset, sentence };
  }
  const doc = DOC_BY.exec(sentence);
  if (doc) return { speaker: { text: doc[1]!.trim(), type: 'document', pronoun: false }, cue: null, offset, sentence };
  const found = attributionBefore(sentence, '') ?? attributionAccordingTo(sentence);
  if (found) return { speaker: found.speaker, cue: found.cue, offset, sentence };
  return { speaker: null, cue: null, offset, sentence };
}

/** Finds every block quotation of the body. */
export function findBlocks(body: ArticleBody): BlockQuote[] {
  const byBlock = new Map<number, number[]>();
  body.paragraphs.forEach((p, i) => {
    if (p.block === null) return;
    const list = byBlock.get(p.block) ?? [];
    list.push(i);
    byBlock.set(p.block, list);
  });
  const out: BlockQuote[] = [];
  for (const [block, paras] of [...byBlock.entries()].sort((a, b) => a[0] - b[0])) {
    const first = body.paragraphs[paras[0]!]!;
    const lastIndex = paras[paras.length - 1]!;
    const last = body.paragraphs[lastIndex]!;
    let end = last.end;
    let link: number | null = null;
    const atEnd = creditLinkAtEnd(body, lastIndex);
    if (atEnd >= 0) {
      link = atEnd;
      end = body.links[atEnd]!.start;
    } else {
      const after = body.paragraphs[lastIndex + 1];
      if (after && after.block === null) {
        const l = body.links.findIndex((k) => k.paragraph === lastIndex + 1 && isCreditLink(k) && k.anchor.length >= after.text.trim().length - 2);
        if (l >= 0) link = l;
      }
    }
    // An embedded post ends with its credit line ("— Dele (@dele_official) November 19, 2019"): the author, not the excerpt.
    const postCredit = paras.length > 1 ? POST_CREDIT.exec(last.text) : null;
    if (postCredit) end = body.paragraphs[paras[paras.length - 2]!]!.end;
    let excerpt = body.text.slice(first.start, end);
    const media = TRAILING_MEDIA_LINK.exec(excerpt);
    if (media) end -= media[0].length;
    while (end > first.start && /\s/u.test(body.text[end - 1]!)) end--;
    excerpt = body.text.slice(first.start, end);
    // A caption or label set off as a block ("Club statement") says nothing.
    if (!SENTENCE_PUNCT.test(excerpt) && wordCount(excerpt) <= MAX_INTERRUPTION_WORDS) continue;
    const introIndex = paras[0]! - 1;
    const introPara = introIndex >= 0 ? body.paragraphs[introIndex] : undefined;
    let found: ReturnType<typeof introSpeaker> = { speaker: null, cue: null, offset: 0, sentence: '' };
    if (postCredit) {
      const speaker = readSpeaker(postCredit[1]!);
      if (speaker) found = { speaker, cue: '—', offset: 0, sentence: '' };
    } else if (introPara && introPara.block === null) {
      found = introSpeaker(introPara.text);
    }
    // A block nobody is credited for (no credit link, no source named before it) is a styled box ("Summary …"), not a quotation.
    if (!found.speaker && link === null) continue;
    out.push({
      block, paragraphs: paras, start: first.start, end, link, speaker: found.speaker, cue: found.cue,
      introOffset: introPara ? introPara.start + found.offset : first.start, introParagraph: Math.max(0, introIndex), introSentence: found.sentence,
    });
  }
  return out;
}
