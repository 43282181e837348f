import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Scope, Signal } from '../types.js';
import { requirementOf, scopeOfGroup } from './pyproject.js';

/** The keys of `[options]` that list requirements, and the scope of each. */
const OPTION_KEYS: Readonly<Record<string, Scope>> = { install_requires: 'runtime', setup_requires: 'dev', tests_require: 'test' };

/**
 * setup.cfg: `[options] install_requires` (and setup_requires, tests_require), `[options.extras_require]`
 * groups, and the Python version asked for; values are one requirement a line, or one on the key's line.
 */
export const setupCfgParser: Parser = {
  id: 'setup.cfg',
  workspaceManifest: true,
  matches: (path) => baseName(path) === 'setup.cfg',
  parse(file) {
    const lines = new Lines(file.content);
    const signals: Signal[] = [];
    const problems: string[] = [];
    let section = '';
    /** The key whose value the indented lines that follow continue, and its scope; undefined when none counts. */
    let current: { scope: Scope } | undefined;
    let packageName: string | undefined;

    const requirement = (text: string, line: number, scope: Scope) => {
      const commented = /^[#;]/.test(text);
      const body = (commented ? text.replace(/^[#;]+\s*/, '') : text).replace(/\s+[#;]\s.*$/, '').trim();
      if (!body || body.startsWith('file:') || body.startsWith('-')) return;
      if (commented && !/[=<>~]/.test(body)) return;
      const parsed = requirementOf(body);
      if (!parsed) return;
      signals.push({ kind: 'pypi', name: parsed.name, version: parsed.version, line, snippet: lines.snippet(line), scope, ...(commented ? { hint: 'commented out' } : {}) });
    };

    lines.lines.forEach((raw, index) => {
      const line = index + 1;
      const text = raw.trim();
      if (!text) return;
      const header = /^\[([^\]]+)\]/.exec(text);
      if (header && !/^\s/.test(raw)) {
        section = header[1]!.trim().toLowerCase();
        current = undefined;
        return;
      }
      if (/^\s/.test(raw)) {
        if (current) requirement(text, line, current.scope);
        return;
      }
      if (/^[#;]/.test(text)) return;
      const split = text.search(/[=:]/);
      if (split <= 0) {
        if (problems.length === 0) problems.push(`not valid setup.cfg: line ${line} is neither a section, a key nor a value`);
        current = undefined;
        return;
      }
      const key = text.slice(0, split).trim().toLowerCase().replace(/-/g, '_');
      const value = text.slice(split + 1).trim();
      current = undefined;
      if (section === 'metadata' && key === 'name' && value) packageName = value;
      if (section === 'options' && key === 'python_requires' && value) {
        signals.push({ kind: 'runtime', name: 'python', version: value, line, snippet: lines.snippet(line), scope: 'runtime' });
      }
      const scope = section === 'options' ? OPTION_KEYS[key] : section === 'options.extras_require' ? scopeOfGroup(key, 'runtime') : undefined;
      if (!scope) return;
      current = { scope };
      if (value) requirement(value, line, scope);
    });
    return { signals, problems, packageName };
  },
};
