import { describe, expect, it } from 'vitest';
import { NotificationResponseFromJSON, NotificationType } from '@/api/generated';
import { changeLanguage, i18n } from '@/lib/i18n';
import { notificationMessage } from './notification-message';

function notification(type: string, params: Record<string, string>, lotId?: number) {
  return NotificationResponseFromJSON({
    id: 1,
    type,
    params,
    lotId,
    createdAt: '2026-11-28T08:00:00Z',
    read: false,
  });
}

const matched = notification(
  'LOT_MATCHED',
  { lotId: '42', lotTitle: 'Sintered NdFeB offcuts' },
  42,
);

function decided(decision: string, reason?: string) {
  return notification('LICENCE_DECIDED', {
    licenceId: '7',
    licenceNumber: 'NM-BT-2026-0001',
    decision,
    ...(reason === undefined ? {} : { reason }),
  });
}

describe('notificationMessage', () => {
  it('words a matched lot and leads to it', () => {
    expect(notificationMessage(i18n.t, matched)).toEqual({
      text: 'A new lot matches your licence: “Sintered NdFeB offcuts”',
      reason: undefined,
      target: { kind: 'lot', lotId: 42 },
    });
  });

  it.each([
    ['VERIFY', 'Your licence NM-BT-2026-0001 was verified'],
    ['REJECT', 'Your licence NM-BT-2026-0001 was rejected'],
    ['SUSPEND', 'Your licence NM-BT-2026-0001 was suspended'],
    ['REINSTATE', 'Your licence NM-BT-2026-0001 was reinstated'],
  ])('words a %s decision and leads to the licence', (decision, text) => {
    expect(notificationMessage(i18n.t, decided(decision))).toEqual({
      text,
      reason: undefined,
      target: { kind: 'licence', licenceId: 7 },
    });
  });

  it('keeps the agency’s reason apart from the message', () => {
    const message = notificationMessage(i18n.t, decided('SUSPEND', 'Discharge permit lapsed'));
    expect(message.text).toBe('Your licence NM-BT-2026-0001 was suspended');
    expect(message.reason).toBe('Discharge permit lapsed');
  });

  it('words them in Chinese', () => {
    changeLanguage('zh-CN');
    expect(notificationMessage(i18n.t, matched).text).toBe(
      '有新批次与您的许可证匹配：“Sintered NdFeB offcuts”',
    );
    expect(notificationMessage(i18n.t, decided('REJECT', '资料不全')).text).toBe(
      '您的许可证 NM-BT-2026-0001 已被驳回',
    );
  });

  it('never shows raw params it cannot read', () => {
    const broken = notification('LICENCE_DECIDED', { licenceId: 'x', decision: 'APPROVE' });
    const message = notificationMessage(i18n.t, broken);
    expect(message.text).toBe('A notification this version of REEx cannot show');
    expect(message.target).toBeUndefined();
    expect(notificationMessage(i18n.t, notification('LOT_MATCHED', {}, 9)).target).toEqual({
      kind: 'lot',
      lotId: 9,
    });
  });

  /** Params each type carries; a type missing here fails to compile, one without wording fails below. */
  const PARAMS: Record<NotificationType, Record<string, string>> = {
    LOT_MATCHED: { lotId: '42', lotTitle: 'Swarf' },
    LICENCE_DECIDED: { licenceId: '7', licenceNumber: 'NM-1', decision: 'VERIFY' },
    AUCTION_WON: { lotId: '42', lotTitle: 'Swarf', price: '1200.0000', currency: 'CNY' },
    AUCTION_LOST: { lotId: '42', lotTitle: 'Swarf', price: '1200.0000', currency: 'CNY' },
    AUCTION_CLOSED: { lotId: '42', lotTitle: 'Swarf', result: 'AWARDED', currency: 'CNY' },
    OUTBID: { lotId: '42', lotTitle: 'Swarf', price: '1210.0000', currency: 'CNY' },
    CUSTODY_RECORDED: { lotId: '42', lotTitle: 'Swarf', step: 'RECEIVED' },
    CERTIFICATE_ISSUED: { lotId: '42', lotTitle: 'Swarf', certificateCode: 'abcdefghijkl' },
    FLAG_RAISED: { lotId: '42', lotTitle: 'Swarf', flagId: '9', rule: 'RECEIVED_VS_DECLARED_MASS' },
    MONTHLY_REPORT_DUE: { month: '2026-11', dueOn: '2026-12-10' },
    TIP_RECEIVED: { tipId: '31', about: 'ORGANIZATION' },
    CLOSING_SOON: {
      lotId: '42',
      lotTitle: 'Swarf',
      closesAt: '2026-11-28T12:30:00.123456Z',
      price: '1210.0000',
      currency: 'CNY',
    },
  };

  it('words closing soon with the local closing time, and the price only where there is one', () => {
    changeLanguage('en');
    const time = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date('2026-11-28T12:30:00.123456Z'),
    );
    expect(notificationMessage(i18n.t, notification('CLOSING_SOON', PARAMS.CLOSING_SOON))).toEqual({
      text: `“Swarf” closes soon, at ${time}: the price is 1,210.00 CNY`,
      reason: undefined,
      target: { kind: 'lot', lotId: 42 },
    });
    const { price: _price, ...sealed } = PARAMS.CLOSING_SOON;
    expect(notificationMessage(i18n.t, notification('CLOSING_SOON', sealed)).text).toBe(
      `“Swarf” closes soon, at ${time}`,
    );
    changeLanguage('zh-CN');
    expect(notificationMessage(i18n.t, notification('CLOSING_SOON', sealed)).text).toMatch(
      /^“Swarf”即将截止（.+）$/,
    );
  });

  it('tells agencies of a new tip and leads to it, and of a flag on an organization', () => {
    changeLanguage('en');
    expect(notificationMessage(i18n.t, notification('TIP_RECEIVED', PARAMS.TIP_RECEIVED))).toEqual({
      text: 'New tip #31 about an organization',
      reason: undefined,
      target: { kind: 'tip', tipId: 31 },
    });
    const flag = { flagId: '9', rule: 'TIP', organizationName: 'Acme Magnets', tipId: '31' };
    expect(notificationMessage(i18n.t, notification('FLAG_RAISED', flag))).toEqual({
      text: 'Flag on Acme Magnets: Reported through the tip line',
      reason: undefined,
      target: { kind: 'tip', tipId: 31 },
    });
    changeLanguage('zh-CN');
    expect(
      notificationMessage(i18n.t, notification('TIP_RECEIVED', PARAMS.TIP_RECEIVED)).text,
    ).toBe('新线索 #31：涉及一家单位');
  });

  it.each(Object.values(NotificationType))('words every type: %s', (type) => {
    for (const language of ['en', 'zh-CN'] as const) {
      changeLanguage(language);
      const message = notificationMessage(i18n.t, notification(type, PARAMS[type], 42));
      expect(message.text).not.toBe(i18n.t('notifications.message.unknown'));
      expect(message.text).not.toMatch(/notifications\.|{{/);
    }
  });

  it.each([
    ['CUSTODY_RECORDED', '“Swarf” was received and weighed', '“Swarf”已收货过磅'],
    [
      'CERTIFICATE_ISSUED',
      'A certificate of recycling was issued for “Swarf”',
      '“Swarf”的回收证书已签发',
    ],
    [
      'FLAG_RAISED',
      'Flag on “Swarf”: Received mass off the declared mass',
      '“Swarf”出现异常：收货重量与申报重量不符',
    ],
  ] as const)('words %s and leads to the lot', (type, english, chinese) => {
    const item = notification(type, PARAMS[type]);
    expect(notificationMessage(i18n.t, item)).toEqual({
      text: english,
      reason: undefined,
      target: { kind: 'lot', lotId: 42 },
    });
    changeLanguage('zh-CN');
    expect(notificationMessage(i18n.t, item).text).toBe(chinese);
  });

  const RESULTS = [
    [
      'AUCTION_WON',
      { price: '152000.0000', currency: 'CNY' },
      'You won “Swarf” at 152,000.00 CNY — arrange the pickup',
      '您以 152,000.00 CNY 中标“Swarf”——请安排提货',
    ],
    [
      'AUCTION_LOST',
      { price: '152000.0000', currency: 'CNY' },
      '“Swarf” went to another bidder at 152,000.00 CNY',
      '“Swarf”已由其他竞买人以 152,000.00 CNY 中标',
    ],
    [
      'AUCTION_LOST',
      { currency: 'CNY' },
      'The auction for “Swarf” closed without a sale',
      '“Swarf”的拍卖已结束，流拍',
    ],
    [
      'AUCTION_CLOSED',
      { result: 'AWARDED', price: '152000.0000', currency: 'CNY' },
      'Your lot “Swarf” was sold at 152,000.00 CNY — hand it over to the buyer',
      '您的批次“Swarf”以 152,000.00 CNY 成交——请向买方交货',
    ],
    [
      'AUCTION_CLOSED',
      { result: 'NO_SALE', currency: 'CNY' },
      'Your lot “Swarf” closed without a sale',
      '您的批次“Swarf”流拍',
    ],
    [
      'OUTBID',
      { price: '51000.5000', currency: 'CNY' },
      'You were outbid on “Swarf”: the price is now 51,000.50 CNY',
      '您在“Swarf”上的出价已被超越：当前价格 51,000.50 CNY',
    ],
  ] as const;

  it.each(RESULTS)(
    'words %s with its figures, in English and Chinese',
    (type, figures, english, chinese) => {
      const item = notification(type, { lotId: '42', lotTitle: 'Swarf', ...figures });
      expect(notificationMessage(i18n.t, item)).toEqual({
        text: english,
        reason: undefined,
        target: { kind: 'lot', lotId: 42 },
      });
      changeLanguage('zh-CN');
      expect(notificationMessage(i18n.t, item).text).toBe(chinese);
    },
  );
});
