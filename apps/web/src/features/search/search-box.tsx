import { Form } from 'react-router';

/** The global search in the header: a plain GET form to /search, which works before any script runs. */
export function SearchBox() {
  return (
    <Form method="get" action="/search" role="search" className="search-box">
      <label htmlFor="site-search" className="visually-hidden">
        Search tools, stacks and people
      </label>
      <input id="site-search" name="q" type="search" placeholder="Search tools, stacks, people" autoComplete="off" />
    </Form>
  );
}
