import type { Chrono, Parser, ParsingContext } from 'chrono-node';

/**
 * A copy of a chrono instance whose parsers each build their regular expression once. chrono asks every
 * parser for its pattern at every parse, and several build it anew each time: the Russian and Ukrainian
 * "within" parsers construct a new RegExp, which then never equals the one chrono kept, so their whole
 * pattern is joined and constructed again for every sentence (with the check itself, 1.2 % of a CPU
 * profile over the sample articles). A parser's pattern depends only on the parse options
 * (`forwardDate`), and this project's parses pass none, so the first pattern a parser gives is the one it
 * would give every time. A global or sticky pattern keeps state in lastIndex and is asked for each time.
 */
export function withPatternsBuiltOnce(chrono: Chrono): Chrono {
  const copy = chrono.clone();
  copy.parsers = copy.parsers.map((parser): Parser => {
    let kept: RegExp | undefined;
    // Everything but `pattern` is the parser's own, through the prototype.
    const once: Parser = Object.create(parser) as Parser;
    once.pattern = (context: ParsingContext): RegExp => {
      if (kept !== undefined) return kept;
      const pattern = parser.pattern(context);
      if (!pattern.global && !pattern.sticky) kept = pattern;
      return pattern;
    };
    return once;
  });
  return copy;
}
