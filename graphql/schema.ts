import { builder } from "./builder.ts";
import "./types/role.ts";
import "./types/user.ts";
import "./types/organization.ts";
import "./types/membership.ts";
import "./types/invitation.ts";
import "./types/member-mutations.ts";
import "./types/api-token.ts";
import "./types/goal.ts";
import "./types/milestone.ts";
import "./types/assignment.ts";
import "./types/smart.ts";
import "./types/check-in.ts";
import "./types/activity.ts";
import "./types/comment.ts";
import "./types/dashboard.ts";
import "./types/share-link.ts";

export const schema = builder.toSchema({ sortSchema: true });
