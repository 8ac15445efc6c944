import { loadKnowledge } from '../knowledge/load.ts';
import type { Corpus } from '../knowledge/types.ts';
import { warmUp } from '../search/find-passages.ts';
import { buildIndex, buildIndexInSlices, type SearchIndex } from '../search/search-index.ts';
import { type OpenedIndex, openIndex, type SnapshotLog } from '../search/snapshot.ts';
import type { BotServices } from './command.ts';
import { buildCommands, type CommandSet, RESERVED_NAMES } from './commands/registry.ts';
import type { Logger } from './logger.ts';
import type { Registration } from './register-commands.ts';

export interface KnowledgeCounts {
  articles: number;
  sentences: number;
  figures: number;
  topics: number;
}

export interface ReloadReport {
  before: KnowledgeCounts;
  /** Absent when the reload failed and the previous knowledge is still served. */
  after?: KnowledgeCounts;
  error?: string;
  /** What Discord made of the commands; absent where this process does not register them. */
  registration?: Registration;
}

export function countsOf(corpus: Corpus): KnowledgeCounts {
  return {
    articles: corpus.documents.length,
    sentences: corpus.sentences.length,
    figures: corpus.sentences.reduce((total, sentence) => total + sentence.figures.length, 0),
    topics: corpus.topics.length,
  };
}

/** A short version of the knowledge, carried by buttons so they refuse to point into other articles. */
export function versionOf(corpus: Corpus): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  };
  for (const document of corpus.documents) feed(document.file);
  for (const sentence of corpus.sentences) feed(sentence.text);
  return (hash >>> 0).toString(36).padStart(7, '0').slice(-6);
}

/** How often reading a large folder logs how far it got. */
const PROGRESS_EVERY_MS = 1000;

/** Lets timers and sockets run: interactions that arrived meanwhile are answered. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads the folder, logging progress about once a second and each file skipped; returns how long
 * reading took. With `pause`, other work runs between files.
 */
async function loadLogged(
  dir: string,
  logger: Logger,
  pause?: () => Promise<void>,
): Promise<{ corpus: Corpus; readMs: number }> {
  const started = performance.now();
  let lastLogged = started;
  const corpus = await loadKnowledge(dir, {
    reservedTopicNames: RESERVED_NAMES,
    ...(pause ? { pause } : {}),
    onWarning: (file, problem) => logger.warn({ file, problem }, 'knowledge file skipped'),
    onProgress: (filesRead, filesTotal, sentences) => {
      const now = performance.now();
      if (now - lastLogged < PROGRESS_EVERY_MS) return;
      lastLogged = now;
      logger.info({ filesRead, filesTotal, sentences }, 'reading knowledge');
    },
  });
  return { corpus, readMs: Math.round(performance.now() - started) };
}

/** The snapshot's log lines, through the bot's logger. */
const snapshotLog =
  (logger: Logger): SnapshotLog =>
  (level, fields, message) =>
    logger[level](fields, message);

export interface KnowledgeStoreOptions {
  /** Where the index snapshot is kept (config `dataDir`); undefined: always built from the files. */
  dataDir?: string;
}

/**
 * The knowledge the bot serves, swapped whole on reload: a failed reload keeps the old index
 * serving (nothing is half-loaded), a successful one replaces it for the next interaction.
 */
export class KnowledgeStore {
  private commands: CommandSet;
  private reloading: Promise<ReloadReport> | null = null;
  /**
   * Registers the commands with Discord after a reload, where this process does (it runs shard
   * 0); what Discord already has is left alone.
   */
  register: ((commands: CommandSet) => Promise<Registration>) | null = null;
  private saving: Promise<void> = Promise.resolve();

  private readonly dir: string;
  private readonly logger: Logger;
  private readonly services: BotServices;
  private readonly options: KnowledgeStoreOptions;

  private constructor(
    dir: string,
    logger: Logger,
    services: BotServices,
    options: KnowledgeStoreOptions,
    opened: OpenedIndex,
  ) {
    this.dir = dir;
    this.logger = logger;
    this.services = services;
    this.options = options;
    warmUp(opened.index);
    this.commands = this.commandsFor(opened);
  }

  /**
   * Opens the folder. `services.reload` defaults to this store's own reload; a sharded bot
   * replaces it with one that reaches every shard.
   */
  static async open(
    dir: string,
    logger: Logger,
    services: Omit<BotServices, 'reload'> & Partial<Pick<BotServices, 'reload'>>,
    options: KnowledgeStoreOptions = {},
  ): Promise<KnowledgeStore> {
    const started = performance.now();
    const opened = await openKnowledge(dir, logger, options, false);
    // The store's reload is added once the store exists.
    const all: BotServices = {
      ...services,
      reload: services.reload ?? (async () => store.reload()),
    };
    const store = new KnowledgeStore(dir, logger, all, options, opened);
    logger.info(
      {
        ...countsOf(opened.index.corpus),
        from: opened.from,
        readyMs: Math.round(performance.now() - started),
      },
      'knowledge indexed',
    );
    return store;
  }

  /** Resolves once the latest index snapshot is written: wait for it before exiting. */
  get snapshotSaved(): Promise<void> {
    return this.saving;
  }

  get current(): CommandSet {
    return this.commands;
  }

  /** Re-reads the folder; concurrent calls share one reload. */
  reload(): Promise<ReloadReport> {
    this.reloading ??= this.doReload().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  /** The commands over a new index; its snapshot, if one is being written, is waited for on exit. */
  private commandsFor({ index, saved }: OpenedIndex): CommandSet {
    this.saving = this.saving.then(() => saved);
    return buildCommands(index, { version: versionOf(index.corpus), services: this.services });
  }

  /**
   * Reads and indexes the folder in slices, answering interactions in between: the index being
   * served stays until the new one is whole. The search code is already warm by then.
   */
  private async doReload(): Promise<ReloadReport> {
    const before = countsOf(this.commands.index.corpus);
    let next: CommandSet;
    try {
      // Re-read from the files even if the snapshot is current: that is what /reload asks.
      const opened = await openKnowledge(this.dir, this.logger, this.options, true);
      await breathe();
      next = this.commandsFor(opened);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ error: message }, 'reload failed, previous knowledge kept');
      return { before, error: message };
    }
    this.commands = next;
    const after = countsOf(next.index.corpus);
    this.logger.info({ before, after }, 'knowledge reloaded');
    // Registered even when the commands look unchanged: a refusal earlier left Discord behind.
    const registration = this.register ? await this.register(next) : undefined;
    return { before, after, ...(registration ? { registration } : {}) };
  }
}

/**
 * The folder's index: from its snapshot when current, else read and built (logging how long each
 * took) and saved for the next start. `reload` rebuilds from the files whatever the snapshot, in
 * slices (see `doReload`).
 */
function openKnowledge(
  dir: string,
  logger: Logger,
  options: KnowledgeStoreOptions,
  reload: boolean,
): Promise<OpenedIndex> {
  return openIndex({
    knowledgeDir: dir,
    dataDir: options.dataDir,
    reservedTopicNames: RESERVED_NAMES,
    fresh: reload,
    log: snapshotLog(logger),
    build: async (): Promise<SearchIndex> => {
      const { corpus, readMs } = await loadLogged(dir, logger, reload ? breathe : undefined);
      const started = performance.now();
      const index = reload ? await buildIndexInSlices(corpus, breathe) : buildIndex(corpus);
      logger.info({ readMs, indexMs: Math.round(performance.now() - started) }, 'index built');
      return index;
    },
  });
}
