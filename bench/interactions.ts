/** What the Discord benchmarks send, and how they read latencies. */
export const QUESTIONS = [
  'Qui a rencontré Wang Yi à Bangkok ?',
  'How many overdose deaths in Canada?',
  'fentanil mexique',
  'What is the biggest challenge for US-China relations?',
  'Quel est le prix de l’essence ?',
  'Combien ont coûté les équipements de détection à la frontière ?',
];

/** The p-th percentile of ascending latencies. */
export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
