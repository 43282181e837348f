import type { DetectEvidence } from '@stackyard/domain';

/** One place of the evidence as people read it: "package.json:4". */
export const placeOf = (evidence: { file: string; line: number }) => `${evidence.file}:${evidence.line}`;

/** "package.json:4" and the text of that line. (Styled by evidence.css, which the pages import.) */
export function EvidenceLine({ evidence }: { evidence: Pick<DetectEvidence, 'file' | 'line' | 'snippet'> }) {
  return (
    <span className="evidence">
      <span className="evidence__place">{placeOf(evidence)}</span>
      {evidence.snippet && <code className="evidence__snippet">{evidence.snippet}</code>}
    </span>
  );
}
