import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { errorAnswer } from '../testing/error-answer.js';


describe('the error handler', () => {
  it('answers an AppError with its status and the documented shape', () => {
    expect(errorAnswer(new AppError('conflict', 'Taken', { field: 'email' }))).toMatchObject({
      status: 409,
      body: { error: { code: 'conflict', message: 'Taken', details: { field: 'email' } } },
    });
  });

  it('turns a deadlock or serialization failure into 503 with Retry-After, not a 500', () => {
    for (const code of ['40P01', '40001']) {
      const sent = errorAnswer(Object.assign(new Error('deadlock detected'), { code }));
      expect(sent.status).toBe(503);
      expect(sent.headers['Retry-After']).toBe('1');
    }
  });

  it('turns a statement cancelled by the statement timeout into 503 with Retry-After', () => {
    const sent = errorAnswer(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }));
    expect(sent.status).toBe(503);
    expect(sent.headers['Retry-After']).toBe('1');
    expect(JSON.stringify(sent.body)).not.toContain('canceling');
  });

  it('answers anything unexpected with a bare 500 that leaks nothing', () => {
    const sent = errorAnswer(new Error('secret internals at /srv/app.js:12'));
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).not.toContain('secret');
  });
});
