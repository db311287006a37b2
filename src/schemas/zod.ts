/**
 * The one place the site imports zod from, so the whole tree shares Astro's
 * copy (`npm ls zod` shows a single version).
 */
export { z } from 'zod';
