// Baseline (b): Fuse.js with its default options over every entry's text and phrasings in all three languages.
import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import type { Answerer } from './answerer.js';

export const FUSE_KEYS = ['text.pl', 'text.en', 'text.ru', 'phrasings.pl', 'phrasings.en', 'phrasings.ru'];

/** The top result is the answer; Fuse never declines, so only an empty result (nothing under its default 0.6 threshold) counts as one. */
export function fuseAnswerer(kb: KnowledgeBase): Answerer {
  const fuse = new Fuse([...kb.entries], { keys: FUSE_KEYS });
  return (question) => fuse.search(question)[0]?.item.id ?? null;
}
