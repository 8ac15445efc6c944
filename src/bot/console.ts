import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ApplicationCommandOptionType } from 'discord.js';
import { passagesFor } from '../search/passages-for.ts';
import type { Command, CommandOutcome, CommandRequest, OptionValue } from './command.ts';
import type { CommandSet } from './commands/registry.ts';
import { fitReply } from './discord-limits.ts';
import { type Language, MESSAGES } from './i18n.ts';
import { PAGE_SIZE, renderPage } from './render-answer.ts';
import type { BotReply } from './reply.ts';
import type { StatsStore } from './store/types.ts';

/**
 * A local console that speaks the bot's slash commands, for trying the bot without a Discord
 * application: `/ask question: Où se sont rencontrés Wang Yi et Sullivan ?`. Replies go through
 * the same command handlers and Discord limits as on Discord, then print as text.
 */

export interface ParsedLine {
  command: Command;
  request: CommandRequest;
}

const TRUE_WORDS = new Set(['true', 'yes', 'oui', 'vrai', '1']);
/** The console's one reader. */
const CONSOLE_USER = 'console';

/** Reads `/name option: value other: value`, or `/name free text` for the first text option. */
export function parseCommandLine(
  line: string,
  commands: CommandSet,
  defaultLanguage: Language,
): ParsedLine | { error: string } {
  const match = /^\/(\S+)\s*(.*)$/su.exec(line.trim());
  if (match === null) return { error: MESSAGES[defaultLanguage].consoleNoSlash };
  const [, typedName = '', rest = ''] = match;
  const name = typedName.toLowerCase();
  const command = commands.commands.find(
    ({ definition }) => definition.name === name || definition.name_localizations?.fr === name,
  );
  if (command === undefined)
    return { error: MESSAGES[defaultLanguage].consoleUnknownCommand(name) };
  const language: Language =
    command.definition.name_localizations?.fr === name && name !== command.definition.name
      ? 'fr'
      : defaultLanguage;

  const declared = command.definition.options ?? [];
  const byTypedName = new Map<string, (typeof declared)[number]>();
  for (const option of declared) {
    byTypedName.set(option.name, option);
    const french = option.name_localizations?.fr;
    if (french) byTypedName.set(french, option);
  }
  const options = new Map<string, OptionValue>();
  const names = [...byTypedName.keys()].map((key) => key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const pattern = names.length > 0 ? new RegExp(`(?:^|\\s)(${names.join('|')}):\\s*`, 'gu') : null;
  const marks = pattern ? [...rest.matchAll(pattern)] : [];
  const lead = (marks[0] ? rest.slice(0, marks[0].index) : rest).trim();
  const firstText = declared.find((option) => option.type === ApplicationCommandOptionType.String);
  if (lead !== '' && firstText) options.set(firstText.name, lead);
  marks.forEach((mark, i) => {
    const option = byTypedName.get(mark[1] ?? '');
    const end = marks[i + 1]?.index ?? rest.length;
    const value = rest.slice(mark.index + mark[0].length, end).trim();
    if (option === undefined) return;
    options.set(
      option.name,
      option.type === ApplicationCommandOptionType.Boolean
        ? TRUE_WORDS.has(value.toLowerCase())
        : value,
    );
  });
  // The person at the console runs the bot: its owner, managing no server in particular.
  return {
    command,
    request: {
      options,
      language,
      userId: CONSOLE_USER,
      guildId: null,
      place: 'console',
      canManageGuild: true,
      isOwner: true,
    },
  };
}

/** Undoes Discord markdown for a terminal: escapes removed, bold as bold (or plain). */
function plain(text: string, colour: boolean): string {
  return text
    .replace(/\*\*(.+?)\*\*/gsu, colour ? '\u001b[1m$1\u001b[22m' : '$1')
    .replace(/\\([\\*_`~|>#\-[\]().!:@<+=])/gu, '$1')
    .replace(/\u200b/gu, '');
}

/** Discord's `> ` quotes start with a bar in the terminal, where `> ` is the prompt. */
const unquote = (text: string) => text.replace(/^> /gmu, '│ ');

/** A reply as terminal text: title, quote, fields, footer, in the reply's language. */
export function renderReplyText(reply: BotReply, language: Language, colour = false): string {
  const fitted = fitReply({ content: reply.content, embeds: reply.embeds });
  const blocks: string[] = [];
  const text = (markdown: string) => plain(unquote(markdown), colour);
  if (fitted.content) blocks.push(text(fitted.content));
  for (const embed of fitted.embeds ?? []) {
    if (embed.title) blocks.push(plain(colour ? `**${embed.title}**` : embed.title, colour));
    if (embed.description) blocks.push(text(embed.description));
    for (const field of embed.fields ?? [])
      blocks.push(`${plain(field.name, colour)}\n${text(field.value)}`);
    if (embed.footer?.text) blocks.push(`— ${embed.footer.text}`);
  }
  if (reply.ephemeral) blocks.push(MESSAGES[language].consolePrivate);
  return `${blocks.join('\n\n')}\n`;
}

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  commands: () => CommandSet;
  /** Where the console's questions are counted, for its own /stats. */
  stats: StatsStore;
  language: Language;
  /** A person at a terminal: show a prompt and colours. */
  interactive: boolean;
}

/** What `more` and `context` need: the passages of the last answer and the page shown. */
interface LastAnswer {
  sentenceIds: number[];
  title: string;
  page: number;
  language: Language;
}

/** Reads one command a line until the input ends. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { output, interactive } = options;
  const lines = createInterface({
    input: options.input,
    output: interactive ? output : undefined,
    terminal: interactive,
    crlfDelay: Infinity,
  });
  let last: LastAnswer | null = null;
  const messages = MESSAGES[options.language];
  const print = (reply: BotReply, language: Language) =>
    output.write(`${renderReplyText(reply, language, interactive)}\n`);

  const browse = (word: string): void => {
    const commands = options.commands();
    if (last === null) {
      output.write(`${messages.consoleAskFirst}\n`);
      return;
    }
    const passages = passagesFor(commands.index, last.sentenceIds, last.title) ?? [];
    if (word === 'context') {
      const passage = passages[last.page * PAGE_SIZE];
      if (passage) output.write(`${passage.passage}\n\n`);
      return;
    }
    if ((last.page + 1) * PAGE_SIZE >= passages.length) {
      output.write(`${MESSAGES[last.language].consoleNoMore}\n`);
      return;
    }
    last.page++;
    print(
      renderPage(passages, {
        language: last.language,
        safeTitle: last.title,
        page: last.page,
        ephemeral: false,
      }),
      last.language,
    );
  };

  if (interactive) {
    output.write(`${messages.consoleHelp}\n`);
    lines.setPrompt('> ');
    lines.prompt();
  }
  for await (const line of lines) {
    const word = line.trim().toLowerCase();
    if (word === 'more' || word === 'context' || word === 'suite' || word === 'contexte') {
      browse(word.startsWith('cont') ? 'context' : 'more');
    } else if (word !== '') {
      const parsed = parseCommandLine(line, options.commands(), options.language);
      if ('error' in parsed) {
        output.write(`${parsed.error}\n`);
      } else {
        try {
          const commands = options.commands();
          const context = { ...commands, interactive: false };
          const refusal = parsed.command.refuse?.(parsed.request, context) ?? null;
          const outcome: CommandOutcome = refusal
            ? { reply: refusal }
            : await parsed.command.execute(parsed.request, context);
          print(outcome.reply, parsed.request.language);
          if (parsed.command.answers && !refusal) {
            await options.stats.record({
              guildId: null,
              command: parsed.command.definition.name,
              locale: parsed.request.language,
              answered: outcome.answered ?? false,
              question: outcome.question,
            });
          }
          last = outcome.sentenceIds
            ? {
                sentenceIds: outcome.sentenceIds,
                title: outcome.reply.embeds[0]?.title ?? '',
                page: 0,
                language: parsed.request.language,
              }
            : last;
        } catch (error) {
          // One bad command must not end the session.
          const reason = error instanceof Error ? error.message : String(error);
          output.write(`${MESSAGES[parsed.request.language].consoleError}: ${reason}\n`);
        }
      }
    }
    if (interactive) lines.prompt();
  }
}
