import { describe, expect, it } from 'vitest';
import { contentProblemsNotice, noticeLimit, withNotice } from './content-problems-notice';

describe('contentProblemsNotice', () => {
  it('says nothing when the content has no problem', () => {
    expect(contentProblemsNotice([])).toBe('');
  });

  it('lists each problem as the validator words it, escaped', () => {
    const notice = contentProblemsNotice(['content/roles/x/role.yaml:3:7  invalid-type  rank must be a number (expected <number>)']);
    expect(notice).toContain('The content has a problem');
    expect(notice).toContain('<code>content/roles/x/role.yaml:3:7  invalid-type  rank must be a number (expected &lt;number&gt;)</code>');
  });

  it('lists the first problems and counts the rest', () => {
    const problems = Array.from({ length: noticeLimit + 3 }, (_, i) => `f.yaml:${i + 1}:1  rule  m`);
    const notice = contentProblemsNotice(problems);
    expect(notice.match(/<li>/g)).toHaveLength(noticeLimit);
    expect(notice).toContain(`The content has ${noticeLimit + 3} problems`);
    expect(notice).toContain('And 3 more');
  });
});

describe('withNotice', () => {
  it('puts the notice at the start of the main content', () => {
    expect(withNotice('<body><main class="x"><h1>Not found</h1></main></body>', '<section>n</section>')).toBe('<body><main class="x"><section>n</section><h1>Not found</h1></main></body>');
  });

  it('leaves a page without a notice, or without main content, as it is', () => {
    expect(withNotice('<main><h1>A</h1></main>', '')).toBe('<main><h1>A</h1></main>');
    expect(withNotice('<p>A</p>', '<section>n</section>')).toBe('<p>A</p>');
  });
});
