// What web pages import in the browser: the light client and the error type, without any schema.
export * from './api-error.js';
export * from './browser-client.js';
export type { CallOptions, ClientOptions } from './http.js';
export type { Client } from './client.js';
export type { PageRenderContext } from './page-render.js';
// Addresses of the endpoints, for links a page writes itself (an Atom feed).
export { routeTable } from './route-table.js';
export { urlOf } from './http.js';
