/**
 * Stories planted in generated corpora, so story clustering can be scored (bench/story-quality.ts):
 * events reported by 2-5 outlets hours apart (up to two days) with paraphrased headlines and
 * excerpts, now and then a same-outlet near-copy, and decoys in the same days that share the
 * event's person, its place, or its kind of action, but report another event.
 *
 * The corpus's timeline is cut into blocks of about three days of consecutive indices; each block's
 * plan comes from its own PRNG stream (seed, block), so any article's part in a story is known
 * without generating the others, and the corpus still streams one file at a time.
 */
import { ACTIONS, FIRST_NAMES, LAST_NAMES, PLACES, ROLES, WEEKDAYS } from './story-vocabulary.ts';
import { OUTLETS, SENTENCES, type Outlet } from './corpus-vocabulary.ts';
import { createRng, type Rng } from './prng.ts';
import type { StoryLabels } from './lib/story-labels.ts';

export const STORY_LABELS_FILE = '.story-labels.json';

const HOUR_MS = 3_600_000;
const BLOCK_HOURS = 72;
/** Share of articles that are planted (members and decoys); the rest stay random. */
const PLANTED_SHARE = 0.1;
/** Members, near-copies and decoys of an average event. */
const ARTICLES_PER_EVENT = 5.2;
/** Members of one event are published within this many hours of the first. */
const MAX_EVENT_HOURS = 46;
/** Decoys fall within this many hours before the first member or after the last. */
const DECOY_HOURS = 24;

export type Shares = 'person' | 'place' | 'action';

type Slots = {
  first: string;
  last: string;
  role: string;
  place: string;
  org: string;
  matter: string;
  n: string;
  day: string;
  year: string;
  action: number;
};

/** A report of the event from outside the corpus, which several members may list as related. */
export type EventReport = { title: string; excerpt: string; outlet: Outlet; hours: number };

export type PlannedEvent = {
  id: string;
  /** `indicted: Maria Okafor, Tucson`. */
  summary: string;
  /** Member indices in time order, near-copies included. */
  members: number[];
  decoys: number[];
  reports: EventReport[];
};

export type PlannedArticle = {
  index: number;
  role: 'member' | 'copy' | 'decoy';
  event: PlannedEvent;
  /** What a decoy has in common with its event. */
  shares?: Shares;
  outlet: Outlet;
  title: string;
  excerpt: string;
  /** Another telling of the event: the first paragraph when the article has a body. */
  lead: string;
};

type BlockPlan = Map<number, PlannedArticle>;

export type StoryPlanner = {
  at: (index: number) => PlannedArticle | undefined;
  /** Every planted event and decoy, as labels by slug. */
  labels: (slugOf: (index: number) => string) => GeneratedStoryLabels;
};

export type GeneratedStoryLabels = StoryLabels & {
  decoys: { slug: string; event: string; shares: Shares }[];
};

const TOTAL_WEIGHT = OUTLETS.reduce((sum, outlet) => sum + outlet.weight, 0);

export function pickOutlet(rng: Rng): Outlet {
  let ticket = rng.next() * TOTAL_WEIGHT;
  for (const outlet of OUTLETS) {
    ticket -= outlet.weight;
    if (ticket < 0) return outlet;
  }
  return OUTLETS[0] as Outlet;
}

