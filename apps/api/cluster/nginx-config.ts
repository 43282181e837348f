/**
 * nginx in front of the API replicas, as a deployment would run it:
 * - round robin over the replicas with passive health checks (an upstream that refuses or times out is left
 *   out for `fail_timeout`; active checks are not in open-source nginx), idle connections kept alive;
 * - a failed request tried on the next replica only when that is safe: nginx never retries POST, PATCH or
 *   LOCK (no `non_idempotent`), and a 503 from the API (its database is away) is an answer, passed on, not
 *   an upstream failure: retrying it would only mark every replica down;
 * - a short cache for anonymous GETs and HEADs, which keeps what the API's Cache-Control allows for as long
 *   as it says (nothing is cached without it), never for a request with a session cookie or a token, and
 *   serves its copy while refreshing it or while the API cannot answer;
 * - the client's address, scheme and a request id set by nginx (replacing any a client sends), which the
 *   API trusts from one hop (TRUST_PROXY=1) and logs;
 * - /api/metrics not served: Prometheus scrapes each replica directly.
 */
export interface NginxSettings {
  /** The folder nginx keeps its pid, temporary files and cache in (it must exist; nginx makes the rest). */
  folder: string;
  logs: string;
  /** What it listens on: `127.0.0.1:8080` here, `80` in a container. */
  listen: string;
  /** The replicas, `host:port` each (a name Docker's DNS resolves to every replica stands for them all). */
  upstreams: string[];
  /** The user its workers run as when it is started as root (they write the cache). */
  workerUser: string | null;
  /** Whether the cache is on (the benchmark compares with and without). */
  cache: boolean;
}

export function nginxConfig({ folder, logs, listen, upstreams, workerUser, cache }: NginxSettings): string {
  const servers = upstreams.map((upstream) => `    server ${upstream} max_fails=1 fail_timeout=5s;`).join('\n');
  const caching = cache
    ? `
      proxy_cache stackyard;
      proxy_cache_key $scheme$host$request_uri;
      proxy_cache_methods GET HEAD;
      proxy_cache_bypass $signed_in $http_authorization;
      proxy_no_cache $signed_in $http_authorization;
      proxy_cache_lock on;
      proxy_cache_lock_timeout 2s;
      proxy_cache_background_update on;
      proxy_cache_use_stale error timeout updating http_502 http_503 http_504;
      add_header X-Cache $upstream_cache_status always;
      # A copy from the cache carries the id of the request that filled it: each answer gets its own.
      proxy_hide_header X-Request-Id;
      add_header X-Request-Id $request_id always;`
    : '';
  return `# Written by apps/api/cluster/nginx-config.ts; edits are lost.
daemon off;
${workerUser ? `user ${workerUser};\n` : ''}worker_processes auto;
pid ${folder}/nginx.pid;
error_log ${logs}/nginx-error.log warn;

events {
  worker_connections 4096;
}

http {
  log_format stackyard '$remote_addr [$time_local] "$request" $status $body_bytes_sent $request_time '
                       'upstream=$upstream_addr cache=$upstream_cache_status id=$request_id';
  access_log ${logs}/nginx-access.log stackyard buffer=64k flush=1s;

  client_body_temp_path ${folder}/temp-body;
  proxy_temp_path ${folder}/temp-proxy;
  fastcgi_temp_path ${folder}/temp-fastcgi;
  uwsgi_temp_path ${folder}/temp-uwsgi;
  scgi_temp_path ${folder}/temp-scgi;
  proxy_cache_path ${folder}/cache levels=1:2 keys_zone=stackyard:10m max_size=256m inactive=10m use_temp_path=off;

  # Someone signed in (the session cookie, in production named __Host-stackyard_session): never from the cache.
  map $http_cookie $signed_in {
    default "";
    "~stackyard_session=" 1;
  }

  upstream stackyard_api {
${servers}
    keepalive 64;
  }

  server {
    listen ${listen};
    server_name localhost;
    # A dropped manifest for detection may be 4 MB.
    client_max_body_size 5m;

    location = /api/metrics {
      return 404;
    }

    location / {
      proxy_pass http://stackyard_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $request_id;
      proxy_connect_timeout 2s;
      proxy_send_timeout 30s;
      proxy_read_timeout 30s;
      proxy_next_upstream error timeout http_502 http_504;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 10s;
      # Which replica answered (the fault runs check that failed writes were on the one they killed).
      add_header X-Upstream $upstream_addr always;${caching}
    }
  }
}
`;
}
