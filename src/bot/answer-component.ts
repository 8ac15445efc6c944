import { type ButtonInteraction, MessageFlags, type StringSelectMenuInteraction } from 'discord.js';
import { findPassages, findTopicPassages } from '../search/find-passages.ts';
import { passagesFor } from '../search/passages-for.ts';
import { type BotRuntime, cooldownNote, recordStats } from './bot-runtime.ts';
import { commandNamesIn } from './command.ts';
import type { CommandSet } from './commands/registry.ts';
import { decodeCustomId, type PageState, placeOf } from './custom-id.ts';
import { note, toDiscordMessage, toDiscordUpdate } from './discord-message.ts';
import { type Language, languageOf, MESSAGES } from './i18n.ts';
import { localeOf } from './interaction-request.ts';
import {
  CHOICE_TOPIC,
  CHOICE_WORD,
  COLOURS,
  escapeText,
  MAX_RESULTS,
  PAGE_SIZE,
  renderAnswer,
  renderPage,
} from './render-answer.ts';
import type { BotReply } from './reply.ts';

/** The page an answer's button asks for, rebuilt from its custom_id and the message it sits on. */
function pageReply(
  interaction: ButtonInteraction,
  state: PageState,
  commands: CommandSet,
  language: Language,
): BotReply | null {
  const title = interaction.message.embeds[0]?.title ?? '';
  const passages = passagesFor(commands.index, state.sentenceIds, title);
  if (passages === null || state.page * PAGE_SIZE >= passages.length) return null;
  const ephemeral =
    state.action === 'share' ? false : interaction.message.flags.has(MessageFlags.Ephemeral);
  return renderPage(passages, {
    language,
    safeTitle: title,
    page: state.page,
    ephemeral,
    buttons: { owner: state.owner, version: commands.version, place: state.place },
  });
}

/** The whole paragraph around a quoted sentence, the sentence in bold. */
function contextReply(
  commands: CommandSet,
  sentenceId: number,
  language: Language,
): BotReply | null {
  const { corpus } = commands.index;
  const sentence = corpus.sentences[sentenceId];
  if (sentence === undefined) return null;
  const document = corpus.documents[sentence.documentId];
  const section = document?.sections[sentence.sectionIndex];
  const paragraph = section?.paragraphs.find((entry) => entry.number === sentence.paragraph);
  const text = (paragraph?.sentenceIds ?? [sentenceId])
    .map((id) => corpus.sentences[id]?.text ?? '')
    .map((part, _index, all) =>
      all.length > 1 && part === sentence.text ? `**${escapeText(part)}**` : escapeText(part),
    )
    .join(' ');
  const messages = MESSAGES[language];
  return {
    ephemeral: true,
    embeds: [
      {
        title: messages.contextTitle,
        description: `> ${text}\n— ${escapeText([section?.heading ?? messages.sectionLead, messages.paragraph(sentence.paragraph)].join(' — '))}`,
        color: COLOURS.answer,
        footer: { text: document?.title ?? '' },
      },
    ],
  };
}

export async function answerComponent(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  runtime: BotRuntime,
): Promise<void> {
  const commands = runtime.commands();
  const language = languageOf(localeOf(interaction));
  const messages = MESSAGES[language];
  const state = decodeCustomId(interaction.customId);
  const log = {
    interaction: interaction.id,
    component: interaction.customId.slice(0, 1),
    locale: localeOf(interaction),
  };
  const stale = () => interaction.reply(toDiscordMessage(note(messages.staleButton)));
  if (state === null) {
    runtime.logger.info(log, 'stale or unknown component');
    await stale();
    return;
  }
  // Made in another server or channel (or a DM) and replayed here: refused.
  if (state.place !== placeOf(interaction.guildId, interaction.channelId)) {
    runtime.logger.info({ ...log, guild: interaction.guildId }, 'component from elsewhere');
    await interaction.reply(toDiscordMessage(note(messages.wrongPlace)));
    return;
  }
  if (state.action === 'share-message') {
    // The private reply the button sits on, posted as it is: it holds no state to go stale.
    if (state.owner !== interaction.user.id) {
      await interaction.reply(toDiscordMessage(note(messages.notYourAnswer)));
      return;
    }
    const embeds = interaction.message.embeds.map((embed) => embed.toJSON());
    await interaction.reply(toDiscordMessage({ ephemeral: false, embeds }));
    runtime.logger.info(log, 'component answered');
    return;
  }
  if (state.version !== commands.version) {
    runtime.logger.info(log, 'stale or unknown component');
    await stale();
    return;
  }
  if (state.action === 'context') {
    const reply = contextReply(commands, state.sentenceId, language);
    await (reply ? interaction.reply(toDiscordMessage(reply)) : stale());
    return;
  }
  if (state.owner !== interaction.user.id) {
    await interaction.reply(toDiscordMessage(note(messages.notYourAnswer)));
    return;
  }
  if (state.action === 'did-you-mean') {
    if (!interaction.isStringSelectMenu()) return stale().then(() => undefined);
    const slowDown = await cooldownNote(runtime, interaction.user.id, language);
    if (slowDown) {
      await interaction.reply(toDiscordMessage(slowDown));
      return;
    }
    const [choice = ''] = interaction.values;
    const topic = choice.startsWith(CHOICE_TOPIC)
      ? commands.index.corpus.topics.find(
          (candidate) => candidate.name === choice.slice(CHOICE_TOPIC.length),
        )
      : undefined;
    const word = choice.startsWith(CHOICE_WORD) ? choice.slice(CHOICE_WORD.length) : '';
    if (topic === undefined && word === '') {
      await stale();
      return;
    }
    const answer = topic
      ? findTopicPassages(commands.index, topic, undefined, { limit: MAX_RESULTS })
      : findPassages(commands.index, word, { limit: MAX_RESULTS });
    await recordStats(runtime, interaction, {
      command: 'did-you-mean',
      answered: answer.answered,
      question: topic ? undefined : word,
    });
    const reply = renderAnswer(answer, {
      language,
      title: topic ? topic.label[language] : word,
      topics: commands.index.corpus.topics,
      commandNames: commandNamesIn(commands.commands, language),
      ephemeral: interaction.message.flags.has(MessageFlags.Ephemeral),
      buttons: { owner: state.owner, version: commands.version, place: state.place },
    });
    await interaction.update(toDiscordUpdate(reply));
    return;
  }
  if (!interaction.isButton()) {
    await stale();
    return;
  }
  const reply = pageReply(interaction, state, commands, language);
  if (reply === null) {
    await stale();
  } else if (state.action === 'share') {
    await interaction.reply(toDiscordMessage(reply));
  } else {
    await interaction.update(toDiscordUpdate(reply));
  }
  runtime.logger.info({ ...log, page: state.page }, 'component answered');
}
