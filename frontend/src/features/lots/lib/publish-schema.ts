/** The publish dialog's rules; times are typed in local time and sent as UTC instants. */
import Decimal from 'decimal.js';
import { z } from 'zod';
import { AuctionType, type PublishRequest } from '@/api/generated';
import { parseDecimal } from './contained';

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'JPY', 'HKD'] as const;
export const AUCTION_TYPES = Object.values(AuctionType);
export const MAX_SOFT_CLOSE_SECONDS = 3600;

const AMOUNT = /^\d{1,18}(\.\d{1,4})?$/;

function amount() {
  return (
    z
      .string()
      .trim()
      .min(1, 'validation.required')
      .regex(AMOUNT, 'validation.amount')
      // Zod runs this even when the pattern failed: only judge a number.
      .refine((value) => parseDecimal(value)?.greaterThan(0) !== false, 'validation.positive')
  );
}

function isDateTime(value: string): boolean {
  return value !== '' && !Number.isNaN(new Date(value).getTime());
}

export const publishSchema = z
  .object({
    currency: z.enum(CURRENCIES),
    startPrice: amount(),
    reservePrice: z
      .string()
      .trim()
      .refine((value) => value === '' || AMOUNT.test(value), 'validation.amount'),
    minIncrement: amount(),
    /** `YYYY-MM-DDTHH:mm` in local time, empty for "now". */
    opensAt: z.string().refine((value) => value === '' || isDateTime(value), 'validation.dateTime'),
    closesAt: z.string().min(1, 'validation.required').refine(isDateTime, 'validation.dateTime'),
    softCloseSeconds: z
      .string()
      .trim()
      .min(1, 'validation.required')
      .regex(/^\d{1,4}$/, 'validation.wholeNumber')
      .transform(Number)
      .pipe(z.number().max(MAX_SOFT_CLOSE_SECONDS, 'validation.softCloseRange')),
    auctionType: z.enum(AUCTION_TYPES),
  })
  .superRefine((values, context) => {
    if (
      values.reservePrice !== '' &&
      AMOUNT.test(values.reservePrice) &&
      AMOUNT.test(values.startPrice) &&
      new Decimal(values.reservePrice).lessThan(values.startPrice)
    ) {
      context.addIssue({
        code: 'custom',
        path: ['reservePrice'],
        message: 'validation.reserveBelowStart',
      });
    }
    const opens = values.opensAt === '' ? new Date() : new Date(values.opensAt);
    if (isDateTime(values.closesAt) && new Date(values.closesAt) <= opens) {
      context.addIssue({
        code: 'custom',
        path: ['closesAt'],
        message: 'validation.closesAfterOpens',
      });
    }
  });

export type PublishInput = z.input<typeof publishSchema>;
export type PublishValues = z.output<typeof publishSchema>;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A local time as a `datetime-local` input shows it, e.g. "2026-12-05T14:00". */
export function toLocalInputValue(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** A week from now, on the hour: a common auction length. */
export function defaultClosesAt(now: Date): string {
  const closes = new Date(now);
  closes.setDate(closes.getDate() + 7);
  closes.setHours(closes.getHours() + 1, 0, 0, 0);
  return toLocalInputValue(closes);
}

export function toPublishRequest(values: PublishValues, version: number): PublishRequest {
  return {
    currency: values.currency,
    startPrice: values.startPrice,
    reservePrice: values.reservePrice === '' ? undefined : values.reservePrice,
    minIncrement: values.minIncrement,
    opensAt: values.opensAt === '' ? undefined : new Date(values.opensAt),
    closesAt: new Date(values.closesAt),
    softCloseSeconds: values.softCloseSeconds,
    auctionType: values.auctionType,
    version,
  };
}
