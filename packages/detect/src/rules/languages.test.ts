import { describe, expect, it } from 'vitest';
import { detect, memoryFiles } from '../engine.js';

const slugsOf = async (files: Array<{ path: string; content: string }>) => (await detect(memoryFiles(files))).tools.map((tool) => tool.slug).sort();

describe('the language and Python rules', () => {
  it('leave a header of C and C++ alike to neither, and tell TypeScript from JavaScript by extension', async () => {
    expect(await slugsOf(['a.h', 'b.h', 'c.h'].map((path) => ({ path: `include/${path}`, content: '' })))).toEqual([]);
    expect(await slugsOf([
      { path: 'src/app.tsx', content: '' },
      { path: 'src/main.ts', content: '' },
      { path: 'src/util.mts', content: '' },
    ])).toEqual(['typescript']);
  });

  it('name every tool a Python requirement shows, however it is spelled (and pip, which reads the file)', async () => {
    const requirements = 'Flask_SQLAlchemy==3.1\npytest-cov==5.0\ndjangorestframework==3.15\nPyYAML==6.0\n';
    expect(await slugsOf([{ path: 'requirements.txt', content: requirements }])).toEqual([
      'coverage-py', 'django', 'django-rest-framework', 'flask', 'pip', 'pytest', 'python', 'sqlalchemy',
    ]);
  });
});
