import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { parseBidderLabel } from './bidder-label';

describe('bidder labels', () => {
  it('reads "Bidder N" as a number to translate and keeps organization names', () => {
    expect(parseBidderLabel('Bidder 12')).toEqual({ kind: 'anonymous', number: 12 });
    expect(parseBidderLabel('Ganzhou REE Recycling')).toEqual({
      kind: 'named',
      name: 'Ganzhou REE Recycling',
    });
    expect(parseBidderLabel('Bidder Group Ltd')).toEqual({
      kind: 'named',
      name: 'Bidder Group Ltd',
    });
  });

  it('translates the number into each language', () => {
    expect(i18n.getFixedT('en')('auctions.bidder', { number: 3 })).toBe('Bidder 3');
    expect(i18n.getFixedT('zh-CN')('auctions.bidder', { number: 3 })).toBe('竞买人 3');
  });
});
