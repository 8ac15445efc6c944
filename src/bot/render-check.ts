import { type APIEmbed, ButtonStyle, ComponentType } from 'discord.js';
import type { Passage } from '../search/answer.ts';
import type { CheckReport, ClaimCheck, Verdict } from '../search/claims/claim-types.ts';
import { CHECK_MESSAGES } from './check-messages.ts';
import { encodeShareMessage } from './custom-id.ts';
import { LIMITS } from './discord-limits.ts';
import { type Language, MESSAGES } from './i18n.ts';
import { boldQuote, citation, escapeLine, escapeText } from './render-answer.ts';
import type { BotReply } from './reply.ts';

/** Embed colours by verdict. */
export const VERDICT_COLOURS: Record<Verdict, number> = {
  supported: 0x2f855a,
  contradicted: 0xc53030,
  'not-found': 0x718096,
};

/** Characters of a quoted sentence: up to four claims with two quotes each fit in 6000. */
const QUOTE_BUDGET = 450;
const CLAIM_BUDGET = 200;

function quoted(passage: Passage, language: Language, withDocument: boolean): string {
  return `> ${boldQuote(passage, QUOTE_BUDGET)}\n— ${citation(passage, language, withDocument)}`;
}

function claimEmbed(claim: ClaimCheck, language: Language): APIEmbed {
  const passages = [...claim.results, ...claim.claimedElsewhere];
  const documents = [...new Set(passages.map((passage) => passage.document))];
  const withDocument = documents.length > 1;
  const messages = CHECK_MESSAGES[language];
  const lines = [`**${messages.claim}** ${escapeLine(claim.text, CLAIM_BUDGET)}`];
  if (claim.verdict === 'contradicted') {
    for (const conflict of claim.conflicts.slice(0, 3)) {
      lines.push(messages.articleGives(escapeText(conflict.article), escapeText(conflict.claimed)));
    }
  }
  for (const passage of claim.results) lines.push(quoted(passage, language, withDocument));
  if (claim.claimedElsewhere.length > 0) {
    lines.push(messages.claimedElsewhere);
    for (const passage of claim.claimedElsewhere) {
      lines.push(quoted(passage, language, withDocument));
    }
  }
  if (claim.verdict === 'not-found') lines.push(messages.silent);
  return {
    title: messages.verdict[claim.verdict],
    description: lines.join('\n\n'),
    color: VERDICT_COLOURS[claim.verdict],
    ...(documents.length === 1 ? { footer: { text: documents[0] as string } } : {}),
  };
}

export interface CheckReplyOptions {
  language: Language;
  ephemeral: boolean;
  /** The reader who asked, and where: only they, there, may post it. Absent: no button (console). */
  share?: { owner: string; place: string };
}

/** A checked message as a Discord reply: a summary, then each claim with its quotes. */
export function renderCheck(report: CheckReport, options: CheckReplyOptions): BotReply {
  const messages = CHECK_MESSAGES[options.language];
  if (report.claims.length === 0) {
    return {
      ephemeral: true,
      embeds: [{ description: messages.noClaim, color: VERDICT_COLOURS['not-found'] }],
    };
  }
  const summary: APIEmbed = {
    title: messages.title,
    description: `${messages.verdict[report.verdict]}\n${messages.checked(report.claims.length, report.found)}`,
    color: VERDICT_COLOURS[report.verdict],
  };
  const embeds = [
    summary,
    ...report.claims
      .slice(0, LIMITS.embeds - 1)
      .map((claim) => claimEmbed(claim, options.language)),
  ];
  const share =
    options.ephemeral && options.share !== undefined
      ? [
          {
            type: ComponentType.ActionRow as const,
            components: [
              {
                type: ComponentType.Button as const,
                style: ButtonStyle.Success as const,
                label: MESSAGES[options.language].postPublicly,
                custom_id: encodeShareMessage(options.share.owner, options.share.place),
              },
            ],
          },
        ]
      : undefined;
  return { ephemeral: options.ephemeral, embeds, ...(share ? { components: share } : {}) };
}

/** A short private note: nothing to check. */
export function checkNote(text: string): BotReply {
  return { ephemeral: true, embeds: [{ description: text, color: VERDICT_COLOURS['not-found'] }] };
}
