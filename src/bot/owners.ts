import { type APIApplication, type Client, Team } from 'discord.js';
import type { Logger } from './logger.ts';

/**
 * The bot's owners, who alone may change bot-wide state: the user ids of `OWNER_IDS`, and the
 * application's owner or its team's members, read from Discord once the client is ready.
 */
export class Owners {
  private readonly ids: Set<string>;

  constructor(configured: readonly string[] = []) {
    this.ids = new Set(configured);
  }

  has(userId: string): boolean {
    return this.ids.has(userId);
  }

  get size(): number {
    return this.ids.size;
  }

  /** The same from the application as Discord's REST API gives it (no gateway client). */
  addApplication(application: APIApplication, logger: Logger): void {
    const members = application.team?.members.map((member) => member.user.id);
    for (const id of members ?? (application.owner ? [application.owner.id] : [])) this.ids.add(id);
    logger.info({ owners: this.ids.size }, 'owners known');
  }

  /** Adds the application's owner, or every member of its team. */
  async loadFrom(client: Client<true>, logger: Logger): Promise<void> {
    try {
      const application = await client.application.fetch();
      const { owner } = application;
      if (owner instanceof Team) for (const id of owner.members.keys()) this.ids.add(id);
      else if (owner) this.ids.add(owner.id);
    } catch (error) {
      logger.warn(
        { reason: error instanceof Error ? error.message : String(error) },
        'could not read the application owner: only OWNER_IDS may reload',
      );
    }
    logger.info({ owners: this.ids.size }, 'owners known');
  }
}
