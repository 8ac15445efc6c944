/** Reads the columns of `snapshot-columns.ts` back from a snapshot's sections. */
import {
  type Column,
  SnapshotFormatError,
  type StringTable,
  type TypedArray,
} from './snapshot-columns.ts';

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
