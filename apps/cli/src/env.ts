import { z } from 'zod';

/** The only place the CLI reads process.env. */
const envSchema = z.object({
  /** The server `login` uses when no --server is given. */
  STACKYARD_SERVER: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  /** Where the CLI keeps its login (default: the user's config folder, e.g. ~/.config/stackyard). */
  STACKYARD_CONFIG_DIR: z.string().min(1).optional(),
  /** A token to use instead of the stored login (CI jobs). */
  STACKYARD_TOKEN: z.string().min(1).optional(),
});

export type CliEnv = z.infer<typeof envSchema>;

export function parseCliEnv(source: NodeJS.ProcessEnv): CliEnv {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid environment: ${problems.join('; ')}`);
}
