import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, categoryCrumbs, toolItemListJsonLd } from './tool-links.js';

const path = {
  layer: { slug: 'application-and-data', name: 'Application & Data' },
  category: { slug: 'platform-as-a-service', name: 'Platform as a Service' },
  function: { slug: 'web-servers', name: 'Web Servers' },
};

describe('categoryCrumbs', () => {
  it('links the layer, the category within it and the function', () => {
    expect(categoryCrumbs(path)).toEqual([
      { name: 'Application & Data', path: '/categories/application-and-data' },
      { name: 'Platform as a Service', path: '/categories/application-and-data/platform-as-a-service' },
      { name: 'Web Servers', path: '/functions/web-servers' },
    ]);
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the crumbs from 1 with absolute URLs', () => {
    const list = breadcrumbJsonLd(categoryCrumbs(path), 'https://stackyard.example');

    expect(list['@type']).toBe('BreadcrumbList');
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Application & Data', item: 'https://stackyard.example/categories/application-and-data' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Platform as a Service',
        item: 'https://stackyard.example/categories/application-and-data/platform-as-a-service',
      },
      { '@type': 'ListItem', position: 3, name: 'Web Servers', item: 'https://stackyard.example/functions/web-servers' },
    ]);
  });
});

describe('toolItemListJsonLd', () => {
  it('lists tools in the order shown, each with its page', () => {
    expect(toolItemListJsonLd('Alternatives', [{ slug: 'nginx', name: 'NGINX' }], 'http://localhost:3000')).toEqual({
      '@type': 'ItemList',
      name: 'Alternatives',
      itemListElement: [{ '@type': 'ListItem', position: 1, name: 'NGINX', url: 'http://localhost:3000/tools/nginx' }],
    });
  });
});
