import { describe, expect, it } from 'vitest';
import { actionPhrase, actorOf, subjectLabel, subjectPath } from './moderation-format.js';

const entry = (action: Parameters<typeof actionPhrase>[0]['action'], subjectType: Parameters<typeof actionPhrase>[0]['subjectType'] = 'decision') => ({
  action,
  subjectType,
  subjectId: 12,
});

describe('subjectLabel and actionPhrase', () => {
  it('say what was done to what', () => {
    expect(subjectLabel({ subjectType: 'reason', subjectId: 3 })).toBe('a pro or con (#3)');
    expect(actionPhrase(entry('hide'))).toBe('hid a decision (#12)');
    expect(actionPhrase(entry('restore', 'stack'))).toBe('restored a stack (#12)');
    expect(actionPhrase(entry('suspend', 'user'))).toBe('suspended a member (#12)');
    expect(actionPhrase(entry('unsuspend', 'user'))).toBe('lifted the suspension of a member (#12)');
    expect(actionPhrase(entry('dismiss', 'reason'))).toBe('dismissed the reports about a pro or con (#12)');
    expect(actionPhrase(entry('auto_hide'))).toBe('hid a decision (#12)');
  });
});

describe('actorOf', () => {
  it('names the moderator, the reports, or a moderator who is gone', () => {
    expect(actorOf({ action: 'hide', moderator: 'mod-ann' })).toEqual({ kind: 'moderator', username: 'mod-ann' });
    expect(actorOf({ action: 'auto_hide', moderator: null })).toEqual({ kind: 'text', text: 'Reports from established members' });
    expect(actorOf({ action: 'hide', moderator: null })).toEqual({ kind: 'text', text: 'A former moderator' });
  });
});

describe('subjectPath', () => {
  it('links a decision only when the entry leaves it in view', () => {
    expect(subjectPath(entry('restore'))).toBe('/decisions/12');
    expect(subjectPath(entry('dismiss'))).toBe('/decisions/12');
    expect(subjectPath(entry('hide'))).toBeNull();
    expect(subjectPath(entry('auto_hide'))).toBeNull();
    expect(subjectPath(entry('restore', 'stack'))).toBeNull();
  });
});
