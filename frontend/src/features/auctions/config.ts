/**
 * A bid or maximum above this multiple of the next minimum bid asks for confirmation first (a typo such as an extra
 * zero is the usual cause). Set VITE_BID_CONFIRM_MULTIPLE at build time to change it; default 2.
 */
function confirmMultiple(): number {
  const configured = Number(import.meta.env.VITE_BID_CONFIRM_MULTIPLE);
  return Number.isFinite(configured) && configured > 1 ? configured : 2;
}

export const BID_CONFIRM_MULTIPLE = confirmMultiple();
