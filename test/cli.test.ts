import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { foldSpaces, PROJECT_ROOT } from './helpers.ts';

const run = promisify(execFile);
const TSX = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const ASK = join(PROJECT_ROOT, 'src', 'cli', 'ask.ts');

/** Runs the CLI as `npm run ask` does, with its exit code, stdout and stderr. */
async function ask(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) {
  const child = spawn(TSX, [ASK, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, KNOWLEDGE_DIR: '', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  child.stdin.end(options.stdin ?? '');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('npm run ask', () => {
  it('prints the quote, its figures and where it comes from for a person', async () => {
    const { code, stdout } = await ask(['Combien de personnes sont mortes de surdoses en 2022 ?']);
    expect(code).toBe(0);
    const [first] = foldSpaces(stdout).split('\n');
    expect(first).toMatch(
      /^1\. « En 2022, aux États-Unis, environ 70 000 personnes sont décédées/u,
    );
    expect(foldSpaces(stdout)).toContain('Figures: 2022 · environ 70 000');
    expect(foldSpaces(stdout)).toContain(
      '« Lutte conjointe contre les « précurseurs » du fentanyl », § 4',
    );
  });

  it('--json prints one Answer on one line', async () => {
    const { code, stdout } = await ask(['--json', 'Who did Wang Yi meet in Bangkok?']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['query', 'answered', 'took_ms', 'results', 'suggestions']);
    expect(answer.query).toBe('Who did Wang Yi meet in Bangkok?');
    expect(answer.results[0].sentence).toContain('a rencontré Jake Sullivan');
    expect(Object.keys(answer.results[0])).toEqual(
      expect.arrayContaining([
        'sentence',
        'passage',
        'document',
        'section',
        'paragraph',
        'score',
        'figures',
      ]),
    );
  });

  it('--json without a question answers each stdin line in order, blank lines too', async () => {
    const { code, stdout } = await ask(['--json'], {
      stdin: 'taiwan plus grand defi\n\nWhat is the weather in Montreal?\nsurdoses 2022\n',
    });
    expect(code).toBe(0);
    const answers = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answers.map((answer) => [answer.query, answer.answered])).toEqual([
      ['taiwan plus grand defi', true],
      ['', false],
      ['What is the weather in Montreal?', false],
      ['surdoses 2022', true],
    ]);
  });

  it('--json --figures lists every figure with its sentence and citation', async () => {
    const { code, stdout } = await ask(['--json', '--figures']);
    expect(code).toBe(0);
    const { figures } = JSON.parse(stdout);
    const money = figures.find((figure: { kind: string }) => figure.kind === 'money');
    expect(money).toMatchObject({ value: 800_000_000, unit: 'USD', paragraph: 5 });
    expect(Object.keys(money)).toEqual(
      expect.arrayContaining([
        'text',
        'value',
        'unit',
        'kind',
        'sentence',
        'document',
        'section',
        'paragraph',
      ]),
    );
    expect(money.sentence).toContain(money.text);
  });

  it('answers a 10,000-character question', async () => {
    const { code, stdout } = await ask(['--json', 'x'.repeat(10_000)]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).answered).toBe(false);
  });

  it('gives a usage line for an empty question', async () => {
    const { code, stdout, stderr } = await ask(['  ']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^usage: npm run ask/u);
  });

  it('names the folder or file and the problem in one line, exit code 2', async () => {
    const missing = await ask(['hello'], { env: { KNOWLEDGE_DIR: '/nonexistent/folder' } });
    expect(missing).toMatchObject({
      code: 2,
      stderr: 'error: /nonexistent/folder: folder not found\n',
    });

    const dir = mkdtempSync(join(tmpdir(), 'bad-knowledge-'));
    temporary.push(dir);
    writeFileSync(
      join(dir, 'article.txt'),
      Buffer.from([0x54, 0x69, 0x74, 0x72, 0x65, 0x0a, 0x0a, 0xe9, 0x2e]),
    );
    const latin1 = await ask(['hello'], { env: { KNOWLEDGE_DIR: dir } });
    expect(latin1).toMatchObject({
      code: 2,
      stderr: 'error: article.txt:3: is not valid UTF-8 text (save it as UTF-8)\n',
    });
  });

  it('is what `npm run --silent ask -- --json` runs', async () => {
    const { stdout } = await run(
      'npm',
      ['run', '--silent', 'ask', '--', '--json', 'fentanil mexique'],
      {
        cwd: PROJECT_ROOT,
      },
    );
    expect(JSON.parse(stdout).results[0].sentence).toContain('Mexique et le Canada');
  });
});
