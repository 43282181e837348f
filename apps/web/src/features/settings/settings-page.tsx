import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useApi } from '../../lib/api.js';
import { viewerQuery } from '../auth/viewer-queries.js';
import { DeleteAccountForm } from './delete-account-form.js';
import { PasswordForm } from './password-form.js';
import { ProfileForm } from './profile-form.js';
import { SessionsSection } from './sessions-section.js';
import { TokensSection } from './tokens-section.js';
import './settings.css';

/** The page's sections, in order: the table of contents links each by its id. */
const SECTIONS = [
  { id: 'profile', title: 'Profile' },
  { id: 'password', title: 'Password' },
  { id: 'sessions', title: 'Sessions' },
  { id: 'tokens', title: 'API tokens' },
  { id: 'delete', title: 'Delete the account' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

/** The signed-in account's settings: one page, one form per section, a table of contents to reach each. */
export function SettingsPage() {
  const { data: viewer } = useSuspenseQuery(viewerQuery(useApi()));
  // Signed out from here (the account deleted): the page is on its way home.
  if (!viewer) return null;
  return (
    <div className="settings">
      <header className="settings__head">
        <h1>Settings</h1>
        <p className="settings__lead">
          Signed in as <strong>@{viewer.username}</strong> ({viewer.email}). Your email is never shown to anyone.
        </p>
      </header>
      <div className="settings__layout">
        <nav className="settings__toc" aria-label="Settings sections">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings__sections">
          <Section id="profile" lead="How you appear beside your stacks, decisions and pros and cons.">
            <ProfileForm viewer={viewer} />
          </Section>
          <Section id="password" lead="The password you sign in with.">
            <PasswordForm viewer={viewer} />
          </Section>
          <Section id="sessions" lead="The browsers where you are signed in. Sign out any you do not recognise.">
            <SessionsSection />
          </Section>
          <Section id="tokens" lead="Tokens for the stackyard command-line tool and your scripts. Each can be revoked on its own.">
            <TokensSection />
          </Section>
          <Section id="delete" lead="Leave Stackyard for good." danger>
            <DeleteAccountForm viewer={viewer} />
          </Section>
        </div>
      </div>
    </div>
  );
}

function Section({ id, lead, danger = false, children }: { id: SectionId; lead: string; danger?: boolean; children: ReactNode }) {
  const title = SECTIONS.find((section) => section.id === id)!.title;
  return (
    <section id={id} className={danger ? 'settings-section settings-section--danger' : 'settings-section'} aria-labelledby={`settings-${id}-title`} tabIndex={-1}>
      <h2 id={`settings-${id}-title`} className="settings-section__title">
        {title}
      </h2>
      <p className="settings-section__lead">{lead}</p>
      {children}
    </section>
  );
}

