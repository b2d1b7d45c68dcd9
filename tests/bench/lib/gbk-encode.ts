/**
 * A GB18030 encoder for the two-byte range, built by inverting the platform's decoder, so the
 * generated corpus can contain GB18030 pages without an encoding library. Characters outside the
 * two-byte range (none in the generated text) become "?".
 */
let table: Map<string, [number, number]> | null = null;

function buildTable(): Map<string, [number, number]> {
  const decoder = new TextDecoder("gb18030");
  const map = new Map<string, [number, number]>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      if (ch.length === 1 && ch !== "\ufffd" && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = table.get(ch);
    if (bytes) out.push(bytes[0], bytes[1]);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}
