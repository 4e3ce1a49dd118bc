// Questions whose words the process has never seen: each timed query is an evaluation question with typos put in
// and a made-up word added, so no stem, fold or search cache has met it before (as in a real chat).
import type { EvalQuestion } from '../src/eval/evaluate.js';
import { pick, type Random } from './prng.js';

const LETTERS: Record<EvalQuestion['lang'], string> = {
  pl: 'aąbcćdeęfghijklłmnńoóprsśtuwyzźż',
  en: 'abcdefghijklmnopqrstuvwxyz',
  ru: 'абвгдежзийклмнопрстуфхцчшщыэюя',
};

/** A source of fresh questions: a seeded endless sequence of mutated copies of the given questions. */
export function freshQuestions(questions: readonly EvalQuestion[], random: Random): () => string {
  return () => {
    const question = pick(random, questions);
    const letters = LETTERS[question.lang];
    const words = question.q
      .split(/\s+/)
      .map((w) => (w.length >= 4 && random() < 0.5 ? typo(w, letters, random) : w));
    words.splice(Math.floor(random() * (words.length + 1)), 0, madeUpWord(letters, random));
    return words.join(' ');
  };
}

/** One random edit: a letter inserted, deleted, replaced, or two neighbours swapped. */
function typo(word: string, letters: string, random: Random): string {
  const at = Math.floor(random() * (word.length - 1));
  const letter = letters[Math.floor(random() * letters.length)] ?? 'a';
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at + 1);
    default:
      return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
  }
}

function madeUpWord(letters: string, random: Random): string {
  const length = 6 + Math.floor(random() * 5);
  let word = '';
  for (let i = 0; i < length; i++) word += letters[Math.floor(random() * letters.length)] ?? 'a';
  return word;
}
