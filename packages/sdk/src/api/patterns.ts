/** Patterns of the Portal API's parameters, shared by the OpenAPI document, the client and the server. */

/** A BCP 47-like language tag, as the `lang` parameter takes it (`zh-CN`, `en`, `pt-BR`). */
export const LANG_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';

/** A site id (`main`, `wms`, `guangdong`, `fr`). */
export const SITE_ID_PATTERN = '^[a-z][a-z0-9-]{0,31}$';
