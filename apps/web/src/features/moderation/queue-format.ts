import type { ModerationAction, ReportQueueItem } from '@stackyard/domain';

/** What kind of thing an entry is, for its badge. */
export const KIND_LABELS: Record<ReportQueueItem['subjectType'], string> = {
  reason: 'Pro or con',
  decision: 'Decision',
  stack: 'Stack',
  user: 'Person',
};

/** Where the reported subject can be seen, or null when it is gone. */
export function queueSubjectPath(item: Pick<ReportQueueItem, 'subjectType' | 'subjectId' | 'deleted' | 'tool' | 'stack' | 'username'>): string | null {
  if (item.deleted) return null;
  switch (item.subjectType) {
    case 'reason':
      return item.tool ? `/tools/${encodeURIComponent(item.tool.slug)}` : null;
    case 'decision':
      return `/decisions/${item.subjectId}`;
    case 'stack':
      return item.stack ? `/stacks/${encodeURIComponent(item.stack.owner)}/${encodeURIComponent(item.stack.slug)}` : null;
    case 'user':
      return item.username ? `/users/${encodeURIComponent(item.username)}` : null;
  }
}

/** The actions that apply to an entry as it stands: show or hide content, suspend or reinstate a person, or dismiss. */
export function actionsFor(item: Pick<ReportQueueItem, 'subjectType' | 'hidden' | 'deleted'>): ModerationAction[] {
  if (item.deleted) return ['dismiss'];
  if (item.subjectType === 'user') return [item.hidden ? 'unsuspend' : 'suspend', 'dismiss'];
  return [item.hidden ? 'restore' : 'hide', 'dismiss'];
}

export const ACTION_BUTTONS: Record<ModerationAction, { idle: string; pending: string }> = {
  hide: { idle: 'Hide', pending: 'Hiding…' },
  restore: { idle: 'Restore', pending: 'Restoring…' },
  suspend: { idle: 'Suspend', pending: 'Suspending…' },
  unsuspend: { idle: 'Lift suspension', pending: 'Lifting…' },
  dismiss: { idle: 'Dismiss reports', pending: 'Dismissing…' },
};

const DONE: Record<ModerationAction, string> = {
  hide: 'Hidden',
  restore: 'Restored',
  suspend: 'Suspended',
  unsuspend: 'Lifted the suspension of',
  dismiss: 'Dismissed the reports about',
};

/** What the status line says once an action is through: what was done, to what, and how many reports it closed. */
export function actionDone(action: ModerationAction, summary: string, resolvedReports: number): string {
  const closed = resolvedReports === 1 ? '1 report closed' : `${resolvedReports} reports closed`;
  return `${DONE[action]}: ${summary}. ${closed}; the moderation log says so.`;
}
