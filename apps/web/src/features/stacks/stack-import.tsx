import { ApiError } from '@stackyard/contract/browser';
import type { DetectEvidence, DetectResponse } from '@stackyard/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type DragEvent, type KeyboardEvent, type RefObject } from 'react';
import { useApi } from '../../lib/api.js';
import { useHydrated } from '../../lib/use-hydrated.js';
import { toolQuery } from '../tools/tool-queries.js';
import { describeSkipped, EVIDENCE_MAX, IMPORT_LIMITS, type SkippedFile } from './import-files.js';
import { foundInDrop, foundInFileList, readChosenFiles, type FoundFile } from './import-read.js';
import type { EditorTool } from './stack-editor-state.js';

/** A tool the import hands the editor: shown like any other, with the evidence that is sent on saving. */
export type ImportedTool = Omit<EditorTool, 'evidence'> & { evidence: DetectEvidence[] };

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'sending'; files: number }
  | { kind: 'adding' }
  | { kind: 'error'; title: string; message: string };

interface Found {
  result: DetectResponse;
  files: number;
  skipped: SkippedFile[];
}

/**
 * "Import from files": manifests dropped (files or a whole folder), picked, or pasted are read here, the
 * chosen ones sent to POST /api/v1/detect, and what it finds listed with its evidence, each tool to keep or
 * not. "Add" hands the kept ones to the editor with their evidence, which saving sends.
 */