function fill(template: string, slots: Slots): string {
  const values: Record<string, string> = {
    name: `${slots.first} ${slots.last}`,
    last: slots.last,
    role: slots.role,
    Role: slots.role.replace(/(^|\s)\S/g, (c) => c.toUpperCase()),
    place: slots.place,
    org: slots.org,
    matter: slots.matter,
    n: slots.n,
    day: slots.day,
    year: slots.year,
  };
  const text = template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shuffled(rng: Rng, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** The plan of one block: which of its indices are planted, and as what. */
function planBlock(seed: string, block: number, first: number, end: number, stepH: number) {
  const rng = createRng(seed, 'stories', block);
  const plan: BlockPlan = new Map();
  const length = end - first;
  const expected = (length * PLANTED_SHARE) / ARTICLES_PER_EVENT;
  const eventCount = Math.floor(expected) + (rng.chance(expected % 1) ? 1 : 0);
  const usedLasts = new Set<string>();
  // Neighbouring blocks draw from different thirds of the names: an event and an unrelated one a
  // day later never share a surname by chance (decoys do that on purpose, and are labelled).
  const lasts = LAST_NAMES.filter((_, i) => i % 3 === block % 3);
  const usedPlaces = new Set<string>();
  const fresh = (list: readonly string[], used: Set<string>) => {
    let value = rng.pick(list);
    for (let tries = 0; used.has(value) && tries < 20; tries++) value = rng.pick(list);
    used.add(value);
    return value;
  };
  const slotsFor = (action: number, base?: Partial<Slots>): Slots => {
    const place = base?.place ?? fresh(PLACES, usedPlaces);
    const kind = ACTIONS[action] as (typeof ACTIONS)[number];
    return {
      first: base?.first ?? rng.pick(FIRST_NAMES),
      last: base?.last ?? fresh(lasts, usedLasts),
      role: base?.role ?? rng.pick(ROLES),
      place,
      org: `${place} ${rng.pick(kind.orgKinds)}`,
      matter: rng.pick(kind.matters),
      n: kind.figure(rng.next()),
      day: rng.pick(WEEKDAYS),
      year: String(rng.int(2008, 2017)),
      action,
    };
  };
  const otherAction = (action: number) =>
    (action + rng.int(1, ACTIONS.length - 1)) % ACTIONS.length;
  /** The first free index at or after `from` in the block, or undefined. */
  const free = (from: number) => {
    for (let index = Math.max(first, from); index < end; index++) {
      if (!plan.has(index)) return index;
    }
    return undefined;
  };
  const hours = (h: number) => Math.max(1, Math.round(h / stepH));

  for (let e = 0; e < eventCount; e++) {
    const slots = slotsFor(rng.int(0, ACTIONS.length - 1));
    const action = ACTIONS[slots.action] as (typeof ACTIONS)[number];
    const event: PlannedEvent = {
      id: `b${block}-e${e}`,
      summary: `${action.name} (${slots.matter}): ${slots.first} ${slots.last}, ${slots.place}`,
      members: [],
      decoys: [],
      reports: [],
    };
    const memberCount = rng.int(2, 5);
    const offsets = [0];
    for (let m = 1; m < memberCount; m++) {
      const next = (offsets[m - 1] as number) + hours(1.5 + rng.next() * 14);
      if (next * stepH > MAX_EVENT_HOURS) break;
      offsets.push(next);
    }
    const span = offsets[offsets.length - 1] as number;
    const start = first + rng.int(0, Math.max(0, length - 1 - span));
    const headlines = shuffled(rng, action.headlines.length);
    const excerpts = shuffled(rng, action.excerpts.length);
    const told = (variant: number) => fill(action.excerpts[variant] as string, slots);
    const placed: PlannedArticle[] = [];
    const outlets = new Set<string>();
    for (const [m, offset] of offsets.entries()) {
      const index = free(start + offset);
      if (index === undefined) break;
      let outlet = pickOutlet(rng);
      for (let tries = 0; outlets.has(outlet.domain) && tries < 50; tries++)
        outlet = pickOutlet(rng);
      outlets.add(outlet.domain);
      let excerpt = told(excerpts[m % excerpts.length] as number);
      if (rng.chance(0.3)) excerpt += ` ${told(excerpts[(m + 1) % excerpts.length] as number)}`;
      if (rng.chance(0.25)) excerpt += ` ${rng.pick(SENTENCES)}`;
      if (rng.chance(0.03)) excerpt = '';
      const article: PlannedArticle = {
        index,
        role: 'member',
        event,
        outlet,
        title: fill(action.headlines[headlines[m % headlines.length] as number] as string, slots),
        excerpt,
        lead: told(excerpts[(m + 2) % excerpts.length] as number),
      };
      plan.set(index, article);
      placed.push(article);
    }
    if (placed.length < 2) {
      for (const article of placed) plan.delete(article.index);
      continue;
    }
    // A same-outlet near-copy (an update filed again, as the real corpus has).
    if (rng.chance(0.2)) {
      const original = rng.pick(placed);
      const index = free(original.index + 1);
      if (index !== undefined && (index - original.index) * stepH <= 8) {
        const edit = rng.next();
        const title =
          edit < 0.5
            ? original.title
            : edit < 0.75
              ? `UPDATE: ${original.title}`
              : `${original.title}, officials say`;
        const copy: PlannedArticle = { ...original, index, role: 'copy', title };
        plan.set(index, copy);
        placed.push(copy);
      }
    }
    for (let r = 0; r < 3; r++) {
      event.reports.push({
        title: fill(action.headlines[rng.int(0, action.headlines.length - 1)] as string, slots),
        excerpt: told(rng.int(0, action.excerpts.length - 1)),
        outlet: pickOutlet(rng),
        hours: rng.next() * MAX_EVENT_HOURS,
      });
    }
    // Decoys: another event of the same person, in the same place, or of the same kind.
    const low = Math.min(...placed.map((a) => a.index)) - hours(DECOY_HOURS);
    const high = Math.max(...placed.map((a) => a.index)) + hours(DECOY_HOURS);
    for (let d = rng.int(0, 2); d > 0; d--) {
      const shares = rng.pick<Shares>(['person', 'person', 'place', 'action']);
      const index = free(rng.int(Math.max(first, low), Math.min(end - 1, high)));
      if (index === undefined) continue;
      const decoySlots =
        shares === 'person'
          ? slotsFor(otherAction(slots.action), {
              first: slots.first,
              last: slots.last,
              role: slots.role,
              ...(rng.chance(0.5) ? { place: slots.place } : {}),
            })
          : shares === 'place'
            ? slotsFor(otherAction(slots.action), { place: slots.place })
            : slotsFor(slots.action);
      const decoyAction = ACTIONS[decoySlots.action] as (typeof ACTIONS)[number];
      const variant = () => rng.int(0, decoyAction.excerpts.length - 1);
      // The headline names what the decoy shares with the event, as a reader would see it.
      const naming =
        shares === 'person' ? /\{(last|name)\}/ : shares === 'place' ? /\{(place|org)\}/ : /./;
      const headlines = decoyAction.headlines.filter((headline) => naming.test(headline));
      const leadVariant = variant();
      const excerptVariant = variant();
      plan.set(index, {
        index,
        role: 'decoy',
        event,
        shares,
        outlet: pickOutlet(rng),
        title: fill(rng.pick(headlines), decoySlots),
        excerpt: fill(decoyAction.excerpts[excerptVariant] as string, decoySlots),
        lead: fill(decoyAction.excerpts[leadVariant] as string, decoySlots),
      });
      event.decoys.push(index);
    }
    event.members = placed.map((a) => a.index).sort((a, b) => a - b);
    event.decoys.sort((a, b) => a - b);
  }
  return plan;
}

/** Plans for a corpus of `count` articles, `stepMs` apart on average. */
export function createStoryPlanner(seed: string, count: number, stepMs: number): StoryPlanner {
  const stepH = stepMs / HOUR_MS;
  const blockLength = Math.max(4, Math.round(BLOCK_HOURS / stepH));
  // Related items look up nearby articles: a few recent blocks cover them.
  const cache = new Map<number, BlockPlan>();
  const planOf = (block: number): BlockPlan => {
    let plan = cache.get(block);
    if (!plan) {
      const first = block * blockLength;
      plan = planBlock(seed, block, first, Math.min(count, first + blockLength), stepH);
      if (cache.size >= 16) cache.delete(cache.keys().next().value as number);
      cache.set(block, plan);
    }
    return plan;
  };
  return {
    at: (index) => planOf(Math.floor(index / blockLength)).get(index),
    labels: (slugOf) => {
      const labels: GeneratedStoryLabels = {
        about:
          'Planted by bench/plant-stories.ts: each group is one event told by several outlets; singletons are decoys (same person, place or kind of action, another event). Articles not named here are random.',
        groups: [],
        singletons: [],
        decoys: [],
      };
      for (let block = 0; block * blockLength < count; block++) {
        const events = new Map<string, PlannedEvent>();
        for (const article of planOf(block).values()) events.set(article.event.id, article.event);
        for (const event of [...events.values()].sort(
          (a, b) => (a.members[0] as number) - (b.members[0] as number),
        )) {
          labels.groups.push({
            name: event.id,
            slugs: event.members.map(slugOf),
            note: event.summary,
          });
          for (const index of event.decoys) {
            const slug = slugOf(index);
            labels.singletons?.push(slug);
            const shares = planOf(block).get(index)?.shares as Shares;
            labels.decoys.push({ slug, event: event.id, shares });
          }
        }
      }
      return labels;
    },
  };
}
