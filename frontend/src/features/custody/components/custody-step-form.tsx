import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import {
  useForm,
  useWatch,
  type FieldValues,
  type Path,
  type UseFormSetError,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CustodyEventRequest, CustodyEventType, CustodyTrail } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors } from '@/lib/form-errors';
import { fieldErrorMessage } from '@/lib/validation';
import { useRecordCustodyEvent } from '../api/custody';
import {
  PROCESS_ROUTES,
  STEP_FIELDS,
  deliverySchema,
  fromLocalDateValue,
  pickupSchema,
  processingSchema,
  receiptSchema,
  toLocalDateValue,
  toLocalInputValue,
  type DeliveryInput,
  type PickupInput,
  type ProcessingInput,
  type ReceiptInput,
} from '../lib/custody-schema';

type StepFormProps = {
  trail: CustodyTrail;
  /** Called after the step is stored: the lot's status has moved on. */
  onRecorded?: () => void;
};

/** The form for the custody step that is the viewer's to record next. */
export function CustodyStepForm({ trail, onRecorded }: StepFormProps) {
  switch (trail.nextStep) {
    case 'PICKED_UP':
      return <PickupForm trail={trail} onRecorded={onRecorded} />;
    case 'DELIVERED':
      return <DeliveryForm trail={trail} onRecorded={onRecorded} />;
    case 'RECEIVED':
      return <ReceiptForm trail={trail} onRecorded={onRecorded} />;
    case 'PROCESSED':
      return <ProcessingForm trail={trail} onRecorded={onRecorded} />;
    default:
      return null;
  }
}

/** Sends a step and puts the server's field errors next to the fields. */
function useRecord<T extends FieldValues>(
  step: CustodyEventType,
  trail: CustodyTrail,
  setError: UseFormSetError<T>,
  onRecorded: (() => void) | undefined,
) {
  const { t } = useTranslation();
  const record = useRecordCustodyEvent(trail.lotId, onRecorded);
  const fields = STEP_FIELDS[step] as readonly string[] as readonly Path<T>[];
  const send = (request: Omit<CustodyEventRequest, 'type'>) =>
    record.mutate(
      { type: step, ...request },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: t('custody.form.recorded', { step: t(`custody.type.${step}`) }),
          }),
        onError: (error) => setServerFieldErrors(error, fields, setError),
      },
    );
  return { record, send, fields: fields as readonly string[] };
}

