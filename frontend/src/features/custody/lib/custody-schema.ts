/**
 * The custody step forms' rules, the same as the server's (which checks them again). Times are
 * typed in local time and sent as UTC instants; dates are calendar days.
 */
import Decimal from 'decimal.js';
import { z } from 'zod';
import { ProcessRoute, type CustodyEventRequest, type CustodyEventType } from '@/api/generated';
import { requiredText } from '@/lib/validation';

export const PROCESS_ROUTES = Object.values(ProcessRoute);

/** Kg with at most 3 decimals, more than 0. */
export const MASS = /^\d{1,12}(\.\d{1,3})?$/;

function isDateTime(value: string): boolean {
  return value !== '' && !Number.isNaN(new Date(value).getTime());
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(value).getTime());
}

const at = z
  .string()
  .min(1, 'validation.required')
  .refine(isDateTime, 'validation.dateTime')
  .refine((value) => !isDateTime(value) || new Date(value) <= new Date(), 'validation.notFuture');

const mass = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .regex(MASS, 'validation.mass')
  // Zod runs this even when the pattern failed: only judge a number.
  .refine((value) => !MASS.test(value) || new Decimal(value).greaterThan(0), 'validation.positive');

export const pickupSchema = z.object({
  at,
  shippedKg: mass,
  carrier: requiredText(200),
  vehiclePlate: requiredText(30),
  transportDocument: requiredText(60),
});

/** Delivery: the pickup's transport document, or another one with the reason it changed. */
export function deliverySchema(pickupDocument: string | undefined) {
  return z
    .object({
      at,
      transportDocument: requiredText(60),
      documentMismatchReason: z.string().trim().max(500, 'validation.tooLong'),
    })
    .superRefine((values, context) => {
      if (
        pickupDocument !== undefined &&
        values.transportDocument !== pickupDocument &&
        values.documentMismatchReason === ''
      ) {
        context.addIssue({
          code: 'custom',
          path: ['documentMismatchReason'],
          message: 'validation.mismatchReason',
        });
      }
    });
}

export const receiptSchema = z.object({
  at,
  weighedKg: mass,
  weighbridgeTicket: requiredText(60),
});

export const processingSchema = z
  .object({
    at,
    processRoute: z.string().pipe(z.enum(PROCESS_ROUTES, 'validation.required')),
    startedOn: z.string().min(1, 'validation.required').refine(isDate, 'validation.date'),
    endedOn: z.string().min(1, 'validation.required').refine(isDate, 'validation.date'),
  })
  .superRefine((values, context) => {
    if (isDate(values.startedOn) && isDate(values.endedOn) && values.endedOn < values.startedOn) {
      context.addIssue({ code: 'custom', path: ['endedOn'], message: 'validation.endAfterStart' });
    }
  });

export type PickupInput = z.input<typeof pickupSchema>;
export type DeliveryInput = z.input<ReturnType<typeof deliverySchema>>;
export type ReceiptInput = z.input<typeof receiptSchema>;
export type ProcessingInput = z.input<typeof processingSchema>;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A local time as a `datetime-local` input with seconds shows it, e.g. "2026-12-05T14:00:05". */
export function toLocalInputValue(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** A local calendar day as a `date` input shows it, e.g. "2026-12-05". */
export function toLocalDateValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A `date` input's value as the local day it names (the client serializes it back as that day). */
export function fromLocalDateValue(value: string): Date {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(0);
  date.setFullYear(year, month - 1, day);
  date.setHours(0, 0, 0, 0);
  return date;
}

/** The request fields each step sends, in the order its form shows them (for server errors). */
export const STEP_FIELDS: Record<CustodyEventType, readonly (keyof CustodyEventRequest)[]> = {
  PICKED_UP: ['at', 'shippedKg', 'carrier', 'vehiclePlate', 'transportDocument'],
  DELIVERED: ['at', 'transportDocument', 'documentMismatchReason'],
  RECEIVED: ['at', 'weighedKg', 'weighbridgeTicket'],
  PROCESSED: ['at', 'processRoute', 'startedOn', 'endedOn'],
};
