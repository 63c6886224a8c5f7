import { describe, expect, it } from 'vitest';
import { heldUndoOffer, noLongerUndoable } from './undo-lines';

describe('the offer of an undo held in the page', () => {
  it('is taken back whole once the undo can no longer be made, as the stored one is', () => {
    const said = `Deleted X. ${heldUndoOffer} Note N.`;
    const later = noLongerUndoable(said, 'reason R');
    expect(later).toBe('Deleted X. It can no longer be undone: reason R. Note N.');
  });
});
