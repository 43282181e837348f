import { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';

/** A token of HCL as far as a manifest reader needs: words, strings, and the marks of structure. */
export interface HclToken {
  type: 'word' | 'string' | '{' | '}' | '[' | ']' | '(' | ')' | '=' | 'newline' | 'other';
  text: string;
  line: number;
  /** A word written at the very start of its line. */
  atLineStart?: boolean;
}

/** Letters, digits and `_-.*:`: what a word of HCL (an identifier, a number, `var.x`) is made of. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 58) || code === 95 || code === 45 || code === 46 || code === 42;
}

/**
 * HCL's tokens in one pass: comments (`#`, `//`, `/* *\/`) and heredocs dropped, a string's template parts
 * (`"${var.x}"`, with strings inside) kept inside its string. Never throws; what is unterminated is said.
 */
export function hclTokens(text: string): { tokens: HclToken[]; problems: string[] } {
  const tokens: HclToken[] = [];
  const problems: string[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  /** Reads a quoted string from the quote at `i`; returns its text. */
  const readString = (): string => {
    const start = i + 1;
    i++;
    let out = '';
    while (i < n) {
      const c = text[i]!;
      if (c === '\\' && i + 1 < n) {
        out += text[i + 1];
        i += 2;
      } else if (c === '"') {
        i++;
        return out;
      } else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        // A template: up to its closing brace, strings inside it read as strings.
        const from = i;
        let depth = 0;
        while (i < n) {
          const t = text[i]!;
          if (t === '"') {
            readString();
            continue;
          }
          if (t === '\n') line++;
          if (t === '{') depth++;
          else if (t === '}' && --depth === 0) {
            i++;
            break;
          }
          i++;
        }
        out += text.slice(from, i);
      } else if (c === '\n') {
        // HCL strings end at their line: an unterminated one.
        problems.push(`not valid HCL: a string that does not end, at line ${line}`);
        return out;
      } else {
        out += c;
        i++;
      }
    }
    if (i >= n && text[n - 1] !== '"') problems.push(`not valid HCL: a string that does not end, at line ${line}`);
    return out || text.slice(start, i);
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      tokens.push({ type: 'newline', text: '\n', line });
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let j = i; j < stop; j++) if (text.charCodeAt(j) === 10) line++;
      if (end < 0) problems.push('not valid HCL: a comment that does not end');
      i = stop;
    } else if (c === '"') {
      const at = line;
      const value = readString();
      tokens.push({ type: 'string', text: value, line: at });
    } else if (c === '<' && text[i + 1] === '<' && /^<<-?([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/.test(text.slice(i, i + 80))) {
      const marker = /^<<-?([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i, i + 80))![1]!;
      // The heredoc's body, up to a line that is only its marker.
      tokens.push({ type: 'string', text: '', line });
      let eol = text.indexOf('\n', i);
      while (eol >= 0) {
        line++;
        const next = text.indexOf('\n', eol + 1);
        const body = text.slice(eol + 1, next < 0 ? n : next);
        if (body.trim() === marker) {
          i = next < 0 ? n : next;
          break;
        }
        eol = next;
      }
      if (eol < 0) {
        problems.push(`not valid HCL: a heredoc ${marker} that does not end`);
        i = n;
      }
    } else if ('{}[]()='.includes(c)) {
      if (c === '=' && (text[i + 1] === '=' || text[i + 1] === '>')) {
        tokens.push({ type: 'other', text: text.slice(i, i + 2), line });
        i += 2;
      } else {
        tokens.push({ type: c as HclToken['type'], text: c, line });
        i++;
      }
    } else if (isWordChar(text.charCodeAt(i))) {
      const start = i;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      tokens.push({ type: 'word', text: text.slice(start, i), line, atLineStart: start === 0 || text[start - 1] === '\n' });
    } else {
      tokens.push({ type: 'other', text: c, line });
      i++;
    }
  }
  return { tokens, problems };
}

/** The blocks of a Terraform file's top level. */
const TOP_LEVEL = new Set(['resource', 'data', 'provider', 'module', 'terraform', 'variable', 'output', 'locals', 'moved', 'import', 'check', 'removed']);

/** A block (`resource "a" "b" {`) or an object value (`aws = {`) being read, with the string attributes seen. */
export interface HclFrame {
  kind: 'block' | 'object' | 'list' | 'group';
  /** The block's type, or the attribute an object is the value of. */
  name: string;
  labels: string[];
  line: number;
  attributes: Map<string, { value: string; line: number }>;
}

/**
 * Walks HCL's blocks: `open` when a block or object value starts, `close` when it ends (with the string
 * attributes it held, `source = "..."`), and `attribute` for each `key = "string"`. The path is the frames
 * around, outermost first.
 */
export function walkHcl(
  text: string,
  visit: {
    open?: (frame: HclFrame, path: readonly HclFrame[]) => void;
    close?: (frame: HclFrame, path: readonly HclFrame[]) => void;
    attribute?: (key: string, value: { value: string; line: number }, path: readonly HclFrame[]) => void;
  },
): string[] {
  const { tokens, problems } = hclTokens(text);
  const stack: HclFrame[] = [];
  let atStatement = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'newline') {
      atStatement = true;
      continue;
    }
    if (token.type === 'other' && token.text === ',') {
      // `{ source = "hashicorp/aws", version = "~> 5.0" }`: a comma ends an attribute as a newline does.
      atStatement = true;
      continue;
    }
    const statement = atStatement;
    atStatement = false;
    if (token.type === '{' || token.type === '[' || token.type === '(') {
      stack.push({ kind: token.type === '{' ? 'object' : token.type === '[' ? 'list' : 'group', name: '', labels: [], line: token.line, attributes: new Map() });
      atStatement = token.type === '{';
      visit.open?.(stack[stack.length - 1]!, stack.slice(0, -1));
      continue;
    }
    if (token.type === '}' || token.type === ']' || token.type === ')') {
      const frame = stack.pop();
      if (!frame) {
        problems.push(`not valid HCL: "${token.text}" without its opening at line ${token.line}`);
        continue;
      }
      visit.close?.(frame, stack);
      atStatement = true;
      continue;
    }
    if (token.type === 'word' && stack.length > 0 && token.atLineStart && TOP_LEVEL.has(token.text) && tokens[i + 1]?.type === 'string') {
      // `resource "x" "y" {` at the start of a line inside a block: the block before it never closed. Read on
      // from the top level, so one missing brace costs one block, not the rest of the file.
      problems.push(`not valid HCL: ${stack[0]!.name || 'a block'} opened at line ${stack[0]!.line} does not close`);
      while (stack.length > 0) visit.close?.(stack.pop()!, stack);
    }
    const top = stack[stack.length - 1];
    const inBody = !top || top.kind === 'block' || top.kind === 'object';
    if (token.type !== 'word' || !statement || !inBody) continue;
    // `key = value`, `key = {`, or a block: `type "label" label {`.
    const next = tokens[i + 1];
    if (next?.type === '=') {
      const value = tokens[i + 2];
      const after = tokens[i + 3];
      if (value?.type === 'string' && (after === undefined || after.type === 'newline' || after.type === '}' || after.text === ',')) {
        const attribute = { value: value.text, line: value.line };
        top?.attributes.set(token.text, attribute);
        visit.attribute?.(token.text, attribute, stack);
        i += 2;
      } else if (value?.type === '{') {
        stack.push({ kind: 'object', name: token.text, labels: [], line: token.line, attributes: new Map() });
        visit.open?.(stack[stack.length - 1]!, stack.slice(0, -1));
        atStatement = true;
        i += 2;
      }
      continue;
    }
    let j = i + 1;
    const labels: string[] = [];
    while (tokens[j]?.type === 'string' || tokens[j]?.type === 'word') {
      labels.push(tokens[j]!.text);
      j++;
    }
    if (tokens[j]?.type === '{') {
      stack.push({ kind: 'block', name: token.text, labels, line: token.line, attributes: new Map() });
      visit.open?.(stack[stack.length - 1]!, stack.slice(0, -1));
      atStatement = true;
      i = j;
    }
  }
  if (stack.length > 0) problems.push(`not valid HCL: ${stack[stack.length - 1]!.name || 'a block'} opened at line ${stack[stack.length - 1]!.line} does not close`);
  return [...new Set(problems)].slice(0, 3);
}

