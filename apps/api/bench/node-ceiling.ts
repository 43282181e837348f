/**
 * C_node: the fastest a Node process answers a request that reaches PostgreSQL here. node:http and a pg
 * pool of 10 (the API's size) running `SELECT 1`, no Express, no middleware. Run as a child process by the
 * harness: `node --import tsx node-ceiling.ts <port> <database url>`; it listens on 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import pg from 'pg';

const [port, url] = process.argv.slice(2);
if (!port || !url) throw new Error('usage: node-ceiling.ts <port> <database url>');

const pool = new pg.Pool({ connectionString: url, max: 10 });
pool.on('error', () => {});
const body = JSON.stringify({ status: 'ok' });

const server = createServer((_req, res) => {
  pool.query('SELECT 1').then(
    () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    },
    () => {
      res.writeHead(503).end();
    },
  );
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), '127.0.0.1');

const stop = () => server.close(() => void pool.end().finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
