import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { Lines } from './lines.js';

/** A JSON document that keeps where each value is, so evidence can name its line. */
export class JsonDocument {
  readonly lines: Lines;
  readonly root: Node | undefined;
  /** Why the text is not JSON, when it is not (what could be read stays usable). */
  readonly problems: string[] = [];

  constructor(text: string, options: { comments?: boolean } = {}) {
    this.lines = new Lines(text);
    const errors: ParseError[] = [];
    this.root = parseTree(text, errors, { allowTrailingComma: options.comments ?? false, disallowComments: !options.comments });
    for (const error of errors.slice(0, 1)) {
      this.problems.push(`not valid JSON: ${printParseErrorCode(error.error)} at line ${this.lines.lineOf(error.offset)}`);
    }
  }

  /** The node at a path of keys and indexes. */
  node(path: ReadonlyArray<string | number>, from: Node | undefined = this.root): Node | undefined {
    let node = from;
    for (const key of path) {
      if (!node) return undefined;
      if (typeof key === 'number') {
        node = node.type === 'array' ? node.children?.[key] : undefined;
      } else {
        const property = node.type === 'object' ? node.children?.find((child) => child.children?.[0]?.value === key) : undefined;
        node = property?.children?.[1];
      }
    }
    return node;
  }

  value(path: ReadonlyArray<string | number>, from?: Node): unknown {
    const node = this.node(path, from);
    return node ? getNodeValue(node) : undefined;
  }

  /** An object's properties: key, value and the line of the key. */
  entries(node: Node | undefined): Array<{ key: string; value: unknown; line: number; node: Node }> {
    if (node?.type !== 'object') return [];
    return (node.children ?? []).flatMap((property) => {
      const [key, value] = property.children ?? [];
      if (!key || !value || typeof key.value !== 'string') return [];
      return [{ key: key.value, value: getNodeValue(value), line: this.lines.lineOf(key.offset), node: value }];
    });
  }

  /** An array's items with their lines. */
  items(node: Node | undefined): Array<{ value: unknown; line: number; node: Node }> {
    if (node?.type !== 'array') return [];
    return (node.children ?? []).map((child) => ({ value: getNodeValue(child), line: this.lines.lineOf(child.offset), node: child }));
  }

  lineOf(node: Node): number {
    return this.lines.lineOf(node.offset);
  }
}
