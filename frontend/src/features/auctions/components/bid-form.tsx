import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AuctionState, BidOutcome } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors } from '@/lib/form-errors';
import { isProblemError } from '@/lib/problem-error';
import { fieldErrorMessage } from '@/lib/validation';
import { usePlaceBid } from '../api/auction';
import { useAuctionFormat } from '../hooks/use-auction-format';
import { attemptFor, type BidAttempt } from '../lib/bid-attempt';
import { bidSchema, plainAmount, toBidRequest, type BidValues } from '../lib/bid-schema';

const FIELDS = ['amount', 'maxAmount'] as const;

/** A 422 "Bid too low" at a field: shown with the minimum as it is now, in the user's language. */
const TOO_LOW = 'tooLow';

type BidFormProps = {
  auction: AuctionState;
};

export function BidForm({ auction }: BidFormProps) {
  const { t } = useTranslation();
  const format = useAuctionFormat(auction.currency);
  const placeBid = usePlaceBid(auction.lotId);
  const unanswered = useRef<BidAttempt | null>(null);
  const sealed = auction.auctionType === 'SEALED';
  const minimum = plainAmount(auction.nextMinimumBid);
  const {
    register,
    handleSubmit,
    setError,
    getFieldState,
    resetField,
    reset,
    formState: { errors },
  } = useForm<BidValues>({
    resolver: zodResolver(bidSchema),
    defaultValues: { amount: minimum, maxAmount: '' },
  });

  // Someone else's bid raises the minimum: follow it unless the user typed their own amount.
  useEffect(() => {
    if (!getFieldState('amount').isDirty) resetField('amount', { defaultValue: minimum });
  }, [minimum, getFieldState, resetField]);

  const outcomeMessages: Record<BidOutcome, string> = {
    LEADING: t('auctions.form.placedLeading'),
    OUTBID: t('auctions.form.placedOutbid'),
    SEALED: t('auctions.form.placedSealed'),
  };

  const onSubmit = handleSubmit((values) => {
    const attempt = attemptFor(unanswered.current, toBidRequest(values));
    unanswered.current = attempt;
    placeBid.mutate(attempt, {
      onSuccess: (result) => {
        unanswered.current = null;
        reset({ amount: plainAmount(result.auction.nextMinimumBid), maxAmount: '' });
        notifications.show({
          color: result.outcome === 'OUTBID' ? 'yellow' : 'teal',
          message: outcomeMessages[result.outcome],
        });
      },
      onError: (error) => {
        // Without an answer the server may have taken the bid: the same bid again keeps its key.
        if (!isProblemError(error)) return;
        unanswered.current = null;
        if (error.status === 422) {
          for (const param of error.invalidParams) {
            const field = FIELDS.find((name) => name === param.name);
            if (field !== undefined) setError(field, { type: TOO_LOW }, { shouldFocus: true });
          }
        } else {
          setServerFieldErrors(error, FIELDS, setError);
        }
      },
    });
  });

  const message = (field: (typeof FIELDS)[number]) => {
    const error = errors[field];
    if (error?.type !== TOO_LOW) return fieldErrorMessage(t, error?.message);
    return field === 'amount'
      ? t('auctions.form.amountTooLow', { minimum: format.money(auction.nextMinimumBid) })
      : t('auctions.form.maxTooLow', {
          maximum: format.money(auction.myMaxAmount ?? auction.nextMinimumBid),
        });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('auctions.form.title')}>
      <Stack gap="sm">
        <FormErrorAlert
          error={placeBid.error}
          fieldNames={FIELDS}
          statusMessages={{
            403: t('auctions.form.notEligible'),
            409: t('auctions.form.notOpen'),
          }}
        />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('auctions.form.amount')}
            description={t('auctions.form.amountHint', {
              minimum: format.money(auction.nextMinimumBid),
            })}
            inputMode="decimal"
            required
            rightSection={auction.currency}
            rightSectionWidth={48}
            miw={220}
            style={{ flex: 1 }}
            error={message('amount')}
            {...register('amount')}
          />
          {!sealed && (
            <TextInput
              label={t('auctions.form.maxAmount')}
              description={t('auctions.form.maxAmountHint')}
              inputMode="decimal"
              rightSection={auction.currency}
              rightSectionWidth={48}
              miw={220}
              style={{ flex: 1 }}
              error={message('maxAmount')}
              {...register('maxAmount')}
            />
          )}
        </Group>
        <Group>
          <Button type="submit" loading={placeBid.isPending}>
            {sealed ? t('auctions.form.submitSealed') : t('auctions.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
