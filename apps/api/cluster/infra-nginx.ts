import { nginxConfig } from './nginx-config.js';

/**
 * infra/nginx.conf, the proxy of infra/compose.yaml: the configuration the cluster and the fault runs test,
 * for containers (every replica behind the one name `api`, port 80, the image's own folders and user).
 * `npm run pnpm -- --filter @stackyard/api infra:nginx` rewrites it; deployment-files.test.ts holds the
 * committed file to this.
 */
export function infraNginxConfig(): string {
  return nginxConfig({ folder: '/var/cache/nginx/stackyard', logs: '/var/log/nginx', listen: '80', upstreams: ['api:3000'], workerUser: 'nginx', cache: true });
}
