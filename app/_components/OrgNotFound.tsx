import { ButtonLink } from "./Button";
import { EmptyState } from "./EmptyState";

/**
 * An organization page whose query answered NOT_FOUND after the page was served (e.g. the viewer
 * was removed meanwhile); a first request for an unknown or foreign organization is a 404 already.
 */
export function OrgNotFound() {
  return (
    <EmptyState
      title="Organization not found"
      description="It doesn't exist, or you aren't a member. Ask an admin of the organization for an invitation."
      action={<ButtonLink href="/" variant="primary">Go to your organizations</ButtonLink>}
    />
  );
}
