/**
 * Reading Apertium's compiled dictionaries as Debian installs them, for `build-apertium-lexicon.ts`
 * and `apertium-person-nouns.ts`: `lt-proc` (from `lttoolbox`) over one word a line.
 */
import { execFileSync } from 'node:child_process';

export const APERTIUM = '/usr/share/apertium';
export const HUNSPELL = '/usr/share/hunspell';

/** `lt-proc` over one item a line, its output a line each. */
export function ltProc(args: string[], items: string[]): string[] {
  const output = execFileSync('lt-proc', args, {
    input: `${items.join('\n')}\n`,
    maxBuffer: 1 << 30,
  }).toString();
  return output.replace(/\n$/u, '').split('\n');
}

/** `^in/out1/out2$` → the outputs, none for an unknown word (`*word`, `@word`). */
export function outputsOf(line: string): string[] {
  // A `/` inside a word is escaped; no word of interest holds one.
  const [, ...outputs] = line.replace(/^\^|\$$/gu, '').split('/');
  return outputs.filter((output) => !/^[*@#]/u.test(output));
}
