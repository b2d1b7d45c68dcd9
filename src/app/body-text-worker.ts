/**
 * Body text for search, off the main thread: fetches a detail shard and answers with the normalised
 * body text of its records (see `joinBodyTexts`): a string and offsets, cheap to post. At 100k
 * records the shards are ~330 MB of JSON; parsing and normalising them here leaves the page's
 * thread to the views.
 */
import { joinBodyTexts } from "../shared/filter-engine.ts";
import { searchableRecords } from "./searchable-shard.ts";

export type BodyTextRequest = { shard: number; url: string };
export type BodyTextReply =
  | { shard: number; ok: true; ids: string[]; haystack: string; starts: Int32Array }
  | { shard: number; ok: false; error: string };

// The app's tsconfig has the DOM library, not the worker one: this is the part of the worker scope used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BodyTextRequest>) => void) | null;
  postMessage(message: BodyTextReply, transfer?: Transferable[]): void;
};

async function answer({ shard, url }: BodyTextRequest): Promise<BodyTextReply> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { shard, ok: false, error: `${url}: HTTP ${response.status}` };
    const records = searchableRecords(await response.json(), shard);
    if (!records) return { shard, ok: false, error: `${url}: not detail shard ${shard}` };
    return { shard, ok: true, ids: records.map((d) => d.id), ...joinBodyTexts(records) };
  } catch (e) {
    return { shard, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

scope.onmessage = (event) => {
  void answer(event.data).then((reply) =>
    reply.ok ? scope.postMessage(reply, [reply.starts.buffer]) : scope.postMessage(reply),
  );
};
