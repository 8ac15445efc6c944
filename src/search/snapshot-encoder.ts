/** Encodes plain data into the columns and sections of `snapshot-columns.ts`. */
import {
  type Column,
  SnapshotFormatError,
  type StringTable,
  TYPED,
  type TypedArray,
  type TypedArrayConstructor,
} from './snapshot-columns.ts';

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

/**
 * Characters per string blob (V8's longest string is 2^29 − 24): a blob is joined and encoded at
 * once, so a few million characters, for the encoder to pause between blobs.
 */
const BLOB_CHARS = 1 << 22;
/** Strings the encoder reads between two checks of its time slice. */
const PAUSE_EVERY = 4096;

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

/** The elements of arrays one after the other, holes as undefined (`flat` would drop them). */
function concatenated(arrays: unknown[][]): unknown[] {
  const items: unknown[] = [];
  for (const array of arrays) for (let i = 0; i < array.length; i++) items.push(array[i]);
  return items;
}
