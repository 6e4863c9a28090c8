import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  FileInput,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconLock, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TipAbout, type TipReceipt } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors, uploadFileError } from '@/lib/form-errors';
import { fieldErrorMessage, requiredText } from '@/lib/validation';
import { useFileTip } from '../api/tips';
import { fromLocalInput, toLocalInput } from '../lib/date-time';
import { TipReceiptCard } from './tip-receipt-card';

const MAX_BYTES = 10 * 1024 * 1024;
const ABOUTS = Object.values(TipAbout);
const FIELDS = [
  'about',
  'organizationName',
  'lotId',
  'subject',
  'description',
  'place',
  'observedAt',
  'contact',
] as const;

const reportSchema = z
  .object({
    about: z.enum(TipAbout),
    organizationName: z.string().trim().max(200, 'validation.tooLong'),
    lotId: z.string().trim(),
    subject: z.string().trim().max(200, 'validation.tooLong'),
    description: requiredText(4000),
    place: requiredText(300),
    observedAt: z
      .string()
      .min(1, 'validation.required')
      .refine((value) => fromLocalInput(value) !== null, 'validation.dateTime')
      .refine(
        (value) => (fromLocalInput(value)?.getTime() ?? 0) <= Date.now() + 5 * 60_000,
        'validation.notFuture',
      ),
    contact: z.string().trim().max(300, 'validation.tooLong'),
  })
  .superRefine((values, context) => {
    if (values.about === 'ORGANIZATION' && values.organizationName === '') {
      context.addIssue({
        code: 'custom',
        path: ['organizationName'],
        message: 'validation.required',
      });
    }
    if (values.about === 'LOT' && !/^[1-9]\d{0,17}$/.test(values.lotId)) {
      context.addIssue({
        code: 'custom',
        path: ['lotId'],
        message: values.lotId === '' ? 'validation.required' : 'validation.lotNumber',
      });
    }
    if (values.about === 'OTHER' && values.subject === '') {
      context.addIssue({ code: 'custom', path: ['subject'], message: 'validation.required' });
    }
  });

type ReportInput = z.input<typeof reportSchema>;
type ReportValues = z.output<typeof reportSchema>;

/** The public tip line: anyone reports a suspected violation and gets a receipt code to follow it. */
export function ReportForm({ statusHref }: { statusHref: (code: string) => string }) {
  const { t } = useTranslation();
  const fileTip = useFileTip();
  const [receipt, setReceipt] = useState<TipReceipt | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const {
    register,
    control,
    handleSubmit,
    setError,
    watch,
    reset,
    formState: { errors },
  } = useForm<ReportInput, unknown, ReportValues>({
    resolver: zodResolver(reportSchema),
    defaultValues: {
      about: 'ORGANIZATION',
      organizationName: '',
      lotId: '',
      subject: '',
      description: '',
      place: '',
      observedAt: toLocalInput(new Date()),
      contact: '',
    },
  });
  const about = watch('about');

  if (receipt !== null) {
    return (
      <TipReceiptCard
        receipt={receipt}
        statusHref={statusHref(receipt.code)}
        onAnother={() => {
          reset();
          setFile(null);
          fileTip.reset();
          setReceipt(null);
        }}
      />
    );
  }

  const onSubmit = handleSubmit((values) => {
    if (file !== null && file.size > MAX_BYTES) {
      setFileError(t('tips.report.tooLarge'));
      return;
    }
    fileTip.mutate(
      {
        about: values.about,
        organizationName: values.about === 'ORGANIZATION' ? values.organizationName : undefined,
        lotId: values.about === 'LOT' ? Number(values.lotId) : undefined,
        subject: values.about === 'OTHER' ? values.subject : undefined,
        description: values.description,
        place: values.place,
        observedAt: fromLocalInput(values.observedAt) ?? new Date(),
        contact: values.contact === '' ? undefined : values.contact,
        file: file ?? undefined,
      },
      {
        onSuccess: (answer) => setReceipt(answer),
        onError: (error) => {
          setServerFieldErrors(error, FIELDS, setError);
          setFileError(uploadFileError(error, t('tips.report.tooLarge')));
        },
      },
    );
  });

  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
      <form
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        aria-label={t('tips.report.form')}
      >
        <Stack gap="md">
          <Alert color="teal" variant="light" icon={<IconLock size={18} aria-hidden />}>
            {t('tips.report.privacy')}
          </Alert>
          <FormErrorAlert
            error={fileTip.error}
            fieldNames={[...FIELDS, 'file']}
            statusMessages={{
              413: t('tips.report.tooLarge'),
              429: t('tips.report.tooMany'),
            }}
          />
          <Controller
            control={control}
            name="about"
            render={({ field }) => (
              <Radio.Group
                label={t('tips.report.about')}
                value={field.value}
                onChange={(value) => {
                  const chosen = ABOUTS.find((candidate) => candidate === value);
                  if (chosen !== undefined) field.onChange(chosen);
                }}
              >
                <Group gap="lg" mt={6} wrap="wrap">
                  {ABOUTS.map((value) => (
                    <Radio key={value} value={value} label={t(`tips.about.${value}`)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          {about === 'ORGANIZATION' && (
            <TextInput
              key="organizationName"
              label={t('tips.report.organizationName')}
              description={t('tips.report.organizationNameHint')}
              required
              maxLength={200}
              error={fieldErrorMessage(t, errors.organizationName?.message)}
              {...register('organizationName')}
            />
          )}
          {about === 'LOT' && (
            <TextInput
              key="lotId"
              label={t('tips.report.lotId')}
              description={t('tips.report.lotIdHint')}
              required
              inputMode="numeric"
              maw={240}
              error={fieldErrorMessage(t, errors.lotId?.message)}
              {...register('lotId')}
            />
          )}
          {about === 'OTHER' && (
            <TextInput
              key="subject"
              label={t('tips.report.subject')}
              description={t('tips.report.subjectHint')}
              required
              maxLength={200}
              error={fieldErrorMessage(t, errors.subject?.message)}
              {...register('subject')}
            />
          )}
          <Textarea
            label={t('tips.report.description')}
            description={t('tips.report.descriptionHint')}
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={4000}
            error={fieldErrorMessage(t, errors.description?.message)}
            {...register('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('tips.report.place')}
              description={t('tips.report.placeHint')}
              required
              maxLength={300}
              error={fieldErrorMessage(t, errors.place?.message)}
              {...register('place')}
            />
            <TextInput
              type="datetime-local"
              label={t('tips.report.observedAt')}
              description={t('tips.report.observedAtHint')}
              required
              max={toLocalInput(new Date())}
              error={fieldErrorMessage(t, errors.observedAt?.message)}
              {...register('observedAt')}
            />
          </SimpleGrid>
          <FileInput
            label={t('tips.report.file')}
            description={t('tips.report.fileHint')}
            placeholder={t('tips.report.choose')}
            accept="image/jpeg,image/png,application/pdf"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setFileError(
                chosen !== null && chosen.size > MAX_BYTES ? t('tips.report.tooLarge') : undefined,
              );
            }}
            error={fileError}
            clearable
          />
          <TextInput
            label={t('tips.report.contact')}
            description={t('tips.report.contactHint')}
            maxLength={300}
            error={fieldErrorMessage(t, errors.contact?.message)}
            {...register('contact')}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={fileTip.isPending}
              leftSection={<IconSend size={16} aria-hidden />}
            >
              {t('tips.report.submit')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('tips.report.after')}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
