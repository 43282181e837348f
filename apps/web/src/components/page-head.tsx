/**
 * A title and description for a page that has no route `meta` of its own (the 404 and error pages render
 * inside whichever route failed). React hoists these into <head>; crawlers are asked not to index them.
 */
export function PageHead({ title, description }: { title: string; description: string }) {
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      <meta name="robots" content="noindex" />
    </>
  );
}
