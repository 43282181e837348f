import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Scope, Signal } from '../types.js';

/** A PEP 508 requirement's name and version, extras and markers dropped: "django[bcrypt]~=5.2; python_version>'3'". */
const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:\(?\s*((?:[<>=!~]=?|===)\s*[^;,\s)]+(?:\s*,\s*(?:[<>=!~]=?|===)\s*[^;,\s)]+)*)\s*\)?)?\s*(?:;.*)?$/;

export function parseRequirement(text: string): { name: string; version?: string } | undefined {
  const match = REQUIREMENT.exec(text.trim());
  return match ? { name: match[1]!, version: match[2]?.replace(/\s+/g, '') } : undefined;
}

/** The scope a requirements file's name gives: requirements-dev.txt, requirements/test.txt, docs/requirements.txt. */
function scopeOf(path: string): Scope {
  const name = path.toLowerCase();
  if (/(?:^|[/_.-])(?:test|tests|testing)(?:[/_.-]|$)/.test(name)) return 'test';
  if (/(?:^|[/_.-])(?:dev|develop|development|lint|local)(?:[/_.-]|$)/.test(name)) return 'dev';
  if (/(?:^|[/_.-])docs?(?:[/_.-]|$)/.test(name)) return 'docs';
  return 'runtime';
}

/**
 * requirements*.txt (and requirements/*.txt, *.in): one requirement a line, with extras, markers and
 * version specifiers; `-r`/`-c` pull in other files; a commented-out requirement is a hint; options,
 * URLs and editable installs name no package of the index.
 */
export const requirementsParser: Parser = {
  id: 'requirements.txt',
  matches: (path) => {
    const name = baseName(path).toLowerCase();
    return /^requirements.*\.(?:txt|in)$/.test(name) || /(?:^|\/)requirements\/[^/]+\.(?:txt|in)$/.test(path.toLowerCase());
  },
  parse(file) {
    const lines = new Lines(file.content);
    const scope = scopeOf(file.path);
    const signals: Signal[] = [];
    const includes: string[] = [];
    lines.lines.forEach((raw, index) => {
      const line = index + 1;
      const text = raw.trim();
      if (!text) return;
      const include = /^-(?:r|c|-requirement|-constraint)[\s=]+(\S+)/.exec(text);
      if (include) {
        if (/^-(?:r|-requirement)/.test(text)) includes.push(include[1]!);
        return;
      }
      if (text.startsWith('-') || /^[a-z+]+:\/\//i.test(text)) return;
      const commented = text.startsWith('#');
      const body = (commented ? text.replace(/^#+\s*/, '') : text).replace(/\s+#.*$/, '');
      const requirement = parseRequirement(body);
      if (!requirement) return;
      // A comment is prose more often than a package: only "# name==1.0"-like lines count as commented out.
      if (commented && !/[=<>~]/.test(body)) return;
      signals.push({ kind: 'pypi', name: requirement.name, version: requirement.version, line, snippet: text, scope, hint: commented ? 'commented out' : undefined });
    });
    return { signals, includes };
  },
};
