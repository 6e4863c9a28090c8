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

/** What a notification is about; the app turns it into a path. */
export type NotificationTarget =
  { kind: 'lot'; lotId: number } | { kind: 'licence'; licenceId: number };

export type NotificationMessage = {
  text: string;
  /** The agency's reason, for a decision that gave one. */
  reason: string | undefined;
  target: NotificationTarget | undefined;
};

const id = z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().positive());

const lotMatched = z.object({ lotId: id, lotTitle: z.string().min(1) });

const aboutLot = z.object({ lotId: id, lotTitle: z.string().min(1) });

const auctionClosed = aboutLot.extend({ result: z.enum(Object.values(AuctionResult)) });

const custodyRecorded = aboutLot.extend({ step: z.enum(Object.values(CustodyEventType)) });

const certificateIssued = aboutLot.extend({ certificateCode: z.string().min(1) });

const flagRaised = aboutLot.extend({ rule: z.enum(Object.values(FlagRule)) });

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
    case 'AUCTION_WON':
    case 'AUCTION_LOST': {
      const params = aboutLot.safeParse(notification.params);
      if (!params.success) break;
      return lotMessage(
        t(`notifications.message.${notification.type}`, { title: params.data.lotTitle }),
        params.data.lotId,
      );
    }
    case 'AUCTION_CLOSED': {
      const params = auctionClosed.safeParse(notification.params);
      if (!params.success) break;
      return lotMessage(
        t(`notifications.message.AUCTION_CLOSED.${params.data.result}`, {
          title: params.data.lotTitle,
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
    case 'CERTIFICATE_ISSUED': {
      const params = certificateIssued.safeParse(notification.params);
      if (!params.success) break;
      return lotMessage(
        t('notifications.message.CERTIFICATE_ISSUED', { title: params.data.lotTitle }),
        params.data.lotId,
      );
    }
    case 'FLAG_RAISED': {
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
