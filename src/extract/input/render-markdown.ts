/**
 * Renders Markdown to the plain text a reader sees, line by line, so that sentences carry no markup:
 * heading and quote markers, bullets, emphasis, code ticks and link targets go; link texts stay.
 * Line structure (and so paragraphs) is kept.
 */
export function renderMarkdown(markdown: string): string {
  let inFence = false;
  const lines: string[] = [];
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      lines.push('');
      continue;
    }
    if (inFence) {
      lines.push(line);
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      lines.push('');
      continue;
    }
    lines.push(renderInline(stripBlockMarkers(line)));
  }
  return lines.join('\n');
}

function stripBlockMarkers(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s{0,3}(>\s?)+/, '')
    .replace(/^\s*[-*+]\s+(\[[ xX]\]\s+)?/, '');
}

function renderInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/`([^`]+)`/g, '$1');
}
