import Decimal from 'decimal.js';
import { z } from 'zod';
import type { BidRequest } from '@/api/generated';
import { normalizeAmount } from './amount-input';

const AMOUNT = /^\d{1,18}(\.\d{1,4})?$/;

export const bidSchema = z
  .object({
    amount: z
      .string()
      .trim()
      .min(1, 'validation.required')
      .transform(normalizeAmount)
      .pipe(
        z
          .string()
          .regex(AMOUNT, 'validation.amount')
          .refine((value) => !AMOUNT.test(value) || new Decimal(value).greaterThan(0), {
            message: 'validation.positive',
          }),
      ),
    maxAmount: z
      .string()
      .trim()
      .transform(normalizeAmount)
      .pipe(z.string().refine((value) => value === '' || AMOUNT.test(value), 'validation.amount')),
  })
  .superRefine((values, context) => {
    if (
      values.maxAmount !== '' &&
      AMOUNT.test(values.maxAmount) &&
      AMOUNT.test(values.amount) &&
      new Decimal(values.maxAmount).lessThan(values.amount)
    ) {
      context.addIssue({ code: 'custom', path: ['maxAmount'], message: 'validation.maxBelowBid' });
    }
  });

export type BidValues = z.infer<typeof bidSchema>;

export function toBidRequest(values: BidValues): BidRequest {
  return {
    amount: values.amount,
    maxAmount: values.maxAmount === '' ? undefined : values.maxAmount,
  };
}

/** A decimal from the API as one types it: "1100.0000" → "1100". */
export function plainAmount(value: string): string {
  return new Decimal(value).toFixed();
}
