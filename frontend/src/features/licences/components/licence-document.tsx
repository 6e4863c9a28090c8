import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LicenceResponse } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { uploadFileError } from '@/lib/form-errors';
import { fetchLicenceDocument, useUploadLicenceDocument } from '../api/licences';

const MAX_BYTES = 10 * 1024 * 1024;

/** Saves the licence PDF, fetched with the bearer token, under a name that says what it is. */
async function saveDocument(licence: LicenceResponse): Promise<void> {
  const blob = await fetchLicenceDocument(licence.id);
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = `licence-${licence.number}.pdf`;
  link.click();
  URL.revokeObjectURL(url);
}

/** Downloads the licence document; shown to its holder and to agencies when there is one. */
export function LicenceDocumentButton({ licence }: { licence: LicenceResponse }) {
  const { t } = useTranslation();
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    try {
      await saveDocument(licence);
    } catch {
      notifications.show({ color: 'red', message: t('licences.document.downloadFailed') });
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Button
      size="compact-sm"
      variant="light"
      leftSection={<IconDownload size={14} aria-hidden />}
      loading={downloading}
      onClick={() => void download()}
      aria-label={t('licences.document.downloadNamed', { number: licence.number })}
    >
      {t('licences.document.download')}
    </Button>
  );
}

/** The holder attaches the licence PDF (at most 10 MB); a new upload replaces the old one. */
export function LicenceDocumentUpload({ licence }: { licence: LicenceResponse }) {
  const { t } = useTranslation();
  const upload = useUploadLicenceDocument(licence.id);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file === null) {
      setFileError(t('validation.required'));
      return;
    }
    if (file.size > MAX_BYTES) {
      setFileError(t('licences.document.tooLarge'));
      return;
    }
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        notifications.show({ color: 'teal', message: t('licences.document.uploaded') });
      },
      onError: (error) => setFileError(uploadFileError(error, t('licences.document.tooLarge'))),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('licences.document.upload')}>
      <Stack gap="sm">
        <FormErrorAlert
          error={upload.error}
          fieldNames={['file']}
          statusMessages={{ 413: t('licences.document.tooLarge') }}
        />
        <Group align="flex-start" wrap="wrap" gap="sm">
          <FileInput
            label={t(licence.hasDocument ? 'licences.document.replace' : 'licences.document.file')}
            description={t('licences.document.hint')}
            placeholder={t('licences.document.choose')}
            accept="application/pdf"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setFileError(undefined);
            }}
            error={fileError}
            clearable
            miw={260}
            style={{ flex: 1 }}
          />
          <Button
            type="submit"
            mt={{ base: 0, xs: 44 }}
            loading={upload.isPending}
            leftSection={<IconUpload size={16} aria-hidden />}
          >
            {t('licences.document.uploadButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type LicenceDocumentSectionProps = {
  licence: LicenceResponse;
  /** The holder may upload; agencies only read. */
  canUpload: boolean;
};

export function LicenceDocumentSection({ licence, canUpload }: LicenceDocumentSectionProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {licence.hasDocument ? (
        <Group gap="sm">
          <Text>{t('licences.document.attached')}</Text>
          <LicenceDocumentButton licence={licence} />
        </Group>
      ) : (
        <Text c="dimmed">{t('licences.document.none')}</Text>
      )}
      {canUpload && <LicenceDocumentUpload licence={licence} />}
    </Stack>
  );
}
