import type { StackDetail } from '@stackyard/domain';
import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { href, Link, useNavigate } from 'react-router';
import { DateTime } from '../../components/date-time.js';
import { useApi } from '../../lib/api.js';
import { useHydrated } from '../../lib/use-hydrated.js';
import { formProblem, type FormProblem } from '../../lib/field-errors.js';
import { categoriesQuery } from '../tools/tool-queries.js';
import { draftKey, useStackDraft } from './stack-draft.js';
import { StackEditorTools } from './stack-editor-tools.js';
import {
  addTool,
  draftOfStack,
  EMPTY_DRAFT,
  groupByLayer,
  layerOfFunction,
  mergeImported,
  moveTool,
  placeInLayer,
  removeTool,
  setToolNote,
  stackRequestOf,
  type EditorTool,
  type StackDraft,
} from './stack-editor-state.js';
import { useCreateStackMutation, useUpdateStackMutation } from './stack-mutations.js';
import { ToolSearchCombobox, type SearchToolHit } from '../tools/tool-search-combobox.js';
import type { ImportedTool } from './stack-import.js';

const FIELDS = ['name', 'description', 'websiteUrl', 'tools'] as const;

const loadSchemas = () => import('./stack-schemas.js');
// Reading and detecting dropped files is its own chunk, rendered on the server like the rest of the form.
const StackImport = lazy(() => import('./stack-import.js').then((module) => ({ default: module.StackImport })));
type Field = (typeof FIELDS)[number];

/** The stack being edited (its address as the URL spells it, and as the API last sent it), or none for a new one. */
export type EditorTarget = { owner: string; slug: string; stack: StackDetail } | null;

/**
 * One form for sharing a stack and for editing one: name, description, website, and its tools found with the
 * tool search, each with a note, grouped by layer and ordered by the owner. Its state is a draft in
 * localStorage until saved, checked with the API's own schemas before sending; the server's refusals are
 * shown next to their fields. Saving goes to the stack's page.
 */
