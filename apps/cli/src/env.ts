import { z } from 'zod';

/** The only place the CLI reads process.env. */
const envSchema = z.object({
  STACKYARD_SERVER: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
});

export type CliEnv = z.infer<typeof envSchema>;

export function parseCliEnv(source: NodeJS.ProcessEnv): CliEnv {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid environment: ${problems.join('; ')}`);
}
