/**
 * A small synthetic interview scorecard for the scorecard tests: four dimensions weighted
 * 40/25/20/15 (so that scores fall on every band boundary with whole ratings), a 1–4 scale, four
 * bands and two red flags. Built with the same `toScorecardModel` the calculator page uses.
 */
import { toScorecardModel, type ScorecardModel } from '../../src/lib/hiring/scorecard.ts';

export const tinyScorecard: ScorecardModel = toScorecardModel({
  role: 'engineer',
  roleTitle: 'Engineer',
  scale: [
    { rating: 1, label: 'Poor', meaning: 'No evidence.' },
    { rating: 2, label: 'Mixed', meaning: 'Some evidence.' },
    { rating: 3, label: 'Good', meaning: 'Clear evidence.' },
    { rating: 4, label: 'Excellent', meaning: 'Strong evidence.' },
  ],
  bands: [
    { id: 'no-hire', label: 'No hire', minScore: 0, meaning: 'Below the bar.' },
    { id: 'mixed', label: 'Mixed', minScore: 2.5, meaning: 'Needs a debrief.' },
    { id: 'hire', label: 'Hire', minScore: 3, meaning: 'Meets the bar.' },
    { id: 'strong-hire', label: 'Strong hire', minScore: 3.5, meaning: 'Raises the bar.' },
  ],
  dimensions: [
    { competency: 'design', label: 'Design', weight: 40 },
    { competency: 'code', label: 'Code', weight: 25 },
    { competency: 'ops', label: 'Operations', weight: 20 },
    { competency: 'talk', label: 'Communication', weight: 15 },
  ],
  redFlags: [
    { id: 'no-tests', text: 'Ships without tests.' },
    { id: 'blames-others', text: 'Blames others for failures.' },
  ],
});

/**
 * The same scorecard with two decision floors: a 1 on a dimension weighted 20% or more rules out
 * Hire and Strong hire, and so does a 1 on Communication (15%), named on its own.
 */
export const flooredScorecard: ScorecardModel = toScorecardModel({
  ...tinyScorecard,
  floors: [
    { id: 'heavy', ratingAtOrBelow: 1, minWeight: 20, blocks: ['strong-hire', 'hire'], why: 'Heavy dimensions matter.' },
    { id: 'talk', ratingAtOrBelow: 1, dimensions: ['talk'], blocks: ['strong-hire', 'hire'], why: 'Communication matters.' },
  ],
});

/**
 * The same scorecard with floors that overlap, as a real scorecard's can: on a dimension weighted
 * 20% or more a 1 rules out Hire and Strong hire, and a 2 or lower rules out Strong hire; a 1 on
 * Design (also heavy) is named on its own. A 1 on Design hits all three floors.
 */
export const layeredScorecard: ScorecardModel = toScorecardModel({
  ...tinyScorecard,
  floors: [
    { id: 'heavy-gap', ratingAtOrBelow: 1, minWeight: 20, blocks: ['strong-hire', 'hire'], why: 'A gap on a heavy dimension.' },
    { id: 'heavy-mixed', ratingAtOrBelow: 2, minWeight: 20, blocks: ['strong-hire'], why: 'A mixed rating on a heavy dimension.' },
    { id: 'design-gap', ratingAtOrBelow: 1, dimensions: ['design'], blocks: ['strong-hire', 'hire'], why: 'Design matters.' },
  ],
});
