// The catalogue's logos: server-side only. This entry reads the icon packages from disk; the web app
// never imports it, it only shows the URLs the API hands out.
export { LOGO_FILE_PATTERN, LOGO_PATH_PREFIX, catalogueLogos, logoMap, logoUrl, toolLogo, type LogoIcon, type ToolLogo } from './logos.js';
export { writeLogos, type LogoManifest, type LogoManifestEntry } from './write-logos.js';
