import { describe, expect, it } from 'vitest';
import { setupCfgParser } from './setup-cfg.js';
import { brief, fixture, parseWith, snippetsMatch } from './testing-1.js';

describe('setup.cfg', () => {
  it('reads install_requires over many lines, extras groups, and the Python version', () => {
    const content = fixture('setup-cfg/setup.cfg');
    const output = parseWith(setupCfgParser, 'setup.cfg', content);
    expect(output.problems).toEqual([]);
    expect(output.packageName).toBe('acme-billing');
    expect(brief(output.signals)).toEqual([
      ['runtime', 'python', '>=3.10', 8, 'runtime'],
      ['pypi', 'requests', '>=2.32', 10, 'runtime'],
      ['pypi', 'SQLAlchemy', '>=2.0,<3', 11, 'runtime'],
      ['pypi', 'stripe', undefined, 12, 'runtime'],
      ['pypi', 'redis', '==5.2', 13, 'runtime', 'commented out'],
      ['pypi', 'setuptools_scm', undefined, 15, 'dev'],
      ['pypi', 'pytest', undefined, 17, 'test'],
      ['pypi', 'boto3', '>=1.35', 20, 'runtime'],
      ['pypi', 'sphinx', '>=8', 22, 'docs'],
      ['pypi', 'black', '==24.10.0', 24, 'dev'],
    ]);
    expect(snippetsMatch(output.signals, content)).toBe(true);
  });

  it('keeps what it could read of a broken file, and says where it broke', () => {
    const output = parseWith(setupCfgParser, 'setup.cfg', '[options]\ninstall_requires =\n    flask\n}}} junk\n\u0000\u0001\n');
    expect(brief(output.signals)).toEqual([['pypi', 'flask', undefined, 3, 'runtime']]);
    expect(output.problems).toEqual(['not valid setup.cfg: line 4 is neither a section, a key nor a value']);
  });
});
