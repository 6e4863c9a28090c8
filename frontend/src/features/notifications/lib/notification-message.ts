/**
 * Notifications arrive as a type and string params; the message is worded here, in the user's
 * language, and says where the notification leads.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import {
  AuctionResult,
  CustodyEventType,
  FlagRule,
  LicenceDecision,
  type NotificationResponse,
} from '@/api/generated';
import { i18n } from '@/lib/i18n';

/** What a notification is about; the app turns it into a path. */
export type NotificationTarget =
  | { kind: 'lot'; lotId: number }
  | { kind: 'licence'; licenceId: number }
  | { kind: 'monthlyReport'; month: string; organizationId?: number }
  | { kind: 'tip'; tipId: number };

export type NotificationMessage = {
  text: string;
  /** The agency's reason, for a decision that gave one. */
  reason: string | undefined;
  target: NotificationTarget | undefined;
};

const id = z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().positive());

const lotMatched = z.object({ lotId: id, lotTitle: z.string().min(1) });

const aboutLot = z.object({ lotId: id, lotTitle: z.string().min(1) });

const auctionClosed = aboutLot.extend({
  result: z.enum(Object.values(AuctionResult)),
  price: z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .optional(),
  currency: z.string(),
});

const custodyRecorded = aboutLot.extend({ step: z.enum(Object.values(CustodyEventType)) });

const certificateIssued = aboutLot.extend({ certificateCode: z.string().min(1) });

const flagRaised = aboutLot.extend({ rule: z.enum(Object.values(FlagRule)) });

const month = z.string().regex(/^\d{4}-\d{2}$/);

/** A flag about a recycler's monthly report: no lot, the month and the recycler instead. */
const monthFlagRaised = z.object({
  rule: z.enum(Object.values(FlagRule)),
  month,
  recyclerName: z.string().min(1),
});

const monthlyReportDue = z.object({ month, dueOn: z.iso.date() });

/** A flag an agency opened from a tip about an organization: no lot, the organization instead. */
const organizationFlagRaised = z.object({
  rule: z.enum(Object.values(FlagRule)),
  organizationName: z.string().min(1),
  tipId: id,
});

const tipReceived = z.object({ tipId: id, about: z.enum(['ORGANIZATION', 'LOT', 'OTHER']) });

const decimal = z.string().regex(/^\d+(\.\d+)?$/);

/** A result to a bidder: the price is there when the lot was sold. */
const auctionResult = aboutLot.extend({ price: decimal.optional(), currency: z.string() });

const outbid = aboutLot.extend({ price: decimal, currency: z.string().min(1) });

const closingSoon = aboutLot.extend({
  closesAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  price: decimal.optional(),
  currency: z.string().min(1),
});

/** A closing time in the browser's time zone and the chosen language. */
function closingTime(value: Date): string {
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    value,
  );
}

/** "152,000.00 CNY" in the chosen language, from the API's decimal string. */
function money(t: TFunction, amount: string, currency: string): string {
  const number = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  }).format(amount as `${number}`);
  return t('notifications.money', { amount: number, currency });
}

function lotMessage(text: string, lotId: number): NotificationMessage {
  return { text, reason: undefined, target: { kind: 'lot', lotId } };
}

const licenceDecided = z.object({
  licenceId: id,
  licenceNumber: z.string().min(1),
  decision: z.enum(Object.values(LicenceDecision)),
  reason: z.string().optional(),
});

