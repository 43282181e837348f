import { DECISION_MAX_LENGTH, DECISION_MAX_TOOLS, DECISION_MIN_LENGTH, type ToolLink } from '@stackyard/domain';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { href, Link, useNavigate } from 'react-router';
import { useApi } from '../../lib/api.js';
import { useHydrated } from '../../lib/use-hydrated.js';
import { describeApiError, formProblem } from '../../lib/field-errors.js';
import { checkDraft, DECISION_FIELDS, type DecisionField } from './decision-editor-form.js';
import { useCreateDecisionMutation } from './decision-editor-mutations.js';
import { decisionPreviewQuery } from './decision-editor-queries.js';
import { EditorTabs, type EditorTab } from './decision-editor-tabs.js';
import { DecisionTools } from './decision-editor-tools.js';
import './decision-page.css';

export interface EditorStack {
  owner: string;
  slug: string;
  name: string;
}

interface DecisionEditorProps {
  initialTools: ToolLink[];
  initialStack: string;
  stacks: EditorStack[];
}

/**
 * Writing a decision: the Markdown body with a preview rendered by the API's own renderer, the tools it is
 * about, and optionally the viewer's stack it belongs to. The draft is checked with the domain's schema
 * before it is sent; what the server still refuses is shown next to its field. Posted, it opens its page.
 */
export function DecisionEditor({ initialTools, initialStack, stacks }: DecisionEditorProps) {
  const navigate = useNavigate();
  const create = useCreateDecisionMutation();
  const [body, setBody] = useState('');
  const [tools, setTools] = useState<ToolLink[]>(initialTools);
  const [stack, setStack] = useState(initialStack);
  const [tab, setTab] = useState<EditorTab>('write');
  const [problems, setProblems] = useState<Partial<Record<DecisionField, string>>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const stackRef = useRef<HTMLSelectElement>(null);
  const length = body.trim().length;
  // Rendered on the server, the form waits for its code: what someone typed before would be lost on hydration.
  const hydrated = useHydrated();

  const focusField = (field: DecisionField) => {
    if (field === 'body') {
      setTab('write');
      // The panel is shown on the next render; focus once it is.
      requestAnimationFrame(() => bodyRef.current?.focus());
    } else if (field === 'tools') {
      document.getElementById('decision-tools')?.focus();
    } else {
      stackRef.current?.focus();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setFormMessage(null);
    const checked = checkDraft({ body, tools: tools.map((tool) => tool.slug), stack });
    if ('problems' in checked) {
      setProblems(checked.problems);
      const first = DECISION_FIELDS.find((field) => checked.problems[field]);
      if (first) focusField(first);
      return;
    }
    setProblems({});
    create.mutate(checked.request, {
      onSuccess: (decision) => void navigate(href('/decisions/:id', { id: String(decision.id) })),
      onError: (error) => {
        const problem = formProblem(error, DECISION_FIELDS);
        setProblems(problem.fields);
        setFormMessage(problem.message);
        const first = DECISION_FIELDS.find((field) => problem.fields[field]);
        if (first) focusField(first);
      },
    });
  };

  return (
    <form className="decision-editor" onSubmit={onSubmit} noValidate aria-busy={create.isPending || !hydrated}>
      <fieldset className="decision-editor__fields" disabled={!hydrated}>
        <EditorTabs
          selected={tab}
          onSelect={setTab}
          write={
            <div className="field">
              <label htmlFor="decision-body">Your decision</label>
              <p id="decision-body-hint" className="field__hint">
                Why did you choose these tools, and over what? Markdown works: **bold**, [a link](https://example.org), lists.{' '}
                {DECISION_MIN_LENGTH} to {DECISION_MAX_LENGTH.toLocaleString('en')} characters.
              </p>
              <textarea
                ref={bodyRef}
                id="decision-body"
                name="body"
                rows={12}
                value={body}
                onChange={(event) => setBody(event.target.value)}
                aria-invalid={problems.body ? true : undefined}
                aria-describedby={`decision-body-hint decision-body-count${problems.body ? ' decision-body-problem' : ''}`}
              />
              <p id="decision-body-count" className={length > DECISION_MAX_LENGTH ? 'field__hint decision-editor__count--over' : 'field__hint'}>
                {length.toLocaleString('en')} / {DECISION_MAX_LENGTH.toLocaleString('en')} characters
              </p>
              {problems.body && (
                <p id="decision-body-problem" className="field__problem">
                  {problems.body}
                </p>
              )}
            </div>
          }
          preview={<DecisionPreview body={body} active={tab === 'preview'} />}
        />

        <DecisionTools tools={tools} max={DECISION_MAX_TOOLS} onChange={setTools} problem={problems.tools} />

        <div className="field">
          <label htmlFor="decision-stack">Stack it belongs to (optional)</label>
          <select
            ref={stackRef}
            id="decision-stack"
            name="stack"
            value={stack}
            onChange={(event) => setStack(event.target.value)}
            aria-invalid={problems.stack ? true : undefined}
            aria-describedby={problems.stack ? 'decision-stack-hint decision-stack-problem' : 'decision-stack-hint'}
          >
            <option value="">None</option>
            {stacks.map((one) => (
              <option key={`${one.owner}/${one.slug}`} value={`${one.owner}/${one.slug}`}>
                {one.name}
              </option>
            ))}
          </select>
          <p id="decision-stack-hint" className="field__hint">
            {stacks.length === 0 ? (
              <>
                You have no stack yet. <Link to={href('/stacks/new')}>Share one</Link> to write decisions within it.
              </>
            ) : (
              'The decision is then shown on that stack’s page too.'
            )}
          </p>
          {problems.stack && (
            <p id="decision-stack-problem" className="field__problem">
              {problems.stack}
            </p>
          )}
        </div>

        {formMessage && (
          <div className="alert" role="alert">
            <p className="alert__title">Your decision was not posted.</p>
            <p>{formMessage}</p>
          </div>
        )}
        <div className="decision-editor__actions">
          <button type="submit" className="button button--primary" aria-disabled={create.isPending}>
            {create.isPending ? 'Posting…' : 'Post decision'}
          </button>
          <p role="status" className="decision-editor__status">
            {create.isPending ? 'Posting your decision…' : create.isSuccess ? 'Posted. Opening it…' : ''}
          </p>
        </div>
      </fieldset>
    </form>
  );
}

/** The body as it will look once posted, asked of the API whenever the Preview tab is shown after an edit. */
function DecisionPreview({ body, active }: { body: string; active: boolean }) {
  const text = body.trim();
  const preview = useQuery({ ...decisionPreviewQuery(useApi(), text), enabled: active && text !== '' });
  if (text === '') return <p className="muted">Nothing to preview yet. Write your decision on the Write tab.</p>;
  if (preview.isError) {
    return (
      <div className="alert" role="alert">
        <p className="alert__title">Could not show the preview.</p>
        <p>{describeApiError(preview.error)}</p>
        <button type="button" className="button" onClick={() => void preview.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (preview.data === undefined) {
    return (
      <p className="muted" role="status" aria-busy="true">
        Rendering the preview…
      </p>
    );
  }
  return <div className="decision-body decision-editor__preview" dangerouslySetInnerHTML={{ __html: preview.data }} />;
}
