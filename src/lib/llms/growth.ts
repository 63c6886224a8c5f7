/**
 * The growth section's parts as Markdown: how a check-in rates, with the anchors of one real level
 * and competency as an example. Pure: it takes the ladder as the self-assessment reads it.
 */
import { anchorsOf, checkInRatings, exampleLevel, ratingAnchors, ratingNames } from '../growth/check-in-scale.ts';
import type { Ladder } from '../growth/self-assessment.ts';
import { expectationHref } from '../site/urls.ts';
import { blocks, link, list, table, text } from './markdown.ts';

export function ratingScaleMarkdown(ladder: Ladder): string {
  const competency = ladder.competencies[0];
  const level = competency && exampleLevel(ladder, competency.id);
  const anchors = level && competency ? anchorsOf(ladder, level.id, competency.id) : [];
  return blocks(
    table(['Rating', 'Anchored in', 'What it means'], checkInRatings.map((r) => [text(ratingNames[r]), text(ratingAnchors[r].anchor), text(ratingAnchors[r].meaning)])),
    level && competency && `For example, for a ${text(level.title)} rating ${text(competency.name)}:`,
    level &&
      competency &&
      list(anchors.map((a) => `**${text(ratingNames[a.rating])}**: ${text(a.meaning)}${a.level ? ` (${link(`${a.level.shortTitle}’s expectation`, expectationHref(a.level.id, competency.id))})` : ''}`)),
  );
}
