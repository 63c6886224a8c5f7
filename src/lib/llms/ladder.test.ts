import { describe, expect, it } from 'vitest';
import type { Ladder } from '../../data/ladder.ts';
import { unusedStepNote } from '../ladder/proficiency-scale.ts';
import { proficiencyScaleMarkdown } from './ladder.ts';

describe('proficiencyScaleMarkdown', () => {
  it('says in the entry of a step that no level expects that none does, as the scale’s page says it', () => {
    const ladder = {
      scale: [
        { value: 1, name: 'Aware', description: 'Knows of it.' },
        { value: 2, name: 'Able', description: 'Does it.' },
      ],
      levels: [{ expectations: { widgets: { proficiency: 2 } } }],
    } as unknown as Ladder;
    expect(proficiencyScaleMarkdown(ladder).split('\n')).toEqual([`- **1 Aware**: Knows of it. ${unusedStepNote}`, '- **2 Able**: Does it.']);
  });
});
