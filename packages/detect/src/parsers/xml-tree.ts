import { firstOverlongLine, overlongLineProblem } from '../text/long-lines.js';
import { SaxesParser } from 'saxes';

/** An XML element as detection needs it: names, attributes and text, each with the line it is written on. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** The line of each attribute (a tag may span several lines). */
  attributeLines: Record<string, number>;
  /** The line of `<name`. */
  line: number;
  /** The text directly inside it (CDATA included), untrimmed. */
  text: string;
  /** The line of the first non-blank character of its text; `line` when it has none. */
  textLine: number;
  children: XmlElement[];
}

/** A comment, its text and the line of `<!--`. */
export interface XmlComment {
  text: string;
  line: number;
}

const count = (text: string, from = 0, to = text.length) => {
  let lines = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
};

/**
 * An XML text read into elements with line numbers (saxes). A document that breaks off or is not well
 * formed keeps every element read before the fault, and says what the fault was.
 */
export function readXml(text: string, firstLine = 1): { root?: XmlElement; comments: XmlComment[]; problems: string[] } {
  const overlong = firstOverlongLine(text);
  if (overlong !== undefined) return { comments: [], problems: [overlongLineProblem(overlong + firstLine - 1)] };
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  const comments: XmlComment[] = [];
  const problems: string[] = [];
  let root: XmlElement | undefined;
  const line = () => parser.line + firstLine - 1;
  parser.on('error', (error) => {
    if (problems.length > 0) return;
    const located = /^(?:[^:\n]*:)?(\d+):\d+: (.*)$/.exec(error.message);
    problems.push(located ? `not valid XML: ${located[2]} at line ${Number(located[1]) + firstLine - 1}` : `not valid XML: ${error.message}`);
  });
  parser.on('opentagstart', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: {}, attributeLines: {}, line: line(), text: '', textLine: 0, children: [] };
    stack.at(-1)?.children.push(element);
    if (!root && stack.length === 0) root = element;
    stack.push(element);
  });
  parser.on('attribute', (attribute) => {
    const element = stack.at(-1);
    if (element) element.attributeLines[attribute.name] = line();
  });
  parser.on('opentag', (tag) => {
    const element = stack.at(-1);
    if (element) element.attributes = { ...(tag.attributes as Record<string, string>) };
  });
  const onText = (chunk: string) => {
    const element = stack.at(-1);
    if (!element) return;
    const start = chunk.search(/\S/);
    if (!element.textLine && start >= 0) element.textLine = line() - count(chunk, start);
    element.text += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('comment', (comment) => comments.push({ text: comment, line: line() - count(comment) }));
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element && !element.textLine) element.textLine = element.line;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (problems.length === 0) problems.push(`not valid XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const open of stack) if (!open.textLine) open.textLine = open.line;
  if (!root && problems.length === 0 && text.trim()) problems.push('not valid XML: no root element');
  return { root, comments, problems };
}

/** The first child of that name (local name: a `ns:` prefix is ignored). */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((candidate) => localName(candidate.name) === name);
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((candidate) => localName(candidate.name) === name) : [];
}

/** The children along a path: children(project, ['dependencies', 'dependency']). */
export function path(element: XmlElement | undefined, names: readonly string[]): XmlElement[] {
  let current = element ? [element] : [];
  for (const name of names) current = current.flatMap((candidate) => children(candidate, name));
  return current;
}

/** Every element of that name at any depth. */
export function descendants(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const candidate of node.children) {
      if (localName(candidate.name) === name) found.push(candidate);
      walk(candidate);
    }
  };
  walk(element);
  return found;
}

/** A child's trimmed text, when the child is there and not empty. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  const text = child(element, name)?.text.trim();
  return text ? text : undefined;
}

export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
