import { endsMidSentence, looksLikeParagraphStart, startsMidSentence } from "./text-shape.ts";
import { isSpaceUnit } from "./width.ts";

/**
 * Rejoins paragraphs that the page layout broke, and restores reading order when an article's lead
 * was printed after its later paragraphs.
 *
 * Newspaper text extracted column by column breaks a paragraph wherever a column ends; the second
 * half then shows up as its own block, usually the next one, sometimes elsewhere in the article.
 * Heuristics, in order (each join needs a block that stops mid-sentence, see `endsMidSentence`):
 *  1. the next block, if it is body text: a paragraph does not end without sentence-final
 *     punctuation, so whatever body text follows continues it ("…并实行" + "“基础补助+…"), even
 *     when that block would look like a fine paragraph start on its own;
 *  2. past one in-article subheading, when the block after it clearly starts mid-sentence (the
 *     layout dropped the subheading between the two halves);
 *  3. any free block of the item that clearly starts mid-sentence (`startsMidSentence`: leading
 *     punctuation, or a quote/bracket closed before it was opened: "办”),并以此…");
 *  4. for the item's last text block only: its first text block, unless that one looks like a
 *     proper start (opening quote, date/number) — the column holding the end of the article is
 *     printed first ("…启动大规模职工心" + "理健康专项测评…").
 * Rules 1–2 are applied to every block before rules 3–4, so a far-away candidate never takes a
 * block from its direct predecessor. A block ending in a digit or Latin letter (a phone number, a
 * URL) may just lack its full stop: it only takes a next block that clearly starts mid-sentence.
 * A block is used as a continuation at most once, a dateline lead never, and no join may close a
 * cycle. Joined text is concatenated without spaces (Chinese has none between words).
 *
 * Rotation: when the item's first text block turned out to continue a later block (rule 4), the
 * item was printed starting mid-article. If a standalone byline or a dateline lead stands later in
 * the item, that is where the article begins: reading order becomes [after the byline (or from the
 * lead) … end] + [start … before the byline]. Without such an anchor the order is kept.
 */

export interface BodyBlock {
  text: string;
  /** "heading": in-article subheading, kept as its own paragraph, never joined; "byline": a
   *  standalone byline line, dropped from the paragraphs but used as a reading-order anchor */
  role: "text" | "heading" | "byline";
  /** the block opened with a dateline such as 本报讯 (already stripped): an article lead */
  lead?: boolean;
}

export interface RepairResult {
  /** body text in reading order */
  paragraphs: string[];
  /** block index pairs [a, b]: b continues a */
  joins: [number, number][];
  /** true when the reading order was rotated to start at the lead */
  rotated: boolean;
}

export function repairLayout(blocks: readonly BodyBlock[]): RepairResult {
  return new Repair(blocks).run();
}

/** a paragraph ending in a digit or Latin letter (a phone number, a URL, "APP") may simply lack its
 *  full stop, so it only joins a block that clearly starts mid-sentence, and only nearby */
