// Placeholder until the page is built.
export default function Page() {
  return <h1>users.$username</h1>;
}