/** A module source from a registry (`terraform-aws-modules/eks/aws`, with or without its host), not a path or URL. */
export function registryModule(source: string): string | undefined {
  if (/^(?:\.{1,2}\/|\/|[a-z0-9]+::|git@|https?:|github\.com\/|bitbucket\.org\/|s3:|gcs:)/i.test(source)) return undefined;
  const parts = source.replace(/\/\/.*$/, '').split('/');
  if (parts.length === 4 && parts[0]!.includes('.')) parts.shift();
  return parts.length === 3 && parts.every((part) => /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(part)) ? parts.join('/') : undefined;
}

/**
 * Terraform `*.tf`: providers (`required_providers`, in both its object and its old `aws = "~> 5.0"` form,
 * and `provider "aws"` blocks, named by the source the same file gives them), resource and data source
 * types (kind terraformResource), and modules from a registry as terraformResource `module:<source>`
 * (`module:terraform-aws-modules/eks/aws`), so a rule can name what a well-known module builds; modules
 * from paths or git are the project's own code and show nothing.
 */
export const terraformParser: Parser = {
  id: 'Terraform',
  matches: (path) => path.endsWith('.tf'),
  parse(file) {
    const lines = new Lines(file.content);
    const signals: Signal[] = [];
    const sources = new Map<string, string>();
    const providerBlocks: Array<{ name: string; line: number }> = [];
    const at = (line: number) => ({ line, snippet: lines.snippet(line), scope: 'runtime' as const });
    const isRequiredProviders = (path: readonly HclFrame[]) =>
      path.length === 2 && path[0]!.kind === 'block' && path[0]!.name === 'terraform' && path[1]!.kind === 'block' && path[1]!.name === 'required_providers';
    const problems = walkHcl(file.content, {
      open(frame, path) {
        // Where the state lives: `terraform { cloud {} }` or the `remote` backend is HCP Terraform (Terraform Cloud).
        if (path.length === 1 && path[0]!.kind === 'block' && path[0]!.name === 'terraform' && frame.kind === 'block') {
          if (frame.name === 'cloud') signals.push({ kind: 'terraformResource', name: 'terraform:cloud', ...at(frame.line) });
          else if (frame.name === 'backend' && frame.labels[0] === 'remote') signals.push({ kind: 'terraformResource', name: 'terraform:backend:remote', ...at(frame.line) });
        }
        if (path.length !== 0 || frame.kind !== 'block') return;
        const [type] = frame.labels;
        if (!type) return;
        if (frame.name === 'resource' || frame.name === 'data') signals.push({ kind: 'terraformResource', name: type, ...at(frame.line) });
        else if (frame.name === 'provider') providerBlocks.push({ name: type, line: frame.line });
      },
      attribute(key, value, path) {
        // The old form: `aws = "~> 5.0"` right in required_providers.
        if (isRequiredProviders(path)) signals.push({ kind: 'terraformProvider', name: key, version: value.value, ...at(value.line) });
      },
      close(frame, path) {
        if (frame.kind === 'object' && isRequiredProviders(path)) {
          const source = frame.attributes.get('source');
          const version = frame.attributes.get('version')?.value;
          if (source) sources.set(frame.name, source.value);
          signals.push({ kind: 'terraformProvider', name: source?.value ?? frame.name, version, ...at(source?.line ?? frame.line) });
        } else if (frame.kind === 'block' && frame.name === 'module' && path.length === 0) {
          const source = frame.attributes.get('source');
          const module = source ? registryModule(source.value) : undefined;
          if (module) signals.push({ kind: 'terraformResource', name: `module:${module}`, version: frame.attributes.get('version')?.value, ...at(source!.line) });
        }
      },
    });
    for (const block of providerBlocks) signals.push({ kind: 'terraformProvider', name: sources.get(block.name) ?? block.name, ...at(block.line) });
    signals.sort((a, b) => a.line - b.line);
    return { signals, problems };
  },
};
