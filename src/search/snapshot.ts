import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../knowledge/load.ts';
import type { SearchIndex } from './search-index.ts';
import { type Column, SnapshotFormatError, type StringTable } from './snapshot-columns.ts';
import { Decoder } from './snapshot-decoder.ts';
import { Encoder } from './snapshot-encoder.ts';

/**
 * Bump when the corpus or index built from the same files changes. The engine's own source is
 * hashed into the key too (see `codeDigest`), so a forgotten bump costs a rebuild, not a stale
 * index.
 */
export const ENGINE_VERSION = 5;
/** Fields of the index that engines before ENGINE_VERSION 5 did not save. */
const CURRENT_FIELDS = ['wordLanguages', 'translationLanguages'];
/** The file layout's version; bump when the column encoding (`snapshot-columns.ts`, `snapshot-encoder.ts`, `snapshot-decoder.ts`) or this file's layout changes. */
const FORMAT = 1;
const MAGIC = Buffer.from('AQBINDEX', 'latin1');
/** Magic, header length, then the JSON header; sections start 8-aligned after it. */
const PREFIX_BYTES = 16;
const ALIGN = 8;
const align = (offset: number): number => Math.ceil(offset / ALIGN) * ALIGN;

interface Header {
  format: number;
  key: string;
  littleEndian: boolean;
  root: Column;
  strings: StringTable;
  /** Offsets from the first section, in bytes. */
  sections: { type: string; offset: number; length: number }[];
  /**
   * Bytes of the sections the index keeps as typed-array views (postings, idf…), which come
   * first; the rest (strings, numbers, lengths) is copied into JS values and its buffer freed.
   */
  keptBytes: number;
  /** Bytes from the first section to the end: a shorter file was cut short. */
  dataBytes: number;
  /** SHA-1 of those bytes: a damaged file is rebuilt, never served. */
  digest: string;
}

/** One line for the log: the bot's logger, or stderr for the CLI. */
export type SnapshotLog = (
  level: 'info' | 'warn',
  fields: Record<string, unknown>,
  message: string,
) => void;

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

let code: Promise<string> | undefined;

/**
 * A digest of the code and data that build the corpus and the index (this folder and
 * `knowledge/`, with their sub-folders: .ts under tsx or .js compiled, and the .json data such as
 * the lexicon), so that changing any of them invalidates snapshots.
 */
function codeDigest(): Promise<string> {
  code ??= (async () => {
    const hash = createHash('sha256');
    const here = dirname(fileURLToPath(import.meta.url));
    for (const folder of [here, join(here, '..', 'knowledge')]) {
      const files = (await readdir(folder, { recursive: true }).catch(() => [])).filter((file) =>
        /\.(?:ts|js|mjs|json)$/u.test(file),
      );
      for (const file of files.sort()) {
        hash.update(`${file}\0`).update(await readFile(join(folder, file)));
      }
    }
    return hash.digest('hex');
  })();
  return code;
}

/**
 * What a snapshot must have been built from: the engine (its version and source), the names a
 * topic may not take, and every file of the knowledge folder, by name and content. Contents,
 * not modification times: a copy or a checkout can keep a time and change a file. Read one by
 * one and synchronously: for thousands of small files, several times faster than in parallel.
 */
