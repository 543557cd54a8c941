/**
 * Nouns for what a broadcaster airs (data only): "<Name>'s new drama series",
 * "<Name>'s talk show" name the channel or network that owns the programme.
 * Read by `../actors/kind-cues.ts` `programmeOwner`.
 */
export const BROADCAST_PROGRAMME_NOUNS: readonly string[] = ['series', 'miniseries', 'show', 'sitcom', 'programme', 'program', 'newscast'];
