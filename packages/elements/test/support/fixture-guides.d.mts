/** Types of fixture-guides.mjs: its answers are the contract's shapes. */
import type { Guide, Service } from '@portal-kit/sdk';

/** The investment guide in `lang` (`empty`: with no nodes). */
export function guideIn(lang: string, empty?: boolean): Guide;
/** The service item `id` in `lang`, or `undefined` when there is none. */
export function serviceIn(id: string, lang: string): Service | undefined;
/** The dev-server answer to the guides' paths; whether it answered. */
export function guidesFixture(ctx: unknown, apiPath: string, helpers: unknown): boolean;
