/** Receives one line of progress at a time (the CLI prints it; tests ignore it). */
export type Progress = (message: string) => void;

export const silent: Progress = () => {};

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
