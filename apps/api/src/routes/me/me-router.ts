import {
  apiTokenParamsSchema,
  changePasswordRequestSchema,
  createApiTokenRequestSchema,
  deleteAccountRequestSchema,
  sessionParamsSchema,
  updateAccountRequestSchema,
} from '@stackyard/domain';
import { Router, type Response } from 'express';
import { clearSessionCookie } from '../../auth/session-cookie.js';
import { requireViewer, type Viewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { sessionIdOf } from '../../middleware/authenticate.js';
import { inputOf, validate } from '../../middleware/validate.js';
import { changePassword, deleteAccount, getAccount, updateAccount } from '../../services/account-service.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/api-token-service.js';
import { endOtherSessions, endSessionByPublicId, listSessions } from '../../services/session-service.js';

const update = { body: updateAccountRequestSchema };
const password = { body: changePasswordRequestSchema };
const remove = { body: deleteAccountRequestSchema };
const oneSession = { params: sessionParamsSchema };
const newToken = { body: createApiTokenRequestSchema };
const oneToken = { params: apiTokenParamsSchema };

/** Credentials are managed from a signed-in browser only: a leaked CLI token must not mint more. */
function requireSessionViewer(res: Response): Viewer {
  const viewer = requireViewer(res);
  if (viewer.via !== 'session') throw new AppError('forbidden', 'Sign in on the website to manage your account');
  return viewer;
}

/** /api/v1/me: the signed-in account, its sessions and its API tokens. */
export function meRouter({ db, config, clock }: AppContext): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    res.json({ user: await getAccount(db, requireViewer(res).id) });
  });

  router.patch('/', validate(update), async (_req, res) => {
    const viewer = requireViewer(res);
    res.json({ user: await updateAccount(db, viewer.id, inputOf(res, update).body) });
  });

  router.delete('/', validate(remove), async (_req, res) => {
    const viewer = requireSessionViewer(res);
    await deleteAccount(db, viewer.id, inputOf(res, remove).body.password);
    clearSessionCookie(res, config);
    res.status(204).end();
  });

  router.post('/password', validate(password), async (_req, res) => {
    const viewer = requireSessionViewer(res);
    const { currentPassword, newPassword } = inputOf(res, password).body;
    await changePassword(db, viewer.id, sessionIdOf(res), currentPassword, newPassword);
    res.status(204).end();
  });

  router.get('/sessions', async (_req, res) => {
    const viewer = requireSessionViewer(res);
    res.json({ sessions: await listSessions(db, viewer.id, sessionIdOf(res), clock()) });
  });

  /** Signs out everywhere else. */
  router.delete('/sessions', async (_req, res) => {
    const viewer = requireSessionViewer(res);
    await endOtherSessions(db, viewer.id, sessionIdOf(res));
    res.status(204).end();
  });

  router.delete('/sessions/:id', validate(oneSession), async (_req, res) => {
    const viewer = requireSessionViewer(res);
    if (!(await endSessionByPublicId(db, viewer.id, inputOf(res, oneSession).params.id))) throw AppError.notFound('That session');
    res.status(204).end();
  });

  router.get('/tokens', async (_req, res) => {
    res.json({ tokens: await listApiTokens(db, requireSessionViewer(res).id) });
  });

  router.post('/tokens', validate(newToken), async (_req, res) => {
    const viewer = requireSessionViewer(res);
    res.status(201).json(await createApiToken(db, viewer.id, inputOf(res, newToken).body.name));
  });

  router.delete('/tokens/:id', validate(oneToken), async (_req, res) => {
    const viewer = requireSessionViewer(res);
    await revokeApiToken(db, viewer.id, inputOf(res, oneToken).params.id);
    res.status(204).end();
  });

  return router;
}
