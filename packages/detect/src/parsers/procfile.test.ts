import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstProgram, procfileParser } from './procfile.js';

const fixture = (path: string) => readFileSync(new URL(`./fixtures/procfile/${path}`, import.meta.url), 'utf8');
const context = { readText: () => undefined };
const parse = (path: string) => procfileParser.parse({ path, content: fixture(path) }, context);

describe('Procfile', () => {
  it('reads Procfile and Procfile.* in any folder', () => {
    for (const path of ['Procfile', 'Procfile.dev', 'apps/web/Procfile']) expect(procfileParser.matches(path), path).toBe(true);
    expect(procfileParser.matches('procfile.txt')).toBe(false);
  });

  it('names the program each process runs, wrappers and env assignments dropped', () => {
    expect(parse('Procfile').signals.map((signal) => [signal.name, signal.line, signal.hint])).toEqual([
      ['puma', 1, undefined],
      ['sidekiq', 2, undefined],
      ['rails', 3, undefined],
      ['celery', 4, undefined],
      ['celery', 5, undefined],
      ['prisma', 6, undefined],
      ['vite', 7, undefined],
      ['clockwork', 8, 'commented out'],
    ]);
    expect(parse('Procfile').signals[0]).toEqual({ kind: 'command', name: 'puma', version: undefined, line: 1, snippet: 'web: bundle exec puma -C config/puma.rb', scope: 'runtime', hint: undefined });
  });

  it('gives Procfile.dev the dev scope', () => {
    expect(parse('Procfile.dev').signals.map((signal) => [signal.name, signal.line, signal.scope])).toEqual([
      ['next', 1, 'dev'],
      ['rails', 2, 'dev'],
    ]);
  });

  it('finds the first program of any command line', () => {
    expect(firstProgram('FOO=1 BAR=2 exec uv run gunicorn app:app')).toEqual({ name: 'gunicorn' });
    expect(firstProgram('npx create-react-app@5.0 .')).toEqual({ name: 'create-react-app', version: '5.0' });
    expect(firstProgram('$HOME/bin/x')).toBeUndefined();
    expect(firstProgram('')).toBeUndefined();
    expect(procfileParser.parse({ path: 'Procfile', content: ':::\n\u0000: \nweb:\n' }, context).signals).toEqual([]);
  });
});
