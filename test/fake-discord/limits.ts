// Discord's documented limits, checked the way the real API does: a 400 "Invalid Form Body"
// (code 50035) whose `errors` tree points at the offending field. The OpenAPI spec misses some of
// these (the 6000-character embed total, the command name pattern, choice values over 100), so the
// fake enforces them itself; a bot that passes here will not be rejected by Discord for size.

export interface FieldError {
  path: (string | number)[];
  code: string;
  message: string;
}

export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: Record<string, unknown>;
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Length in characters (code points), not UTF-16 units. */
function length(value: string): number {
  return [...value].length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

class Checker {
  readonly errors: FieldError[] = [];

  add(path: (string | number)[], code: string, message: string): void {
    this.errors.push({ path, code, message });
  }

  max(path: (string | number)[], value: unknown, limit: number): void {
    if (typeof value === 'string' && length(value) > limit) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${limit} or fewer in length.`);
    } else if (Array.isArray(value) && value.length > limit) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${limit} or fewer in length.`);
    }
  }

  between(path: (string | number)[], value: unknown, min: number, limit: number): void {
    const n = typeof value === 'string' ? length(value) : 0;
    if (value === undefined || value === null || n < min || n > limit) {
      this.add(
        path,
        value === undefined || value === null ? 'BASE_TYPE_REQUIRED' : 'BASE_TYPE_BAD_LENGTH',
        value === undefined || value === null
          ? 'This field is required'
          : `Must be between ${min} and ${limit} in length.`,
      );
    }
  }
}

/** Builds Discord's nested error tree: { data: { content: { _errors: [...] } } }. */
export function invalidFormBody(errors: FieldError[]): DiscordErrorBody {
  const tree: Record<string, unknown> = {};
  for (const error of errors) {
    let node = tree;
    for (const key of error.path) {
      const name = String(key);
      const next = node[name];
      node[name] = isRecord(next) ? next : {};
      node = node[name] as Record<string, unknown>;
    }
    const list = Array.isArray(node._errors) ? node._errors : [];
    list.push({ code: error.code, message: error.message });
    node._errors = list;
  }
  return { code: 50035, message: 'Invalid Form Body', errors: tree };
}

function embedLength(embed: Record<string, unknown>): number {
  const footer = isRecord(embed.footer) ? embed.footer : {};
  const author = isRecord(embed.author) ? embed.author : {};
  let total =
    length(asString(embed.title)) +
    length(asString(embed.description)) +
    length(asString(footer.text)) +
    length(asString(author.name));
  for (const field of Array.isArray(embed.fields) ? embed.fields : []) {
    if (isRecord(field)) total += length(asString(field.name)) + length(asString(field.value));
  }
  return total;
}

/**
 * Checks a message body (create or edit). `prefix` places errors in the tree, e.g. ['data'] for
 * an interaction callback. Returns field errors; an empty new message is reported separately.
 */
export function checkMessage(body: Record<string, unknown>, prefix: string[] = []): FieldError[] {
  const c = new Checker();
  c.max([...prefix, 'content'], body.content, 2000);
  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  c.max([...prefix, 'embeds'], embeds, 10);
  let total = 0;
  embeds.forEach((embed, i) => {
    if (!isRecord(embed)) return;
    const at = [...prefix, 'embeds', i];
    c.max([...at, 'title'], embed.title, 256);
    c.max([...at, 'description'], embed.description, 4096);
    if (isRecord(embed.footer)) c.max([...at, 'footer', 'text'], embed.footer.text, 2048);
    if (isRecord(embed.author)) c.max([...at, 'author', 'name'], embed.author.name, 256);
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    c.max([...at, 'fields'], fields, 25);
    fields.forEach((field, j) => {
      if (!isRecord(field)) return;
      c.between([...at, 'fields', j, 'name'], field.name, 1, 256);
      c.between([...at, 'fields', j, 'value'], field.value, 1, 1024);
    });
    total += embedLength(embed);
  });
  if (total > 6000) {
    c.add(
      [...prefix, 'embeds'],
      'MAX_EMBED_SIZE_EXCEEDED',
      'Embed size exceeds maximum size of 6000',
    );
  }
  return c.errors;
}

/** True when a new message would have nothing to show (Discord answers 50006). */
export function isEmptyMessage(body: Record<string, unknown>): boolean {
  const nonEmpty = (value: unknown) => Array.isArray(value) && value.length > 0;
  return (
    asString(body.content).trim() === '' &&
    !nonEmpty(body.embeds) &&
    !nonEmpty(body.components) &&
    !nonEmpty(body.attachments) &&
    !nonEmpty(body.sticker_ids) &&
    body.poll === undefined
  );
}

