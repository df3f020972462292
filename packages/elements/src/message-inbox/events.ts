/** The event of `<portal-message-inbox>` after an action the server took. */
import type { StaffMessage } from '@portal-kit/sdk';

/** Detail of {@link PortalMessageActionEvent}. */
export interface PortalMessageActionDetail {
  /** What was done: `reply`, `forward` or `publish`. */
  readonly action: 'reply' | 'forward' | 'publish';
  /** The message it was done to. */
  readonly trackingNumber: string;
  /** The message as the server answered, after the action. */
  readonly message: StaffMessage;
}

/**
 * `portal-message-action`: staff replied to, forwarded or published a message and the server
 * took it. Bubbles, composed.
 */
export class PortalMessageActionEvent extends CustomEvent<PortalMessageActionDetail> {
  constructor(detail: PortalMessageActionDetail) {
    super('portal-message-action', { detail, bubbles: true, composed: true });
  }
}
