// Units as a chat types them: `1800 m2` and `120 m3` for `m²` and `m³`, `42 la journée` for
// `42 par jour`. The figure reader knows the written forms only.

/** A square or cubic unit typed with a plain digit, after a figure or a word of rate. */
const PLAIN_POWER =
  /(?<=(?:\d|\b(?:per|par|le|du|au|a|an|each|the))[\s\u00A0\u202F]*|\/)(k|c|d)?m([23])(?![\p{L}\d])/gu;

/** `la journée`, `par journée` after a sum or a count: a day. */
const A_DAY = /(\d[\p{L}\s€£$.,]{0,12}?)\b(?:la|par|\/)\s*journ[ée]e\b/giu;

export function withTypedUnits(claim: string): string {
  return claim
    .replace(
      PLAIN_POWER,
      (_match, prefix: string | undefined, power: string) =>
        `${prefix ?? ''}m${power === '2' ? '²' : '³'}`,
    )
    .replace(A_DAY, '$1par jour');
}
