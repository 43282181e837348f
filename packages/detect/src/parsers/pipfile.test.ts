import { describe, expect, it } from 'vitest';
import { pipfileParser } from './pipfile.js';
import { brief, fixture, parseWith, snippetsMatch } from './testing-1.js';

describe('Pipfile', () => {
  it('reads packages, dev packages and the Python version', () => {
    const content = fixture('pipfile/Pipfile');
    const output = parseWith(pipfileParser, 'Pipfile', content);
    expect(output.problems).toEqual([]);
    expect(brief(output.signals)).toEqual([
      ['pypi', 'django', '~=5.1', 7, 'runtime'],
      ['pypi', 'djangorestframework', undefined, 8, 'runtime'],
      ['pypi', 'celery', '>=5.4', 9, 'runtime'],
      ['pypi', 'psycopg2-binary', '==2.9.10', 10, 'runtime'],
      ['pypi', 'sentry-sdk', undefined, 11, 'runtime'],
      ['pypi', 'pytest', undefined, 14, 'dev'],
      ['pypi', 'factory-boy', '==3.3.1', 15, 'dev'],
      ['runtime', 'python', '3.12', 18, 'runtime'],
    ]);
    expect(snippetsMatch(output.signals, content)).toBe(true);
    expect(pipfileParser.matches('api/Pipfile')).toBe(true);
    expect(pipfileParser.matches('api/Pipfile.lock')).toBe(false);
  });

  it('reads a broken file up to its error', () => {
    const output = parseWith(pipfileParser, 'Pipfile', '[packages]\nflask = "*"\n[dev-packages\nblack = "*"\n');
    expect(output.problems![0]).toMatch(/^not valid TOML/);
    expect(brief(output.signals)).toEqual([['pypi', 'flask', undefined, 2, 'runtime']]);
  });
});
