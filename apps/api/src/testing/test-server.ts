/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are whatever the server sent */
import type { DatabaseHandle } from '@stackyard/db';
import { createTestDatabase } from '@stackyard/db/testing';
import { pino } from 'pino';
import { startServer, type RunningServer } from '../server.js';

export interface TestServer extends RunningServer {
  database: DatabaseHandle;
  /** GET or another method against the server, over a real socket; the body parsed as JSON when it is JSON. */
  request(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: any }>;
  stop(): Promise<void>;
}

/** The real API on a free port, over a database of the test file's own (cloned from the seeded template). */
export async function startTestServer(): Promise<TestServer> {
  const database = await createTestDatabase();
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const running = await startServer({ db: database.db, engine: database.engine, logger, webDir: null }, 0);
  return {
    ...running,
    database,
    async request(path, init) {
      const response = await fetch(`${running.url}${path}`, init);
      const text = await response.text();
      const isJson = response.headers.get('content-type')?.includes('application/json');
      return { status: response.status, headers: response.headers, body: isJson ? JSON.parse(text) : text };
    },
    async stop() {
      await running.close();
      await database.close();
    },
  };
}
