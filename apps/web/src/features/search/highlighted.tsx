import { highlightMatch } from './suggestions.js';

/** The text with the part matching the query in <mark>, so the eye finds why it matched. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightMatch(text, query).map((part, index) =>
        part.match ? (
          <mark key={index} className="search-match">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
