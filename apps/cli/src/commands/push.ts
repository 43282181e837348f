import { ApiError } from '@stackyard/contract';
import type { Finding } from '@stackyard/detect';
import { slugify, STACK_TOOL_EVIDENCE_MAX, MAX_STACK_TOOLS } from '@stackyard/domain';
import { CliError, EXIT } from '../cli-error.js';
import type { CliEnv } from '../env.js';
import type { Io } from '../io.js';
import { writeProjectFile } from '../project-file.js';
import { scanTree } from '../scan.js';
import { clientFor, explainApiError } from '../server.js';
import { requireLogin } from './account.js';

/** A finding as a stack keeps it: its slug and the first places it was seen. */
const asStackTool = (tool: Finding) => ({
  slug: tool.slug,
  evidence: tool.evidence.slice(0, STACK_TOOL_EVIDENCE_MAX).map(({ file, line, kind, package: name, version, snippet }) => ({
    file, line, kind, package: name, ...(version ? { version: version.slice(0, 100) } : {}), snippet: snippet.slice(0, 300),
  })),
});

/**
 * `stackyard push [dir] --stack NAME [--write]`: creates the stack, or records on it what detection finds
 * now (tools added by hand on the site stay; a tool detection added and no longer finds goes).
 */
export async function pushCommand(io: Io, env: CliEnv, dir: string, options: { stack?: string; write: boolean }): Promise<number> {
  const login = await requireLogin(env);
  const scan = await scanTree(dir, io);
  const name = options.stack ?? scan.project.stack;
  if (!name) throw new CliError('Which stack? Pass --stack NAME (or set "stack" in stackyard.json)', EXIT.usage);
  const tools = scan.result.tools.slice(0, MAX_STACK_TOOLS).map(asStackTool);
  if (tools.length === 0) {
    io.err('Nothing detected: there is nothing to push.');
    return EXIT.nothingDetected;
  }
  const api = clientFor(login.server, login.token);
  try {
    const { user: account } = await api.me.get();
    const params = { owner: account.username, slug: slugify(name) };
    const exists = await api.stacks.get({ params }).then(
      () => true,
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return false;
        throw error;
      },
    );
    let url: string;
    if (exists) {
      const result = await api.stacks.syncDetected({ params, body: { tools } });
      url = `${login.server}/stacks/${params.owner}/${params.slug}`;
      io.err(`Updated ${url}: ${result.added.length} added, ${result.confirmed.length} confirmed, ${result.removed.length} removed.`);
      for (const slug of result.added) io.out(`+ ${slug}`);
      for (const slug of result.removed) io.out(`- ${slug}`);
    } else {
      const { stack } = await api.stacks.create({ body: { name, description: '', tools } });
      url = `${login.server}/stacks/${stack.owner}/${stack.slug}`;
      io.err(`Created ${url} with ${tools.length} detected tools.`);
      for (const tool of tools) io.out(`+ ${tool.slug}`);
    }
    if (options.write) io.err(`Wrote ${await writeProjectFile(scan.root, scan.project, name, scan.result)}`);
    return EXIT.ok;
  } catch (error) {
    throw explainApiError(error, login.server);
  }
}
