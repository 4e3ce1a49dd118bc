// Working memory of the index build: interns terms and counts one document's term frequencies per field.
import { FIELDS } from './bm25.js';
import { ForwardIndex } from './forward-index.js';

/** Bits per field in a packed term-frequency word: five fields of 6 bits fit one 32-bit word. */
export const TF_BITS = 6;
/** Term frequencies are capped here (BM25 saturates long before; a word 63 times in one field is not a text). */
export const MAX_PACKED_TF = (1 << TF_BITS) - 1;

/** The term frequency of field number `field` in a packed word. */
export function unpackTf(packed: number, field: number): number {
  return (packed >>> (field * TF_BITS)) & MAX_PACKED_TF;
}

/**
 * Term ids are handed out in order of first appearance (provisional: the build re-numbers them in sorted order).
 * The arrays indexed by term id are reused for every document, so a document touches only its own terms. Per term
 * and field it also counts the documents that have the term in that field (BM25's document frequency).
 */
export class TermScratch {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  private packed = new Uint32Array(4096);
  /** Per field, per term: its document frequency in that field (one array a field, so a field's counts stay together in the cache). */
  private fieldDocuments = FIELDS.map(() => new Uint32Array(4096));
  /** Per term, how many documents have it: its number of postings. */
  private termDocuments = new Uint32Array(4096);
  // The terms touched by the current document, as a typed array with a count: a plain array emptied with
  // `length = 0` gives up its storage, and growing it again for each of 150,000 fields was much of the build's garbage.
  private documentTouched = new Uint32Array(4096);
  private documentTouchedCount = 0;
  /** Each ended document's terms and packed frequencies, appended. */
  private readonly forwardIndex = new ForwardIndex();

  /**
   * Counts a field's terms (`ids[0 .. count)`) into the current document; returns the field's length (its distinct
   * terms). One pass straight into the packed words: a term's count in this field is its bits there, which start
   * at zero (each field is counted once a document) and stop at MAX_PACKED_TF. (A count per term, then a pass over
   * the field's distinct terms to pack them, read and wrote three arrays a word instead of one.)
   */
  countField(ids: Int32Array, count: number, field: number): number {
    const { packed, documentTouched } = this;
    const documents = this.fieldDocuments[field] as Uint32Array;
    const shift = field * TF_BITS;
    const one = 1 << shift;
    let distinct = 0;
    let touched = this.documentTouchedCount;
    for (let i = 0; i < count; i++) {
      const id = ids[i] as number;
      const word = packed[id] as number;
      const tf = (word >>> shift) & MAX_PACKED_TF;
      if (tf === 0) {
        if (word === 0) documentTouched[touched++] = id;
        documents[id] = (documents[id] as number) + 1;
        distinct += 1;
      }
      if (tf !== MAX_PACKED_TF) packed[id] = word + one;
    }
    this.documentTouchedCount = touched;
    return distinct;
  }

  /** Ends the document: appends each of its terms with its packed frequencies to the forward index, and clears them. */
  endDocument(): void {
    const count = this.documentTouchedCount;
    const { documentTouched, packed, termDocuments, forwardIndex } = this;
    for (let k = 0; k < count; k++) {
      const id = documentTouched[k] as number;
      forwardIndex.append(id, packed[id] as number);
      packed[id] = 0;
      termDocuments[id] = (termDocuments[id] as number) + 1;
    }
    this.documentTouchedCount = 0;
  }

  /** How many (document, term) pairs the ended documents hold: the forward index's length. */
  get postings(): number {
    return this.forwardIndex.length;
  }

  /** The forward index so far (not a copy: it grows with the next document). */
  forward(): ForwardIndex {
    return this.forwardIndex;
  }

  /** How many ended documents have the term (provisional id). */
  documentCount(id: number): number {
    return this.termDocuments[id] as number;
  }

  /** How many documents have the term (provisional id) in field number `field`. */
  documentFrequency(id: number, field: number): number {
    return (this.fieldDocuments[field] as Uint32Array)[id] as number;
  }

  /** Every term seen, by provisional id. */
  strings(): { list: readonly string[]; ids: ReadonlyMap<string, number> } {
    return { list: this.list, ids: this.ids };
  }

  /** The term's provisional id, new or known. */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(word, id);
      this.list.push(word);
      if (id >= this.packed.length) this.grow();
    }
    return id;
  }

  private grow(): void {
    const size = this.packed.length * 2;
    const packed = new Uint32Array(size);
    packed.set(this.packed);
    this.packed = packed;
    this.fieldDocuments = this.fieldDocuments.map((counts) => {
      const bigger = new Uint32Array(size);
      bigger.set(counts);
      return bigger;
    });
    const termDocuments = new Uint32Array(size);
    termDocuments.set(this.termDocuments);
    this.termDocuments = termDocuments;
    // A document touches each term at most once, so the touched list never outgrows the term count.
    const documentTouched = new Uint32Array(size);
    documentTouched.set(this.documentTouched);
    this.documentTouched = documentTouched;
  }
}
