/**
 * Seeded random mutations of a text (a valid export), for import fuzzing: each copy has one to four
 * characters replaced, runs of up to eight deleted, or characters inserted, from an alphabet of
 * JSON's own characters, so that most copies are almost valid. The same seed gives the same copies.
 */
export function* mutations(text: string, count: number, seed: number): Generator<string> {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = '{}[]":,0123456789-.eE truefalsnul\\_abcxyz';
  for (let i = 0; i < count; i++) {
    const chars = [...text];
    for (let m = 0, n = 1 + Math.floor(random() * 4); m < n; m++) {
      const at = Math.floor(random() * chars.length);
      const op = random();
      if (op < 0.4) chars[at] = alphabet[Math.floor(random() * alphabet.length)]!;
      else if (op < 0.7) chars.splice(at, 1 + Math.floor(random() * 8));
      else chars.splice(at, 0, alphabet[Math.floor(random() * alphabet.length)]!);
    }
    yield chars.join('');
  }
}