function StepFrame({
  step,
  record,
  fields,
  onSubmit,
  children,
}: {
  step: CustodyEventType;
  record: ReturnType<typeof useRecordCustodyEvent>;
  fields: readonly string[];
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      noValidate
      aria-label={t(`custody.form.title.${step}`)}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="sm">
        <FormErrorAlert
          error={record.error}
          fieldNames={fields}
          statusMessages={{ 409: t('custody.form.conflict') }}
        />
        {children}
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t(`custody.form.submit.${step}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AtField({ error, registration }: { error: string | undefined; registration: object }) {
  const { t } = useTranslation();
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <TextInput
      type="datetime-local"
      step={1}
      label={t('custody.fields.at')}
      description={t('custody.form.atHint', { timeZone })}
      error={error}
      {...registration}
    />
  );
}

function PickupForm({ trail, onRecorded }: StepFormProps) {
  const { t } = useTranslation();
  const { register, handleSubmit, setError, formState } = useForm<PickupInput>({
    resolver: zodResolver(pickupSchema),
    defaultValues: {
      at: toLocalInputValue(new Date()),
      shippedKg: '',
      carrier: '',
      vehiclePlate: '',
      transportDocument: '',
    },
  });
  const { errors } = formState;
  const { record, send, fields } = useRecord('PICKED_UP', trail, setError, onRecorded);
  const message = (text: string | undefined) => fieldErrorMessage(t, text);
  return (
    <StepFrame
      step="PICKED_UP"
      record={record}
      fields={fields}
      onSubmit={() =>
        void handleSubmit((values) =>
          send({
            at: new Date(values.at),
            shippedKg: values.shippedKg,
            carrier: values.carrier,
            vehiclePlate: values.vehiclePlate,
            transportDocument: values.transportDocument,
          }),
        )()
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AtField error={message(errors.at?.message)} registration={register('at')} />
        <TextInput
          label={t('custody.fields.shippedKg')}
          description={t('custody.form.kgHint')}
          inputMode="decimal"
          error={message(errors.shippedKg?.message)}
          {...register('shippedKg')}
        />
        <TextInput
          label={t('custody.fields.carrier')}
          error={message(errors.carrier?.message)}
          {...register('carrier')}
        />
        <TextInput
          label={t('custody.fields.vehiclePlate')}
          error={message(errors.vehiclePlate?.message)}
          {...register('vehiclePlate')}
        />
        <TextInput
          label={t('custody.fields.transportDocument')}
          error={message(errors.transportDocument?.message)}
          {...register('transportDocument')}
        />
      </SimpleGrid>
    </StepFrame>
  );
}

function DeliveryForm({ trail, onRecorded }: StepFormProps) {
  const { t } = useTranslation();
  const pickupDocument = trail.events.find(
    (event) => event.type === 'PICKED_UP',
  )?.transportDocument;
  const { register, handleSubmit, setError, control, formState } = useForm<DeliveryInput>({
    resolver: zodResolver(deliverySchema(pickupDocument)),
    defaultValues: {
      at: toLocalInputValue(new Date()),
      transportDocument: pickupDocument ?? '',
      documentMismatchReason: '',
    },
  });
  const { errors } = formState;
  const { record, send, fields } = useRecord('DELIVERED', trail, setError, onRecorded);
  const document = useWatch({ control, name: 'transportDocument' });
  const changed = pickupDocument !== undefined && document.trim() !== pickupDocument;
  const message = (text: string | undefined) => fieldErrorMessage(t, text);
  return (
    <StepFrame
      step="DELIVERED"
      record={record}
      fields={fields}
      onSubmit={() =>
        void handleSubmit((values) =>
          send({
            at: new Date(values.at),
            transportDocument: values.transportDocument,
            documentMismatchReason:
              values.transportDocument !== pickupDocument && values.documentMismatchReason !== ''
                ? values.documentMismatchReason
                : undefined,
          }),
        )()
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AtField error={message(errors.at?.message)} registration={register('at')} />
        <TextInput
          label={t('custody.fields.transportDocument')}
          description={
            pickupDocument === undefined
              ? undefined
              : t('custody.form.documentHint', { document: pickupDocument })
          }
          error={message(errors.transportDocument?.message)}
          {...register('transportDocument')}
        />
      </SimpleGrid>
      {(changed || errors.documentMismatchReason !== undefined) && (
        <Textarea
          label={t('custody.fields.documentMismatchReason')}
          description={t('custody.form.mismatchHint')}
          autosize
          minRows={2}
          error={message(errors.documentMismatchReason?.message)}
          {...register('documentMismatchReason')}
        />
      )}
    </StepFrame>
  );
}

function ReceiptForm({ trail, onRecorded }: StepFormProps) {
  const { t } = useTranslation();
  const { register, handleSubmit, setError, formState } = useForm<ReceiptInput>({
    resolver: zodResolver(receiptSchema),
    defaultValues: { at: toLocalInputValue(new Date()), weighedKg: '', weighbridgeTicket: '' },
  });
  const { errors } = formState;
  const { record, send, fields } = useRecord('RECEIVED', trail, setError, onRecorded);
  const message = (text: string | undefined) => fieldErrorMessage(t, text);
  return (
    <StepFrame
      step="RECEIVED"
      record={record}
      fields={fields}
      onSubmit={() =>
        void handleSubmit((values) =>
          send({
            at: new Date(values.at),
            weighedKg: values.weighedKg,
            weighbridgeTicket: values.weighbridgeTicket,
          }),
        )()
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AtField error={message(errors.at?.message)} registration={register('at')} />
        <TextInput
          label={t('custody.fields.weighedKg')}
          description={t('custody.form.kgHint')}
          inputMode="decimal"
          error={message(errors.weighedKg?.message)}
          {...register('weighedKg')}
        />
        <TextInput
          label={t('custody.fields.weighbridgeTicket')}
          error={message(errors.weighbridgeTicket?.message)}
          {...register('weighbridgeTicket')}
        />
      </SimpleGrid>
    </StepFrame>
  );
}

function ProcessingForm({ trail, onRecorded }: StepFormProps) {
  const { t } = useTranslation();
  const today = toLocalDateValue(new Date());
  const { register, handleSubmit, setError, formState } = useForm<ProcessingInput>({
    resolver: zodResolver(processingSchema),
    defaultValues: {
      at: toLocalInputValue(new Date()),
      processRoute: '',
      startedOn: today,
      endedOn: today,
    },
  });
  const { errors } = formState;
  const { record, send, fields } = useRecord('PROCESSED', trail, setError, onRecorded);
  const message = (text: string | undefined) => fieldErrorMessage(t, text);
  return (
    <StepFrame
      step="PROCESSED"
      record={record}
      fields={fields}
      onSubmit={() =>
        void handleSubmit((values) =>
          send({
            at: new Date(values.at),
            processRoute: values.processRoute as (typeof PROCESS_ROUTES)[number],
            startedOn: fromLocalDateValue(values.startedOn),
            endedOn: fromLocalDateValue(values.endedOn),
          }),
        )()
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <AtField error={message(errors.at?.message)} registration={register('at')} />
        <NativeSelect
          label={t('custody.fields.processRoute')}
          error={message(errors.processRoute?.message)}
          data={[
            { value: '', label: t('custody.form.chooseRoute') },
            ...PROCESS_ROUTES.map((route) => ({
              value: route,
              label: t(`custody.processRoute.${route}`),
            })),
          ]}
          {...register('processRoute')}
        />
        <TextInput
          type="date"
          label={t('custody.fields.startedOn')}
          error={message(errors.startedOn?.message)}
          {...register('startedOn')}
        />
        <TextInput
          type="date"
          label={t('custody.fields.endedOn')}
          error={message(errors.endedOn?.message)}
          {...register('endedOn')}
        />
      </SimpleGrid>
    </StepFrame>
  );
}
