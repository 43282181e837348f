import type { SearchResponse } from '@stackyard/domain';
import { href } from 'react-router';
import type { ComboboxGroup, ComboboxOption } from '../../components/combobox.js';
import { searchPageHref } from './search-params.js';

/** One line of the header's suggestions: where it leads and what it shows. */
export interface Suggestion extends ComboboxOption {
  kind: 'tool' | 'stack' | 'user' | 'all';
  href: string;
  title: string;
  /** A second, quieter line: the tool's function, the stack's owner, the person's username. */
  detail: string;
  /** A tool's logo or a person's avatar. */
  imageUrl: string | null;
}

/** How many of each kind the popup shows: tools are what most people look for. */
export const SUGGESTION_LIMITS = { tools: 5, stacks: 3, users: 3 } as const;

/** The API's matches as the popup's groups, with "search everything" last. */
export function suggestionGroups(results: SearchResponse, q: string): ComboboxGroup<Suggestion>[] {
  const tools: Suggestion[] = results.tools.slice(0, SUGGESTION_LIMITS.tools).map((tool) => ({
    id: `tool:${tool.slug}`,
    kind: 'tool',
    href: href('/tools/:slug', { slug: tool.slug }),
    title: tool.name,
    detail: tool.function.name,
    imageUrl: tool.logoUrl,
  }));
  const stacks: Suggestion[] = results.stacks.slice(0, SUGGESTION_LIMITS.stacks).map((stack) => ({
    id: `stack:${stack.owner}/${stack.slug}`,
    kind: 'stack',
    href: href('/stacks/:owner/:slug', { owner: stack.owner, slug: stack.slug }),
    title: stack.name,
    detail: `by ${stack.owner}`,
    imageUrl: null,
  }));
  const users: Suggestion[] = results.users.slice(0, SUGGESTION_LIMITS.users).map((user) => ({
    id: `user:${user.username}`,
    kind: 'user',
    href: href('/users/:username', { username: user.username }),
    title: user.displayName ?? user.username,
    detail: `@${user.username}`,
    imageUrl: user.avatarUrl,
  }));
  const all: Suggestion = { id: 'all', kind: 'all', href: searchPageHref(q), title: `Search everything for “${q}”`, detail: '', imageUrl: null };
  const groups: ComboboxGroup<Suggestion>[] = [
    { label: 'Tools', options: tools },
    { label: 'Stacks', options: stacks },
    { label: 'People', options: users },
  ];
  return [...groups.filter((group) => group.options.length > 0), { label: null, options: [all] }];
}

/** What a screen reader hears when suggestions arrive: "3 tools, 1 stack and 2 people." */
export function describeSuggestions(groups: ComboboxGroup<Suggestion>[]): string {
  const count = (kind: Suggestion['kind']) => groups.flatMap((group) => group.options).filter((option) => option.kind === kind).length;
  const parts = [plural(count('tool'), 'tool', 'tools'), plural(count('stack'), 'stack', 'stacks'), plural(count('user'), 'person', 'people')].filter(
    (part): part is string => part !== null,
  );
  if (parts.length === 0) return 'No suggestions. Press Enter to search.';
  return `${joinWithAnd(parts)}. Use the up and down arrows to choose one.`;
}

function plural(count: number, one: string, many: string): string | null {
  if (count === 0) return null;
  return `${count} ${count === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` around the first place `query` occurs in it, ignoring case and accents as the search does
 * ("ngi" in "NGINX", "cafe" in "Café"), so the matching letters can be emphasised.
 */
export function highlightMatch(text: string, query: string): TextPart[] {
  const needle = fold(query.trim());
  if (!needle) return [{ text, match: false }];
  // Fold character by character, remembering where each folded piece came from in the original.
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = fold(char);
    for (let i = 0; i < piece.length; i += 1) origin.push(offset);
    folded += piece;
    offset += char.length;
  }
  origin.push(text.length);
  const at = folded.indexOf(needle);
  if (at < 0) return [{ text, match: false }];
  const start = origin[at]!;
  const end = origin[at + needle.length]!;
  return [
    { text: text.slice(0, start), match: false },
    { text: text.slice(start, end), match: true },
    { text: text.slice(end), match: false },
  ].filter((part) => part.text !== '');
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
