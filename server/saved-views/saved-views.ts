import "server-only";
import type { Prisma } from "../../prisma/generated/client/client.ts";
import {
  createSavedViewInput,
  MAX_VIEWS_PER_CREATOR,
  MAX_VIEWS_PER_ORG,
  updateSavedViewInput,
  type CreateSavedViewInput,
  type UpdateSavedViewInput,
} from "../../domain/schemas/saved-view.ts";
import { atLeast, EDITOR, requireRole, requireViewer } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { badInput, forbidden, notFound, parseInput } from "../errors.ts";

// Who may do what with a saved view:
// - anyone in the organization keeps personal views (stakeholders too: a view only reads);
// - sharing one with the organization takes a member or above, since it changes what everyone's
//   sidebar lists, which stakeholders never do;
// - its creator renames, re-shares or deletes it; admins may also delete a shared one (to tidy
//   the organization's list), never read or touch someone's personal view.

const SHARE_REFUSED = "Stakeholders keep personal views; sharing with the organization takes a member or above.";

/** The views `viewer` sees in these organizations: shared ones and their own. */
export const visibleViews = (viewer: Viewer | null, organizationIds: string[]): Prisma.SavedViewWhereInput => ({
  organizationId: { in: organizationIds.filter((id) => viewer?.roles.has(id)) },
  OR: [{ shared: true }, { creatorId: viewer?.userId ?? "" }],
});

/** A view the viewer can see, or NOT_FOUND: another org's or another person's personal view looks missing. */
async function visibleView(viewer: Viewer | null, id: string) {
  const view = await prisma().savedView.findFirst({ where: { id, ...visibleViews(viewer, viewer?.orgIds ?? []) } });
  if (!view) throw notFound("No such saved view.");
  return view;
}

export async function createSavedView(viewer: Viewer | null, organizationId: string, input: CreateSavedViewInput) {
  const me = requireViewer(viewer);
  const role = requireRole(viewer, organizationId, "STAKEHOLDER");
  const data = parseInput(createSavedViewInput, input);
  if (data.shared && !atLeast(role, EDITOR)) throw forbidden(SHARE_REFUSED);
  return writeTransaction(async (tx) => {
    const [mine, all] = await Promise.all([
      tx.savedView.count({ where: { organizationId, creatorId: me.userId } }),
      tx.savedView.count({ where: { organizationId } }),
    ]);
    if (mine >= MAX_VIEWS_PER_CREATOR) throw badInput("name", `You can keep at most ${MAX_VIEWS_PER_CREATOR} views here; delete one first.`);
    if (all >= MAX_VIEWS_PER_ORG) throw badInput("name", `An organization can keep at most ${MAX_VIEWS_PER_ORG} views; delete one first.`);
    return tx.savedView.create({
      data: { organizationId, creatorId: me.userId, name: data.name, filters: data.filters, shared: data.shared },
    });
  });
}

export async function updateSavedView(viewer: Viewer | null, id: string, input: UpdateSavedViewInput) {
  const view = await visibleView(viewer, id);
  const role = requireRole(viewer, view.organizationId, "STAKEHOLDER");
  if (view.creatorId !== viewer!.userId) throw forbidden("Only the person who saved a view can change it.");
  const data = parseInput(updateSavedViewInput, input);
  if (data.shared && !view.shared && !atLeast(role, EDITOR)) throw forbidden(SHARE_REFUSED);
  const { count } = await writeTransaction((tx) =>
    tx.savedView.updateMany({
      where: { id: view.id },
      data: {
        ...(data.name !== undefined ? { name: data.name } : {}),
        ...(data.filters !== undefined ? { filters: data.filters } : {}),
        ...(data.shared !== undefined ? { shared: data.shared } : {}),
      },
    }),
  );
  if (count === 0) throw notFound("No such saved view.");
  return view.id;
}

export async function deleteSavedView(viewer: Viewer | null, id: string) {
  const view = await visibleView(viewer, id);
  const role = requireRole(viewer, view.organizationId, "STAKEHOLDER");
  const mayDelete = view.creatorId === viewer!.userId || (view.shared && atLeast(role, "ADMIN"));
  if (!mayDelete) throw forbidden("Only the person who saved a view, or an admin for a shared view, can delete it.");
  const { count } = await writeTransaction((tx) => tx.savedView.deleteMany({ where: { id: view.id } }));
  if (count === 0) throw notFound("No such saved view.");
  return { deletedSavedViewId: view.id, organizationId: view.organizationId };
}

/** Whether the viewer may delete this view (the UI shows the button from this). */
export function canDeleteSavedView(viewer: Viewer | null, view: { creatorId: string; organizationId: string; shared: boolean }) {
  if (!viewer) return false;
  return view.creatorId === viewer.userId || (view.shared && atLeast(viewer.roles.get(view.organizationId), "ADMIN"));
}
