/** A registrant's percentages, either of which may be missing. */
export interface ScorePair {
  pre: number | null;
  post: number | null;
}

export interface GainSummary {
  /** Everyone who took the pre-test. */
  pre: { n: number; mean: number | null };
  /** Everyone who took the post-test. */
  post: { n: number; mean: number | null };
  /** Only those who took both: the fair comparison. */
  paired: {
    n: number;
    meanPre: number | null;
    meanPost: number | null;
    /** Mean of (post − pre), in percentage points. */
    meanGain: number | null;
    /**
     * Hake's normalised gain on the paired class averages: (post − pre) / (100 − pre), the share of
     * what there was left to learn that was learned. Null when the pre-test average is already 100.
     */
    hakeG: number | null;
  };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Hake's g from two class averages in percent; null where it is undefined. */
export function hakeG(meanPre: number | null, meanPost: number | null): number | null {
  if (meanPre === null || meanPost === null || meanPre >= 100) return null;
  return (meanPost - meanPre) / (100 - meanPre);
}

export function knowledgeGain(pairs: ScorePair[]): GainSummary {
  const pre = pairs.flatMap((p) => (p.pre === null ? [] : [p.pre]));
  const post = pairs.flatMap((p) => (p.post === null ? [] : [p.post]));
  const both = pairs.filter((p): p is { pre: number; post: number } => p.pre !== null && p.post !== null);
  const meanPre = mean(both.map((p) => p.pre));
  const meanPost = mean(both.map((p) => p.post));
  return {
    pre: { n: pre.length, mean: mean(pre) },
    post: { n: post.length, mean: mean(post) },
    paired: {
      n: both.length,
      meanPre,
      meanPost,
      meanGain: mean(both.map((p) => p.post - p.pre)),
      hakeG: hakeG(meanPre, meanPost),
    },
  };
}
