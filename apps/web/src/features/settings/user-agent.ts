/**
 * A session's user agent as a person reads it: "Firefox on Windows", "Safari on iPhone". Only the browser
 * and the system are named (versions change every month and say nothing to whoever checks where they are
 * signed in); what it cannot tell apart it calls "a browser" or leaves the system out.
 */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent?.trim()) return 'An unknown browser';
  const browser = browserOf(userAgent);
  const system = systemOf(userAgent);
  return system ? `${browser} on ${system}` : browser;
}

// Order matters: Edge, Opera and Samsung's browser also say "Chrome"; Chrome also says "Safari".
const BROWSERS: readonly [RegExp, string][] = [
  [/\bstackyard\b/i, 'Stackyard CLI'],
  [/\bcurl\//i, 'curl'],
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bVivaldi\//, 'Vivaldi'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\bCriOS\//, 'Chrome'],
  [/\bHeadlessChrome\//, 'Headless Chrome'],
  [/\b(Chrome|Chromium)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
  [/\bSafari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b|\bX11\b/, 'Linux'],
];

function browserOf(userAgent: string): string {
  return BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? 'A browser';
}

function systemOf(userAgent: string): string | null {
  return SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
}
