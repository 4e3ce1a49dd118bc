// Baseline: Fuse.js with its default options over every entry's texts, phrasings and terms in all three languages.
import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { LANGS } from '../src/kb/schema.js';
import type { Answerer } from './answerer.js';

export const FUSE_KEYS = LANGS.flatMap((l) => [`text.${l}`, `phrasings.${l}`, `term.${l}`]);

/** The top result is the answer; Fuse never declines, so only an empty result (nothing under its default 0.6 threshold) counts as one. */
export function fuseAnswerer(kb: KnowledgeBase): Answerer {
  const fuse = new Fuse([...kb.entries], { keys: FUSE_KEYS });
  return (question) => fuse.search(question)[0]?.item.id ?? null;
}
