/**
 * The baseline of `npm run bench:discord`: a discord.js client that replies "pong" at once, run
 * in its own process as the bot is, so that both pay the same for the client and the machine.
 * Reads DISCORD_TOKEN and DISCORD_API_URL, set by the benchmark.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  rest: { api: process.env.DISCORD_API_URL ?? '' },
});
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) {
    interaction.reply({ content: 'pong', allowedMentions: { parse: [] } }).catch(() => {});
  }
});
process.on('SIGTERM', () => {
  client.destroy().finally(() => process.exit(0));
});
await client.login(process.env.DISCORD_TOKEN ?? '');
