import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Counter, DefaultedTimestamp, GeneratedAlways, Id, NullableTimestamp } from './common.js';

export interface ToolsTable {
  id: Id;
  slug: string;
  name: string;
  /** search_text(name), kept by PostgreSQL: what search compares and indexes. */
  search_name: GeneratedAlways<string>;
  tagline: string;
  description: string;
  website_url: string | null;
  /** "owner/repo" on GitHub. */
  github_repo: string | null;
  logo_url: string | null;
  function_id: number;
  open_source: boolean;
  license: string | null;
  github_stars: number | null;
  github_forks: number | null;
  github_pushed_at: NullableTimestamp;
  github_synced_at: NullableTimestamp;
  stacks_count: Counter;
  /** Of stacks_count, the rows detection added (stack_tools.source = 'detected'). */
  detected_stacks_count: Counter;
  followers_count: Counter;
  votes_count: Counter;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export type ToolRow = Selectable<ToolsTable>;
export type NewTool = Insertable<ToolsTable>;
export type ToolUpdate = Updateable<ToolsTable>;
