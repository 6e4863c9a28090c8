import {
  Button,
  Card,
  FileInput,
  Group,
  Image,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconDownload, IconFileTypePdf, IconUpload } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentKind, type DocumentResponse } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { uploadFileError } from '@/lib/form-errors';
import {
  fetchDocument,
  useDocumentObjectUrl,
  useLotDocuments,
  useUploadDocument,
} from '../api/documents';
import { lotKeys } from '../api/lots';
import { useLotFormat } from '../hooks/use-lot-format';

const MAX_BYTES = 10 * 1024 * 1024;
const KINDS = Object.values(DocumentKind);
const ACCEPT: Record<DocumentKind, string> = {
  ASSAY_CERTIFICATE: 'application/pdf',
  PHOTO: 'image/jpeg,image/png',
};

type LotDocumentsProps = {
  lotId: number;
  /** The seller may attach documents while the lot is a draft or open. */
  canUpload: boolean;
};

/** Assay certificates and photos of a lot: previews, downloads and (for the seller) upload. */
export function LotDocuments({ lotId, canUpload }: LotDocumentsProps) {
  const { t } = useTranslation();
  const documents = useLotDocuments(lotId);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="lot-documents-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="lot-documents-title">
          {t('lots.documents.title')}
        </Title>
        {canUpload && <UploadForm lotId={lotId} />}
        {documents.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        {documents.isError && (
          <QueryErrorAlert error={documents.error} onRetry={() => void documents.refetch()} />
        )}
        {documents.data?.length === 0 && <Text c="dimmed">{t('lots.documents.empty')}</Text>}
        {documents.data !== undefined && documents.data.length > 0 && (
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            component="ul"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('lots.documents.title')}
          >
            {documents.data.map((document) => (
              <DocumentItem key={document.id} lotId={lotId} document={document} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}

function UploadForm({ lotId }: { lotId: number }) {
  const { t } = useTranslation();
  const upload = useUploadDocument(lotId);
  const [kind, setKind] = useState<DocumentKind>('ASSAY_CERTIFICATE');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file === null) {
      setFileError(t('validation.required'));
      return;
    }
    if (file.size > MAX_BYTES) {
      setFileError(t('lots.documents.tooLarge'));
      return;
    }
    upload.mutate(
      { file, kind },
      {
        onSuccess: () => setFile(null),
        onError: (error) => setFileError(uploadFileError(error, t('lots.documents.tooLarge'))),
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('lots.documents.upload')}>
      <Stack gap="sm">
        <FormErrorAlert
          error={upload.error}
          fieldNames={['file']}
          statusMessages={{ 413: t('lots.documents.tooLarge') }}
        />
        <Group align="flex-start" wrap="wrap" gap="sm">
          <NativeSelect
            label={t('lots.documents.kind')}
            value={kind}
            onChange={(event) => {
              const value = KINDS.find((candidate) => candidate === event.currentTarget.value);
              if (value !== undefined) setKind(value);
              setFile(null);
            }}
            data={KINDS.map((value) => ({ value, label: t(`lots.documentKind.${value}`) }))}
          />
          <FileInput
            label={t('lots.documents.file')}
            description={t(
              kind === 'PHOTO' ? 'lots.documents.photoHint' : 'lots.documents.assayHint',
            )}
            placeholder={t('lots.documents.choose')}
            accept={ACCEPT[kind]}
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
            mt={26}
            loading={upload.isPending}
            leftSection={<IconUpload size={16} aria-hidden />}
          >
            {t('lots.documents.uploadButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DocumentItem({ lotId, document }: { lotId: number; document: DocumentResponse }) {
  const { t } = useTranslation();
  const format = useLotFormat();
  const queryClient = useQueryClient();
  const [downloading, setDownloading] = useState(false);
  const isImage = document.contentType !== 'application/pdf';

  const download = async () => {
    setDownloading(true);
    try {
      const blob = await queryClient.fetchQuery({
        queryKey: lotKeys.documentFile(lotId, document.id),
        queryFn: () => fetchDocument(lotId, document.id),
        staleTime: Number.POSITIVE_INFINITY,
      });
      const url = URL.createObjectURL(blob);
      const link = window.document.createElement('a');
      link.href = url;
      link.download = document.fileName;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      notifications.show({ color: 'red', message: t('lots.documents.downloadFailed') });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Card component="li" withBorder padding="sm">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        {isImage ? (
          <Thumbnail lotId={lotId} document={document} />
        ) : (
          <ThemeIcon size={64} variant="light" color="red" aria-hidden>
            <IconFileTypePdf size={40} />
          </ThemeIcon>
        )}
        <Stack gap={2} miw={0} style={{ flex: 1 }}>
          <Text fw={600} truncate="end" title={document.fileName}>
            {document.fileName}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`lots.documentKind.${document.kind}`)} · {format.bytes(document.sizeBytes)}
          </Text>
          <Text size="xs" c="dimmed">
            {format.dateTime(document.uploadedAt)}
          </Text>
          <Text size="xs" ff="monospace" title={document.sha256}>
            {t('lots.documents.sha256', { hash: `${document.sha256.slice(0, 12)}…` })}
          </Text>
          <Group mt={4}>
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconDownload size={14} aria-hidden />}
              loading={downloading}
              onClick={() => void download()}
              aria-label={t('lots.documents.downloadNamed', { name: document.fileName })}
            >
              {t('lots.documents.download')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}

function Thumbnail({ lotId, document }: { lotId: number; document: DocumentResponse }) {
  const { t } = useTranslation();
  const url = useDocumentObjectUrl(lotId, document.id);
  if (url === undefined) {
    return (
      <Group w={64} h={64} justify="center">
        <Loader size="xs" aria-label={t('common.loading')} />
      </Group>
    );
  }
  return (
    <Image
      src={url}
      w={64}
      h={64}
      fit="cover"
      radius="sm"
      alt={t('lots.documents.preview', { name: document.fileName })}
    />
  );
}
