export type BidderLabel = { kind: 'anonymous'; number: number } | { kind: 'named'; name: string };

const ANONYMOUS = /^Bidder (\d+)$/;

/** The API names bidders "Bidder N" (to be translated) or by organization where one may know it. */
export function parseBidderLabel(label: string): BidderLabel {
  const match = ANONYMOUS.exec(label.trim());
  return match?.[1] === undefined
    ? { kind: 'named', name: label }
    : { kind: 'anonymous', number: Number(match[1]) };
}
