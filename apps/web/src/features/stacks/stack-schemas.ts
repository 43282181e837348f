// The API's own request schemas, to check the form before sending. Loaded on its own (import() from the
// editor, once it is on screen), so zod and the domain stay out of the editor page's first download.
export { createStackRequestSchema, updateStackRequestSchema } from '@stackyard/domain';
