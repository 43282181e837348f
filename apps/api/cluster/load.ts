/**
 * A steady mixed load through the proxy, for the fault runs: readers walking public pages and API reads,
 * writers voting (each member walks the reasons it was given, voting 1 on each once, so what the database
 * must hold at the end is known exactly). Every request is bounded by `timeoutMs`; every answer is kept
 * with when it was sent and which replica served it (nginx's X-Upstream).
 */
export interface Outcome {
  kind: 'read' | 'write';
  method: string;
  path: string;
  /** HTTP status, or 0 when no answer came (refused, reset, or past the timeout). */
  status: number;
  error: string | null;
  startedAt: number;
  endedAt: number;
  upstream: string | null;
  retryAfter: string | null;
}

export interface Writer {
  username: string;
  cookie: string;
  /** The reasons it votes on, in order. */
  reasons: number[];
}

export interface LoadSettings {
  site: string;
  reads: string[];
  readers: number;
  writers: Writer[];
  timeoutMs: number;
  /** A member who votes, again and again, on one reason (the slow-database fault locks its row); optional. */
  hot?: { writer: Writer; reason: number };
}

export interface Load {
  outcomes: Outcome[];
  /** Every vote answered 200: (username, reason). */
  acknowledged: { username: string; reason: number }[];
  stop(): Promise<void>;
}

async function send(site: string, kind: Outcome['kind'], method: string, path: string, timeoutMs: number, init: RequestInit = {}): Promise<Outcome> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${site}${path}`, { ...init, method, signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return {
      kind,
      method,
      path,
      status: response.status,
      error: null,
      startedAt,
      endedAt: Date.now(),
      upstream: response.headers.get('x-upstream'),
      retryAfter: response.headers.get('retry-after'),
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { kind, method, path, status: 0, error: cause ?? (error as Error).name, startedAt, endedAt: Date.now(), upstream: null, retryAfter: null };
  }
}

export function startLoad(settings: LoadSettings): Load {
  const outcomes: Outcome[] = [];
  const acknowledged: Load['acknowledged'] = [];
  let running = true;
  const vote = (writer: Writer, reason: number) =>
    send(settings.site, 'write', 'PUT', `/api/v1/reasons/${reason}/vote`, settings.timeoutMs, {
      headers: { 'content-type': 'application/json', origin: settings.site, cookie: writer.cookie },
      body: JSON.stringify({ value: 1 }),
    });

  const reader = async (offset: number) => {
    for (let sent = offset; running; sent++) outcomes.push(await send(settings.site, 'read', 'GET', settings.reads[sent % settings.reads.length]!, settings.timeoutMs));
  };
  const writer = async (member: Writer) => {
    for (const reason of member.reasons) {
      if (!running) return;
      const outcome = await vote(member, reason);
      outcomes.push(outcome);
      if (outcome.status === 200) acknowledged.push({ username: member.username, reason });
      // A steady write rate, not a flood: about 20 votes a second per member.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const hot = async ({ writer: member, reason }: NonNullable<LoadSettings['hot']>) => {
    while (running) {
      const outcome = await vote(member, reason);
      outcomes.push({ ...outcome, kind: 'write', path: `${outcome.path} (hot)` });
      if (outcome.status === 200) acknowledged.push({ username: member.username, reason });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const loops = [
    ...Array.from({ length: settings.readers }, (_, index) => reader(index * 3)),
    ...settings.writers.map(writer),
    ...(settings.hot ? [hot(settings.hot)] : []),
  ];
  return {
    outcomes,
    acknowledged,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}
