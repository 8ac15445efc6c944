/**
 * Buttons and menus carry their whole state in `custom_id` (at most 100 characters), so a press
 * works after a restart and the bot keeps no per-message memory: the reader who asked, the
 * knowledge version, the page, and the sentences of the answer.
 *
 * Format: `<action>|<owner>|<version>|<page>|<ids>` with ids in base 36 joined by `.`.
 */
export const CUSTOM_ID_MAX = 100;

export type PageAction = 'more' | 'previous' | 'share';
const PAGE_ACTIONS: Record<PageAction, string> = { more: 'm', previous: 'p', share: 's' };
const CONTEXT_ACTION = 'c';
const DID_YOU_MEAN_ACTION = 'd';
const SHARE_MESSAGE_ACTION = 'x';

export interface PageState {
  action: PageAction;
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
  | { action: 'context'; version: string; sentenceId: number }
  | { action: 'did-you-mean'; owner: string; version: string }
  /** Posts the private message the button sits on publicly, as it is (a checked message). */
  | { action: 'share-message'; owner: string };

const SNOWFLAKE = /^\d{1,20}$/u;
const VERSION = /^[0-9a-z]{1,8}$/u;
const ID = /^[0-9a-z]{1,7}$/u;

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
    ].join('|');
    if (encoded.length <= CUSTOM_ID_MAX) return encoded;
  }
  return encoded.slice(0, CUSTOM_ID_MAX);
}

export function encodeContext(version: string, sentenceId: number): string {
  return [CONTEXT_ACTION, version, sentenceId.toString(36)].join('|');
}

export function encodeDidYouMean(owner: string, version: string): string {
  return [DID_YOU_MEAN_ACTION, owner, version].join('|');
}

export function encodeShareMessage(owner: string): string {
  return [SHARE_MESSAGE_ACTION, owner].join('|');
}

/** Reads a custom_id back; anything forged, truncated or from another bot gives null. */
export function decodeCustomId(customId: string): ComponentState | null {
  if (customId.length > CUSTOM_ID_MAX) return null;
  const [action, ...parts] = customId.split('|');
  if (action === CONTEXT_ACTION && parts.length === 2) {
    const [version = '', id = ''] = parts;
    return VERSION.test(version) && ID.test(id)
      ? { action: 'context', version, sentenceId: Number.parseInt(id, 36) }
      : null;
  }
  if (action === DID_YOU_MEAN_ACTION && parts.length === 2) {
    const [owner = '', version = ''] = parts;
    return SNOWFLAKE.test(owner) && VERSION.test(version)
      ? { action: 'did-you-mean', owner, version }
      : null;
  }
  if (action === SHARE_MESSAGE_ACTION && parts.length === 1) {
    const [owner = ''] = parts;
    return SNOWFLAKE.test(owner) ? { action: 'share-message', owner } : null;
  }
  const pageAction = (Object.keys(PAGE_ACTIONS) as PageAction[]).find(
    (key) => PAGE_ACTIONS[key] === action,
  );
  if (pageAction === undefined || parts.length !== 4) return null;
  const [owner = '', version = '', page = '', ids = ''] = parts;
  const sentenceIds = ids.split('.');
  if (
    !SNOWFLAKE.test(owner) ||
    !VERSION.test(version) ||
    !/^\d{1,2}$/u.test(page) ||
    !sentenceIds.every((id) => ID.test(id))
  ) {
    return null;
  }
  return {
    action: pageAction,
    owner,
    version,
    page: Number(page),
    sentenceIds: sentenceIds.map((id) => Number.parseInt(id, 36)),
  };
}
