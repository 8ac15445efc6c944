// Builders for the JSON objects the fake Discord sends: snowflakes, interactions, messages.
// Shapes follow Discord's API v10 closely enough that discord.js 14 accepts them without throwing.

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake whose timestamp part is `at` (ms); ids made in one process never repeat. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  // Worker id 1, process id 0: keeps ids recognisably fake without mattering to discord.js.
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** The shard that receives a guild's events: (guild_id >> 22) % shardCount, as Discord routes. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A plausible guild id that Discord would route to `shardId` of `shardCount`. */
export function guildIdForShard(shardId: number, shardCount: number): string {
  const ms = BigInt(Date.now()) - DISCORD_EPOCH;
  const count = BigInt(shardCount);
  const aligned = ms - (((ms % count) - BigInt(shardId) + count) % count);
  return (aligned << 22n).toString();
}

/** Fresh interaction token: long and URL-safe like Discord's. */
export function interactionToken(): string {
  const random = Buffer.from(crypto.getRandomValues(new Uint8Array(48))).toString('base64url');
  return `aW50ZXJhY3Rpb246${random}`;
}

export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges plain objects recursively; arrays and scalars in `override` replace, undefined is skipped. */
export function deepMerge<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override)) {
    return (override === undefined ? base : override) as T;
  }
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    out[key] = deepMerge(out[key], value);
  }
  return out as T;
}

export interface UserPayload {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
  public_flags?: number;
  [key: string]: unknown;
}

export interface MemberPayload {
  user: UserPayload;
  roles: string[];
  joined_at: string;
  permissions: string;
  nick?: string | null;
  [key: string]: unknown;
}

/** The `d` of an INTERACTION_CREATE dispatch. */
export interface InteractionPayload {
  id: string;
  application_id: string;
  type: number;
  token: string;
  version: number;
  guild_id: string;
  channel_id: string;
  channel: { id: string; type: number; [key: string]: unknown };
  member: MemberPayload;
  data: Record<string, unknown>;
  message?: Record<string, unknown>;
  app_permissions: string;
  locale: string;
  guild_locale: string;
  entitlements: unknown[];
  authorizing_integration_owners: Record<string, string>;
  context: number;
  attachment_size_limit: number;
  [key: string]: unknown;
}

export type InteractionOverrides = DeepPartial<InteractionPayload>;

export interface InteractionContext {
  applicationId: string;
  botUser: UserPayload;
  guildId: string;
  channelId: string;
  user: UserPayload;
}

// Every permission bit a member of a default server with @everyone has would be overkill;
// this is VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS.
const MEMBER_PERMISSIONS = (
  (1n << 10n) |
  (1n << 11n) |
  (1n << 14n) |
  (1n << 16n) |
  (1n << 31n)
).toString();
// What a bot invited with "Send Messages" + "Embed Links" typically has in a channel.
const APP_PERMISSIONS = ((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n)).toString();

/** Default `data` for each interaction type, so callers only state what they care about. */
function defaultData(type: number): Record<string, unknown> {
  switch (type) {
    case 3:
      return { custom_id: 'button', component_type: 2 };
    case 4:
      return {
        id: snowflake(),
        name: 'ping',
        type: 1,
        options: [{ name: 'query', type: 3, value: '', focused: true }],
      };
    case 5:
      return { custom_id: 'modal', components: [] };
    default:
      return { id: snowflake(), name: 'ping', type: 1 };
  }
}

/** Builds a complete INTERACTION_CREATE payload; `overrides` are deep-merged over the defaults. */
export function buildInteraction(
  ctx: InteractionContext,
  overrides: InteractionOverrides = {},
): InteractionPayload {
  const type = overrides.type ?? 2;
  const guildId = overrides.guild_id ?? ctx.guildId;
  const channelId = overrides.channel_id ?? overrides.channel?.id ?? ctx.channelId;
  const base: InteractionPayload = {
    id: snowflake(),
    application_id: ctx.applicationId,
    type,
    token: interactionToken(),
    version: 1,
    guild_id: guildId,
    channel_id: channelId,
    channel: {
      id: channelId,
      type: 0,
      guild_id: guildId,
      name: 'general',
      position: 0,
      flags: 0,
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      permissions: APP_PERMISSIONS,
    },
    member: {
      user: { ...ctx.user },
      roles: [],
      joined_at: new Date(Date.now() - 86_400_000).toISOString(),
      permissions: MEMBER_PERMISSIONS,
      nick: null,
      avatar: null,
      banner: null,
      premium_since: null,
      communication_disabled_until: null,
      deaf: false,
      mute: false,
      pending: false,
      flags: 0,
      unusual_dm_activity_until: null,
    },
    data: defaultData(type),
    app_permissions: APP_PERMISSIONS,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
  if (type === 3) {
    // A component interaction always carries the message its component sits on.
    const customId = (overrides.data?.custom_id as string | undefined) ?? 'button';
    base.message = buildMessage({
      applicationId: ctx.applicationId,
      author: ctx.botUser,
      channelId,
      guildId,
      type: 20,
      body: {
        content: 'Message with a button',
        components: [
          { type: 1, components: [{ type: 2, style: 1, label: 'Press', custom_id: customId }] },
        ],
      },
    });
  }
  return deepMerge(base, overrides);
}

export interface MessageInput {
  applicationId: string;
  author: UserPayload;
  channelId: string;
  guildId?: string;
  /** 0 default, 19 reply, 20 chat-input command response. */
  type: number;
  /** The JSON the bot sent (content, embeds, components, flags...). */
  body: Record<string, unknown>;
  id?: string;
  interaction?: InteractionPayload;
}

/** A message object as Discord returns it after a bot creates or edits one. */
export function buildMessage(input: MessageInput): Record<string, unknown> {
  const { body } = input;
  const id = input.id ?? snowflake();
  const message: Record<string, unknown> = {
    id,
    type: input.type,
    channel_id: input.channelId,
    author: { ...input.author },
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    application_id: input.applicationId,
    webhook_id: input.applicationId,
  };
  if (input.guildId) message.guild_id = input.guildId;
  if (input.interaction) {
    const { interaction } = input;
    // A DM's interaction has its user at the top level, and no member.
    const member = interaction.member as MemberPayload | undefined;
    const user = member?.user ?? (interaction.user as UserPayload);
    message.interaction_metadata = {
      id: interaction.id,
      type: interaction.type,
      user,
      authorizing_integration_owners: interaction.authorizing_integration_owners,
    };
    message.interaction = {
      id: interaction.id,
      type: interaction.type,
      name: interaction.data.name ?? '',
      user,
      ...(member ? { member: { ...member, user: undefined } } : {}),
    };
  }
  return message;
}

/** Applies an edit body to a stored message, the way PATCH …/messages/{id} does. */
export function editMessage(
  message: Record<string, unknown>,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const edited: Record<string, unknown> = {
    ...message,
    edited_timestamp: new Date().toISOString(),
  };
  for (const key of ['content', 'embeds', 'components', 'flags'] as const) {
    if (body[key] !== undefined && body[key] !== null) edited[key] = body[key];
  }
  return edited;
}