export async function snapshotKey(
  knowledgeDir: string,
  reservedTopicNames: Iterable<string> = [],
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`engine ${ENGINE_VERSION} format ${FORMAT}\0${await codeDigest()}\0`);
  hash.update(`${[...reservedTopicNames].sort().join(',')}\0`);
  // Files the load skips with a warning are skipped here too, silently: the load warns.
  for (const file of await listFiles(knowledgeDir, () => {})) {
    const bytes = readFileSync(join(knowledgeDir, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * Where the snapshot of a knowledge folder lives under `dataDir`: one file per folder and set of
 * reserved names (the bot and the CLI read the same folder with different ones).
 */
export function snapshotPath(
  dataDir: string,
  knowledgeDir: string,
  reservedTopicNames: Iterable<string> = [],
): string {
  const folder = createHash('sha256')
    .update(`${resolve(knowledgeDir)}\0${[...reservedTopicNames].sort().join(',')}`)
    .digest('hex')
    .slice(0, 16);
  return join(dataDir, 'snapshots', `index-${folder}.bin`);
}

/** Writes the snapshot next to its place, then renames it there: a reader sees all or nothing. */
export async function writeSnapshot(path: string, key: string, index: SearchIndex): Promise<void> {
  const encoder = new Encoder();
  const root = await encoder.column([index], 'index');
  const strings = await encoder.strings();
  const kept = keptSections(root);
  const order = [...encoder.sections.keys()].sort(
    (a, b) => Number(kept.has(b)) - Number(kept.has(a)),
  );
  const sections: Header['sections'] = new Array(order.length);
  let offset = 0;
  let keptBytes = 0;
  const digest = createHash('sha1');
  const padding = new Uint8Array(ALIGN);
  const chunks: Uint8Array[] = [];
  for (const i of order) {
    await encoder.pause();
    const data = encoder.sections[i] as (typeof encoder.sections)[number];
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const padded = align(bytes.length) - bytes.length;
    sections[i] = { type: data.constructor.name, offset, length: data.length };
    chunks.push(bytes, padding.subarray(0, padded));
    digest.update(bytes).update(padding.subarray(0, padded));
    offset += bytes.length + padded;
    if (kept.has(i)) keptBytes = offset;
  }
  const header: Header = {
    format: FORMAT,
    key,
    littleEndian: LITTLE_ENDIAN,
    root,
    strings,
    sections,
    keptBytes,
    dataBytes: offset,
    digest: digest.digest('hex'),
  };
  const json = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(align(PREFIX_BYTES + json.length));
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(json.length, 8);
  json.copy(prefix, PREFIX_BYTES);

  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}-${Date.now().toString(36)}.tmp`;
  const file = await open(temporary, 'w');
  try {
    await file.write(prefix);
    // A few hundred sections: written in batches, as one write each.
    for (let i = 0; i < chunks.length; i += 512) await file.writev(chunks.slice(i, i + 512));
    await file.sync();
    await file.close();
    await rename(temporary, path);
  } catch (error) {
    await file.close().catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The sections a loaded index keeps views of: the data of typed-array columns. */
function keptSections(column: Column, found = new Set<number>()): Set<number> {
  switch (column.t) {
    case 'typed':
      found.add(column.s);
      break;
    case 'array':
    case 'set':
      keptSections(column.items, found);
      break;
    case 'map':
      keptSections(column.keys, found);
      keptSections(column.values, found);
      break;
    case 'object':
      for (const key of Object.values(column.keys)) keptSections(key, found);
      break;
    case 'mixed':
      for (const kind of column.kinds) keptSections(kind, found);
      break;
  }
  return found;
}

/** `length` bytes of `file` from `position`, in a buffer of their own. */
async function readExactly(
  file: Awaited<ReturnType<typeof open>>,
  position: number,
  length: number,
): Promise<Buffer> {
  const buffer = Buffer.allocUnsafeSlow(length);
  for (let read = 0; read < length; ) {
    const { bytesRead } = await file.read(buffer, read, length - read, position + read);
    if (bytesRead === 0) throw new SnapshotFormatError('cut short');
    read += bytesRead;
  }
  return buffer;
}

export type SnapshotRead =
  | { state: 'loaded'; index: SearchIndex }
  | { state: 'missing' }
  | { state: 'stale' }
  | { state: 'corrupt'; reason: string };

/** Reads a snapshot if it was built from `key`; never throws. */
export async function readSnapshot(path: string, key: string): Promise<SnapshotRead> {
  let file: Awaited<ReturnType<typeof open>>;
  try {
    file = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'corrupt', reason: (error as Error).message };
  }
  try {
    const { size } = await file.stat();
    const prefix = Buffer.alloc(PREFIX_BYTES);
    await file.read(prefix, 0, PREFIX_BYTES, 0);
    if (!prefix.subarray(0, 8).equals(MAGIC)) throw new SnapshotFormatError('not a snapshot');
    const headerBytes = prefix.readUInt32LE(8);
    if (PREFIX_BYTES + headerBytes > size) throw new SnapshotFormatError('cut short');
    const json = Buffer.alloc(headerBytes);
    await file.read(json, 0, headerBytes, PREFIX_BYTES);
    const header = JSON.parse(json.toString()) as Header;
    if (header.format !== FORMAT || header.key !== key) return { state: 'stale' };
    if (header.littleEndian !== LITTLE_ENDIAN) return { state: 'stale' };
    const start = align(PREFIX_BYTES + headerBytes);
    if (size !== start + header.dataBytes) throw new SnapshotFormatError('cut short');
    if (!(header.keptBytes >= 0 && header.keptBytes <= header.dataBytes)) {
      throw new SnapshotFormatError('bad header');
    }
    // Two buffers of their own, at offset 0, so that every section is aligned for its typed
    // array: what the index keeps views of, and what is copied out, then freed.
    const kept = await readExactly(file, start, header.keptBytes);
    const copied = await readExactly(
      file,
      start + header.keptBytes,
      header.dataBytes - header.keptBytes,
    );
    if (createHash('sha1').update(kept).update(copied).digest('hex') !== header.digest) {
      throw new SnapshotFormatError('damaged (digest differs)');
    }
    const section = (i: number, type: string) => {
      const entry = header.sections[i];
      const Type = globalThis[type as 'Uint8Array'] as unknown as Uint8ArrayConstructor;
      if (entry === undefined || entry.type !== type) throw new SnapshotFormatError('bad section');
      // (An empty section at the boundary is taken from the kept buffer: a view of nothing in
      // the other would keep all of it alive.)
      const inKept = entry.offset + entry.length * Type.BYTES_PER_ELEMENT <= kept.length;
      const buffer = inKept ? kept : copied;
      const offset = inKept ? entry.offset : entry.offset - kept.length;
      if (offset + entry.length * Type.BYTES_PER_ELEMENT > buffer.length) {
        throw new SnapshotFormatError('bad section');
      }
      return new Type(buffer.buffer, buffer.byteOffset + offset, entry.length);
    };
    const index = new Decoder(section, header.strings).column(header.root, 1)[0];
    if (typeof index !== 'object' || index === null || !('corpus' in index)) {
      throw new SnapshotFormatError('not an index');
    }
    // An index saved before a field it is read through existed (an engine whose version bump was
    // forgotten) is rebuilt, never read without it: each article's language, for one.
    if (!CURRENT_FIELDS.every((field) => field in index)) return { state: 'stale' };
    return { state: 'loaded', index: index as SearchIndex };
  } catch (error) {
    return { state: 'corrupt', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await file.close().catch(() => {});
  }
}

export interface OpenIndexOptions {
  knowledgeDir: string;
  /** Where snapshots are kept; undefined: none is read or written. */
  dataDir: string | undefined;
  reservedTopicNames?: Iterable<string>;
  /** Reads the folder and builds its index, when there is no usable snapshot. */
  build: () => Promise<SearchIndex>;
  /** Rebuild from the files even when the snapshot is current (`/reload`). */
  fresh?: boolean;
  log?: SnapshotLog;
}

export interface OpenedIndex {
  index: SearchIndex;
  from: 'snapshot' | 'files';
  /** Resolves once a new snapshot is written (or failed to be, which is logged). */
  saved: Promise<void>;
}

/**
 * The index of a knowledge folder: loaded from its snapshot when that was built from the same
 * files by the same engine, else built, then saved in the background for the next start. A
 * missing, stale or damaged snapshot costs one log line and a rebuild, never an answer.
 */
export async function openIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const { dataDir, knowledgeDir, log = () => {} } = options;
  // A folder that cannot be listed is left to `build`, which names the problem.
  const key =
    dataDir === undefined
      ? undefined
      : await snapshotKey(knowledgeDir, options.reservedTopicNames).catch(() => undefined);
  const path =
    dataDir === undefined ? '' : snapshotPath(dataDir, knowledgeDir, options.reservedTopicNames);
  if (key !== undefined && !options.fresh) {
    const started = performance.now();
    const read = await readSnapshot(path, key);
    const fields = { snapshot: path };
    switch (read.state) {
      case 'loaded': {
        const loadMs = Math.round(performance.now() - started);
        log('info', { ...fields, loadMs }, 'index loaded from its snapshot');
        return { index: read.index, from: 'snapshot', saved: Promise.resolve() };
      }
      case 'missing':
        log('info', fields, 'no index snapshot yet: building the index from the files');
        break;
      case 'stale':
        log('info', fields, 'index snapshot out of date: rebuilding it from the files');
        break;
      case 'corrupt':
        log('warn', { ...fields, reason: read.reason }, 'index snapshot unreadable: rebuilding it');
        break;
    }
  }
  const index = await options.build();
  if (key === undefined) return { index, from: 'files', saved: Promise.resolve() };
  // After the caller has started serving: encoding takes a while on large folders.
  const saved = new Promise<void>((done) => setImmediate(done))
    .then(async () => {
      const started = performance.now();
      await writeSnapshot(path, key, index);
      const saveMs = Math.round(performance.now() - started);
      log('info', { snapshot: path, saveMs }, 'index snapshot saved');
    })
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      log('warn', { snapshot: path, reason }, 'index snapshot not saved');
    });
  return { index, from: 'files', saved };
}
