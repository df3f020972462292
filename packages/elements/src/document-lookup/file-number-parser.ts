/**
 * The file-number parser, on its own so `<portal-document-lookup>` can load it when the reader
 * first focuses or types in the field (a chunk of its own in bundles): a page does not pay for it
 * at first paint. Pure functions from `@portal-kit/sdk`; the server parses with the same code.
 */
export { FILE_NUMBER_ERROR_CODES, parseFileNumber } from '@portal-kit/sdk';
