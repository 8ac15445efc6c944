import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { BUILD_INPUTS, RUNTIME_INPUTS } from './deploy-inputs.ts';
import { PROJECT_ROOT } from './helpers.ts';

/**
 * Docker is not on the development machines nor in CI: these checks hold the Dockerfile to the
 * commands test/production.test.ts runs for real, and to what a container needs.
 */
const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

/** Instructions per stage, continuation lines joined, comments dropped. */
function stagesOf(dockerfile: string): Instruction[][] {
  const lines = dockerfile
    .replace(/\\\n\s*/gu, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Instruction[][] = [];
  for (const line of lines) {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/u.exec(line) ?? [];
    if (keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push({ keyword, args });
  }
  return stages;
}

const argsOf = (stage: Instruction[], keyword: string) =>
  stage.filter((instruction) => instruction.keyword === keyword).map(({ args }) => args);

describe('Dockerfile', () => {
  const stages = stagesOf(read('Dockerfile'));
  const final = stages.at(-1) ?? [];
  const all = stages.flat();
  const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;

  it('builds in one stage and installs runtime dependencies alone, as the production test does', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const runs = argsOf(all, 'RUN').join('\n');
    expect(runs).toMatch(/npm ci --no-audit/u);
    expect(runs).toContain('npm run build');
    expect(runs).toContain('npm ci --omit=dev');
    expect(scripts.build).toMatch(/^tsc -p tsconfig.build.json && /u);
    // The build stage copies exactly what the production test builds from.
    const copied = argsOf(stages[0] ?? [], 'COPY')
      .flatMap((args) => args.split(/\s+/u).slice(0, -1))
      .sort();
    expect(copied).toEqual([...BUILD_INPUTS].sort());
  });

  it('runs what npm run start:prod runs, under an init process, as a user other than root', () => {
    const command = JSON.parse(argsOf(final, 'CMD')[0] ?? '[]') as string[];
    expect(command.join(' ')).toBe(scripts['start:prod']);
    expect(JSON.parse(argsOf(final, 'ENTRYPOINT')[0] ?? '[]')).toEqual(['dumb-init', '--']);
    expect(argsOf(final, 'RUN').join(' ')).toContain(
      'install -y --no-install-recommends dumb-init',
    );
    const user = argsOf(final, 'USER').at(-1);
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    const copiedFromContext = argsOf(final, 'COPY')
      .filter((args) => !args.includes('--from='))
      .flatMap((args) => args.replace(/--\S+/gu, '').trim().split(/\s+/u).slice(0, -1));
    expect(copiedFromContext.sort()).toEqual([...RUNTIME_INPUTS].sort());
  });

  it('checks /healthz on HEALTH_PORT, keeps knowledge and data in volumes, with a valid environment', () => {
    const env = Object.fromEntries(
      argsOf(final, 'ENV')
        .join(' ')
        .split(/\s+/u)
        .map((pair) => pair.split('=') as [string, string]),
    );
    const config = parseConfig(env, '/app');
    expect(config.health).toEqual({ port: 8080, host: '0.0.0.0' });
    expect(argsOf(final, 'HEALTHCHECK')[0]).toMatch(/CMD .*\/healthz/u);
    expect(JSON.parse(argsOf(final, 'VOLUME')[0] ?? '[]')).toEqual([
      config.knowledgeDir,
      config.dataDir,
    ]);
  });
});

describe('.dockerignore and compose.yaml', () => {
  it('leave secrets, dependencies, builds and state out of the image', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.env', 'node_modules', 'dist', 'data']) expect(ignored).toContain(entry);
  });

  it('compose reads .env and mounts the knowledge and data volumes', () => {
    const compose = read('compose.yaml');
    expect(compose).toMatch(/^\s+env_file: \.env$/mu);
    expect(compose).toMatch(/^\s+- \.\/knowledge:\/app\/knowledge:ro$/mu);
    expect(compose).toMatch(/^\s+- bot-data:\/app\/data$/mu);
    expect(compose).toMatch(/^\s+build: \.$/mu);
  });
});
