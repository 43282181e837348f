import { inject } from 'vitest';
import { setRoleOn } from './set-role.js';

/** Gives someone a role on the browser tests' server, as its operator would (see set-role.ts). */
export function setRole(username: string, role: 'member' | 'moderator' | 'admin'): Promise<void> {
  return setRoleOn(inject('databaseEnv'), username, role);
}
