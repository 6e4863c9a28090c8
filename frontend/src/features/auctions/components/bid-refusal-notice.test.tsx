import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BidRefusalCode } from '@/api/generated';
import { changeLanguage, i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';
import { BidRefusalNotice } from './bid-refusal-notice';

describe('BidRefusalNotice', { timeout: 20_000 }, () => {
  it('says why, with the rule’s figures, in English and Chinese', () => {
    const refusal = {
      code: BidRefusalCode.TooFar,
      params: { licenceNumber: 'GZ-2026-7', distanceKm: '1580', maxHaulKm: '1500' },
    };
    const { unmount } = renderWithProviders(<BidRefusalNotice refusal={refusal} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'This lot is 1,580 km from you; your licence GZ-2026-7 allows hauls of up to 1,500 km.',
    );
    unmount();
    changeLanguage('zh-CN');
    renderWithProviders(<BidRefusalNotice refusal={refusal} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      '此批次距您 1,580 km；您的许可证 GZ-2026-7 允许的最远运输距离为 1,500 km。',
    );
  });

  it.each(Object.values(BidRefusalCode))('words %s in both languages', (code) => {
    for (const language of ['en', 'zh-CN'] as const) {
      changeLanguage(language);
      const { unmount } = renderWithProviders(<BidRefusalNotice refusal={{ code, params: {} }} />);
      expect(screen.getByRole('status').textContent).not.toMatch(/auctions\\.refusal|{{/);
      expect(screen.getByRole('status')).toHaveTextContent(i18n.t('auctions.refusal.title'));
      unmount();
    }
  });
});
