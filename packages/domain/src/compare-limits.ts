// Plain values without schemas, so web pages can import them without bringing zod into the browser
// (`@stackyard/domain/compare-limits`).

/** A comparison shows two or three tools side by side. */
export const MIN_COMPARED_TOOLS = 2;
export const MAX_COMPARED_TOOLS = 3;
