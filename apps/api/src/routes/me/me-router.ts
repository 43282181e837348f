import { contracts } from '@stackyard/contract';
import { clearSessionCookie } from '../../auth/session-cookie.js';
import type { Viewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { sessionIdOf } from '../../middleware/authenticate.js';
import { changePassword, deleteAccount, getAccount, updateAccount } from '../../services/account-service.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/api-token-service.js';
import { endOtherSessions, endSessionByPublicId, listSessions } from '../../services/session-service.js';
import { implement } from '../mount-route.js';

/** Credentials are managed from a signed-in browser only: a leaked CLI token must not mint more. */
function requireSession(viewer: Viewer): Viewer {
  if (viewer.via !== 'session') throw new AppError('forbidden', 'Sign in on the website to manage your account');
  return viewer;
}

/** /api/v1/me: the signed-in account, its sessions and its API tokens. */
export function meRouter({ db, config, clock }: AppContext) {
  return implement(contracts.me, {
    get: async ({ viewer }) => ({ status: 200, body: { user: await getAccount(db, viewer.id) } }),
    update: async ({ viewer, body }) => ({ status: 200, body: { user: await updateAccount(db, viewer.id, body) } }),
    remove: async ({ viewer, body }, { res }) => {
      await deleteAccount(db, requireSession(viewer).id, body.password);
      clearSessionCookie(res, config);
      return { status: 204 };
    },
    changePassword: async ({ viewer, body }, { res }) => ({
      status: 200,
      body: await changePassword(db, requireSession(viewer).id, sessionIdOf(res), body.currentPassword, body.newPassword),
    }),
    sessions: async ({ viewer }, { res }) => ({
      status: 200,
      body: { sessions: await listSessions(db, requireSession(viewer).id, sessionIdOf(res), clock()) },
    }),
    endOtherSessions: async ({ viewer }, { res }) => {
      await endOtherSessions(db, requireSession(viewer).id, sessionIdOf(res));
      return { status: 204 };
    },
    endSession: async ({ viewer, params }) => {
      if (!(await endSessionByPublicId(db, requireSession(viewer).id, params.id))) throw AppError.notFound('That session');
      return { status: 204 };
    },
    tokens: async ({ viewer }) => ({ status: 200, body: { tokens: await listApiTokens(db, requireSession(viewer).id, clock()) } }),
    createToken: async ({ viewer, body }) => ({ status: 201, body: await createApiToken(db, requireSession(viewer).id, body, clock()) }),
    revokeToken: async ({ viewer, params }) => {
      await revokeApiToken(db, requireSession(viewer).id, params.id);
      return { status: 204 };
    },
  });
}
