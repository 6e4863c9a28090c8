import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { DocumentKind } from '@/api/generated';
import { documentsApi } from '@/lib/api-client';
import { lotKeys } from './lots';

export function useLotDocuments(lotId: number) {
  return useQuery({
    queryKey: lotKeys.documents(lotId),
    queryFn: () => documentsApi.listLotDocuments({ lotId }),
  });
}

export function useUploadDocument(lotId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind }: { file: File; kind: DocumentKind }) =>
      documentsApi.uploadLotDocument({ lotId, file, kind }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: lotKeys.documents(lotId), exact: true }),
        queryClient.invalidateQueries({ queryKey: lotKeys.detail(lotId), exact: true }),
      ]),
  });
}

/** Fetches a document's bytes with the bearer token (a plain link could not send it). */
export function fetchDocument(lotId: number, documentId: number): Promise<Blob> {
  return documentsApi.downloadLotDocument({ lotId, documentId });
}

/**
 * An object URL for a document's bytes while the component is mounted, for image previews;
 * undefined until loaded. The URL is revoked when it is no longer shown.
 */
export function useDocumentObjectUrl(lotId: number, documentId: number): string | undefined {
  const file = useQuery({
    queryKey: lotKeys.documentFile(lotId, documentId),
    queryFn: () => fetchDocument(lotId, documentId),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (file.data === undefined) return undefined;
    const objectUrl = URL.createObjectURL(file.data);
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(undefined);
    };
  }, [file.data]);
  return url;
}
