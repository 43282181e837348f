import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { getCategoryTree } from '../../services/category-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/categories: the taxonomy tree. */
export function categoriesRouter({ db }: AppContext) {
  return implement(contracts.categories, {
    tree: async () => ({ status: 200, body: { layers: await getCategoryTree(db) } }),
  });
}
