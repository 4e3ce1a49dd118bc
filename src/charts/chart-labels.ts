// The words on a chart, all passed in by the caller (from the message catalog), so the renderer has none of its own.

export interface ChartLabels {
  /** What the figure is about, in the reader's language; wrapped to two lines at the top. */
  title: string;
  /** The figure as the reader's language writes it: "86%", "1 na 26", "6–7×", "15 человек". */
  value: string;
  /** Two bars only: what the short reference bar stands for, e.g. "1×" or "keeping a customer". */
  reference?: string;
}
