/**
 * What the recogniser proposes before merging: one named mention of a
 * possible actor, with what its own run says about it.
 */
import type { ActorType } from '../types.ts';
import type { RegistryEntry } from './registry.ts';

/** How sure the recogniser is that a person proposal is a person. */
export type Evidence = 'strong' | 'weak';

/** A proposed mention of an actor. */
export interface Proposal {
  type: ActorType;
  surface: string;
  start: number;
  end: number;
  registry: RegistryEntry | null;
  /** Titles said in the same run or around it ("UN Secretary General"). */
  titles: string[];
  /** Proposal (same array) of the organisation named in the title, or null. */
  affiliation: Proposal | null;
  /** Country said in the name or title (alpha-2), or null. */
  country: string | null;
  /** Persons: strong (title, given name, reporting verb…) or weak (only a capitalised pair). */
  evidence: Evidence;
  /** Proposals with the same group are one actor ("Syrian government", "the Syrian regime"). */
  group?: string;
  /** Persons: listed with other people's names ("Maria Vell, Jonas Arnt, Lena Fisk"), see name-lists.ts. */
  listed?: boolean;
  /** Why the recogniser proposed this span with this type: the name of the rule and what it saw (kept for `cli.ts explain`). */
  reason: string;
}

/** A role with no name in it ("UN High Commissioner for Human Rights"), kept to attach to a nearby name. */
export interface RoleSpan {
  text: string;
  start: number;
  end: number;
  /** The organisation named in the role, if any. */
  org: Proposal | null;
}

/** Builds a proposal with empty descriptions; `reason` names the rule that proposed it. */
export function propose(type: ActorType, surface: string, start: number, registry: RegistryEntry | null = null, reason?: string): Proposal {
  return {
    reason: reason ?? (registry ? `registry: entry '${registry.id}'` : 'unnamed rule'),
    type,
    surface,
    start,
    end: start + surface.length,
    registry,
    titles: [],
    affiliation: null,
    country: registry?.country ?? null,
    evidence: 'strong',
  };
}
