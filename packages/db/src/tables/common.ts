import type { ColumnType, Generated } from 'kysely';

/** A timestamptz column: read as Date, written as Date or ISO text, defaulted by the database. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A cached counter: defaults to zero, changed only by the repository that keeps it equal to COUNT(*). */
export type Counter = ColumnType<number, number | undefined, number>;
export type Id = Generated<number>;
/** A column with a database default: optional on insert, never null. */
export type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** A column the database computes (GENERATED ALWAYS ... STORED): read only. */
export type GeneratedAlways<T> = ColumnType<T, never, never>;
