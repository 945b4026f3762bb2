/** The first words of a long passage, to quote it in a message (« Dès 2018, la Mission interministérielle… »). */
export function excerpt(text: string, words = 6): string {
  const parts = text.replace(/\s+/g, ' ').trim().split(' ');
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ').replace(/[,;:]$/, '')}…`;
}

/** The last words before a point (a break, a cut), to quote where a passage stops. */
export function lastWords(text: string, words = 3): string {
  const parts = text.replace(/\s+/g, ' ').trim().split(' ');
  return parts.length <= words ? parts.join(' ') : `…${parts.slice(-words).join(' ')}`;
}
