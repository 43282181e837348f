import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config.js';
import { parseEnv } from './env.js';

const config = (env: Record<string, string>) => configFromEnv(parseEnv(env));

describe('TRUST_PROXY', () => {
  it('trusts nobody when unset or empty', () => {
    expect(config({}).trustProxy).toBe(false);
    expect(config({ TRUST_PROXY: '' }).trustProxy).toBe(false);
  });

  it('takes a hop count or a comma-separated list of addresses, CIDRs and named ranges', () => {
    expect(config({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(config({ TRUST_PROXY: ' 10.0.0.0/8, 192.168.1.2 ,fd00::/8,::1,uniquelocal' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.2',
      'fd00::/8',
      '::1',
      'uniquelocal',
    ]);
  });

  it('refuses "everyone" and anything that is not an address, naming the variable and the entry', () => {
    expect(() => parseEnv({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: .*"true"/);
    expect(() => parseEnv({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY: .*"10\.0\.0\.0\/33"/);
    expect(() => parseEnv({ TRUST_PROXY: '10.0.0.1,proxy.internal' })).toThrow(/"proxy\.internal"/);
    expect(() => parseEnv({ TRUST_PROXY: '1.2.3' })).toThrow(/TRUST_PROXY/);
  });
});

describe('STACKYARD_PUBLIC_URL', () => {
  it('is required in production, with a message that names it', () => {
    expect(() => config({ NODE_ENV: 'production' })).toThrow(/STACKYARD_PUBLIC_URL must be set in production/);
  });

  it("gives the public origin (the URL's origin), or http://localhost:PORT in development", () => {
    expect(config({ NODE_ENV: 'production', STACKYARD_PUBLIC_URL: 'https://stackyard.example.org/' }).publicOrigin).toBe('https://stackyard.example.org');
    expect(config({ PORT: '8080' }).publicOrigin).toBe('http://localhost:8080');
  });
});

describe('the HTTP server limits', () => {
  it('default to 10 s for headers, 30 s for the whole request, 65 s idle keep-alive and 1000 connections', () => {
    expect(config({}).http).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 65_000, maxConnections: 1000 });
  });

  it('are read from the environment', () => {
    const { http } = config({
      HTTP_HEADERS_TIMEOUT_SECONDS: '5',
      HTTP_REQUEST_TIMEOUT_SECONDS: '20',
      HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: '75',
      HTTP_MAX_CONNECTIONS: '500',
    });
    expect(http).toEqual({ headersTimeoutMs: 5_000, requestTimeoutMs: 20_000, keepAliveTimeoutMs: 75_000, maxConnections: 500 });
  });

  it('refuse a headers timeout longer than the request timeout, as Node would', () => {
    expect(() => parseEnv({ HTTP_HEADERS_TIMEOUT_SECONDS: '40' })).toThrow(/HTTP_HEADERS_TIMEOUT_SECONDS: must not be longer than HTTP_REQUEST_TIMEOUT_SECONDS/);
    expect(() => parseEnv({ HTTP_REQUEST_TIMEOUT_SECONDS: '0' })).toThrow(/HTTP_REQUEST_TIMEOUT_SECONDS/);
    expect(() => parseEnv({ HTTP_MAX_CONNECTIONS: 'many' })).toThrow(/HTTP_MAX_CONNECTIONS/);
  });
});