export function StackEditor({ target }: { target: EditorTarget }) {
  const api = useApi();
  const navigate = useNavigate();
  const id = useId();
  const { data: taxonomy } = useSuspenseQuery(categoriesQuery(api));
  const layerOrder = useMemo(() => taxonomy.map((layer) => layer.slug), [taxonomy]);
  const layerOf = useMemo(() => layerOfFunction(taxonomy), [taxonomy]);
  // Search hits name only their function; the editor groups tools by the layer it belongs to.
  const layerOfHit = (hit: SearchToolHit) => layerOf.get(hit.function.slug) ?? { slug: 'other', name: 'Other' };
  const initial = useMemo(() => (target ? draftOfStack(target.stack) : EMPTY_DRAFT), [target]);
  const { draft, setDraft, restoredAt, hasDraft, discard, clear } = useStackDraft(draftKey(target), initial);
  const [problem, setProblem] = useState<FormProblem<Field> | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const create = useCreateStackMutation();
  const update = useUpdateStackMutation(target ?? { owner: '', slug: '' }, initial.tools.map((tool) => tool.slug));
  // Checking waits for the schemas' chunk when someone is quicker than its download.
  const [checking, setChecking] = useState(false);
  const saving = checking || create.isPending || update.isPending;
  // Until the script runs, the form cannot save (it sends through the API from the browser).
  const hydrated = useHydrated();
  useEffect(() => {
    void loadSchemas().catch(() => undefined);
  }, []);

  const layers = groupByLayer(draft.tools, layerOrder);
  const listed = useMemo(() => new Set(draft.tools.map((tool) => tool.slug)), [draft.tools]);
  const fieldId = (field: Field) => `${id}-${field}`;
  const problems = problem?.fields ?? {};

  const change = (next: (draft: StackDraft) => StackDraft) => setDraft(next);
  const setText = (field: 'name' | 'description' | 'websiteUrl', value: string) => change((current) => ({ ...current, [field]: value }));

  const add = (tool: EditorTool) => {
    change((current) => ({ ...current, tools: addTool(current.tools, tool) }));
    setAnnouncement(`Added ${tool.name} to ${tool.layer.name}.`);
  };
  const move = (slug: string, direction: 'up' | 'down') => {
    const tools = moveTool(draft.tools, slug, direction);
    const tool = tools.find((listedTool) => listedTool.slug === slug);
    if (!tool || tools === draft.tools) return;
    const place = placeInLayer(tools, slug);
    change((current) => ({ ...current, tools: moveTool(current.tools, slug, direction) }));
    setAnnouncement(`Moved ${tool.name} ${direction}: ${place.index + 1} of ${place.count} in ${tool.layer.name}.`);
  };
  const remove = (slug: string) => {
    const tool = draft.tools.find((listedTool) => listedTool.slug === slug);
    change((current) => ({ ...current, tools: removeTool(current.tools, slug) }));
    if (tool) setAnnouncement(`Removed ${tool.name}.`);
    // The removed row held the focus: the search box is where the next step starts.
    document.getElementById(`${id}-search`)?.focus();
  };

  const addImported = (tools: ImportedTool[]) => {
    change((current) => ({ ...current, tools: mergeImported(current.tools, tools) }));
  };

  const showProblem = (found: FormProblem<Field>) => {
    setProblem(found);
    const first = FIELDS.find((field) => found.fields[field]);
    // The first refused field takes the focus; a refusal of the whole form is read out by its alert.
    if (first) document.getElementById(first === 'tools' ? `${id}-search` : fieldId(first))?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setChecking(true);
    loadSchemas()
      .then((schemas) => send(schemas))
      .catch((error: unknown) => showProblem(formProblem(error, FIELDS)))
      .finally(() => setChecking(false));
  };

  const send = ({ createStackRequestSchema, updateStackRequestSchema }: Awaited<ReturnType<typeof loadSchemas>>) => {
    const request = stackRequestOf(draft, layerOrder);
    const done = (owner: string, slug: string) => {
      clear();
      void navigate(href('/stacks/:owner/:slug', { owner, slug }));
    };
    const failed = (error: unknown) => showProblem(formProblem(error, FIELDS));
    if (target) {
      const checked = updateStackRequestSchema.safeParse(request);
      if (!checked.success) return showProblem(issuesOf(checked.error.issues));
      setProblem(null);
      update.mutate(checked.data, { onSuccess: (stack) => done(stack.owner.username, stack.slug), onError: failed });
    } else {
      const checked = createStackRequestSchema.safeParse(request);
      if (!checked.success) return showProblem(issuesOf(checked.error.issues));
      setProblem(null);
      create.mutate(checked.data, { onSuccess: (stack) => done(stack.owner, stack.slug), onError: failed });
    }
  };

  const describedBy = (field: Field, hint?: boolean) =>
    [problems[field] ? `${fieldId(field)}-problem` : null, hint ? `${fieldId(field)}-hint` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="stack-editor" onSubmit={onSubmit} noValidate aria-busy={saving || undefined} aria-labelledby="stack-editor-title">
      {restoredAt && (
        <div className="stack-editor__draft" role="status">
          <p>
            Restored your unsaved draft from <DateTime value={restoredAt} withTime />.
          </p>
          <button type="button" className="button button--quiet" onClick={() => { discard(); setAnnouncement('Draft discarded.'); }}>
            Discard draft
          </button>
        </div>
      )}
      {problem?.message && (
        <div className="alert" role="alert">
          <p className="alert__title">{target ? 'Could not save the stack' : 'Could not share the stack'}</p>
          <p>{problem.message}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={fieldId('name')}>Name</label>
        <input
          // Until the script runs, what is typed would be lost when it takes the field over.
          disabled={!hydrated}
          id={fieldId('name')}
          type="text"
          required
          maxLength={100}
          autoComplete="off"
          value={draft.name}
          onChange={(event) => setText('name', event.target.value)}
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={describedBy('name', true)}
        />
        <Problem id={`${fieldId('name')}-problem`} text={problems.name} />
        <p id={`${fieldId('name')}-hint`} className="field__hint">
          What the team or project is called, e.g. “Acme billing”.
        </p>
      </div>
      <div className="field">
        <label htmlFor={fieldId('description')}>
          Description <span className="stack-editor__optional">(optional)</span>
        </label>
        <textarea
          disabled={!hydrated}
          id={fieldId('description')}
          maxLength={5000}
          value={draft.description}
          onChange={(event) => setText('description', event.target.value)}
          aria-invalid={problems.description ? true : undefined}
          aria-describedby={describedBy('description', true)}
        />
        <Problem id={`${fieldId('description')}-problem`} text={problems.description} />
        <p id={`${fieldId('description')}-hint`} className="field__hint">
          What it runs and for whom: it helps others tell whether your choices fit them.
        </p>
      </div>
      <div className="field">
        <label htmlFor={fieldId('websiteUrl')}>
          Website <span className="stack-editor__optional">(optional)</span>
        </label>
        <input
          disabled={!hydrated}
          id={fieldId('websiteUrl')}
          type="url"
          inputMode="url"
          maxLength={2000}
          placeholder="https://"
          value={draft.websiteUrl}
          onChange={(event) => setText('websiteUrl', event.target.value)}
          aria-invalid={problems.websiteUrl ? true : undefined}
          aria-describedby={describedBy('websiteUrl')}
        />
        <Problem id={`${fieldId('websiteUrl')}-problem`} text={problems.websiteUrl} />
      </div>

      <Suspense fallback={null}>
        <StackImport listed={listed} onAdd={addImported} />
      </Suspense>

      <fieldset className="stack-editor__tools" aria-describedby={describedBy('tools', true)}>
        <legend>
          Tools <span className="stack-editor__count">{draft.tools.length}</span>
        </legend>
        <p id={`${fieldId('tools')}-hint`} className="field__hint">
          Find each tool by name. They are grouped by layer as on the stack’s page; the arrows set their order within a layer.
        </p>
        <ToolSearchCombobox
          id={`${id}-search`}
          label="Add a tool"
          placeholder="Type a tool’s name, e.g. nginx"
          chosen={listed}
          detailOf={(hit) => `${hit.function.name} · ${layerOfHit(hit).name}`}
          onPick={(hit) => add({ slug: hit.slug, name: hit.name, logoUrl: hit.logoUrl, layer: layerOfHit(hit), note: '' })}
        />
        <Problem id={`${fieldId('tools')}-problem`} text={problems.tools} />
        {layers.length === 0 ? (
          <p className="empty-state stack-editor__empty">No tools yet. Type a tool’s name above and choose it to add the first one.</p>
        ) : (
          <StackEditorTools
            idPrefix={id}
            layers={layers}
            onNote={(slug, note) => change((current) => ({ ...current, tools: setToolNote(current.tools, slug, note) }))}
            onMove={move}
            onRemove={remove}
          />
        )}
      </fieldset>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="stack-editor__actions">
        <button type="submit" className="button button--primary" disabled={!hydrated} aria-disabled={saving || undefined}>
          {saving ? 'Saving…' : target ? 'Save changes' : 'Share stack'}
        </button>
        {hasDraft && !restoredAt && (
          <button type="button" className="button button--quiet" onClick={() => { discard(); setAnnouncement('Draft discarded.'); }}>
            Discard draft
          </button>
        )}
        <Link className="stack-editor__cancel" to={target ? href('/stacks/:owner/:slug', { owner: target.owner, slug: target.slug }) : href('/')}>
          Cancel
        </Link>
        <p className="stack-editor__saving" role="status">
          {saving ? (target ? 'Saving your changes…' : 'Sharing your stack…') : ''}
        </p>
      </div>
    </form>
  );
}

function Problem({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="field__problem">
      {text}
    </p>
  );
}

/** The schema's refusals as the server would word them, one per field. */
function issuesOf(issues: { path: PropertyKey[]; message: string }[]): FormProblem<Field> {
  const fields: FormProblem<Field>['fields'] = {};
  for (const issue of issues) {
    const field = FIELDS.find((name) => name === issue.path[0]);
    if (field && !fields[field]) fields[field] = sentence(field === 'tools' && issue.path.length > 1 ? `a tool: ${issue.message}` : issue.message);
  }
  return { fields, message: Object.keys(fields).length === 0 ? 'Check the form and try again.' : null };
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
