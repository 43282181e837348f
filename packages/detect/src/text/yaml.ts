import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type ParsedNode } from 'yaml';
import { Lines } from './lines.js';
import { firstOverlongLine, overlongLineProblem } from './long-lines.js';

/** YAML documents (every one of a multi-document file) that keep where each value is. */
export class YamlFile {
  readonly lines: Lines;
  readonly documents: Document.Parsed[] = [];
  readonly problems: string[] = [];
  private readonly counter = new LineCounter();

  constructor(text: string) {
    this.lines = new Lines(text);
    const overlong = firstOverlongLine(text);
    if (overlong !== undefined) {
      this.documents = [];
      this.problems.push(overlongLineProblem(overlong));
      return;
    }
    this.documents = parseAllDocuments(text, { lineCounter: this.counter, uniqueKeys: false, strict: false }) as Document.Parsed[];
    if (!Array.isArray(this.documents)) this.documents = [];
    for (const document of this.documents) {
      const [error] = document.errors;
      if (error) this.problems.push(`not valid YAML: ${error.message.split('\n')[0]}`);
    }
  }

  /** The documents that parsed, as plain values. */
  values(): unknown[] {
    return this.documents.filter((document) => document.errors.length === 0).map((document) => document.toJS({ maxAliasCount: 100 }));
  }

  /** The 1-based line where a node starts. */
  lineOf(node: Node | ParsedNode | null | undefined): number {
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : this.counter.linePos(offset).line;
  }
}

/** A map's entries: key, value node and the key's node (for its line). */
export function mapEntries(node: unknown): Array<{ key: string; value: unknown; keyNode: Node }> {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => {
    if (!isPair(pair) || !isScalar(pair.key)) return [];
    return [{ key: String(pair.key.value), value: pair.value, keyNode: pair.key as Node }];
  });
}

/** The value node at a key of a map. */
export function mapGet(node: unknown, key: string): unknown {
  return mapEntries(node).find((entry) => entry.key === key)?.value;
}

export function seqItems(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

/** A scalar's text, when the node is a scalar. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = node.value;
  return value === null || value === undefined ? undefined : String(value);
}

export { isMap, isScalar, isSeq };
