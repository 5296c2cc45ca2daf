/**
 * Topics as a tree: each topic's parent as `_data` states it, kept only where it makes a tree. A
 * parent's page lists its sub-topics' stories, so a topic's lineage (itself, its parent, its
 * parent's parent...) is every list a story of that topic belongs to.
 *
 * The taxonomy is untrusted input: a topic that names itself, an unknown topic or a circle of
 * topics as its parent, or that sits deeper than TOPIC_DEPTH_LIMIT, loses its parent (it becomes a
 * top-level topic, with a warning), so every lineage ends and a story is copied onto at most
 * TOPIC_DEPTH_LIMIT + 1 lists per topic it has.
 */

/** Levels below a top-level topic; real taxonomies use one or two. */
export const TOPIC_DEPTH_LIMIT = 6;

export type TopicNode = {
  slug: string;
  name: string;
  /** The parent's slug, and its name as `_data` states it. */
  parent?: string;
  parentName?: string;
  /** The `_data` file that states the parent, for warnings. */
  file?: string;
};

export type TopicTreeWarning = { file: string; field: string; message: string };

export type TopicTree = {
  /** Each topic's parent slug, where it has one: a forest, at most TOPIC_DEPTH_LIMIT deep. */
  parents: ReadonlyMap<string, string>;
  /** The topic, then its ancestors up to its top-level topic. */
  lineage: (slug: string) => readonly string[];
  warnings: TopicTreeWarning[];
};

/** `topics` in a fixed order (the `_data` files', then the articles'): ties break by it. */
export function topicTree(topics: readonly TopicNode[]): TopicTree {
  const nameOf = new Map(topics.map((topic) => [topic.slug, topic.name]));
  const fileOf = new Map<string, string>();
  const parents = new Map<string, string>();
  const warnings: TopicTreeWarning[] = [];
  const drop = (slug: string, why: string) => {
    parents.delete(slug);
    const file = fileOf.get(slug);
    const name = JSON.stringify(nameOf.get(slug) ?? slug);
    if (file !== undefined) {
      warnings.push({ file, field: 'parent', message: `${why}; ${name} is a top-level topic` });
    }
  };

  for (const { slug, parent, parentName, file } of topics) {
    if (parent === undefined) continue;
    if (file !== undefined) fileOf.set(slug, file);
    parents.set(slug, parent);
    if (parent === slug) drop(slug, 'a topic cannot be its own parent');
    else if (!nameOf.has(parent)) {
      drop(slug, `its parent ${JSON.stringify(parentName ?? parent)} is not a topic`);
    }
  }

  // Circles: walk up from each topic once; reaching a topic of the same walk closes a circle,
  // which is cut where the walk came back round.
  const seen = new Map<string, 'walking' | 'done'>();
  for (const { slug } of topics) {
    const walk: string[] = [];
    let node: string | undefined = slug;
    while (node !== undefined && !seen.has(node)) {
      seen.set(node, 'walking');
      walk.push(node);
      node = parents.get(node);
    }
    const last = walk.at(-1);
    if (node !== undefined && seen.get(node) === 'walking' && last !== undefined) {
      const parentName = JSON.stringify(nameOf.get(node) ?? node);
      drop(last, `its parent ${parentName} is already below it: the parents go round in a circle`);
    }
    for (const walked of walk) seen.set(walked, 'done');
  }

  // Depth: each topic's level once, from the top down; one too deep starts a tree of its own.
  const depth = new Map<string, number>();
  for (const { slug } of topics) {
    const walk: string[] = [];
    let node: string | undefined = slug;
    while (node !== undefined && !depth.has(node)) {
      walk.push(node);
      node = parents.get(node);
    }
    let level = node === undefined ? -1 : (depth.get(node) as number);
    for (const walked of walk.reverse()) {
      level++;
      if (level > TOPIC_DEPTH_LIMIT) {
        drop(walked, `it is more than ${TOPIC_DEPTH_LIMIT} levels below a top-level topic`);
        level = 0;
      }
      depth.set(walked, level);
    }
  }

  const lineages = new Map<string, readonly string[]>();
  const lineage = (slug: string): readonly string[] => {
    let known = lineages.get(slug);
    if (!known) {
      const parent = parents.get(slug);
      // At most TOPIC_DEPTH_LIMIT calls deep: the parents above make a bounded forest.
      known = parent === undefined ? [slug] : [slug, ...lineage(parent)];
      lineages.set(slug, known);
    }
    return known;
  };
  return { parents, lineage, warnings };
}
