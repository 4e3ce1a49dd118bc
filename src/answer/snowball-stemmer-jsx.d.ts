// Types for the two stemmers of snowball-stemmer.jsx we use (the package ships none).
declare module 'snowball-stemmer.jsx/dest/english-stemmer.common.js' {
  export class EnglishStemmer {
    stemWord(word: string): string;
  }
}
declare module 'snowball-stemmer.jsx/dest/russian-stemmer.common.js' {
  export class RussianStemmer {
    stemWord(word: string): string;
  }
}
