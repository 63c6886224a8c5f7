// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { handbook } from './src/integrations/handbook.ts';
import { sidebar } from './src/integrations/sidebar.ts';

/** Where the site is published; used for the sitemap and canonical links. */
const site = process.env.SITE_URL ?? 'https://ml-ladder.example.org';
/** Where "Edit page" links point; the repository's edit URL. */
const editBase = process.env.EDIT_BASE_URL ?? 'https://github.com/ml-career-handbook/handbook/edit/main/';

export default defineConfig({
  site,
  srcDir: './',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'ML Engineering Career Handbook',
      description:
        'A career ladder for machine-learning engineering: what each role expects, how to grow, how to onboard and how to hire.',
      lastUpdated: true,
      editLink: { baseUrl: editBase },
      pagination: true,
      sidebar: sidebar(),
      customCss: ['./src/styles/handbook.css'],
      components: {},
    }),
    mdx(),
    handbook(),
  ],
});
