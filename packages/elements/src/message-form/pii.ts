/**
 * Finds what looks like personal data in a message's text, so the form can warn that the reply
 * may be published (a warning, never an error: the reader decides). Loaded on the first edit of
 * the message, not at first paint.
 *
 * The rules are the SDK's, the ones the server redacts a published reply by (docs/api/staff.md):
 * a Chinese resident ID number — here only with a right check character and a real birth date,
 * so a long order or account number is not taken for one —, a phone number (mainland mobile, a
 * landline with its area code, an international number) and an e-mail address, in ASCII or
 * full-width characters.
 */
import { findPersonalData } from '@portal-kit/sdk';
import type { PersonalDataKind } from '@portal-kit/sdk';

export { isResidentIdNumber } from '@portal-kit/sdk';

/** A kind of personal data found. */
export type PiiKind = PersonalDataKind;

/** The kinds of personal data `text` seems to contain, in a fixed order. */
export const findPii = (text: string): PiiKind[] => findPersonalData(text, { checkedIds: true });
