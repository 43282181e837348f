/**
 * How the CLI ends, by cause: scripts tell the causes apart by the exit code alone.
 * 0 is success; every failure has its own number.
 */
export const EXIT = {
  ok: 0,
  /** A command or flag it does not know, or a missing argument. */
  usage: 1,
  /** The scan found no tool. */
  nothingDetected: 2,
  /** The server could not be reached (refused, timed out, offline). */
  noNetwork: 3,
  /** The address answers, but not as a Stackyard server (or its name does not resolve). */
  unknownServer: 4,
  /** The token was refused (401): mistyped, expired or revoked; or nobody is logged in. */
  unauthorized: 5,
  /** stackyard.json is not valid. */
  invalidProjectFile: 6,
  /** The server refused the request for another reason (its message is printed). */
  refused: 7,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The CLI's one error type: a message for a person and the exit code for a script. */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}
