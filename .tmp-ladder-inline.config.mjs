// Temporary (ladder engineer): the real config with external stylesheets, to check styles while the CSP/MDX style-hash issue is open. Delete me.
import config from './astro.config.mjs';
export default { ...config, build: { ...config.build, inlineStylesheets: 'never' } };
