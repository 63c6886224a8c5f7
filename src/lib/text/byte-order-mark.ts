/**
 * A UTF-8 byte order mark (U+FEFF), which Windows editors (Notepad, Excel) may write first in a file.
 * Decoding a file's bytes drops it (`Blob.text()`, `TextDecoder`); the same text pasted from such an
 * editor, or decoded with `ignoreBOM`, keeps it, and to a parser it is a character before the data.
 */
export const byteOrderMark = '\uFEFF';

/** `text` without the byte order mark it may start with: read the same pasted as from a file. */
export const withoutByteOrderMark = (text: string): string => (text.startsWith(byteOrderMark) ? text.slice(1) : text);
