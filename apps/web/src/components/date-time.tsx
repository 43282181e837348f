import { formatDay, formatDayAndTime } from './format-date.js';

interface DateTimeProps {
  /** An ISO 8601 timestamp. */
  value: string;
  /** Show the hour and minute too. */
  withTime?: boolean;
}

/** A <time> element: people read the formatted date, machines the exact timestamp. */
export function DateTime({ value, withTime = false }: DateTimeProps) {
  return <time dateTime={value}>{withTime ? formatDayAndTime(value) : formatDay(value)}</time>;
}
