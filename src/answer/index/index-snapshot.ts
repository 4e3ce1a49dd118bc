// Index data (and the entries' names) as one self-checking binary file, so a start-up can skip the index build.
// Hand-written: the data is a handful of typed arrays and string lists; v8.serialize would copy them the same way
// but carries no checksum or key, and the format would change with the Node version.
import { createHash } from 'node:crypto';
import { INDEX_DATA_VERSION, narrowTermIds, type IndexData } from './index-data.js';

/** The snapshot: everything `SearchIndex.fromData` and the engine's names need. */
export interface IndexSnapshot {
  data: IndexData;
  names: string[];
}

const MAGIC = Buffer.from('CSIDX\0\0\x01', 'latin1');
const DIGEST_BYTES = 32;
/** Magic, digest of the rest, then the header's length. */
const PREFIX_BYTES = MAGIC.length + DIGEST_BYTES + 4;

const ARRAYS = [
  ['postingOffsets', Uint32Array],
  ['postingDocuments', Uint32Array],
  ['postingScores', Float32Array],
  ['termEntryCounts', Uint32Array],
  ['entryTermOffsets', Uint32Array],
  ['deleteHashes', Uint32Array],
  ['pairWordOffsets', Uint32Array],
] as const;
type ArrayKind = Uint32ArrayConstructor | Float32ArrayConstructor | Uint16ArrayConstructor;

/**
 * The arrays in file order: the fixed ones, then the lists of term ids (index-data.ts's TermIds) and the entries' stem
 * runs (pair-words-builder.ts), each 16 or 32 bits wide.
 */
function arraysOf(widePairs: boolean, wideTerms: boolean): (readonly [keyof IndexData, ArrayKind])[] {
  const termIds = wideTerms ? Uint32Array : Uint16Array;
  return [
    ...ARRAYS,
    ['entryTerms', termIds],
    ['deleteTerms', termIds],
    ['pairWords', widePairs ? Uint32Array : Uint16Array],
  ];
}

interface Header {
  key: string;
  version: number;
  entryIds: string[];
  terms: string[];
  vocabulary: { pl: string[]; en: string[] };
  pairOnlyStems: string[];
  widePairs: boolean;
  wideTerms: boolean;
  names: string[];
  lengths: number[];
}

/** Encodes the snapshot under `key` (what it was built from: the files' hashes and the engine's code). */
export function encodeIndexSnapshot(snapshot: IndexSnapshot, key: string): Buffer {
  const { data } = snapshot;
  const header: Header = {
    key,
    version: data.version,
    entryIds: data.entryIds,
    terms: data.terms,
    vocabulary: data.vocabulary,
    pairOnlyStems: data.pairOnlyStems,
    widePairs: data.pairWords instanceof Uint32Array,
    wideTerms: data.entryTerms instanceof Uint32Array,
    names: snapshot.names,
    lengths: [],
  };
  header.lengths = arraysOf(header.widePairs, header.wideTerms).map(
    ([name]) => typedArray(data, name).length,
  );
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  // Every array starts on an 8-byte boundary of the file after the header.
  const headerEnd = align(PREFIX_BYTES + headerBytes.length);
  const parts: Buffer[] = [Buffer.alloc(headerEnd - PREFIX_BYTES - headerBytes.length)];
  for (const [name] of arraysOf(header.widePairs, header.wideTerms)) {
    const array = typedArray(data, name);
    parts.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
    parts.push(Buffer.alloc(align(array.byteLength) - array.byteLength));
  }
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const body = Buffer.concat([length, headerBytes, ...parts]);
  const digest = createHash('sha256').update(body).digest();
  return Buffer.concat([MAGIC, digest, body]);
}

/**
 * The snapshot in `bytes` when it is whole (magic, digest), was stored under `key`, and its arrays are consistent;
 * otherwise undefined, never an exception: a stale or damaged file only means the index is built again.
 */
export function decodeIndexSnapshot(bytes: Uint8Array, key: string): IndexSnapshot | undefined {
  try {
    return decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), key);
  } catch {
    return undefined;
  }
}

function decode(bytes: Buffer, key: string): IndexSnapshot | undefined {
  if (bytes.length < PREFIX_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const digest = bytes.subarray(MAGIC.length, MAGIC.length + DIGEST_BYTES);
  const body = bytes.subarray(MAGIC.length + DIGEST_BYTES);
  if (!createHash('sha256').update(body).digest().equals(digest)) return undefined;
  const headerLength = body.readUInt32LE(0);
  const header = JSON.parse(body.toString('utf8', 4, 4 + headerLength)) as Header;
  if (header.key !== key || header.version !== INDEX_DATA_VERSION) return undefined;
  let at = align(PREFIX_BYTES + headerLength);
  const arrays: Record<string, Uint32Array | Float32Array | Uint16Array> = {};
  for (const [i, [name, Kind]] of arraysOf(header.widePairs === true, header.wideTerms === true).entries()) {
    const length = header.lengths[i];
    if (!Number.isInteger(length) || (length as number) < 0) return undefined;
    const byteLength = (length as number) * Kind.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.length) return undefined;
    // A copy with a buffer of its own: aligned, and transferable to a worker like freshly built data.
    const array = new Kind(length as number);
    new Uint8Array(array.buffer).set(bytes.subarray(at, at + byteLength));
    arrays[name] = array;
    at += align(byteLength);
  }
  const data = {
    version: INDEX_DATA_VERSION,
    entryIds: header.entryIds,
    terms: header.terms,
    vocabulary: header.vocabulary,
    pairOnlyStems: header.pairOnlyStems,
    ...arrays,
  } as IndexData;
  return consistent(data) ? { data, names: header.names } : undefined;
}

/** The cheap structural checks that keep a look-up inside its arrays (the digest already rules out damage). */
function consistent(data: IndexData): boolean {
  const terms = data.terms.length;
  const entries = data.entryIds.length;
  const last = (a: Uint32Array) => a[a.length - 1];
  return (
    Array.isArray(data.vocabulary?.pl) &&
    Array.isArray(data.vocabulary.en) &&
    Array.isArray(data.pairOnlyStems) &&
    data.pairWordOffsets.length === entries + 1 &&
    last(data.pairWordOffsets) === data.pairWords.length &&
    data.postingOffsets.length === terms + 1 &&
    last(data.postingOffsets) === data.postingDocuments.length &&
    data.postingScores.length === data.postingDocuments.length &&
    data.termEntryCounts.length === terms &&
    data.entryTermOffsets.length === entries + 1 &&
    last(data.entryTermOffsets) === data.entryTerms.length &&
    data.deleteHashes.length === data.deleteTerms.length &&
    // The width the build gives a vocabulary of this size, so that the search's reads see one type of array.
    data.entryTerms instanceof (narrowTermIds(terms) ? Uint16Array : Uint32Array) &&
    data.deleteTerms instanceof (narrowTermIds(terms) ? Uint16Array : Uint32Array)
  );
}

function typedArray(data: IndexData, name: keyof IndexData): Uint32Array | Float32Array | Uint16Array {
  return data[name] as Uint32Array | Float32Array | Uint16Array;
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}
