import { createHmac, timingSafeEqual } from 'node:crypto';

/** How old a signed request may be: past it, a captured request cannot be replayed. */
export const ZENDESK_TOLERANCE_MS = 5 * 60_000;

/**
 * Zendesk signs each webhook request: `X-Zendesk-Webhook-Signature` =
 * base64(HMAC-SHA256(secret, timestamp + raw body)), with the timestamp in
 * `X-Zendesk-Webhook-Signature-Timestamp` (developer.zendesk.com/documentation/webhooks/verifying/).
 * Not the Standard Webhooks scheme: no id, no separator. Compared in constant time; the
 * timestamp must be within 5 minutes of our clock.
 */
export function verifyZendeskSignature(rawBody: string, signature: string | undefined, timestamp: string | undefined, secret: string, now = Date.now()): boolean {
  if (!signature || !timestamp) return false;
  const at = Date.parse(timestamp);
  if (!Number.isFinite(at) || Math.abs(now - at) > ZENDESK_TOLERANCE_MS) return false;
  const expected = signZendesk(rawBody, timestamp, secret);
  const a = Buffer.from(signature);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What Zendesk sends (tests and the stand-in sign with it). */
export function signZendesk(rawBody: string, timestamp: string, secret: string): string {
  return createHmac('sha256', secret).update(timestamp + rawBody).digest('base64');
}
