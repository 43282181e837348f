export * from './catalogue.js';
export * from './errors.js';
export * from './health.js';
export * from './pagination.js';
export * from './slug.js';
