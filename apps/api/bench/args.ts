/** The harness's command line: `bench [--scale S] [--duration 10s] [--soak 2m] [--growth] [--only WORDS]`. Pure, so it is tested. */

export interface BenchArgs {
  /** The dataset's scale (1 = the size the performance goals are stated at); the database is prepared for it. */
  scale: number;
  /** How long each scenario is measured at 10 connections. */
  durationMs: number;
  /** Each ceiling slice measured between scenarios (C_json, C_node, the static file). */
  sliceMs: number;
  /** The short pass at 1 connection that gives each scenario's p50@1 and p99@1. */
  singleMs: number;
  /** The mixed soak over which the API's RSS growth is read. */
  soakMs: number;
  /** After the main pass: double events and the top tool's votes, measure again, report after / before. */
  growth: boolean;
  /**
   * With --only: the words (lower case) a scenario's name must contain one of to be measured. A partial
   * run, to see one fix's effect in a few seconds: no soak, no growth pass, and no results file.
   */
  only: string[] | null;
}

export const DEFAULT_DURATION_MS = 10_000;
/** The soak lasts 12 scenario durations: 2 minutes at the default 10 s, 24 s for the CI smoke's 2 s. */
const SOAK_DURATIONS = 12;
/** Nothing measured for longer than this, whatever the arguments say. */
const MAX_DURATION_MS = 10 * 60_000;

export const USAGE =
  'usage: bench [--scale S] [--duration 10s] [--soak 2m] [--growth] [--only search,comparison]   (durations: 500ms, 2s, 1m or plain seconds)';

/** "10s", "500ms", "2m" or a plain number of seconds, in milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a duration (e.g. 500ms, 10s, 2m)`);
  const value = Number(match[1]);
  const ms = match[2] === 'ms' ? value : match[2] === 'm' ? value * 60_000 : value * 1000;
  if (ms < 200 || ms > MAX_DURATION_MS) throw new Error(`"${text}" must be between 200ms and ${MAX_DURATION_MS / 60_000}m`);
  return Math.round(ms);
}

export function parseScale(text: string): number {
  const scale = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(scale > 0) || scale > 10) throw new Error(`--scale must be a number above 0 and at most 10, not "${text}"`);
  return scale;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Parses the arguments after the script's name; throws with a message that names the bad one. */
export function parseArgs(argv: readonly string[]): BenchArgs {
  let scale = 1;
  let durationMs = DEFAULT_DURATION_MS;
  let soakMs: number | null = null;
  let growth = false;
  let only: string[] | null = null;
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[++index];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--') continue;
    else if (flag === '--scale') scale = parseScale(value());
    else if (flag === '--duration') durationMs = parseDuration(value());
    else if (flag === '--soak') soakMs = parseDuration(value());
    else if (flag === '--growth' && inline === undefined) growth = true;
    else if (flag === '--only') only = parseWords(value());
    else throw new Error(`unknown argument "${argv[index]}"\n${USAGE}`);
  }
  return {
    scale,
    durationMs,
    sliceMs: Math.round(clamp(durationMs / 4, 500, 3000)),
    singleMs: Math.round(clamp(durationMs / 2, 500, 5000)),
    soakMs: soakMs ?? Math.min(MAX_DURATION_MS, durationMs * SOAK_DURATIONS),
    growth,
    only,
  };
}

/** "search, Comparison" -> ["search", "comparison"]; at least one word. */
function parseWords(text: string): string[] {
  const words = text
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word.length > 0);
  if (words.length === 0) throw new Error(`--only needs words that scenario names contain, e.g. --only search,comparison`);
  return words;
}

/** Whether a scenario of this name is measured in this run. */
export function selected(args: Pick<BenchArgs, 'only'>, name: string): boolean {
  return args.only === null || args.only.some((word) => name.toLowerCase().includes(word));
}
