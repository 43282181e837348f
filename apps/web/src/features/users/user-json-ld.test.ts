import { describe, expect, it } from 'vitest';
import { profileDescription, profileJsonLd, type ProfileHead } from './user-json-ld.js';

const head: ProfileHead = {
  username: 'mira_xu',
  name: 'Mira Xu',
  bio: null,
  avatar: null,
  websiteUrl: 'https://mira.example.org/',
  createdAt: '2026-05-31T06:21:35.830Z',
  followers: 3,
  stacks: 2,
};

describe('profileJsonLd', () => {
  it('is a ProfilePage about a Person, with absolute URLs and only the facts there are', () => {
    const ld = profileJsonLd(head, 'https://stackyard.example');
    expect(ld).toMatchObject({
      '@type': 'ProfilePage',
      url: 'https://stackyard.example/users/mira_xu',
      mainEntity: { '@type': 'Person', name: 'Mira Xu', alternateName: 'mira_xu', sameAs: ['https://mira.example.org/'] },
    });
    expect(ld.mainEntity).not.toHaveProperty('description');
    expect(ld.mainEntity).not.toHaveProperty('image');
  });
});

describe('profileDescription', () => {
  it('uses the bio, or says who they are and what they share', () => {
    expect(profileDescription({ ...head, bio: 'Engineering manager.' })).toBe('Engineering manager.');
    expect(profileDescription(head)).toBe('Mira Xu (@mira_xu) is a member of Stackyard who shares 2 stacks.');
    expect(profileDescription({ ...head, stacks: 0 })).toBe('Mira Xu (@mira_xu) is a member of Stackyard.');
  });
});