export function StackImport({ listed, onAdd }: { listed: ReadonlySet<string>; onAdd: (tools: ImportedTool[]) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const id = useId();
  const hydrated = useHydrated();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [found, setFound] = useState<Found | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [dragging, setDragging] = useState(false);
  const [pasteName, setPasteName] = useState('package.json');
  const [pasteText, setPasteText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const resultRef = useRef<HTMLElement>(null);
  const busy = stage.kind === 'reading' || stage.kind === 'sending' || stage.kind === 'adding';

  const detect = async (files: { path: string; content: string }[], skipped: SkippedFile[]) => {
    if (files.length === 0) {
      setStage({
        kind: 'error',
        title: 'Nothing to read',
        message: skipped.length > 0 ? `Every file was left out: ${describeSkipped(skipped).join('; ')}.` : 'Choose manifest files such as package.json, or a folder.',
      });
      return;
    }
    setStage({ kind: 'sending', files: files.length });
    try {
      const result = await api.detect.run({ body: { files } });
      setFound({ result, files: files.length, skipped });
      setChosen(new Set(result.tools.map((tool) => tool.slug)));
      setStage({ kind: 'idle' });
      setAnnouncement(`Found ${count(result.tools.length, 'tool')} in ${count(files.length, 'file')}.`);
      // The result is where the next step is: its heading takes the focus.
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      setStage({ kind: 'error', ...failure(error) });
    }
  };

  const importFound = async (list: FoundFile[]) => {
    if (busy || list.length === 0) return;
    setFound(null);
    setStage({ kind: 'reading', done: 0, total: list.length });
    const read = await readChosenFiles(list, (done, total) => setStage({ kind: 'reading', done, total }));
    await detect(read.files, read.skipped);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!hydrated || busy) return;
    void foundInDrop(event.dataTransfer).then(importFound);
  };

  const onPaste = () => {
    const path = pasteName.trim();
    if (busy) return;
    if (!path || !pasteText.trim()) {
      setStage({ kind: 'error', title: 'Nothing to read', message: 'Give the file’s name (e.g. requirements.txt) and paste what it holds.' });
      return;
    }
    if (new Blob([pasteText]).size > IMPORT_LIMITS.fileBytes) {
      setStage({ kind: 'error', title: 'Too large', message: 'A file may hold at most 1 MB.' });
      return;
    }
    setFound(null);
    void detect([{ path, content: pasteText }], []);
  };

  const toggle = (slug: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(slug);
      else next.delete(slug);
      return next;
    });

  const add = async () => {
    if (!found || chosen.size === 0 || busy) return;
    const candidates = [...found.result.tools, ...found.result.hints].filter((tool, index, all) => chosen.has(tool.slug) && all.findIndex((other) => other.slug === tool.slug) === index);
    setStage({ kind: 'adding' });
    // The editor groups tools by layer and shows their logos: each tool's page says which (and is cached).
    const tools = await Promise.all(
      candidates.map(async (tool): Promise<ImportedTool> => {
        const evidence = tool.evidence.slice(0, EVIDENCE_MAX);
        const detected = evidence[0] ? { file: evidence[0].file, line: evidence[0].line } : undefined;
        try {
          const detail = await queryClient.fetchQuery(toolQuery(api, tool.slug));
          return { slug: tool.slug, name: detail.name, logoUrl: detail.logoUrl, layer: detail.path.layer, note: '', evidence, detected };
        } catch {
          return { slug: tool.slug, name: tool.name, logoUrl: null, layer: { slug: 'other', name: 'Other' }, note: '', evidence, detected };
        }
      }),
    );
    onAdd(tools.filter((tool) => tool.evidence.length > 0));
    const added = tools.filter((tool) => !listed.has(tool.slug)).length;
    setFound(null);
    setStage({ kind: 'idle' });
    setAnnouncement(`Added ${count(added, 'tool')} from the files${tools.length > added ? `; ${count(tools.length - added, 'tool')} already listed now carry their evidence` : ''}.`);
  };

  const fileInput = (directory: boolean) => (
    <label className={`button button--quiet stack-import__pick${!hydrated || busy ? ' stack-import__pick--disabled' : ''}`}>
      {directory ? 'Choose a folder' : 'Choose files'}
      <input
        type="file"
        className="visually-hidden"
        multiple
        disabled={!hydrated || busy}
        {...(directory ? { webkitdirectory: '' } : {})}
        onChange={(event) => {
          const list = event.target.files ? foundInFileList(event.target.files) : [];
          event.target.value = '';
          void importFound(list);
        }}
      />
    </label>
  );

  return (
    <section className="stack-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="stack-import__title">
        Import from files
      </h2>
      <p id={`${id}-hint`} className="field__hint">
        Drop your repository’s manifests (package.json, requirements.txt, compose.yaml…) or its whole folder: the tools they name are listed
        with the file and line that show them, for you to add. Dependency and build folders are skipped; up to 300 files of 1 MB are read.
      </p>
      <div
        className={`stack-import__drop${dragging ? ' stack-import__drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          if (!dragging) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="stack-import__drop-text">Drop files or a folder here, or</p>
        <div className="stack-import__picks">
          {fileInput(false)}
          {fileInput(true)}
        </div>
      </div>
      <details className="stack-import__paste">
        <summary>Paste a manifest instead</summary>
        <div className="stack-import__paste-body">
          <div className="field">
            <label htmlFor={`${id}-paste-name`}>File name</label>
            <input id={`${id}-paste-name`} type="text" disabled={!hydrated} onKeyDown={keepFormUnsent} value={pasteName} maxLength={IMPORT_LIMITS.pathLength} onChange={(event) => setPasteName(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-paste-text`}>What it holds</label>
            <textarea id={`${id}-paste-text`} className="stack-import__paste-text" disabled={!hydrated} spellCheck={false} value={pasteText} onChange={(event) => setPasteText(event.target.value)} />
          </div>
          <button type="button" className="button button--quiet" disabled={!hydrated} aria-disabled={busy || undefined} onClick={onPaste}>
            Find tools in it
          </button>
        </div>
      </details>

      <div className="stack-import__status" role="status">
        {stage.kind === 'reading' && (
          <>
            <span>
              Reading files… {stage.done} of {stage.total}
            </span>
            <progress max={Math.max(stage.total, 1)} value={stage.done} aria-label="Files read" />
          </>
        )}
        {stage.kind === 'sending' && <span>Looking for tools in {count(stage.files, 'file')}…</span>}
        {stage.kind === 'adding' && <span>Adding the tools…</span>}
        <span className="visually-hidden">{announcement}</span>
      </div>
      {stage.kind === 'error' && (
        <div className="alert" role="alert">
          <p className="alert__title">{stage.title}</p>
          <p>{stage.message}</p>
        </div>
      )}

      {found && (
        <ImportResult
          found={found}
          chosen={chosen}
          listed={listed}
          idPrefix={id}
          headingRef={resultRef}
          busy={busy}
          onToggle={toggle}
          onAdd={() => void add()}
          onDismiss={() => {
            setFound(null);
            setAnnouncement('Import dismissed.');
          }}
        />
      )}
    </section>
  );
}

