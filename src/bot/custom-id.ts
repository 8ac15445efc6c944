/**
 * Buttons and menus carry their whole state in `custom_id` (at most 100 characters), so a press
 * works after a restart and the bot keeps no per-message memory: the reader who asked, the
 * knowledge version, the page, the sentences of the answer, and where the answer was posted.
 *
 * Format: `<action>|<owner>|<version>|<page>|<ids>|<place>` with ids in base 36 joined by `.`,
 * and `place` a short hash of the server (or, in a DM, the channel): a custom_id taken from one
 * server and replayed in another, or in a DM, is refused.
 */
export const CUSTOM_ID_MAX = 100;

export type PageAction = 'more' | 'previous' | 'share';
const PAGE_ACTIONS: Record<PageAction, string> = { more: 'm', previous: 'p', share: 's' };
const CONTEXT_ACTION = 'c';
const DID_YOU_MEAN_ACTION = 'd';
const SHARE_MESSAGE_ACTION = 'x';

/** Where an interaction happens: its server, or its channel outside servers, hashed short. */
export function placeOf(guildId: string | null, channelId: string | null): string {
  const key = guildId === null ? `c${channelId ?? ''}` : `g${guildId}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

export interface PageState {
  action: PageAction;
  /** `placeOf` the answer's server or channel. */
  place: string;
  /** User id of the reader who asked: only they may page. */
  owner: string;
  /** Knowledge version the ids refer to. */
  version: string;
  /** Page to show. */
  page: number;
  sentenceIds: number[];
}

export type ComponentState =
  | PageState
  | { action: 'context'; version: string; sentenceId: number; place: string }
  | { action: 'did-you-mean'; owner: string; version: string; place: string }
  /** Posts the private message the button sits on publicly, as it is (a checked message). */
  | { action: 'share-message'; owner: string; place: string };

const SNOWFLAKE = /^\d{1,20}$/u;
const VERSION = /^[0-9a-z]{1,8}$/u;
const ID = /^[0-9a-z]{1,7}$/u;
const PLACE = /^[0-9a-z]{1,7}$/u;

/** Encodes a page state, dropping trailing sentences until it fits. */
export function encodePage(state: PageState): string {
  const ids = state.sentenceIds.map((id) => id.toString(36));
  let encoded = '';
  for (let count = ids.length; count >= 1; count--) {
    encoded = [
      PAGE_ACTIONS[state.action],
      state.owner,
      state.version,
      state.page,
      ids.slice(0, count).join('.'),
      state.place,
    ].join('|');
    if (encoded.length <= CUSTOM_ID_MAX) return encoded;
  }
  return encoded.slice(0, CUSTOM_ID_MAX);
}

export function encodeContext(version: string, sentenceId: number, place: string): string {
  return [CONTEXT_ACTION, version, sentenceId.toString(36), place].join('|');
}

export function encodeDidYouMean(owner: string, version: string, place: string): string {
  return [DID_YOU_MEAN_ACTION, owner, version, place].join('|');
}

export function encodeShareMessage(owner: string, place: string): string {
  return [SHARE_MESSAGE_ACTION, owner, place].join('|');
}

/** Reads a custom_id back; anything forged, truncated or from another bot gives null. */
export function decodeCustomId(customId: string): ComponentState | null {
  if (customId.length > CUSTOM_ID_MAX) return null;
  const [action, ...parts] = customId.split('|');
  if (action === CONTEXT_ACTION && parts.length === 3) {
    const [version = '', id = '', place = ''] = parts;
    return VERSION.test(version) && ID.test(id) && PLACE.test(place)
      ? { action: 'context', version, sentenceId: Number.parseInt(id, 36), place }
      : null;
  }
  if (action === DID_YOU_MEAN_ACTION && parts.length === 3) {
    const [owner = '', version = '', place = ''] = parts;
    return SNOWFLAKE.test(owner) && VERSION.test(version) && PLACE.test(place)
      ? { action: 'did-you-mean', owner, version, place }
      : null;
  }
  if (action === SHARE_MESSAGE_ACTION && parts.length === 2) {
    const [owner = '', place = ''] = parts;
    return SNOWFLAKE.test(owner) && PLACE.test(place)
      ? { action: 'share-message', owner, place }
      : null;
  }
  const pageAction = (Object.keys(PAGE_ACTIONS) as PageAction[]).find(
    (key) => PAGE_ACTIONS[key] === action,
  );
  if (pageAction === undefined || parts.length !== 5) return null;
  const [owner = '', version = '', page = '', ids = '', place = ''] = parts;
  const sentenceIds = ids.split('.');
  if (
    !SNOWFLAKE.test(owner) ||
    !VERSION.test(version) ||
    !/^\d{1,2}$/u.test(page) ||
    !PLACE.test(place) ||
    !sentenceIds.every((id) => ID.test(id))
  ) {
    return null;
  }
  return {
    action: pageAction,
    place,
    owner,
    version,
    page: Number(page),
    sentenceIds: sentenceIds.map((id) => Number.parseInt(id, 36)),
  };
}
