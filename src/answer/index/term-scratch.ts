// Working memory of the index build: interns terms and sums one document's per-term scores across its fields.

/**
 * Term ids are handed out in order of first appearance (provisional: the build re-numbers them in sorted order).
 * The arrays indexed by term id are reused for every document, so scoring a document touches only its own terms.
 */
export class TermScratch {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  private termFrequency = new Uint32Array(4096);
  private documentScore = new Float64Array(4096);
  private readonly fieldTouched: number[] = [];
  private readonly documentTouched: number[] = [];
  /** How many non-empty documents were read. */
  documentCount = 0;

  /**
   * Counts a field's words and adds score(tf, distinct) of each distinct one to the current document's scores
   * (`distinct`: how many distinct terms the field has, its length for BM25).
   */
  countField(words: readonly string[], score: (tf: number, distinct: number) => number): void {
    for (const word of words) {
      const id = this.intern(word);
      if (this.termFrequency[id] === 0) this.fieldTouched.push(id);
      this.termFrequency[id] = (this.termFrequency[id] as number) + 1;
    }
    const distinct = this.fieldTouched.length;
    for (const id of this.fieldTouched) {
      if (this.documentScore[id] === 0) this.documentTouched.push(id);
      this.documentScore[id] =
        (this.documentScore[id] as number) + score(this.termFrequency[id] as number, distinct);
      this.termFrequency[id] = 0;
    }
    this.fieldTouched.length = 0;
  }

  /** Ends the document: hands over each of its terms with its score and clears them for the next one. */
  endDocument(visit: (term: number, score: number) => void): void {
    if (this.documentTouched.length > 0) this.documentCount += 1;
    for (const id of this.documentTouched) {
      visit(id, this.documentScore[id] as number);
      this.documentScore[id] = 0;
    }
    this.documentTouched.length = 0;
  }

  /** Every term seen, by provisional id. */
  strings(): { list: readonly string[]; ids: ReadonlyMap<string, number> } {
    return { list: this.list, ids: this.ids };
  }

  private intern(word: string): number {
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
    const scores = new Float64Array(size);
    scores.set(this.documentScore);
    this.documentScore = scores;
  }
}