export function weak(text: string): boolean {
  // the test /[0-9A-Za-z%]$/u on `foldWidth(text).trimEnd()`, read from the end of the text: its last
  // unit that is not whitespace, folded (the fold turns nothing else into whitespace or back)
  let end = text.length;
  while (end > 0 && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  let c = text.charCodeAt(end - 1);
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x25;
}

/**
 * The state of one repair. Methods rather than closures over locals: the pipeline runs under tsx,
 * whose `keepNames` names every closure as it is made, which cost more than the work on small items.
 */
class Repair {
  readonly n: number;
  readonly next: number[];
  readonly targeted: boolean[];
  readonly joins: [number, number][] = [];
  constructor(readonly blocks: readonly BodyBlock[]) {
    this.n = blocks.length;
    this.next = new Array<number>(this.n).fill(-1);
    this.targeted = new Array<boolean>(this.n).fill(false);
  }

  isText(k: number): boolean {
    return this.blocks[k]?.role === "text";
  }

  textAt(k: number): string {
    return this.blocks[k]?.text ?? "";
  }

  reaches(from: number, to: number): boolean {
    for (let k = from, steps = 0; k >= 0 && steps <= this.n; k = this.next[k] ?? -1, steps++) {
      if (k === to) return true;
    }
    return false;
  }

  free(k: number, from: number): boolean {
    return (
      this.isText(k) && k !== from && !this.targeted[k] && !this.blocks[k]?.lead && !this.reaches(k, from)
    );
  }

  link(i: number, j: number): void {
    this.next[i] = j;
    this.targeted[j] = true;
    this.joins.push([i, j]);
  }

  chain(head: number): string {
    let text = this.textAt(head).trim();
    for (
      let k = this.next[head] ?? -1, steps = 0;
      k >= 0 && steps < this.n;
      k = this.next[k] ?? -1, steps++
    ) {
      text += this.textAt(k).trim();
    }
    return text;
  }

  run(): RepairResult {
    const { blocks, n, next, targeted, joins } = this;
    const textIdx: number[] = [];
    for (let k = 0; k < n; k++) if ((blocks[k] as BodyBlock).role === "text") textIdx.push(k);
    const firstText = textIdx[0] ?? -1;
    const lastText = textIdx.at(-1) ?? -1;
    const strongStarts: number[] = [];
    const broken: number[] = [];
    for (const k of textIdx) {
      if (startsMidSentence(this.textAt(k))) strongStarts.push(k);
      if (endsMidSentence(this.textAt(k))) broken.push(k);
    }

    // pass 1, adjacent continuations (rules 1 and 2), so that far-away candidates never steal a
    // block from its direct predecessor
    for (const i of broken) {
      if (this.free(i + 1, i) && (!weak(this.textAt(i)) || startsMidSentence(this.textAt(i + 1)))) {
        this.link(i, i + 1);
      } else if (
        blocks[i + 1]?.role === "heading" &&
        this.free(i + 2, i) &&
        startsMidSentence(this.textAt(i + 2))
      ) {
        this.link(i, i + 2);
      }
    }
    // pass 2, continuations elsewhere in the item (rules 3 and 4)
    for (const i of broken) {
      if (next[i] !== -1 || weak(this.textAt(i))) continue;
      let j: number | undefined;
      for (const k of strongStarts) {
        if (k > i + 1 && this.free(k, i)) {
          j = k;
          break;
        }
      }
      if (j === undefined) {
        for (const k of strongStarts) {
          if (k < i && this.free(k, i)) {
            j = k;
            break;
          }
        }
      }
      if (
        j === undefined &&
        i === lastText &&
        firstText < i &&
        this.free(firstText, i) &&
        !looksLikeParagraphStart(this.textAt(firstText))
      ) {
        j = firstText;
      }
      if (j !== undefined) this.link(i, j);
    }

    const entries: { index: number; text: string | null }[] = [];
    for (let k = 0; k < n; k++) {
      const b = blocks[k] as BodyBlock;
      if (b.role === "byline") entries.push({ index: k, text: null });
      else if (b.role === "heading") entries.push({ index: k, text: b.text.trim() });
      else if (!targeted[k]) entries.push({ index: k, text: this.chain(k) });
    }

    let rotated = false;
    let ordered = entries;
    let wrapped = false;
    for (const [a, b] of joins) if (b === firstText && a > firstText) wrapped = true;
    if (wrapped) {
      const anchor = blocks.findIndex(
        (b, k) =>
          k > firstText && k < lastText && (b.role === "byline" || (b.role === "text" && b.lead === true)),
      );
      if (anchor > 0) {
        const fromLead = blocks[anchor]?.role === "text";
        const head = entries.filter((e) => (fromLead ? e.index >= anchor : e.index > anchor));
        const tail = entries.filter((e) => e.index < anchor);
        ordered = [...head, ...tail];
        rotated = true;
      }
    }
    const paragraphs: string[] = [];
    for (const e of ordered) if (e.text !== null && e.text !== "") paragraphs.push(e.text);
    return { paragraphs, joins, rotated };
  }
}
