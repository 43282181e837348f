import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { catalogueTools } from '@stackyard/catalogue';
import type { DetectResult, Finding } from '@stackyard/detect';
import { z } from 'zod';
import { CliError, EXIT } from './cli-error.js';

export const PROJECT_FILE = 'stackyard.json';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a tool slug');

/**
 * stackyard.json: what a team tells detection. `pins` are tools it always lists (what no file shows, say
 * a managed database), `exclude` tools it never lists, `ignore` paths it never reads (.gitignore syntax).
 * `tools` is what the last `push --write` found, with versions and evidence, for review in a pull request.
 */
const projectFileSchema = z
  .object({
    stack: z.string().min(1).max(100).optional(),
    pins: z.array(z.union([slug, z.object({ slug, note: z.string().max(280).optional() }).strict()])).default([]),
    exclude: z.array(slug).default([]),
    ignore: z.array(z.string().min(1)).default([]),
    tools: z
      .array(
        z.object({
          slug,
          version: z.string().optional(),
          scope: z.string().optional(),
          evidence: z.array(z.object({ file: z.string(), line: z.number().int().min(1) }).passthrough()).default([]),
        }).passthrough(),
      )
      .default([]),
  })
  .strict();

export interface ProjectFile {
  stack?: string;
  pins: Array<{ slug: string; note?: string; line: number }>;
  exclude: string[];
  ignore: string[];
  /** The file's own text, when there was one (its pins' lines come from it). */
  text?: string;
}

const known = new Map(catalogueTools.map((tool) => [tool.slug, tool]));

/** The project file of a tree; an empty one when there is none; a CliError (exit 6) when it is not valid. */
export async function readProjectFile(root: string): Promise<ProjectFile> {
  let text: string;
  try {
    text = await readFile(join(root, PROJECT_FILE), 'utf8');
  } catch {
    return { pins: [], exclude: [], ignore: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${PROJECT_FILE} is not valid JSON: ${(error as Error).message}`, EXIT.invalidProjectFile);
  }
  const parsed = projectFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new CliError(`${PROJECT_FILE} is not valid: ${issues.join('; ')}`, EXIT.invalidProjectFile);
  }
  const lines = text.split('\n');
  const lineOf = (value: string) => Math.max(1, lines.findIndex((line) => line.includes(`"${value}"`)) + 1);
  const pins = parsed.data.pins.map((pin) => (typeof pin === 'string' ? { slug: pin } : pin));
  const unknown = [...pins.map((pin) => pin.slug), ...parsed.data.exclude].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new CliError(`${PROJECT_FILE} names tools the catalogue does not have: ${unknown.join(', ')}`, EXIT.invalidProjectFile);
  return { stack: parsed.data.stack, pins: pins.map((pin) => ({ ...pin, line: lineOf(pin.slug) })), exclude: parsed.data.exclude, ignore: parsed.data.ignore, text };
}

/** A detection as the project file amends it: excluded tools gone, pinned ones there (with the pin as evidence). */
export function applyProjectFile(result: DetectResult, project: ProjectFile): DetectResult {
  const excluded = new Set(project.exclude);
  const tools: Finding[] = result.tools.filter((tool) => !excluded.has(tool.slug));
  for (const pin of project.pins) {
    if (tools.some((tool) => tool.slug === pin.slug)) continue;
    tools.push({
      slug: pin.slug,
      name: known.get(pin.slug)!.name,
      confidence: 1,
      scope: 'runtime',
      evidence: [{ file: PROJECT_FILE, line: pin.line, kind: 'file', package: pin.slug, snippet: `pinned in ${PROJECT_FILE}${pin.note ? `: ${pin.note}` : ''}` }],
    });
  }
  tools.sort((a, b) => a.name.localeCompare(b.name));
  return { ...result, tools, workspaces: result.workspaces.map((workspace) => ({ ...workspace, tools: workspace.tools.filter((slug) => !excluded.has(slug)) })) };
}

/** Writes what was found into the project file, keeping the team's pins, exclusions and ignores. */
export async function writeProjectFile(root: string, project: ProjectFile, stack: string, result: DetectResult): Promise<string> {
  const previous = project.text ? (JSON.parse(project.text) as Record<string, unknown>) : {};
  const content = {
    stack,
    pins: previous.pins ?? [],
    exclude: previous.exclude ?? [],
    ignore: previous.ignore ?? [],
    tools: result.tools.map((tool) => ({
      slug: tool.slug,
      ...(tool.evidence.find((evidence) => evidence.version)?.version ? { version: tool.evidence.find((evidence) => evidence.version)!.version } : {}),
      scope: tool.scope,
      evidence: tool.evidence.slice(0, 3).map((evidence) => ({ file: evidence.file, line: evidence.line })),
    })),
  };
  const path = join(root, PROJECT_FILE);
  await writeFile(path, `${JSON.stringify(content, null, 2)}\n`);
  return path;
}
