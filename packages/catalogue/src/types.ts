/** A function of the taxonomy: the finest level, the one a tool belongs to. */
export interface FunctionSeed {
  slug: string;
  name: string;
}

export interface CategorySeed {
  slug: string;
  name: string;
  functions: FunctionSeed[];
}

export interface LayerSeed {
  slug: string;
  name: string;
  categories: CategorySeed[];
}

/** One tool of the catalogue, written by us. */
export interface ToolSeed {
  /** Lowercase, hyphenated, unique: "nodejs", "apache-http-server". */
  slug: string;
  name: string;
  /** Slug of the function it belongs to (see taxonomy.ts). */
  fn: string;
  website: string;
  /** "owner/repo" on GitHub, when the source is there. */
  github?: string;
  openSource: boolean;
  /** SPDX identifier when known ("MIT", "Apache-2.0"); "Proprietary" for closed tools. */
  license?: string;
  /** One line, under 80 characters. */
  tagline: string;
  /** Two or three sentences. */
  description: string;
  /** Slugs of other catalogue tools it works with; each pair needs listing on one side only. */
  integrations?: string[];
}
