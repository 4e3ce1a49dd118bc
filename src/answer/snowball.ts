// Loads the two Snowball stemmers of snowball-stemmer.jsx (en, ru) from the package's plain-script builds.
// Why not `import` the CommonJS builds: under tsx (the benches, the CLI) every CommonJS file goes through tsx's
// WebAssembly lexer, and a file this large (57–81 kB) makes the lexer's memory grow; growing a WebAssembly memory
// detaches its old ArrayBuffer, and after the first detach in a process V8 re-checks every typed-array access for a
// detached buffer, which made the search's posting loop several times slower for the rest of the process. The
// plain scripts hold the same code as the CommonJS builds, less the `exports` lines (same stems, by construction).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileFunction } from 'node:vm';

export interface SnowballStemmer {
  stemWord(word: string): string;
}

const packageFile = createRequire(import.meta.url).resolve;

function loadStemmer(language: 'english' | 'russian', className: string): SnowballStemmer {
  const filename = packageFile(`snowball-stemmer.jsx/dest/${language}-stemmer.js`);
  const body = `${readFileSync(filename, 'utf8')}\nreturn JSX.require("src/${language}-stemmer.jsx").${className};`;
  const Stemmer = compileFunction(body, [], { filename })() as new () => SnowballStemmer;
  return new Stemmer();
}

export const englishStemmer = (): SnowballStemmer => loadStemmer('english', 'EnglishStemmer');
export const russianStemmer = (): SnowballStemmer => loadStemmer('russian', 'RussianStemmer');
