// Units as a chat types them: `1800 m2` and `120 m3` for `m²` and `m³`, `42 la journée` for
// `42 par jour`. The figure reader knows the written forms only.

/** A square or cubic unit typed with a plain digit, after a figure or a word of rate. */
const PLAIN_POWER =
  /(?<=(?:\d|\b(?:per|par|le|du|au|a|an|each|the))[\s\u00A0\u202F]*|\/)(k|c|d)?m([23])(?![\p{L}\d])/gu;

/** `la journée`, `par journée` after a sum or a count: a day. */
const A_DAY = /(\d[\p{L}\s€£$.,]{0,12}?)\b(?:la|par|\/)\s*journ[ée]e\b/giu;

/**
 * Two clock times joined without `from` (`open 7:15 to 19:00`, `7h15-19h`) are one span of the
 * day, as `from 7:15 to 19:00` and `de 7 h 15 à 19 h` are read.
 */
const TIME = String.raw`\d{1,2}(?::\d{2}|\s?h\s?\d{2}|\s?h(?![\p{L}\d]))`;
const BARE_TIME_SPAN = new RegExp(
  String.raw`(?<!\b(?:from|de|du|between|entre|depuis)\s+)(?<![\d:])(${TIME})\s*(to|until|till|-|–|à|a|jusqu['’]à)\s*(${TIME})`,
  'giu',
);

export function withTypedUnits(claim: string): string {
  return claim
    .replace(BARE_TIME_SPAN, (_match, start: string, join: string, end: string) =>
      /^(?:à|a|jusqu)/iu.test(join) ? `de ${start} à ${end}` : `from ${start} to ${end}`,
    )
    .replace(
      PLAIN_POWER,
      (_match, prefix: string | undefined, power: string) =>
        `${prefix ?? ''}m${power === '2' ? '²' : '³'}`,
    )
    .replace(A_DAY, '$1par jour');
}
