import { loadKnowledge } from '../knowledge/load.ts';
import type { Corpus } from '../knowledge/types.ts';
import { warmUp } from '../search/find-passages.ts';
import { buildIndex } from '../search/search-index.ts';
import type { BotServices } from './command.ts';
import { buildCommands, type CommandSet, RESERVED_NAMES } from './commands/registry.ts';
import type { Logger } from './logger.ts';

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
  commandsChanged: boolean;
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

/** Reads the folder, logging progress about once a second; returns how long reading took. */
async function loadLogged(
  dir: string,
  logger: Logger,
): Promise<{ corpus: Corpus; readMs: number }> {
  const started = performance.now();
  let lastLogged = started;
  const corpus = await loadKnowledge(dir, {
    reservedTopicNames: RESERVED_NAMES,
    onProgress: (filesRead, filesTotal, sentences) => {
      const now = performance.now();
      if (now - lastLogged < PROGRESS_EVERY_MS) return;
      lastLogged = now;
      logger.info({ filesRead, filesTotal, sentences }, 'reading knowledge');
    },
  });
  return { corpus, readMs: Math.round(performance.now() - started) };
}

const definitionsOf = (commands: CommandSet) =>
  JSON.stringify(commands.commands.map((command) => command.definition));

/**
 * The knowledge the bot serves, swapped whole on reload: a failed reload keeps the old index
 * serving (nothing is half-loaded), a successful one replaces it for the next interaction.
 */
export class KnowledgeStore {
  private commands: CommandSet;
  private reloading: Promise<ReloadReport> | null = null;
  /** Called when a reload changes the command definitions (a topic added, renamed, removed). */
  onCommandsChanged: (commands: CommandSet) => Promise<void> = async () => {};

  private constructor(
    private readonly dir: string,
    private readonly logger: Logger,
    private readonly services: BotServices,
    corpus: Corpus,
  ) {
    this.commands = this.build(corpus);
  }

  static async open(
    dir: string,
    logger: Logger,
    services: Omit<BotServices, 'reload'>,
  ): Promise<KnowledgeStore> {
    const { corpus, readMs } = await loadLogged(dir, logger);
    const started = performance.now();
    // The store's reload is added once the store exists.
    const all: BotServices = { ...services, reload: async () => store.reload() };
    const store = new KnowledgeStore(dir, logger, all, corpus);
    logger.info(
      { ...countsOf(corpus), readMs, indexMs: Math.round(performance.now() - started) },
      'knowledge indexed',
    );
    return store;
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

  private build(corpus: Corpus): CommandSet {
    const index = buildIndex(corpus);
    warmUp(index);
    return buildCommands(index, {
      version: versionOf(corpus),
      services: this.services,
    });
  }

  private async doReload(): Promise<ReloadReport> {
    const before = countsOf(this.commands.index.corpus);
    let next: CommandSet;
    try {
      next = this.build((await loadLogged(this.dir, this.logger)).corpus);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ error: message }, 'reload failed, previous knowledge kept');
      return { before, error: message, commandsChanged: false };
    }
    const commandsChanged = definitionsOf(next) !== definitionsOf(this.commands);
    this.commands = next;
    const after = countsOf(next.index.corpus);
    this.logger.info({ before, after, commandsChanged }, 'knowledge reloaded');
    if (commandsChanged) await this.onCommandsChanged(next);
    return { before, after, commandsChanged };
  }
}
