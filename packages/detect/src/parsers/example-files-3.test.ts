import { describe, expect, it } from 'vitest';
import { normalizeName } from '../normalize.js';
import { exampleFiles } from '../testing/example-files.js';
import type { MatcherKind } from '../types.js';
import { parsers } from './index.js';

/** The names rules of each kind write, as their examples would. */
const KINDS: ReadonlyArray<[MatcherKind, string[]]> = [
  ['docker', ['postgres', 'bitnami/redis', 'grafana/grafana']],
  ['action', ['actions/setup-node', 'github/codeql-action']],
  ['terraformProvider', ['hashicorp/aws', 'cloudflare/cloudflare']],
  ['terraformResource', ['aws_eks_cluster', 'google_cloud_run_v2_service']],
  ['helm', ['postgresql', 'kube-prometheus-stack']],
  ['apt', ['nginx', 'postgresql-client']],
  ['command', ['gunicorn', 'sidekiq']],
  ['addon', ['heroku-postgresql', 'heroku-redis']],
  ['env', ['SENTRY_DSN', 'STRIPE_SECRET_KEY']],
];

describe('the example file of each kind this group reads', () => {
  for (const [kind, names] of KINDS) {
    for (const name of names) {
      it(`${kind} ${name}`, () => {
        const files = exampleFiles(kind, name);
        const context = { readText: (path: string) => files.find((file) => file.path === path)?.content };
        const signals = files.flatMap((file) => parsers.filter((parser) => parser.matches(file.path)).flatMap((parser) => parser.parse(file, context).signals));
        // Compared as the engine compares them: `postgres:1` is the image postgres, `actions/setup-node@v1` the action.
        expect(signals.filter((signal) => signal.kind === kind).map((signal) => normalizeName(kind, signal.name))).toContain(normalizeName(kind, name));
      });
    }
  }
});
