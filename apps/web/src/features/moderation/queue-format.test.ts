import { describe, expect, it } from 'vitest';
import { actionDone, actionsFor, queueSubjectPath } from './queue-format.js';

const none = { deleted: false, tool: null, stack: null, username: null };

describe('queueSubjectPath', () => {
  it('links each kind of subject to its page, and nothing that is gone', () => {
    expect(queueSubjectPath({ ...none, subjectType: 'reason', subjectId: 3, tool: { slug: 'nginx', name: 'NGINX' } })).toBe('/tools/nginx');
    expect(queueSubjectPath({ ...none, subjectType: 'decision', subjectId: 12 })).toBe('/decisions/12');
    expect(queueSubjectPath({ ...none, subjectType: 'stack', subjectId: 4, stack: { owner: 'ann', slug: 'shop' } })).toBe('/stacks/ann/shop');
    expect(queueSubjectPath({ ...none, subjectType: 'user', subjectId: 9, username: 'bob' })).toBe('/users/bob');
    expect(queueSubjectPath({ ...none, subjectType: 'decision', subjectId: 12, deleted: true })).toBeNull();
  });
});

describe('actionsFor', () => {
  it('offers what changes the subject as it stands, and always dismissing', () => {
    expect(actionsFor({ subjectType: 'reason', hidden: false, deleted: false })).toEqual(['hide', 'dismiss']);
    expect(actionsFor({ subjectType: 'stack', hidden: true, deleted: false })).toEqual(['restore', 'dismiss']);
    expect(actionsFor({ subjectType: 'user', hidden: false, deleted: false })).toEqual(['suspend', 'dismiss']);
    expect(actionsFor({ subjectType: 'user', hidden: true, deleted: false })).toEqual(['unsuspend', 'dismiss']);
    expect(actionsFor({ subjectType: 'reason', hidden: false, deleted: true })).toEqual(['dismiss']);
  });
});

describe('actionDone', () => {
  it('says what was done and how many reports it closed', () => {
    expect(actionDone('hide', 'Pro of NGINX: Fast', 2)).toBe('Hidden: Pro of NGINX: Fast. 2 reports closed; the moderation log says so.');
    expect(actionDone('dismiss', '@bob', 1)).toBe('Dismissed the reports about: @bob. 1 report closed; the moderation log says so.');
  });
});