/** Checks the choices of an autocomplete answer (callback type 8). */
export function checkChoices(data: Record<string, unknown>, prefix: string[] = []): FieldError[] {
  const c = new Checker();
  const choices = Array.isArray(data.choices) ? data.choices : [];
  c.max([...prefix, 'choices'], choices, 25);
  choices.forEach((choice, i) => {
    if (!isRecord(choice)) return;
    c.between([...prefix, 'choices', i, 'name'], choice.name, 1, 100);
    c.max([...prefix, 'choices', i, 'value'], choice.value, 100);
  });
  return c.errors;
}

/**
 * Slash command and option names follow `COMMAND_NAME` in lowercase; user and message commands
 * (context menus) may be mixed case and hold spaces, 1–32 characters.
 */
function validName(name: string, chatInput: boolean): boolean {
  if (!chatInput) return length(name) >= 1 && length(name) <= 32 && name.trim() === name;
  return COMMAND_NAME.test(name) && name === name.toLowerCase();
}

function checkLocalized(
  c: Checker,
  at: (string | number)[],
  item: Record<string, unknown>,
  lowercase: boolean,
  needsDescription: boolean,
): number {
  const name = asString(item.name);
  if (!validName(name, lowercase)) {
    c.add([...at, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  if (needsDescription) c.between([...at, 'description'], item.description, 1, 100);
  let longestName = length(name);
  let longestDescription = length(asString(item.description));
  if (isRecord(item.name_localizations)) {
    for (const [locale, value] of Object.entries(item.name_localizations)) {
      const text = asString(value);
      if (!validName(text, lowercase)) {
        c.add(
          [...at, 'name_localizations', locale],
          'APPLICATION_COMMAND_INVALID_NAME',
          'Command name is invalid',
        );
      }
      longestName = Math.max(longestName, length(text));
    }
  }
  if (isRecord(item.description_localizations)) {
    for (const [locale, value] of Object.entries(item.description_localizations)) {
      c.between([...at, 'description_localizations', locale], value, 1, 100);
      longestDescription = Math.max(longestDescription, length(asString(value)));
    }
  }
  return longestName + longestDescription;
}

function checkOptions(c: Checker, at: (string | number)[], options: unknown): number {
  if (!Array.isArray(options)) return 0;
  c.max(at, options, 25);
  let size = 0;
  options.forEach((option, i) => {
    if (!isRecord(option)) return;
    size += checkLocalized(c, [...at, i], option, true, true);
    const choices = Array.isArray(option.choices) ? option.choices : [];
    c.max([...at, i, 'choices'], choices, 25);
    choices.forEach((choice, j) => {
      if (!isRecord(choice)) return;
      c.between([...at, i, 'choices', j, 'name'], choice.name, 1, 100);
      c.max([...at, i, 'choices', j, 'value'], choice.value, 100);
      size += length(asString(choice.name)) + length(String(choice.value ?? ''));
    });
    size += checkOptions(c, [...at, i, 'options'], option.options);
  });
  return size;
}

/** Checks one command JSON (as sent to POST/PUT …/commands); `at` prefixes error paths. */
export function checkCommand(command: unknown, at: (string | number)[] = []): FieldError[] {
  const c = new Checker();
  if (!isRecord(command)) {
    c.add(at, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return c.errors;
  }
  const chatInput = command.type === undefined || command.type === 1;
  let size = checkLocalized(c, at, command, chatInput, chatInput);
  size += checkOptions(c, [...at, 'options'], command.options);
  if (size > 8000) {
    c.add(at, 'APPLICATION_COMMAND_TOO_LARGE', 'Command exceeds maximum size (8000)');
  }
  return c.errors;
}

/** Checks a bulk overwrite (PUT …/commands): each command, duplicates, and the 100 limit. */
export function checkCommandList(commands: unknown[]): FieldError[] {
  const errors = commands.flatMap((command, i) => checkCommand(command, [i]));
  const seen = new Set<string>();
  let chatInputCount = 0;
  commands.forEach((command, i) => {
    if (!isRecord(command)) return;
    const key = `${String(command.type ?? 1)}:${asString(command.name)}`;
    if (seen.has(key)) {
      errors.push({
        path: [i, 'name'],
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: `Application command names must be unique`,
      });
    }
    seen.add(key);
    if (command.type === undefined || command.type === 1) chatInputCount += 1;
  });
  if (chatInputCount > 100) {
    errors.push({
      path: [],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 100 or fewer in length.',
    });
  }
  return errors;
}
