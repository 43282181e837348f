import { CataloguePage } from './features/tools/catalogue-page.js';

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the tool catalogue
      </a>
      <header className="site-header">
        <div className="container">
          <h1 className="site-header__title">Stackyard</h1>
          <p className="site-header__tagline">Share the stack you run. Compare the tools in it.</p>
        </div>
      </header>
      {/* tabIndex lets the skip link move focus here, not just scroll. */}
      <main id="main" className="container" tabIndex={-1}>
        <CataloguePage />
      </main>
      <footer className="site-footer">
        <div className="container">Stackyard is an open community for sharing tech stacks.</div>
      </footer>
    </>
  );
}
