import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AuctionState, BidOutcome } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors } from '@/lib/form-errors';
import { isProblemError } from '@/lib/problem-error';
import { fieldErrorMessage } from '@/lib/validation';
import { usePlaceBid } from '../api/auction';
import { BID_CONFIRM_MULTIPLE } from '../config';
import { useAuctionFormat } from '../hooks/use-auction-format';
import { BID_AMOUNT_ID } from './auction-summary-bar';
import { amountInWords, multipleOf, normalizeAmount } from '../lib/amount-input';
import { attemptFor, type BidAttempt } from '../lib/bid-attempt';
import { bidSchema, plainAmount, toBidRequest, type BidValues } from '../lib/bid-schema';

const FIELDS = ['amount', 'maxAmount'] as const;

/** A 422 "Bid too low" at a field: shown with the minimum as it is now, in the user's language. */
const TOO_LOW = 'tooLow';

type BidFormProps = {
  auction: AuctionState;
  /** Above this multiple of the next minimum, a bid or maximum is confirmed before it is sent. */
  confirmMultiple?: number;
};

export function BidForm({ auction, confirmMultiple = BID_CONFIRM_MULTIPLE }: BidFormProps) {
  const { t, i18n } = useTranslation();
  const [unconfirmed, setUnconfirmed] = useState<BidValues | null>(null);
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
    control,
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

  const typedAmount = normalizeAmount(useWatch({ control, name: 'amount' }) ?? '');
  const typedMax = normalizeAmount(useWatch({ control, name: 'maxAmount' }) ?? '');
  const inWords = (amount: string) => {
    const words = amountInWords(amount, i18n.language);
    return words === undefined
      ? undefined
      : t('auctions.form.inWords', { words, currency: auction.currency });
  };
  const hint = (base: string, amount: string) =>
    [base, inWords(amount)].filter((part) => part !== undefined).join(' · ');
  const proxyPlan =
    !sealed && multipleOf(typedMax, auction.nextMinimumBid) !== undefined
      ? t(auction.reserveMet ? 'auctions.form.proxyPlan' : 'auctions.form.proxyPlanBelowReserve', {
          increment: format.money(auction.minIncrement),
          maximum: format.money(typedMax),
        })
      : t('auctions.form.maxAmountHint');

  /** The larger of the bid and the maximum, as a multiple of the next minimum, when it is worth a question. */
  const surprising = (values: BidValues) => {
    const highest = [values.amount, values.maxAmount]
      .map((amount) => multipleOf(amount, auction.nextMinimumBid))
      .filter((multiple) => multiple !== undefined)
      .reduce((a, b) => (a.greaterThan(b) ? a : b));
    return highest.greaterThan(confirmMultiple) ? highest : undefined;
  };

  const onSubmit = handleSubmit((values) => {
    if (surprising(values) !== undefined) {
      setUnconfirmed(values);
      return;
    }
    send(values);
  });

  const send = (values: BidValues) => {
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
  };

  const confirmation = unconfirmed === null ? undefined : surprising(unconfirmed);

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
            id={BID_AMOUNT_ID}
            label={t('auctions.form.amount')}
            description={hint(
              t('auctions.form.amountHint', { minimum: format.money(auction.nextMinimumBid) }),
              typedAmount,
            )}
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
              description={hint(proxyPlan, typedMax)}
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
      <Modal
        opened={unconfirmed !== null}
        onClose={() => setUnconfirmed(null)}
        title={t('auctions.confirm.title')}
        centered
      >
        {unconfirmed !== null && confirmation !== undefined && (
          <Stack gap="md">
            <Text>
              {t(
                unconfirmed.maxAmount !== '' &&
                  multipleOf(unconfirmed.maxAmount, auction.nextMinimumBid)?.equals(confirmation)
                  ? 'auctions.confirm.maxText'
                  : 'auctions.confirm.text',
                {
                  amount: format.money(
                    unconfirmed.maxAmount !== '' &&
                      multipleOf(unconfirmed.maxAmount, auction.nextMinimumBid)?.equals(
                        confirmation,
                      )
                      ? unconfirmed.maxAmount
                      : unconfirmed.amount,
                  ),
                  multiple: confirmation.toDecimalPlaces(1).toString(),
                  minimum: format.money(auction.nextMinimumBid),
                },
              )}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setUnconfirmed(null)} data-autofocus>
                {t('auctions.confirm.cancel')}
              </Button>
              <Button
                color="orange"
                onClick={() => {
                  const values = unconfirmed;
                  setUnconfirmed(null);
                  send(values);
                }}
              >
                {t('auctions.confirm.place')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </form>
  );
}
