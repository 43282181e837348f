import { useState } from 'react';

interface ToolLogoProps {
  name: string;
  logoUrl: string | null;
}

/** The tool's logo, or its initial when there is none or it fails to load (no broken-image icons). */
export function ToolLogo({ name, logoUrl }: ToolLogoProps) {
  const [failed, setFailed] = useState(false);
  // The name is always written next to the logo, so the image is decorative (empty alt).
  if (logoUrl && !failed) {
    return <img className="tool-logo" src={logoUrl} alt="" width={40} height={40} onError={() => setFailed(true)} />;
  }
  return (
    <span className="tool-logo tool-logo--initial" aria-hidden="true">
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}
