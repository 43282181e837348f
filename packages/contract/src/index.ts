export * from './api-error.js';
export * from './client.js';
export * from './contracts.js';
export * from './issues.js';
export * from './route.js';
export * from './page-render.js';
export * from './http.js';
