import { describe, expect, it } from 'vitest';
import { benchDatabaseUrl, parseEnv } from './env.js';

describe('the environment', () => {
  it('has defaults that start the site on the embedded database', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.STACKYARD_DATA_DIR).toBe('./.data');
    expect(env.NODE_ENV).toBe('development');
    expect(env.LOG_LEVEL).toBe('info');
  });

  it('names the variable whose value is wrong', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => parseEnv({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });

  it('accepts a PostgreSQL URL and treats an empty one as unset', () => {
    expect(parseEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/stackyard' }).DATABASE_URL).toContain('127.0.0.1');
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
  it('leaves the GitHub stats sync to the command unless an interval is set', () => {
    expect(parseEnv({}).GITHUB_SYNC_INTERVAL_MINUTES).toBe(0);
    expect(parseEnv({ GITHUB_SYNC_INTERVAL_MINUTES: '60', GITHUB_TOKEN: 'ghp_x' })).toMatchObject({
      GITHUB_SYNC_INTERVAL_MINUTES: 60,
      GITHUB_TOKEN: 'ghp_x',
    });
    expect(parseEnv({ GITHUB_TOKEN: '' }).GITHUB_TOKEN).toBeUndefined();
    expect(() => parseEnv({ GITHUB_SYNC_INTERVAL_MINUTES: '-5' })).toThrow(/GITHUB_SYNC_INTERVAL_MINUTES/);
  });

  it('puts the scale dataset in a database of its own, never the site\'s', () => {
    expect(benchDatabaseUrl(parseEnv({}))).toBe('postgres://postgres@127.0.0.1:5432/stackyard_bench');
    expect(benchDatabaseUrl(parseEnv({ DATABASE_URL: 'postgres://app:secret@db.internal:6543/stackyard' }))).toBe(
      'postgres://app:secret@db.internal:6543/stackyard_bench',
    );
    expect(benchDatabaseUrl(parseEnv({ BENCH_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/load' }))).toBe(
      'postgres://postgres@127.0.0.1:5432/load',
    );
    expect(() =>
      benchDatabaseUrl(parseEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/stackyard', BENCH_DATABASE_URL: 'postgres://postgres@127.0.0.1/stackyard' })),
    ).toThrow(/BENCH_DATABASE_URL/);
    expect(() => parseEnv({ BENCH_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432' })).toThrow(/BENCH_DATABASE_URL/);
  });
});
