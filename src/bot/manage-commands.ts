import { REST, type RESTGetAPIOAuth2CurrentApplicationResult, Routes } from 'discord.js';
import { ConfigError, loadConfig } from '../config.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KnowledgeError } from '../knowledge/parse.ts';
import { buildIndex } from '../search/search-index.ts';
import {
  type CommandScope,
  fetchCommands,
  putCommands,
  scopeName,
} from './command-registration.ts';
import { buildCommands, definitionsOf, RESERVED_NAMES } from './commands/registry.ts';

const USAGE = `usage: npm run commands -- register|show|clear
  register  send this bot's commands (topics from KNOWLEDGE_DIR included) in one bulk overwrite
  show      list the commands Discord has
  clear     remove them all (an empty bulk overwrite)
To the server DISCORD_GUILD_ID when it is set, else global. Needs DISCORD_TOKEN.`;

/** The definitions `npm start` would register, built from the knowledge folder's topics. */
async function definitions(knowledgeDir: string) {
  const corpus = await loadKnowledge(knowledgeDir, { reservedTopicNames: RESERVED_NAMES });
  const unused = () => Promise.reject(new Error('not available here'));
  const commands = buildCommands(buildIndex(corpus), {
    version: '',
    services: { reload: unused, stats: unused, reloadWait: () => 0 },
  });
  return definitionsOf(commands);
}

/** `npm run commands -- register|show|clear`: exit 0 done, 1 Discord or setup failed, 2 usage. */
async function main(argv: string[]): Promise<number> {
  const action = argv[0];
  if (argv.length !== 1 || !['register', 'show', 'clear'].includes(action ?? '')) {
    process.stderr.write(`${USAGE}\n`);
    return argv[0] === '--help' ? 0 : 2;
  }
  const config = loadConfig();
  const { token, guildId, apiUrl } = config.discord;
  if (!token) throw new ConfigError('DISCORD_TOKEN is not set: commands belong to a bot');
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const application = (await rest.get(
    Routes.currentApplication(),
  )) as RESTGetAPIOAuth2CurrentApplicationResult;
  const scope: CommandScope = { applicationId: application.id, guildId };
  const where = guildId ? `server ${guildId}` : 'global (may take up to an hour to show)';
  if (action === 'show') {
    const registered = await fetchCommands(rest, scope);
    process.stdout.write(`${registered.length} commands, ${where}\n`);
    for (const command of registered) {
      process.stdout.write(`/${String(command.name)} — ${String(command.description)}\n`);
    }
    return 0;
  }
  const sent = action === 'clear' ? [] : await definitions(config.knowledgeDir);
  const registered = await putCommands(rest, scope, sent);
  process.stdout.write(
    action === 'clear'
      ? `cleared: no ${scopeName(scope)} commands left, ${where}\n`
      : `registered ${registered.length} commands, ${where}\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const expected = error instanceof ConfigError || error instanceof KnowledgeError;
    const text =
      error instanceof Error
        ? expected
          ? error.message
          : `${error.name}: ${error.message}`
        : String(error);
    process.stderr.write(`error: ${text}\n`);
    process.exit(1);
  },
);
