/** What the global setup hands to every test file of a run (see global-setup.ts). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a tarball of the migrated, seeded template data directory. */
    pgliteTemplate: string;
    /** PostgreSQL: name of the migrated, seeded template database. */
    postgresTemplate: string;
  }
}

export {};
