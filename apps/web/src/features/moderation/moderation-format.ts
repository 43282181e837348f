import type { ModerationLogEntry, ReportSubjectType } from '@stackyard/domain';

const SUBJECTS: Record<ReportSubjectType, string> = {
  reason: 'a pro or con',
  decision: 'a decision',
  stack: 'a stack',
  user: 'a member',
};

/** "a decision (#12)": what an entry was about. The log names subjects by kind and number only. */
export function subjectLabel(entry: Pick<ModerationLogEntry, 'subjectType' | 'subjectId'>): string {
  return `${SUBJECTS[entry.subjectType]} (#${entry.subjectId})`;
}

/** The short name of what was done, for the entry's badge. */
export const ACTION_LABELS: Record<ModerationLogEntry['action'], string> = {
  hide: 'Hidden',
  restore: 'Restored',
  suspend: 'Suspended',
  unsuspend: 'Unsuspended',
  dismiss: 'Reports dismissed',
  auto_hide: 'Hidden by reports',
};

/** What was done, as the verb of a sentence whose object is the subject ("hid", "dismissed the reports about"). */
export function actionVerb(action: ModerationLogEntry['action']): string {
  switch (action) {
    case 'hide':
    case 'auto_hide':
      return 'hid';
    case 'restore':
      return 'restored';
    case 'suspend':
      return 'suspended';
    case 'unsuspend':
      return 'lifted the suspension of';
    case 'dismiss':
      return 'dismissed the reports about';
  }
}

/** What the moderator did, as the rest of a sentence after their name ("hid a decision (#12)"). */
export function actionPhrase(entry: Pick<ModerationLogEntry, 'action' | 'subjectType' | 'subjectId'>): string {
  return `${actionVerb(entry.action)} ${subjectLabel(entry)}`;
}

/**
 * Who acted, as the sentence's subject: a moderator's username, the reports themselves for automatic
 * hiding, or "A former moderator" when the account is gone.
 */
export function actorOf(entry: Pick<ModerationLogEntry, 'action' | 'moderator'>): { kind: 'moderator'; username: string } | { kind: 'text'; text: string } {
  if (entry.action === 'auto_hide') return { kind: 'text', text: 'Reports from established members' };
  return entry.moderator ? { kind: 'moderator', username: entry.moderator } : { kind: 'text', text: 'A former moderator' };
}

/**
 * The decision's page, when the entry leaves it in public view (restored, or its reports dismissed): a link
 * to hidden content would only lead readers to a page that does not exist for them. Other subjects have no
 * page addressed by number.
 */
export function subjectPath(entry: Pick<ModerationLogEntry, 'action' | 'subjectType' | 'subjectId'>): string | null {
  if (entry.subjectType !== 'decision') return null;
  return entry.action === 'restore' || entry.action === 'dismiss' ? `/decisions/${entry.subjectId}` : null;
}
