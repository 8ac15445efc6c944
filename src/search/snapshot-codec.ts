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

type TypedArray =
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Float32Array
  | Float64Array;
type TypedArrayConstructor = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): TypedArray;
  new (length: number): TypedArray;
  BYTES_PER_ELEMENT: number;
};

const TYPED: Record<string, TypedArrayConstructor> = {
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

type Kind =
  | 'undefined'
  | 'null'
  | 'boolean'
  | 'number'
  | 'string'
  | 'array'
  | 'map'
  | 'set'
  | 'object'
  | `typed:${string}`;

function kindOf(value: unknown, path: string): Kind {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    case 'object': {
      if (Array.isArray(value)) return 'array';
      if (value instanceof Map) return 'map';
      if (value instanceof Set) return 'set';
      if (ArrayBuffer.isView(value)) {
        const name = value.constructor.name;
        if (name in TYPED) return `typed:${name}`;
      } else {
        const prototype = Object.getPrototypeOf(value);
        if (prototype === Object.prototype || prototype === null) return 'object';
      }
      throw new SnapshotFormatError(`${path}: cannot save a ${value.constructor?.name ?? 'value'}`);
    }
    default:
      throw new SnapshotFormatError(`${path}: cannot save a ${typeof value}`);
  }
}

const isUint32 = (value: number): boolean =>
  Number.isInteger(value) && value >= 0 && value <= 0xffff_ffff && !Object.is(value, -0);

/** Longest the encoder runs before it lets the event loop go on (ms). */
const ENCODE_SLICE_MS = 10;

/**
 * Collects sections and strings while columns are encoded. Encoding a big index takes most of a
 * second at 100,000 sentences: it lets the event loop go on between columns (every
 * ENCODE_SLICE_MS), so a bot saving its snapshot keeps answering meanwhile. The index must not
 * change while it is encoded (an index is never changed once built).
 */
export class Encoder {
  readonly sections: TypedArray[] = [];
  private sliceStarted = performance.now();
  /** Sections holding string ids, renumbered once the table is laid out (see `strings`). */
  private readonly stringSections: Uint32Array[] = [];
  private readonly stringIds = new Map<string, number>();

  private section(data: TypedArray): number {
    this.sections.push(data);
    return this.sections.length - 1;
  }

  private lengths(values: { length?: number; size?: number }[]): number {
    return this.section(Uint32Array.from(values, (value) => value.length ?? value.size ?? 0));
  }

