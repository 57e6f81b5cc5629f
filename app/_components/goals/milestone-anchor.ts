/** A DOM id for a milestone (Relay ids may contain "=" or "/"), for "after: …", critical-path and dashboard links. */
export const milestoneAnchor = (id: string) => `milestone-${id.replace(/[^A-Za-z0-9_-]/g, "")}`;
