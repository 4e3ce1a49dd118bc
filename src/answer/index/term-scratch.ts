// Working memory of the index build: interns terms and counts one document's term frequencies per field.
import { FIELDS } from './bm25.js';

/** Bits per field in a packed term-frequency word: five fields of 6 bits fit one 32-bit word. */
const TF_BITS = 6;
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
  private termFrequency = new Uint32Array(4096);
  private packed = new Uint32Array(4096);
  private fieldDocuments = new Uint32Array(4096 * FIELDS.length);
  private readonly fieldTouched: number[] = [];
  private readonly documentTouched: number[] = [];

  /** Counts a field's terms into the current document; returns the field's length (its distinct terms). */
  countField(ids: readonly number[], field: number): number {
    for (const id of ids) {
      if (this.termFrequency[id] === 0) this.fieldTouched.push(id);
      this.termFrequency[id] = (this.termFrequency[id] as number) + 1;
    }
    const distinct = this.fieldTouched.length;
    for (const id of this.fieldTouched) {
      const tf = Math.min(MAX_PACKED_TF, this.termFrequency[id] as number);
      if (this.packed[id] === 0) this.documentTouched.push(id);
      this.packed[id] = ((this.packed[id] as number) | (tf << (field * TF_BITS))) >>> 0;
      const at = id * FIELDS.length + field;
      this.fieldDocuments[at] = (this.fieldDocuments[at] as number) + 1;
      this.termFrequency[id] = 0;
    }
    this.fieldTouched.length = 0;
    return distinct;
  }

  /** Ends the document: hands over each of its terms with its packed frequencies, and clears them. */
  endDocument(visit: (term: number, packed: number) => void): void {
    for (const id of this.documentTouched) {
      visit(id, this.packed[id] as number);
      this.packed[id] = 0;
    }
    this.documentTouched.length = 0;
  }

  /** How many documents have the term (provisional id) in field number `field`. */
  documentFrequency(id: number, field: number): number {
    return this.fieldDocuments[id * FIELDS.length + field] as number;
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
      if (id >= this.termFrequency.length) this.grow();
    }
    return id;
  }

  private grow(): void {
    const size = this.termFrequency.length * 2;
    const tf = new Uint32Array(size);
    tf.set(this.termFrequency);
    this.termFrequency = tf;
    const packed = new Uint32Array(size);
    packed.set(this.packed);
    this.packed = packed;
    const documents = new Uint32Array(size * FIELDS.length);
    documents.set(this.fieldDocuments);
    this.fieldDocuments = documents;
  }
}
