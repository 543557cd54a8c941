// Made-up sentences: organisations named by the kind of body the text says they are, or by the person they belong to.
import { describe, expect, it } from 'vitest';
import { actorsOf, names } from './helpers.ts';

describe('kinds of organisation around a name (made-up)', () => {
  it('takes the members listed after "publishers such as" / "sites like"', () => {
    const actors = actorsOf('Scholars now post drafts on sites like Paperloom and ScholarNest, and publishers such as Quillmark accept them.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Paperloom', 'ScholarNest', 'Quillmark']));
  });

  it('takes "such bands as …" and "a band called …"', () => {
    const actors = actorsOf('The hall once booked such bands as the Copper Lanterns and the Velvet Harbour. Later a band called Tin Harbour played there.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Copper Lanterns', 'Velvet Harbour', 'Tin Harbour']));
  });

  it('takes "… and other airlines" and a name right before "magazine" or "television"', () => {
    const actors = actorsOf('Skylarke and other airlines cut fares. The town was praised by Harbour and Hearth magazine, and the mayor spoke to al-Qamar television.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Skylarke', 'Harbour and Hearth', 'al-Qamar']));
  });

  it('does not take a work named after a kind noun ("… television series")', () => {
    const actors = actorsOf('She starred in the Moonfield television series for two years.');
    expect(names(actors, 'organization')).toEqual([]);
  });

  it('does not take a place listed after a kind noun', () => {
    const actors = actorsOf('Banks such as those in Toronto raised rates.');
    expect(names(actors, 'organization')).toEqual([]);
  });
});

describe('the body a person belongs to (made-up)', () => {
  it('takes "<person> of <name>" and "<name>\'s <person>"', () => {
    const actors = actorsOf('Rosa Pellworth of HVA kept her seat, and FLP\'s Daniel Okoro lost his. Voters also elected Marta Lindqvist of the Civic Voice.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['HVA', 'FLP', 'Civic Voice']));
    expect(names(actors, 'person')).toEqual(expect.arrayContaining(['Rosa Pellworth', 'Daniel Okoro', 'Marta Lindqvist']));
  });

  it('does not make a place after "<person> of" an organisation', () => {
    const actors = actorsOf('Councillor Rosa Pellworth of Toronto kept her seat.');
    expect(names(actors, 'organization')).toEqual([]);
  });

  it('keeps a platform named with its founder ("Facebook founder …")', () => {
    const actors = actorsOf('The boy was praised by Facebook founder Daniel Okoro.');
    expect(names(actors, 'organization')).toEqual(['Facebook']);
  });
});

describe('Wikimedia projects (a complete public category)', () => {
  it('takes a Wikimedia project that interviews or is cited', () => {
    const actors = actorsOf('On Monday, Wikinews spoke with the organiser, Daniel Okoro.');
    expect(names(actors, 'organization')).toEqual(['Wikinews']);
  });
});

describe('products listed after a kind noun (made-up)', () => {
  it('does not take a product listed after "streaming services such as"', () => {
    const actors = actorsOf('Rivals launched streaming services such as Corvane Plus last year.');
    expect(names(actors, 'organization')).toEqual([]);
  });
});

describe('organisations in titles and cue phrases (made-up)', () => {
  it('takes the organisation of a title written before a person ("CEO of the Harbour Trust Mara Tellen")', () => {
    const actors = actorsOf('After the vote, chief executive of the Harbour Trust Mara Tellen said the plan was wrong.');
    expect(names(actors, 'organization')).toEqual(['Harbour Trust']);
    expect(names(actors, 'person')).toEqual(['Mara Tellen']);
  });

  it('drops the honorifics that close a title ("… of the Assembly Rt. Hon. …")', () => {
    const actors = actorsOf('The motion mourned former Speaker of the Tarn Assembly Rt. Hon. Daniel Okoro.');
    expect(names(actors, 'organization')).toEqual(['Tarn Assembly']);
  });

  it('splits an organisation from the person named right after it', () => {
    const actors = actorsOf('The director of the Harbour Institute Mara Tellen agreed.');
    expect(names(actors, 'organization')).toEqual(['Harbour Institute']);
    expect(names(actors, 'person')).toEqual(['Mara Tellen']);
  });

  it('takes "the publishing giant X", "joined the X" and "a member of the X"', () => {
    const actors = actorsOf('The publishing giant Quillmark bought the press. At sixteen she joined the Sea Wardens, and later became a member of the Tarn Circle.');
    expect(names(actors, 'organization')).toEqual(expect.arrayContaining(['Quillmark', 'Sea Wardens', 'Tarn Circle']));
  });
});

describe('limits of the kind and list cues (made-up)', () => {
  it('does not run a kind list on into the next sentence', () => {
    const actors = actorsOf('Other sites such as Brindlewire.com have kept the video.\n\nWriting in a blog post, Daniel Okoro of the Harbour Herald called it a war.');
    expect(names(actors, 'organization')).toEqual(['Brindlewire.com', 'Harbour Herald']);
  });

  it('takes no organisation from an award title ("Best Actress for …")', () => {
    const actors = actorsOf('She won the Tarn Award for Best Actress for Seven Winters Mara Tellen had written.');
    expect(names(actors, 'organization')).not.toContain('Best Actress for Seven Winters');
  });

  it('does not list fields of study or words the text writes in lower case as organisations', () => {
    const actors = actorsOf('She is a fellow in Psychiatry and Psychology, Harbour University. Members are elected for Planning, Landscape and the Tarn Guild; planning is slow.');
    expect(names(actors, 'organization')).not.toEqual(expect.arrayContaining(['Psychiatry']));
    expect(names(actors, 'organization')).not.toContain('Planning');
  });
});

describe('peoples are no kind of organisation (made-up)', () => {
  it('does not take a people listed with "and other ethnic groups"', () => {
    const actors = actorsOf('The report found abuses against Tarvoni and other ethnic groups in the region.');
    expect(names(actors, 'organization')).toEqual([]);
  });

  it('never takes the pronoun "I" after a kind noun for an organisation ("the charity I founded")', () => {
    expect(names(actorsOf('The small charity I founded in 2004 still runs two clinics. It is a company I admire, Mara Bell said.'), 'organization')).toEqual([]);
  });
});
