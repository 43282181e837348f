import {
  accountResponseSchema,
  apiTokenListResponseSchema,
  apiTokenParamsSchema,
  changePasswordRequestSchema,
  createApiTokenRequestSchema,
  createApiTokenResponseSchema,
  deleteAccountRequestSchema,
  sessionListResponseSchema,
  sessionParamsSchema,
  updateAccountRequestSchema,
} from '@stackyard/domain';
import { Router, type Response } from 'express';
import { clearSessionCookie } from '../../auth/session-cookie.js';
import { requireViewer, type Viewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { sessionIdOf } from '../../middleware/authenticate.js';
import { inputOf } from '../../middleware/validate.js';
import { changePassword, deleteAccount, getAccount, updateAccount } from '../../services/account-service.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/api-token-service.js';
import { endOtherSessions, endSessionByPublicId, listSessions } from '../../services/session-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute, type RouteContract } from '../route-contract.js';

const BASE = '/api/v1/me';
const me = { tags: ['me'], requiresSignIn: true } satisfies Partial<RouteContract>;

export const meContracts = {
  get: defineRoute({ ...me, method: 'get', path: BASE, summary: 'The signed-in account', responses: { 200: { description: 'The account', schema: accountResponseSchema } } }),
  update: defineRoute({
    ...me,
    method: 'patch',
    path: BASE,
    summary: 'Changes the display name, bio, avatar or website',
    request: { body: updateAccountRequestSchema },
    responses: { 200: { description: 'The account', schema: accountResponseSchema } },
  }),
  remove: defineRoute({
    ...me,
    method: 'delete',
    path: BASE,
    summary: "Deletes the account (password required when it has one); its votes, follows and stacks go, counters follow",
    request: { body: deleteAccountRequestSchema },
    responses: { 204: { description: 'Deleted' } },
  }),
  password: defineRoute({
    ...me,
    method: 'post',
    path: `${BASE}/password`,
    summary: 'Changes the password (current one required); every other session ends',
    request: { body: changePasswordRequestSchema },
    responses: { 204: { description: 'Changed' } },
  }),
  sessions: defineRoute({ ...me, method: 'get', path: `${BASE}/sessions`, summary: 'Where the account is signed in', responses: { 200: { description: 'Sessions', schema: sessionListResponseSchema } } }),
  endOthers: defineRoute({ ...me, method: 'delete', path: `${BASE}/sessions`, summary: 'Signs out everywhere else', responses: { 204: { description: 'Ended' } } }),
  endOne: defineRoute({
    ...me,
    method: 'delete',
    path: `${BASE}/sessions/:id`,
    summary: 'Ends one session',
    request: { params: sessionParamsSchema },
    responses: { 204: { description: 'Ended' } },
  }),
  tokens: defineRoute({ ...me, method: 'get', path: `${BASE}/tokens`, summary: "The account's API tokens (never their secrets)", responses: { 200: { description: 'Tokens', schema: apiTokenListResponseSchema } } }),
  createToken: defineRoute({
    ...me,
    method: 'post',
    path: `${BASE}/tokens`,
    summary: 'Creates a named API token for the CLI; the secret is in this answer only',
    request: { body: createApiTokenRequestSchema },
    responses: { 201: { description: 'The token and its secret', schema: createApiTokenResponseSchema } },
  }),
  revokeToken: defineRoute({
    ...me,
    method: 'delete',
    path: `${BASE}/tokens/:id`,
    summary: 'Revokes an API token',
    request: { params: apiTokenParamsSchema },
    responses: { 204: { description: 'Revoked' } },
  }),
};

/** Credentials are managed from a signed-in browser only: a leaked CLI token must not mint more. */
function requireSessionViewer(res: Response): Viewer {
  const viewer = requireViewer(res);
  if (viewer.via !== 'session') throw new AppError('forbidden', 'Sign in on the website to manage your account');
  return viewer;
}

/** /api/v1/me: the signed-in account, its sessions and its API tokens. */
export function meRouter({ db, config, clock }: AppContext): Router {
  const router = Router();
  const c = meContracts;

  mountRoute(router, BASE, c.get, async (_req, res) => {
    res.json({ user: await getAccount(db, requireViewer(res).id) });
  });

  mountRoute(router, BASE, c.update, async (_req, res) => {
    const viewer = requireViewer(res);
    res.json({ user: await updateAccount(db, viewer.id, inputOf(res, c.update.request).body) });
  });

  mountRoute(router, BASE, c.remove, async (_req, res) => {
    const viewer = requireSessionViewer(res);
    await deleteAccount(db, viewer.id, inputOf(res, c.remove.request).body.password);
    clearSessionCookie(res, config);
    res.status(204).end();
  });

  mountRoute(router, BASE, c.password, async (_req, res) => {
    const viewer = requireSessionViewer(res);
    const { currentPassword, newPassword } = inputOf(res, c.password.request).body;
    await changePassword(db, viewer.id, sessionIdOf(res), currentPassword, newPassword);
    res.status(204).end();
  });

  mountRoute(router, BASE, c.sessions, async (_req, res) => {
    const viewer = requireSessionViewer(res);
    res.json({ sessions: await listSessions(db, viewer.id, sessionIdOf(res), clock()) });
  });

  /** Signs out everywhere else. */
  mountRoute(router, BASE, c.endOthers, async (_req, res) => {
    const viewer = requireSessionViewer(res);
    await endOtherSessions(db, viewer.id, sessionIdOf(res));
    res.status(204).end();
  });

  mountRoute(router, BASE, c.endOne, async (_req, res) => {
    const viewer = requireSessionViewer(res);
    if (!(await endSessionByPublicId(db, viewer.id, inputOf(res, c.endOne.request).params.id))) throw AppError.notFound('That session');
    res.status(204).end();
  });

  mountRoute(router, BASE, c.tokens, async (_req, res) => {
    res.json({ tokens: await listApiTokens(db, requireSessionViewer(res).id) });
  });

  mountRoute(router, BASE, c.createToken, async (_req, res) => {
    const viewer = requireSessionViewer(res);
    res.status(201).json(await createApiToken(db, viewer.id, inputOf(res, c.createToken.request).body.name));
  });

  mountRoute(router, BASE, c.revokeToken, async (_req, res) => {
    const viewer = requireSessionViewer(res);
    await revokeApiToken(db, viewer.id, inputOf(res, c.revokeToken.request).params.id);
    res.status(204).end();
  });

  return router;
}
