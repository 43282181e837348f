import { describe, expect, it } from 'vitest';
import { pyprojectParser } from './pyproject.js';
import { brief, fixture, parseWith, snippetsMatch } from './testing-1.js';

describe('pyproject.toml', () => {
  it('reads PEP 621, PEP 735, uv, the build backend and configured tools, with extras and markers stripped', () => {
    const output = parseWith(pyprojectParser, 'pyproject.toml', fixture('pyproject/pep621/pyproject.toml'));
    expect(output.problems).toEqual([]);
    expect(output.packageName).toBe('acme-api');
    expect(brief(output.signals)).toEqual([
      ['pypi', 'django', '~=5.2', 11, 'runtime'],
      ['pypi', 'celery', undefined, 12, 'runtime'],
      ['pypi', 'psycopg', '>=3.2,<4', 13, 'runtime'],
      ['pypi', 'gunicorn', '==23.0.0', 14, 'runtime'],
      ['pypi', 'pydantic-settings', undefined, 15, 'runtime'],
      ['pypi', 'boto3', '>=1.35', 19, 'runtime'],
      ['pypi', 'mkdocs-material', '>=9.5', 21, 'docs'],
      ['runtime', 'python', '>=3.12', 9, 'runtime'],
      ['pypi', 'ruff', '>=0.8', 26, 'dev'],
      ['pypi', 'mypy', '>=1.13', 27, 'dev'],
      ['pypi', 'pytest', '>=8.3', 30, 'test'],
      ['pypi', 'pytest-django', '>=4.9', 30, 'test'],
      ['pypi', 'pre-commit', '>=4.0', 33, 'dev'],
      ['pypi', 'hatchling', '>=1.24', 2, 'dev'],
      ['pypi', 'hatch-vcs', undefined, 2, 'dev'],
      ['pypi', 'uv', undefined, 32, 'dev'],
      ['pypi', 'ruff', undefined, 35, 'dev'],
      ['pypi', 'mypy', undefined, 41, 'dev'],
      ['pypi', 'pytest', undefined, 44, 'dev'],
      ['pypi', 'coverage', undefined, 47, 'dev'],
    ]);
    expect(snippetsMatch(output.signals, fixture('pyproject/pep621/pyproject.toml'))).toBe(true);
  });

  it('reads Poetry: python as the runtime, tables of versions, dev dependencies and groups', () => {
    const output = parseWith(pyprojectParser, 'svc/pyproject.toml', fixture('pyproject/poetry/pyproject.toml'));
    expect(output.packageName).toBe('acme-worker');
    expect(brief(output.signals)).toEqual([
      ['runtime', 'python', '^3.11', 8, 'runtime'],
      ['pypi', 'fastapi', '^0.115.0', 9, 'runtime'],
      ['pypi', 'SQLAlchemy', '^2.0', 10, 'runtime'],
      ['pypi', 'redis', undefined, 11, 'runtime'],
      ['pypi', 'black', '^24.10', 14, 'dev'],
      ['pypi', 'pytest', '^8.3', 17, 'test'],
      ['pypi', 'pytest-asyncio', undefined, 18, 'test'],
      ['pypi', 'sphinx', '^8.1', 24, 'docs'],
      ['pypi', 'poetry-core', '>=1.9', 30, 'dev'],
      ['pypi', 'poetry', undefined, 1, 'dev'],
      ['pypi', 'isort', undefined, 26, 'dev'],
    ]);
  });

  it('reads Hatch environments and PDM dev groups', () => {
    const content = [
      '[tool.hatch.envs.default]',
      'dependencies = ["coverage[toml]>=7.6"]',
      '[tool.hatch.envs.docs]',
      'extra-dependencies = [',
      '  "mkdocs>=1.6",',
      ']',
      '[tool.pdm.dev-dependencies]',
      'lint = ["ruff"]',
      'test = ["pytest>=8"]',
    ].join('\n');
    expect(brief(parseWith(pyprojectParser, 'pyproject.toml', content).signals)).toEqual([
      ['pypi', 'coverage', '>=7.6', 2, 'dev'],
      ['pypi', 'mkdocs', '>=1.6', 5, 'docs'],
      ['pypi', 'ruff', undefined, 8, 'dev'],
      ['pypi', 'pytest', '>=8', 9, 'test'],
      ['pypi', 'hatch', undefined, 1, 'dev'],
      ['pypi', 'pdm', undefined, 7, 'dev'],
    ]);
  });

  it('leaves out Poetry dependencies that are folders of the same tree', () => {
    const content = '[tool.poetry.dependencies]\npython = "^3.12"\nacme-core = { path = "../core", develop = true }\nhttpx = "^0.28"\n';
    expect(brief(parseWith(pyprojectParser, 'pyproject.toml', content).signals)).toEqual([
      ['runtime', 'python', '^3.12', 2, 'runtime'],
      ['pypi', 'httpx', '^0.28', 4, 'runtime'],
      ['pypi', 'poetry', undefined, 1, 'dev'],
    ]);
  });

  it('reads a broken file up to its error, and says what is wrong', () => {
    const output = parseWith(pyprojectParser, 'pyproject.toml', fixture('pyproject/broken/pyproject.toml'));
    expect(output.problems).toHaveLength(1);
    expect(output.problems![0]).toMatch(/^not valid TOML: .*\(line 8\)$/);
    expect(brief(output.signals)).toEqual([
      ['pypi', 'flask', '>=3.0', 3, 'runtime'],
      ['pypi', 'requests', undefined, 3, 'runtime'],
      ['pypi', 'black', undefined, 5, 'dev'],
    ]);
  });

  it('survives junk and a huge file', () => {
    expect(parseWith(pyprojectParser, 'pyproject.toml', '\u0001\u0002 = = [[[').problems).toHaveLength(1);
    const huge = `[project]\ndependencies = [\n${Array.from({ length: 100_000 }, (_, n) => `  "pkg-${n}>=1.0",`).join('\n')}\n]\n`;
    expect(parseWith(pyprojectParser, 'pyproject.toml', huge).signals).toHaveLength(100_000);
  });
});
