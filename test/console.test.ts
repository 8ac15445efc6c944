import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../src/bot/console.ts';
import { KnowledgeStore } from '../src/bot/knowledge-store.ts';
import { createLogger } from '../src/bot/logger.ts';
import { MemoryStatsStore } from '../src/bot/store/memory-stats.ts';
import { foldSpaces, KNOWLEDGE_DIR } from './helpers.ts';

/** The console as `npm start` runs it without a token, fed `lines`; returns what it printed. */
async function converse(language: 'en' | 'fr', lines: string[]): Promise<string> {
  const stats = new MemoryStatsStore();
  const store = await KnowledgeStore.open(KNOWLEDGE_DIR, createLogger('silent'), {
    stats: (scope) => stats.snapshot(scope),
    reloadWait: () => 0,
  });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => {
    printed += chunk;
  });
  input.end(`${lines.join('\n')}\n`);
  await runConsole({
    input,
    output,
    commands: () => store.current,
    stats,
    language,
    interactive: false,
  });
  return foldSpaces(printed);
}

describe('the French console', () => {
  it('speaks French only, with singular and plural, and French command names in a refusal', async () => {
    const text = await converse('fr', [
      '/question question: Qui a gagné la Coupe du monde de rugby ?',
      '/recharger',
      'suite',
      '/inconnue',
      'bonjour',
    ]);
    expect(text).not.toContain('only you would see');
    expect(text).toContain('(sur Discord, vous seul verriez cette réponse)');
    expect(text).toContain(
      'Sujets que je peux citer : `/fentanyl` `/intelligence-artificielle` `/taiwan` `/mer-rouge` `/contacts-militaires` `/la-rencontre`',
    );
    expect(text).toContain('1 article · 14 phrases · 17 chiffres · 6 sujets → 1 article');
    expect(text).toContain('Pas d’autres passages.');
    expect(text).toContain('Commande inconnue : /inconnue. Tapez /aide.');
    expect(text).toContain('Les commandes commencent par /');
  });

  it('counts its own questions for /statistiques, by French command name', async () => {
    const text = await converse('fr', [
      '/question question: Qui a gagné la Coupe du monde de rugby ?',
      '/chiffres',
      '/statistiques',
    ]);
    expect(text).toContain('2 questions, 1 avec réponse (50 %)');
    expect(text).toContain('Par commande question — 1 chiffres — 1');
    expect(text).toContain(
      'Sans réponse dans les articles Qui a gagné la Coupe du monde de rugby ? — 1',
    );
  });
});

describe('/figures in the console', () => {
  it('lists each sentence once, its figures in bold markers removed, with what each measures', async () => {
    const printed = await converse('fr', ['/chiffres']);
    const bullets = printed.split('• ').slice(1);
    // Sixteen figures (months alone, `les deux pays`) in seven sentences: one bullet each.
    expect(bullets).toHaveLength(7);
    const overdoses = bullets.find((bullet) => bullet.includes('84 % :'));
    expect(overdoses).toContain(
      '84 % : pourcentage · 3 970 : nombre de décès · janvier : date · juin 2023 : date',
    );
    expect(printed.match(/84 %/gu)).toHaveLength(2);
  });

  it('ends a topic without figures with no empty footer', async () => {
    const text = await converse('en', ['/figures topic: taiwan']);
    expect(text).toContain('Key figures — Taiwan');
    expect(text).toContain('No figures in these articles.');
    expect(text).not.toMatch(/— —/u);
  });

  it('starts quote lines with a bar, not with the prompt’s "> "', async () => {
    const text = await converse('en', ['/ask question: Where did Wang Yi and Sullivan meet?']);
    expect(text).toMatch(/│ \S/u);
    expect(text).not.toMatch(/(^|\s)> \S/u);
  });
});
