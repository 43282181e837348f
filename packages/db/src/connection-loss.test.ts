import { describe, expect, it } from 'vitest';
import { isConnectionLoss } from './connection-loss.js';

describe('isConnectionLoss', () => {
  it('knows a server shutting down, starting, or a connection that broke', () => {
    for (const code of ['57P01', '57P03', '08006', 'ECONNREFUSED', 'ECONNRESET']) expect(isConnectionLoss({ code, message: 'x' })).toBe(true);
    expect(isConnectionLoss(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionLoss(new Error('Client has encountered a connection error and is not queryable'))).toBe(true);
  });

  it('leaves alone what the database refused, and what is not an error at all', () => {
    for (const code of ['23505', '40001', '57014', '22P02']) expect(isConnectionLoss({ code, message: 'x' })).toBe(false);
    expect(isConnectionLoss(new Error('relation "x" does not exist'))).toBe(false);
    expect(isConnectionLoss(null)).toBe(false);
    expect(isConnectionLoss('Connection terminated')).toBe(false);
  });
});
