/**
 * The size limit on scenario text, in its own module so that readers that only check sizes (the
 * CLI's input reader, the page's file drop) need not load the YAML parser.
 */

/** Largest input accepted, in UTF-8 bytes: the editor's, the file drop's and the CLI's limit. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
