export { detect, memoryFiles, DEFAULT_MAX_FILE_BYTES } from './engine.js';
export { isSkippedFolder, isSkippedPath } from './paths.js';
export { parsers } from './parsers/index.js';
export { rules } from './rules/index.js';
export type { Rule, Patterns } from './rules/rule.js';
export type * from './types.js';
