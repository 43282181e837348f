import type { Comparison } from '@stackyard/domain';
import { displayHost, githubUrl, safeExternalUrl } from '../tools/tool-format.js';
import { describeDifferences } from './compare-differences.js';
import { versusName } from './compare-meta.js';

/** "Gunicorn vs Passenger: what are the differences?" answered from the numbers, then each tool in its own words. */
export function CompareDifferences({ comparison }: { comparison: Comparison }) {
  const { tools } = comparison;
  return (
    <section id="differences" className="compare-section" aria-labelledby="differences-title">
      <h2 id="differences-title">{versusName(tools.map((tool) => tool.name))}: what are the differences?</h2>
      <ul className="compare-differences" aria-labelledby="differences-title">
        {describeDifferences(comparison).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <div className="compare-columns">
        {tools.map((tool, index) => {
          const website = safeExternalUrl(tool.websiteUrl);
          const github = tool.githubRepo ? githubUrl(tool.githubRepo) : null;
          return (
            <section key={tool.slug} className={`compare-about compare-card--series-${index + 1}`} aria-labelledby={`about-${tool.slug}`}>
              <h3 id={`about-${tool.slug}`}>What is {tool.name}?</h3>
              <p className="compare-about__description">{tool.description || tool.tagline}</p>
              <dl className="compare-facts">
                <div>
                  <dt>Licence</dt>
                  <dd>{tool.openSource ? `Open source${tool.license ? `, ${tool.license}` : ''}` : 'Proprietary'}</dd>
                </div>
                {website && (
                  <div>
                    <dt>Website</dt>
                    <dd>
                      <a href={website} rel="noopener noreferrer">
                        {displayHost(website)}
                      </a>
                    </dd>
                  </div>
                )}
                {github && tool.githubRepo && (
                  <div>
                    <dt>GitHub</dt>
                    <dd>
                      <a href={github} rel="noopener noreferrer">
                        {tool.githubRepo}
                      </a>
                    </dd>
                  </div>
                )}
              </dl>
            </section>
          );
        })}
      </div>
    </section>
  );
}
