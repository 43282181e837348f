import { useId, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'selected';

/**
 * A new token's secret, shown this once: the server keeps only its hash. Copy writes it to the clipboard;
 * where the browser refuses that, the text is selected for the person to copy by hand.
 */
export function NewToken({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const titleId = useId();
  const warningId = useId();

  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      input.current?.focus();
      input.current?.select();
      setCopy('selected');
    }
  };

  return (
    <section className="settings-secret" aria-labelledby={titleId}>
      <h3 id={titleId} className="settings-secret__title">
        Your new token “{name}”
      </h3>
      <p id={warningId} className="settings-secret__warning">
        Copy it now and keep it somewhere safe: it will not be shown again. Anyone who has it can act as you.
      </p>
      <div className="settings-secret__row">
        <label className="visually-hidden" htmlFor={`${titleId}-value`}>
          Token value
        </label>
        <input
          ref={input}
          id={`${titleId}-value`}
          className="settings-secret__value"
          type="text"
          readOnly
          value={secret}
          spellCheck={false}
          aria-describedby={warningId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copySecret()}>
          Copy
        </button>
      </div>
      <p className="settings-status settings-status--done" role="status">
        {copy === 'copied' ? 'Copied to the clipboard.' : copy === 'selected' ? 'Selected: press Ctrl+C (⌘C on a Mac) to copy it.' : ''}
      </p>
      <button type="button" className="button button--quiet" onClick={onDone}>
        I have copied it
      </button>
    </section>
  );
}
