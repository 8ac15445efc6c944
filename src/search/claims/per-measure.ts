// A price per a measure is a price per that measure only: `612 euros per 1000 litres` (milk) is
// no `34,90 € le kilo` (cheese), in any language; a weight is never a volume, nor a length.
import { fold } from '../normalize.ts';

/** Measures a price is commonly given per, folded, by what they measure. */
const DIMENSIONS: Record<string, string> = {
  litre: 'volume',
  liter: 'volume',
  l: 'volume',
  hectolitre: 'volume',
  hl: 'volume',
  m3: 'volume',
  'm³': 'volume',
  'metre cube': 'volume',
  gallon: 'volume',
  kilo: 'mass',
  kg: 'mass',
  kilogramme: 'mass',
  kilogram: 'mass',
  gramme: 'mass',
  gram: 'mass',
  g: 'mass',
  tonne: 'mass',
  ton: 'mass',
  t: 'mass',
  lb: 'mass',
  km: 'length',
  kilometre: 'length',
  kilometer: 'length',
  metre: 'length',
  meter: 'length',
  m: 'length',
  mile: 'length',
  m2: 'area',
  'm²': 'area',
  hectare: 'area',
  ha: 'area',
  acre: 'area',
};

/** What the measure a price is per measures (`1000 LITRES` → volume), '' for a thing or none. */
function dimensionOf(per: string): string {
  const words = fold(per)
    .replace(/^[\d\s.,]+/u, '')
    .trim();
  const singular = words.replace(/s$/u, '');
  return DIMENSIONS[words] ?? DIMENSIONS[singular] ?? '';
}

/** Whether two prices are per measures of different kinds: a weight and a volume. */
export function perOtherMeasure(perA: string, perB: string): boolean {
  const [a, b] = [dimensionOf(perA), dimensionOf(perB)];
  return a !== '' && b !== '' && a !== b;
}