  /** Lets the event loop go on once this slice of encoding has run long enough. */
  async pause(): Promise<void> {
    if (performance.now() - this.sliceStarted < ENCODE_SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.sliceStarted = performance.now();
  }

  /** `values.map(as)`, pausing every PAUSE_EVERY values. */
  private async mapInSlices<T, R>(values: T[], as: (value: T, i: number) => R): Promise<R[]> {
    const mapped: R[] = new Array(values.length);
    for (let i = 0; i < values.length; i++) {
      if (i % PAUSE_EVERY === 0) await this.pause();
      mapped[i] = as(values[i] as T, i);
    }
    return mapped;
  }

  /** Encodes `values` as one column; `path` names it in errors. */
  async column(values: unknown[], path: string): Promise<Column> {
    await this.pause();
    const kinds = await this.mapInSlices(values, (value, i) => kindOf(value, `${path}[${i}]`));
    const distinct = [...new Set(kinds)];
    if (distinct.length > 1) {
      const tags = Uint8Array.from(kinds, (kind) => distinct.indexOf(kind));
      const tagsSection = this.section(tags);
      const columns: Column[] = [];
      for (const kind of distinct) {
        columns.push(
          await this.uniform(
            kind,
            values.filter((_, i) => kinds[i] === kind),
            path,
          ),
        );
      }
      return { t: 'mixed', tags: tagsSection, kinds: columns };
    }
    return this.uniform(distinct[0] ?? 'undefined', values, path);
  }

  private async uniform(kind: Kind, values: unknown[], path: string): Promise<Column> {
    switch (kind) {
      case 'undefined':
        return { t: 'undefined' };
      case 'null':
        return { t: 'null' };
      case 'boolean':
        return { t: 'boolean', s: this.section(Uint8Array.from(values as boolean[], Number)) };
      case 'number': {
        const numbers = values as number[];
        return numbers.every(isUint32)
          ? { t: 'uint', s: this.section(Uint32Array.from(numbers)) }
          : { t: 'float', s: this.section(Float64Array.from(numbers)) };
      }
      case 'string': {
        const ids = Uint32Array.from(
          await this.mapInSlices(values as string[], (text) => {
            let id = this.stringIds.get(text);
            if (id === undefined) {
              id = this.stringIds.size;
              this.stringIds.set(text, id);
            }
            return id;
          }),
        );
        this.stringSections.push(ids);
        return { t: 'string', s: this.section(ids) };
      }
      case 'array': {
        const arrays = values as unknown[][];
        const lengths = this.lengths(arrays);
        return { t: 'array', lengths, items: await this.column(concatenated(arrays), `${path}[]`) };
      }
      case 'set': {
        const sets = values as Set<unknown>[];
        const lengths = this.lengths(sets);
        const items = await this.column(
          sets.flatMap((set) => [...set]),
          `${path}[]`,
        );
        return { t: 'set', lengths, items };
      }
      case 'map': {
        const maps = values as Map<unknown, unknown>[];
        const lengths = this.lengths(maps);
        const keys = await this.column(
          maps.flatMap((map) => [...map.keys()]),
          `${path}.keys`,
        );
        const mapValues = await this.column(
          maps.flatMap((map) => [...map.values()]),
          `${path}.values`,
        );
        return { t: 'map', lengths, keys, values: mapValues };
      }
      case 'object':
        return this.objects(values as Record<string, unknown>[], path);
      default: {
        const type = kind.slice('typed:'.length);
        const arrays = values as TypedArray[];
        const Type = TYPED[type] as TypedArrayConstructor;
        const all = new Type(arrays.reduce((total, array) => total + array.length, 0));
        let at = 0;
        for (const array of arrays) {
          all.set(array as never, at);
          at += array.length;
        }
        return { t: 'typed', type, lengths: this.lengths(arrays), s: this.section(all) };
      }
    }
  }

  private async objects(objects: Record<string, unknown>[], path: string): Promise<Column> {
    const shapes: string[][] = [];
    const shapeIds = new Map<string, number>();
    const shapeOf = Uint32Array.from(
      await this.mapInSlices(objects, (object) => {
        const keys = Object.keys(object);
        const name = JSON.stringify(keys);
        let id = shapeIds.get(name);
        if (id === undefined) {
          id = shapes.length;
          shapeIds.set(name, id);
          shapes.push(keys);
        }
        return id;
      }),
    );
    const keys: Record<string, Column> = {};
    for (const key of new Set(shapes.flat())) {
      const present = objects.filter((object) => Object.hasOwn(object, key));
      keys[key] = await this.column(
        await this.mapInSlices(present, (object) => object[key]),
        `${path}.${key}`,
      );
    }
    return shapes.length === 1
      ? { t: 'object', shapes, keys }
      : { t: 'object', shapes, shapeOf: this.section(shapeOf), keys };
  }

  /**
   * The string table as blobs, one-byte text first: each blob decodes to one string, of which
   * the table's strings are slices. String ids in the sections are renumbered to match.
   */
  async strings(): Promise<StringTable> {
    const texts = [...this.stringIds.keys()];
    const latin1: boolean[] = new Array(texts.length);
    for (let id = 0; id < texts.length; id++) {
      if (id % PAUSE_EVERY === 0) await this.pause();
      const text = texts[id] as string;
      let oneByte = true;
      for (let i = 0; i < text.length && oneByte; i++) oneByte = text.charCodeAt(i) <= 0xff;
      latin1[id] = oneByte;
    }
    const order = [...texts.keys()].sort((a, b) => Number(latin1[b]) - Number(latin1[a]));
    const renumber = new Uint32Array(texts.length);
    order.forEach((id, position) => {
      renumber[id] = position;
    });
    for (const ids of this.stringSections) {
      await this.pause();
      for (let i = 0; i < ids.length; i++) ids[i] = renumber[ids[i] as number] as number;
    }
    // Where each string ends within its blob, in UTF-16 code units.
    const ends = new Uint32Array(texts.length);
    const blobs: StringTable['blobs'] = [];
    let start = 0;
    while (start < order.length) {
      await this.pause();
      const oneByte = latin1[order[start] as number] as boolean;
      const parts: string[] = [];
      let length = 0;
      let end = start;
      while (end < order.length && latin1[order[end] as number] === oneByte) {
        const text = texts[order[end] as number] as string;
        if (parts.length > 0 && length + text.length > BLOB_CHARS) break;
        parts.push(text);
        length += text.length;
        ends[end] = length;
        end++;
      }
      const encoding = oneByte ? 'latin1' : 'utf16le';
      const bytes = Buffer.from(parts.join(''), encoding);
      const s = this.section(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
      blobs.push({ encoding, count: parts.length, s });
      start = end;
    }
    return { blobs, ends: this.section(ends) };
  }
}

/** The strings of a snapshot: blobs of `count` strings each, and where each string ends. */
export interface StringTable {
  blobs: { encoding: 'latin1' | 'utf16le'; count: number; s: number }[];
  ends: number;
}

/**
 * Characters per string blob (V8's longest string is 2^29 − 24): a blob is joined and encoded at
 * once, so a few million characters, for the encoder to pause between blobs.
 */
const BLOB_CHARS = 1 << 22;
/** Strings the encoder reads between two checks of its time slice. */
const PAUSE_EVERY = 4096;

/** Reads columns back from sections (views of the snapshot's buffer). */
export class Decoder {
  private readonly strings: string[];
  private readonly sections: (index: number, type: string) => TypedArray;

  constructor(sections: (index: number, type: string) => TypedArray, table: StringTable) {
    this.sections = sections;
    const ends = this.section(table.ends, 'Uint32Array');
    const strings: string[] = new Array(ends.length);
    let id = 0;
    for (const blob of table.blobs) {
      const bytes = this.section(blob.s, 'Uint8Array');
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(
        blob.encoding,
      );
      let start = 0;
      for (const last = id + blob.count; id < last; id++) {
        const end = ends[id];
        if (end === undefined || end < start || end > text.length) {
          throw new SnapshotFormatError('bad string table');
        }
        strings[id] = text.slice(start, end);
        start = end;
      }
    }
    if (id !== ends.length) throw new SnapshotFormatError('bad string table');
    this.strings = strings;
  }

  private section(index: number, type: string): TypedArray {
    return this.sections(index, type);
  }

  private counts(index: number, expected: number): Uint32Array {
    const lengths = this.section(index, 'Uint32Array') as Uint32Array;
    if (lengths.length !== expected) throw new SnapshotFormatError('bad lengths');
    return lengths;
  }

  private sized(index: number, type: string, expected: number): TypedArray {
    const data = this.section(index, type);
    if (data.length !== expected) throw new SnapshotFormatError(`bad ${type} section`);
    return data;
  }

  /** The `count` values of a column. */
  column(column: Column, count: number): unknown[] {
    switch (column.t) {
      case 'undefined':
        return new Array(count).fill(undefined);
      case 'null':
        return new Array(count).fill(null);
      case 'boolean':
        return toArray(this.sized(column.s, 'Uint8Array', count), Boolean);
      case 'uint':
        return toArray(this.sized(column.s, 'Uint32Array', count), Number);
      case 'float':
        return toArray(this.sized(column.s, 'Float64Array', count), Number);
      case 'string': {
        const ids = this.sized(column.s, 'Uint32Array', count);
        const values: string[] = new Array(count);
        for (let i = 0; i < count; i++) {
          const text = this.strings[ids[i] as number];
          if (text === undefined) throw new SnapshotFormatError('bad string id');
          values[i] = text;
        }
        return values;
      }
      case 'typed': {
        const lengths = this.counts(column.lengths, count);
        const all = this.section(column.s, column.type);
        const values: TypedArray[] = new Array(count);
        let at = 0;
        for (let i = 0; i < count; i++) {
          const length = lengths[i] as number;
          values[i] = all.subarray(at, at + length);
          at += length;
        }
        if (at !== all.length) throw new SnapshotFormatError('bad typed array lengths');
        return values;
      }
      case 'array':
      case 'set': {
        const lengths = this.counts(column.lengths, count);
        const items = this.column(column.items, sum(lengths));
        const values: unknown[] = new Array(count);
        let at = 0;
        for (let i = 0; i < count; i++) {
          const length = lengths[i] as number;
          const slice = items.slice(at, at + length);
          values[i] = column.t === 'set' ? new Set(slice) : slice;
          at += length;
        }
        return values;
      }
      case 'map': {
        const lengths = this.counts(column.lengths, count);
        const total = sum(lengths);
        const keys = this.column(column.keys, total);
        const entries = this.column(column.values, total);
        const values: Map<unknown, unknown>[] = new Array(count);
        let at = 0;
        for (let i = 0; i < count; i++) {
          const map = new Map<unknown, unknown>();
          for (const end = at + (lengths[i] as number); at < end; at++) {
            map.set(keys[at], entries[at]);
          }
          values[i] = map;
        }
        return values;
      }
      case 'object':
        return this.objects(column, count);
      case 'mixed': {
        const tags = this.sized(column.tags, 'Uint8Array', count);
        const tallies = new Uint32Array(column.kinds.length);
        for (const tag of tags) {
          if (tag >= tallies.length) throw new SnapshotFormatError('bad tag');
          bump(tallies, tag);
        }
        const kinds = column.kinds.map((kind, i) => this.column(kind, tallies[i] ?? 0));
        const next = new Uint32Array(kinds.length);
        return Array.from(tags, (tag) => kinds[tag]?.[bump(next, tag)]);
      }
    }
  }

  private objects(column: Extract<Column, { t: 'object' }>, count: number): unknown[] {
    const shapeOf =
      column.shapeOf === undefined
        ? new Uint32Array(count)
        : this.sized(column.shapeOf, 'Uint32Array', count);
    const keys = Object.keys(column.keys);
    // Each shape as positions in `keys`, and how many objects have each key.
    const shapes = column.shapes.map((shape) => shape.map((key) => keys.indexOf(key)));
    const present = new Uint32Array(keys.length);
    for (const shape of shapeOf) {
      for (const key of shapes[shape] ?? []) {
        if (key < 0) throw new SnapshotFormatError('bad object shape');
        bump(present, key);
      }
    }
    const columns = keys.map((key, i) => this.column(column.keys[key] as Column, present[i] ?? 0));
    const next = new Uint32Array(keys.length);
    const makers = shapes.map((shape) => objectMaker(keys, shape));
    const values: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) {
      values[i] = (makers[shapeOf[i] as number] as ObjectMaker)(columns, next);
    }
    return values;
  }
}

/** Makes the next object of a shape from its key columns, advancing each column's cursor. */
type ObjectMaker = (columns: unknown[][], next: Uint32Array) => Record<string, unknown>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

/**
 * An object literal compiled for a shape: several times faster than setting keys one by one,
 * which matters for a million sentences. Only for keys that are plain identifiers (so nothing
 * from the file is ever code); any other shape is built key by key.
 */
function objectMaker(keys: string[], shape: number[]): ObjectMaker {
  const names = shape.map((key) => keys[key] as string);
  if (names.every((name) => IDENTIFIER.test(name) && name !== '__proto__')) {
    const fields = shape.map((key, i) => `${names[i]}: c[${key}][n[${key}]++]`);
    return new Function('c', 'n', `return { ${fields.join(', ')} };`) as ObjectMaker;
  }
  return (columns, next) => {
    const object: Record<string, unknown> = {};
    shape.forEach((key, i) => {
      Object.defineProperty(object, names[i] as string, {
        value: (columns[key] as unknown[])[bump(next, key)],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    });
    return object;
  };
}

/** A typed array's values as a plain array (a loop: `Array.from` is several times slower). */
function toArray<T>(values: TypedArray, as: (value: number) => T): T[] {
  const array: T[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) array[i] = as(values[i] as number);
  return array;
}

/** `counts[i]++`: the count before. */
function bump(counts: Uint32Array, i: number): number {
  const count = counts[i] ?? 0;
  counts[i] = count + 1;
  return count;
}

const sum = (values: Uint32Array): number => {
  let total = 0;
  for (const value of values) total += value;
  return total;
};

/** The elements of arrays one after the other, holes as undefined (`flat` would drop them). */
function concatenated(arrays: unknown[][]): unknown[] {
  const items: unknown[] = [];
  for (const array of arrays) for (let i = 0; i < array.length; i++) items.push(array[i]);
  return items;
}
