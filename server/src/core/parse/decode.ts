/** Result of reading a file's bytes as text. */
export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes → text, refusing what is not a UTF-8 text (NUL bytes, invalid sequences) with a French message.
 * A leading BOM is dropped, as editors do, so that positions match what the editor shows.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { ok: false, message: 'Le fichier contient des octets binaires (caractère NUL) : ce n’est pas un texte.' };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return {
      ok: false,
      message: 'Le fichier n’est pas encodé en UTF-8 (séquence d’octets invalide) : enregistrez-le en UTF-8 puis réessayez.',
    };
  }
}
