/**
 * `compute` with its answers kept for the strings already asked: articles repeat their words, and the
 * work behind an answer (normalizing, reading a word's case and script, finding its canonical form in a
 * table of some 190,000 case forms) costs more than one lookup in a small map. At most `limit` answers
 * are kept; past that, all are forgotten at once, so a long-running process holds a bounded map.
 *
 * The same store as boundedCache's, written out rather than made of it: through boundedCache every call
 * made a closure (`() => compute(key)`) and one more call, and the tokenizer, the canonical forms and the
 * phrase indexes ask these memos for every word of every sentence.
 */
export function boundedMemo<Value>(compute: (key: string) => Value, limit = 100_000): (key: string) => Value {
  const answers = new Map<string, Value>();
  return (key) => {
    const known = answers.get(key);
    // `has` only on a miss: an answer may itself be undefined (a title that names no office).
    if (known !== undefined || answers.has(key)) return known as Value;
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}

/**
 * The same bounded store of answers for a caller whose answer the key decides but whose work needs more
 * than the key (the text and place a regular expression matched at): `compute` runs on a miss only.
 */
export function boundedCache<Value>(limit = 100_000): (key: string, compute: () => Value) => Value {
  const answers = new Map<string, Value>();
  return (key, compute) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as Value;
    const answer = compute();
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