interface ImportResultProps {
  found: Found;
  chosen: ReadonlySet<string>;
  listed: ReadonlySet<string>;
  idPrefix: string;
  headingRef: RefObject<HTMLElement | null>;
  busy: boolean;
  onToggle: (slug: string, on: boolean) => void;
  onAdd: () => void;
  onDismiss: () => void;
}

function ImportResult({ found, chosen, listed, idPrefix, headingRef, busy, onToggle, onAdd, onDismiss }: ImportResultProps) {
  const { result, files, skipped } = found;
  const skippedLines = describeSkipped(skipped);
  return (
    <section className="stack-import__result" ref={headingRef} tabIndex={-1} aria-labelledby={`${idPrefix}-result-title`}>
      <h3 id={`${idPrefix}-result-title`} className="stack-import__result-title">
        {result.tools.length === 0 ? 'No tools found' : `Found ${count(result.tools.length, 'tool')}`} in {count(files, 'file')}
      </h3>
      {skippedLines.length > 0 && (
        <details className="stack-import__more">
          <summary>Skipped {count(skipped.length, 'file')}</summary>
          <ul className="stack-import__plain-list">
            {skippedLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {result.tools.length > 0 && (
        <fieldset className="stack-import__group">
          <legend>Tools</legend>
          <ul className="stack-import__tools">
            {result.tools.map((tool) => (
              <FoundRow key={tool.slug} idPrefix={idPrefix} slug={tool.slug} name={tool.name} scope={tool.scope} evidence={tool.evidence} checked={chosen.has(tool.slug)} listed={listed.has(tool.slug)} onToggle={onToggle} />
            ))}
          </ul>
        </fieldset>
      )}
      {result.hints.length > 0 && (
        <fieldset className="stack-import__group">
          <legend>Hints</legend>
          <p className="field__hint">Seen only where they may not count (an example file, a commented-out line): add them if your stack runs them.</p>
          <ul className="stack-import__tools">
            {result.hints.map((hint) => (
              <FoundRow
                key={hint.slug}
                idPrefix={`${idPrefix}-hint`}
                slug={hint.slug}
                name={hint.name}
                reason={hint.reason}
                evidence={hint.evidence}
                checked={chosen.has(hint.slug)}
                listed={listed.has(hint.slug)}
                onToggle={onToggle}
              />
            ))}
          </ul>
        </fieldset>
      )}
      {result.unknown.length > 0 && (
        <details className="stack-import__more">
          <summary>
            {count(result.unknown.length, 'package')} matched no tool of the catalogue
          </summary>
          <ul className="stack-import__plain-list stack-import__unknown">
            {result.unknown.slice(0, 100).map((entry) => (
              <li key={`${entry.ecosystem}:${entry.name}:${entry.file}:${entry.line}`}>
                <code>{entry.name}</code> <span className="stack-import__meta">({entry.ecosystem}, {placeOf(entry)})</span>
              </li>
            ))}
            {result.unknown.length > 100 && <li>and {result.unknown.length - 100} more</li>}
          </ul>
        </details>
      )}
      {result.problems.length > 0 && (
        <div className="stack-import__problems">
          <p className="stack-import__problems-title">{count(result.problems.length, 'file')} could not be read</p>
          <ul className="stack-import__plain-list">
            {result.problems.map((problem) => (
              <li key={`${problem.file}:${problem.message}`}>
                <code>{problem.file}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="stack-import__actions">
        <button type="button" className="button button--primary" disabled={chosen.size === 0} aria-disabled={busy || undefined} onClick={onAdd}>
          Add {count(chosen.size, 'tool')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}

interface FoundRowProps {
  idPrefix: string;
  slug: string;
  name: string;
  reason?: string;
  /** runtime, dev, test, ci...: said when it is not what the project runs. */
  scope?: string;
  evidence: DetectEvidence[];
  checked: boolean;
  listed: boolean;
  onToggle: (slug: string, on: boolean) => void;
}

function FoundRow({ idPrefix, slug, name, reason, scope, evidence, checked, listed, onToggle }: FoundRowProps) {
  const inputId = `${idPrefix}-found-${slug}`;
  const [first, ...more] = evidence;
  return (
    <li className="stack-import__tool">
      <input id={inputId} type="checkbox" checked={checked} onChange={(event) => onToggle(slug, event.target.checked)} aria-describedby={`${inputId}-where`} />
      <div className="stack-import__tool-text">
        <label htmlFor={inputId} className="stack-import__tool-name">
          {name}
          {scope && scope !== 'runtime' && <span className="stack-import__scope">{SCOPES[scope] ?? scope}</span>}
          {listed && <span className="stack-import__meta"> (already listed)</span>}
        </label>
        <div id={`${inputId}-where`} className="stack-import__where">
          {reason && <p className="stack-import__reason">{reason}</p>}
          {first && <EvidenceLine evidence={first} />}
        </div>
        {more.length > 0 && (
          <details className="evidence-more">
            <summary>
              {count(more.length, 'more place')}
              <span className="visually-hidden"> for {name}</span>
            </summary>
            <ul className="stack-import__plain-list">
              {more.map((entry) => (
                <li key={`${entry.file}:${entry.line}:${entry.package}`}>
                  <EvidenceLine evidence={entry} />
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </li>
  );
}

/** One place of the evidence as people read it: "package.json:4". */
const placeOf = (evidence: { file: string; line: number }) => `${evidence.file}:${evidence.line}`;

/**
 * "package.json:4" and the text of that line. The stack page has the same one (stack-tools.tsx): a module
 * both chunks shared would be a chunk of its own, listed in the route manifest every public page loads.
 */
function EvidenceLine({ evidence }: { evidence: DetectEvidence }) {
  return (
    <span className="evidence">
      <span className="evidence__place">{placeOf(evidence)}</span>
      {evidence.snippet && <code className="evidence__snippet">{evidence.snippet}</code>}
    </span>
  );
}

const SCOPES: Record<string, string> = { dev: 'development', test: 'tests', ci: 'CI', docs: 'docs', example: 'examples' };

/** Enter in the file name field finds tools rather than sending the stack's form. */
function keepFormUnsent(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === 'Enter') event.preventDefault();
}

function count(n: number, noun: string): string {
  const plural = noun === 'more place' ? 'more places' : `${noun}s`;
  return `${n} ${n === 1 ? noun : plural}`;
}

/** What went wrong, said plainly: too much for one detection, too many in a while, or no answer at all. */
function failure(error: unknown): { title: string; message: string } {
  if (error instanceof ApiError) {
    if (error.status === 413) return { title: 'Too much to read at once', message: 'One detection reads at most 300 files of 1 MB, 4 MB in all. Drop fewer files, e.g. only the manifests.' };
    if (error.status === 429) {
      const wait = error.retryAfterSeconds ? ` Try again in ${Math.ceil(error.retryAfterSeconds / 60)} min.` : ' Try again later.';
      return { title: 'Too many detections for now', message: `You have run many detections in a short time.${wait}` };
    }
    if (error.status === 0 || error.code === 'network_error') return { title: 'Could not reach Stackyard', message: 'Check your connection and try again.' };
    if (error.status === 401) return { title: 'Signed out', message: 'Your session has ended: sign in again to import files.' };
    return { title: 'Could not read the files', message: error.message };
  }
  return { title: 'Could not reach Stackyard', message: 'Check your connection and try again.' };
}
