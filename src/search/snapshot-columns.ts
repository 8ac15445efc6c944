/**
 * A columnar binary encoding of plain data (the corpus and its index), chosen for load speed:
 * a value is described by a small JSON schema, and its data lives in typed sections that load
 * as views of one buffer, without parsing. It knows no field by name, so a field added to the
 * index is saved as it is, or refused by name if it is of a kind it cannot save (a class, a
 * function), never silently dropped.
 *
 * - numbers → one Uint32Array or Float64Array per column;
 * - strings → indices into one string table, stored as a few large blobs (one-byte text apart,
 *   so that it loads as one-byte strings);
 * - typed arrays, alone or in arrays (postings) → one concatenated section and their lengths,
 *   loaded as views of it;
 * - arrays, Maps and Sets → their lengths and the column of all their elements;
 * - plain objects → one column per key, with each object's key order kept (JSON output stays
 *   byte-identical);
 * - a column mixing kinds (`string | null`) → a tag per value and one column per kind.
 */

export type TypedArray =
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Float32Array
  | Float64Array;
export type TypedArrayConstructor = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): TypedArray;
  new (length: number): TypedArray;
  BYTES_PER_ELEMENT: number;
};

export const TYPED: Record<string, TypedArrayConstructor> = {
  Uint8Array,
  Uint16Array,
  Uint32Array,
  Int8Array,
  Int16Array,
  Int32Array,
  Float32Array,
  Float64Array,
};

/** A column's schema: JSON, small; numbers in it are section numbers or counts. */
export type Column =
  | { t: 'undefined' }
  | { t: 'null' }
  | { t: 'boolean'; s: number }
  | { t: 'uint'; s: number }
  | { t: 'float'; s: number }
  | { t: 'string'; s: number }
  | { t: 'typed'; type: string; lengths: number; s: number }
  | { t: 'array'; lengths: number; items: Column }
  | { t: 'map'; lengths: number; keys: Column; values: Column }
  | { t: 'set'; lengths: number; items: Column }
  | { t: 'object'; shapes: string[][]; shapeOf?: number; keys: Record<string, Column> }
  | { t: 'mixed'; tags: number; kinds: Column[] };

export class SnapshotFormatError extends Error {
  override name = 'SnapshotFormatError';
}

/** The strings of a snapshot: blobs of `count` strings each, and where each string ends. */
export interface StringTable {
  blobs: { encoding: 'latin1' | 'utf16le'; count: number; s: number }[];
  ends: number;
}