export function notificationMessage(
  t: TFunction,
  notification: NotificationResponse,
): NotificationMessage {
  switch (notification.type) {
    case 'LOT_MATCHED': {
      const params = lotMatched.safeParse(notification.params);
      if (!params.success) break;
      return {
        text: t('notifications.message.LOT_MATCHED', { title: params.data.lotTitle }),
        reason: undefined,
        target: { kind: 'lot', lotId: params.data.lotId },
      };
    }
    case 'LICENCE_DECIDED': {
      const params = licenceDecided.safeParse(notification.params);
      if (!params.success) break;
      const reason = params.data.reason?.trim();
      return {
        text: t(`notifications.message.LICENCE_DECIDED.${params.data.decision}`, {
          number: params.data.licenceNumber,
        }),
        reason: reason === '' ? undefined : reason,
        target: { kind: 'licence', licenceId: params.data.licenceId },
      };
    }
    case 'AUCTION_WON': {
      const params = auctionResult.safeParse(notification.params);
      if (!params.success) break;
      const { lotTitle: title, price, currency } = params.data;
      return lotMessage(
        price === undefined
          ? t('notifications.message.AUCTION_WON.noPrice', { title })
          : t('notifications.message.AUCTION_WON.atPrice', {
              title,
              price: money(t, price, currency),
            }),
        params.data.lotId,
      );
    }
    case 'AUCTION_LOST': {
      const params = auctionResult.safeParse(notification.params);
      if (!params.success) break;
      const { lotTitle: title, price, currency } = params.data;
      return lotMessage(
        price === undefined
          ? t('notifications.message.AUCTION_LOST.noSale', { title })
          : t('notifications.message.AUCTION_LOST.sold', {
              title,
              price: money(t, price, currency),
            }),
        params.data.lotId,
      );
    }
    case 'AUCTION_CLOSED': {
      const params = auctionClosed.safeParse(notification.params);
      if (!params.success) break;
      const { lotTitle: title, price, currency } = params.data;
      return lotMessage(
        params.data.result === 'AWARDED' && price !== undefined
          ? t('notifications.message.AUCTION_CLOSED.AWARDED', {
              title,
              price: money(t, price, currency),
            })
          : t('notifications.message.AUCTION_CLOSED.NO_SALE', { title }),
        params.data.lotId,
      );
    }
    case 'OUTBID': {
      const params = outbid.safeParse(notification.params);
      if (!params.success) break;
      return lotMessage(
        t('notifications.message.OUTBID', {
          title: params.data.lotTitle,
          price: money(t, params.data.price, params.data.currency),
        }),
        params.data.lotId,
      );
    }
    case 'CUSTODY_RECORDED': {
      const params = custodyRecorded.safeParse(notification.params);
      if (!params.success) break;
      return lotMessage(
        t(`notifications.message.CUSTODY_RECORDED.${params.data.step}`, {
          title: params.data.lotTitle,
        }),
        params.data.lotId,
      );
    }
    case 'CLOSING_SOON': {
      const params = closingSoon.safeParse(notification.params);
      if (!params.success) break;
      const time = closingTime(params.data.closesAt);
      return lotMessage(
        params.data.price === undefined
          ? t('notifications.message.CLOSING_SOON.noPrice', { title: params.data.lotTitle, time })
          : t('notifications.message.CLOSING_SOON.withPrice', {
              title: params.data.lotTitle,
              time,
              price: money(t, params.data.price, params.data.currency),
            }),
        params.data.lotId,
      );
    }
    case 'CERTIFICATE_ISSUED': {
      const params = certificateIssued.safeParse(notification.params);
      if (!params.success) break;
      return lotMessage(
        t('notifications.message.CERTIFICATE_ISSUED', { title: params.data.lotTitle }),
        params.data.lotId,
      );
    }
    case 'MONTHLY_REPORT_DUE': {
      const params = monthlyReportDue.safeParse(notification.params);
      if (!params.success) break;
      return {
        text: t('notifications.message.MONTHLY_REPORT_DUE', {
          month: params.data.month,
          due: params.data.dueOn,
        }),
        reason: undefined,
        target: { kind: 'monthlyReport', month: params.data.month },
      };
    }
    case 'TIP_RECEIVED': {
      const params = tipReceived.safeParse(notification.params);
      if (!params.success) break;
      return {
        text: t(`notifications.message.TIP_RECEIVED.${params.data.about}`, {
          id: params.data.tipId,
        }),
        reason: undefined,
        target: { kind: 'tip', tipId: params.data.tipId },
      };
    }
    case 'FLAG_RAISED': {
      const aboutOrganization = organizationFlagRaised.safeParse(notification.params);
      if (notification.lotId === undefined && aboutOrganization.success) {
        return {
          text: t('notifications.message.FLAG_RAISED_ORGANIZATION', {
            organization: aboutOrganization.data.organizationName,
            rule: t(`flags.rule.${aboutOrganization.data.rule}`),
          }),
          reason: undefined,
          target: { kind: 'tip', tipId: aboutOrganization.data.tipId },
        };
      }
      const aboutMonth = monthFlagRaised.safeParse(notification.params);
      if (notification.lotId === undefined && aboutMonth.success) {
        return {
          text: t('notifications.message.FLAG_RAISED_MONTH', {
            recycler: aboutMonth.data.recyclerName,
            month: aboutMonth.data.month,
            rule: t(`flags.rule.${aboutMonth.data.rule}`),
          }),
          reason: undefined,
          target: { kind: 'monthlyReport', month: aboutMonth.data.month },
        };
      }
      const params = flagRaised.safeParse(notification.params);
      if (!params.success) break;
      return lotMessage(
        t('notifications.message.FLAG_RAISED', {
          title: params.data.lotTitle,
          rule: t(`flags.rule.${params.data.rule}`),
        }),
        params.data.lotId,
      );
    }
  }
  return {
    text: t('notifications.message.unknown'),
    reason: undefined,
    target:
      notification.lotId === undefined ? undefined : { kind: 'lot', lotId: notification.lotId },
  };
}
